import { describe, expect, it } from 'vitest';
import { checkSubscriptionUrl, isDue, refreshSubscription, type FetchLike } from '../../src/wordlists/subscribe';

function fakeFetch(status: number, body = '', headers: Record<string, string> = {}) {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fn: FetchLike = async (url, init) => {
    calls.push({ url, headers: init.headers });
    return {
      status,
      headers: { get: (n: string) => headers[n.toLowerCase()] ?? null },
      arrayBuffer: async () => new TextEncoder().encode(body).buffer as ArrayBuffer,
    };
  };
  return { fn, calls };
}

const now = new Date('2026-11-26T12:00:00Z');
const sub = { url: 'https://lists.example.nhs.uk/words.json', listId: 'shared-1' };

describe('shared word lists', () => {
  it('fetches a list and keeps the validators', async () => {
    const { fn } = fakeFetch(200, '{"name":"Trust","terms":[{"term":"PALS","alternatives":["advice service"]}]}', {
      etag: '"v1"',
      'last-modified': 'Wed, 25 Nov 2026 10:00:00 GMT',
      'content-type': 'application/json',
    });
    const r = await refreshSubscription(sub, fn, now);
    expect(r.outcome).toBe('updated');
    expect(r.list).toMatchObject({ id: 'shared-1', name: 'Trust', url: sub.url, terms: [{ term: 'PALS' }] });
    expect(r.subscription).toEqual({ ...sub, etag: '"v1"', lastModified: 'Wed, 25 Nov 2026 10:00:00 GMT', lastUpdated: now.toISOString(), lastTried: now.toISOString() });
  });

  it('sends a conditional request and keeps the copy when unchanged', async () => {
    const { fn, calls } = fakeFetch(304);
    const r = await refreshSubscription({ ...sub, etag: '"v1"', lastModified: 'x', lastUpdated: '2026-11-20T00:00:00.000Z', lastError: 'old' }, fn, now);
    expect(calls[0]!.headers['If-None-Match']).toBe('"v1"');
    expect(calls[0]!.headers['If-Modified-Since']).toBe('x');
    expect(r.outcome).toBe('unchanged');
    expect(r.list).toBeNull();
    expect(r.subscription.lastError).toBeUndefined();
    expect(r.subscription.lastUpdated).toBe('2026-11-20T00:00:00.000Z');
  });

  it('keeps the last good copy and says why on failure', async () => {
    const cases: [number, string, RegExp][] = [
      [404, '', /Nothing was found/],
      [403, '', /sign-in/],
      [500, '', /error \(500\)/],
      [200, 'term,colour\nx,y\n', /kept the last good copy.*don’t know the column/],
    ];
    for (const [status, body, why] of cases) {
      const r = await refreshSubscription(sub, fakeFetch(status, body, { 'content-type': 'text/csv' }).fn, now);
      expect(r.outcome).toBe('failed');
      expect(r.list).toBeNull();
      expect(r.subscription.lastError).toMatch(why);
    }
    const offline: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect((await refreshSubscription(sub, offline, now)).subscription.lastError).toMatch(/could not reach/);
  });

  it('only accepts https addresses', async () => {
    expect(checkSubscriptionUrl('http://example.org/x.csv')).toMatch(/https/);
    expect(checkSubscriptionUrl('not a url')).toMatch(/not a web address/);
    expect(checkSubscriptionUrl('https://example.org/x.csv')).toBeNull();
    const { fn, calls } = fakeFetch(200, 'term\nx\n');
    expect((await refreshSubscription({ url: 'http://example.org/x.csv', listId: 'a' }, fn, now)).outcome).toBe('failed');
    expect(calls).toHaveLength(0);
  });

  it('refreshes twice a day', () => {
    expect(isDue({ ...sub }, now)).toBe(true);
    expect(isDue({ ...sub, lastTried: '2026-11-26T06:00:00Z' }, now)).toBe(false);
    expect(isDue({ ...sub, lastTried: '2026-11-25T23:00:00Z' }, now)).toBe(true);
  });
});
