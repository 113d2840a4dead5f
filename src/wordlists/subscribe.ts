/**
 * Shared word lists by URL. A team publishes its list at an https address;
 * each subscriber refreshes it now and then with a conditional request
 * (If-None-Match / If-Modified-Since), so an unchanged list costs almost
 * nothing. When a refresh fails, the last good copy stays in use and the
 * failure is recorded in plain words for the options page.
 */
import type { WordList } from '../engine';
import type { Subscription } from '../storage/schema';
import { importWordList, ImportError, MAX_IMPORT_BYTES } from './index';

export type FetchLike = (url: string, init: { headers: Record<string, string> }) => Promise<{
  status: number;
  headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
  /** Where the answer came from after any redirects (fetch's Response.url). */
  url?: string;
  /** The body as a stream, so a huge answer is stopped at the limit rather than read whole. */
  body?: ReadableStream<Uint8Array> | null;
}>;

export interface RefreshResult {
  subscription: Subscription;
  /** The new list, or null when the old copy should stay (unchanged or failed). */
  list: WordList | null;
  outcome: 'updated' | 'unchanged' | 'failed';
}

/**
 * The one fetch the extension makes for shared lists: no cookies, no cache
 * reuse without revalidating, nothing in the request but the usual headers.
 */
export const fetchSharedList: FetchLike = (url, init) =>
  fetch(url, { headers: init.headers, credentials: 'omit', cache: 'no-cache', redirect: 'follow' });

/** Refresh lists older than this. */
export const REFRESH_EVERY_MS = 12 * 60 * 60 * 1000;

export function checkSubscriptionUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'That is not a web address. It should start with https://';
  }
  if (u.protocol !== 'https:') return 'Shared lists must use a secure address that starts with https://';
  return null;
}

/**
 * A redirect may not leave https or go to another host: the list must come
 * from the address the user subscribed to (and gave permission for).
 */
export function redirectProblem(from: string, to: string | undefined): string | null {
  if (!to || to === from) return null;
  let a: URL;
  let b: URL;
  try {
    a = new URL(from);
    b = new URL(to);
  } catch {
    return 'The address sent us to a place that is not a web address, so we kept the last good copy.';
  }
  if (b.protocol !== 'https:') return 'The address sent us on to an address that is not secure (not https://), so we did not use it and kept the last good copy.';
  if (b.host !== a.host) return `The address sent us on to another site (${b.host}), so we did not use it and kept the last good copy. Ask the list’s owner for the list’s own address.`;
  return null;
}

const TOO_BIG = `The shared list is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, so we stopped reading it and kept the last good copy.`;

/** Reads at most `limit` bytes of the body; null when there is more. */
async function readLimited(response: Awaited<ReturnType<FetchLike>>, limit: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!response.body) {
    const all = new Uint8Array(await response.arrayBuffer());
    return all.length > limit ? null : all;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function isDue(sub: Subscription, now: Date): boolean {
  const last = sub.lastTried ?? sub.lastUpdated;
  return !last || now.getTime() - Date.parse(last) >= REFRESH_EVERY_MS;
}

export async function refreshSubscription(sub: Subscription, fetchFn: FetchLike, now = new Date()): Promise<RefreshResult> {
  const tried = now.toISOString();
  const fail = (why: string): RefreshResult => ({
    subscription: { ...sub, lastTried: tried, lastError: why },
    list: null,
    outcome: 'failed',
  });
  const bad = checkSubscriptionUrl(sub.url);
  if (bad) return fail(bad);
  const headers: Record<string, string> = { Accept: 'application/json, text/csv;q=0.9, */*;q=0.1' };
  if (sub.etag) headers['If-None-Match'] = sub.etag;
  if (sub.lastModified) headers['If-Modified-Since'] = sub.lastModified;
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await fetchFn(sub.url, { headers });
  } catch {
    return fail('We could not reach the address. You may be offline; we will try again later.');
  }
  const redirected = redirectProblem(sub.url, response.url);
  if (redirected) {
    await response.body?.cancel().catch(() => undefined);
    return fail(redirected);
  }
  if (response.status === 304) {
    const { lastError: _drop, ...rest } = sub;
    return { subscription: { ...rest, lastTried: tried, lastUpdated: sub.lastUpdated ?? tried }, list: null, outcome: 'unchanged' };
  }
  if (response.status === 401 || response.status === 403) return fail('The address needs a sign-in we do not have. Ask the list’s owner to publish it openly.');
  if (response.status === 404) return fail('Nothing was found at the address. Check it with the list’s owner.');
  if (response.status < 200 || response.status >= 300) return fail(`The server answered with an error (${response.status}). We will try again later.`);
  let bytes: Uint8Array | null;
  try {
    bytes = await readLimited(response, MAX_IMPORT_BYTES);
  } catch {
    return fail('The connection broke while the list was downloading. We will try again later.');
  }
  if (!bytes) return fail(TOO_BIG);
  const type = response.headers.get('content-type') ?? '';
  // Trust the server's content type first, then the address's extension.
  const json = /json/.test(type) || (!/csv|text\/plain/.test(type) && /\.json(?:\?|$)/i.test(sub.url));
  const name = json ? 'shared-list.json' : 'shared-list.csv';
  let list: WordList;
  try {
    list = importWordList(bytes, name);
  } catch (e) {
    const why = e instanceof ImportError ? e.message : 'The list could not be read.';
    return fail(`The shared list has a problem, so we kept the last good copy. ${why}`);
  }
  const next: Subscription = { url: sub.url, listId: sub.listId, lastUpdated: tried, lastTried: tried };
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  if (etag) next.etag = etag;
  if (lastModified) next.lastModified = lastModified;
  return { subscription: next, list: { ...list, id: sub.listId, url: sub.url }, outcome: 'updated' };
}
