/**
 * The time of a page (issue 9, session 24): a consultation that is still open tells
 * what an earlier round found as background ("last year 3,000 people took part"),
 * and a closed consultation's page asks nothing now. And the third-person ask of a
 * news story that puts the views in a verb or a question ("residents are being urged
 * to tell the council which …"). Every text here is our own.
 */
import { describe, expect, it } from 'vitest';
import { kinds } from './kinds-of';
import { analyseText } from '../../src/engine/text';
import { blockClauses } from '../../src/engine/profile-clauses';

const clausesOf = (text: string) => blockClauses({ block: { id: 'b0', kind: 'paragraph', text } as never, index: 0, analysis: analyseText(text) });

describe('people asked in the passive to give their views in a verb or a question', () => {
  it.each([
    ['urged to tell', 'Harbour users are being urged to tell the trust which moorings they use most.'],
    ['asked a question', 'Allotment holders are being asked what they would pay for a water supply.'],
    ['people before a place that compromise takes as the subject', 'Shopkeepers and residents across Fenwick are being asked to help shape next year’s market rules.'],
  ])('%s counts as views sought now', (_, sentence) => {
    expect(clausesOf(sentence).seekingNow).toBe(1);
  });

  it.each([
    ['asked to do something that is not giving views', 'Harbour users are being asked to move their boats before the dredging starts.'],
    ['told in the past', 'Allotment holders were asked what they would pay for a water supply.'],
    ['people told, not asked', 'Harbour users are being told which moorings will close.'],
  ])('%s does not count', (_, sentence) => {
    expect(clausesOf(sentence).seekingNow).toBe(0);
  });
});

describe('an open consultation that tells what an earlier round found', () => {
  const newsStory = [
    'Harbour users are being urged to tell the trust which moorings they value most as it plans next year’s charges.',
    'Following last year’s mooring survey, in which more than 1,200 boat owners took part, the trust has started a second round.',
    'The chair said: “We heard from 1,200 owners last year and most said the pontoons needed repairs. We acted on that.”',
    'The trust received 300 letters about the slipway in the spring.',
    'The board met in October and agreed the budget.',
  ].join('\n\n');

  it('is a consultation, not a report too', () => {
    expect(kinds(newsStory)).toEqual(['consultation']);
  });

  it('is a report when the page is mostly the account, with no ask now', () => {
    const account = [
      'Mooring survey: what owners told us',
      'Last year more than 1,200 boat owners took part in our mooring survey, and 300 sent letters as well.',
      'Most owners said the pontoons needed repairs, and 62% of respondents wanted longer opening hours at the fuel berth.',
      'We acted on that: the pontoons were mended in March and the fuel berth now opens until 8pm.',
    ].join('\n\n');
    expect(kinds(account)).toEqual(['report']);
  });

  it('a page that says its own round "is now open" and asks by a date stays a consultation', () => {
    const page = [
      'Slipway charges consultation',
      'Our earlier consultation ran in April. We received 400 responses and 70 per cent of respondents wanted the slipway kept free.',
      'We are now consulting again on the final charges. Please send your comments by 30 June.',
    ].join('\n\n');
    expect(kinds(page)).toEqual(['consultation']);
  });
});

describe('a closed consultation that thanks those who took part', () => {
  it('is a report even with no count of responses', () => {
    const page = [
      'The harbour plan consultation was held between 3 March and 28 April.',
      'Next steps: officers will now read every response and change the draft plan where needed. All responses will be published here in the summer.',
      'Thank you to everyone who responded. Responses from individuals have had names and addresses removed.',
      'Comment form responses',
    ].join('\n\n');
    expect(kinds(page)).toEqual(['report']);
  });

  it('not when it asks again now', () => {
    const page = [
      'The first harbour plan consultation was held between 3 March and 28 April. Thank you to everyone who responded.',
      'We are now consulting on the second draft. Please send your comments by 30 September.',
    ].join('\n\n');
    expect(kinds(page)).toContain('consultation');
  });
});

describe('a page titled with the consultation it tells of, all in the past', () => {
  const account = [
    '2026 harbour consultation',
    'The harbour consultation on the draft plan, from 2 March to 14 April 2026.',
    'Paper questionnaires were handed out at the four drop-in sessions and were also available online.',
    'Comments were collected by questionnaire, by e-mail and by letter. The response was:',
    '• 212 questionnaires',
    '• 40 letters',
    'Most people said the slipway should stay free. The responses were sorted by theme and the draft plan was changed where a comment raised a planning issue.',
  ].join('\n\n');

  it('is a report: the title only names what it tells of', () => {
    expect(kinds(account)).toEqual(['report']);
  });

  it('not when the page also asks now', () => {
    expect(kinds(`${account}\n\nWe are now consulting on the second draft. Please send your comments by 30 September.`)).toContain('consultation');
  });
});
