/**
 * The command's stand-in for ./index.ts (bin/build-cli.mjs swaps it in):
 * compromise loads on the first sentence a rule asks about, not at start-up,
 * so checks that never need it (and `--help`, `--version`) do not wait for it.
 * Its CommonJS build is one prebuilt file, which loads faster than its modules.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

export type NlpView = ReturnType<typeof nlpType>;

let nlp: typeof nlpType | undefined;

export function parse(text: string): NlpView {
  nlp ??= createRequire(import.meta.url)('compromise') as typeof nlpType;
  return nlp(text);
}
