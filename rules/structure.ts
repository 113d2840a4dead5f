/** Structure rules: sections a consultation, plan or invitation should have. */
import type { Rule } from '../src/engine';
import { missingScope } from './missing-scope';
import { missingFeedbackUse } from './missing-feedback-use';
import { missingTimeline } from './missing-timeline';
import { missingContact } from './missing-contact';
import { shortConsultationWindow } from './short-consultation-window';

export const structureRules: Rule[] = [missingScope, missingFeedbackUse, missingTimeline, missingContact, shortConsultationWindow];
