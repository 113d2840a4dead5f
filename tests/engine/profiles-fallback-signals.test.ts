/**
 * The last reading before "general" (src/engine/profiles.ts, fallbackKind): pages
 * written in the third person, like local news, that no cue reads. Every text
 * here is our own.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine';
import { parsePlainText } from '../../src/sources/plain-text';

const linter = new Linter([]);
const detect = (text: string) => linter.lint(parsePlainText(text).doc).profiles;

// A news item: a village council has begun asking people what they think, in the third person.
const SEEKING = [
  'New play area for Brookfield',
  'Brookfield village council is seeking views on where a new play area should go.',
  'Two sites beside the green have been suggested, and the council has set aside money from the land sale.',
  'A paper form is at the post office and the shop.',
].join('\n\n');

// A write-up of a meeting that is over, in the third person.
const OVER = [
  'Community hall meeting',
  'About sixty people filled the hall on a wet evening to talk about the future of the building.',
  'Following the meeting in the hall, the trustees have asked an architect to cost a new roof.',
  'The roof is the biggest worry, and the heating comes next.',
].join('\n\n');

// How a forum handles what people bring it: two "will publish / record" statements, no date.
const HANDLING = [
  'How the forum works',
  'Anyone living on the estate can bring a question to the forum.',
  'The forum will record every question in a book kept at the office.',
  'It will publish the answers on the notice board within a month.',
].join('\n\n');

describe('fallback reading: the page would otherwise be "general"', () => {
  it('reads an organisation seeking views now as a consultation, with a plain reason', () => {
    const [p] = detect(SEEKING);
    expect(p!.id).toBe('consultation');
    // s21-profile: a page of four sentences with no "you" is read by the clause cue before the fallback.
    expect(p!.reasons).toEqual(['says that people’s views are being asked for now']);
  });

  it('reads people "being invited" to share ideas as a consultation', () => {
    const text = 'Bus changes\n\nResidents near the number 4 route are now being invited to share ideas about a new timetable.\n\nThe route runs every hour.';
    const [p] = detect(text);
    expect(p!.id).toBe('consultation');
    expect(p!.reasons).toEqual(['says that views are being sought now']);
  });

  it('reads a meeting told as over, and what was done since, as a report', () => {
    const [p] = detect(OVER);
    expect(p!.id).toBe('report');
    expect(p!.reasons).toEqual(['tells of an event or consultation that is over']);
  });

  it('reads two statements of what will be done with what people give as a plan', () => {
    const [p] = detect(HANDLING);
    expect(p!.id).toBe('engagement-plan');
    expect(p!.reasons[0]).toMatch(/says 2 times what will be done/);
  });

  it('stays general when views were sought in the past and nothing else is said', () => {
    const text = 'Play area\n\nThe village council sought views on the play area in 2019.\n\nThe swings were painted last week.';
    expect(detect(text).map((p) => p.id)).toEqual(['general']);
  });

  it('stays general when a page both seeks views and tells of one that is over (the two disagree)', () => {
    expect(detect(`${SEEKING}\n\n${OVER}`).map((p) => p.id)).toEqual(['general']);
  });

  it('stays general with only one "will publish" statement', () => {
    const text = 'The garden\n\nThe allotment society will publish its accounts in the spring.\n\nPlots cost ten pounds a year.';
    expect(detect(text).map((p) => p.id)).toEqual(['general']);
  });
});
