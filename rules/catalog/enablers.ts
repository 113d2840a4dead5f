/**
 * Every enabler ("lifting the barriers") from the poster, in its own wording.
 * Ids are stable: rules, reports and saved reviews use them.
 */
export interface Enabler {
  id: string;
  title: string;
}

export const ENABLERS = [
  { id: 'clear-and-realistic-influence', title: 'being clear and realistic: what can people actually influence? What can actually be done?' },
  { id: 'keeping-people-updated', title: 'keeping people updated, regularly' },
  { id: 'senior-and-middle-management-support', title: 'getting support from senior and middle management' },
  { id: 'space-time-and-opportunity', title: 'giving people space, time and proper opportunity to participate (meaning) fully' },
  { id: 'aware-of-what-else-is-happening', title: 'being aware of what else is happening in the organisation (that may impact on / support project)' },
  { id: 'clear-what-is-practical', title: 'being clear- what is practical?' },
  { id: 'co-production-part-of-culture', title: 'making co-production part of the culture (job descriptions, inductions, contracts with providers, training, project documentation, etc)' },
  { id: 'giving-it-a-go', title: 'giving it a go! Not being afraid to try...remembering there\'s no co-production roadmap' },
  { id: 'knowing-how-to-facilitate', title: 'knowing how to facilitate sessions/ meetings' },
  { id: 'open-and-honest-discussion', title: 'being able to encourage open and honest discussion' },
  { id: 'open-to-change', title: 'being open to change' },
  { id: 'managing-difficult-conversations', title: 'being able to have/ manage difficult conversations' },
  { id: 'not-relying-on-the-same-people', title: 'not just relying on the same people to get involved' },
  { id: 'time-for-trusting-relationships', title: 'giving as much time as possible to building trusting, positive relationships' },
  { id: 'clear-roles-and-responsibilities', title: 'establishing clear roles and responsibilities (if necessary) within the group' },
  { id: 'clear-about-expectations', title: 'being clear about expectations' },
  { id: 'managing-expectations', title: 'managing people\'s expectations' },
  { id: 'clear-boundaries', title: 'having clear boundaries and communicating these clearly' },
  { id: 'getting-regular-feedback', title: 'getting regular feedback from people involved' },
  { id: 'clear-how-feedback-will-be-used', title: 'being clear about how people\'s feedback will be used' },
  { id: 'not-excluding-challenging-people', title: 'not excluding people considered to be \'challenging\' or \'difficult\'' },
  { id: 'doing-with-not-doing-to', title: 'think: \'doing with, not doing to, every step of the way\'' },
  { id: 'push-back-without-support', title: 'being able to push back if being asked to do co-production without appropriate support / resources' },
  { id: 'monitoring-the-process', title: 'checking and monitoring the process regularly' },
  { id: 'listening-to-each-other', title: 'listening to each other' },
  { id: 'using-resources-around', title: 'being aware of resources that are around (other colleagues; community leaders; relevant organisations, etc)...and using them!' },
  { id: 'shared-definition-of-co-production', title: 'not making assumptions: having a clear and shared definition and understanding of co-production' },
  { id: 'no-one-more-important', title: 'think: \'no-one is more important than anyone else\'' },
  { id: 'knowing-organisation-policies', title: 'knowing your organisation\'s policies (or how to find out about them)' },
  { id: 'training-staff', title: 'training and upskilling staff so they feel confident to do co-production' },
  { id: 'hearing-criticism', title: 'being able to hear criticism' },
  { id: 'knowing-people-needs', title: 'knowing the needs of the people involved, and how to meet them' },
  { id: 'planning-ahead-and-early', title: 'planning ahead, and planning early' },
  { id: 'check-understanding', title: 'not making assumptions: check people\'s understanding (of everything!)' },
  { id: 'valuing-time-and-contributions', title: 'valuing people\'s time and contributions' },
  { id: 'not-hiding-behind-role', title: 'being prepared to be vulnerable and \'human\'; not hiding behind professional role/ title' },
  { id: 'involving-everyone-at-right-time', title: 'involving everyone (who needs to be) equally and at the right time' },
] as const satisfies readonly Enabler[];

export type EnablerId = (typeof ENABLERS)[number]['id'];
