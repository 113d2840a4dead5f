/**
 * Settings that change what the engine reports. The same JSON is exported by
 * the extension's options page and read by `doing-with check --config`.
 */
import type { ProfileId, Severity } from './types';
import { PROFILE_IDS, SEVERITIES } from './types';

/** One entry in a word list (the base jargon list or an organisation's). */
export interface Term {
  /** A word or phrase, written in its base form: "stakeholder", "going forward". */
  term: string;
  /** Plainer words to use instead. May be empty ("explain what you mean"). */
  alternatives: string[];
  note?: string;
  severity?: Severity;
}

export interface WordList {
  id: string;
  name: string;
  enabled: boolean;
  terms: Term[];
  /** Set when the list came from an organisation's policy; read-only in the UI. */
  managed?: boolean;
  /** Where a subscribed list was fetched from. */
  url?: string;
}

export type RuleSetting = 'off' | Severity | { severity?: Severity | 'off'; options?: Record<string, unknown> };

export interface Config {
  /** Per-rule settings, by rule id. */
  rules: Record<string, RuleSetting>;
  /** When set, these profiles are used instead of detecting them. */
  profiles?: ProfileId[];
  /** Easy Read mode: stricter sentence length and reading age. */
  easyRead: boolean;
  /** Words and phrases never to flag (personal and organisation allow list). */
  allow: string[];
  /** Acronyms that are fine without spelling out (added to the built-in ones). */
  acronyms: string[];
  /** Organisation word lists. */
  wordLists: WordList[];
}

export const DEFAULT_CONFIG: Config = {
  rules: {},
  easyRead: false,
  allow: [],
  acronyms: [],
  wordLists: [],
};

export interface ConfigProblem {
  path: string;
  message: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringArray(v: unknown, path: string, problems: ConfigProblem[]): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    problems.push({ path, message: 'should be a list of words' });
    return [];
  }
  const out: string[] = [];
  v.forEach((item, i) => {
    if (typeof item === 'string' && item.trim()) out.push(item.trim());
    else problems.push({ path: `${path}[${i}]`, message: 'should be a word or phrase' });
  });
  return out;
}

function parseTerm(v: unknown, path: string, problems: ConfigProblem[]): Term | null {
  if (typeof v === 'string') return v.trim() ? { term: v.trim(), alternatives: [] } : null;
  if (!isRecord(v) || typeof v.term !== 'string' || !v.term.trim()) {
    problems.push({ path, message: 'each term needs a "term" with a word or phrase' });
    return null;
  }
  const term: Term = { term: v.term.trim(), alternatives: stringArray(v.alternatives, `${path}.alternatives`, problems) };
  if (typeof v.note === 'string' && v.note.trim()) term.note = v.note.trim();
  if (v.severity !== undefined) {
    if (SEVERITIES.includes(v.severity as Severity)) term.severity = v.severity as Severity;
    else problems.push({ path: `${path}.severity`, message: 'should be error, warning or suggestion' });
  }
  return term;
}

export function parseWordList(v: unknown, path: string, problems: ConfigProblem[], index = 0): WordList | null {
  if (!isRecord(v)) {
    problems.push({ path, message: 'a word list should be an object with "name" and "terms"' });
    return null;
  }
  if (!Array.isArray(v.terms)) {
    problems.push({ path: `${path}.terms`, message: 'should be a list of terms' });
    return null;
  }
  const terms = v.terms
    .map((t, i) => parseTerm(t, `${path}.terms[${i}]`, problems))
    .filter((t): t is Term => t !== null);
  const name = typeof v.name === 'string' && v.name.trim() ? v.name.trim() : `Word list ${index + 1}`;
  const id = typeof v.id === 'string' && v.id.trim() ? v.id.trim() : name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const list: WordList = { id, name, enabled: v.enabled !== false, terms };
  if (v.managed === true) list.managed = true;
  if (typeof v.url === 'string') list.url = v.url;
  return list;
}

/**
 * Read a settings object (from JSON) into a Config. Unknown keys are ignored
 * so newer exports still load; wrong values are reported, never guessed.
 */
export function parseConfig(input: unknown): { config: Config; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: Config = { ...DEFAULT_CONFIG, rules: {}, allow: [], acronyms: [], wordLists: [] };
  if (!isRecord(input)) {
    problems.push({ path: '', message: 'settings should be a JSON object' });
    return { config, problems };
  }
  if (input.rules !== undefined) {
    if (!isRecord(input.rules)) problems.push({ path: 'rules', message: 'should be an object of rule settings' });
    else {
      for (const [id, setting] of Object.entries(input.rules)) {
        if (setting === 'off' || SEVERITIES.includes(setting as Severity)) config.rules[id] = setting as RuleSetting;
        else if (setting === false) config.rules[id] = 'off';
        else if (setting === true) continue;
        else if (isRecord(setting)) {
          const s: { severity?: Severity | 'off'; options?: Record<string, unknown> } = {};
          if (setting.severity !== undefined) {
            if (setting.severity === 'off' || SEVERITIES.includes(setting.severity as Severity))
              s.severity = setting.severity as Severity | 'off';
            else problems.push({ path: `rules.${id}.severity`, message: 'should be off, error, warning or suggestion' });
          }
          if (setting.enabled === false) s.severity = 'off';
          if (isRecord(setting.options)) s.options = setting.options;
          config.rules[id] = s;
        } else problems.push({ path: `rules.${id}`, message: 'should be "off", a severity, or an object' });
      }
    }
  }
  if (input.profiles !== undefined) {
    const profiles = stringArray(input.profiles, 'profiles', problems);
    const bad = profiles.filter((p) => !PROFILE_IDS.includes(p as ProfileId));
    if (bad.length) problems.push({ path: 'profiles', message: `unknown profile: ${bad.join(', ')}` });
    const good = profiles.filter((p): p is ProfileId => PROFILE_IDS.includes(p as ProfileId));
    if (good.length) config.profiles = good;
  }
  if (input.easyRead !== undefined) config.easyRead = input.easyRead === true;
  config.allow = stringArray(input.allow, 'allow', problems);
  config.acronyms = stringArray(input.acronyms, 'acronyms', problems);
  if (input.wordLists !== undefined) {
    if (!Array.isArray(input.wordLists)) problems.push({ path: 'wordLists', message: 'should be a list of word lists' });
    else
      input.wordLists.forEach((l, i) => {
        const list = parseWordList(l, `wordLists[${i}]`, problems, i);
        if (list) config.wordLists.push(list);
      });
  }
  return { config, problems };
}

/** Fill in defaults for a partial config. */
export function withDefaults(partial: Partial<Config> = {}): Config {
  return {
    rules: partial.rules ?? {},
    profiles: partial.profiles,
    easyRead: partial.easyRead ?? false,
    allow: partial.allow ?? [],
    acronyms: partial.acronyms ?? [],
    wordLists: partial.wordLists ?? [],
  };
}

export interface ResolvedRuleSetting {
  severity: Severity | 'off';
  options: Record<string, unknown>;
}

export function resolveRuleSetting(
  config: Config,
  ruleId: string,
  defaultSeverity: Severity,
  defaultOptions: Record<string, unknown> = {},
): ResolvedRuleSetting {
  const s = config.rules[ruleId];
  if (s === undefined) return { severity: defaultSeverity, options: defaultOptions };
  if (typeof s === 'string') return { severity: s, options: defaultOptions };
  // An option of the wrong kind ("maxWords": "ten") keeps its default rather than
  // becoming NaN; ruleOptionProblems() is how a person is told about it.
  const options = { ...defaultOptions };
  for (const [key, value] of Object.entries(s.options ?? {})) if (optionProblem(defaultOptions[key], value) === null) options[key] = value;
  return { severity: s.severity ?? defaultSeverity, options };
}

/** What is wrong with one option value, compared with its default; null when it is fine. */
function optionProblem(fallback: unknown, value: unknown): string | null {
  if (fallback === undefined) return null; // unknown options are ignored, so older and newer settings files still load
  if (typeof fallback === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return `should be a number, like ${fallback}`;
    return null;
  }
  if (typeof fallback === 'boolean') return typeof value === 'boolean' ? null : 'should be true or false';
  if (typeof fallback === 'string') return typeof value === 'string' ? null : 'should be text';
  return null;
}

/**
 * Rule options that are not of the kind the rule expects, as problems a
 * person can act on: rules.long-sentence.options.maxWords should be a number,
 * like 25 (it is "ten").
 */
export function ruleOptionProblems(config: Config, rules: readonly { id: string; defaultOptions?: Record<string, unknown> }[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const rule of rules) {
    const s = config.rules[rule.id];
    if (typeof s !== 'object' || !s.options) continue;
    for (const [key, value] of Object.entries(s.options)) {
      const why = optionProblem(rule.defaultOptions?.[key], value);
      if (why) problems.push({ path: `rules.${rule.id}.options.${key}`, message: `${why} (it is ${JSON.stringify(value)})` });
    }
  }
  return problems;
}
