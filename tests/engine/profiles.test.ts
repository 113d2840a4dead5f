import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { parsePlainText } from '../../src/sources/plain-text';

const linter = new Linter([]);
const profilesOf = (text: string, profiles?: string[]) =>
  linter.lint(parsePlainText(text).doc, profiles ? { profiles: profiles as never } : {}).profiles;
const ids = (text: string) => profilesOf(text).map((p) => p.id);

describe('profile detection', () => {
  it('detects a consultation from how it speaks to the reader', () => {
    expect(ids('Changes to library opening hours\n\nWe are consulting on new opening hours for our libraries. Please fill in the online survey by 9 January.')).toEqual(['consultation']);
    expect(ids('Have your say on the future of Elm Street clinic. Tell us what you think about our proposals before the closing date.')).toEqual(['consultation']);
    expect(ids('Stroke services review\n\nWe want to hear your views on two options for where stroke care is provided. The consultation closes on 3 March.')).toEqual(['consultation']);
  });

  it('gives plain reasons', () => {
    const [p] = profilesOf('We are consulting on new opening hours. This consultation closes on 9 January.');
    expect(p!.id).toBe('consultation');
    expect(p!.source).toBe('detected');
    expect(p!.reasons).toContain('says it is consulting people');
    expect(p!.reasons).toContain('gives a consultation period');
  });

  it('detects engagement plans, project plans and co-production strategies', () => {
    expect(ids('Communications and engagement plan\n\nThis plan sets out how we will involve people in the review of community mental health services.')).toEqual(['engagement-plan']);
    expect(ids('Project initiation document: Healthy Hearts\n\nObjectives\n\nReduce waiting times.\n\nMilestones\n\nPhase 1 ends in June.')).toEqual(['engagement-plan']);
    expect(ids('Our co-production strategy 2026–2029\n\nThis strategy describes how we will work with people who use our services.')).toEqual(['engagement-plan']);
    expect(ids('Aims and objectives\n\nWe will engage carers and young people.\n\nGovernance\n\nThe steering group meets monthly.\n\nMilestones\n\nReport in March 2027.')).toEqual(['engagement-plan']);
  });

  it('does not call a plan a consultation just because it plans one', () => {
    const plan = 'Engagement plan: maternity services\n\nWe will run a 12-week public consultation on the proposals in spring 2027, with an online survey.\n\nMilestones\n\nConsultation closes in June 2027.';
    expect(ids(plan)).toEqual(['engagement-plan']);
  });

  it('detects meeting invitations', () => {
    expect(ids('You are invited to our patient panel meeting.\n\nDate: Tuesday 3 March\nTime: 2pm to 4pm\nVenue: Town Hall, Leeds')).toEqual(['meeting-invitation']);
    expect(ids('Join us for a coffee morning to talk about the new café. Everyone is welcome.')).toEqual(['meeting-invitation']);
    expect(ids('Date: 3 March 2027\nWhere: Community Centre, High Street\nPlease book a place by phoning 0113 496 0000.')).toEqual(['meeting-invitation']);
  });

  it('finds a consultation that is also a meeting invitation', () => {
    const text = 'Have your say on changes to GP services\n\nWe are consulting on new opening hours until 26 May.\n\nDrop-in events\n\n- Tuesday 3 March, 2pm to 4pm, Leeds Central Library\n- Saturday 7 March, 10am to 12pm, Otley Civic Centre';
    const found = profilesOf(text);
    expect(found.map((p) => p.id)).toEqual(['consultation', 'meeting-invitation']);
    expect(found[1]!.reasons).toContain('lists 2 events with dates and times');
  });

  it('detects reports, but not a promise to report', () => {
    expect(ids('You said, we did\n\nYou told us the car park was hard to use. We have added 10 blue badge spaces.')).toEqual(['report']);
    expect(ids('Summary of responses\n\nWe received 412 responses to the consultation. Most people supported option A.')).toEqual(['report']);
    const promise = ids('We are consulting on new opening hours. After the consultation we will publish a “you said, we did” report.');
    expect(promise).toEqual(['consultation']);
  });

  it('reads a statutory notice asking for objections as a consultation', () => {
    expect(ids('The Council is proposing to increase parking charges. Anyone wishing to comment on the proposals should write to the Parking Manager. All objections will be considered.')).toEqual(['consultation']);
  });

  it('does not treat past involvement or agenda items as a consultation or plan', () => {
    expect(ids('The new service started in February. Last summer people could comment on the draft service specification in a survey.')).toEqual(['general']);
    const agenda = 'You are invited to the next forum meeting on Monday 9 June, 10.30am to 12.30pm.\n\nAgenda\n\n1. Welcome\n2. Updating the terms of reference\n3. What patients told us in the winter survey';
    expect(ids(agenda)).toEqual(['meeting-invitation']);
  });

  it('treats an invitation to talk about a consultation as an invitation', () => {
    const text = 'Dear families,\n\nThe Council is consulting on the future of Larchfield House. We would like to invite you to a meeting to talk about the proposal.\n\nDate: Thursday 12 June 2025, 6pm to 7.30pm\nVenue: The Lounge, Larchfield House';
    expect(ids(text)).toEqual(['meeting-invitation']);
  });

  it('falls back to general', () => {
    const [p] = profilesOf('The weather in Leeds was mild this week. Many people went for walks in the park.');
    expect(p!.id).toBe('general');
    expect(p!.reasons[0]).toMatch(/does not look like/);
  });

  it('is not fooled by single words', () => {
    expect(ids('Our staff survey results are in the newsletter.')).toEqual(['general']);
    expect(ids('The meeting room is on the second floor.')).toEqual(['general']);
  });

  it('uses the profiles chosen in settings instead', () => {
    const found = profilesOf('The weather was mild.', ['consultation', 'meeting-invitation']);
    expect(found.map((p) => [p.id, p.source])).toEqual([
      ['consultation', 'config'],
      ['meeting-invitation', 'config'],
    ]);
  });
});

describe('profile detection: the purpose in the title and opening weighs more than passing mentions', () => {
  it('does not read a report or an invitation that asks for views as a consultation', () => {
    expect(ids('You said, we did: day services\n\nHere is what you told us and what we have done.\n\nIf you want to tell us what you think of this report, call 01632 960 000.')).toEqual(['report']);
    const focus = 'Calling all young carers!\n\nWe want to hear from you. Join our focus group and help us change the service.\n\nThursday 22 April 2027, 4pm to 6pm, The Hub, Lord Street';
    expect(ids(focus)).toEqual(['meeting-invitation']);
  });

  it('still reads an invitation with a way to respond on proposals as a consultation too', () => {
    const text = 'Help shape the new health centre\n\nCome and talk to us!\n\nWe are planning a new health centre. We want to hear what would make it work for you.\n\nDrop-in sessions\n\nMonday 19 April 2027\t2pm – 7pm\tChurch Hall\n\nCan’t make it? Tell us your views online, or ring us and we will post you a feedback form.';
    expect(ids(text)).toEqual(['consultation', 'meeting-invitation']);
  });

  it('reads a letter titled as a consultation, with a reply slip, as a consultation', () => {
    const text = 'Riverside Homes\nTenant Consultation\n\nDate of issue: 1 March 2027\n\nDear Resident\n\nWe plan to change the cleaning service. We would welcome your comments. Please complete the reply slip below and return it to the estate office by 29 March 2027.';
    expect(ids(text)).toEqual(['consultation']);
  });

  it('does not read a plan or terms of reference that mentions meetings as an invitation', () => {
    const tor = 'Carers Panel\nTerms of Reference\n\n1. Purpose\n\nThe Panel advises the Board.\n\n2. Meetings\n\nThe Panel meets every two months, on the second Wednesday, from 11am to 1.30pm, at the Civic Centre.';
    expect(ids(tor)).toEqual(['engagement-plan']);
  });

  it('does not count opening hours or a recurring slot as an event', () => {
    const text = 'Parking proposals: have your say\n\nThis consultation closes on 14 March 2027.\n\nBy phone: call 0114 496 0734 (Monday to Friday, 9am to 5pm).\n\nIn person: our officers will be at the library every Saturday in February from 10am to 12 noon.\n\nThe final decision will be made at a public meeting in June 2027.';
    expect(ids(text)).toEqual(['consultation']);
  });

  it('reads a communications plan as a plan, and a newsletter as neither plan nor consultation', () => {
    expect(ids('Neighbourhood Hubs – Communications Plan 2027/28\n\nBackground\n\nThree hubs will open in September.\n\nAims\n\nTo make sure residents know about the hubs.')).toEqual(['engagement-plan']);
    const news = 'Community Voices – Spring 2027 newsletter\n\nWelcome from our Chair\n\nOur Health Inequalities Action Plan was written with local people, and more than 900 residents completed our questionnaire.\n\nDates for your diary\n\nOur Annual Meeting will be held on Tuesday 20 April 2027.';
    expect(ids(news)).toEqual(['general']);
  });

  it('counts a table row of date, time and venue once', () => {
    const text = 'Drop-in sessions\n\nMonday 19 April 2027\t2pm – 7pm\tChurch Hall\nSaturday 24 April 2027\t10am – 1pm\tLibrary';
    const invite = profilesOf(text).find((p) => p.id === 'meeting-invitation');
    expect(invite?.reasons).toContain('lists 2 events with dates and times');
  });

  it('reads titles with dashes and labels as consultations, and weekday-ordinal dates as events', () => {
    expect(ids('Library Review – Consultation Document\n\nWe are reviewing our libraries.')).toEqual(['consultation']);
    const notice = 'Patient Participation Group\n\nYou are invited to our next meeting.\n\nTuesday 14th, 6pm to 7.30pm, in the practice waiting room.';
    expect(profilesOf(notice).find((p) => p.id === 'meeting-invitation')?.reasons).toContain('lists an event with a date and time');
  });

  it('reads a letter asking for views with an enclosed questionnaire as a consultation, and a dated agenda as an invitation', () => {
    const letter = 'Westshire Council\n\n3 April 2027\n\nDear Resident\n\nWe are writing to ask for your views on proposals to change bin collections. Please complete the enclosed questionnaire and return it by 30 April 2027.';
    expect(ids(letter)).toEqual(['consultation']);
    expect(ids('Health and Wellbeing Board\n\nAgenda\n\nWednesday 5 May 2027, 2pm, Council Chamber\n\n1. Apologies\n2. Minutes of the last meeting')).toEqual(['meeting-invitation']);
  });
});

describe('profiles: precision on invitations and letters', () => {
  it('an e-mail titled as an invitation that asks for views at the visit is not a consultation', () => {
    const text = 'Subject: Invitation – visit to the new library\n\nDear all,\n\nWe would like your views on the layout while there is still time to change it.\n\nDate: Friday 6 March 2027\nTime: 10am to 11.30am\nMeet at: the main entrance';
    expect(ids(text)).toContain('meeting-invitation');
    expect(ids(text)).not.toContain('consultation');
  });
  it('an invitation to comment is still a consultation', () => {
    const text = 'Invitation to comment on the draft parking strategy\n\nWe are consulting on the draft strategy. Please fill in the survey by 4 June 2027. The consultation closes on 4 June 2027.';
    expect(ids(text)).toContain('consultation');
  });
  it('a letter explaining a decision with one "what you told us" section is not a report', () => {
    const text = 'Dear resident,\n\nThe Tuesday market will move to Station Square from 1 May 2027.\n\nWhat you told us\nMany of you asked for more seating, so we are adding benches.\n\nYours sincerely,\nThe Markets Team';
    expect(ids(text)).not.toContain('report');
  });
  it('a you-said-we-did report is still a report', () => {
    const text = 'Market changes: you said, we did\n\nWhat you told us\n412 people responded to our survey. Many asked for more seating.\n\nWhat we did\nWe added benches.';
    expect(ids(text)).toContain('report');
  });
  it('a letter asking the reader to take part in a citizens\' jury or assembly is an invitation', () => {
    const jury = 'Riverside Citizens\' Jury\n\nDear householder,\n\nWe would like you, or someone aged 18 or over in your home, to take part in the Riverside Citizens\' Jury on bus services. The jury meets on three Wednesdays in June.';
    expect(ids(jury)).toEqual(['meeting-invitation']);
    // Asking someone to take part in a survey is not an invitation to an event.
    expect(ids('Dear householder,\n\nWe would like you to take part in our short survey about bus services.')).not.toContain('meeting-invitation');
  });
});

describe('profile detection: asks that belong to an event or a newsletter item', () => {
  it('does not read "be willing to share your views" (what taking part involves) as an ask for views', () => {
    const text = 'Dear Resident\n\nYou have been picked to join our climate panel. You do not need to be an expert. You just need to be willing to listen and share your views.\n\nThe panel meets on Saturday 6 March 2027, 10am to 3pm, at the Town Hall.';
    expect(ids(text)).not.toContain('consultation');
  });
  it('does not read a survey offered instead of a drop-in as a consultation', () => {
    const text = 'Tell us about your GP\n\nDrop-in sessions\n\nCome and talk to us at the library on Monday 3 May 2027, 10am to 12pm.\n\nCannot come along? Fill in our survey online.';
    expect(ids(text)).not.toContain('consultation');
    expect(ids(text)).toContain('meeting-invitation');
  });
  it('still reads a survey offered alongside proposals as a consultation', () => {
    expect(ids('Changes to library opening hours\n\nWe are consulting on new opening hours. Fill in our survey by 9 January 2027.')).toContain('consultation');
  });
  it('treats a newsletter\'s "you said, we did" item as news, and a dated line after "come and talk to us" as an event', () => {
    const text = 'Parish Newsletter – Spring 2027\n\nFrom the Chair\n\nWhat a busy year it has been for the village. Thank you to everyone who helped with the litter pick, the summer fair and the lights.\n\nPark: you said, we did\n\nIn the autumn many of you asked for more benches and a ramp by the gate. Both are now in place, and the new swings arrive in May.\n\nNew cycle racks: come and tell us what you think\nCome and talk to us:\n\nSaturday 10 April 2027, 10am – 12 noon, Village Hall';
    expect(ids(text)).not.toContain('report');
    expect(ids(text)).toContain('meeting-invitation');
  });
});
