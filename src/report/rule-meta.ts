/** Every rule's meta as JSON: what the options page shows, without the rules' code. */
import type { Rule, RuleMeta } from '../engine';

export function renderRuleMeta(rules: readonly Rule[]): string {
  const metas: RuleMeta[] = rules.map((r) => r.meta);
  return `${JSON.stringify(metas, null, 1)}\n`;
}
