/**
 * A storage read that fails (the browser's sync service busy, a storage
 * error) must never be taken as "no settings": the next save would write the
 * defaults over the user's synced settings and word lists.
 */
import { describe, expect, it } from 'vitest';
import { loadSettings, saveSettings, SettingsReadError, type StorageAreaLike } from '../../src/storage';
import { refreshSubscriptions, subscribe } from '../../src/storage/subscriptions';
import { migrateLegacyItems } from '../../src/storage/legacy';

/** A storage area whose reads fail while `failing` is set; counts writes. */
class FlakyArea implements StorageAreaLike {
  failing = false;
  writes = 0;
  constructor(public data: Record<string, unknown> = {}) {}
  async get(keys?: string | string[] | null) {
    if (this.failing) throw new Error('Storage is not available just now');
    if (keys === null || keys === undefined) return structuredClone(this.data);
    const list = typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(list.filter((k) => k in this.data).map((k) => [k, structuredClone(this.data[k])]));
  }
  async set(items: Record<string, unknown>) {
    this.writes++;
    Object.assign(this.data, structuredClone(items));
  }
  async remove(keys: string | string[]) {
    this.writes++;
    for (const k of typeof keys === 'string' ? [keys] : keys) delete this.data[k];
  }
}

function saved() {
  const sync = new FlakyArea({ settings: { version: 2, allow: ['Northbrook PCN'], sites: [], rules: {} } });
  const local = new FlakyArea({ settingsWhere: 'sync', wordLists: { wordLists: [{ id: 'mine', name: 'My words', terms: [{ term: 'system partners', alternatives: ['local NHS'] }] }], subscriptions: [] } });
  return { sync, local };
}

describe('a failed settings read never leads to a write', () => {
  it.each(['sync', 'local'] as const)('loadSettings says so when the %s area cannot be read', async (which) => {
    const areas = saved();
    areas[which].failing = true;
    await expect(loadSettings(areas)).rejects.toBeInstanceOf(SettingsReadError);
  });

  it('the load-change-save sequence stops before writing, and the settings survive', async () => {
    const areas = saved();
    areas.sync.failing = true;
    const change = async () => {
      const { personal } = await loadSettings(areas);
      await saveSettings(areas, { ...personal, allow: [...personal.allow, 'ICB'] });
    };
    await expect(change()).rejects.toThrow(/could not be read/);
    expect(areas.sync.writes + areas.local.writes).toBe(0);
    areas.sync.failing = false;
    const loaded = await loadSettings(areas);
    expect(loaded.personal.allow).toEqual(['Northbrook PCN']);
    expect(loaded.personal.wordLists.map((l) => l.name)).toEqual(['My words']);
  });

  it('subscribing and the one-time move of old items write nothing either', async () => {
    const areas = saved();
    areas.local.data.allowList = ['old word'];
    areas.sync.failing = true;
    const neverCalled = async () => {
      throw new Error('no fetch expected');
    };
    await expect(subscribe(areas, 'https://lists.example.org/words.csv', neverCalled)).rejects.toThrow(SettingsReadError);
    await expect(refreshSubscriptions(areas, neverCalled, { force: ['mine'] })).rejects.toThrow(SettingsReadError);
    await expect(migrateLegacyItems(areas)).rejects.toThrow(SettingsReadError);
    expect(areas.sync.writes + areas.local.writes).toBe(0);
  });

  it('a policy area that cannot be read still means "no policy"', async () => {
    const areas = saved();
    const managed = new FlakyArea();
    managed.failing = true;
    expect((await loadSettings({ ...areas, managed })).settings.allow).toEqual(['Northbrook PCN']);
  });
});
