/**
 * The accuracy corpus itself is well-formed. This checks the corpus, not the
 * scores: evaluate.ts (npm run eval) reports those.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig, loadCorpus, occurrences, toTextDoc } from './lib';

const config = loadConfig();
const corpus = loadCorpus();
const known = new Set(config.knownRuleIds);
const profiles = new Set(['consultation', 'engagement-plan', 'meeting-invitation', 'report', 'general']);

describe('accuracy corpus', () => {
  it(`has at least ${config.minDocuments} documents`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(config.minDocuments);
  });

  it('evaluates only known rules, each with thresholds between 0 and 1', () => {
    for (const [id, t] of Object.entries(config.rules)) {
      expect(known.has(id), id).toBe(true);
      expect(t.precision).toBeGreaterThan(0);
      expect(t.precision).toBeLessThanOrEqual(1);
      expect(t.recall).toBeGreaterThan(0);
      expect(t.recall).toBeLessThanOrEqual(1);
    }
    for (const id of Object.keys(config.profiles)) expect(profiles.has(id), id).toBe(true);
  });

  for (const d of corpus) {
    it(`${d.name}: expectations are well-formed and their texts occur in the document`, async () => {
      const doc = await toTextDoc(d);
      expect(Array.isArray(d.expected.profiles), 'profiles').toBe(true);
      expect(d.expected.profiles.length, 'at least one profile').toBeGreaterThan(0);
      for (const p of d.expected.profiles) expect(profiles.has(p), `profile ${p}`).toBe(true);
      if (d.expected.profiles.includes('general')) expect(d.expected.profiles, 'general stands alone').toEqual(['general']);
      expect(typeof d.expected.notes, 'notes').toBe('string');
      for (const e of [...d.expected.findings, ...(d.expected.allowed ?? [])]) {
        expect(known.has(e.ruleId), `unknown rule id ${e.ruleId}`).toBe(true);
        if (e.text === undefined) {
          expect(e.occurrence, `${e.ruleId}: occurrence without text`).toBeUndefined();
          continue;
        }
        const n = occurrences(doc, e.text).length;
        expect(n, `${e.ruleId}: "${e.text}" does not occur in ${d.name}`).toBeGreaterThan(0);
        if (e.occurrence !== undefined) expect(n, `${e.ruleId}: "${e.text}" occurrence ${e.occurrence}`).toBeGreaterThanOrEqual(e.occurrence);
      }
    });
  }
});
