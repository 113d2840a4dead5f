/**
 * Rule settings as the options page shows them: on or off, how serious, and
 * any number or yes/no options the rule has (such as the longest sentence).
 */
import type { RuleSetting, Severity } from '../engine';
import type { RuleMeta } from '../engine/types';

export interface RuleView {
  on: boolean;
  severity: Severity;
  options: Record<string, unknown>;
}

export function ruleView(setting: RuleSetting | undefined, meta: Pick<RuleMeta, 'severity' | 'defaultOptions'>): RuleView {
  const defaults = meta.defaultOptions ?? {};
  if (setting === undefined) return { on: true, severity: meta.severity, options: { ...defaults } };
  if (typeof setting === 'string') {
    return { on: setting !== 'off', severity: setting === 'off' ? meta.severity : setting, options: { ...defaults } };
  }
  const sev = setting.severity;
  return { on: sev !== 'off', severity: sev && sev !== 'off' ? sev : meta.severity, options: { ...defaults, ...(setting.options ?? {}) } };
}

/** The setting to store, keeping only what differs from the rule's defaults. */
export function toSetting(view: RuleView, meta: Pick<RuleMeta, 'severity' | 'defaultOptions'>): RuleSetting | undefined {
  const defaults = meta.defaultOptions ?? {};
  const options: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(view.options)) if (defaults[k] !== v) options[k] = v;
  const severity: Severity | 'off' = view.on ? view.severity : 'off';
  const hasOptions = Object.keys(options).length > 0;
  if (!hasOptions) return severity === meta.severity ? undefined : severity;
  return severity === meta.severity ? { options } : { severity, options };
}

export function setRule(rules: Record<string, RuleSetting>, id: string, setting: RuleSetting | undefined): Record<string, RuleSetting> {
  const next = { ...rules };
  if (setting === undefined) delete next[id];
  else next[id] = setting;
  return next;
}

interface OptionInfo {
  label: string;
  hint?: string;
  min: number;
  max: number;
}

/** Plain labels for the options rules have. Options not listed here are not shown. */
export const OPTION_INFO: Record<string, OptionInfo> = {
  maxWords: { label: 'Longest sentence, in words', hint: 'GOV.UK advises 25 words or fewer.', min: 8, max: 60 },
  easyReadMaxWords: { label: 'Longest sentence in Easy Read mode, in words', hint: 'Easy Read guidance advises 10 to 15.', min: 5, max: 40 },
  maxAverageSentenceLength: { label: 'Longest average sentence, in words', min: 8, max: 40 },
  easyReadMaxAverageSentenceLength: { label: 'Longest average sentence in Easy Read mode, in words', min: 5, max: 30 },
  maxReadingAge: { label: 'Highest reading age, in years', hint: 'Most UK adults read comfortably at a reading age of 9.', min: 6, max: 18 },
  minWords: { label: 'Only check documents longer than this many words', min: 20, max: 2000 },
  minWeeks: { label: 'Shortest acceptable time to respond, in weeks', min: 1, max: 26 },
  normWeeks: { label: 'Usual time to respond, in weeks', hint: 'Government consultation principles suggest 12 weeks.', min: 1, max: 52 },
};

export const BOOLEAN_OPTION_INFO: Record<string, string> = {
  baseList: 'Use the built-in list of jargon as well as your own lists',
};

/** Check a number typed for an option. */
export function checkOptionNumber(key: string, text: string): { value: number } | { error: string } {
  const info = OPTION_INFO[key];
  const t = text.trim();
  if (!/^\d+$/.test(t)) return { error: 'Enter a whole number, such as 25.' };
  const value = Number(t);
  if (info && (value < info.min || value > info.max)) return { error: `Enter a number from ${info.min} to ${info.max}.` };
  return { value };
}

/** The same words the side panel uses for how serious a finding is. */
export { SEVERITY_LABELS } from '../ui/catalog';
