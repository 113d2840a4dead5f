/**
 * The document pass of the jargon rule for insider names and legal references
 * (rules/lib/insider-names.ts): the first use of each name in a document, in
 * headings and names too, unless a listed jargon term already covers the words,
 * the words are allowed, or the text explains the name somewhere. Suggestions:
 * the writer is asked to explain, not told the name is wrong.
 */
import type { AnalysedBlock, Rule, RuleReport } from '../src/engine';
import { KeptByPage } from './lib/kept-by-page';
import { findInsiderNames, insiderKey, type InsiderHit } from './lib/insider-names';
import { findCapitalNames } from './lib/capital-names';
import { wordClassSource } from './lib/slot-pattern';
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
  if (hit.group === 'capital-names')
    return `‘${shown}’ reads like the name of a group, role, plan or paper that readers are expected to know, and many will not. The first time you use it, say in everyday words what it is and what it does or is for.`;
  return `‘${shown}’ names a group inside the organisation that many readers will not know. The first time, say who is in it and what it can decide.`;
}

const WHAT_IS = /\bwhat (?:is|are) (?:an? |the |our )?([\p{L}’'-]+(?: [\p{L}’'-]+){0,8}) ?\?/giu;

/** The names a block asks about ("What is a Patient Participation Group?"), as insider keys. */
function askedAbout({ block }: AnalysedBlock): string[] {
  // Spaces made single first, so the expression can match word by word.
  return [...block.text.replace(/\s+/g, ' ').matchAll(WHAT_IS)].map((m) => insiderKey(m[1]!));
}

// Every capitalised name ends in one of these words, so a block without one cannot add to how often a name is used.
const NAME_HEAD = new RegExp(`\\b(?:${wordClassSource('INSIDER_NAME_HEAD')})\\b`, 'i');

/**
 * What the insider-name pass reads of a block that has no insider name of its own, for a re-check
 * (Rule.readsOfBlock): the names it asks about, and its words when they may mention a name used
 * elsewhere (a name used three times is the page's subject and is not flagged).
 */
export function insiderReadsOfBlock(ab: AnalysedBlock, read: <T>(key: string, fn: (ab: AnalysedBlock) => T) => T): string {
  const text = ab.block.text.toLowerCase();
  return JSON.stringify([read('asked-about', askedAbout), NAME_HEAD.test(text) ? text : '']);
}

/** A block's insider names and legal references that no listed term speaks for and no allowed word keeps quiet. */
export function insiderNamesIn(matchers: JargonMatchers) {
  return ({ block, analysis }: AnalysedBlock): InsiderHit[] => {
    // A heading or a title ("Pre-Submission Consultation (Regulation 14)") names the subject the text then explains.
    if (block.kind === 'heading' || titleInCapitals(block.text)) return [];
    const named = findInsiderNames(block.text, analysis.masked);
    // A capitalised name made of everyday words ("the Work Group") gives way to a named pattern over the same words.
    const shaped = findCapitalNames(block.text, analysis.masked).filter((c) => !named.some((h) => c.start < h.end && h.start < c.end));
    const hits = [...named, ...shaped].sort((a, b) => a.start - b.start);
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
    // A listed term that is the whole name ("Integrated Care Board") speaks for it, found or kept quiet.
    const wholeName = (h: InsiderHit) => h.group === 'capital-names' && found.some((m) => m.start <= h.start && m.end >= h.end);
    return hits.filter((h) => !wholeName(h) && !covered.some((c) => c.start < h.end && h.start < c.end));
  };
}

/** How often `needle` is in `text`, uses not overlapping, counted up to `upTo`. */
function countIn(text: string, needle: string, upTo = Infinity): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0 && n < upTo; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** A name used this often is the page's subject: counting stops there. */
const SUBJECT_USES = 3;

/**
 * The texts the counts were made on (a copy: the engine's list is not ours to keep), and each name's count: exact
 * below SUBJECT_USES, and SUBJECT_USES for "that many or more".
 */
const LAST_COUNTS = new KeptByPage<{ texts: readonly string[]; counts: Map<string, number> }>();

/** Past this many changed blocks, the counts are made again from scratch. */
const FEW_CHANGES = 8;
/** Names kept from check to check: past this, they are counted again from scratch (names typed and gone). */
const MAX_NAMES = 5000;

/**
 * How often each name is used in the page's texts (lower case), up to SUBJECT_USES. A long page has thousands of
 * blocks and a few hundred names, and a re-check asks about every name again: the counts of the last check are
 * kept, and when the page has the same number of blocks and only a few texts differ, each count is moved by those
 * texts' own counts (a name used SUBJECT_USES times or more that loses a use is counted again when asked about).
 * Texts are compared by value, so any page and any linter gets the same answers as counting afresh.
 */
function useCounts(blocks: readonly AnalysedBlock[], texts: readonly string[]): (needle: string) => number {
  let counts = new Map<string, number>();
  const last = LAST_COUNTS.get(blocks);
  if (last && last.texts.length === texts.length) {
    const changed: number[] = [];
    for (let i = 0; i < texts.length && changed.length <= FEW_CHANGES; i++) if (last.texts[i] !== texts[i]) changed.push(i);
    if (changed.length <= FEW_CHANGES && last.counts.size <= MAX_NAMES) {
      counts = last.counts;
      if (changed.length)
        for (const [needle, n] of counts) {
          let lost = 0;
          let gained = 0;
          for (const i of changed) {
            lost += countIn(last.texts[i]!, needle);
            gained += countIn(texts[i]!, needle);
          }
          if (n < SUBJECT_USES) counts.set(needle, Math.min(SUBJECT_USES, n - lost + gained));
          else if (lost > 0) counts.delete(needle);
        }
    }
  }
  LAST_COUNTS.set(blocks, { texts: texts.slice(), counts });
  return (needle) => {
    let n = counts.get(needle);
    if (n === undefined) {
      n = 0;
      for (let i = 0; i < texts.length && n < SUBJECT_USES; i++) n += countIn(texts[i]!, needle, SUBJECT_USES - n);
      counts.set(needle, n);
    }
    return n;
  };
}

export function insiderNameFindings(ctx: DocumentContext, matchers: JargonMatchers): RuleReport[] {
  const perBlock = ctx.perBlock('insider-names', insiderNamesIn(matchers));
  const explained = new Set<string>();
  ctx.blocks.forEach((ab, i) => {
    for (const h of perBlock[i]!) if (h.explained) explained.add(insiderKey(ab.block.text.slice(h.start, h.end)));
  });
  // "What is a Patient Participation Group?": a question about the name, anywhere, is the page explaining it.
  // Kept per block, so a re-check reads only the changed blocks again.
  const asked = new Set(ctx.perBlock('asked-about', askedAbout).flat());
  // A capitalised name the page uses three times or more ("the Local Plan" on a page about it) is the page's
  // subject, which the page itself explains; a name used once or twice in passing is the one readers trip on.
  const uses = useCounts(ctx.blocks, ctx.perBlock('lower-case', ({ block }) => block.text.toLowerCase()));
  const subject = (shown: string) => {
    const needle = shown.toLowerCase();
    // An empty name is in every text (as indexOf finds it).
    return needle ? uses(needle) >= SUBJECT_USES : ctx.blocks.length > 0;
  };
  const seen = new Set<string>();
  const out: RuleReport[] = [];
  ctx.blocks.forEach((ab, i) => {
    for (const h of perBlock[i]!) {
      const shown = ab.block.text.slice(h.start, h.end).replace(/\s+/g, ' ');
      const key = insiderKey(shown);
      if (explained.has(key) || seen.has(key) || asked.has(key)) continue;
      if (h.group === 'capital-names' && subject(shown)) continue;
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
