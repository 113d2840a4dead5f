/**
 * The cues that tell which kind of document this is: each names a group of
 * patterns in rules/patterns/profiles.yaml, what it is worth and where it
 * counts. src/engine/profiles.ts matches them per block and scores them.
 */
import type { ProfileId } from './types';
import { patternGroup, type NamedPattern } from '../../rules/lib/slot-pattern';
import { anchorsFor, listPrefilterOf } from '../../rules/lib/pattern-anchors';

export type Detected = Exclude<ProfileId, 'general'>;

export interface Cue {
  profile: Detected;
  /** The cue's group in rules/patterns/profiles.yaml ("<profile>.<name>"); any of its patterns counts. */
  group: string;
  patterns: NamedPattern[];
  /** Where the cue's patterns start in the list of every cue's patterns (ALL_CUE_PATTERNS). */
  first: number;
  reason: string;
  /** 3 = enough on its own; 1–2 need other cues. */
  weight: number;
  /** Only counts in a heading or a short label-like line. */
  headingOnly?: boolean;
  /** "Direct" cues speak to the reader: a consultation asks them to respond. */
  direct?: boolean;
  /** Title cues name the kind of document. */
  title?: boolean;
  /**
   * Generic asks ("we want to hear from you", "tell us what you think") close
   * reports, newsletters and invitations as often as consultations: when the
   * document's purpose is something else they do not make it a consultation.
   */
  generic?: boolean;
  /** Only counts in the title zone (the first short lines). */
  titleZone?: boolean;
  /**
   * The cue's own words carry a present or future verb ("is open until", "now have until"), so a past clause elsewhere
   * in its sentence ("4,000 people were sent the survey in May – and they now have until 10 June…") does not make it past.
   */
  ownTense?: boolean;
}

type CueOptions = Pick<Cue, 'headingOnly' | 'direct' | 'title' | 'generic' | 'titleZone' | 'ownTense'>;

/** A cue whose words are the group `<profile>.<name>` in rules/patterns/profiles.yaml. */
function cue(profile: Detected, name: string, weight: number, reason: string, options: CueOptions = {}): Cue {
  const group = `${profile}.${name}`;
  return { profile, group, patterns: patternGroup('profiles', group), first: 0, weight, reason, ...options };
}

const DIRECT = { direct: true } as const;

/**
 * The cues, their weights and the reasons the side panel shows. The words
 * are data (rules/patterns/profiles.yaml); what each cue is worth, and where
 * it counts, is part of the scoring below.
 */
export const CUES: Cue[] = [
  // Consultation: asks the reader for views on proposals, by a closing date.
  cue('consultation', 'says-consulting', 3, 'says it is consulting people', DIRECT),
  cue('consultation', 'asks-for-views', 3, 'asks for people’s views', { direct: true, generic: true }),
  cue('consultation', 'running-a-consultation', 2, 'says it is running a consultation', DIRECT),
  cue('consultation', 'reply-slip-by-a-date', 2, 'asks for a reply by a date', DIRECT),
  cue('consultation', 'consultation-period', 3, 'gives a consultation period', DIRECT),
  cue('consultation', 'titled', 3, 'is titled a consultation', { direct: true, headingOnly: true, titleZone: true }),
  cue('consultation', 'mentions-when-it-runs', 2, 'mentions when a consultation runs'),
  cue('consultation', 'how-to-respond', 2, 'tells people how to respond', DIRECT),
  cue('consultation', 'is-consulting', 2, 'says a consultation is under way'),
  cue('consultation', 'closing-date', 1, 'gives a closing date'),
  cue('consultation', 'mentions-consultation', 1, 'mentions a consultation'),
  cue('consultation', 'mentions-survey', 1, 'mentions a survey or questionnaire'),
  cue('consultation', 'describes-proposals', 1, 'describes proposals'),
  cue('consultation', 'comment-on-proposals', 2, 'asks for comments on proposals', DIRECT),
  cue('consultation', 'views-by-a-date', 2, 'asks for views by a date', DIRECT),
  cue('consultation', 'open-until-a-date', 2, 'says it is open for views until a date to come', { direct: true, ownTense: true }),
  cue('consultation', 'objections', 1, 'asks for objections or representations'),
  cue('consultation', 'people-are-asked', 3, 'says people are being asked for their views', DIRECT),
  cue('consultation', 'seeks-public-views', 3, 'asks for people’s views on proposals', DIRECT),
  cue('consultation', 'part-of-a-consultation', 2, 'says it is part of a consultation', DIRECT),
  cue('consultation', 'says-what-it-consults-on', 3, 'says what it is consulting on', DIRECT),
  cue('consultation', 'says-a-consultation-is-running', 3, 'says a consultation is running', DIRECT),
  // What an event or page is for: a chance to help shape a plan, to put forward ideas.
  cue('consultation', 'event-asks-for-views', 2, 'asks for people’s ideas on a plan', DIRECT),
  cue('consultation', 'urges-people-to-take-part', 3, 'asks for people’s views', DIRECT),

  // Engagement or project plan, co-production strategy.
  cue('engagement-plan', 'names-an-engagement-plan', 3, 'is an engagement, involvement or co-production plan', { title: true }),
  cue('engagement-plan', 'names-a-project-plan', 3, 'is a project plan', { title: true }),
  cue('engagement-plan', 'how-it-involves-people', 3, 'sets out how it involves people', { title: true }),
  cue('engagement-plan', 'approach-heading', 2, 'sets out its approach or principles', { headingOnly: true }),
  cue('engagement-plan', 'how-we-involve-heading', 3, 'sets out how it involves people', { headingOnly: true, titleZone: true, title: true }),
  // A standing group's own page (a patient participation group, a tenants' panel): its aims, membership and roles.
  cue('engagement-plan', 'names-a-standing-group', 2, 'is the page of a standing group of patients, tenants or residents', { headingOnly: true, titleZone: true }),
  cue('engagement-plan', 'group-terms', 2, 'sets out how a group works (aims, membership, duties)'),
  cue('engagement-plan', 'duties-or-principles', 2, 'names the duties or principles it follows'),
  cue('engagement-plan', 'sets-out-how-it-involves', 2, 'sets out how people will be involved'),
  cue('engagement-plan', 'commitment-between', 2, 'is a commitment or agreement between the organisation and people'),
  cue('engagement-plan', 'objectives', 1, 'sets out objectives'),
  cue('engagement-plan', 'milestones', 1, 'sets out milestones or phases'),
  cue('engagement-plan', 'governance', 1, 'describes governance or roles'),
  cue('engagement-plan', 'who-will-be-involved', 1, 'describes who will be involved and how'),
  cue('engagement-plan', 'risks-or-evaluation', 1, 'plans risks or evaluation'),

  // Meeting or event invitation.
  cue('meeting-invitation', 'invites-people', 3, 'invites people to an event'),
  cue('meeting-invitation', 'public-may-attend', 3, 'says the public may attend its meetings'),
  cue('meeting-invitation', 'group-meets', 2, 'says when and where a group meets'),
  cue('meeting-invitation', 'dated-event-in-text', 2, 'says when an event will be held'),
  cue('meeting-invitation', 'can-take-part-in-an-event', 2, 'says who can come to an event'),
  cue('meeting-invitation', 'asks-to-come-along', 1, 'asks people to come along'),
  cue('meeting-invitation', 'asks-to-book', 2, 'asks people to book a place'),
  // Worth nothing alone (groups recruit in newsletters and plans too): on a standing group's own page it invites to the group's meetings (profiles.ts).
  cue('meeting-invitation', 'asks-to-join-a-group', 0, 'asks people to join a group that meets'),
  // Events to come named by their month, or sessions set up: a consultation that lists its public events invites to them too.
  cue('meeting-invitation', 'events-in-a-month', 2, 'says when events will be held'),
  cue('meeting-invitation', 'says-when-events-are-held', 1, 'says when events will be held'),
  cue('meeting-invitation', 'mentions-an-event', 1, 'mentions a meeting or event'),
  cue('meeting-invitation', 'agenda-or-venue', 1, 'mentions an agenda or venue'),

  // Report on what people said.
  // Titled as results: "Consultation results", "Event report" in a heading; "Findings from …" even as a long news headline.
  cue('report', 'titled', 3, 'is titled as results or a report', { headingOnly: true, titleZone: true }),
  cue('report', 'titled-findings', 3, 'is titled as results or a report', { titleZone: true }),
  cue('report', 'thanks-for-taking-part', 2, 'thanks people for taking part'),
  cue('report', 'results-of-a-survey', 2, 'gives the results of a survey or consultation'),
  cue('report', 'you-said-we-did', 3, 'reports back what people said'),
  cue('report', 'what-people-told-us-heading', 3, 'reports back what people said', { headingOnly: true }),
  cue('report', 'findings-heading', 2, 'has findings sections', { headingOnly: true }),
  cue('report', 'how-many-responded', 3, 'reports how many people responded'),
  cue('report', 'report-sections-heading', 1, 'has report sections', { headingOnly: true }),
  cue('report', 'decided-after-consultation', 3, 'reports what was decided after a consultation'),
  // Its words carry their own past ("closed on", "was completed"): a future clause beside them does not undo it.
  cue('report', 'consultation-closed', 1, 'says the consultation has closed', { ownTense: true }),
  cue('report', 'numbers-of-responses', 2, 'reports how many people responded'),
  // An account of events that are over; a page that opens with one reports back (see detectProfiles).
  cue('report', 'account-of-events', 2, 'describes events already held'),
  cue('report', 'names-a-report-heading', 2, 'has findings sections', { headingOnly: true }),
];

/** Every cue's patterns in one list, so one pre-test per block finds the few worth running. */
export const ALL_CUE_PATTERNS = listPrefilterOf(
  CUES.flatMap((cue) => cue.patterns.map((p) => anchorsFor(p.re))),
);
CUES.reduce((at, cue) => ((cue.first = at), at + cue.patterns.length), 0);
