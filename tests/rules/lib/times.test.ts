import { describe, expect, it } from 'vitest';
import { findTimes, formatTime, hasDuration } from '../../../rules/lib/times';

const read = (text: string) =>
  findTimes(text.toLowerCase()).map((t) => ({
    text: t.text,
    kind: t.kind,
    from: t.from === null ? null : formatTime(t.from),
    to: t.to === null ? null : formatTime(t.to),
  }));

describe('findTimes', () => {
  it.each([
    ['Join us 10am–2pm on Tuesday', '10am–2pm', '10am', '2pm'],
    ['Time: 10.30am - 2pm', '10.30am - 2pm', '10.30am', '2pm'],
    ['14:00 to 16:00 in the Boardroom', '14:00 to 16:00', '2pm', '4pm'],
    ['between 10am and 2pm', 'between 10am and 2pm', '10am', '2pm'],
    ['between 10 and 12.30', 'between 10 and 12.30', '10am', '12.30pm'],
    ['from 10am until 3pm', 'from 10am until 3pm', '10am', '3pm'],
    ['9:30am to 4:30pm', '9:30am to 4:30pm', '9.30am', '4.30pm'],
    ['10.30am to 12 noon', '10.30am to 12 noon', '10.30am', 'midday'],
  ])('reads the range in %j', (input, text, from, to) => {
    expect(read(input)).toEqual([{ text, kind: 'range', from, to }]);
  });

  it('fills in a missing am/pm from the other end of the range', () => {
    expect(read('6-8pm')[0]).toMatchObject({ from: '6pm', to: '8pm' });
    expect(read('10-12pm')[0]).toMatchObject({ from: '10am', to: 'midday' });
    expect(read('11-2pm')[0]).toMatchObject({ from: '11am', to: '2pm' });
    expect(read('1-3pm')[0]).toMatchObject({ from: '1pm', to: '3pm' });
    expect(read('Time: 2.00 - 4.00')[0]).toMatchObject({ from: '2pm', to: '4pm' });
  });

  it('reads open-ended times and words', () => {
    expect(read('doors open from 6pm')).toEqual([{ text: 'from 6pm', kind: 'from', from: '6pm', to: null }]);
    expect(read('7pm onwards')[0]).toMatchObject({ kind: 'from', from: '7pm' });
    expect(read('finishing at 9pm')[0]).toMatchObject({ kind: 'until', to: '9pm' });
    expect(read('starts at midday')[0]).toMatchObject({ from: 'midday' });
    expect(read('at half past ten in the morning')[0]).toMatchObject({ kind: 'point', from: '10.30am' });
    expect(read('quarter to seven in the evening')[0]).toMatchObject({ from: '6.45pm' });
    expect(read("ten o'clock")[0]).toMatchObject({ from: '10am' });
    expect(read('1400hrs')[0]).toMatchObject({ from: '2pm' });
    expect(read('an all-day drop-in')).toEqual([{ text: 'all-day', kind: 'all-day', from: null, to: null }]);
  });

  it('leaves money, section numbers and plain numbers alone', () => {
    expect(read('Lunch costs £10.50 per person')).toEqual([]);
    expect(read('See section 3.10 below')).toEqual([]);
    expect(read('We spoke to 6 to 8 people')).toEqual([]);
    expect(read('It rose by 12.30 per cent in 2024')).toEqual([]);
  });

  it('keeps offsets in the original text', () => {
    const text = 'Tuesday 3 June, 10.30am – 12.30pm, Leeds';
    const [t] = findTimes(text.toLowerCase());
    expect(text.slice(t!.start, t!.end)).toBe('10.30am – 12.30pm');
  });
});

describe('hasDuration', () => {
  it('finds how long a meeting lasts, but not notice periods', () => {
    expect(hasDuration('the meeting lasts about two hours')).toBe(true);
    expect(hasDuration('a 90 minutes session')).toBe(true);
    expect(hasDuration('(2 hrs)')).toBe(true);
    expect(hasDuration('please tell us 48 hours before')).toBe(false);
  });
});
