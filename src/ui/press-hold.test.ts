import { describe, expect, it } from 'vitest';
import { PressHold } from './press-hold';

describe('states that arrive while the user is pressing', () => {
  it('are shown at once when nothing is pressed', () => {
    const hold = new PressHold<string>();
    expect(hold.offer('checking')).toBe(true);
    expect(hold.release()).toBeNull();
  });

  it('wait until the release, and only the newest is shown', () => {
    const hold = new PressHold<string>();
    hold.press();
    // The page's report arrives between the press and the release: the panel must not move yet.
    expect(hold.offer('checking')).toBe(false);
    expect(hold.offer('report')).toBe(false);
    expect(hold.release()).toEqual({ value: 'report' });
    expect(hold.offer('later')).toBe(true);
  });

  it('show nothing on a release when no state came', () => {
    const hold = new PressHold<string | null>();
    hold.press();
    expect(hold.release()).toBeNull();
    // A waiting null (a reset) is still something to show.
    hold.press();
    hold.offer(null);
    expect(hold.release()).toEqual({ value: null });
  });
});
