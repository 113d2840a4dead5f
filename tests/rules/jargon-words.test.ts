import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../src/engine';
import { BASE_JARGON } from '../../rules/jargon';
import { WordMatcher, termKey } from '../../rules/lib/word-matcher';
import { wordForms } from '../../rules/lib/inflect';

const matcher = new WordMatcher(BASE_JARGON.map((t) => ({ term: t.term, value: t, inflect: t.inflect })));

describe('rules/jargon-words.json', () => {
  it('has at least 300 entries', () => {
    expect(BASE_JARGON.length).toBeGreaterThanOrEqual(300);
  });

  it('has no duplicates, even when spacing or hyphens differ', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const t of BASE_JARGON) {
      const key = termKey(t.term);
      if (seen.has(key)) dups.push(`${seen.get(key)} / ${t.term}`);
      seen.set(key, t.term);
    }
    expect(dups).toEqual([]);
  });

  it('writes every term in lower case, trimmed, with single spaces', () => {
    const bad = BASE_JARGON.filter((t) => t.term !== t.term.toLowerCase() || t.term !== t.term.trim() || /\s{2}/.test(t.term));
    expect(bad.map((t) => t.term)).toEqual([]);
  });

  it('gives every entry a note that is a plain sentence, and at least one alternative', () => {
    const bad = BASE_JARGON.filter(
      (t) => !t.note || !/^[\p{Lu}‘]/u.test(t.note) || !/[.!?]$/.test(t.note) || t.note.length > 140 || t.alternatives.length === 0,
    );
    expect(bad.map((t) => t.term)).toEqual([]);
  });

  it('uses only known severities and boolean inflect flags', () => {
    const bad = BASE_JARGON.filter(
      (t) => (t.severity !== undefined && !SEVERITIES.includes(t.severity)) || (t.inflect !== undefined && typeof t.inflect !== 'boolean'),
    );
    expect(bad.map((t) => t.term)).toEqual([]);
  });

  it('writes every unlessNear word in lower case, as single words', () => {
    const bad = BASE_JARGON.filter(
      (t) => t.unlessNear !== undefined && (!Array.isArray(t.unlessNear) || t.unlessNear.some((w) => !/^\p{Ll}+$/u.test(w))),
    );
    expect(bad.map((t) => t.term)).toEqual([]);
  });

  it('covers the families of officialese: letters, committees, NHS and council planning, housing, projects', () => {
    const listed = new Set(BASE_JARGON.map((t) => termKey(t.term)));
    const families = [
      ['hereby', 'in accordance with', 'with immediate effect', 'by return', 'please find enclosed', 'we regret to inform you', 'notwithstanding', 'aforementioned', 'in due course', 'regarding', 'query'],
      ['delegate authority', 'tabled', 'pre-reading', 'for noting', 'matters arising', 'board assurance framework', 'joint forward plan'],
      ['configuration', 'consolidate', 'repurpose', 'provision', 'specialist provision', 'sufficiency', 'independent sector', 'extended access', 'discharge lounge', 'preparation for adulthood'],
      ['voids', 'decant', 'tenancy sustainment', 'economies of scale', 'specification'],
      ['legacy system', 'e-form', 'outside tolerance', 'channel migration', 'future-state model', 'business as usual'],
    ];
    const missing = families.flat().filter((t) => !listed.has(termKey(t)));
    expect(missing).toEqual([]);
    expect(BASE_JARGON.length).toBeGreaterThanOrEqual(800);
  });

  it('never suggests a replacement that is the same jargon again', () => {
    const bad: string[] = [];
    for (const t of BASE_JARGON)
      for (const alt of t.alternatives) {
        const again = matcher.matchText(alt).filter((m) => termKey(m.term) === termKey(t.term));
        if (again.length || alt.trim() !== alt || alt === '') bad.push(`${t.term} → ${alt}`);
      }
    expect(bad).toEqual([]);
  });

  it('finds every term when it is written as listed', () => {
    const missed = BASE_JARGON.filter((t) => {
      const found = matcher.matchText(t.term);
      return !(found.length === 1 && found[0]!.start === 0 && found[0]!.end === t.term.length && found[0]!.term === t.term);
    });
    expect(missed.map((t) => t.term)).toEqual([]);
  });

  it('finds the plural of every inflectable one-word noun-like term', () => {
    const missed: string[] = [];
    for (const t of BASE_JARGON) {
      if (t.inflect === false || /[\s-]/.test(t.term) || /(?:s|ing|ed|al|ic|ive|ous|ent|ant|ful|ar|ary|less)$/.test(t.term)) continue;
      const plural = [...wordForms(t.term)].find(([, kind]) => kind === 's')?.[0];
      if (!plural || BASE_JARGON.some((other) => other.term === plural)) continue;
      const found = matcher.matchText(`the ${plural} here`);
      if (found.length !== 1 || found[0]!.term !== t.term || found[0]!.inflection !== 's') missed.push(`${t.term} → ${plural}`);
    }
    expect(missed).toEqual([]);
  });
});
