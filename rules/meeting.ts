import type { Rule } from '../src/engine';

export const meetingRules: Rule[] = [];
