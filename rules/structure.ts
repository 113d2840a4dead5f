/** Structure rules: sections a consultation, plan or invitation should have. */
import type { Rule } from '../src/engine';
import { missingScope } from './missing-scope';
import { missingFeedbackUse } from './missing-feedback-use';

export const structureRules: Rule[] = [missingScope, missingFeedbackUse];
