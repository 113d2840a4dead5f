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

/** compareSerious as one number: the place of a finding's kind among the six kinds. */
function seriousRank(f: Orderable): number {
  return RANK[f.severity] * 2 + Number(f.blockId !== null);
}

/**
 * The findings stably sorted by compareSerious. The order has only six kinds, so they are dealt
 * into six piles (one pass, no sort): the panel works this out again as each part of a long
 * page's findings arrives.
 */
export function bySeriousness<F extends Orderable>(findings: readonly F[]): F[] {
  const piles: F[][] = [[], [], [], [], [], []];
  for (const f of findings) piles[seriousRank(f)]!.push(f);
  return piles.flat();
}

/**
 * Findings in serious-first order; a rule with GROUP_FROM findings or more becomes one group at the place
 * of its first (most serious) finding. Blocks come in page order already (the background sends
 * them so), so keeping the given order within a kind keeps page order within a severity.
 */
export function seriousFirst<F extends Orderable>(findings: readonly F[]): Entry<F>[] {
  const sorted = bySeriousness(findings);
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
