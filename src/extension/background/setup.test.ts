/**
 * The background's check requests when two overlap: the panel's own check
 * when it opens, and the user's request. The browser is replaced by a small
 * stand-in whose tab lookups answer when the test says.
 */
import { describe, expect, it, vi } from 'vitest';

const lookups: Array<() => void> = [];
const injected: number[] = [];
vi.mock('wxt/browser', () => ({
  browser: {
    tabs: {
      // Each lookup waits until the test lets it finish, so the test decides their order.
      get: (tabId: number) => new Promise((resolve) => lookups.push(() => resolve({ id: tabId, url: 'https://example.org/plan', title: 'Plan' }))),
    },
    scripting: { executeScript: async ({ target }: { target: { tabId: number } }) => void injected.push(target.tabId) },
    runtime: { onConnect: { addListener: () => undefined }, onInstalled: { addListener: () => undefined } },
    storage: { local: {}, sync: {}, session: {}, managed: {}, onChanged: { addListener: () => undefined } },
  },
}));

// Stored settings are not what these tests are about: every item answers with its fallback.
vi.mock('wxt/utils/storage', () => {
  const item = (_key: string, options?: { fallback?: unknown }) => ({
    getValue: async () => options?.fallback ?? null,
    setValue: async () => undefined,
    removeValue: async () => undefined,
    watch: () => () => undefined,
  });
  return { storage: { defineItem: item, getItem: async () => null, setItem: async () => undefined, watch: () => () => undefined } };
});

const { Background } = await import('./setup');

describe('overlapping checks', () => {
  it('the panel’s own check does not turn a request for the selected text into a page check', async () => {
    const bg = new Background();
    const userAsked = bg.check(7, 'selection');
    const panelAsked = bg.check(7, 'page', '', false);
    // The user's lookup finishes first, the panel's second: the order that lost the selection.
    lookups.shift()!();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    lookups.shift()!();
    await Promise.all([userAsked, panelAsked]);
    expect(bg.session(7).pending).toBe('selection');
    expect(injected).toEqual([7]);
  });

  it('still runs the panel’s own check when nothing else is waiting', async () => {
    injected.length = 0;
    const bg = new Background();
    const panelAsked = bg.check(8, 'page', '', false);
    lookups.shift()!();
    await panelAsked;
    expect(bg.session(8).pending).toBe('page');
    expect(injected).toEqual([8]);
  });
});
