/** Helpers for the structure-rule tests: lint pasted text with one rule. */
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
