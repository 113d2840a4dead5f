/**
 * Two published shapes (issue 9, session 24), in our own words: meetings to come whose place sits
 * between "take place" and the date, and a draft charter published for comment by a date (a plan
 * that is also a consultation). Plus thanks with a word between the people and "who".
 */
import { describe, expect, it } from 'vitest';
import { kinds } from './kinds-of';

describe('meetings to come told in running text, the place before the date', () => {
  const story = [
    'Parents are being encouraged to have their say on plans to merge the town’s two nurseries, and dates for public meetings have been set.',
    'The county council says the merger would save money and keep one site open all year.',
    'Meetings in the north of the county take place at the Methodist hall in Mill Lane, Brampton, on Thursday July 20 from 6pm to 7.30pm, and at the library on Wednesday July 26.',
  ].join('\n\n');

  it('is a consultation and an invitation', () => {
    expect(kinds(story)).toEqual(['consultation', 'meeting-invitation']);
  });

  it('not when the meetings were held', () => {
    const untimed = story.replace(' from 6pm to 7.30pm', '');
    expect(kinds(untimed)).toEqual(['consultation', 'meeting-invitation']);
    expect(kinds(untimed.replace('take place', 'took place').replace('dates for public meetings have been set', 'two public meetings were held'))).not.toContain('meeting-invitation');
  });
});

describe('a draft charter published for comment by a date', () => {
  it('is a plan and a consultation', () => {
    const page = [
      'Our draft involvement charter',
      'A group of residents helped us write a charter of the standards we will keep when we involve people. We are now publishing it in draft for further comment. Please let us have any further comments on the charter by Friday, 4 September.',
      'We will make sure you can be involved in the decisions that affect you, and that you know how your views shaped them.',
    ].join('\n\n');
    expect(kinds(page)).toEqual(['consultation', 'engagement-plan']);
  });

  it('a charter with no ask stays a plan', () => {
    const page = [
      'Our involvement charter',
      'A group of residents helped us write a charter of the standards we will keep when we involve people.',
      'We will make sure you can be involved in the decisions that affect you, and that you know how your views shaped them.',
    ].join('\n\n');
    expect(kinds(page)).toEqual(['engagement-plan']);
  });
});

describe('thanks with a word between the people and "who"', () => {
  it('reads a survey page that thanks its respondents and shows the answers as a report', () => {
    const page = 'Last spring the parish council ran its first survey of residents. We would like to thank all those respondents who took the time to fill it in. The raw answers are set out below while we work on a list of priorities.\n\nSurvey answers';
    expect(kinds(page)).toEqual(['report']);
  });
});
