import { describe, expect, it } from 'vitest';
import { Linter, lintInSlices, type LintStep, type Report, type TextDoc } from '../../src/engine';
import { EARLY_BLOCKS } from '../../src/engine/linter';
import { ALL_RULES } from '../../rules';
import { loadCorpus, toTextDoc } from '../corpus/lib';
import { makeDocument } from '../../bench/corpus';
import { parsePlainText } from '../../src/sources/plain-text';

/** Pause after every step (budget 0), with no real waiting: the most pauses a check can have. */
async function streamed(linter: Linter, doc: TextDoc, seen: LintStep[] = [], cancelAt = Infinity, blocksOnly = false): Promise<Report | null> {
  let pauses = 0;
  return lintInSlices(linter.lintInSteps(doc, {}, { blocksOnly }), {
    budgetMs: 0,
    now: () => 0,
    pause: () => Promise.resolve(),
    cancelled: () => ++pauses >= cancelAt,
    onPause: (step) => {
      // Findings so far are read at the pause, as a caller showing them would.
      const found = step.report();
      seen.push({ ...step, report: () => found });
    },
  });
}

/** A report without its count of blocks analysed afresh (that depends on what the Linter had cached). */
const withoutCount = (r: Report | null) => r && { ...r, analysedBlocks: undefined };
const blockRuleIds = new Set(ALL_RULES.filter((r) => r.checkBlock).map((r) => r.meta.id));
// A rule can have a block part and a document part: jargon's unfamiliar words, insider names, capitalised names and legal references are found once per document.
const DOCUMENT_PART = /^jargon\/(?:unfamiliar-word$|insider-names\/|capital-names\/|legal-references\/)/;
const fromBlockPart = (f: { ruleId: string; patternId?: string }) => blockRuleIds.has(f.ruleId) && !DOCUMENT_PART.test(f.patternId ?? '');
const bigDoc = parsePlainText(makeDocument(3000).text).doc;

describe('checking in slices', () => {
  it('ends with exactly the one-shot report on every corpus document', async () => {
    for (const c of loadCorpus()) {
      const doc = await toTextDoc(c);
      const oneShot = new Linter(ALL_RULES).lint(doc);
      const steps: LintStep[] = [];
      const report = await streamed(new Linter(ALL_RULES), doc, steps);
      expect(report, c.name).toEqual(oneShot);
      // It really did pause: once per block read, per block checked and per document rule.
      expect(steps.filter((s) => s.phase === 'document').length, c.name).toBeGreaterThan(5);
    }
  });

  it('shows findings in document order as it goes, each of them in the final report', async () => {
    const linter = new Linter(ALL_RULES);
    const steps: LintStep[] = [];
    const report = (await streamed(linter, bigDoc, steps))!;
    const blockSteps = steps.filter((s) => s.phase === 'blocks');
    expect(blockSteps.length).toBeGreaterThan(50);
    const final = new Set(report.findings.map((f) => JSON.stringify(f)));
    const order = new Map(bigDoc.blocks.map((b, i) => [b.id, i]));
    let before = 0;
    for (const step of blockSteps.filter((_, i) => i % 10 === 0)) {
      const found = step.report().findings;
      expect(found.length).toBeGreaterThanOrEqual(before);
      before = found.length;
      for (const f of found) {
        expect(final.has(JSON.stringify(f))).toBe(true);
        // Only blocks already checked.
        expect(order.get(f.blockId ?? f.anchorBlockId!), JSON.stringify(f)).toBeLessThan(step.done);
      }
    }
    expect(before).toBeGreaterThan(0);
  });

  it('shows findings at the top of a new document while the rest is still being read', async () => {
    const steps: LintStep[] = [];
    const report = (await streamed(new Linter(ALL_RULES), bigDoc, steps))!;
    const reading = steps.filter((s) => s.phase === 'reading');
    expect(reading.length).toBeGreaterThan(EARLY_BLOCKS * 2);
    // Long before every block is read (and the kind of document is known), some findings are there.
    const firstWithFindings = reading.findIndex((s) => s.report().findings.length > 0);
    expect(firstWithFindings).toBeGreaterThanOrEqual(0);
    expect(firstWithFindings).toBeLessThan(EARLY_BLOCKS);
    const whileReading = reading.at(-1)!.report().findings;
    const final = new Set(report.findings.map((f) => JSON.stringify(f)));
    const forEveryKind = new Set(ALL_RULES.filter((r) => r.meta.profiles === 'all').map((r) => r.meta.id));
    const order = new Map(bigDoc.blocks.map((b, i) => [b.id, i]));
    for (const f of whileReading) {
      expect(final.has(JSON.stringify(f)), JSON.stringify(f)).toBe(true);
      expect(forEveryKind.has(f.ruleId)).toBe(true);
      expect(order.get(f.blockId!)).toBeLessThan(EARLY_BLOCKS);
    }
    // They are all of those rules' findings for the top blocks, in document order.
    const top = report.findings.filter((f) => forEveryKind.has(f.ruleId) && f.blockId !== null && order.get(f.blockId)! < EARLY_BLOCKS && fromBlockPart(f));
    expect(whileReading).toEqual(top);
  });

  it('gives the same report after a check cancelled part way, run again on the same Linter', async () => {
    const oneShot = new Linter(ALL_RULES).lint(bigDoc);
    const linter = new Linter(ALL_RULES);
    const total = bigDoc.blocks.length;
    // Cancelled in the block rules, then in the document rules.
    expect(await streamed(linter, bigDoc, [], Math.floor(total * 1.5))).toBeNull();
    expect(await streamed(linter, bigDoc, [], 20)).toBeNull();
    expect(withoutCount(await streamed(linter, bigDoc))).toEqual(withoutCount(oneShot));
  });

  it('checks a page still arriving block rule by block rule, then the whole of it as in one go', async () => {
    const oneShot = new Linter(ALL_RULES).lint(bigDoc);
    const linter = new Linter(ALL_RULES);
    const half = { ...bigDoc, blocks: bigDoc.blocks.slice(0, Math.floor(bigDoc.blocks.length / 2)) };
    const first = (await streamed(linter, half, [], Infinity, true))!;
    expect(first.findings.length).toBeGreaterThan(0);
    expect(first.findings.every(fromBlockPart)).toBe(true);
    const whole = (await streamed(linter, bigDoc, [], Infinity, true))!;
    expect(whole.findings).toEqual(oneShot.findings.filter(fromBlockPart));
    expect(withoutCount(await streamed(linter, bigDoc))).toEqual(withoutCount(oneShot));
    // The block rules' work was kept: the last run analysed nothing again.
    expect(linter.lint(bigDoc).analysedBlocks).toBe(0);
  });
});
