/**
 * Rules written entirely as data: a file in rules/patterns/ with a `rule:`
 * section (its id, title, barriers, enablers, profiles, severity, message and
 * docs) and its patterns. No TypeScript is needed to add one; `npm run
 * patterns` and the tests pick it up.
 *
 * One kind, after Vale's `existence`: every match of the `phrases` group is
 * a finding on its words (skipped when the sentence matches one of the
 * pattern's `unless`, or does not match every pattern of the `needs` group).
 * Findings carry the id of the pattern that made them. A check that a part
 * is missing needs more than data can say (a part that is there but thin
 * must not be called missing), so those stay rules with meanings in
 * rules/lib/sections.ts.
 */
import type { Rule, RuleReport } from '../src/engine';
import { DATA, patternGroup, type DataRuleSource, type NamedPattern } from './lib/slot-pattern';
import { matchesOf } from './lib/phrasing';

function sentenceOf(sentences: readonly { start: number; end: number }[], at: number, length: number): { start: number; end: number } {
  return sentences.find((s) => at >= s.start && at < s.end) ?? { start: 0, end: length };
}

function phraseRule(file: string, source: DataRuleSource): Rule {
  const groups = DATA.files[file]!.groups;
  const phrases = () => patternGroup(file, 'phrases', 'g');
  const needs = () => (groups.needs ? patternGroup(file, 'needs') : []);
  return {
    meta: { ...metaOf(source), scope: 'block' },
    checkBlock(ctx) {
      const { masked, sentences } = ctx.analysis;
      const required: NamedPattern[] = needs();
      for (const p of phrases()) {
        for (const m of matchesOf(p.re, masked)) {
          if (!m[0]) continue;
          const s = sentenceOf(sentences, m.index, masked.length);
          const sentence = masked.slice(s.start, s.end);
          if (p.unless.some((u) => u.test(sentence))) continue;
          if (!required.every((n) => n.re.test(sentence))) continue;
          const report: RuleReport = {
            start: m.index,
            end: m.index + m[0].length,
            message: source.message.replace('{match}', ctx.block.text.slice(m.index, m.index + m[0].length)),
            patternId: p.id,
          };
          if (source.suggestions) report.suggestions = source.suggestions;
          ctx.report(report);
        }
      }
    },
  };
}

function metaOf(source: DataRuleSource) {
  return {
    id: source.id,
    title: source.title,
    barriers: source.barriers,
    enablers: source.enablers,
    profiles: source.profiles,
    severity: source.severity,
    docs: source.docs,
  };
}

/** Every rule defined by a data file, in file order. */
export const dataRules: Rule[] = Object.entries(DATA.files)
  .filter(([, data]) => data.rule)
  .map(([file, data]) => phraseRule(file, data.rule!));
