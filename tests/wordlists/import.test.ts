import { describe, expect, it } from 'vitest';
import {
  ImportError,
  describePreview,
  formatWordListCsv,
  formatWordListJson,
  importWordList,
  parseSettingsJson,
  previewImport,
} from '../../src/wordlists';
import type { Term } from '../../src/engine';

const enc = (s: string) => new TextEncoder().encode(s);

function importError(bytes: Uint8Array, name: string): ImportError {
  try {
    importWordList(bytes, name);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error('expected the import to fail');
}

describe('CSV word lists', () => {
  it('reads terms, alternatives, notes and severity', () => {
    const list = importWordList(
      enc('term,alternatives,note,severity\nstakeholder,"people; partners",Say who you mean,warning\nPCN,primary care network,,\n'),
      'our-words.csv',
    );
    expect(list.name).toBe('our words');
    expect(list.terms).toEqual([
      { term: 'stakeholder', alternatives: ['people', 'partners'], note: 'Say who you mean', severity: 'warning' },
      { term: 'PCN', alternatives: ['primary care network'] },
    ]);
  });

  it('accepts headings in any order and case', () => {
    const list = importWordList(enc('Note,TERM\nvague,leverage\n'), 'x.csv');
    expect(list.terms).toEqual([{ term: 'leverage', alternatives: [], note: 'vague' }]);
  });

  it('reads semicolon-separated files, with | between alternatives', () => {
    const list = importWordList(enc('term;alternatives;note\nstakeholder;people | partners;vague\n'), 'x.csv');
    expect(list.terms[0]).toEqual({ term: 'stakeholder', alternatives: ['people', 'partners'], note: 'vague' });
  });

  it('ignores a UTF-8 byte-order mark (Excel "CSV UTF-8")', () => {
    const list = importWordList(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('term,alternatives\ncafé,coffee shop\n')]), 'x.csv');
    expect(list.terms[0]!.term).toBe('café');
  });

  it('reads UTF-16 files with a byte-order mark', () => {
    const text = 'term\talternatives\nsynergy\tworking together\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(importWordList(bytes, 'x.txt').terms).toEqual([{ term: 'synergy', alternatives: ['working together'] }]);
  });

  it('keeps multi-line quoted cells and counts lines after them', () => {
    const e = importError(enc('term,note\nx,"two\nlines"\n,empty\n'), 'x.csv');
    expect(e.line).toBe(4);
    expect(e.message).toMatch(/Line 4: the term is empty/);
  });

  it('names the line of a duplicate and the first one', () => {
    const e = importError(enc('term,alternatives\nstakeholder,people\nStakeholder,partners\n'), 'x.csv');
    expect(e.message).toBe('Line 3: “Stakeholder” is already on line 2. Keep one row for each term.');
  });

  it('explains wrong columns', () => {
    expect(importError(enc('word list,plain\nx,y\n'), 'x.csv').message).toMatch(/^Line 1: the first row should name the columns, starting with “term”/);
    expect(importError(enc('term,colour\nx,y\n'), 'x.csv').message).toMatch(/don’t know the column “colour”/);
    const extra = importError(enc('term,alternatives\nx,y,z\n'), 'x.csv');
    expect(extra.line).toBe(2);
    expect(extra.message).toMatch(/3 columns but the heading row has 2/);
  });

  it('refuses an unknown severity', () => {
    expect(importError(enc('term,severity\nx,urgent\n'), 'x.csv').message).toMatch(/Line 2: the severity “urgent”/);
  });

  it('refuses text that is not UTF-8', () => {
    expect(importError(new Uint8Array([0x74, 0x65, 0x72, 0x6d, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]), 'x.csv').message).toMatch(/not saved as UTF-8/);
  });

  it('refuses empty, binary and oversize files without reading them as words', () => {
    expect(importError(new Uint8Array(), 'x.csv').message).toMatch(/is empty/);
    expect(importError(new Uint8Array([0x74, 0x00, 0x01, 0x02]), 'x.csv').message).toMatch(/does not look like a text file/);
    const big = new Uint8Array(10 * 1024 * 1024).fill(0x61);
    expect(importError(big, 'big.csv').message).toMatch(/10\.0 MB, which is too big/);
  });

  it('refuses a heading row with nothing under it', () => {
    expect(importError(enc('term,alternatives\n\n'), 'x.csv').message).toMatch(/no terms/);
  });

  it('round-trips exactly through CSV', () => {
    const terms: Term[] = [
      { term: 'going forward', alternatives: ['from now on', 'in future'], note: 'Say "from now on", or leave it out', severity: 'suggestion' },
      { term: 'a, b', alternatives: [], note: 'has a comma, and "quotes"' },
      { term: 'ICS', alternatives: ['integrated care system'], severity: 'error' },
      { term: 'leading space kept?', alternatives: ['x'] },
    ];
    const csv = formatWordListCsv(terms);
    expect(importWordList(enc(csv), 'x.csv').terms).toEqual(terms);
    expect(formatWordListCsv(importWordList(enc(csv), 'x.csv').terms)).toBe(csv);
  });
});

describe('JSON word lists', () => {
  it('reads a list object or a bare array', () => {
    expect(importWordList(enc('{"name":"Trust words","terms":[{"term":"PALS","alternatives":["Patient Advice and Liaison Service"]}]}'), 'x.json').name).toBe('Trust words');
    expect(importWordList(enc('["synergy", {"term":"leverage","alternatives":["use"]}]'), 'list.json').terms).toEqual([
      { term: 'synergy', alternatives: [] },
      { term: 'leverage', alternatives: ['use'] },
    ]);
  });

  it('names the line of a bad term', () => {
    const e = importError(enc('{"name":"X","terms":[\n{"term":"a"},\n{"term":""}\n]}'), 'x.json');
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/^Line 3: term 2: each term needs/);
  });

  it('names the line of a duplicate', () => {
    const e = importError(enc('[\n{"term":"a"},\n{"term":"A"}\n]'), 'x.json');
    expect(e.line).toBe(3);
  });

  it('explains broken JSON', () => {
    expect(importError(enc('{"terms": [1,2'), 'x.json').message).toMatch(/not valid JSON/);
  });

  it('round-trips exactly through JSON', () => {
    const list = importWordList(enc('{"name":"N","id":"n","enabled":false,"terms":[{"term":"x","alternatives":["y"],"note":"z","severity":"error"}]}'), 'x.json');
    expect(importWordList(enc(formatWordListJson(list)), 'x.json')).toEqual(list);
  });
});

describe('settings JSON', () => {
  it('reads the settings file that --config and the options page share', () => {
    const config = parseSettingsJson(
      JSON.stringify({ rules: { 'long-sentence': { options: { maxWords: 20 } }, jargon: 'off' }, allow: ['stakeholder'], acronyms: ['ICB'], easyRead: true }),
    );
    expect(config.rules.jargon).toBe('off');
    expect(config.allow).toEqual(['stakeholder']);
    expect(config.easyRead).toBe(true);
  });

  it('refuses bad values and says where', () => {
    expect(() => parseSettingsJson('{"rules":{"jargon":"loud"}}')).toThrow(/the rule “jargon”: should be/);
    expect(() => parseSettingsJson('{"profiles":["brochure"]}')).toThrow(/unknown profile: brochure/);
  });
});

describe('import preview', () => {
  it('lists what would be added, changed and removed', () => {
    const current: Term[] = [
      { term: 'synergy', alternatives: ['working together'] },
      { term: 'leverage', alternatives: ['use'] },
      { term: 'PCN', alternatives: [] },
    ];
    const incoming: Term[] = [
      { term: 'synergy', alternatives: ['working together'] },
      { term: 'leverage', alternatives: ['use', 'make the most of'] },
      { term: 'ICS', alternatives: [] },
    ];
    const p = previewImport(current, incoming);
    expect(p.added.map((t) => t.term)).toEqual(['ICS']);
    expect(p.changed.map((c) => c.after.term)).toEqual(['leverage']);
    expect(p.removed.map((t) => t.term)).toEqual(['PCN']);
    expect(p.unchanged).toBe(1);
    expect(describePreview(p)).toBe('1 to add, 1 to change, 1 to remove, 1 the same');
  });
});
