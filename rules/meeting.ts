/** Rules for meeting and event invitations (and consultations that list events). */
import type { Rule } from '../src/engine';
import { meetingAccess } from './meeting-access';
import { meetingInPersonOnly } from './meeting-in-person-only';
import { meetingTiming } from './meeting-timing';
import { accessNeedsNotAsked } from './access-needs-not-asked';
import { papersInAdvance } from './papers-in-advance';

export const meetingRules: Rule[] = [meetingAccess, meetingInPersonOnly, meetingTiming, accessNeedsNotAsked, papersInAdvance];
