import type { Rule } from '../src/engine';
import { anchorFor, hasMeaning, reportThin, type Meaning } from './lib/sections';
import { meaningFrom } from './lib/meaning-data';

/** Ways plans say how people will be kept updated (rules/patterns/missing-updates.yaml). */
export const UPDATES: Meaning = meaningFrom('missing-updates', 'updates');

/**
 * Ways plans say people can give feedback on the process itself: an
 * evaluation step, asking what works, or the people involved reviewing the
 * plan itself (rules/patterns/missing-updates.yaml).
 */
export const PROCESS_FEEDBACK: Meaning = meaningFrom('missing-updates', 'process-feedback');

/** Updates said in some form, with no how or how often: information on progress, regular contact, minutes published. */
export const UPDATES_THIN: Meaning = meaningFrom('missing-updates', 'thin');

export const missingUpdates: Rule = {
  meta: {
    id: 'missing-updates',
    title: 'Say how people will be kept updated',
    barriers: ['poor-communication', 'not-asking-for-regular-feedback'],
    enablers: ['keeping-people-updated', 'getting-regular-feedback', 'monitoring-the-process'],
    scope: 'document',
    profiles: ['engagement-plan'],
    severity: 'warning',
    /** No update pattern matches (no-updates), or updates but no pattern for feedback on the process (no-process-feedback). */
    hooks: ['no-updates', 'no-process-feedback', 'thin'],
    docs: {
      description:
        'Checks that an engagement or project plan says how and how often people will be kept updated, and how they can tell you how the process is going: an evaluation step, asking what is and isn’t working, or the people involved reviewing the plan itself (“the group will review this plan at every meeting”, “these terms of reference are reviewed each year by the panel”). When the plan touches updates only in general words (“public information about our progress”, “regular communication with patients”, “minutes will be published”), the finding quotes that line and asks how and how often; it says updates are missing only when nothing of the kind is there.',
      why: 'People who hear nothing after taking part assume nothing happened. Regular updates, and asking people how the process feels, keep trust and let you fix problems early.',
      bad: 'We will hold three workshops and then write the final report.',
      good: 'We will send everyone who takes part a short update by e-mail or post every month. At the end of each workshop we will ask what worked and what to change.',
    },
  },
  checkDocument(ctx) {
    const updates = hasMeaning(ctx, UPDATES);
    const processFeedback = hasMeaning(ctx, PROCESS_FEEDBACK);
    if (updates && processFeedback) return;
    const anchorBlockId = anchorFor(ctx, 'updates', [/\bcommunications?\b/, /\b(?:approach|how we will)\b/], 'last-heading') ?? undefined;
    const saidThinly =
      !updates && reportThin(ctx, UPDATES_THIN, 'missing-updates', (quote) => ({
        message: `This says “${quote}”, but not how and how often people will be kept up to date${processFeedback ? '' : ', or how they can tell you how the process is going'}.`,
        suggestions: ['Say how (e-mail, post, meetings), how often, and who sends the updates.'],
        example:
          'We will send everyone who takes part a short update every month, by e-mail or post. At the end of each workshop we will ask what worked and what we should change.',
      }));
    if (saidThinly) return;
    if (!updates) {
      ctx.report({
        message: processFeedback
          ? 'This plan does not say how people will be kept updated, or how often.'
          : 'This plan does not say how people will be kept updated, or how they can tell you how the process is going.',
        suggestions: ['Say how (e-mail, post, meetings), how often, and who sends the updates.'],
        example:
          'We will send everyone who takes part a short update every month, by e-mail or post. At the end of each workshop we will ask what worked and what we should change.',
        anchorBlockId,
        patternId: 'missing-updates/no-updates',
      });
      return;
    }
    ctx.report({
      message: 'This plan says how people will be kept updated, but not how they can give feedback on the process itself.',
      suggestions: ['Ask people regularly what is working and what to change, and say how.'],
      example: 'At the end of each session we will ask what worked and what we should change, and share what we did about it.',
      anchorBlockId,
      severity: 'suggestion',
      patternId: 'missing-updates/no-process-feedback',
    });
  },
};
