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
