import type { Rule } from '../src/engine';

export const claimsRules: Rule[] = [];
