/**
 * What an import would change, shown before anything is applied.
 */
import type { Term } from '../engine';

export interface ImportPreview {
  added: Term[];
  changed: { before: Term; after: Term }[];
  removed: Term[];
  unchanged: number;
}

const keyOf = (t: Term) => t.term.toLowerCase().replace(/\s+/g, ' ').trim();

function same(a: Term, b: Term): boolean {
  return (
    a.term === b.term &&
    (a.note ?? '') === (b.note ?? '') &&
    (a.severity ?? '') === (b.severity ?? '') &&
    a.alternatives.length === b.alternatives.length &&
    a.alternatives.every((x, i) => x === b.alternatives[i])
  );
}

/** Compare an imported list with the current one (an import replaces the list). */
export function previewImport(current: Term[], incoming: Term[]): ImportPreview {
  const before = new Map(current.map((t) => [keyOf(t), t]));
  const preview: ImportPreview = { added: [], changed: [], removed: [], unchanged: 0 };
  const seen = new Set<string>();
  for (const t of incoming) {
    const k = keyOf(t);
    seen.add(k);
    const old = before.get(k);
    if (!old) preview.added.push(t);
    else if (same(old, t)) preview.unchanged++;
    else preview.changed.push({ before: old, after: t });
  }
  for (const [k, t] of before) if (!seen.has(k)) preview.removed.push(t);
  return preview;
}

export function describePreview(p: ImportPreview): string {
  const parts = [
    `${p.added.length} to add`,
    `${p.changed.length} to change`,
    `${p.removed.length} to remove`,
    `${p.unchanged} the same`,
  ];
  return parts.join(', ');
}
