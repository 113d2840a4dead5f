/**
 * Every rule's own documentation behaves as documented: its bad example is
 * flagged by it, its good example is not, and the example fix a finding
 * offers is not flagged by the same rule. (A checker that flags its own
 * advice teaches people to ignore it.)
 */
import { describe, expect, it } from 'vitest';
import { Linter, type ProfileId, type Rule } from '../src/engine';
import { ALL_RULES } from '../rules';
import { parsePlainText } from '../src/sources/plain-text';
import { parseHtml } from '../src/sources/html';
import { parseMarkdown } from '../src/sources/markdown';

/**
 * Examples are read the way their writer meant: HTML when they are markup,
 * Markdown when they use its links, images, emphasis or headings (the rules
 * about a document's own shape need that structure), else plain text.
 */
function read(text: string) {
  if (/^\s*</.test(text)) return parseHtml(text, { source: 'example.html' }).doc;
  if (/\]\(|\*\*|^#{1,6} /m.test(text)) return parseMarkdown(text, { source: 'example.md' }).doc;
  return parsePlainText(text).doc;
}

const linter = new Linter(ALL_RULES);

/**
 * The rule's findings on a text, read as the kinds of document the rule runs
 * on. Examples are a sentence or two, so a rule's documented minimum length
 * (reading-age scores only documents of 100 words or more) is set aside.
 */
function findingsOf(rule: Rule, text: string) {
  const profiles: ProfileId[] | undefined = rule.meta.profiles === 'all' ? undefined : [...rule.meta.profiles];
  const short = rule.meta.defaultOptions && 'minWords' in rule.meta.defaultOptions ? { rules: { [rule.meta.id]: { options: { minWords: 0 } } } } : {};
  const report = linter.lint(read(text), { ...short, ...(profiles ? { profiles } : {}) });
  return report.findings.filter((f) => f.ruleId === rule.meta.id);
}

describe.each(ALL_RULES.map((rule) => [rule.meta.id, rule] as const))('%s', (_id, rule) => {
  it('flags its own bad example', () => {
    expect(findingsOf(rule, rule.meta.docs.bad).length, rule.meta.docs.bad).toBeGreaterThan(0);
  });

  it('does not flag its own good example', () => {
    expect(findingsOf(rule, rule.meta.docs.good).map((f) => f.message)).toEqual([]);
  });

  it('does not flag the example fixes its findings offer', () => {
    const offered = new Set(findingsOf(rule, rule.meta.docs.bad).flatMap((f) => (f.example ? [f.example] : [])));
    for (const example of offered) expect(findingsOf(rule, example).map((f) => f.message), example).toEqual([]);
  });
});
