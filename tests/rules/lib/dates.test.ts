import { describe, expect, it } from 'vitest';
import { findDates, findDurations, findWindows, isDeadline, isOpening, weeksBetween } from '../../../rules/lib/dates';

const texts = (s: string) => findDates(s).map((d) => d.text);

describe('findDates', () => {
  it('reads day-month dates with and without weekday and year', () => {
    const [d] = findDates('the consultation closes at midnight on friday 29 september 2026.');
    expect(d).toMatchObject({ text: 'friday 29 september 2026', kind: 'day', day: 29, month: 9, year: 2026, weekday: 5 });
    expect(texts('from 5 december 2022 to the 9th of january')).toEqual(['5 december 2022', 'the 9th of january']);
    expect(findDates('september 29th, 2026')[0]).toMatchObject({ day: 29, month: 9, year: 2026 });
  });

  it('reads numeric dates', () => {
    expect(findDates('deadline: 29/09/2026')[0]).toMatchObject({ kind: 'numeric', day: 29, month: 9, year: 2026 });
    expect(findDates('on 2026-03-04')[0]).toMatchObject({ day: 4, month: 3, year: 2026 });
    expect(findDates('on 31/13/2026')).toEqual([]);
  });

  it('reads seasons, quarters, months and weekdays', () => {
    expect(findDates('we will decide in spring 2027')[0]).toMatchObject({ kind: 'season', year: 2027 });
    expect(findDates('q3 2026')[0]).toMatchObject({ kind: 'quarter', year: 2026 });
    expect(findDates('a report in march 2027')[0]).toMatchObject({ kind: 'month', month: 3, year: 2027, text: 'march 2027' });
    expect(findDates('by the end of june')[0]).toMatchObject({ kind: 'month', month: 6, text: 'june' });
    expect(findDates('we meet on tuesdays')[0]).toMatchObject({ kind: 'weekday', weekday: 2 });
  });

  it('does not read the verb "may" or short words as dates', () => {
    expect(findDates('you may 2 times a year')).toEqual([]);
    expect(findDates('people may want to sit on the panel')).toEqual([]);
    expect(findDates('we sat down and wed')).toEqual([]);
  });
});

describe('findDurations', () => {
  it('reads digits, words and hyphenated forms', () => {
    expect(findDurations('a 14-week consultation').map((d) => d.weeks)).toEqual([14]);
    expect(findDurations('for six weeks').map((d) => d.weeks)).toEqual([6]);
    expect(findDurations('for six (6) weeks').map((d) => d.weeks)).toEqual([6]);
    expect(findDurations('over two months')[0]).toMatchObject({ unit: 'month', amount: 2 });
    expect(findDurations('within 28 days')[0]!.weeks).toBe(4);
    expect(findDurations('a fortnight')[0]!.weeks).toBe(2);
  });
});

describe('findWindows', () => {
  it('finds a window from a duration beside consultation words', () => {
    expect(findWindows('this 4-week consultation starts on 1 june.').map((w) => [w.text, w.weeks])).toEqual([['4-week', 4]]);
    expect(findWindows('the survey is open for three weeks.').map((w) => w.weeks)).toEqual([3]);
    expect(findWindows('you have three weeks to respond.').map((w) => w.weeks)).toEqual([3]);
    expect(findWindows('the consultation will run for six (6) weeks').map((w) => w.weeks)).toEqual([6]);
  });

  it('finds a window from a date range', () => {
    const [w] = findWindows('the consultation runs from 3 march to 26 may 2026.');
    expect(w).toMatchObject({ from: 'range', weeks: 12, text: '3 march to 26 may 2026' });
    const [x] = findWindows('the survey is open between 1 december and 22 december.', 2026);
    expect(x!.weeks).toBe(3);
  });

  it('ignores durations that are not the window', () => {
    expect(findWindows('we will publish the results within 2 weeks of the consultation closing.')).toEqual([]);
    expect(findWindows('the new service will open for 8 weeks over the summer.')).toEqual([]);
    expect(findWindows('we meet every 3 weeks.')).toEqual([]);
  });
});

describe('deadlines and openings', () => {
  const dl = (s: string) => isDeadline(s, findDates(s)[0]!);
  it('knows a closing date', () => {
    expect(dl('please respond by 9 january.')).toBe(true);
    expect(dl('the consultation closes at midnight on 9 january.')).toBe(true);
    expect(dl('closing date: 29/09/2026')).toBe(true);
    expect(dl('send us your views no later than 5pm on 3 march')).toBe(true);
    expect(dl('we held a workshop on 3 march')).toBe(false);
  });
  it('knows an opening date', () => {
    const s = 'the survey opens on 3 march';
    expect(isOpening(s, findDates(s)[0]!)).toBe(true);
    const t = 'we met on 3 march';
    expect(isOpening(t, findDates(t)[0]!)).toBe(false);
  });
  it('counts weeks between dates, rolling over the year end', () => {
    const [a, b] = findDates('1 december to 12 january');
    expect(weeksBetween(a!, b!, 2026)).toBe(6);
  });
});

describe('"May 25" after a lead-in word', () => {
  it('is a date after "on", "by" or "until", and the verb after other words', () => {
    expect(findDates('the survey closes on may 25').map((d) => [d.day, d.month])).toEqual([[25, 5]]);
    expect(findDates('you may 2 or 3 times')).toEqual([]);
  });

  it('reads "has been extended to" as a deadline', () => {
    const extended = 'the consultation has been extended to 14 june 2027';
    expect(isDeadline(extended, findDates(extended)[0]!)).toBe(true);
    const hours = 'opening hours were extended last year; the library reopens on 14 june 2027';
    expect(isDeadline(hours, findDates(hours)[0]!)).toBe(false);
  });
});

describe('findDates shared by the rules that read one block', () => {
  it('searches a text once and gives every caller the same frozen dates', () => {
    const text = 'the drop-in is on friday 29 september 2026 and the survey closes on 5 october.';
    const first = findDates(text);
    expect(findDates(text)).toBe(first);
    expect(first.map((d) => d.text)).toEqual(['friday 29 september 2026', '5 october']);
    expect(Object.isFrozen(first) && first.every((d) => Object.isFrozen(d))).toBe(true);
  });
});

describe('remembering what a text holds', () => {
  // The document rules read every block in turn, one rule after another: on a long document each block must
  // still be remembered when the next rule comes back to it, not searched again.
  const blocks = Array.from({ length: 1000 }, (_, i) => `step ${i}: the survey runs from 3 march to 26 may, a ${(i % 9) + 4}-week consultation.`);

  it('keeps the dates and windows of a long document’s blocks until the next rule reads them again', () => {
    const dates = blocks.map((b) => findDates(b));
    const windows = blocks.map((b) => findWindows(b));
    expect(blocks.every((b, i) => findDates(b) === dates[i] && findWindows(b) === windows[i])).toBe(true);
    expect(windows[0]!.map((w) => w.text)).toEqual(['4-week']);
  });

  it('gives the same windows whether the year is given or taken from today, and shares them read-only', () => {
    const text = 'the survey runs from 3 march to 26 may.';
    const thisYear = new Date().getUTCFullYear();
    expect(findWindows(text)).toEqual(findWindows(text, thisYear));
    expect(findWindows(text, 2024)[0]!.weeks).toBe(findWindows(text, 2025)[0]!.weeks);
    expect(Object.isFrozen(findWindows(text))).toBe(true);
    expect(Object.isFrozen(findWindows(text)[0])).toBe(true);
    expect(findWindows('nothing here')).toBe(findWindows('no dates either'));
  });
});
