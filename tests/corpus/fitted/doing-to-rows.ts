/**
 * Rows for fitting the doing-to scorer: every sentence of every labelled real
 * page, with its features (tests/corpus/fitted/doing-to-features.ts), whether it
 * overlaps a labelled doing-to text, and the hand-written rule's findings on
 * the page. Reads the git-ignored .real folders; nothing here is committed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from '../../../src/lint';
import { analyseText, type Finding, type TextDoc } from '../../../src/engine';
import { parse } from '../../../src/nlp';
import { sentenceFeatures } from './doing-to-features';
import { matchRule, targetsOf, toTextDoc, type Expectation, type Occurrence } from '../lib';

export interface SentenceRow {
  blockId: string;
  start: number;
  end: number;
  x: number[];
  y: number;
}

export interface PageRows {
  name: string;
  doc: TextDoc;
  labels: Expectation[];
  ruleFindings: Finding[];
  rows: SentenceRow[];
}

const overlaps = (a: { blockId: string | null; start: number | null; end: number | null }, o: Occurrence) =>
  a.blockId === o.blockId && a.start !== null && a.end !== null && a.start < o.end && o.start < a.end;

/** Every labelled page of one folder, as rows. */
export async function pagesOf(dir: string): Promise<PageRows[]> {
  if (!existsSync(dir)) return [];
  const linter = createLinter();
  const out: PageRows[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const expPath = join(dir, f.replace(/\.txt$/, '.expected.json'));
    if (!existsSync(expPath)) continue;
    const expected = JSON.parse(readFileSync(expPath, 'utf8')) as { findings: Expectation[] };
    const name = `${dir.replace(/.*\//, '')}/${f}`;
    const doc = await toTextDoc({ name, path: name, source: readFileSync(join(dir, f), 'utf8'), expected: { profiles: [], findings: [] } });
    const ruleFindings = linter.lint(doc, {}).findings.filter((x) => x.ruleId === 'doing-to');
    const labels = expected.findings.filter((e) => e.ruleId === 'doing-to');
    const targets = labels.flatMap((e) => targetsOf(doc, e));
    const rows: SentenceRow[] = [];
    for (const block of doc.blocks) {
      const layout = { heading: block.kind === 'heading', listItem: block.kind === 'list-item' };
      for (const s of analyseText(block.text).sentences) {
        if (!/[a-z]/i.test(s.text)) continue;
        const span = { blockId: block.id, start: s.start, end: s.end };
        const fires = ruleFindings.some((r) => overlaps(r, span));
        rows.push({ ...span, x: sentenceFeatures(parse, s.text, layout, fires), y: targets.some((t) => overlaps(span, t)) ? 1 : 0 });
      }
    }
    out.push({ name, doc, labels, ruleFindings, rows });
  }
  return out;
}

export interface Tally {
  labels: number;
  caught: number;
  findings: number;
  inside: number;
}

/** A sentence the scorer flags, as a finding of the doing-to rule. */
function sentenceFinding(page: PageRows, r: SentenceRow): Finding {
  return {
    ruleId: 'doing-to', severity: 'warning', message: '', blockId: r.blockId, start: r.start, end: r.end, text: null,
    suggestions: [], barriers: [], enablers: [], anchorBlockId: r.blockId,
  };
}

export type Mode = 'rule' | 'scorer' | 'rule+scorer' | 'extras';

/**
 * Findings of one mode on one page: the rule's; the scorer's sentences at or above the threshold; the scorer's
 * sentences the rule does not overlap (its extras); or the rule's plus those extras.
 */
export function findingsOf(page: PageRows, mode: Mode, probs: number[], threshold: number): Finding[] {
  if (mode === 'rule') return page.ruleFindings;
  const flagged = page.rows.filter((_, i) => probs[i]! >= threshold).map((r) => sentenceFinding(page, r));
  if (mode === 'scorer') return flagged;
  const extra = flagged.filter((f) => !page.ruleFindings.some((r) => overlaps(r, { blockId: f.blockId!, start: f.start!, end: f.end! })));
  return mode === 'extras' ? extra : [...page.ruleFindings, ...extra];
}

/** Labels caught (one finding per label, as evaluate-real counts) and findings inside labelled texts. */
export function tally(pages: PageRows[], findings: (page: PageRows, index: number) => Finding[]): Tally {
  const t: Tally = { labels: 0, caught: 0, findings: 0, inside: 0 };
  pages.forEach((page, i) => {
    const fs = findings(page, i);
    const targets = page.labels.flatMap((e) => targetsOf(page.doc, e));
    t.labels += page.labels.length;
    t.caught += matchRule(page.doc, page.labels, fs).truePositives.length;
    t.findings += fs.length;
    t.inside += fs.filter((f) => targets.some((o) => overlaps(f, o))).length;
  });
  return t;
}
