import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../rules';
import { renderRuleDocs } from '../src/report/rule-docs';
import { renderRuleMeta } from '../src/report/rule-meta';

describe('docs/rules.md', () => {
  it('is up to date with the rules (run `npm run docs` after changing a rule)', () => {
    const onDisk = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderRuleDocs(ALL_RULES));
  });

  it('rules/meta.generated.json, which the options page reads, is up to date (run `npm run docs`)', () => {
    const onDisk = readFileSync(new URL('../rules/meta.generated.json', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderRuleMeta(ALL_RULES));
  });

  it('documents every rule with examples and its barriers', () => {
    const ids = new Set<string>();
    for (const r of ALL_RULES) {
      expect(ids.has(r.meta.id), `duplicate rule id ${r.meta.id}`).toBe(false);
      ids.add(r.meta.id);
      expect(r.meta.docs.bad.trim(), r.meta.id).not.toBe('');
      expect(r.meta.docs.good.trim(), r.meta.id).not.toBe('');
      expect(r.meta.docs.bad, r.meta.id).not.toBe(r.meta.docs.good);
      expect(r.meta.barriers.length, r.meta.id).toBeGreaterThan(0);
      expect(r.meta.enablers.length, r.meta.id).toBeGreaterThan(0);
    }
  });

  it('keeps the rule ids that settings files depend on', () => {
    const fixed = [
      'jargon', 'undefined-acronym', 'long-sentence', 'reading-age', 'us-and-them', 'doing-to', 'hidden-decider',
      'co-production-claim', 'decision-already-made', 'over-promise', 'missing-scope', 'missing-feedback-use',
      'missing-timeline', 'missing-contact', 'single-way-to-take-part', 'no-alternative-formats',
      'short-consultation-window', 'missing-who-decides', 'missing-updates', 'narrow-recruitment',
      'involvement-payment', 'meeting-access', 'meeting-in-person-only', 'meeting-timing', 'access-needs-not-asked',
      'papers-in-advance',
    ];
    const ids = ALL_RULES.map((r) => r.meta.id);
    for (const id of fixed) expect(ids).toContain(id);
  });
});
