import type { Rule } from '../src/engine';
import { anchorFor, hasMeaning, reportThin, type Meaning } from './lib/sections';
import { meaningFrom } from './lib/meaning-data';
import { regexpsOf } from './lib/slot-pattern';

/** Ways plans say who is involved, their roles and who decides (rules/patterns/missing-who-decides.yaml). */
export const WHO_DECIDES: Meaning = meaningFrom('missing-who-decides', 'who-decides');
/** Who takes part or decides, said in some form: something agreed by a named group, what the group is made up of. */
export const WHO_DECIDES_THIN: Meaning = meaningFrom('missing-who-decides', 'thin');

export const missingWhoDecides: Rule = {
  meta: {
    id: 'missing-who-decides',
    title: 'Say who is involved and who decides',
    barriers: ['not-including-key-people', 'no-senior-support', 'lack-of-clarity'],
    enablers: ['clear-roles-and-responsibilities', 'involving-everyone-at-right-time', 'senior-and-middle-management-support'],
    scope: 'document',
    profiles: ['engagement-plan'],
    severity: 'warning',
    /** None of the meaning's patterns match anywhere in the document (absent); only a thin.* pattern does, with its own id (thin). */
    hooks: ['absent', 'thin'],
    docs: {
      description:
        'Checks that an engagement or project plan names who is involved, what each person or group does, and who makes the decisions. When the plan touches this only in passing (“notices will be agreed by the group”, “members are drawn from patient groups”), the finding quotes that line and asks for roles and the decider; it says the part is missing only when nothing of the kind is there.',
      why: 'When roles and decision-makers are unclear, key people are left out, power stays where it was, and nobody is accountable for acting on what people say.',
      bad: 'We will work with stakeholders to improve the service.',
      good: 'A working group of six people with lived experience and four staff will run the project. It is co-chaired by Sam (a carer) and the service manager. The group agrees changes together; the ICB board signs off spending over £50,000.',
    },
  },
  checkDocument(ctx) {
    if (hasMeaning(ctx, WHO_DECIDES)) return;
    const saidThinly = reportThin(ctx, WHO_DECIDES_THIN, 'missing-who-decides', (quote) => ({
      message: `This says “${quote}”, but not plainly who is involved, what each does and who makes the final decision. Name the people or groups, their roles, and the decider.`,
      suggestions: ['Add a short “Roles and decisions” section.'],
      example:
        'A working group of six people with lived experience and four staff will run the project. It is co-chaired by a carer and the service manager. The group agrees changes together; the ICB board signs off spending over £50,000.',
    }));
    if (saidThinly) return;
    ctx.report({
      message: 'This plan does not say who is involved and who makes decisions. Name the people or groups, what each does, and who makes the final decision.',
      suggestions: ['Add a short “Roles and decisions” section.'],
      example:
        'A working group of six people with lived experience and four staff will run the project. It is co-chaired by a carer and the service manager. The group agrees changes together; the ICB board signs off spending over £50,000.',
      patternId: 'missing-who-decides/absent',
      anchorBlockId: anchorFor(ctx, 'who-decides', regexpsOf('missing-who-decides', 'who-decides.anchor'), 'first-heading') ?? undefined,
    });
  },
};
