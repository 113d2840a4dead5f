/** Matching a document rule's reports against its last run's, so a finding made then is used again. */
import type { Block, Finding, RuleReport, TextDoc } from './types';
import { findingBlock } from './report-parts';
import type { DocumentMade } from './recheck-cache';

/** How many of the last run's reports a report is looked for among, from where the last match was (a few were added or dropped). */
export const LOOK_AHEAD = 4;

/** Whether two reports make the same finding at the same block (toFinding reads nothing else but the settings). */
export function sameReport(a: RuleReport, b: RuleReport): boolean {
  // A rule that keeps its reports from one check to the next gives the very same object.
  if (a === b) return true;
  if (a.message !== b.message || a.start !== b.start || a.end !== b.end || a.blockId !== b.blockId || a.severity !== b.severity) return false;
  if (a.example !== b.example || a.patternId !== b.patternId || a.anchorBlockId !== b.anchorBlockId || a.anchorOffset !== b.anchorOffset) return false;
  const x = a.suggestions;
  const y = b.suggestions;
  if (x === y) return true;
  if (x === undefined || y === undefined || x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** What reportRecorder reads and fills for one document rule's run. */
export interface RecordedRun {
  /** The rule's last run, matched against as this one reports (its `at` moves on). */
  before: DocumentMade | undefined;
  made: DocumentMade;
  doc: TextDoc;
  blockIndex: Map<string, number>;
  /** Each block id names one block, so a finding's block is found by its id alone. */
  uniqueIds: () => boolean;
  toFinding(r: RuleReport, blockId: string | null): Finding;
  /** Every document rule's findings this check, and the block each is shown at (findingBlock). */
  documentFindings: Finding[];
  documentAt: number[];
}

/**
 * A document rule's ctx.report (`report`): each report becomes a finding (last run's, when it made the
 * same one) and is recorded; `finish()` after the run gives what the run made. While every report so
 * far is the last run's, in the same order, about the same blocks in the same places, nothing is
 * recorded: a run that makes exactly its last reports again keeps its last run's lists.
 */
export function reportRecorder(run: RecordedRun): { report: (r: RuleReport) => void; finish: () => DocumentMade } {
  const { before, made, doc, blockIndex, uniqueIds, toFinding, documentFindings, documentAt } = run;
  /** How many reports in a row were the last run's (-1: one was not, and `made` holds them all). */
  let same = before !== undefined && uniqueIds() ? 0 : -1;
  const recordSame = (): void => {
    if (same > 0) {
      made.reports = before!.reports.slice(0, same);
      made.blocks = before!.blocks.slice(0, same);
      made.indexes = before!.indexes.slice(0, same);
      made.findings = before!.findings.slice(0, same);
      made.shownAt = before!.shownAt.slice(0, same);
    }
    same = -1;
  };
  const report = (r: RuleReport): void => {
    const blockId = r.blockId ?? null;
    let f: Finding | undefined;
    let block: Block | undefined;
    let at = -1;
    // The report expected next, about a block still where it was: taken without looking its id up
    // (thousands of lookups in a map of thousands of ids cost more than the rest of this).
    if (before && blockId !== null && uniqueIds()) {
      const q = before.at;
      const was = before.blocks[q];
      const wasAt = before.indexes[q]!;
      if (was !== undefined && was.id === blockId && doc.blocks[wasAt] === was && sameReport(before.reports[q]!, r)) {
        f = before.findings[q]!;
        before.at = q + 1;
        block = was;
        at = wasAt;
        if (same === q) {
          const shown = f.blockId === blockId ? at : findingBlock(f, blockIndex);
          if (shown === before.shownAt[q]) {
            same++;
            documentFindings.push(f);
            documentAt.push(shown);
            return;
          }
        }
      }
    }
    if (same >= 0) recordSame();
    if (!f) {
      at = blockId !== null ? (blockIndex.get(blockId) ?? -1) : -1;
      block = blockId !== null ? doc.blocks[at] : undefined;
      // The same report about the same block as last time (most of them, after an edit elsewhere):
      // its finding is the one made then, so a long document's findings are not made again.
      if (before) {
        for (let q = before.at, end = Math.min(q + LOOK_AHEAD, before.reports.length); q < end; q++) {
          if (before.blocks[q] === block && sameReport(before.reports[q]!, r)) {
            f = before.findings[q];
            before.at = q + 1;
            break;
          }
        }
      }
      f ??= toFinding(r, blockId);
    }
    made.reports.push(r);
    made.blocks.push(block);
    made.indexes.push(block ? at : -1);
    made.findings.push(f);
    documentFindings.push(f);
    // findingBlock(f, blockIndex), without the lookup when the finding is shown at the reported block.
    const shown = f.blockId !== null && f.blockId === blockId ? at : findingBlock(f, blockIndex);
    documentAt.push(shown);
    made.shownAt.push(shown);
  };
  const finish = (): DocumentMade => {
    // Every report the last run's, and no more: its lists stand (they name the same blocks in the same places).
    if (same >= 0 && same === before!.reports.length) {
      before!.at = 0;
      before!.generation = made.generation;
      before!.asked = made.asked;
      return before!;
    }
    if (same >= 0) recordSame();
    return made;
  };
  return { report, finish };
}
