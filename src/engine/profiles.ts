/**
 * Which kinds of document this is. A document can be several (a consultation
 * that lists drop-in events is also a meeting invitation). Each detected
 * profile carries the plain reasons it was detected.
 */
import type { AnalysedBlock } from './rule';
import type { ProfileId, ProfileMatch } from './types';

interface Cue {
  pattern: RegExp;
  reason: string;
  weight: number;
}

// Weights: 2 = strong on its own, 1 = needs another cue. A profile needs 2.
const CUES: Record<Exclude<ProfileId, 'general'>, Cue[]> = {
  consultation: [
    { pattern: /\bconsultations?\b/, reason: 'mentions a consultation', weight: 2 },
    { pattern: /\b(?:have|give|share|tell us) (?:your|their) (?:say|views?|thoughts|opinions?)\b/, reason: 'asks for people’s views', weight: 2 },
    { pattern: /\b(?:closing date|consultation (?:closes|runs|period)|closes on|deadline for (?:responses|comments))\b/, reason: 'gives a closing date', weight: 1 },
    { pattern: /\b(?:questionnaire|survey|respond(?:ing)? to (?:this|the)|responses?)\b/, reason: 'asks for responses', weight: 1 },
    { pattern: /\b(?:proposals?|proposed changes?|options? (?:we are|being) considered)\b/, reason: 'describes proposals', weight: 1 },
  ],
  'engagement-plan': [
    { pattern: /\b(?:engagement|involvement|communications?|participation) (?:plan|strategy|approach)\b/, reason: 'is an engagement or involvement plan', weight: 2 },
    { pattern: /\b(?:project (?:plan|brief|initiation)|co-?production (?:plan|strategy|approach|framework))\b/, reason: 'is a project plan or co-production strategy', weight: 2 },
    { pattern: /\b(?:objectives|milestones?|deliverables?|workstreams?|governance|project board|steering group|outcomes? we want)\b/, reason: 'sets out objectives, milestones or governance', weight: 1 },
    { pattern: /\b(?:we will (?:engage|involve|recruit|work with)|stakeholder (?:mapping|analysis))\b/, reason: 'describes how people will be involved', weight: 1 },
  ],
  'meeting-invitation': [
    { pattern: /\b(?:you are|you're) (?:invited|warmly invited|welcome) to\b|\binvitation to\b|\bjoin us (?:at|for|on)\b/, reason: 'invites people to an event', weight: 2 },
    { pattern: /\b(?:venue|location|where|address)\s*:/, reason: 'gives a venue', weight: 2 },
    { pattern: /\b(?:drop-in|workshop|focus group|listening event|public meeting|event|session|meeting|forum|panel meeting)s?\b/, reason: 'mentions a meeting or event', weight: 1 },
    { pattern: /\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b|\b\d{1,2}[:.]\d{2}\b/, reason: 'gives a time', weight: 1 },
    { pattern: /\b(?:rsvp|book (?:a|your) place|register (?:to attend|for)|sign up to attend)\b/, reason: 'asks people to book a place', weight: 1 },
  ],
  report: [
    { pattern: /\byou said,? we did\b/, reason: 'is a “you said, we did” report', weight: 2 },
    { pattern: /\b(?:summary of (?:responses|feedback|findings)|what (?:you|people) told us|engagement report|consultation report|findings)\b/, reason: 'reports what people said', weight: 2 },
    { pattern: /\b(?:executive summary|recommendations|evaluation|annual report)\b/, reason: 'has report sections', weight: 1 },
  ],
};

const THRESHOLD = 2;

export function detectProfiles(blocks: AnalysedBlock[]): ProfileMatch[] {
  const text = blocks.map((b) => b.analysis.masked).join('\n');
  const matches: ProfileMatch[] = [];
  for (const [id, cues] of Object.entries(CUES) as [Exclude<ProfileId, 'general'>, Cue[]][]) {
    let score = 0;
    const reasons: string[] = [];
    for (const cue of cues) {
      if (cue.pattern.test(text)) {
        score += cue.weight;
        reasons.push(cue.reason);
      }
    }
    if (score >= THRESHOLD) matches.push({ id, reasons, source: 'detected' });
  }
  if (matches.length === 0) matches.push({ id: 'general', reasons: ['no specific kind of document recognised'], source: 'detected' });
  return matches;
}
