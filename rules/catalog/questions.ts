/**
 * Questions for the reviewer. Some barriers cannot be seen in the words of a
 * document — fear, trust, culture, support behind the scenes — so the side
 * panel asks about them instead, and the answers go into the review report.
 * Others can be seen only in part (a plan can mention "a wide range of
 * people" without saying how), so they get a question as well as a rule.
 *
 * Each question is plain, kind and asks for something specific (a name, a
 * date, a step), because "yes" alone tells the next reader nothing.
 */
import type { BarrierId } from './barriers';
import type { EnablerId } from './enablers';

export interface ReviewQuestion {
  id: string;
  /** The question as the reviewer sees it. */
  question: string;
  /** What a good answer looks like, in one or two plain sentences. */
  help: string;
  barriers: readonly BarrierId[];
  enablers: readonly EnablerId[];
}

export const REVIEW_QUESTIONS = [
  {
    id: 'senior-support',
    question: 'Has someone senior agreed to act on what people say? Who?',
    help: 'Name the person and what they have agreed to, for example “the director of adult social care will take the findings to the board in June”.',
    barriers: ['no-senior-support', 'lack-of-commitment'],
    enablers: ['senior-and-middle-management-support', 'push-back-without-support'],
  },
  {
    id: 'resources-in-place',
    question: 'Is there enough money, staff time and support to do this properly? If not, who have you told?',
    help: 'List the budget and staff time you have, including payment and expenses for people taking part. If something is missing, say who you raised it with.',
    barriers: ['lack-of-resources'],
    enablers: ['push-back-without-support', 'using-resources-around', 'valuing-time-and-contributions'],
  },
  {
    id: 'open-to-change',
    question: 'What could change because of what people tell you? Is the team ready for that?',
    help: 'Write down one or two things that really could be different. If nothing can change, it may be better to say so and inform people rather than consult them.',
    barriers: ['fear-of-change', 'not-open-to-change-or-criticism'],
    enablers: ['open-to-change', 'clear-and-realistic-influence'],
  },
  {
    id: 'hearing-criticism',
    question: 'How will you respond if people criticise the service or the plan?',
    help: 'Agree beforehand who will listen, thank people and follow up. Criticism is useful information, not an attack.',
    barriers: ['getting-defensive', 'not-open-to-change-or-criticism'],
    enablers: ['hearing-criticism', 'managing-difficult-conversations', 'listening-to-each-other'],
  },
  {
    id: 'trust-history',
    question: 'Have these communities been asked before? What happened last time, and have you told them?',
    help: 'If people gave their views before and heard nothing back, start by saying what happened then. Trust grows when people see results.',
    barriers: ['lack-of-trust', 'not-leading-to-a-result'],
    enablers: ['time-for-trusting-relationships', 'keeping-people-updated', 'open-and-honest-discussion'],
  },
  {
    id: 'time-to-build-relationships',
    question: 'How much time is there to get to know people before decisions are made?',
    help: 'Give the dates. Meeting people early, in places they already go, builds the trust that makes later conversations honest.',
    barriers: ['not-enough-time', 'lack-of-trust'],
    enablers: ['time-for-trusting-relationships', 'space-time-and-opportunity', 'planning-ahead-and-early'],
  },
  {
    id: 'team-confidence',
    question: 'Does the team feel confident to work this way? What would help?',
    help: 'It is fine to be new to this. Name any training, mentoring or colleagues with experience you could draw on.',
    barriers: ['lack-of-confidence', 'fear-of-getting-it-wrong'],
    enablers: ['giving-it-a-go', 'training-staff', 'using-resources-around'],
  },
  {
    id: 'skills-and-training',
    question: 'Has anyone running this had training in co-production or facilitation? Who?',
    help: 'Name the people and the training, or the training you will arrange and when. People with lived experience can lead or co-deliver it.',
    barriers: ['lack-of-skills-and-training'],
    enablers: ['training-staff', 'knowing-how-to-facilitate', 'co-production-part-of-culture'],
  },
  {
    id: 'facilitation',
    question: 'Who will facilitate the sessions, and how will they make sure everyone is heard?',
    help: 'Name the facilitator. Say how quieter people will get a turn and how disagreements will be handled.',
    barriers: ['poor-facilitation'],
    enablers: ['knowing-how-to-facilitate', 'open-and-honest-discussion', 'managing-difficult-conversations'],
  },
  {
    id: 'belief-in-the-process',
    question: 'Do the people running this believe it will make a difference? What would show that it has?',
    help: 'Agree one or two signs of success you will look for, and when you will check them together with the people involved.',
    barriers: ['lack-of-belief-in-the-process', 'lack-of-commitment'],
    enablers: ['giving-it-a-go', 'monitoring-the-process', 'clear-how-feedback-will-be-used'],
  },
  {
    id: 'conflict-of-interest',
    question: 'Could anyone involved gain or lose from the outcome, or be tied to another project? How will that be handled?',
    help: 'List any interests openly (contracts, other projects, roles on boards) and say who will make the decision if there is a conflict.',
    barriers: ['conflict-of-interest'],
    enablers: ['aware-of-what-else-is-happening', 'open-and-honest-discussion', 'clear-roles-and-responsibilities'],
  },
  {
    id: 'legal-issues',
    question: 'Are there legal duties or limits (equality duty, data protection, statutory consultation) that shape what can change? Who has checked?',
    help: 'Name the person or team who checked, and tell people plainly about any limits the law sets.',
    barriers: ['legal-issues'],
    enablers: ['knowing-organisation-policies', 'clear-boundaries', 'using-resources-around'],
  },
  {
    id: 'political-constraints',
    question: 'Are there political decisions or commitments that limit what people can influence? Have you said so?',
    help: 'If councillors, the board or national policy have already fixed something, say what it is so people can focus on what is still open.',
    barriers: ['political-constraints', 'lack-of-honesty-and-transparency'],
    enablers: ['clear-and-realistic-influence', 'clear-boundaries', 'aware-of-what-else-is-happening'],
  },
  {
    id: 'sudden-change',
    question: 'What else is happening in the organisation that could change or stop this work? How will you tell people if it does?',
    help: 'Think about restructures, budget rounds and other projects. Agree now how you will let people know quickly and honestly.',
    barriers: ['things-change-suddenly', 'poor-planning'],
    enablers: ['aware-of-what-else-is-happening', 'keeping-people-updated', 'planning-ahead-and-early'],
  },
  {
    id: 'already-doing-it',
    question: 'If this is called co-production, what are people with lived experience deciding, not just commenting on?',
    help: 'Name a decision they will share, for example choosing the options or co-chairing the group. If they are only giving views, call it consultation or engagement.',
    barriers: ['already-doing-co-production', 'calling-it-co-production-when-not', 'lack-of-understanding-of-co-production'],
    enablers: ['shared-definition-of-co-production', 'doing-with-not-doing-to', 'involving-everyone-at-right-time'],
  },
  {
    id: 'shared-definition',
    question: 'Has the group agreed together what co-production means for this project?',
    help: 'A few shared sentences at the start avoid people expecting different things later.',
    barriers: ['lack-of-understanding-of-co-production', 'making-assumptions'],
    enablers: ['shared-definition-of-co-production', 'clear-about-expectations'],
  },
  {
    id: 'realistic-promises',
    question: 'Is everything this document offers something you are sure you can deliver?',
    help: 'Check each promise with whoever holds the budget or makes the decision. It is kinder to promise less and keep your word.',
    barriers: ['not-being-realistic', 'not-being-genuine'],
    enablers: ['clear-what-is-practical', 'managing-expectations', 'clear-and-realistic-influence'],
  },
  {
    id: 'clarity-for-readers',
    question: 'Would someone new to this understand what it is about, what is fixed, and what they are being asked?',
    help: 'Ask one or two people outside the team to read it and tell you in their own words.',
    barriers: ['lack-of-clarity', 'poor-communication'],
    enablers: ['clear-about-expectations', 'clear-boundaries', 'check-understanding'],
  },
  {
    id: 'tested-with-readers',
    question: 'Has someone from the group you want to reach read this and told you it is easy to understand?',
    help: 'Say who checked it. An Easy Read or translated version may also be needed.',
    barriers: ['inaccessible-language', 'making-assumptions'],
    enablers: ['check-understanding', 'knowing-people-needs', 'not-hiding-behind-role'],
  },
  {
    id: 'who-is-missing',
    question: 'Who is likely to be missing from the people you usually hear from? How will you reach them?',
    help: 'Name the groups and the people or organisations who already work with them, such as community leaders or local charities.',
    barriers: ['not-wide-enough-representation', 'relying-on-the-same-people', 'not-including-key-people'],
    enablers: ['not-relying-on-the-same-people', 'using-resources-around', 'not-excluding-challenging-people'],
  },
  {
    id: 'key-people',
    question: 'Are all the people who need to be involved (including staff who will make the change happen) involved from the start?',
    help: 'List them, with when and how each will take part.',
    barriers: ['not-including-key-people', 'poor-planning'],
    enablers: ['involving-everyone-at-right-time', 'clear-roles-and-responsibilities'],
  },
  {
    id: 'equal-voices',
    question: 'Will people with lived experience have the same say as staff in the room? How?',
    help: 'For example: a co-chair, an equal number of seats, papers everyone gets at the same time, no job titles on name badges.',
    barriers: ['us-and-them-attitude'],
    enablers: ['no-one-more-important', 'doing-with-not-doing-to', 'not-hiding-behind-role'],
  },
  {
    id: 'ways-to-take-part',
    question: 'Can people take part without coming to a meeting in person? How?',
    help: 'Offer at least two other ways, such as phone, post, online or a visit where people already meet.',
    barriers: ['expecting-everyone-to-come-together', 'expecting-everyone-to-physically-come-together', 'not-offering-alternatives'],
    enablers: ['space-time-and-opportunity', 'knowing-people-needs'],
  },
  {
    id: 'access-needs',
    question: 'Have you asked people what they need to take part, and planned how to meet those needs?',
    help: 'Think about times, venues, transport, caring responsibilities, interpreters, hearing loops and papers in other formats.',
    barriers: ['not-meeting-needs', 'inaccessible-sessions', 'making-assumptions'],
    enablers: ['knowing-people-needs', 'check-understanding', 'valuing-time-and-contributions'],
  },
  {
    id: 'regular-feedback',
    question: 'How often will you ask the people involved how the process is going, and who will act on it?',
    help: 'Give a rhythm (after each session, every month) and name who will make changes.',
    barriers: ['not-asking-for-regular-feedback'],
    enablers: ['getting-regular-feedback', 'monitoring-the-process', 'listening-to-each-other'],
  },
  {
    id: 'leading-to-a-result',
    question: 'What will people see at the end, and when will you tell them what changed because of them?',
    help: 'Give a date for a “you said, we did” update and say how it will reach everyone who took part.',
    barriers: ['not-leading-to-a-result', 'lack-of-honesty-and-transparency', 'poor-communication'],
    enablers: ['clear-how-feedback-will-be-used', 'keeping-people-updated'],
  },
  {
    id: 'enough-time',
    question: 'Is there enough time for people to take part properly, including people who need information in other formats?',
    help: 'Twelve weeks is usual for a consultation. Allow extra time for Easy Read, translation and for groups to meet and talk it over.',
    barriers: ['not-enough-time', 'poor-planning'],
    enablers: ['space-time-and-opportunity', 'planning-ahead-and-early'],
  },
] as const satisfies readonly ReviewQuestion[];

export type ReviewQuestionId = (typeof REVIEW_QUESTIONS)[number]['id'];
