import type { Rule } from '../src/engine';
import { longSentence } from './long-sentence';
import { readingAge } from './reading-age';
import { usAndThem } from './us-and-them';
import { jargon } from './jargon';
import { undefinedAcronym } from './undefined-acronym';

export const languageRules: Rule[] = [longSentence, readingAge, usAndThem, jargon, undefinedAcronym];
