/**
 * Fetching a shared word list: redirects may not leave https or the host the
 * user subscribed to, and a huge answer is stopped at 2 MB while streaming
 * (it used to be read whole first: a 400 MB answer took 1.2 GB).
 */
import { describe, expect, it } from 'vitest';
import { redirectProblem, refreshSubscription, type FetchLike } from '../../src/wordlists/subscribe';

const now = new Date('2026-11-26T12:00:00Z');
const sub = { url: 'https://lists.example.nhs.uk/words.csv', listId: 'shared-1' };
const LIST = 'term,alternatives\nstakeholders,people\n';

function answer(opts: { url?: string; body?: ReadableStream<Uint8Array>; headers?: Record<string, string>; text?: string }): FetchLike {
  return async () => ({
    status: 200,
    headers: { get: (n: string) => ({ 'content-type': 'text/csv', ...opts.headers })[n.toLowerCase()] ?? null },
    arrayBuffer: async () => new TextEncoder().encode(opts.text ?? LIST).buffer as ArrayBuffer,
    ...(opts.url ? { url: opts.url } : {}),
    ...(opts.body ? { body: opts.body } : {}),
  });
}

/** An endless body, counting what was pulled from it. */
function endless(chunk = 64 * 1024) {
  const pulled = { bytes: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled.bytes += chunk;
      controller.enqueue(new Uint8Array(chunk).fill(0x61));
    },
    cancel() {
      pulled.cancelled = true;
    },
  });
  return { body, pulled };
}

describe('shared-list redirects', () => {
  it.each([
    ['http://lists.example.nhs.uk/words.csv', /not secure/],
    ['https://elsewhere.example.com/words.csv', /another site \(elsewhere\.example\.com\)/],
  ])('refuses a redirect to %s and keeps the last good copy', async (to, why) => {
    const r = await refreshSubscription(sub, answer({ url: to }), now);
    expect(r.outcome).toBe('failed');
    expect(r.list).toBeNull();
    expect(r.subscription.lastError).toMatch(why);
  });

  it('accepts the same address, or another path on the same secure host', async () => {
    expect((await refreshSubscription(sub, answer({ url: sub.url }), now)).outcome).toBe('updated');
    expect((await refreshSubscription(sub, answer({ url: 'https://lists.example.nhs.uk/v2/words.csv' }), now)).outcome).toBe('updated');
    expect(redirectProblem(sub.url, undefined)).toBeNull();
  });
});

describe('shared-list size', () => {
  it('stops reading an endless answer just past 2 MB', async () => {
    const { body, pulled } = endless();
    const r = await refreshSubscription(sub, answer({ body }), now);
    expect(r.outcome).toBe('failed');
    expect(r.subscription.lastError).toMatch(/larger than 2 MB, so we stopped reading it/);
    expect(pulled.cancelled).toBe(true);
    expect(pulled.bytes).toBeLessThan(3 * 1024 * 1024);
  });

  it('does not start reading when the server says it is too big', async () => {
    const { body, pulled } = endless();
    const r = await refreshSubscription(sub, answer({ body, headers: { 'content-length': String(400 * 1024 * 1024) } }), now);
    expect(r.subscription.lastError).toMatch(/larger than 2 MB/);
    expect(pulled.bytes).toBeLessThanOrEqual(64 * 1024);
  });

  it('reads a streamed list of ordinary size', async () => {
    const bytes = new TextEncoder().encode(LIST);
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.subarray(0, 10));
        c.enqueue(bytes.subarray(10));
        c.close();
      },
    });
    const r = await refreshSubscription(sub, answer({ body }), now);
    expect(r.list?.terms).toEqual([{ term: 'stakeholders', alternatives: ['people'] }]);
  });
});
