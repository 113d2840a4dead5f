/**
 * Which enablers lift which barrier. Every barrier has links, and every
 * enabler is linked from at least one barrier (tests/catalog.test.ts checks
 * both), so whatever a finding or a reviewer question points at, the side
 * panel always has good practice to show beside it.
 *
 * Starting point: the rule tables in docs/spec.md. Added here: links for the
 * barriers no rule covers (attitudes, culture), chosen from the poster's
 * own pairings (e.g. "getting defensive" ↔ "being able to hear criticism").
 */
import type { BarrierId } from './barriers';
import type { EnablerId } from './enablers';

export const BARRIER_LINKS: Record<BarrierId, readonly EnablerId[]> = {
  'already-doing-co-production': ['shared-definition-of-co-production', 'doing-with-not-doing-to', 'open-to-change', 'monitoring-the-process', 'hearing-criticism'],
  'expecting-everyone-to-come-together': ['space-time-and-opportunity', 'knowing-people-needs', 'involving-everyone-at-right-time'],
  'things-change-suddenly': ['aware-of-what-else-is-happening', 'planning-ahead-and-early', 'keeping-people-updated', 'managing-expectations'],
  'not-being-realistic': ['clear-and-realistic-influence', 'clear-what-is-practical', 'managing-expectations', 'clear-about-expectations'],
  'calling-it-co-production-when-not': ['shared-definition-of-co-production', 'doing-with-not-doing-to', 'clear-and-realistic-influence'],
  'not-asking-for-regular-feedback': ['getting-regular-feedback', 'monitoring-the-process', 'listening-to-each-other'],
  'not-including-key-people': ['involving-everyone-at-right-time', 'clear-roles-and-responsibilities', 'using-resources-around', 'not-excluding-challenging-people'],
  'poor-planning': ['planning-ahead-and-early', 'aware-of-what-else-is-happening', 'clear-roles-and-responsibilities', 'monitoring-the-process'],
  'expecting-everyone-to-physically-come-together': ['space-time-and-opportunity', 'knowing-people-needs'],
  'not-offering-alternatives': ['space-time-and-opportunity', 'knowing-people-needs', 'not-relying-on-the-same-people'],
  'lack-of-understanding-of-co-production': ['shared-definition-of-co-production', 'training-staff', 'co-production-part-of-culture'],
  'fear-of-change': ['open-to-change', 'giving-it-a-go', 'keeping-people-updated'],
  'inaccessible-sessions': ['knowing-people-needs', 'space-time-and-opportunity', 'valuing-time-and-contributions'],
  'lack-of-trust': ['time-for-trusting-relationships', 'open-and-honest-discussion', 'listening-to-each-other', 'keeping-people-updated'],
  'no-senior-support': ['senior-and-middle-management-support', 'push-back-without-support', 'co-production-part-of-culture'],
  'inaccessible-language': ['check-understanding', 'knowing-people-needs', 'not-hiding-behind-role'],
  'not-enough-time': ['space-time-and-opportunity', 'time-for-trusting-relationships', 'planning-ahead-and-early'],
  'political-constraints': ['clear-and-realistic-influence', 'clear-boundaries', 'aware-of-what-else-is-happening', 'knowing-organisation-policies'],
  'poor-communication': ['keeping-people-updated', 'listening-to-each-other', 'check-understanding', 'open-and-honest-discussion'],
  'lack-of-confidence': ['giving-it-a-go', 'training-staff', 'using-resources-around'],
  'lack-of-clarity': ['clear-and-realistic-influence', 'clear-boundaries', 'clear-about-expectations', 'clear-roles-and-responsibilities', 'clear-how-feedback-will-be-used'],
  'lack-of-resources': ['push-back-without-support', 'using-resources-around', 'valuing-time-and-contributions', 'clear-what-is-practical'],
  'not-being-genuine': ['doing-with-not-doing-to', 'clear-and-realistic-influence', 'open-and-honest-discussion', 'clear-how-feedback-will-be-used'],
  'lack-of-commitment': ['senior-and-middle-management-support', 'co-production-part-of-culture', 'keeping-people-updated'],
  'not-open-to-change-or-criticism': ['open-to-change', 'hearing-criticism', 'listening-to-each-other'],
  'legal-issues': ['knowing-organisation-policies', 'clear-boundaries', 'using-resources-around'],
  'not-leading-to-a-result': ['clear-how-feedback-will-be-used', 'keeping-people-updated', 'monitoring-the-process', 'clear-what-is-practical'],
  'making-assumptions': ['check-understanding', 'knowing-people-needs', 'shared-definition-of-co-production'],
  'poor-facilitation': ['knowing-how-to-facilitate', 'open-and-honest-discussion', 'managing-difficult-conversations', 'listening-to-each-other'],
  'relying-on-the-same-people': ['not-relying-on-the-same-people', 'not-excluding-challenging-people', 'valuing-time-and-contributions'],
  'not-wide-enough-representation': ['not-relying-on-the-same-people', 'involving-everyone-at-right-time', 'not-excluding-challenging-people', 'using-resources-around'],
  'getting-defensive': ['hearing-criticism', 'managing-difficult-conversations', 'not-hiding-behind-role'],
  'lack-of-belief-in-the-process': ['giving-it-a-go', 'clear-how-feedback-will-be-used', 'senior-and-middle-management-support'],
  'fear-of-getting-it-wrong': ['giving-it-a-go', 'training-staff', 'not-hiding-behind-role'],
  'us-and-them-attitude': ['no-one-more-important', 'doing-with-not-doing-to', 'not-hiding-behind-role'],
  'not-meeting-needs': ['knowing-people-needs', 'check-understanding', 'valuing-time-and-contributions'],
  'lack-of-skills-and-training': ['training-staff', 'knowing-how-to-facilitate', 'co-production-part-of-culture'],
  'lack-of-honesty-and-transparency': ['open-and-honest-discussion', 'clear-how-feedback-will-be-used', 'clear-boundaries', 'clear-and-realistic-influence'],
  'conflict-of-interest': ['aware-of-what-else-is-happening', 'knowing-organisation-policies', 'clear-roles-and-responsibilities', 'open-and-honest-discussion'],
};
