/**
 * Where settings live. Small personal settings (rules, allow list, sites)
 * sync between the user's browsers through storage.sync while they fit its
 * per-item quota; word lists and subscriptions stay in storage.local because
 * they can be large. Managed (policy) settings are read from storage.managed.
 * Areas are passed in, so this runs against fakes in unit tests.
 */
import { applyManaged, parseManaged, type Locks } from './managed';
import { migrateSettings, type Settings } from './schema';

export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageAreas {
  local: StorageAreaLike;
  sync?: StorageAreaLike;
  managed?: StorageAreaLike;
}

/** chrome.storage.sync allows 8,192 bytes per item; keep a margin for the key. */
export const SYNC_ITEM_LIMIT = 8000;

const PERSONAL_KEY = 'settings';
const LISTS_KEY = 'wordLists';
const WHERE_KEY = 'settingsWhere';

export interface LoadedSettings {
  /** What the engine should use: personal settings with the organisation's on top. */
  settings: Settings;
  /** What the user set themselves (what the options page edits). */
  personal: Settings;
  locks: Locks;
  /** A plain notice for the options page, e.g. that settings do not sync. */
  notice?: string;
}

export const NOT_SYNCED_NOTICE =
  'Your settings are too big to share between your computers, so they are saved on this computer only.';

/** A read of the user's own settings failed. Nothing may be saved on top of what could not be read. */
export class SettingsReadError extends Error {
  constructor(cause: unknown) {
    super(`Your settings could not be read (${(cause as Error)?.message ?? String(cause)}).`);
    this.name = 'SettingsReadError';
  }
}

/**
 * Reads one key of the user's own settings. A failed read throws: treating
 * it as "no settings" would let the next save write defaults over the user's
 * synced settings and word lists.
 */
async function readKey(area: StorageAreaLike | undefined, key: string): Promise<unknown> {
  if (!area) return undefined;
  try {
    return (await area.get(key))[key];
  } catch (e) {
    throw new SettingsReadError(e);
  }
}

export async function loadSettings(areas: StorageAreas): Promise<LoadedSettings> {
  const where = (await readKey(areas.local, WHERE_KEY)) === 'local' || !areas.sync ? 'local' : 'sync';
  const small = await readKey(where === 'sync' ? areas.sync : areas.local, PERSONAL_KEY);
  const large = (await readKey(areas.local, LISTS_KEY)) as Record<string, unknown> | undefined;
  const personal = migrateSettings({ ...(typeof small === 'object' && small ? small : {}), ...(large ?? {}) });
  let managedRaw: Record<string, unknown> = {};
  if (areas.managed) {
    try {
      managedRaw = await areas.managed.get(null);
    } catch {
      // storage.managed throws where no policy schema or policy exists (e.g. Firefox without policies).
      managedRaw = {};
    }
  }
  const { settings, locks } = applyManaged(personal, parseManaged(managedRaw));
  const loaded: LoadedSettings = { settings, personal, locks };
  if (where === 'local' && areas.sync) loaded.notice = NOT_SYNCED_NOTICE;
  return loaded;
}

/** Save personal settings. Managed word lists are never written back. */
export async function saveSettings(areas: StorageAreas, personal: Settings): Promise<{ synced: boolean; notice?: string }> {
  const { wordLists, subscriptions, ...small } = personal;
  const lists = { wordLists: wordLists.filter((l) => !l.managed), subscriptions };
  await areas.local.set({ [LISTS_KEY]: lists });
  const bytes = new TextEncoder().encode(JSON.stringify(small)).length + PERSONAL_KEY.length;
  if (areas.sync && bytes <= SYNC_ITEM_LIMIT) {
    try {
      await areas.sync.set({ [PERSONAL_KEY]: small });
      await areas.local.set({ [WHERE_KEY]: 'sync' });
      await areas.local.remove(PERSONAL_KEY);
      return { synced: true };
    } catch {
      // Quota or rate limit: fall through to local.
    }
  }
  await areas.local.set({ [PERSONAL_KEY]: small, [WHERE_KEY]: 'local' });
  if (areas.sync) {
    try {
      await areas.sync.remove(PERSONAL_KEY);
    } catch {
      /* nothing to remove */
    }
    return { synced: false, notice: NOT_SYNCED_NOTICE };
  }
  return { synced: false };
}
