/**
 * The "doing to" and claim rules. doing-to and hidden-decider are language
 * rules (every profile) but live in this group so one owner keeps the
 * shared phrasing helpers (rules/lib/phrasing.ts) and the rules in step.
 */
import type { Rule } from '../src/engine';
import { doingTo } from './doing-to';
import { hiddenDecider } from './hidden-decider';
import { coProductionClaim } from './co-production-claim';
import { decisionAlreadyMade } from './decision-already-made';
import { overPromise } from './over-promise';

export const doingToAndClaimRules: Rule[] = [doingTo, hiddenDecider, coProductionClaim, decisionAlreadyMade, overPromise];
