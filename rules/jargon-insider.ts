/**
 * The document pass of the jargon rule for insider names and legal references
 * (rules/lib/insider-names.ts): the first use of each name in a document, in
 * headings and names too, unless a listed jargon term already covers the words,
 * the words are allowed, or the text explains the name somewhere. Suggestions:
 * the writer is asked to explain, not told the name is wrong.
 */
import type { AnalysedBlock, Rule, RuleReport } from '../src/engine';
import { findInsiderNames, insiderKey, type InsiderHit } from './lib/insider-names';
import { termKey, tokenize } from './lib/word-matcher';
import { listedTermReported, titleInCapitals, type JargonMatchers } from './jargon';

type DocumentContext = Parameters<NonNullable<Rule['checkDocument']>>[0];

function message(shown: string, hit: InsiderHit): string {
  if (hit.patternId.endsWith('/act-with-a-year'))
    return `‘${shown}’ names a law that many readers will not know. Say in everyday words what it asks of the organisation and what it means for them.`;
  if (hit.group === 'legal-references')
    return `‘${shown}’ is a legal reference that most readers will not know. Say in everyday words what the law asks for and what it means for them.`;
  if (hit.plain)
    return `‘${shown}’ is the organisation’s own name for one of its bodies or roles, and many readers will not know who that is. The first time, say it in everyday words, such as ‘${hit.plain}’.`;
  return `‘${shown}’ names a group inside the organisation that many readers will not know. The first time, say who is in it and what it can decide.`;
}

/** A block's insider names and legal references that no listed term speaks for and no allowed word keeps quiet. */
export function insiderNamesIn(matchers: JargonMatchers) {
  return ({ block, analysis }: AnalysedBlock): InsiderHit[] => {
    // A heading or a title ("Pre-Submission Consultation (Regulation 14)") names the subject the text then explains.
    if (block.kind === 'heading' || titleInCapitals(block.text)) return [];
    const hits = findInsiderNames(block.text, analysis.masked);
    if (!hits.length) return hits;
    // A listed term ("scrutiny committee", "standing orders") speaks for its words; allowed words are never flagged.
    const tokens = tokenize(block.text, analysis.masked, analysis.words);
    const found = matchers.terms.match(tokens);
    const quiet = matchers.quiet.size ? matchers.quiet.match(tokens) : [];
    const where = { heading: false, title: false, quiet, found };
    // Only a listed term that makes a finding where it stands speaks for the words: "Integrated Care Board" is kept quiet in the list.
    const covered: Array<{ start: number; end: number }> = found.filter((m) => listedTermReported(matchers, block.text, m, where));
    for (const q of quiet) if (q.value === null) covered.push(q);
    // A listed term the user allowed in every form ("Stakeholders") keeps a name built on it quiet ("stakeholder group").
    for (const m of found) if (matchers.removed.has(termKey(m.term))) covered.push(m);
    return hits.filter((h) => !covered.some((c) => c.start < h.end && h.start < c.end));
  };
}

export function insiderNameFindings(ctx: DocumentContext, matchers: JargonMatchers): RuleReport[] {
  const perBlock = ctx.perBlock('insider-names', insiderNamesIn(matchers));
  const explained = new Set<string>();
  ctx.blocks.forEach((ab, i) => {
    for (const h of perBlock[i]!) if (h.explained) explained.add(insiderKey(ab.block.text.slice(h.start, h.end)));
  });
  const seen = new Set<string>();
  const out: RuleReport[] = [];
  ctx.blocks.forEach((ab, i) => {
    for (const h of perBlock[i]!) {
      const shown = ab.block.text.slice(h.start, h.end).replace(/\s+/g, ' ');
      const key = insiderKey(shown);
      if (explained.has(key) || seen.has(key)) continue;
      seen.add(key);
      out.push({
        blockId: ab.block.id,
        start: h.start,
        end: h.end,
        message: message(shown, h),
        // The everyday words are in the message, not offered as a swap: "the Cabinet" would become "the the senior …".
        suggestions: [],
        severity: 'suggestion',
        patternId: h.patternId,
      });
    }
  });
  return out;
}
