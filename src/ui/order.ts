/**
 * "Most serious first": the order the side panel lists findings in by default, with repeats of one
 * rule folded into one group ("10 long sentences") placed where its most serious member would be.
 */
import type { Severity } from '../engine/types';

interface Orderable {
  key: string;
  ruleId: string;
  severity: Severity;
  blockId: string | null;
}

export type Entry<F> = { kind: 'one'; finding: F } | { kind: 'group'; ruleId: string; findings: F[] };

const RANK: Record<Severity, number> = { error: 0, warning: 1, suggestion: 2 };
/** A rule with this many findings or more is folded into one group; fewer are listed as they are. */
export const GROUP_FROM = 3;

/** Severity first; then findings about the whole document before those about a place in it. */
export function compareSerious(a: Orderable, b: Orderable): number {
  return RANK[a.severity] - RANK[b.severity] || Number(a.blockId !== null) - Number(b.blockId !== null);
}

/**
 * Findings in serious-first order; a rule with GROUP_FROM findings or more becomes one group at the place
 * of its first (most serious) finding. Blocks come in page order already (the background sends
 * them so), so the stable sort keeps page order within a severity.
 */
export function seriousFirst<F extends Orderable>(findings: readonly F[]): Entry<F>[] {
  const sorted = findings.map((f, i) => ({ f, i })).sort((x, y) => compareSerious(x.f, y.f) || x.i - y.i).map((x) => x.f);
  const byRule = new Map<string, F[]>();
  for (const f of sorted) {
    const same = byRule.get(f.ruleId);
    if (same) same.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const out: Entry<F>[] = [];
  const placed = new Set<string>();
  for (const f of sorted) {
    const same = byRule.get(f.ruleId)!;
    if (same.length < GROUP_FROM) out.push({ kind: 'one', finding: f });
    else if (!placed.has(f.ruleId)) {
      placed.add(f.ruleId);
      out.push({ kind: 'group', ruleId: f.ruleId, findings: same });
    }
  }
  return out;
}
