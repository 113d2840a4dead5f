/**
 * Importing a settings file (what "Download my settings" saves, or a file an
 * organisation hands out): read it, work out what would change, and apply it
 * only when the user confirms. Word lists in the file replace lists with the
 * same id and are added otherwise; lists the file does not mention stay.
 */
import { decodeImport } from '../wordlists/decode';
import { parseSettingsJson } from '../wordlists/json';
import { migrateSettings, type Settings } from '../storage/schema';

export interface SettingsImportPlan {
  next: Settings;
  /** One plain line per kind of change; empty when the file matches what is set. */
  changes: string[];
  /** Sites in the file not yet checked automatically: added only once the browser grants them. */
  newSites: string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Throws ImportError (with a line number where there is one) if the file is not a settings file. */
export function planSettingsImport(personal: Settings, bytes: Uint8Array, fileName: string): SettingsImportPlan {
  const text = decodeImport(bytes, `“${fileName}”`);
  const config = parseSettingsJson(text);
  const sites = migrateSettings({ version: 2, sites: (JSON.parse(text) as { sites?: unknown }).sites }).sites;
  const changes: string[] = [];

  const ruleIds = new Set([...Object.keys(personal.rules), ...Object.keys(config.rules)]);
  const rulesChanged = [...ruleIds].filter((id) => JSON.stringify(personal.rules[id]) !== JSON.stringify(config.rules[id])).length;
  if (rulesChanged) changes.push(`${plural(rulesChanged, 'check')} set differently`);
  if (personal.easyRead !== config.easyRead) changes.push(`Easy Read mode turned ${config.easyRead ? 'on' : 'off'}`);

  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const diffWords = (before: string[], after: string[], what: string) => {
    const b = lower(before);
    const a = lower(after);
    const added = after.filter((x) => !b.has(x.toLowerCase())).length;
    const removed = before.filter((x) => !a.has(x.toLowerCase())).length;
    if (added) changes.push(`${plural(added, what)} added`);
    if (removed) changes.push(`${plural(removed, what)} removed`);
  };
  diffWords(personal.allow, config.allow, 'allowed word');
  diffWords(personal.acronyms, config.acronyms, 'acronym');

  const wordLists = personal.wordLists.filter((l) => !l.managed).map((l) => ({ ...l }));
  let listsAdded = 0;
  let listsReplaced = 0;
  for (const incoming of config.wordLists) {
    if (incoming.managed || incoming.id.startsWith('org:')) continue;
    const at = wordLists.findIndex((l) => l.id === incoming.id);
    const { url: _url, ...list } = incoming;
    if (at < 0) {
      wordLists.push(list);
      listsAdded++;
    } else if (JSON.stringify(wordLists[at]) !== JSON.stringify(list)) {
      wordLists[at] = list;
      listsReplaced++;
    }
  }
  if (listsAdded) changes.push(`${plural(listsAdded, 'word list')} added`);
  if (listsReplaced) changes.push(`${plural(listsReplaced, 'word list')} replaced`);

  const newSites = sites.filter((s) => !personal.sites.includes(s));
  if (newSites.length) changes.push(`${plural(newSites.length, 'site')} to check automatically (you will be asked to allow ${newSites.length === 1 ? 'it' : 'them'})`);

  const next: Settings = {
    ...personal,
    rules: config.rules,
    easyRead: config.easyRead,
    allow: config.allow,
    acronyms: config.acronyms,
    wordLists,
    sites: personal.sites,
  };
  return { next, changes, newSites };
}
