import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  NOT_SYNCED_NOTICE,
  SYNC_ITEM_LIMIT,
  applyManaged,
  configFromSettings,
  exportSettings,
  loadSettings,
  migrateSettings,
  parseManaged,
  saveSettings,
  type Settings,
  type StorageAreaLike,
} from '../../src/storage';
import { parseSettingsJson } from '../../src/wordlists';

class FakeArea implements StorageAreaLike {
  data: Record<string, unknown> = {};
  constructor(private readonly failSet = false) {}
  async get(keys?: string | string[] | null) {
    if (keys === null || keys === undefined) return structuredClone(this.data);
    const list = typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(list.filter((k) => k in this.data).map((k) => [k, structuredClone(this.data[k])]));
  }
  async set(items: Record<string, unknown>) {
    if (this.failSet) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    Object.assign(this.data, structuredClone(items));
  }
  async remove(keys: string | string[]) {
    for (const k of typeof keys === 'string' ? [keys] : keys) delete this.data[k];
  }
}

const settings = (over: Partial<Settings> = {}): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...over });

describe('settings schema', () => {
  it('migrates version 1 (one list under "words", autoCheckSites)', () => {
    const s = migrateSettings({ version: 1, words: [{ term: 'PALS', alternatives: [] }], autoCheckSites: ['intranet.example.nhs.uk', 'nonsense:::'] });
    expect(s.version).toBe(2);
    expect(s.wordLists).toEqual([{ id: 'my-organisation', name: 'My organisation', enabled: true, terms: [{ term: 'PALS', alternatives: [] }] }]);
    expect(s.sites).toEqual(['https://intranet.example.nhs.uk']);
  });

  it('keeps good parts when one part is bad', () => {
    const s = migrateSettings({ version: 2, allow: ['stakeholder', 7], rules: { jargon: 'off' }, sites: 'oops' });
    expect(s.allow).toEqual(['stakeholder']);
    expect(s.rules).toEqual({ jargon: 'off' });
    expect(s.sites).toEqual([]);
    expect(migrateSettings('junk')).toEqual(DEFAULT_SETTINGS);
  });

  it('exports the JSON that --config reads, and it round-trips', () => {
    const s = settings({
      rules: { 'long-sentence': { severity: 'error', options: { maxWords: 20 } } },
      allow: ['going forward'],
      wordLists: [{ id: 'trust', name: 'Trust words', enabled: false, terms: [{ term: 'PALS', alternatives: ['advice service'], note: 'n', severity: 'error' }] }],
      sites: ['https://example.org'],
    });
    const json = exportSettings(s);
    expect(migrateSettings(JSON.parse(json))).toEqual(s);
    const config = parseSettingsJson(json);
    expect(config.rules['long-sentence']).toEqual({ severity: 'error', options: { maxWords: 20 } });
    expect(config.wordLists[0]!.terms[0]!.term).toBe('PALS');
  });

  it('gives the engine only enabled word lists', () => {
    const s = settings({ wordLists: [
      { id: 'a', name: 'A', enabled: true, terms: [] },
      { id: 'b', name: 'B', enabled: false, terms: [] },
    ] });
    expect(configFromSettings(s).wordLists.map((l) => l.id)).toEqual(['a']);
  });
});

describe('managed settings (policy)', () => {
  const managed = parseManaged({
    rules: { 'long-sentence': 'off', jargon: { severity: 'error' } },
    wordLists: [{ id: 'trust', name: 'Trust words', terms: [{ term: 'PALS', alternatives: ['Patient Advice and Liaison Service'] }] }],
    sites: ['https://intranet.example.nhs.uk'],
    allow: ['ICS'],
    easyRead: true,
  });

  it('overrides and locks personal settings', () => {
    const personal = settings({
      rules: { 'long-sentence': 'warning', 'reading-age': 'off' },
      wordLists: [{ id: 'org:trust', name: 'My copy', enabled: true, terms: [] }, { id: 'mine', name: 'Mine', enabled: true, terms: [] }],
      allow: ['leverage'],
      easyRead: false,
      sites: ['https://example.org'],
    });
    const { settings: merged, locks } = applyManaged(personal, managed);
    expect(merged.rules).toEqual({ 'long-sentence': 'off', 'reading-age': 'off', jargon: { severity: 'error' } });
    expect(merged.easyRead).toBe(true);
    expect(merged.allow).toEqual(['ICS', 'leverage']);
    expect(merged.wordLists.map((l) => [l.id, l.name, l.managed ?? false])).toEqual([
      ['org:trust', 'Trust words', true],
      ['mine', 'Mine', false],
    ]);
    expect(merged.sites).toEqual(['https://intranet.example.nhs.uk', 'https://example.org']);
    expect([...locks.rules].sort()).toEqual(['jargon', 'long-sentence']);
    expect([...locks.wordLists]).toEqual(['org:trust']);
    expect(locks.easyRead).toBe(true);
  });

  it('loads through storage with policy on top', async () => {
    const local = new FakeArea();
    const sync = new FakeArea();
    const managedArea = new FakeArea();
    managedArea.data = { rules: { jargon: 'off' } };
    await saveSettings({ local, sync }, settings({ rules: { jargon: 'warning' } }));
    const loaded = await loadSettings({ local, sync, managed: managedArea });
    expect(loaded.personal.rules).toEqual({ jargon: 'warning' });
    expect(loaded.settings.rules).toEqual({ jargon: 'off' });
    expect(loaded.locks.rules.has('jargon')).toBe(true);
  });
});

describe('settings storage', () => {
  it('syncs small settings and keeps word lists local', async () => {
    const local = new FakeArea();
    const sync = new FakeArea();
    const s = settings({ allow: ['stakeholder'], wordLists: [{ id: 'x', name: 'X', enabled: true, terms: [{ term: 'a', alternatives: [] }] }] });
    expect(await saveSettings({ local, sync }, s)).toEqual({ synced: true });
    expect(sync.data.settings).toMatchObject({ allow: ['stakeholder'] });
    expect(sync.data.settings).not.toHaveProperty('wordLists');
    expect(local.data.wordLists).toMatchObject({ wordLists: s.wordLists });
    const loaded = await loadSettings({ local, sync });
    expect(loaded.personal).toEqual(s);
    expect(loaded.notice).toBeUndefined();
  });

  it('falls back to local with a notice when over the sync quota', async () => {
    const local = new FakeArea();
    const sync = new FakeArea();
    const big = Array.from({ length: 1000 }, (_, i) => `word${i}`);
    expect(JSON.stringify(big).length).toBeGreaterThan(SYNC_ITEM_LIMIT);
    const result = await saveSettings({ local, sync }, settings({ allow: big }));
    expect(result).toEqual({ synced: false, notice: NOT_SYNCED_NOTICE });
    expect(sync.data.settings).toBeUndefined();
    const loaded = await loadSettings({ local, sync });
    expect(loaded.personal.allow).toHaveLength(1000);
    expect(loaded.notice).toBe(NOT_SYNCED_NOTICE);
  });

  it('falls back to local when sync refuses to save', async () => {
    const local = new FakeArea();
    const result = await saveSettings({ local, sync: new FakeArea(true) }, settings({ allow: ['x'] }));
    expect(result.synced).toBe(false);
    expect((await loadSettings({ local, sync: new FakeArea() })).personal.allow).toEqual(['x']);
  });

  it('never writes managed lists back', async () => {
    const local = new FakeArea();
    await saveSettings({ local }, settings({ wordLists: [{ id: 'org:t', name: 'T', enabled: true, managed: true, terms: [] }] }));
    expect(local.data.wordLists).toMatchObject({ wordLists: [] });
  });
});
