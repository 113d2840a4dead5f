/**
 * The settings the extension keeps, typed and versioned. Old shapes are
 * migrated forward on read; anything unreadable falls back to defaults for
 * that part only, so one bad value never loses the rest.
 *
 * The JSON a user exports from the options page is `exportSettings()`; the
 * command line reads the same file with `--config`.
 */
import type { Config, RuleSetting, WordList } from '../engine';
import { parseConfig } from '../engine';

export const SETTINGS_VERSION = 2;

export interface Subscription {
  /** https URL serving a word list (JSON or CSV). */
  url: string;
  /** The list id the subscription fills. */
  listId: string;
  /** When we last got a good copy (ISO), and the validators for conditional requests. */
  lastUpdated?: string;
  etag?: string;
  lastModified?: string;
  /** The last failure, in plain words, if the latest refresh failed. */
  lastError?: string;
  lastTried?: string;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  rules: Record<string, RuleSetting>;
  easyRead: boolean;
  /** Personal allow list. */
  allow: string[];
  /** Acronyms that are fine without spelling out. */
  acronyms: string[];
  wordLists: WordList[];
  /** Origins checked automatically on every visit, e.g. "https://intranet.example.nhs.uk". */
  sites: string[];
  subscriptions: Subscription[];
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  rules: {},
  easyRead: false,
  allow: [],
  acronyms: [],
  wordLists: [],
  sites: [],
  subscriptions: [],
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Version 1 kept a single organisation list under "words" and sites under "autoCheckSites". */
function migrateV1(v: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...v, version: 2 };
  if (Array.isArray(v.words) && !Array.isArray(v.wordLists)) {
    out.wordLists = [{ id: 'my-organisation', name: 'My organisation', enabled: true, terms: v.words }];
  }
  if (Array.isArray(v.autoCheckSites) && !Array.isArray(v.sites)) out.sites = v.autoCheckSites;
  delete out.words;
  delete out.autoCheckSites;
  return out;
}

/** Sites as origins (https://host[:port]), each once; anything that is not a web site is left out. Also used for policy sites. */
export function origins(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const s of v) {
    if (typeof s !== 'string') continue;
    try {
      const u = new URL(s.includes('://') ? s : `https://${s}`);
      if ((u.protocol === 'https:' || u.protocol === 'http:') && !out.includes(u.origin)) out.push(u.origin);
    } catch {
      /* not a site; skip it */
    }
  }
  return out;
}

function subscriptions(v: unknown): Subscription[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((s): Subscription[] => {
    if (!isRecord(s) || typeof s.url !== 'string' || typeof s.listId !== 'string') return [];
    const sub: Subscription = { url: s.url, listId: s.listId };
    for (const k of ['lastUpdated', 'etag', 'lastModified', 'lastError', 'lastTried'] as const) {
      if (typeof s[k] === 'string') sub[k] = s[k];
    }
    return [sub];
  });
}

/** Read stored or imported settings of any version into the current shape. */
export function migrateSettings(raw: unknown): Settings {
  if (!isRecord(raw)) return structuredClone(DEFAULT_SETTINGS);
  let v = raw;
  if (v.version === undefined || v.version === 1) v = migrateV1(v);
  const { config } = parseConfig(v);
  return {
    version: SETTINGS_VERSION,
    rules: config.rules,
    easyRead: config.easyRead,
    allow: config.allow,
    acronyms: config.acronyms,
    wordLists: config.wordLists,
    sites: origins(v.sites),
    subscriptions: subscriptions(v.subscriptions),
  };
}

/** The engine config these settings give (managed settings already merged in). */
export function configFromSettings(s: Settings): Config {
  return {
    rules: s.rules,
    easyRead: s.easyRead,
    allow: s.allow,
    acronyms: s.acronyms,
    wordLists: s.wordLists.filter((l) => l.enabled),
  };
}

/** The settings file users export and `doing-with check --config` reads. */
export function exportSettings(s: Settings): string {
  const { version, rules, easyRead, allow, acronyms, wordLists, sites } = s;
  return JSON.stringify({ version, rules, easyRead, allow, acronyms, wordLists, sites }, null, 2) + '\n';
}
