/**
 * Run a check in steps (Linter.lintInSteps) a time slice at a time, giving the
 * thread back between slices. The engine stays pure: the caller brings the
 * clock and the way to pause (a macrotask in a browser, nothing in a test).
 */
import type { LintStep } from './linter';
import type { Report } from './types';

export interface SliceOptions {
  /** How long one slice may run before the thread is given back, in ms. */
  budgetMs: number;
  now(): number;
  /** Give the thread back; the check goes on when this resolves. */
  pause(): Promise<void>;
  /** True when the check is no longer wanted (a newer one replaced it): it stops at the next pause. */
  cancelled?(): boolean;
  /** Called at each pause with where the check has got to. */
  onPause?(step: LintStep): void;
}

/** The report, or null when the check was cancelled part way. */
export async function lintInSlices(steps: Generator<LintStep, Report, void>, options: SliceOptions): Promise<Report | null> {
  let sliceStart = options.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (options.now() - sliceStart < options.budgetMs) continue;
    options.onPause?.(next.value);
    await options.pause();
    if (options.cancelled?.()) {
      steps.return(undefined as never);
      return null;
    }
    sliceStart = options.now();
  }
}
