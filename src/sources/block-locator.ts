/** Positions for sources without lines of their own (HTML, Word, PDF, Google Docs): line = block number. */
import type { TextDoc } from '../engine';
import type { SourceDoc, SourcePosition } from './types';

export function blockLocator(doc: TextDoc): SourceDoc['locate'] {
  const index = new Map(doc.blocks.map((b, i) => [b.id, i]));
  return (blockId: string, offset: number): SourcePosition | null => {
    const i = index.get(blockId);
    if (i === undefined) return null;
    return { offset: null, line: i + 1, column: offset + 1 };
  };
}
