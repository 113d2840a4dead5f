export * from './types';
export * from './config';
export type { Rule, BlockContext, DocumentContext, AnalysedBlock } from './rule';
export { Linter, computeStats } from './linter';
export { analyseText, splitSentences, splitWords, maskText, type BlockAnalysis, type Sentence, type Word, type Span } from './text';
export { detectProfiles } from './profiles';
