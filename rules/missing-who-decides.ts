import type { Rule } from '../src/engine';
import { anchorFor, hasMeaning, type Meaning } from './lib/sections';

const BODY = '(?:board|committee|group|panel|cabinet|council|executive|partnership|team|forum|network|lead|sponsor|chair|manager|director)';

/** Ways plans say who is involved, their roles and who decides. */
export const WHO_DECIDES: Meaning = {
  headings: [
    /\bgovernance\b/,
    /\broles(?: and| &) responsibilities\b|\broles\b/,
    /\bwho (?:is|will be|['’]s|are) (?:involved|responsible|accountable)\b/,
    /\bwho (?:decides|makes (?:the )?decisions|signs off)\b/,
    /\bdecision[- ]making\b|\bhow (?:the )?decisions (?:are|will be) (?:made|taken)\b/,
    /\bproject (?:team|board|structure|roles)\b|\baccountab/,
  ],
  phrases: [
    /\b(?:will|to|who) (?:make|take) (?:the |all |any |final )+decisions?\b|\b(?:will|to) (?:make|take) decisions\b/,
    /\bdecisions? (?:will be|are|is|gets?) (?:made|taken|agreed|signed off) (?:by|together|jointly|with)\b/,
    new RegExp(`\\b${BODY}s? (?:will|is to|are to|is responsible for|are responsible for|has responsibility for) (?:decide|approve|agree|sign off|oversee|make|own|lead|chair)\\b`),
    /\b(?:is|are|will be) (?:responsible|accountable) for\b/,
    /\b(?:chaired|co-chaired|led|overseen|owned|sponsored|signed off|approved) by\b/,
    /\bco-?chairs?\b/,
    /\b(?:sponsor|project lead|lead|owner|chair|senior responsible owner|sro|decision[- ]maker)s?\s*[:–-]\s*\S/,
    /\bdecide (?:it |this |them )?together\b|\bshared decision[- ]making\b|\bequal (?:say|vote|partners)\b/,
    /\bsenior responsible owner\b/,
  ],
};

export const missingWhoDecides: Rule = {
  meta: {
    id: 'missing-who-decides',
    title: 'Say who is involved and who decides',
    barriers: ['not-including-key-people', 'no-senior-support', 'lack-of-clarity'],
    enablers: ['clear-roles-and-responsibilities', 'involving-everyone-at-right-time', 'senior-and-middle-management-support'],
    scope: 'document',
    profiles: ['engagement-plan'],
    severity: 'warning',
    docs: {
      description:
        'Checks that an engagement or project plan names who is involved, what each person or group does, and who makes the decisions.',
      why: 'When roles and decision-makers are unclear, key people are left out, power stays where it was, and nobody is accountable for acting on what people say.',
      bad: 'We will work with stakeholders to improve the service.',
      good: 'A working group of six people with lived experience and four staff will run the project. It is co-chaired by Sam (a carer) and the service manager. The group agrees changes together; the ICB board signs off spending over £50,000.',
    },
  },
  checkDocument(ctx) {
    if (hasMeaning(ctx, WHO_DECIDES)) return;
    ctx.report({
      message: 'This plan does not say who is involved and who makes decisions. Name the people or groups, what each does, and who makes the final decision.',
      suggestions: ['Add a short “Roles and decisions” section.'],
      example:
        'A working group of six people with lived experience and four staff will run the project. It is co-chaired by a carer and the service manager. The group agrees changes together; the ICB board signs off spending over £50,000.',
      anchorBlockId: anchorFor(ctx, 'who-decides', [/\b(?:approach|how we will work|who|team|people)\b/], 'first-heading') ?? undefined,
    });
  },
};
