/**
 * How many documents each data pattern (rules/patterns/*.yaml) matches, so
 * patterns that match nothing, or one document only, can be seen and
 * questioned. Every block's lower-cased text is tried, whatever the rule
 * would do with the hit: this counts what the wording reaches, not findings.
 */
import type { TextDoc } from '../../src/engine';
import { maskText } from '../../src/engine/text';
import { allPatterns, compilePattern } from '../../rules/lib/slot-pattern';

export interface PatternCoverage {
  id: string;
  documents: number;
}

export function patternCoverage(docs: TextDoc[]): PatternCoverage[] {
  const patterns = [...allPatterns()].map((p) => ({ id: p.id, re: compilePattern(p.source.pattern) }));
  const counts = new Map(patterns.map((p) => [p.id, 0]));
  for (const doc of docs) {
    const texts = doc.blocks.map((b) => maskText(b.text));
    for (const p of patterns) if (texts.some((t) => p.re.test(t))) counts.set(p.id, counts.get(p.id)! + 1);
  }
  return patterns.map((p) => ({ id: p.id, documents: counts.get(p.id)! }));
}

/** A short account: how many patterns, and which match no document or one only. */
export function describeCoverage(coverage: PatternCoverage[], docCount: number, full = false): string {
  const none = coverage.filter((c) => c.documents === 0).map((c) => c.id);
  const one = coverage.filter((c) => c.documents === 1).map((c) => c.id);
  const lines = [
    `Data patterns: ${coverage.length}; matching no document of ${docCount}: ${none.length}; one document only: ${one.length}.`,
  ];
  if (full) for (const c of [...coverage].sort((a, b) => b.documents - a.documents)) lines.push(`  ${String(c.documents).padStart(4)}  ${c.id}`);
  else {
    if (none.length) lines.push(`  none: ${none.join(', ')}`);
    if (one.length) lines.push(`  one:  ${one.join(', ')}`);
  }
  return lines.join('\n');
}
