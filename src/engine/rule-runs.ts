/**
 * The rules a check runs, each with its settings applied: how its reports become findings, and what
 * it builds once per configuration (shared across Linters).
 */
import type { Config } from './config';
import { resolveRuleSetting } from './config';
import type { Rule } from './rule';
import type { Finding, RuleReport, Severity, TextDoc } from './types';

export interface RuleRun {
  rule: Rule;
  /** The rule's place among the block rules (checkBlock), the same in every check: its results' index in TextEntry.results. */
  blockSlot: number;
  options: Record<string, unknown>;
  prepared<T>(build: () => T): T;
  toFinding(r: RuleReport, blockId: string | null): Finding;
}

/** Every rule the settings leave on, with what each needs to make findings (which kinds of document it is for is decided later). */
export function runsFor(rules: readonly Rule[], doc: TextDoc, config: Config, key: string, blockIndex: Map<string, number>): RuleRun[] {
  const runs: RuleRun[] = [];
  let blockRules = 0;
  for (const rule of rules) {
    const { meta } = rule;
    const blockSlot = rule.checkBlock ? blockRules++ : -1;
    const setting = resolveRuleSetting(config, meta.id, meta.severity, meta.defaultOptions);
    if (setting.severity === 'off') continue;
    const explicitSeverity = config.rules[meta.id] !== undefined ? (setting.severity as Severity) : undefined;
    const prepared = <T>(build: () => T): T => preparedFor(rule, key, build);
    const toFinding = (r: RuleReport, blockId: string | null): Finding => {
      const block = blockId !== null ? doc.blocks[blockIndex.get(blockId) ?? -1] : undefined;
      const ranged = block !== undefined && r.start !== undefined && r.end !== undefined;
      const start = ranged ? clamp(r.start!, 0, block.text.length) : null;
      const end = ranged ? clamp(r.end!, start!, block.text.length) : null;
      const finding: Finding = {
        ruleId: meta.id,
        severity: explicitSeverity ?? r.severity ?? (setting.severity as Severity),
        message: r.message,
        blockId: ranged ? block.id : null,
        start,
        end,
        text: ranged ? block.text.slice(start!, end!) : null,
        suggestions: r.suggestions ?? [],
        barriers: meta.barriers,
        enablers: meta.enablers,
        anchorBlockId: ranged ? block.id : (r.anchorBlockId ?? blockId ?? null),
      };
      if (r.example) finding.example = r.example;
      if (r.patternId) finding.patternId = r.patternId;
      if (!ranged && finding.anchorBlockId !== null && r.anchorOffset !== undefined) finding.anchorOffset = Math.max(0, r.anchorOffset);
      return finding;
    };
    runs.push({ rule, blockSlot, options: setting.options, prepared, toFinding });
  }
  return runs;
}

/**
 * What rules build once per configuration (word matchers, compiled lists),
 * shared by every Linter that runs the same rule object: a new Linter (a new
 * tab, a CLI run, a test) starts without rebuilding them. A few
 * configurations are kept per rule, the oldest dropped first.
 */
const PREPARED = new WeakMap<Rule, Map<string, unknown>>();
const PREPARED_CONFIGS = 4;

function preparedFor<T>(rule: Rule, configKey: string, build: () => T): T {
  let byConfig = PREPARED.get(rule);
  if (!byConfig) PREPARED.set(rule, (byConfig = new Map()));
  if (byConfig.has(configKey)) return byConfig.get(configKey) as T;
  const value = build();
  if (byConfig.size >= PREPARED_CONFIGS) byConfig.delete(byConfig.keys().next().value!);
  byConfig.set(configKey, value);
  return value;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(Math.max(n, lo), hi);
}
