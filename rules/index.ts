/**
 * Every rule, in the order they run. Each group file lists its own rules so
 * that people working on different groups do not edit the same file; rules
 * written wholly as data (rules/patterns/*.yaml with a `rule:` section) come last.
 */
import type { Rule } from '../src/engine';
import { languageRules } from './language';
import { doingToAndClaimRules } from './doing-to-and-claims';
import { structureRules } from './structure';
import { meetingRules } from './meeting';
import { documentShapeRules } from './document-shape';
import { dataRules } from './data-rules';

export const ALL_RULES: Rule[] = [...languageRules, ...doingToAndClaimRules, ...structureRules, ...meetingRules, ...documentShapeRules, ...dataRules];
