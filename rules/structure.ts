import type { Rule } from '../src/engine';

export const structureRules: Rule[] = [];
