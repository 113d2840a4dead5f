/**
 * What the user chose, kept in the browser's own extension storage (never
 * sent anywhere): the personal allow list, findings ignored on a page, and
 * the sites checked automatically.
 */
import { storage } from 'wxt/utils/storage';
import { allowList, autoSites } from './stored-settings';

/** Ignored findings by page address (without the #fragment). */
export const ignoredByUrl = storage.defineItem<Record<string, string[]>>('local:ignoredByUrl', { fallback: {}, version: 1 });
/**
 * The allow list and the sites checked on every visit live in Settings (src/storage), which the
 * options page edits; the old separate items are moved there once (src/storage/legacy.ts).
 */
export { allowList, autoSites };

export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

export async function addAllowed(word: string): Promise<void> {
  const w = word.trim();
  if (!w) return;
  const list = await allowList.getValue();
  if (!list.some((x) => x.toLowerCase() === w.toLowerCase())) await allowList.setValue([...list, w]);
}

export async function ignore(url: string, key: string): Promise<void> {
  const all = await ignoredByUrl.getValue();
  const page = pageKey(url);
  const list = all[page] ?? [];
  if (!list.includes(key)) await ignoredByUrl.setValue({ ...all, [page]: [...list, key] });
}

export async function unignoreAll(url: string): Promise<void> {
  const all = { ...(await ignoredByUrl.getValue()) };
  delete all[pageKey(url)];
  await ignoredByUrl.setValue(all);
}
