import type { TextDoc } from '../engine';

export interface SourcePosition {
  /** Offset into the source as a JavaScript string (for text files), or null. */
  offset: number | null;
  /** 1-based line and column. For files without lines (docx, pdf) the line is the block number. */
  line: number;
  column: number;
}

/** A document plus the adapter's map from block offsets back to the source. */
export interface SourceDoc {
  doc: TextDoc;
  locate(blockId: string, offset: number): SourcePosition | null;
}
