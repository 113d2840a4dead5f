import { describe, expect, it } from 'vitest';
import { loadSettings, saveSettings, DEFAULT_SETTINGS } from '../../src/storage';
import { migrateLegacyItems } from '../../src/storage/legacy';
import { NO_PERMISSION_ERROR, refreshSubscriptions, subscribe, unsubscribe } from '../../src/storage/subscriptions';
import type { FetchLike } from '../../src/wordlists/subscribe';
import { FakeArea } from './fake-areas';

const CSV = 'term,alternatives\nsystem partners,local NHS and council organisations\nstep-down,short-term care after hospital\n';

function server(responses: { status: number; body?: string; headers?: Record<string, string> }[]) {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fetchFn: FetchLike = async (url, init) => {
    calls.push({ url, headers: init.headers });
    const r = responses.shift() ?? { status: 500 };
    const h = new Map(Object.entries(r.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    return { status: r.status, headers: { get: (n: string) => h.get(n.toLowerCase()) ?? null }, arrayBuffer: async () => new TextEncoder().encode(r.body ?? '').buffer as ArrayBuffer };
  };
  return { fetchFn, calls };
}

const areas = () => ({ local: new FakeArea(), sync: new FakeArea() });

describe('shared lists', () => {
  it('subscribes only when the first fetch works, then keeps the list and its validators', async () => {
    const a = areas();
    const bad = server([{ status: 404 }]);
    expect(await subscribe(a, 'https://lists.example.nhs.uk/words.csv', bad.fetchFn)).toEqual({ ok: false, message: 'Nothing was found at the address. Check it with the list’s owner.' });
    expect((await loadSettings(a)).personal.subscriptions).toEqual([]);
    expect(await subscribe(a, 'http://lists.example.nhs.uk/words.csv', bad.fetchFn)).toMatchObject({ ok: false, message: expect.stringMatching(/https/) });

    const good = server([{ status: 200, body: CSV, headers: { 'content-type': 'text/csv', etag: '"v1"' } }]);
    const r = await subscribe(a, 'https://lists.example.nhs.uk/words.csv', good.fetchFn, new Date('2025-03-01T09:00:00Z'));
    expect(r.ok).toBe(true);
    const { personal } = await loadSettings(a);
    expect(personal.subscriptions).toEqual([
      { url: 'https://lists.example.nhs.uk/words.csv', listId: 'shared-lists-example-nhs-uk', etag: '"v1"', lastUpdated: '2025-03-01T09:00:00.000Z', lastTried: '2025-03-01T09:00:00.000Z' },
    ]);
    expect(personal.wordLists[0]).toMatchObject({ id: 'shared-lists-example-nhs-uk', enabled: true, url: 'https://lists.example.nhs.uk/words.csv' });
    expect(personal.wordLists[0]!.terms.map((t) => t.term)).toEqual(['system partners', 'step-down']);
    expect(await subscribe(a, 'https://lists.example.nhs.uk/words.csv', good.fetchFn)).toEqual({ ok: false, message: 'You already subscribe to that list.' });
  });

  it('refreshes only what is due, keeps the last good copy on failure, and keeps the user’s on/off choice', async () => {
    const a = areas();
    await subscribe(a, 'https://lists.example.nhs.uk/words.csv', server([{ status: 200, body: CSV, headers: { etag: '"v1"' } }]).fetchFn, new Date('2025-03-01T09:00:00Z'));
    let { personal } = await loadSettings(a);
    await saveSettings(a, { ...personal, wordLists: personal.wordLists.map((l) => ({ ...l, enabled: false })) });

    const early = server([]);
    expect(await refreshSubscriptions(a, early.fetchFn, { now: new Date('2025-03-01T15:00:00Z') })).toEqual([]);
    expect(early.calls).toEqual([]);

    const down = server([{ status: 503 }]);
    const [failed] = await refreshSubscriptions(a, down.fetchFn, { now: new Date('2025-03-02T09:00:00Z') });
    expect(failed?.outcome).toBe('failed');
    expect(down.calls[0]?.headers['If-None-Match']).toBe('"v1"');
    ({ personal } = await loadSettings(a));
    expect(personal.wordLists[0]!.terms).toHaveLength(2);
    expect(personal.subscriptions[0]!.lastError).toBe('The server answered with an error (503). We will try again later.');
    expect(personal.subscriptions[0]!.lastUpdated).toBe('2025-03-01T09:00:00.000Z');

    const up = server([{ status: 200, body: 'term\nleverage\n', headers: { etag: '"v2"' } }]);
    await refreshSubscriptions(a, up.fetchFn, { force: ['shared-lists-example-nhs-uk'], now: new Date('2025-03-02T10:00:00Z') });
    ({ personal } = await loadSettings(a));
    expect(personal.wordLists[0]!.terms.map((t) => t.term)).toEqual(['leverage']);
    expect(personal.wordLists[0]!.enabled).toBe(false);
    expect(personal.subscriptions[0]).not.toHaveProperty('lastError');
  });

  it('does not fetch when the browser permission was taken away', async () => {
    const a = areas();
    await subscribe(a, 'https://lists.example.nhs.uk/words.csv', server([{ status: 200, body: CSV }]).fetchFn, new Date('2025-03-01T09:00:00Z'));
    const s = server([]);
    const [r] = await refreshSubscriptions(a, s.fetchFn, { now: new Date('2025-03-03T09:00:00Z'), allowed: async () => false });
    expect(s.calls).toEqual([]);
    expect(r?.subscription.lastError).toBe(NO_PERMISSION_ERROR);
    expect((await loadSettings(a)).personal.wordLists[0]!.terms).toHaveLength(2);
  });

  it('unsubscribing removes the list and the subscription', () => {
    const s = { ...structuredClone(DEFAULT_SETTINGS), subscriptions: [{ url: 'https://x.org/a.csv', listId: 'shared-x' }], wordLists: [{ id: 'shared-x', name: 'x', enabled: true, terms: [] }, { id: 'mine', name: 'Mine', enabled: true, terms: [] }] };
    const next = unsubscribe(s, 'shared-x');
    expect(next.subscriptions).toEqual([]);
    expect(next.wordLists.map((l) => l.id)).toEqual(['mine']);
  });
});

describe('moving the first build’s items into settings', () => {
  it('folds allowList and autoSites into Settings once and removes the old keys', async () => {
    const local = new FakeArea({ allowList: ['service users', 'Stakeholder'], 'allowList$': { v: 1 }, autoSites: ['https://intranet.example.nhs.uk', 'nonsense:::'], ignoredByUrl: { 'https://a.org/': ['k'] } });
    const a = { local, sync: new FakeArea() };
    await saveSettings(a, { ...structuredClone(DEFAULT_SETTINGS), allow: ['stakeholder'] });
    expect(await migrateLegacyItems(a)).toBe(true);
    const { personal } = await loadSettings(a);
    expect(personal.allow).toEqual(['stakeholder', 'service users']);
    expect(personal.sites).toEqual(['https://intranet.example.nhs.uk']);
    expect(Object.keys(local.data).sort()).toEqual(['ignoredByUrl', 'settingsWhere', 'wordLists']);
    expect(await migrateLegacyItems(a)).toBe(false);
  });
});
