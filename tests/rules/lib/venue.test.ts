import { describe, expect, it } from 'vitest';
import { analyseText, type AnalysedBlock, type DocumentContext } from '../../../src/engine';
import { parsePlainText } from '../../../src/sources/plain-text';
import { findOnline, findVenue, readMeeting } from '../../../rules/lib/venue';

const venue = (text: string) => findVenue(text, text.toLowerCase())?.text ?? null;
const online = (text: string) => findOnline(text, text.toLowerCase())?.text ?? null;

function picture(source: string) {
  const { doc } = parsePlainText(source);
  const blocks: AnalysedBlock[] = doc.blocks.map((block, index) => ({ block, index, analysis: analyseText(block.text) }));
  const ctx = {
    blocks,
    memo: (_ab: AnalysedBlock, _k: string, compute: () => unknown) => compute(),
    perBlock: (_k: unknown, fn: (ab: AnalysedBlock) => unknown) => blocks.map(fn),
  } as unknown as DocumentContext;
  return readMeeting(ctx);
}

describe('findVenue', () => {
  it('reads a labelled venue up to the end of the line', () => {
    expect(venue('Venue: Riverside Community Centre, Bridge Street, Leeds LS1 4AP')).toBe('Riverside Community Centre, Bridge Street, Leeds LS1 4AP');
    expect(venue('Where: St Mark’s Church Hall. Tea from 10am.')).toBe('St Mark’s Church Hall');
  });
  it('finds a venue in a sentence', () => {
    expect(venue('The meeting will be held at Kirkby Town Hall on 3 June.')).toBe('Kirkby Town Hall');
    expect(venue('Come and see us at the Dalebridge Community Hub.')).toBe('the Dalebridge Community Hub');
    expect(venue('Fellgate Village Hall')).toBe('Fellgate Village Hall');
  });
  it('does not take an online meeting or a venue to be confirmed as a place', () => {
    expect(venue('Venue: Online via Microsoft Teams')).toBeNull();
    expect(venue('Venue: to be confirmed')).toBeNull();
    expect(venue('We are at the heart of the community.')).toBeNull();
  });
});

describe('findOnline', () => {
  it('finds ways to join a meeting online', () => {
    expect(online('Venue: Online via Microsoft Teams')).toBe('Online via Microsoft Teams');
    expect(online('You can also join on Zoom.')).toBe('join on Zoom');
    expect(online('This is a hybrid meeting.')).toBe('hybrid');
    expect(online('Join here: https://teams.microsoft.com/l/meetup-join/abc')).toBe('teams.microsoft.com');
  });
  it('ignores online booking and negations', () => {
    expect(online('Book online at www.example.org/book')).toBeNull();
    expect(online('The meeting will not be held online.')).toBeNull();
  });
});

describe('readMeeting', () => {
  it('reads the events in a table turned into text', () => {
    const p = picture('Drop-in sessions\n\nDate\tTime\tVenue\nTuesday 3 June\t10am to 12pm\tLeeds Central Library\nThursday 5 June\t6pm to 8pm\tArmley One Stop Centre\n');
    expect(p.venues.map((v) => v.venue.text)).toEqual(['Leeds Central Library', 'Armley One Stop Centre']);
    expect(p.times.map((t) => t.span.text)).toEqual(['10am to 12pm', '6pm to 8pm']);
  });
  it('does not read helpline hours, deadlines or a postal address as a meeting', () => {
    const p = picture(
      'Have your say\n\nPlease complete the survey by 5pm on 12 May.\n\nOur phone lines are open 9am to 5pm, Monday to Friday.\n\nWrite to us at Freepost, Civic Centre, Leeds LS1 1UR.',
    );
    expect(p.times).toEqual([]);
    expect(p.venues).toEqual([]);
  });
  it('reads a venue on the line after a "Where:" label', () => {
    const p = picture('Our next meeting\n\nWhen: Tuesday 3 June, 2pm to 4pm\n\nWhere:\n\nthe old school, Main Street\n');
    expect(p.venues.map((v) => v.venue.text)).toEqual(['the old school, Main Street']);
  });
});

describe('findOnline: "it" is the meeting only with a verb', () => {
  it('reads "it will be held online" as an online meeting', () => expect(online('This time it will be held online.')).toBe('it will be held online'));
  it('does not read "you can see it online" (the agenda) as an online meeting', () => expect(online('The agenda is ready and you can see it online here.')).toBeNull());
});
