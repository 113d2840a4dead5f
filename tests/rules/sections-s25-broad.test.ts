/**
 * Issue 9, "a finding must never say a part is missing when the document has it in some form" (s25-sections).
 * The broadest readings, tried last: a word for views and a verb of what follows from them in one clause, in
 * either order; "this will help" after a sentence about views; the asking given a purpose; a heading about why
 * views are asked. Each gets the softer finding that quotes the line; a document silent on the part still gets
 * the finding that says it is missing, and quotes other groups give stay as they were.
 * Every text here is written in our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ProfileId } from '../../src/engine';
import { missingFeedbackUse } from '../../rules/missing-feedback-use';
import { missingContact } from '../../rules/missing-contact';
import { check, saysMissing, softFinding } from './structure-helpers';

const C: ProfileId[] = ['consultation'];
const EP: ProfileId[] = ['engagement-plan'];
const lead = 'We are asking for comments on plans for the riverside path.';

describe('missing-feedback-use: the broadest reading, said in some form', () => {
  it.each([
    ['views then a verb of use, far apart', `${lead} Insight from families who walk the path every day is sought and used to make changes.`, /used to make changes/],
    ['a verb of use then views', `${lead} We are committed to integrating feedback into the design.`, /integrating feedback/],
    ['actions because of what people said', `${lead} We will show the actions taken because of insight from walkers.`, /because of insight/],
    ['what we hear, then a verb', `${lead} What we hear from walkers in the spring helps the rangers.`, /What we hear/],
    ['"this will help" after a sentence about views', `You can also comment on the wider plan for the river. This will assist the trust in understanding what to change.`, /This will assist the trust/],
    ['the asking given a purpose', `${lead} The survey is to help us understand who uses the path.`, /survey is to help us understand/],
    ['"feedback" as a verb', `${lead} We will feedback to you the results of the walk counts.`, /feedback to you the results/],
    ['people consulted before a change', `${lead} We will always consult you before we make any change to the path.`, /consult you before we make any change/],
  ])('%s', (_, text, quote) => {
    expect(softFinding(missingFeedbackUse, text, C).message).toMatch(quote);
  });

  it('a "Why your views matter" heading with text under it', () => {
    const text = `${lead}\n\nWhy your views matter\n\nThe path is used by many families.`;
    expect(softFinding(missingFeedbackUse, text, C).message).not.toMatch(/does not say/);
  });

  it('an engagement plan that says views will be integrated gets the soft finding too', () => {
    expect(softFinding(missingFeedbackUse, 'Our approach to involving people. We are committed to integrating feedback from patients.', EP).message).toMatch(/integrating feedback/);
  });

  it.each([
    ['views given to the clerk', `${lead} Please give your views to the clerk.`],
    ['views about things, and a verb of sharing later', `${lead} Tell us your views about the new benches, the lights and the bridge plans we shared in March.`],
    ['views sent by a date through a form', `${lead} Responses should be sent by 4 May through the website, and they help.`],
    ['a sentence about money, then "this will help"', 'The path will be resurfaced. This will help walkers in winter. Comments can be sent to the clerk.'],
    ['a consultation about improving the path, with when it closes', 'The consultation about improving the path will close in May. Please take part.'],
    ['a paper based on an earlier round', `${lead} Read the paper based on feedback from the first round.`],
  ])('still says the part is missing when nothing touches it: %s', (_, text) => {
    expect(saysMissing(missingFeedbackUse, text, C)).toBe(true);
  });

  it('a narrower group still gives the quote when both match', () => {
    // "will help shape" is the thin group's; the broad reading is not consulted.
    const f = check(missingFeedbackUse, `${lead} Your views will help shape the path. We are committed to integrating feedback.`, C).findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/Your views will help shape the path/);
    expect(f[0]!.patternId).not.toMatch(/broad/);
  });
});

describe('missing-contact: a way to reach someone, said in some form', () => {
  it.each([
    ['questions, then "let us know"', `${lead} If you have any questions about the path, just let us know.`, /just let us know/],
    ['a team that will help', `${lead} The rangers' office can help you with the form.`, /can help you/],
    ['a contact verb whose address was a link', `${lead} For more information, contact`, /For more information, contact/],
    ['a postal address with no postcode', `${lead} Return your form to the council offices in Mill Street.`, /Mill Street/],
    ['an address spaced round the @', `${lead} Questions to paths @ example.gov.uk please.`, /example\.gov\.uk/],
    ['an address with "at" before a public domain', `${lead} Write to paths at example.gov.uk with questions.`, /example\.gov\.uk/],
    ['a comment box on the page', `${lead} You can still tell us what you think using the comment boxes on this page.`, /comment boxes/],
    ['a contact page left as a web address', `${lead} See www.example.gov.uk/contact-the-rangers for help.`, /contact-the-rangers/],
  ])('%s', (_, text, quote) => {
    expect(softFinding(missingContact, text, C).message).toMatch(quote);
  });

  it.each([
    ['asking for views only', `${lead} Let us know what you think of the plan by Friday.`],
    ['a team that decides', `${lead} The rangers' team will help the council decide.`],
    ['a venue, not an address to write to', `${lead} The display is at the town hall on Saturday.`],
    ['a survey by email', `${lead} The survey is online or by email.`],
  ])('still says there is no contact when nothing touches it: %s', (_, text) => {
    expect(saysMissing(missingContact, text, C)).toBe(true);
  });
});
