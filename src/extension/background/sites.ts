/**
 * Automatic checking for a site the user turned on: the browser grants the
 * origin (optional host permission, asked for from the side panel), then the
 * checker is registered as a content script for that origin only.
 */
import { browser } from 'wxt/browser';
import { autoSites } from './settings';

export const CHECKER_FILE = '/page-checker.js';

/** "https://example.org" for ordinary web pages; null for browser pages, files and the like. */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

export const matchPattern = (origin: string) => `${origin.replace(/:\d+$/, '')}/*`;

function scriptId(origin: string): string {
  return `doing-with-auto-${origin.replace(/[^a-z0-9]+/gi, '-')}`;
}

export async function isAutoSite(origin: string | null): Promise<boolean> {
  return !!origin && (await autoSites.getValue()).includes(origin);
}

async function registered(): Promise<Set<string>> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return new Set(scripts.map((s) => s.id));
}

export async function setAutoSite(origin: string, on: boolean): Promise<void> {
  const sites = await autoSites.getValue();
  const id = scriptId(origin);
  const have = await registered();
  if (on) {
    const granted = await browser.permissions.contains({ origins: [matchPattern(origin)] });
    if (!granted) throw new Error('permission-not-granted');
    if (!have.has(id)) {
      await browser.scripting.registerContentScripts([
        { id, matches: [matchPattern(origin)], js: [CHECKER_FILE], runAt: 'document_idle', persistAcrossSessions: true },
      ]);
    }
    if (!sites.includes(origin)) await autoSites.setValue([...sites, origin]);
  } else {
    if (have.has(id)) await browser.scripting.unregisterContentScripts({ ids: [id] });
    await autoSites.setValue(sites.filter((s) => s !== origin));
    await browser.permissions.remove({ origins: [matchPattern(origin)] }).catch(() => false);
  }
}

/** After a browser update or a permission removed in the browser's settings, make registrations match. */
export async function syncAutoSites(): Promise<void> {
  const sites = await autoSites.getValue();
  const have = await registered();
  const keep: string[] = [];
  for (const origin of sites) {
    const granted = await browser.permissions.contains({ origins: [matchPattern(origin)] });
    if (granted) {
      keep.push(origin);
      if (!have.has(scriptId(origin))) await setAutoSite(origin, true).catch(() => undefined);
    } else if (have.has(scriptId(origin))) {
      await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] }).catch(() => undefined);
    }
  }
  // A site removed in the options page: stop checking it.
  const wanted = new Set(keep.map(scriptId));
  const stale = [...have].filter((id) => id.startsWith('doing-with-auto-') && !wanted.has(id));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale }).catch(() => undefined);
  if (keep.length !== sites.length) await autoSites.setValue(keep);
}
