/**
 * Structure rules: sections a consultation, plan or invitation should have.
 * Each runs only for the profiles in its meta (see src/engine/profiles.ts).
 */
import type { Rule } from '../src/engine';
import { missingScope } from './missing-scope';
import { missingFeedbackUse } from './missing-feedback-use';
import { missingTimeline } from './missing-timeline';
import { missingContact } from './missing-contact';
import { singleWayToTakePart } from './single-way-to-take-part';
import { noAlternativeFormats } from './no-alternative-formats';
import { shortConsultationWindow } from './short-consultation-window';
import { missingWhoDecides } from './missing-who-decides';
import { missingUpdates } from './missing-updates';
import { narrowRecruitment } from './narrow-recruitment';
import { involvementPayment } from './involvement-payment';

export const structureRules: Rule[] = [
  missingScope,
  missingFeedbackUse,
  missingTimeline,
  missingContact,
  singleWayToTakePart,
  noAlternativeFormats,
  shortConsultationWindow,
  missingWhoDecides,
  missingUpdates,
  narrowRecruitment,
  involvementPayment,
];
