/**
 * The labelled real pages as the fitted jargon scorer sees them: for every
 * page, the candidates of each block (tests/corpus/fitted/jargon-candidates.ts) with a
 * training label, and what is needed to score a set of weights the way the
 * rule would (which labelled phrases the other language checks catch already).
 * Page text stays in memory only: nothing of it is written out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from '../../../src/lint';
import type { Finding } from '../../../src/engine';
import { jargonCandidates, type Candidate } from './jargon-candidates';
import { findingsFromCandidates, SCORER_ID, type ScorerWeights } from './jargon-scorer';
import { unfamiliar, UNFAMILIAR_ID } from '../../../rules/jargon-unfamiliar';
import { targetsOf, toTextDoc, type Expectation } from '../lib';

interface Range {
  blockId: string;
  start: number;
  end: number;
}
export interface PageBlock {
  blockId: string;
  text: string;
  candidates: Candidate[];
  /** Per candidate: 1 inside a labelled phrase no other check catches, 0 outside every label, null otherwise (left out of the fit). */
  ys: Array<0 | 1 | null>;
}
export interface Page {
  group: string;
  words: number;
  /** Language findings (jargon and undefined-acronym) without the scorer's. */
  baseFindings: number;
  /** How many jargon and acronym phrases are labelled. */
  labels: number;
  blocks: PageBlock[];
  /** Where each labelled phrase the other checks miss occurs. */
  missed: Range[][];
  /** Where any labelled or allowed phrase occurs. */
  labelled: Range[];
}

const overlaps = (a: Range, b: Range) => a.blockId === b.blockId && a.start < b.end && b.start < a.end;
const LANGUAGE = new Set(['jargon', 'undefined-acronym']);

/** Every page of one group (folder names under base, like ['a', 'b']). */
export async function loadGroup(base: string, group: string, folders: string[]): Promise<Page[]> {
  const linter = createLinter();
  const pages: Page[] = [];
  for (const folder of folders) {
    const dir = join(base, folder);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const expPath = join(dir, f.replace(/\.txt$/, '.expected.json'));
      if (!existsSync(expPath)) continue;
      const expected = JSON.parse(readFileSync(expPath, 'utf8')) as { findings: Expectation[]; allowed?: Expectation[] };
      const source = readFileSync(join(dir, f), 'utf8');
      const doc = await toTextDoc({ name: f, path: f, source, expected: { profiles: [], findings: [] } });
      const report = linter.lint(doc, {});
      const lang = report.findings.filter((x) => LANGUAGE.has(x.ruleId) && x.patternId !== SCORER_ID);
      const ranged = (x: Finding): Range | null => (x.blockId !== null && x.start !== null && x.end !== null ? { blockId: x.blockId, start: x.start, end: x.end } : null);
      const found = lang.map(ranged).filter((r): r is Range => r !== null);
      const labels = expected.findings.filter((e) => LANGUAGE.has(e.ruleId));
      const targets = labels.map((e) => targetsOf(doc, e).map((o) => ({ blockId: o.blockId, start: o.start, end: o.end })));
      const missed = targets.filter((t) => !t.some((o) => found.some((x) => overlaps(x, o))));
      const allowed = (expected.allowed ?? []).flatMap((e) => targetsOf(doc, e).map((o) => ({ blockId: o.blockId, start: o.start, end: o.end })));
      const labelled = [...targets.flat(), ...allowed];
      // What the jargon rule's block checks cover: the scorer's candidates skip these words.
      const covered = report.findings.filter((x) => x.ruleId === 'jargon' && x.patternId !== UNFAMILIAR_ID && x.patternId !== SCORER_ID).map(ranged);
      const blocks: PageBlock[] = doc.blocks.map((b) => {
        const mine = covered.filter((r): r is Range => r !== null && r.blockId === b.id);
        const candidates = jargonCandidates(b.text, b.kind, mine, unfamiliar);
        const ys = candidates.map((c) => {
          const at = { blockId: b.id, start: c.start, end: c.end };
          if (missed.some((t) => t.some((o) => overlaps(o, at)))) return 1 as const;
          return labelled.some((o) => overlaps(o, at)) ? null : (0 as const);
        });
        return { blockId: b.id, text: b.text, candidates, ys };
      });
      pages.push({ group, words: report.stats.words, baseFindings: lang.length, labels: labels.length, blocks, missed, labelled });
    }
  }
  return pages;
}

export interface GroupScore {
  pages: number;
  words: number;
  labels: number;
  baseCaught: number;
  extraCaught: number;
  baseFindings: number;
  newFindings: number;
  newInside: number;
}

/** What the scorer with these weights adds on these pages, counted as tests/corpus/evaluate-real.ts counts. */
export function scorePages(pages: readonly Page[], w: ScorerWeights): GroupScore {
  const s: GroupScore = { pages: pages.length, words: 0, labels: 0, baseCaught: 0, extraCaught: 0, baseFindings: 0, newFindings: 0, newInside: 0 };
  for (const p of pages) {
    s.words += p.words;
    s.baseFindings += p.baseFindings;
    s.labels += p.labels;
    s.baseCaught += p.labels - p.missed.length;
    const made: Range[] = [];
    for (const b of p.blocks) for (const f of findingsFromCandidates(b.text, b.candidates, w)) made.push({ blockId: b.blockId, start: f.start!, end: f.end! });
    s.newFindings += made.length;
    s.newInside += made.filter((m) => p.labelled.some((o) => overlaps(o, m))).length;
    s.extraCaught += p.missed.filter((t) => t.some((o) => made.some((m) => overlaps(m, o)))).length;
  }
  return s;
}
