/**
 * Issue 9, first "done when": no section check says a part is missing when the
 * document says it in some form. Each check keeps "absent" as a last resort:
 * documents in varied real-world forms (news, letters, minutes, bullets) that
 * touch the part get the softer finding that quotes them; documents truly
 * silent on it still get "does not say". Texts are our own words.
 */
import { describe, expect, it } from 'vitest';
import type { ProfileId } from '../../src/engine';
import { missingFeedbackUse } from '../../rules/missing-feedback-use';
import { missingContact } from '../../rules/missing-contact';
import { missingTimeline } from '../../rules/missing-timeline';
import { meetingInPersonOnly } from '../../rules/meeting-in-person-only';
import { saysMissing, softFinding } from './structure-helpers';


const C: ProfileId[] = ['consultation'];
const MI: ProfileId[] = ['meeting-invitation'];

describe('missing-feedback-use: any form of saying what happens to views is thin at worst', () => {
  it.each([
    ['letter: the practice goes through the answers', 'Dear patient, we would like your views on our opening hours. Once the survey closes, the practice will go through the answers.', /go through the answers/],
    ['minutes: the clerk to collate responses', 'Car park consultation\nAction: Clerk to collate responses and circulate them to members.', /collate responses/],
    ['minutes: to be reviewed', 'We are consulting on the bus station.\nSurvey responses: to be reviewed at the next meeting.', /to be reviewed/],
    ['news: everything people say goes to a committee', 'We are consulting on the bus station. Everything you tell us goes to the committee.', /goes to the committee/],
    ['news: objections go before a panel', 'We are consulting on the bus station. Every objection we receive goes before the licensing panel.', /goes before the licensing panel/],
    ['news: officers review submissions', 'We are consulting on the bus station. Once the consultation has closed, officers will review all submissions.', /review all submissions/],
    ['results discussed', 'We are consulting on the bus station. The survey results will be discussed by councillors.', /discussed by councillors/],
    ['formal words: representations forwarded', 'We are consulting on the bus station. Representations will be forwarded to the inspector.', /forwarded to the inspector/],
    ['the outcome told', 'We are consulting on the bus station. We’ll keep you posted on what happens next.', /keep you posted/],
    ['the outcome made known', 'We are consulting on the bus station. The decision will be explained to everyone on the estate.', /explained to everyone/],
    ['coming back to people', 'We are consulting on the bus station. The team will come back to you in the newsletter.', /come back to you/],
    ['a process leading to a recommendation', 'We are asking residents to join a panel. This evaluation process will result in a recommendation for the best site.', /result in a recommendation/],
    ['why people are asked, with no object', 'To help select a site, the board is asking local people to join a group.', /To help select a site/],
    ['an organisation listening for a purpose', 'We are consulting on our strategy. It sets out how we will listen to and engage with tenants to improve our services.', /listen to and engage with tenants/],
  ])('%s', (_, text, quote) => {
    expect(softFinding(missingFeedbackUse, text, C).message).toMatch(quote);
  });

  it('reads a lead-in and its bullets as one statement', () => {
    const f = softFinding(missingFeedbackUse, 'We are consulting on two designs for the square.\nWhat you tell us will:\n• be looked at by the design team', C);
    expect(f.message).toMatch(/Under “What you tell us will” this says “be looked at by the design team”/);
  });

  it('reads a heading and its first lines as one statement', () => {
    const f = softFinding(missingFeedbackUse, '# New play area\n\nWe are consulting on the play area.\n\n## Your comments\n\n- go to the parish council', C);
    expect(f.message).toMatch(/Under “(## )?Your comments” this says “go to the parish council”/);
  });

  it.each([
    ['a survey and its deadline', 'Please fill in the survey by 3 March. Paper copies are at the library.'],
    ['a closing day only', 'We are consulting on new bin collection days. The survey closes on Friday. Thank you.'],
    ['how long the survey takes', 'We are consulting on the bus station. The survey will take about ten minutes to complete.'],
    ['when comments must arrive', 'We are consulting on the bus station. Comments must be received by 5pm on 3 June.'],
    ['comments welcome at a stall', 'We are consulting on the bus station. Your comments will be welcome at the stall.'],
    ['a request to share views', 'We are consulting on the bus station. We want you to share your views. Please read the plan first.'],
  ])('still says the part is missing when nothing touches it: %s', (_, text) => {
    expect(saysMissing(missingFeedbackUse, text, C)).toBe(true);
  });
});

describe('missing-contact: any way to reach someone is thin at worst', () => {
  const lead = 'We are consulting on the bus station.';
  it.each([
    ['a contact verb before a name', `${lead} For more details contact Sam Patel.`, /contact Sam Patel/],
    ['a first name only', `${lead} If you have any queries, please contact Helen.`, /please contact Helen/],
    ['a postal address by its label', `${lead}\nWrite to: Old School House, Main Street, Ashby AB1 2CD`, /Write to: Old School House/],
    ['a postal address with a postcode', `${lead} Send questions by post to 3 High Street, Ashby LE65 1HP.`, /Send questions by post/],
    ['a form on the website', `${lead} Questions? Use the form on our website.`, /Questions/],
    ['a team reached through a website', `${lead} You can reach the project team through the council’s website.`, /reach the project team/],
    ['an address spelt out', `${lead} Email j.bloggs [at] example.org with questions.`, /\[at\]/],
    ['everyday words', `${lead} Drop us a line at the address below.`, /Drop us a line/],
    ['information from a group', `${lead} Further information is available from the Neighbourhood Plan Steering Group.`, /Steering Group/],
    ['where queries go', `${lead} Any queries should go to the parish clerk.`, /parish clerk/],
    ['questions put to a councillor', `${lead} Questions can be put to Councillor Jones at her surgery.`, /Councillor Jones/],
    ['a contact section with text under it', `${lead}\nWho to contact\nThe Friends of Elm Park run this survey.`, /Who to contact/],
  ])('%s', (_, text, quote) => {
    const f = softFinding(missingContact, text, C);
    expect(f.message).toMatch(quote);
    expect(f.message).toMatch(/phone number or e-mail address/);
  });

  it.each([
    ['only a closing date', `${lead} The consultation closes on 4 May.`],
    ['contact as a noun, and a call for sites', `${lead} Contact with the public was lost in 2010. The call for sites closes soon.`],
    ['questions at the meeting', `${lead} Ask questions at the meeting and reach a decision together.`],
    ['a venue address', `${lead} The exhibition is at Avon Leisure Centre, Avon Road, Cannock WS11 1LH.`],
    ['a people word with a capital', `${lead} We want to ask Sheffielders what they think.`],
  ])('still says there is no contact when nothing touches it: %s', (_, text) => {
    expect(saysMissing(missingContact, text, C)).toBe(true);
  });
});

describe('missing-timeline: any timing of the consultation, meeting or decision is thin at worst', () => {
  const lead = 'We are consulting on the play area.';
  it.each([
    ['a weekday with a time', `${lead} The meeting is on Tuesday evening at 7pm.`, 'Tuesday evening at 7pm'],
    ['a weekday morning', `${lead} Drop in any Thursday morning to give us your views.`, 'Thursday morning'],
    ['a span told by its end', `${lead} The survey runs until the end of the month.`, 'runs until the end of'],
    ['a holiday', `${lead} Responses are due by Easter.`, 'by Easter'],
    ['after the holidays', `${lead} A decision is expected after the summer holidays.`, 'after the summer holidays'],
    ['tonight', `${lead} Come to tonight’s meeting.`, 'tonight'],
    ['next month', `${lead} The cabinet will decide next month.`, 'next month'],
    ['the end of next week', `${lead} Tell us by the end of next week.`, 'end of next week'],
    ['a school year', `${lead} We hope to start work at the beginning of the new school year.`, 'at the beginning of the new school year'],
    ['a time range on a day', `${lead} The drop-in runs from 10am to 2pm on Saturday.`, '10am'],
    ['a fortnight', `${lead} The survey is open for the next fortnight.`, 'the next fortnight'],
    ['a clock time of the event', `${lead} The exhibition opens its doors at 4.30pm.`, 'exhibition opens its doors at 4.30pm'],
  ])('%s', (_, text, quote) => {
    expect(softFinding(missingTimeline, text, C).message).toContain(quote);
  });

  it('in a plan too', () => {
    const f = softFinding(missingTimeline, 'Terms of reference\n\nThe group helps the surgery. It will first meet after the Christmas break.', ['engagement-plan']);
    expect(f.message).toContain('after the Christmas');
  });

  it.each([
    ['a form at the library', 'We want your views on the new play area. Fill in the form at the library.'],
    ['what the play area will have', 'We want your views on the new play area. It will have swings and a slide.'],
    ['office hours are not timing of the consultation', 'We want your views on the new play area. Lines are open Monday to Friday.'],
    ['last month', 'We want your views on the new play area. Last month we planted trees.'],
    ['a greeting', 'We want your views on the new play area. Happy Easter to all our readers.'],
  ])('still says there are no dates when nothing places anything in time: %s', (_, text) => {
    expect(saysMissing(missingTimeline, text, C)).toBe(true);
  });
});

describe('meeting-in-person-only: any other channel is not "the only way"', () => {
  const lead = 'The annual meeting is at the Scout Hut, Mill Lane, on Friday 6 March at 7.30pm.';
  it.each([
    ['a feedback form elsewhere', `${lead} Feedback forms will be at the library for a fortnight after the event.`, /Feedback forms/],
    ['a questionnaire with a bulletin', `${lead} With the spring newsletter comes a short questionnaire.`, /short questionnaire/],
    ['papers online', `${lead} The draft agenda is online on the council website.`, /draft agenda/],
    ['plans on display', `${lead} The plans are on display at the library.`, /on display/],
    ['slides afterwards', `${lead} The slides will be made available afterwards.`, /slides/],
    ['ideas afterwards on a noticeboard', `${lead} Ideas for the garden are welcome afterwards on the church noticeboard.`, /Ideas for the garden/],
    ['suggestions to the secretary', `${lead} Any suggestions to the secretary.`, /suggestions to the secretary/],
    ['thoughts online', `${lead} Your thoughts are welcome online.`, /thoughts are welcome online/],
    ['an e-mail address', `${lead} Our address is hello@example.org.`, /hello@example\.org/],
    ['a phone number', `${lead} Our number is 01632 960 123.`, /01632 960 123/],
    ['minutes published', `${lead} The minutes will be published.`, /minutes/],
  ])('%s', (_, text, quote) => {
    const f = softFinding(meetingInPersonOnly, text, MI);
    expect(f.message).toMatch(quote);
    expect(f.message).toMatch(/whether people who cannot come/);
  });

  it.each([
    ['nothing but the meeting', `${lead} All welcome.`],
    ['tea and cake', `${lead} Tea and cake will be served.`],
    ['an e-mail to book a place', `${lead} To book a place, email hello@example.org.`],
    ['a phone number to say you are coming', `${lead} Please call 01632 960 123 to let us know you are coming.`],
    ['an e-mail for more details', `${lead} For more details, email hello@example.org.`],
  ])('still says the meeting is the only way when nothing else is named: %s', (_, text) => {
    expect(saysMissing(meetingInPersonOnly, text, MI)).toBe(true);
  });
});
