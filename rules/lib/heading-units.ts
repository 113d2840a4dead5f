/**
 * A heading or a lead-in line ("Your feedback will:") read together with each
 * line under it. Writers split one statement across a heading and its
 * bullets ("Have your say" / "• help us decide what the square looks like"),
 * so a check that reads one block at a time misses it. Used only as a last
 * resort, before a section check says a part is missing.
 */
import type { AnalysedBlock } from '../../src/engine';

export interface HeadedUnit {
  /** The heading or lead-in block. */
  lead: number;
  /** The line under it. */
  item: number;
  /** Lead and line as one lower-case clause: "your feedback will help the board choose". */
  text: string;
}

/** How many lines under a heading are read with it: the first few say what the section is for. */
const LINES_UNDER_HEADING = 3;
/** How many bullets after a lead-in: a list that long is still one statement. */
const BULLETS_AFTER_LEAD_IN = 8;

const isLeadIn = (ab: AnalysedBlock) => ab.block.kind !== 'heading' && /:\s*$/.test(ab.analysis.masked) && ab.analysis.wordCount <= 40;

export function headedUnits(blocks: readonly AnalysedBlock[]): HeadedUnit[] {
  const units: HeadedUnit[] = [];
  blocks.forEach((ab, lead) => {
    const heading = ab.block.kind === 'heading';
    if (!heading && !isLeadIn(ab)) return;
    const leadText = ab.analysis.masked.trim().replace(/[:?!.]+$/, '');
    const max = heading ? LINES_UNDER_HEADING : BULLETS_AFTER_LEAD_IN;
    for (let i = lead + 1, n = 0; i < blocks.length && n < max; i++, n++) {
      const next = blocks[i]!;
      if (next.block.kind === 'heading') break;
      // After a lead-in, only its list: the paragraph after the list is a new statement.
      if (!heading && next.block.kind !== 'list-item' && n > 0) break;
      units.push({ lead, item: i, text: `${leadText} ${next.analysis.masked.replace(/^[\s•·*–-]+/, '')}` });
    }
  });
  return units;
}
