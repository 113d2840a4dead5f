/**
 * Shared word lists by URL, applied to stored settings: subscribe (one fetch
 * now, nothing saved unless it works), refresh what is due (the background
 * does this every few hours; the options page's "Refresh now" forces it),
 * and unsubscribe. A failed refresh keeps the last good copy of the list and
 * records the reason in plain words. The only request is to the list's own
 * https address, and it sends nothing but the usual request headers.
 */
import type { WordList } from '../engine';
import { checkSubscriptionUrl, isDue, refreshSubscription, type FetchLike, type RefreshResult } from '../wordlists/subscribe';
import type { Settings, Subscription } from './schema';
import { loadSettings, saveSettings, type StorageAreas } from './store';

/** The permission pattern for a subscription's origin ("https://lists.example.org/*"). */
export function subscriptionPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? `${u.origin}/*` : null;
  } catch {
    return null;
  }
}

function listIdFor(url: string, taken: readonly string[]): string {
  let host = 'list';
  try {
    host = new URL(url).hostname.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  } catch {
    /* checked before */
  }
  let id = `shared-${host}`;
  for (let n = 2; taken.includes(id); n++) id = `shared-${host}-${n}`;
  return id;
}

/** Put a refreshed subscription (and its new list, if any) into personal settings. */
export function applyRefresh(personal: Settings, r: RefreshResult): Settings {
  const sub = r.subscription;
  const subscriptions = personal.subscriptions.map((s) => (s.listId === sub.listId ? sub : s));
  if (!r.list) return { ...personal, subscriptions };
  const old = personal.wordLists.find((l) => l.id === sub.listId);
  const list: WordList = { ...r.list, id: sub.listId, url: sub.url, enabled: old ? old.enabled : true };
  const wordLists = old ? personal.wordLists.map((l) => (l.id === sub.listId ? list : l)) : [...personal.wordLists, list];
  return { ...personal, subscriptions, wordLists };
}

export type SubscribeOutcome = { ok: true; list: WordList } | { ok: false; message: string };

/** Fetch a list once; only if that works, save it with its subscription. */
export async function subscribe(areas: StorageAreas, url: string, fetchFn: FetchLike, now = new Date()): Promise<SubscribeOutcome> {
  const clean = url.trim();
  const bad = checkSubscriptionUrl(clean);
  if (bad) return { ok: false, message: bad };
  const { personal } = await loadSettings(areas);
  if (personal.subscriptions.some((s) => s.url === clean)) return { ok: false, message: 'You already subscribe to that list.' };
  const listId = listIdFor(clean, personal.wordLists.map((l) => l.id));
  const r = await refreshSubscription({ url: clean, listId }, fetchFn, now);
  if (!r.list) return { ok: false, message: r.subscription.lastError ?? 'The list could not be fetched.' };
  const latest = (await loadSettings(areas)).personal;
  const next = applyRefresh({ ...latest, subscriptions: [...latest.subscriptions, r.subscription] }, r);
  await saveSettings(areas, next);
  return { ok: true, list: next.wordLists.find((l) => l.id === listId)! };
}

export function unsubscribe(personal: Settings, listId: string): Settings {
  return {
    ...personal,
    subscriptions: personal.subscriptions.filter((s) => s.listId !== listId),
    wordLists: personal.wordLists.filter((l) => l.id !== listId),
  };
}

export interface RefreshOptions {
  now?: Date;
  /** Refresh these lists even if they are not due ("Refresh now"). */
  force?: string[];
  /** Whether the browser still lets us reach this address (the user may have removed the permission). */
  allowed?: (url: string) => Promise<boolean>;
}

export const NO_PERMISSION_ERROR =
  'The browser no longer allows Doing With to reach this address, so we kept the last good copy. Subscribe again to give permission.';

/** Refresh due (or forced) subscriptions and save what changed. */
export async function refreshSubscriptions(areas: StorageAreas, fetchFn: FetchLike, opts: RefreshOptions = {}): Promise<RefreshResult[]> {
  const now = opts.now ?? new Date();
  const { personal } = await loadSettings(areas);
  const todo = personal.subscriptions.filter((s) => opts.force?.includes(s.listId) || (!opts.force && isDue(s, now)));
  if (!todo.length) return [];
  const results: RefreshResult[] = [];
  for (const sub of todo) {
    if (opts.allowed && !(await opts.allowed(sub.url))) {
      const subscription: Subscription = { ...sub, lastTried: now.toISOString(), lastError: NO_PERMISSION_ERROR };
      results.push({ subscription, list: null, outcome: 'failed' });
      continue;
    }
    results.push(await refreshSubscription(sub, fetchFn, now));
  }
  // Read again just before saving, so an edit made meanwhile in the options page is kept.
  let latest = (await loadSettings(areas)).personal;
  for (const r of results) if (latest.subscriptions.some((s) => s.listId === r.subscription.listId)) latest = applyRefresh(latest, r);
  await saveSettings(areas, latest);
  return results;
}
