/** A check in steps (Linter.lintInSteps) and running one to its end. */
import type { Report } from './types';

/**
 * Where a check in steps has got to: reading blocks (analysing their text), running block rules
 * on them, or running the rules that read the whole document. `report()` is what has been found
 * so far, findings in document order (made afresh at each call: call it at the pause).
 */
export interface LintStep {
  phase: 'reading' | 'blocks' | 'document';
  /** Blocks read or checked, or document rules run. */
  done: number;
  total: number;
  report(): Report;
}

export function runToEnd<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
