/**
 * Settings pushed by an organisation's IT team (Chrome enterprise policy or
 * Firefox policies.json) arrive in storage.managed. They win over personal
 * settings, and the options page shows them as "set by your organisation".
 */
import type { RuleSetting, WordList } from '../engine';
import { parseConfig } from '../engine';
import { origins, type Settings } from './schema';

export interface ManagedSettings {
  rules: Record<string, RuleSetting>;
  wordLists: WordList[];
  sites: string[];
  allow: string[];
  acronyms: string[];
  easyRead?: boolean;
}

export interface Locks {
  /** Rule ids whose setting the organisation fixed. */
  rules: Set<string>;
  /** Word-list ids the organisation provides. */
  wordLists: Set<string>;
  /** Sites the organisation turned on. */
  sites: Set<string>;
  easyRead: boolean;
}

export function parseManaged(raw: unknown): ManagedSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const { config } = parseConfig({
    rules: r.rules,
    wordLists: r.wordLists,
    allow: r.allow,
    acronyms: r.acronyms,
  });
  const managed: ManagedSettings = {
    rules: config.rules,
    wordLists: config.wordLists.map((l) => ({ ...l, managed: true, id: `org:${l.id}` })),
    // Cleaned like the user's own sites: a policy's "intranet.example.org/path" becomes its origin.
    sites: origins(r.sites),
    allow: config.allow,
    acronyms: config.acronyms,
  };
  if (typeof r.easyRead === 'boolean') managed.easyRead = r.easyRead;
  return managed;
}

/** Personal settings with the organisation's on top, and what the user may not change. */
export function applyManaged(personal: Settings, managed: ManagedSettings): { settings: Settings; locks: Locks } {
  const managedIds = new Set(managed.wordLists.map((l) => l.id));
  const sites = [...managed.sites];
  for (const s of personal.sites) if (!sites.includes(s)) sites.push(s);
  const settings: Settings = {
    ...personal,
    rules: { ...personal.rules, ...managed.rules },
    easyRead: managed.easyRead ?? personal.easyRead,
    allow: [...new Set([...managed.allow, ...personal.allow])],
    acronyms: [...new Set([...managed.acronyms, ...personal.acronyms])],
    wordLists: [...managed.wordLists, ...personal.wordLists.filter((l) => !managedIds.has(l.id))],
    sites,
  };
  return {
    settings,
    locks: {
      rules: new Set(Object.keys(managed.rules)),
      wordLists: managedIds,
      sites: new Set(managed.sites),
      easyRead: managed.easyRead !== undefined,
    },
  };
}
