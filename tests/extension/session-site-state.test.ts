/**
 * The panel's "check this site automatically" box keeps the user's click until the background's
 * state says their request was answered. That state must never pair a new answer count with the
 * site setting as it was before the answer.
 */
import { describe, expect, it } from 'vitest';
import { TabSession } from '../../src/extension/background/session';

describe('TabSession.panelStateWithSite', () => {
  it('gives the answer count from before the setting was read, so an answer that lands meanwhile is not shown with the old setting', async () => {
    const s = new TabSession(7);
    s.url = 'https://example.org/page';
    // The request is answered (and the setting turned on) while the old setting is being read.
    const readOldSetting = async () => {
      s.siteAnswers += 1;
      return false;
    };
    const state = await s.panelStateWithSite('https://example.org', readOldSetting);
    expect(state.siteOn).toBe(false);
    expect(state.siteAnswers).toBe(0);
    expect(state.siteOrigin).toBe('https://example.org');
  });

  it('gives the current count and setting when nothing happens meanwhile', async () => {
    const s = new TabSession(7);
    s.siteAnswers = 2;
    const state = await s.panelStateWithSite('https://example.org', async () => true);
    expect(state).toMatchObject({ tabId: 7, siteOn: true, siteAnswers: 2 });
  });
});
