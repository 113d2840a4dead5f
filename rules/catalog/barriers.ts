/**
 * Every barrier from the poster the project began with, in its
 * own wording. Ids are stable: rules, reports and saved reviews use them.
 * "Fear of change" appears twice on the poster; it is one barrier here.
 */
export interface Barrier {
  id: string;
  /** The poster's words. */
  title: string;
  /** The poster's words in brackets, where it has them. */
  detail?: string;
}

export const BARRIERS = [
  { id: 'already-doing-co-production', title: 'resistance – ‘we’re already doing co-production...’', detail: '(even when not)' },
  { id: 'expecting-everyone-to-come-together', title: 'expecting everyone to come together' },
  { id: 'things-change-suddenly', title: 'working in a culture where things change suddenly' },
  { id: 'not-being-realistic', title: 'not being realistic', detail: '(about what can actually be done)' },
  { id: 'calling-it-co-production-when-not', title: 'calling things co-production when they’re not: undermining the process' },
  { id: 'not-asking-for-regular-feedback', title: 'not asking for regular feedback' },
  { id: 'not-including-key-people', title: 'not including key people' },
  { id: 'poor-planning', title: 'poor planning' },
  { id: 'expecting-everyone-to-physically-come-together', title: 'expecting everyone to physically come together', detail: '(in order to be involved)' },
  { id: 'not-offering-alternatives', title: 'not offering alternatives to how people can get involved' },
  { id: 'lack-of-understanding-of-co-production', title: 'lack of understanding of what co-production is' },
  { id: 'fear-of-change', title: 'fear of change' },
  { id: 'inaccessible-sessions', title: 'making sessions/ meetings, etc inaccessible (times, venues, days, etc)' },
  { id: 'lack-of-trust', title: 'lack of trust' },
  { id: 'no-senior-support', title: 'not having senior level support' },
  { id: 'inaccessible-language', title: 'inaccessible language: jargon, complex words, etc' },
  { id: 'not-enough-time', title: 'not having/ allowing enough time (to build relationships, enable people to participate meaningfully, etc)' },
  { id: 'political-constraints', title: 'political constraints' },
  { id: 'poor-communication', title: 'poor communication' },
  { id: 'lack-of-confidence', title: 'lack of confidence', detail: '(e.g. to try)' },
  { id: 'lack-of-clarity', title: 'lack of clarity', detail: '(about project, limitations, information, expectations, etc)' },
  { id: 'lack-of-resources', title: 'lack of resources' },
  { id: 'not-being-genuine', title: 'not being genuine' },
  { id: 'lack-of-commitment', title: 'lack of commitment' },
  { id: 'not-open-to-change-or-criticism', title: 'not being open to change and /or constructive criticism' },
  { id: 'legal-issues', title: 'legal issues' },
  { id: 'not-leading-to-a-result', title: 'work/project not leading to a result' },
  { id: 'making-assumptions', title: 'making assumptions; not checking information' },
  { id: 'poor-facilitation', title: 'poor facilitation' },
  { id: 'relying-on-the-same-people', title: 'relying on the same people to get involved all the time', detail: '(people can get tired, fed up, etc)' },
  { id: 'not-wide-enough-representation', title: 'not having wide enough representation of people' },
  { id: 'getting-defensive', title: 'getting defensive' },
  { id: 'lack-of-belief-in-the-process', title: 'lack of belief in the process' },
  { id: 'fear-of-getting-it-wrong', title: 'fear of getting it wrong' },
  { id: 'us-and-them-attitude', title: 'having an \'us and them\' attitude' },
  { id: 'not-meeting-needs', title: 'not meeting people\'s needs' },
  { id: 'lack-of-skills-and-training', title: 'lack of appropriate skills and training' },
  { id: 'lack-of-honesty-and-transparency', title: 'lack of honesty and transparency' },
  { id: 'conflict-of-interest', title: 'conflict of interest', detail: '(e.g. from other projects), and an awareness of what would be a conflict' },
] as const satisfies readonly Barrier[];

export type BarrierId = (typeof BARRIERS)[number]['id'];
