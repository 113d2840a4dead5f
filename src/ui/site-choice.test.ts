import { describe, expect, it } from 'vitest';
import { shownSiteOn } from './site-choice';

const state = (siteOn: boolean, siteAnswers: number, tabId = 1) => ({ tabId, siteOn, siteAnswers });

describe('the automatic-checking box', () => {
  it('shows the state when the user has not clicked', () => {
    expect(shownSiteOn(null, state(true, 0))).toBe(true);
    expect(shownSiteOn(null, state(false, 3))).toBe(false);
  });

  it('keeps showing the click while states from before the answer arrive', () => {
    const choice = { on: true, tabId: 1, answersBefore: 2 };
    // A check finishing on the page sends states that still say "off": the box stays ticked.
    expect(shownSiteOn(choice, state(false, 2))).toBe(true);
    expect(shownSiteOn(choice, state(false, 2))).toBe(true);
  });

  it('follows the background once it has answered, whether it worked or not', () => {
    const choice = { on: true, tabId: 1, answersBefore: 2 };
    expect(shownSiteOn(choice, state(true, 3))).toBe(true);
    // Turning it on failed: the box goes back to what is true.
    expect(shownSiteOn(choice, state(false, 3))).toBe(false);
    // Later changes made elsewhere show, not the old click.
    expect(shownSiteOn(choice, state(false, 4))).toBe(false);
  });

  it('forgets a click made for another tab', () => {
    expect(shownSiteOn({ on: true, tabId: 1, answersBefore: 0 }, state(false, 0, 2))).toBe(false);
  });
});
