// @vitest-environment happy-dom
/**
 * The options page with an organisation policy: managed settings win over the
 * user's own, show "Set by your organisation", and their controls are disabled;
 * the user's own settings stay editable.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { ALL_RULES } from '../../rules';
import { OptionsApp } from '../../src/options/App';
import type { OptionsDeps } from '../../src/options/deps';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../src/storage';
import { FakeArea } from './fake-areas';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function setup() {
  const local = new FakeArea();
  const sync = new FakeArea();
  const managed = new FakeArea({
    rules: { 'long-sentence': { severity: 'error', options: { maxWords: 18 } } },
    easyRead: true,
    allow: ['Northbrook Health Partnership'],
    wordLists: [{ id: 'trust', name: 'Northbrook Trust words', terms: [{ term: 'system partners', alternatives: ['local NHS'] }] }],
    sites: ['https://intranet.northbrook.nhs.uk'],
  });
  const areas = { local, sync, managed };
  await saveSettings(areas, {
    ...structuredClone(DEFAULT_SETTINGS),
    rules: { 'long-sentence': 'off', 'reading-age': 'off' },
    easyRead: false,
    allow: ['service users'],
    wordLists: [{ id: 'mine', name: 'My words', enabled: true, terms: [{ term: 'leverage', alternatives: ['use'] }] }],
  });
  const deps: OptionsDeps = {
    areas,
    onStorageChanged: () => () => undefined,
    permissions: { request: async () => true, contains: async () => true, remove: async () => true },
    fetch: async () => { throw new Error('no network in tests'); },
    download: () => undefined,
    now: () => new Date('2025-03-10T12:00:00Z'),
  };
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(h(OptionsApp, { deps, rules: ALL_RULES }), root);
  });
  for (let i = 0; i < 20 && !root.querySelector('#easy-read'); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  return { areas, root };
}

const input = (sel: string) => root.querySelector<HTMLInputElement>(sel)!;

describe('options page with an organisation policy', () => {
  it('shows managed settings in force, marked and locked, over the user’s own', async () => {
    await setup();
    expect(root.textContent).toContain('Some settings on this page were set by your organisation.');

    // A check the organisation set: on (though the user turned it off), "Needs changing", 18 words, all disabled.
    expect(input('#rule-long-sentence-on').checked).toBe(true);
    expect(input('#rule-long-sentence-on').disabled).toBe(true);
    expect(root.querySelector<HTMLSelectElement>('#rule-long-sentence-severity')!.value).toBe('error');
    expect(root.querySelector<HTMLSelectElement>('#rule-long-sentence-severity')!.disabled).toBe(true);
    expect(input('#rule-long-sentence-maxWords').value).toBe('18');
    expect(input('#rule-long-sentence-maxWords').disabled).toBe(true);
    const legend = input('#rule-long-sentence-on').closest('fieldset')!;
    expect(legend.textContent).toContain('Set by your organisation');
    expect(legend.textContent).toContain('Your organisation’s IT team set this');

    // A check the organisation did not set stays the user's and editable.
    expect(input('#rule-reading-age-on').checked).toBe(false);
    expect(input('#rule-reading-age-on').disabled).toBe(false);

    // Easy Read: on by policy, locked, explained.
    expect(input('#easy-read').checked).toBe(true);
    expect(input('#easy-read').disabled).toBe(true);
    expect(input('#easy-read').getAttribute('aria-describedby')).toContain('easy-read-org');

    // The organisation's word list is read-only and cannot be turned off; the user's list can.
    expect(input('#wl-org-trust-on').disabled).toBe(true);
    expect(input('#wl-org-trust-on').checked).toBe(true);
    expect(input('#wl-mine-on').disabled).toBe(false);
    const orgCard = input('#wl-org-trust-on').closest('li')!;
    expect(orgCard.textContent).toContain('Set by your organisation');
    expect([...orgCard.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Delete list Northbrook Trust words');

    // Allowed words and sites from the policy have no Remove button.
    const allowed = root.querySelector('ul[aria-label="Allowed words"]')!;
    expect(allowed.textContent).toContain('Northbrook Health Partnership Set by your organisation');
    expect(allowed.querySelectorAll('button')).toHaveLength(1);
    const sites = root.querySelector('ul[aria-label="Sites checked automatically"]')!;
    expect(sites.textContent).toContain('intranet.northbrook.nhs.uk');
    expect(sites.querySelector('button')).toBeNull();
  });

  it('saves the user’s own change without writing managed settings back', async () => {
    const { areas } = await setup();
    await act(async () => {
      input('#rule-reading-age-on').click();
    });
    for (let i = 0; i < 20 && root.querySelector('[role="status"]')!.textContent === ''; i++) await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(root.querySelector('[role="status"]')!.textContent).toBe('“Reading age” is on.');
    const { personal, settings } = await loadSettings(areas);
    expect(personal.rules).toEqual({ 'long-sentence': 'off' });
    expect(personal.wordLists.map((l) => l.id)).toEqual(['mine']);
    expect(personal.easyRead).toBe(false);
    expect(settings.rules['long-sentence']).toEqual({ severity: 'error', options: { maxWords: 18 } });
  });
});
