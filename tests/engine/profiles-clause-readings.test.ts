/**
 * Clause readings for pages that rarely speak to the reader (src/engine/profile-clauses.ts and their
 * scoring in src/engine/profiles.ts): the register of the page, an organisation seeking views now
 * (read with compromise: subject, verb form, what is sought), the tense of sentences about taking
 * part, and an occasion that will be held on a date. Every text here is our own.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { analyseText } from '../../src/engine/text';
import { blockClauses, tenseOf } from '../../src/engine/profile-clauses';
import { parsePlainText } from '../../src/sources/plain-text';

const linter = new Linter([]);
const detect = (text: string) => linter.lint(parsePlainText(text).doc).profiles;
const clausesOf = (text: string) => blockClauses({ block: { id: 'b0', kind: 'paragraph', text } as never, index: 0, analysis: analyseText(text) });

describe('an organisation seeking views now, read from the clause', () => {
  it.each([
    ['a progressive seek verb', 'The harbour trust is seeking comments on whether the slipway should be widened.'],
    ['a perfect verb and views later in the clause', 'The harbour trust has begun a listening exercise to hear what boat owners think of the moorings.'],
    ['people as the subject of a present passive', 'Allotment holders are being asked for their opinions on the new water charges.'],
    ['a headline with a bare participle', 'Opinions sought on new cycle path'],
    ['a consultation launched', 'The district council has launched a consultation on bin collection days.'],
    ['what is sought as the subject of a passive', 'Comments are now being invited on the new bus timetable.'],
  ])('%s counts', (_, sentence) => {
    expect(clausesOf(sentence).seekingNow).toBe(1);
  });

  it.each([
    ['the plain past', 'The harbour trust sought comments on the slipway last year.'],
    ['something other than views sought', 'The harbour trust is seeking funding for a new roof on the boathouse.'],
    ['people moved, not asked', 'Allotment holders are being moved to the new site by the river.'],
    ['the writer speaking (left to the phrase cues)', 'We are seeking comments on whether the slipway should be widened.'],
    ['a clause of what happens whenever', 'When public consultations are launched, the trust reports back on the results.'],
    ['views sought at an occasion (what the occasion is for)', 'The team are holding coffee mornings inviting the public to share their experiences of the clinic.'],
  ])('%s does not count', (_, sentence) => {
    expect(clausesOf(sentence).seekingNow).toBe(0);
  });
});

describe('the tense of a sentence about taking part', () => {
  it('reads irregular and regular past forms as the past', () => {
    expect(tenseOf('forty people came to the exhibition in the church.')).toBe('past');
    expect(tenseOf('the survey was sent to every household and residents returned 300 forms.')).toBe('past');
  });
  it('reads "will", "is now open" and "are being asked" as now or to come', () => {
    expect(tenseOf('the survey will close at the end of may.')).toBe('ahead');
    expect(tenseOf('tenants are being asked about the repairs.')).toBe('ahead');
  });
  it('reads a participle after an auxiliary as no past, and a mixed sentence as neither', () => {
    expect(tenseOf('a meeting will be held in the hall.')).toBe('ahead');
    expect(tenseOf('the survey ran until may and the results will be shared in june.')).toBeUndefined();
  });
});

describe('an occasion that will be held on a date, in the third person', () => {
  it('counts a meeting to come with its date first', () => {
    expect(clausesOf('On 14 May the parish council will hold its annual meeting in the village hall.').futureEvent).toBe(1);
  });
  it('does not count one that was held, or a sentence that speaks to the reader', () => {
    expect(clausesOf('On 14 May the parish council held its annual meeting in the village hall.').futureEvent).toBe(0);
    expect(clausesOf('On 14 May you can come to the annual meeting in the village hall.').futureEvent).toBe(0);
  });
});

// A news page in the third person: an organisation seeking views, with no "you" or "your".
const NEWS = [
  'Slipway plans',
  'The harbour trust has begun a listening exercise to hear what boat owners think of plans to widen the slipway.',
  'The slipway was built in 1962 and is now too narrow for most trailers.',
  'Two designs have been drawn up by engineers.',
  'Paper copies of the designs are at the harbour office.',
].join('\n\n');

describe('scoring: a page that rarely speaks to the reader', () => {
  it('reads an organisation seeking views now as a consultation, with a plain reason', () => {
    const p = detect(NEWS);
    expect(p.map((x) => x.id)).toEqual(['consultation']);
    expect(p[0]!.reasons).toContain('says that people’s views are being asked for now');
  });

  it('does not use the clause as a cue on a page that speaks to the reader (the phrase cues read it)', () => {
    const spoken = NEWS.replace('Two designs have been drawn up by engineers.', 'You can see the two designs on your phone.').replace('Paper copies of the designs are at the harbour office.', 'Please pick up your paper copy at the harbour office.');
    const reasons = detect(spoken).flatMap((x) => x.reasons);
    expect(reasons).not.toContain('says that people’s views are being asked for now');
  });

  it('reads a dated meeting to come as an invitation', () => {
    const page = ['Annual meeting', 'On 14 May the parish council will hold its annual meeting in the village hall.', 'The chair will give a report on the year.', 'The accounts will be shown.', 'Tea will be served afterwards.'].join('\n\n');
    const p = detect(page);
    expect(p.map((x) => x.id)).toEqual(['meeting-invitation']);
    expect(p[0]!.reasons).toContain('says an event will be held on a date');
    expect(detect(page.replace('will hold', 'held').replace(/will be/g, 'was').replace('will give', 'gave')).map((x) => x.id)).not.toContain('meeting-invitation');
  });
});

// An account of a consultation that is over: mostly past tense, no ask left.
const ACCOUNT = [
  'How the harbour plan was prepared',
  'The harbour trust ran a consultation on the draft plan in the spring.',
  'A survey was sent to every mooring holder and 212 replies came back.',
  'Three drop-in sessions were held at the harbour office, and the comments on the proposals were written up.',
  'The trust then changed the plan to keep the old crane.',
].join('\n\n');

describe('scoring: taking part told mostly in the past', () => {
  it('reads the account as a report, not a consultation, with a plain reason', () => {
    const p = detect(ACCOUNT);
    expect(p.map((x) => x.id)).toEqual(['report']);
    expect(p[0]!.reasons.join(' ')).toMatch(/tells of taking part mostly in the past \(\d+ sentences\)/);
  });

  it('leaves a live consultation that looks ahead a consultation', () => {
    const live = [
      'Harbour plan consultation',
      'The harbour trust is consulting on the draft plan until 30 June.',
      'A survey will be sent to every mooring holder.',
      'Three drop-in sessions will be held at the harbour office.',
      'Comments on the proposals can be left at the office.',
    ].join('\n\n');
    expect(detect(live).map((x) => x.id)).toContain('consultation');
    expect(detect(live).flatMap((x) => x.reasons).join(' ')).not.toMatch(/mostly in the past/);
  });
});
