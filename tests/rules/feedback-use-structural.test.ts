/**
 * missing-feedback-use: the structural fallback (issue 9, real sets i and j).
 * Whatever the wording, a sentence where what people give (views, insights,
 * "what you tell us") is the subject or the object of a verb of use or purpose
 * says the part in some form: the finding is the softer "thin" one that quotes
 * it, never "does not say". Sentences are our own, in many shapes.
 */
import { describe, expect, it } from 'vitest';
import { missingFeedbackUse } from '../../rules/missing-feedback-use';
import { check } from './structure-helpers';

const consultation = 'We are consulting on a new plan for the village. The survey closes on 4 May 2027.';

describe('missing-feedback-use: views used for something, in any shape, are never "missing"', () => {
  it.each([
    ['the subject with a long verb phrase', 'The insights we gather will play a big part in shaping the new service.'],
    ['the subject, looser words', 'What residents tell us could really help the team decide.'],
    ['the subject of a passive', 'Every opinion we receive is then read by the project team.'],
    ['the subject doing something itself', 'What you tell us feeds into next year’s budget.'],
    ['the object of a verb of use', 'The mayor will bring a proposal that will reflect the feedback received.'],
    ['the object after "listening to"', 'We are listening to local voices before anything changes.'],
    ['views and a purpose side by side', 'This is your chance to give us your thoughts and influence the next plan.'],
    ['views that led to a result', 'The feedback last time was that the late bus mattered, and as a result we are keeping it.'],
    ['voices heard', 'We will make sure that all voices are heard.'],
    ['a purpose clause before the questions', 'To help us understand what matters most, we would like to ask you a few questions.'],
    ['people at the heart of a process', 'We want to make sure tenants are at the heart of every change.'],
    ['views sought as part of a process', 'As part of this, we will be asking families and others for their views.'],
    ['notes of sessions put to use', 'Notes are kept at each session and will be used in the review.'],
    ['a decision said to be still open', 'Please send us your views, as no decisions have yet been made.'],
    ['a decider that has yet to decide', 'The board has yet to decide which of the two sites to keep.'],
    // s19-gen-profiles: the plain present, and any "-ly" adverb before the verb.
    ['views in the plain present', 'The feedback you send us truly helps us to plan the new timetable.'],
    ['an "-ly" adverb and "assessed"', 'Once the survey ends, all the replies will be independently assessed.'],
  ])('%s is thin, quoting the sentence', (_, sentence) => {
    const f = check(missingFeedbackUse, `${consultation} ${sentence}`).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/does not say/);
    expect(f[0]!.message).toContain(sentence.slice(0, 30));
  });

  it('a group set up to involve people in shaping services is thin, not missing', () => {
    const f = check(missingFeedbackUse, 'Terms of reference\n\nThe group helps the trust involve local families in shaping its services.', ['engagement-plan']).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/does not say/);
  });

  it('a decision-maker with a fresh decision and a date is at least thin', () => {
    const f = check(missingFeedbackUse, `${consultation} The cabinet will take a fresh decision on the plan in June 2027.`).findings;
    expect(f.every((x) => !/does not say/.test(x.message))).toBe(true);
  });

  it.each([
    ['a form to send comments with', 'Comments can be sent to us using the form.'],
    ['a comments box', 'Use the comments box at the bottom of the page.'],
    ['views welcomed, nothing more', 'Your views on parking are welcome.'],
    ['a help line', 'Please say if you need help with the survey.'],
    ['how to feed back views (giving them, not using them)', 'A leaflet on how people can feed back their views is being written.'],
  ])('still says "missing" when the page only has %s', (_, sentence) => {
    const f = check(missingFeedbackUse, `${consultation} ${sentence}`).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/does not say/);
  });
});

// s21-profile: structures that tie taking part to a decision, found where j–n pages were told the part was missing.
describe('missing-feedback-use: taking part tied to a decision is thin, never "does not say"', () => {
  it.each([
    ['views before a change', 'We want to hear tenants’ thoughts before any changes are made.'],
    ['views before the board decides', 'We would like residents’ comments before the board decides.'],
    ['joining to help choose', 'Residents can join a small panel to help choose the new design.'],
    ['taking part in decisions', 'Tenants will have chances to take part in the decision making that affects their homes.'],
  ])('%s', (_, sentence) => {
    const f = check(missingFeedbackUse, `${consultation} ${sentence}`).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toMatch(/does not say/);
  });

  it.each([
    ['a deadline with "before"', 'Send your comments before 5 May.'],
    ['joining to help with a task', 'Volunteers can join us to help run the stall.'],
  ])('%s still does not say it', (_, sentence) => {
    const f = check(missingFeedbackUse, `${consultation} ${sentence}`).findings;
    expect(f[0]!.message).toMatch(/does not say/);
  });
});
