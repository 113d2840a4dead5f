import type { Rule } from '../src/engine';
import { longSentence } from './long-sentence';
import { readingAge } from './reading-age';

export const languageRules: Rule[] = [longSentence, readingAge];
