import { describe, expect, it } from 'vitest';
import { FEATURES, jargonCandidates, syllables, type Candidate } from './jargon-candidates';
import { findingsFromCandidates, fitsFeatures, scoreOf, SCORER_ID, type ScorerWeights } from './jargon-scorer';
import { everydayParts, RARE_BAND, wordBand } from './word-bands';
import shipped from './jargon-scorer-weights.json';
import { fitLogistic, solve } from './logistic';

const feature = (c: Candidate | undefined, name: (typeof FEATURES)[number]) => c?.features[FEATURES.indexOf(name)];
const none = () => false;
const candidatesOf = (text: string, kind = 'paragraph', covered: Array<{ start: number; end: number }> = []) => jargonCandidates(text, kind, covered, none);
const find = (cs: Candidate[], lower: string) => cs.find((c) => c.lower === lower);

describe('word frequency bands', () => {
  it('puts everyday words in band 0 and rare ones beyond the last band, trying plain forms and American spelling', () => {
    expect(wordBand('house')).toBe(0);
    expect(wordBand('houses')).toBe(0);
    expect(wordBand('pecuniary')).toBe(RARE_BAND);
    expect(wordBand('organisation')).toBe(wordBand('organization'));
  });
  it('knows words made of everyday parts from words that are not', () => {
    expect(everydayParts('countywide')).toBe(true);
    expect(everydayParts('check-ins')).toBe(true);
    expect(everydayParts('governance')).toBe(false);
  });
});

describe('jargon candidates and their features', () => {
  it('counts syllables roughly', () => {
    expect(syllables('pecuniary')).toBe(4);
    expect(syllables('house')).toBe(1);
  });
  it('gives a rare formal adjective before a noun its shape features', () => {
    const c = find(candidatesOf('Members must declare any pecuniary interest before the vote.'), 'pecuniary');
    expect(feature(c, 'rare (beyond 25k)')).toBe(1);
    expect(feature(c, 'ends -ary/-ory')).toBe(1);
    expect(feature(c, 'formal adjective before a word')).toBe(1);
    expect(feature(c, 'capital mid-sentence')).toBe(0);
  });
  it('marks words inside a capitalised name, and an acronym in that name', () => {
    const cs = candidatesOf('Come along to the Big Conversation about the Riverside PCN Wellbeing Programme next week.');
    expect(feature(find(cs, 'conversation'), 'in a run of capitalised words')).toBe(1);
    expect(feature(find(cs, 'wellbeing'), 'acronym in the run')).toBe(1);
    expect(feature(find(cs, 'wellbeing'), 'capitalised run of 3+')).toBe(1);
    // The acronym itself is left to the acronym rule.
    expect(find(cs, 'pcn')).toBeUndefined();
  });
  it('sees an explanation right after the word', () => {
    const explained = find(candidatesOf('The precept (the part of your council tax that pays for the police) will rise.'), 'precept');
    const bare = find(candidatesOf('The precept will rise next April for every household.'), 'precept');
    expect(feature(explained, 'explained nearby')).toBe(1);
    expect(feature(bare, 'explained nearby')).toBe(0);
  });
  it('leaves out short words, grammar words, web addresses, headings and words another check covers', () => {
    const text = 'Please read carefully through the guidance at www.example.gov.uk/parking-permits before Friday.';
    const lowers = candidatesOf(text).map((c) => c.lower);
    expect(lowers).toContain('guidance');
    expect(lowers).not.toContain('through');
    expect(lowers).not.toContain('read');
    expect(lowers.some((w) => w.includes('permits'))).toBe(false);
    expect(candidatesOf('Our engagement principles', 'heading')).toEqual([]);
    const at = text.indexOf('guidance');
    const covered = candidatesOf(text, 'paragraph', [{ start: at, end: at + 8 }]);
    expect(find(covered, 'guidance')).toBeUndefined();
    expect(feature(find(covered, 'carefully'), 'another jargon finding in the block')).toBe(1);
  });
});

/** Weights that flag any word rarer than the 25,000 most common, and nothing else. */
const RARE_ONLY: ScorerWeights = {
  features: [...FEATURES],
  bias: -5,
  weights: FEATURES.map((f) => (f === 'rare (beyond 25k)' ? 10 : 0)),
  threshold: 0.5,
};

describe('the scorer', () => {
  it('flags each rare word once per block, joins neighbours and says what to do, plainly', () => {
    const text = 'The pecuniary emolument is paid monthly, and the pecuniary rules apply to every councillor.';
    const out = findingsFromCandidates(text, candidatesOf(text), RARE_ONLY);
    expect(out.map((f) => text.slice(f.start, f.end))).toEqual(['pecuniary emolument']);
    expect(out[0]!.patternId).toBe(SCORER_ID);
    expect(out[0]!.severity).toBe('suggestion');
    expect(out[0]!.message).toMatch(/^‘pecuniary emolument’ may be jargon\. .*explain it the first time/);
  });
  it('flags nothing in a plain sentence', () => {
    const text = 'We will write to you again in the summer to tell you what we decided and why.';
    expect(findingsFromCandidates(text, candidatesOf(text), RARE_ONLY)).toEqual([]);
  });
  it('with the fitted weights, scores a rare formal word above an everyday one in the same sentence', () => {
    expect(fitsFeatures(shipped)).toBe(true);
    const cs = candidatesOf('Councillors agreed the discretionary arrangements for families at the meeting.');
    expect(scoreOf(find(cs, 'discretionary')!, shipped)).toBeGreaterThan(scoreOf(find(cs, 'families')!, shipped));
    expect(scoreOf(find(cs, 'discretionary')!, shipped)).toBeGreaterThan(scoreOf(find(cs, 'meeting')!, shipped));
  });
  it('refuses weights fitted on other features', () => {
    expect(fitsFeatures({ ...RARE_ONLY, features: RARE_ONLY.features.slice(1) })).toBe(false);
  });
});

describe('the weights file', () => {
  it('holds only numbers, one weight per feature, and a threshold between 0 and 1', () => {
    expect(Object.keys(shipped).sort()).toEqual(['bias', 'features', 'threshold', 'weights']);
    expect(shipped.features).toEqual([...FEATURES]);
    expect(shipped.weights).toHaveLength(FEATURES.length);
    for (const n of [shipped.bias, shipped.threshold, ...shipped.weights]) expect(Number.isFinite(n)).toBe(true);
    expect(shipped.threshold).toBeGreaterThan(0);
    expect(shipped.threshold).toBeLessThan(1);
  });
});

describe('the logistic fit', () => {
  it('solves a small linear system', () => {
    expect(solve([[2, 1], [1, 3]], [3, 5]).map((x) => Math.round(x * 1e6) / 1e6)).toEqual([0.8, 1.4]);
  });
  it('gives a feature that goes with the positives a positive weight, the same every time', () => {
    const rows = [[1, 0], [1, 1], [1, 0], [0, 1], [0, 0], [0, 1], [0, 0], [1, 1]];
    const ys = [1, 1, 1, 0, 0, 0, 0, 0];
    const a = fitLogistic(rows, ys, { lambda: 0.5 });
    expect(a.weights[0]).toBeGreaterThan(0);
    expect(a.weights[1]).toBeLessThan(0);
    expect(fitLogistic(rows, ys, { lambda: 0.5 })).toEqual(a);
  });
});
