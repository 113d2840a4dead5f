/**
 * Helpers made faster for a full check must answer exactly as the code they
 * replaced: each is checked against that code, kept here as the reference,
 * on every text of the corpus, the examples and some made-up hard cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseText, countSyllables, lowerSameLength, maskText, splitWords } from '../../src/engine/text';
import { anchorsFor, candidatesIn, listPrefilterFor, mayMatch } from '../../rules/lib/pattern-anchors';
import { patternGroup, wordClassSource } from '../../rules/lib/slot-pattern';
import { findLabels } from '../../rules/us-and-them';
import { tokenize, type Token } from '../../rules/lib/word-matcher';
import { isAcronymShape, scanAcronyms } from '../../rules/lib/acronym-scan';
import { DATE_EXPRESSIONS, findDates } from '../../rules/lib/dates';
import { CORPUS_DIR } from '../corpus/lib';

const ROOT = join(CORPUS_DIR, '..', '..');
const FOLDERS = [...['docs', 'holdout', 'holdout2', 'holdout3', 'holdout4'].map((d) => join(CORPUS_DIR, d)), join(ROOT, 'examples')];

/** Every corpus and example file's text, split at blank lines as a block would be (and whole). */
function corpusTexts(): string[] {
  const texts: string[] = [];
  for (const folder of FOLDERS) {
    let names: string[] = [];
    try {
      names = readdirSync(folder).filter((f) => /\.(?:txt|md|html?)$/i.test(f));
    } catch {
      continue;
    }
    for (const name of names) {
      const source = readFileSync(join(folder, name), 'utf8');
      texts.push(source, ...source.split(/\n\s*\n/));
    }
  }
  return texts;
}

// The masking before it tried only runs with a ".", "@" or ":" (src/engine/text.ts).
const URL_OR_EMAIL =
  /\b(?:https?:\/\/|www\.)[^\s<>"')]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\b[\w-]+(?:\.[\w-]+)*\.(?:gov|nhs|org|com|net|uk|co|ac|scot|wales)(?:\.uk)?(?:\/[^\s<>"')]*)?/giu;
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"')]+/giu;
function blankAddress(m: string): string {
  const trail = /[.,;:!?]+$/.exec(m)?.[0].length ?? 0;
  return ' '.repeat(m.length - trail) + m.slice(m.length - trail);
}
function maskTextBefore(text: string): string {
  return lowerSameLength(text).replace(/\S+/g, (run) => (run.length <= 300 ? run.replace(URL_OR_EMAIL, blankAddress) : run.replace(WEB_ADDRESS, blankAddress)));
}

const HARD = [
  '',
  'www.leeds.gov.uk',
  'Go to www.leeds.gov.uk',
  'www.leeds.gov.uk today',
  'http://localhost:8080/path then',
  'jo@nhs.net',
  '  jo@nhs.net  ',
  'a\u00a0www.x.org\u2003b\u3000c.org\ufeffd@e.com',
  'time 10:30, ratio 3:1 and e.g. this. i.e. that',
  `${'x'.repeat(400)}.org and ${'y'.repeat(350)}https://a.b/c`,
  'https://a.b/c.',
  'see gov.uk/help.\nThen nhs.uk:',
  '::: ... @@@ .org.uk',
  'İstanbul ﬁle straße www.straße.de',
];

describe('maskText', () => {
  it('masks every corpus text exactly as before', () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expect(maskText(text)).toBe(maskTextBefore(text));
  });
  it.each(HARD)('masks %j exactly as before', (text) => {
    expect(maskText(text)).toBe(maskTextBefore(text));
  });
});

describe('us-and-them labels', () => {
  const labels = patternGroup('us-and-them', 'labels', 'gu').map((p) => p.re);
  const list = listPrefilterFor(labels);

  it('the pre-test never passes over a block a label matches, on every corpus text', () => {
    let matched = 0;
    let skipped = 0;
    for (const text of corpusTexts()) {
      const { masked } = analyseText(text);
      const mayHold = candidatesIn(list, masked);
      for (let i = 0; i < labels.length; i++) {
        const re = new RegExp(labels[i]!.source, 'u');
        if (re.test(masked)) {
          matched++;
          expect(mayHold[i], `${labels[i]!.source.slice(0, 60)} on ${text.slice(0, 60)}`).toBe(1);
        } else if (mayHold[i] === 0) skipped++;
      }
    }
    // The test means something: labels are found, and most patterns are skipped on most texts.
    expect(matched).toBeGreaterThan(20);
    expect(skipped).toBeGreaterThan(matched);
  });

  it('finds the labels in our own examples', () => {
    const text = 'We will educate service users and hard to reach groups, such as the elderly and BAME communities.';
    const found = findLabels(text, maskText(text)).map((h) => text.slice(h.start, h.end));
    expect(found).toEqual(['educate', 'service users', 'hard to reach', 'the elderly', 'BAME communities']);
    expect(findLabels('We will meet people at the library.', 'we will meet people at the library.')).toEqual([]);
  });
});

// The count before it was kept per word as written (src/engine/text.ts).
function syllablesBefore(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return /\d/.test(word) ? 1 : 0;
  if (w.length <= 3) return 1;
  const s = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = s.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

describe('countSyllables', () => {
  it('counts every corpus word as before, asked twice in any case', () => {
    const words = new Set<string>(['', '2026', 'Ünter', 'CAFÉ', 'café', 'Yes', 'YES', 'co-produce']);
    for (const text of corpusTexts()) for (const w of splitWords(text)) words.add(w.text);
    expect(words.size).toBeGreaterThan(1000);
    for (const w of words) {
      expect(countSyllables(w)).toBe(syllablesBefore(w));
      expect(countSyllables(w)).toBe(syllablesBefore(w));
      expect(countSyllables(w.toUpperCase())).toBe(syllablesBefore(w.toUpperCase()));
    }
  });
});

// The word matcher's tokens before the one-space gap and the apostrophes were tested without a regular expression (rules/lib/word-matcher.ts).
function tokenizeBefore(text: string, masked: string): Token[] {
  const HYPHEN = /[-‐‑]/;
  const GAP = /^(?:\s+|[-‐‑]\s*)$/;
  const POSSESSIVE_GAP = /^['’]\s+$/;
  const tokens: Token[] = [];
  let prevEnd = -1;
  for (const word of splitWords(text, masked)) {
    const lower = masked.slice(word.start, word.end);
    if (lower.includes(' ')) {
      prevEnd = -1;
      continue;
    }
    const parts = HYPHEN.test(lower) ? lower.split(HYPHEN) : [lower];
    let offset = word.start;
    for (const part of parts) {
      const start = offset;
      offset += part.length + 1;
      let norm = part.replace(/’/g, "'");
      let end = start + part.length;
      if (/'s$/.test(norm)) {
        norm = norm.slice(0, -2);
        end -= 2;
      }
      if (!norm) {
        prevEnd = -1;
        continue;
      }
      const gap = prevEnd >= 0 ? text.slice(prevEnd, start) : '';
      const joined = prevEnd >= 0 && (GAP.test(gap) || (POSSESSIVE_GAP.test(gap) && tokens.at(-1)!.norm.endsWith('s')));
      tokens.push({ start, end, norm, joined });
      prevEnd = end === start + part.length ? end : -1;
    }
  }
  return tokens;
}

describe('tokenize', () => {
  it('gives the same tokens as before on every corpus text and some hard cases', () => {
    const hard = ['citizens’ jury and residents\' association', 'co-produce co‐design co- produce', "the council's plan, the councils’ plans", 'a\u00a0b  c\nd', 'www.x.org stakeholders’s'];
    for (const text of [...corpusTexts(), ...hard]) {
      const { masked, words } = analyseText(text);
      expect(tokenize(text, masked, words)).toEqual(tokenizeBefore(text, masked));
    }
  });
});

/** Pattern groups that now run only on blocks their pre-test lets through: [file, group, flags as compiled]. */
const PRE_TESTED: Array<[string, string, string]> = [
  ['us-and-them', 'labels', 'gu'],
  ['jargon', 'insider-names', 'g'],
  ['jargon', 'legal-references', 'g'],
  ['jargon', 'official-pairs', 'g'],
  ['jargon', 'noun-stacks', 'g'],
  ['people-object', 'required-act', 'dg'],
  ['meeting-in-person-only', 'channel.last-resort', ''],
];

describe('pre-tests of the pattern groups a full check now skips on most blocks', () => {
  // Our own sentences beside the corpus, for groups the corpus seldom has.
  const own = ['Attendance is mandatory for all members.', 'It is compulsory for all members to attend the training.', 'Completion of the form is required.'];
  const masked = [...corpusTexts(), ...own].map((t) => analyseText(t).masked);
  it.each(PRE_TESTED)('%s %s: never passes over a corpus text the pattern matches', (file, group, flags) => {
    const patterns = patternGroup(file, group, flags).map((p) => p.re);
    expect(patterns.length).toBeGreaterThan(0);
    const list = listPrefilterFor(patterns);
    let matched = 0;
    for (const text of masked) {
      const mayHold = candidatesIn(list, text);
      patterns.forEach((re, i) => {
        if (!new RegExp(re.source, re.flags.replace(/[gd]/g, '')).test(text)) return;
        matched++;
        expect(mayMatch(anchorsFor(re), text), `${re.source.slice(0, 60)} on ${text.slice(0, 60)}`).toBe(true);
        expect(mayHold[i]).toBe(1);
      });
    }
    // Each group is found somewhere in the corpus, so the test means something.
    expect(matched).toBeGreaterThan(0);
  });
});

describe('clause readings: the pre-tests asked once per block', () => {
  it('never pass over a block one of whose sentences the pattern matches, on every corpus text', () => {
    const lists = ['clause-seeks-views', 'clause-taking-part', 'clause-dated-event'].map((n) => patternGroup('profiles', `signals.${n}`).map((p) => p.re));
    const patterns = [...lists.flat(), new RegExp(`\\b(?:${wordClassSource('READER_WORD')})\\b`)];
    let matched = 0;
    for (const text of corpusTexts()) {
      const { masked, sentences } = analyseText(text);
      for (const re of patterns) {
        const inSentence = sentences.some((s) => re.test(masked.slice(s.start, s.end)));
        if (!inSentence) continue;
        matched++;
        expect(mayMatch(anchorsFor(re), masked), `${re.source.slice(0, 60)} on ${text.slice(0, 60)}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
});

describe('scanAcronyms', () => {
  it('passes over only words that could be neither a quarter nor an acronym (a small letter or a digit first)', () => {
    const TOKEN = /[\p{L}\p{N}]+(?:[&'’][\p{L}\p{N}]+)*/gu;
    let skipped = 0;
    for (const text of [...corpusTexts(), 'q1 2026, 3CX, iPhone, eGov and 10ABC']) {
      for (const [word] of text.matchAll(TOKEN)) {
        if (!/^[a-z0-9]/.test(word)) continue;
        skipped++;
        const token = word.replace(/['’]s$/, '');
        const acronym = token.length >= 3 && /[\p{Lu}\p{N}]s$/u.test(token) ? token.slice(0, -1) : token;
        expect(/^Q[1-4]$/.test(token) || isAcronymShape(acronym), word).toBe(false);
      }
    }
    expect(skipped).toBeGreaterThan(10_000);
  });
  it('still finds acronyms and quarters in our own sentences', () => {
    const text = 'The ICB and two PCNs will report in Q2, as the JSNA says.';
    const found = scanAcronyms(text, maskText(text), false, new Set()).map((u) => u.acronym);
    expect(found).toEqual(expect.arrayContaining(['ICB', 'PCN', 'JSNA']));
  });
});

describe('date patterns', () => {
  it('run only where their pre-test lets them, and it never passes over a corpus text one matches', () => {
    let matched = 0;
    let skipped = 0;
    const own = ['the meeting is on friday 29 september 2026', 'by the end of june, or in spring 2027', 'q3 2026 and 29/09/2026'];
    for (const text of [...corpusTexts(), ...own]) {
      const { masked } = analyseText(text);
      for (const re of DATE_EXPRESSIONS) {
        const may = mayMatch(anchorsFor(re), masked);
        if (new RegExp(re.source, re.flags.replace('g', '')).test(masked)) {
          matched++;
          expect(may, `${re.source.slice(0, 60)} on ${masked.slice(0, 60)}`).toBe(true);
        } else if (!may) skipped++;
      }
    }
    expect(matched).toBeGreaterThan(100);
    expect(skipped).toBeGreaterThan(matched);
    expect(findDates('the meeting is on friday 29 september 2026').map((d) => d.kind)).toEqual(['day']);
  });
});
