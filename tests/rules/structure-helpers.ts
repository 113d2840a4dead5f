/** Helpers for the structure-rule tests: lint pasted text with one rule. */
import { expect } from 'vitest';
import { Linter, type Finding, type ProfileId, type Rule } from '../../src/engine';
import { parsePlainText } from '../../src/sources/plain-text';

export interface Checked {
  findings: Finding[];
  profiles: ProfileId[];
  /** The text of the block a finding is anchored to. */
  anchorText(f: Finding): string | undefined;
}

export function check(rule: Rule, text: string, profiles?: ProfileId[]): Checked {
  const { doc } = parsePlainText(text);
  const report = new Linter([rule]).lint(doc, profiles ? { profiles } : {});
  return {
    findings: report.findings,
    profiles: report.profiles.map((p) => p.id),
    anchorText: (f) => doc.blocks.find((b) => b.id === f.anchorBlockId)?.text,
  };
}

export function ruleIds(rule: Rule, text: string, profiles?: ProfileId[]): string[] {
  return check(rule, text, profiles).findings.map((f) => f.ruleId);
}

/** The claims the real-page evaluation counts as "the part is missing". */
export const ABSENT = /\bdoes not say\b|\bgives no\b|\bnothing about\b|\bthe only way to take part\b/i;

/** Whether the rule says the part is missing from the text. */
export function saysMissing(rule: Rule, text: string, profiles: ProfileId[]): boolean {
  return check(rule, text, profiles).findings.some((f) => ABSENT.test(f.message));
}

/** The rule's one finding, which must be the softer kind (it quotes what is there). */
export function softFinding(rule: Rule, text: string, profiles: ProfileId[]): Finding {
  const f = check(rule, text, profiles).findings;
  expect(f).toHaveLength(1);
  expect(f[0]!.message).not.toMatch(ABSENT);
  return f[0]!;
}
