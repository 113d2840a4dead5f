/**
 * Every finding says what made it: `patternId` is the id of a data pattern in
 * rules/patterns/patterns.generated.json, or one of the hooks its rule
 * declares in `meta.hooks` ("long-sentence/length"). Run over every corpus
 * document and every rule's own bad example, so a new report site without an
 * id (or with an id nobody declared) fails here rather than in a bug report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter, type Finding, type ProfileId } from '../src/engine';
import { ALL_RULES } from '../rules';
import { allPatterns } from '../rules/lib/slot-pattern';
import { readSource } from '../src/sources/read-file';
import { parsePlainText } from '../src/sources/plain-text';
import { parseHtml } from '../src/sources/html';
import { parseMarkdown } from '../src/sources/markdown';

const patternIds = new Set([...allPatterns()].map((p) => p.id));

/** The ids a rule's hooks give: "<rule id>/<hook>"; a hook ending in "*" stands for any name after it. */
function isHookOf(ruleId: string, id: string): boolean {
  const hooks = ALL_RULES.find((r) => r.meta.id === ruleId)?.meta.hooks ?? [];
  return hooks.some((h) => (h.endsWith('*') ? id.startsWith(`${ruleId}/${h.slice(0, -1)}`) : id === `${ruleId}/${h}`));
}

/** What is wrong with a finding's id, or null. */
export function idProblem(f: Finding): string | null {
  if (!f.patternId) return `${f.ruleId}: a finding with no patternId (“${(f.text ?? f.message).slice(0, 60)}”)`;
  if (patternIds.has(f.patternId) || isHookOf(f.ruleId, f.patternId)) return null;
  return `${f.ruleId}: “${f.patternId}” is neither a pattern nor a hook the rule declares`;
}

const CORPUS = 'tests/corpus';
const corpusFiles = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(CORPUS, d.name)).filter((f) => /\.(?:txt|md|html?)$/.test(f)).map((f) => join(CORPUS, d.name, f)));

const linter = new Linter(ALL_RULES);

describe('every finding carries the id of what made it', () => {
  it('tells a finding without an id, and one with an undeclared id (self-check)', () => {
    const base: Finding = { ruleId: 'long-sentence', severity: 'warning', message: 'm', blockId: null, start: null, end: null, text: null, suggestions: [], barriers: [], enablers: [], anchorBlockId: null };
    expect(idProblem(base)).toMatch(/no patternId/);
    expect(idProblem({ ...base, patternId: 'long-sentence/made-up' })).toMatch(/neither/);
    expect(idProblem({ ...base, patternId: 'long-sentence/length' })).toBeNull();
  });

  it(`on every corpus document (${corpusFiles.length})`, async () => {
    expect(corpusFiles.length).toBeGreaterThan(150);
    const problems = new Set<string>();
    for (const path of corpusFiles) {
      const { source } = await readSource(path, new Uint8Array(readFileSync(path)));
      for (const f of linter.lint(source.doc).findings) {
        const problem = idProblem(f);
        // One line per rule and kind of problem is enough to act on.
        if (problem && ![...problems].some((p) => p.startsWith(problem.split(' (“')[0]!))) problems.add(problem);
      }
    }
    expect([...problems]).toEqual([]);
    // Checking every corpus document takes seconds, and several times that on a loaded machine.
  }, 90_000);

  it("on every rule's own bad example", () => {
    const problems: string[] = [];
    for (const rule of ALL_RULES) {
      const text = rule.meta.docs.bad;
      const doc = /^\s*</.test(text) ? parseHtml(text, { source: 'x.html' }).doc : /\]\(|\*\*|^#{1,6} /m.test(text) ? parseMarkdown(text, { source: 'x.md' }).doc : parsePlainText(text).doc;
      const profiles: ProfileId[] | undefined = rule.meta.profiles === 'all' ? undefined : [...rule.meta.profiles];
      for (const f of linter.lint(doc, profiles ? { profiles } : {}).findings) {
        const problem = idProblem(f);
        if (problem) problems.push(problem);
      }
    }
    expect(problems).toEqual([]);
  });
});
