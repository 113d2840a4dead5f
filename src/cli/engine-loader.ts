/**
 * Where the command gets the linter and rules from. Normally they load from
 * the bundle on first use; when the command runs from the start-up snapshot
 * (bin/build-cli.mjs, src/cli/snapshot-entry.ts) they are already loaded and
 * compromise already set up, so they are handed over through a global.
 */
import type { createLinter as CreateLinter } from '../lint';
import type { ALL_RULES as AllRules } from '../../rules';

export interface LoadedEngine {
  createLinter: typeof CreateLinter;
  ALL_RULES: typeof AllRules;
}

/** The global the snapshot sets before it starts the command. */
export const PRELOADED_ENGINE = Symbol.for('doing-with.preloaded-engine');

export async function loadEngine(): Promise<LoadedEngine> {
  const preloaded = (globalThis as Record<symbol, LoadedEngine | undefined>)[PRELOADED_ENGINE];
  if (preloaded) return preloaded;
  const [{ createLinter }, { ALL_RULES }] = await Promise.all([import('../lint'), import('../../rules')]);
  return { createLinter, ALL_RULES };
}
