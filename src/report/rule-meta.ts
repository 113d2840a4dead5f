/** Every rule's meta as JSON: what the options page shows, without the rules' code. */
import type { Rule, RuleMeta } from '../engine';

export function renderRuleMeta(rules: readonly Rule[]): string {
  // Hooks name code for developers (findings' patternId); the options page has no use for them.
  const metas: RuleMeta[] = rules.map(({ meta: { hooks: _hooks, ...meta } }) => meta);
  return `${JSON.stringify(metas, null, 1)}\n`;
}
