/**
 * Kinds of document that real sites publish, written in our own words: news
 * stories about a consultation in the third person, board pages, principles
 * and approach pages, pages copied with their breadcrumb trail, reports that
 * give response counts.
 */
import { describe, expect, it } from 'vitest';
import { kinds } from './kinds-of';

describe('profiles of published pages', () => {
  it.each([
    ['a news story: people urged to have a say', 'TENANTS are being urged to have a say on plans to replace the heating in four tower blocks.\n\nThe housing company says the work would start next year. Councillor Jo Bell said the plans would cut bills.'],
    ['a news story: the public given a chance', 'People are being given a final chance to give their views on the future of the minor injuries unit in Hartfield.\n\nThe health board wants to hear from anyone who has used the unit.'],
    ['a news story: a consultation launched', 'A ten-week consultation has been launched on changes to bus routes in the north of the county.\n\nThe council said fewer people now use the evening services.'],
    ['a council wanting views on when', 'The council, which has cut pool opening hours, is now seeking residents’ views on when each pool should open.\n\nThe cabinet agreed the savings last month.'],
    ['an announced consultation with its dates', 'Plans for the Northgate walk-in centre\n\nThe consultation into the Northgate walk-in centre will start next month. It will run from Monday 6 September to Sunday 3 October 2027.'],
    ['a survey launched by a commissioner', 'Policing is paid for partly through council tax. The Commissioner has launched a public survey and says: “I would encourage every household to fill it in.”'],
    ['a closed consultation whose decision is still to come', 'Consultation (closed)\n\nWhat happens next?\n\nWe are meeting residents and families in every home over the coming weeks. We expect to decide in April 2027.'],
    ['events that say what they consult on mid-paragraph', 'Village Plan Options Events\n\nWe would like to invite you to one of our events in June to give us your feedback. What are we consulting on? The draft plan and the sites put forward.\n\n- Memorial Hall, Friday 11 June 2027, 7pm to 9pm'],
    ['a letter running a vote on options', 'Two options for the service road\n\nOur safety team has drawn up two options for people who live on the road. We would rather residents chose than officers. So we will undertake one final consultation with every household.\n\nEvery home has a voting slip with a prepaid envelope. Please make sure your voting slip is returned by 3 July 2027.'],
  ])('reads %s as a consultation', (_, text) => {
    expect(kinds(text)).toContain('consultation');
  });

  it.each([
    ['principles of involvement', 'Principles of engagement and involvement\n\nOur work starts with the people we serve.\n\n1. We go to people rather than expecting them to come to us.\n2. We explain things clearly.\n3. We tell people what changed.'],
    ['participation commitments', 'Public Participation Commitments\n\nThis framework sets out how we will measure good participation.\n\n• We say at the start how people can take part.\n• We use a range of ways to involve people.'],
    ['an approach page', 'We want every resident to have a fair chance to share their views.\n\nOur approach:\n\nGoing to people: we meet people where they already are, such as markets, schools and places of worship.\n\nRecognising time: we offer vouchers and refreshments to thank people.\n\nWe follow the national principles for involving people in health care.'],
  ])('reads %s as an engagement plan', (_, text) => {
    expect(kinds(text)).toEqual(['engagement-plan']);
  });

  it('reads a closed consultation whose outcome is reported as a report, not a consultation', () => {
    expect(kinds('Changes to bin collections consultation\n\nWe consulted on changes to bin collections from March to April. The consultation is now closed.\n\nWe considered the feedback and have decided to collect food waste every week.')).toEqual(['report']);
  });

  it('reads a "How we involve the public" page as an engagement plan', () => {
    expect(kinds('How we involve the public\n\nOur staff involve patients, carers and families in planning services. We work with local groups and charities, and we map who has an interest so we can reach them in the right way.')).toEqual(['engagement-plan']);
  });

  it('reads a patient group page with its meeting dates as a meeting invitation, not a consultation', () => {
    expect(kinds('Patient Group\n\nDates of our meetings\n\nThe group meets at the surgery on the first Tuesday of each month at 2pm. Any patient or carer is welcome to attend. Just turn up.\n\nWill my views be heard?\n\nYour views are important and will be listened to.')).toEqual(['meeting-invitation']);
  });

  it('reads a strategy named in passing as "our new … strategy" as a plan', () => {
    expect(kinds('The hospital is changing how it works with patients through our new ‘Patient Involvement’ strategy. Patients, carers and staff wrote it together.')).toEqual(['engagement-plan']);
  });

  it('finds "our new … strategy" after an earlier phrase the same cue passes over', () => {
    // "commitment to … involving" comes first in the sentence and, said in passing, names no plan.
    expect(kinds("The health board is renewing its commitment to properly involving families, through our new 'Listening and Partnership' strategy. Families helped to write it.")).toEqual(['engagement-plan']);
  });

  it('does not read a commitment about "when we are consulting" as a consultation', () => {
    expect(kinds('Engagement charter\n\nWe will:\n\n1. involve the public early in our decision making\n2. tell people clearly whether we are consulting them or only informing them\n3. show what difference people made')).toEqual(['engagement-plan']);
  });

  it('does not read a deadline with a time as an event', () => {
    expect(kinds('Consultation on new ward boundaries opens today, with four options to choose from. Replies are accepted until 5pm on Friday 12 March 2027. Some drop-in sessions are being arranged for February.')).toEqual(['consultation']);
  });

  it('reads the results page of a closed consultation as a report', () => {
    expect(kinds('Rent setting consultation results\n\nThe consultation has now closed. We received 412 responses, and 61% of tenants chose option two. Thank you to everyone who took part.')).toEqual(['report']);
  });

  it('reads a board page that welcomes the public as a meeting invitation', () => {
    expect(kinds('Trust Board\n\nNEXT MEETING: 14 May 2027\n\nMeetings of the Board are held in public. Members of the public are welcome to attend and may ask a question at the start of the meeting.')).toEqual(['meeting-invitation']);
  });

  it('does not read a decision made at a meeting in public as an invitation', () => {
    expect(kinds('We are consulting on the future of the ward. Please fill in the survey by 3 June 2027. The Board will decide at its meeting in public in July 2027.')).toEqual(['consultation']);
  });

  it('skips a breadcrumb trail to find the title that names the event', () => {
    const page = '- Home\n- News\n- Village Plan Drop-In Sessions\n\n## Village Plan Drop-In Sessions\n\nWe will show the ideas so far and you can help shape them.\n\n## Dates and times\n\nAt the Memorial Hall:\n\n- Tuesday 8 June 18.00-20.30\n- Saturday 12 June 10.00-13.00';
    expect(kinds(page)).toContain('meeting-invitation');
  });

  it('reads a page that reports response numbers and links its summary report as a report', () => {
    expect(kinds('Engagement\n\nIn spring we held an eight-week conversation about our hospitals. The survey received 1,204 responses online.\n\n## Engagement 2026 - Summary Report\n\nDownload the summary.')).toContain('report');
  });

  it('does not make a consultation a report because it counts earlier responses', () => {
    expect(kinds('We are consulting on new bus routes. Our earlier survey received 812 responses. Please fill in the survey by 3 June 2027.')).toEqual(['consultation']);
  });
});
