/**
 * A small RuleTester, in the spirit of ESLint's: one paragraph per case, a
 * bad case must give exactly one finding on exactly the given words, a good
 * case must give none. Rule-specific checks on the finding go in `expectFinding`.
 */
import { expect, it } from 'vitest';
import { Linter, type Finding, type ProfileId, type Rule } from '../../src/engine';
import { DATA } from '../../rules/lib/slot-pattern';

export interface RuleCases {
  /** [sentence, the exact words flagged] */
  bad: Array<[string, string]>;
  good: string[];
  profiles?: ProfileId[];
  expectFinding?: (f: Finding) => void;
}

export function runRuleCases(rule: Rule, cases: RuleCases): void {
  const linter = new Linter([rule]);
  const check = (text: string) =>
    linter.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { profiles: cases.profiles ?? ['general'] }).findings;

  it.each(cases.bad)('flags “%s”', (text, flagged) => {
    const findings = check(text);
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.text).toBe(flagged);
    expect(f.start).toBe(text.indexOf(flagged));
    cases.expectFinding?.(f);
  });

  it.each(cases.good)('leaves “%s” alone', (text) => {
    expect(check(text)).toEqual([]);
  });
}

/**
 * Run a pattern file's own examples through the rule that uses it: every
 * `match` must give at least one finding (that `relevant` keeps), every
 * `noMatch` none. Pattern data keeps its examples beside its words.
 */
export function runPatternExamples(
  rule: Rule,
  examples: { readonly match: readonly string[]; readonly noMatch: readonly string[] },
  relevant: (f: Finding) => boolean = () => true,
): void {
  const linter = new Linter([rule]);
  const check = (text: string) =>
    linter.lint({ blocks: [{ id: 'b1', kind: 'paragraph', text }], meta: {} }, { profiles: ['general'] }).findings.filter(relevant);
  it.each([...examples.match])('flags “%s”', (text) => {
    expect(check(text).length).toBeGreaterThan(0);
  });
  it.each([...examples.noMatch])('leaves “%s” alone', (text) => {
    expect(check(text)).toEqual([]);
  });
}

/** Every `match` and `noMatch` example of one group of rule data (rules/patterns/<file>.yaml), to run through a whole rule. */
export function groupExamples(file: string, group: string): { match: string[]; noMatch: string[] } {
  const list = DATA.files[file]?.groups[group];
  if (!list) throw new Error(`No group "${group}" in rules/patterns/${file}.yaml.`);
  return { match: list.flatMap((p) => p.match ?? []), noMatch: list.flatMap((p) => p.noMatch ?? []) };
}
