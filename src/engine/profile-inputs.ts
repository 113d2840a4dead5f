/**
 * Whether an edit can have changed the kinds of document found (profiles.ts), so a re-check after
 * an edit that leaves every signal the same reuses them instead of reading the whole document again.
 *
 * detectProfiles reads, from each block: its kind, its cues (cuesFor), its whole-page signals
 * (blockSignals), its clause readings (profile-clauses.ts) and whether it is shaped like a line of a
 * schedule (scheduleLineShape); and, near the top only (the title
 * zone, the opening lines, a letter's "Dear …"), its words and text. So an edit further down that
 * leaves those per-block readings the same leaves the profiles the same. Anything detectProfiles
 * comes to read from a block must be added here too (tests/engine/recheck.test.ts checks a re-check
 * against a fresh check).
 */
import type { AnalysedBlock } from './rule';
import { cuesFor, scheduleLineShape } from './profile-block-cues';
import { blockSignals } from './profile-signals';
import { clauseSummary } from './profile-clauses';

/** Blocks from the top that detectProfiles reads more of than their signals (title zone, opening, letter). */
export const TOP_BLOCKS_READ_IN_FULL = 16;

/** Everything detectProfiles reads from a block below the top, as text to compare. */
export function profileInputs(ab: AnalysedBlock): string {
  return JSON.stringify([ab.block.kind, cuesFor(ab), blockSignals(ab), scheduleLineShape(ab)]) + clauseSummary(ab);
}

/** Whether the blocks at `changed` (indexes into both lists) leave every profile signal as it was. */
export function sameProfileInputs(before: readonly AnalysedBlock[], after: readonly AnalysedBlock[], changed: readonly number[]): boolean {
  return changed.every((i) => i >= TOP_BLOCKS_READ_IN_FULL && profileInputs(before[i]!) === profileInputs(after[i]!));
}

/** What scanCues (profiles.ts) reads from a block below the top, as text to compare. */
function cueInputs(ab: AnalysedBlock): string {
  return JSON.stringify([ab.block.kind, cuesFor(ab), scheduleLineShape(ab)]);
}

/**
 * Whether the blocks at `changed` leave the pass over the blocks' cues (scanCues) as it was: an edit
 * that changes only the page's counts (its signals and clause readings) needs the rest of the reading only.
 */
export function sameCueInputs(before: readonly AnalysedBlock[], after: readonly AnalysedBlock[], changed: readonly number[]): boolean {
  return changed.every((i) => i >= TOP_BLOCKS_READ_IN_FULL && cueInputs(before[i]!) === cueInputs(after[i]!));
}
