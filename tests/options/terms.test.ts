import { describe, expect, it } from 'vitest';
import type { Term } from '../../src/engine';
import {
  PAGE_SIZE, newListId, pageOf, parseAlternatives, parseSiteInput, searchTerms, validateTermForm, validateWord, whenInWords,
} from '../../src/options/terms';

const t = (term: string, alternatives: string[] = [], note?: string): Term => (note ? { term, alternatives, note } : { term, alternatives });

describe('searching and paging a word list', () => {
  const terms = [t('stakeholder', ['people']), t('system partners', ['local NHS and council organisations'], 'Name them'), t('PALS', ['Patient Advice and Liaison Service']), t('café culture')];

  it('finds terms by the word, its alternatives or its note, ignoring case, accents and extra spaces', () => {
    expect(searchTerms(terms, 'STAKE')).toEqual([0]);
    expect(searchTerms(terms, 'council')).toEqual([1]);
    expect(searchTerms(terms, 'name  them')).toEqual([1]);
    expect(searchTerms(terms, 'cafe')).toEqual([3]);
    expect(searchTerms(terms, 'liaison patient')).toEqual([2]);
    expect(searchTerms(terms, 'nothing like this')).toEqual([]);
    expect(searchTerms(terms, '   ')).toEqual([0, 1, 2, 3]);
  });

  it('pages a list of hundreds and clamps a page that no longer exists', () => {
    const many = Array.from({ length: 612 }, (_, i) => i);
    const first = pageOf(many, 0);
    expect(first).toMatchObject({ page: 0, pageCount: Math.ceil(612 / PAGE_SIZE), from: 1, to: PAGE_SIZE, total: 612 });
    const last = pageOf(many, 999);
    expect(last.page).toBe(last.pageCount - 1);
    expect(last.items).toEqual(many.slice(last.page * PAGE_SIZE));
    expect(last.to).toBe(612);
    expect(pageOf([], 3)).toEqual({ items: [], page: 0, pageCount: 1, from: 0, to: 0, total: 0 });
  });
});

describe('checking what people type', () => {
  const terms = [t('stakeholder'), t('going forward')];

  it('accepts a new term and tidies it', () => {
    const r = validateTermForm({ term: '  system   partners ', alternatives: 'local NHS; the council;; local NHS', note: ' Name them ', severity: 'error' }, terms, null);
    expect(r.errors).toEqual({});
    expect(r.term).toEqual({ term: 'system partners', alternatives: ['local NHS', 'the council'], note: 'Name them', severity: 'error' });
  });

  it('says what is wrong: empty, duplicate, several words at once, alternative the same as the term', () => {
    expect(validateTermForm({ term: ' ', alternatives: '', note: '', severity: '' }, terms, null).errors.term).toBe('Enter the word or phrase to look for.');
    expect(validateTermForm({ term: 'Going Forward', alternatives: '', note: '', severity: '' }, terms, null).errors.term).toMatch(/“going forward” is already in this list/);
    expect(validateTermForm({ term: 'a; b', alternatives: '', note: '', severity: '' }, terms, null).errors.term).toMatch(/one word or phrase/);
    expect(validateTermForm({ term: 'leverage', alternatives: 'Leverage', note: '', severity: '' }, terms, null).errors.alternatives).toMatch(/cannot be the same/);
  });

  it('lets a term being changed keep its own word', () => {
    const r = validateTermForm({ term: 'stakeholder', alternatives: 'people', note: '', severity: '' }, terms, 0);
    expect(r.term).toEqual({ term: 'stakeholder', alternatives: ['people'] });
  });

  it('splits alternatives on semicolons or new lines', () => {
    expect(parseAlternatives('a;b\n c ;')).toEqual(['a', 'b', 'c']);
  });

  it('checks allowed words and acronyms', () => {
    expect(validateWord(' service  users ', ['Stakeholder'], 'allow')).toEqual({ word: 'service users' });
    expect(validateWord('stakeholder', ['Stakeholder'], 'allow')).toEqual({ error: '“Stakeholder” is already on the list.' });
    expect(validateWord('NHP', [], 'acronym')).toEqual({ word: 'NHP' });
    expect(validateWord('two words', [], 'acronym')).toHaveProperty('error');
    expect(validateWord('', [], 'acronym')).toEqual({ error: 'Enter the acronym, for example NHP.' });
  });

  it('reads a site as an origin, with or without https://', () => {
    expect(parseSiteInput('intranet.example.nhs.uk/some/page?x=1')).toEqual({ origin: 'https://intranet.example.nhs.uk' });
    expect(parseSiteInput('http://127.0.0.1:8080/a')).toEqual({ origin: 'http://127.0.0.1:8080' });
    expect(parseSiteInput('ftp://files.example.org')).toHaveProperty('error');
    expect(parseSiteInput('intranet')).toHaveProperty('error');
    expect(parseSiteInput('')).toHaveProperty('error');
  });

  it('makes list ids that are free and never look like an organisation’s', () => {
    expect(newListId('Our Trust’s words', [])).toBe('our-trust-s-words');
    expect(newListId('Words', ['words', 'words-2'])).toBe('words-3');
  });

  it('says when in plain words', () => {
    const now = new Date('2025-03-10T12:00:00Z');
    expect(whenInWords(undefined, now)).toBe('never');
    expect(whenInWords('2025-03-10T11:59:40Z', now)).toBe('just now');
    expect(whenInWords('2025-03-10T09:00:00Z', now)).toBe('3 hours ago');
    expect(whenInWords('2025-03-09T10:00:00Z', now)).toBe('yesterday');
    expect(whenInWords('2025-01-02T10:00:00Z', now)).toBe('on 2 January 2025');
  });
});
