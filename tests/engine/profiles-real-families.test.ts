/**
 * Families of published pages that were read as "general" (issue 9, family 2),
 * written in our own words: third-person asks in news stories, invitations in
 * the third person, results pages of a closed consultation, and commitments
 * between an organisation and the people it serves. Each family has a near
 * miss that must not change kind.
 */
import { describe, expect, it } from 'vitest';
import { kinds } from './kinds-of';

describe('news stories that ask in the third person are consultations', () => {
  it.each([
    ['the council asks residents', 'Riverside Borough Council is asking residents for views on proposals to change how garden waste is collected.\n\nA leaflet about the three options is going to every home.'],
    ['people still have time', 'Families still have time to share their views on the new play park before the end of the month.\n\nThe parish council bought the land last year.'],
    ['a survey open to anyone', 'Three charities have teamed up to learn what unpaid carers need.\n\nThe survey is open to anyone who looks after a relative or friend.'],
  ])('%s', (_, text) => expect(kinds(text)).toEqual(['consultation']));

  it('not a strategy that promises to ask', () => {
    const strategy = 'Engagement strategy 2027–2030\n\nEach year we will publish a report on how we engaged, and invite comments on how we can improve.\n\nResidents have the opportunity to have their say in every consultation we run.';
    expect(kinds(strategy)).toEqual(['engagement-plan']);
  });
});

describe('invitations in the third person', () => {
  it('reads a drop-in that is part of a consultation as both', () => {
    const text = 'Residents are being invited to attend a drop-in session at the library about bus routes.\n\nThe drop-in is part of a public consultation, which closes at the end of June.';
    expect(kinds(text)).toEqual(['consultation', 'meeting-invitation']);
  });

  it('reads exhibitions with no booking needed as an invitation', () => {
    const text = 'Town centre plan\n\nThe exhibitions will be held on the following dates in the old market hall. You can turn up on the day. For the evening talks please reserve a space.';
    expect(kinds(text)).toEqual(['meeting-invitation']);
  });

  it('not when the organisation encourages views on its work in general', () => {
    const text = 'Meet the health team at the market\n\nCome and talk to us on Friday 6 June 2027, 10am to 1pm, in the market square. We are encouraging people to share their views on our work.';
    expect(kinds(text)).toEqual(['meeting-invitation']);
  });
});

describe('results of a closed consultation are reports', () => {
  it.each([
    ['titled as results', 'Bus station consultation results\n\nOver the summer we asked people about the new layout of the bus station. Most wanted more seats and shelter.'],
    ['titled as an event report', 'Carers week event report - June 2027\n\nThis page says what carers told us at the event.'],
    ['findings in a long headline', 'Findings from volunteer visits to three care homes show that meal times vary a great deal between homes\n\nVolunteers spoke to residents and staff over two weeks.'],
    ['how many had their say', 'More than 250 people had their say in our survey about library opening hours.\n\nThe full results are being analysed and we will write to everyone again in the autumn.'],
    ['thanks for comments sent', 'Thank you for submitting comments on the town centre plan.\n\nYou can read every response below, and a summary of survey results.'],
    ['submissions reviewed', 'Draft village plan\n\nThe parish council received more than 40 submissions from residents and developers. The working group reviewed all the responses before changing the draft plan.'],
  ])('%s', (_, text) => expect(kinds(text)).toEqual(['report']));

  it('not a consultation that promises results', () => {
    const text = 'We are consulting on new library opening hours until 30 June 2027.\n\nAfter the consultation we will publish the results of the survey, and thank everyone who took part.';
    expect(kinds(text)).toEqual(['consultation']);
  });
});

describe('letters to patients with a survey are consultations', () => {
  it.each([
    ['a survey for patients to fill in', 'Dear patient\n\nOur two surgeries plan to join together next spring. We have made a short survey for patients to fill in, online or on paper, and you can pick up a paper survey at reception.'],
    ['a title that names a survey', 'Merger news and survey\n\nOur two surgeries plan to join together next spring.'],
  ])('%s', (_, text) => expect(kinds(text)).toEqual(['consultation']));

  it('not a letter that mentions a past staff survey', () => {
    expect(kinds('Dear patient\n\nOur new opening hours start in May. The survey for staff closed last year.')).toEqual(['general']);
  });
});

describe('commitments between an organisation and the people it serves are plans', () => {
  it('reads a tenant agreement as an engagement plan', () => {
    const text = 'This is a commitment between the council and its tenants. It sets out how we will help tenants to get involved in decisions about their homes.\n\n- We will give tenants a say in repairs.\n- We will train tenants who want to check our work.';
    expect(kinds(text)).toEqual(['engagement-plan']);
  });

  it('not a letter that sets out how to pay rent', () => {
    expect(kinds('Dear tenant\n\nThis letter sets out how we will collect rent from April.')).toEqual(['general']);
  });
});

describe('set k families (s19)', () => {
  it.each([
    ['a body asks people in a headline', 'The board asks tenants for their views on a possible rent rise\n\nThe chair said costs keep going up. Tenants can comment online or by phone.'],
    ['looking for your views', 'Rent for next year\n\nWe are now looking for your views on a rent rise of two pounds a week from April.'],
    ['an organisation running a survey', 'Riverside Health Trust is running a survey asking about patients’ experiences of its clinics during the winter.\n\nThe form takes ten minutes.'],
  ])('%s is a consultation', (_, text) => expect(kinds(text)).toEqual(['consultation']));

  it('not a standing habit of asking', () => {
    expect(kinds('Our patient group\n\nWe ask patients for their views on our service every year. The group meets in the library.')).not.toContain('consultation');
  });

  it('reads meetings held as part of a running consultation as both', () => {
    const text = 'Managers explain ambulance plans\n\nTwo meetings are to be held where people can question the managers as part of the three-month consultation.\n\nThe meetings are at:\n\nNorth – 6 September, 6pm, Hill House, Market Street.\n\nSouth – 27 September, 7pm, the Quay Centre.';
    expect(kinds(text)).toEqual(['consultation', 'meeting-invitation']);
  });

  it('reads a survey that is now complete, with its numbers, as a report', () => {
    const text = 'Carers survey\n\nThe survey is now complete. It went to 900 carers and responses were received from 210 of them.\n\nThank you to the carers who took part. We will make these changes:\n\n1. A booklet for carers\n2. Carers included in discharge plans\n\nCarers survey summary report';
    expect(kinds(text)).toEqual(['report']);
  });
});

describe('a consultation that is over and counts its responses is a report (s19)', () => {
  it('reads "this closed on" with a count of responses as a report', () => {
    const text = 'Bus changes – public consultation closes\n\nA public consultation on bus routes began on 2 February. This closed on Monday 14 March. In total we have received over 1800 responses and we thank you for spreading the word.\n\nWe’ll share a summary of the results in April.';
    expect(kinds(text)).toEqual(['report']);
  });

  it('reads a thank-you with the number of forms back as a report', () => {
    const text = 'A thank you\n\nVillage plan questionnaire\n\nWe delivered 600 questionnaires and received 230 completed documents. A big thank you to all those households that filled in and returned the form.';
    expect(kinds(text)).toEqual(['report']);
  });

  it('not a consultation that counts responses so far and still asks for views by a date', () => {
    const text = 'Village plan questionnaire\n\nThank you to everyone who took part so far: we have received 230 responses. There is still time: please send us your views by 30 June.';
    expect(kinds(text)).toContain('consultation');
  });
});

describe('a consultation with dated events is both (s19)', () => {
  it('reads events held to give views, with dated sessions, as both', () => {
    const text = 'The town council is inviting local residents to a series of public events to give their views on how the town should grow.\n\nDrop in events will take place at:\n\n- Mon, March 18 – 4–7pm - St Mary’s Hall\n- Thu, May 2 – 4–7pm - Riverside School';
    expect(kinds(text)).toEqual(['consultation', 'meeting-invitation']);
  });

  it('reads people asked a question at a dated event as both', () => {
    const text = 'Unpaid carers are being invited to share their stories at an event in the town.\n\nThe charity is holding an event at its offices on Thursday 23 November, from 1.30pm to 3.30pm. Please do come along.';
    expect(kinds(text)).toEqual(['consultation', 'meeting-invitation']);
  });

  it('reads plans put on display on dated days as an event', () => {
    const text = 'New pool plans go on show\n\nThe designs will be exhibited at the leisure centre on Thursday 7 September, from 8am to 8pm. They will go on display again on Thursday 21 September at the Mill Hall, from 3pm to 8pm.\n\nPeople can fill in a survey to give their views on the designs, which is part of a consultation.';
    expect(kinds(text)).toEqual(['consultation', 'meeting-invitation']);
  });

  it('not events held for something else', () => {
    expect(kinds('The town council is inviting residents to a series of events to celebrate the jubilee.')).not.toContain('consultation');
  });
});

describe('a standing panel’s page is not an invitation (s19)', () => {
  it('reads a panel page (who is in it, how it meets online) as a plan', () => {
    const text = 'The patient panel is made up of volunteers, supported by hospital staff, who review and challenge our projects.\n\nPanel meetings are held online every month. Expenses are paid if members meet in person for any reason.\n\nPast topics include outpatient letters and new signs.';
    expect(kinds(text)).toEqual(['engagement-plan']);
  });

  it('still reads a group that meets at a place on a cycle as an invitation', () => {
    const text = 'Our patient group meets at the surgery on the first Tuesday of each month at 6pm. All patients are welcome to come along.';
    expect(kinds(text)).toContain('meeting-invitation');
  });
});
