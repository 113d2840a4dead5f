export * from './types';
export * from './config';
export type { Rule, BlockContext, DocumentContext, AnalysedBlock } from './rule';
export { Linter, computeStats, type LintStep } from './linter';
export { lintInSlices, type SliceOptions } from './in-slices';
export { analyseText, splitSentences, splitWords, maskText, type BlockAnalysis, type Sentence, type Word, type Span } from './text';
export { detectProfiles } from './profiles';
