/**
 * The background's view of the settings the options page edits (src/storage):
 * loaded once, cached, and re-loaded when storage changes, so word lists,
 * checks, Easy Read, the allow list and sites apply to the next check.
 *
 * `allowList` and `autoSites` keep the small get/set/watch shape the rest of
 * the background already uses, but read and write Settings.allow and
 * Settings.sites. Words and sites set by the organisation are always in what
 * they return and are never written back as the user's own.
 */
import { browser } from 'wxt/browser';
import type { Config } from '../../engine';
import { configFromSettings, migrateSettings, type Settings } from '../../storage/schema';
import { loadSettings, saveSettings, SettingsReadError, type LoadedSettings, type StorageAreaLike, type StorageAreas } from '../../storage/store';
import { policyWithoutWaiting } from './policy';

/** The keys src/storage/store.ts keeps settings under. */
const SETTINGS_KEYS = new Set(['settings', 'wordLists', 'settingsWhere']);

/** storage.managed behind a view that never makes a check wait for the browser's policy service (policy.ts). */
let policy: StorageAreaLike | null = null;

export function storageAreas(): StorageAreas {
  const a = (x: unknown) => x as StorageAreaLike;
  const managed = (browser.storage as unknown as { managed?: unknown }).managed;
  const local = a(browser.storage.local);
  if (managed) policy ??= policyWithoutWaiting(a(managed), local, changed);
  return { local, sync: a(browser.storage.sync), ...(policy ? { managed: policy } : {}) };
}

let cache: Promise<LoadedSettings> | null = null;
const listeners = new Set<() => void>();
let listening = false;

function changed(): void {
  cache = null;
  for (const l of listeners) l();
}

function listen(): void {
  if (listening) return;
  listening = true;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'managed' && !Object.keys(changes).some((k) => SETTINGS_KEYS.has(k))) return;
    changed();
  });
}

export function currentSettings(): Promise<LoadedSettings> {
  listen();
  cache ??= loadSettings(storageAreas()).catch((e: unknown) => {
    cache = null;
    throw e;
  });
  return cache;
}

export function watchSettings(callback: () => void): () => void {
  listen();
  listeners.add(callback);
  return () => listeners.delete(callback);
}

/** The engine config in force: the user's settings with the organisation's on top. */
export async function engineConfig(): Promise<Config> {
  try {
    return configFromSettings((await currentSettings()).settings);
  } catch (e) {
    // The browser could not read the settings just now: check with the built-in ones
    // (nothing is saved, so the user's own settings are untouched) and read again next time.
    if (e instanceof SettingsReadError) return configFromSettings(migrateSettings({}));
    throw e;
  }
}

export async function changePersonal(change: (personal: Settings) => Settings): Promise<void> {
  const areas = storageAreas();
  const { personal } = await loadSettings(areas);
  await saveSettings(areas, change(personal));
  cache = null;
}

/** A settings field behind the get/set/watch shape of a @wxt-dev/storage item. */
function field(key: 'allow' | 'sites') {
  return {
    async getValue(): Promise<string[]> {
      return (await currentSettings()).settings[key];
    },
    async setValue(values: string[]): Promise<void> {
      const { settings, personal } = await currentSettings();
      const organisation = new Set(settings[key].filter((v) => !personal[key].includes(v)));
      const mine = values.filter((v) => !organisation.has(v));
      if (mine.length === personal[key].length && mine.every((v, i) => v === personal[key][i])) return;
      await changePersonal((p) => ({ ...p, [key]: values.filter((v) => !organisation.has(v)) }));
    },
    watch(callback: () => void): () => void {
      return watchSettings(callback);
    },
  };
}

/** Words never to flag (Settings.allow). */
export const allowList = field('allow');
/** Origins checked on every visit (Settings.sites). */
export const autoSites = field('sites');
