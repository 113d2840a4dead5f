/**
 * Where the time goes: each rule's share of a full lint and of a re-lint
 * after one edit, so whoever owns a slow rule can see it. Rules are wrapped,
 * not changed; the engine's own overhead is what is left over.
 */
import { Linter, type BlockContext, type DocumentContext, type Rule, type TextDoc } from '../src/engine';

export interface RuleCost {
  id: string;
  scope: string;
  fullMs: number;
  relintMs: number;
}

export function perRuleCosts(rules: Rule[], doc: TextDoc, edit: (doc: TextDoc, run: number) => TextDoc, relints = 30): RuleCost[] {
  const spent = new Map<string, number>();
  const add = (id: string, t0: number) => spent.set(id, (spent.get(id) ?? 0) + performance.now() - t0);
  const wrapped: Rule[] = rules.map((rule) => {
    const w: Rule = { meta: rule.meta };
    if (rule.checkBlock) w.checkBlock = (ctx: BlockContext) => { const t0 = performance.now(); rule.checkBlock!(ctx); add(rule.meta.id, t0); };
    if (rule.checkDocument) w.checkDocument = (ctx: DocumentContext) => { const t0 = performance.now(); rule.checkDocument!(ctx); add(rule.meta.id, t0); };
    return w;
  });
  // Warm up the JIT on a throwaway linter first.
  new Linter(wrapped).lint(doc);
  spent.clear();
  const linter = new Linter(wrapped);
  linter.lint(doc);
  const full = new Map(spent);
  spent.clear();
  let current = doc;
  for (let i = 0; i < relints; i++) {
    current = edit(current, i);
    linter.lint(current);
  }
  return rules
    .map((r) => ({ id: r.meta.id, scope: r.meta.scope, fullMs: full.get(r.meta.id) ?? 0, relintMs: (spent.get(r.meta.id) ?? 0) / relints }))
    .sort((a, b) => b.fullMs - a.fullMs);
}
