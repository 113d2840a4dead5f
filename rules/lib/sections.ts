/**
 * Find a section or a statement by meaning: a heading that names it
 * ("What happens next"), an inline label ("Next steps: …") or a sentence
 * that says it ("we will publish a summary of responses"). Documents say the
 * same thing in many ways, so a meaning is a set of patterns, never one word.
 *
 * All matching runs on `analysis.masked` (lower-case, URLs and e-mails
 * blanked) through the engine's per-block index (ctx.perBlock), keyed by the
 * meaning itself: rules asking the same meaning share the work, and a
 * re-lint after an edit only re-checks the changed blocks.
 *
 * Stable API (shared with the meeting rules):
 *   findMeaning(ctx, meaning)      → Hit[]      every place the meaning is found
 *   firstMeaning(ctx, meaning)     → Hit | undefined, the first place (findMeaning(…)[0] without the rest)
 *   hasMeaning(ctx, meaning)       → boolean
 *   findHeading(ctx, patterns)     → the first heading (or inline label) matching
 *   anchorFor(ctx, key, patterns, fallback) → a block id to show a document finding beside (one key per pattern list)
 *   sectionBlocks(ctx, index)      → the blocks under a heading
 *   labelOf(masked)                → "next steps" for "Next steps: we will…"
 *   joinMeanings(first, ...more)   → one meaning with the headings and phrases of all (the first's not/needs)
 */
import type { AnalysedBlock, DocumentContext, RuleReport } from '../../src/engine';
import { candidatesIn, listPrefilterFor } from './pattern-anchors';

export interface Meaning {
  /** Patterns for a heading or an inline label ("Contact:"), tested on lower-case text. */
  headings?: RegExp[];
  /** Patterns for a statement anywhere in running text, lists or tables. */
  phrases?: RegExp[];
  /** A phrase hit does not count when its sentence also matches one of these ("we have not yet decided how…"). */
  not?: RegExp[];
  /**
   * A phrase hit counts only when its sentence also matches every one of
   * these: a weak statement ("will be considered") made concrete by a time
   * and a decision ("…by the cabinet when it decides in March"). A when in
   * the next sentence is not enough: it is often about something else.
   */
  needs?: RegExp[];
  /** From rule data (rules/patterns/*.yaml): the id of each phrase and heading pattern, and each phrase's own exceptions. */
  ids?: { headings?: string[]; phrases?: string[]; phraseUnless?: RegExp[][] };
}

export interface Hit {
  blockId: string;
  /** Index of the block in the document. */
  index: number;
  start: number;
  end: number;
  /** 'heading' for a heading or inline label, 'phrase' for a statement. */
  via: 'heading' | 'phrase';
  /** The id of the data pattern that found it, when the meaning comes from rules/patterns. */
  patternId?: string;
}

interface LocalHit {
  start: number;
  end: number;
  via: 'heading' | 'phrase';
  /** Index of the pattern in its list. */
  n: number;
}

/** Minimal view of a document context the helpers need (easy to fake in tests). */
export type SectionContext = Pick<DocumentContext, 'blocks' | 'memo' | 'perBlock'>;

/**
 * One meaning made of several: the headings and phrases of all, in order, with
 * their ids and exceptions; `not` and `needs` are the first one's. Make it once
 * (at module level): results are kept per meaning object.
 */
export function joinMeanings(first: Meaning, ...more: Meaning[]): Meaning {
  const all = [first, ...more];
  const list = <T>(get: (m: Meaning) => T[] | undefined, n: (m: Meaning) => number): T[] | undefined =>
    all.some((m) => get(m)) ? all.flatMap((m) => get(m) ?? Array<T>(n(m)).fill(undefined as T)) : undefined;
  const headings = list((m) => m.headings, () => 0);
  const phrases = list((m) => m.phrases, () => 0);
  const headingIds = list((m) => m.ids?.headings, (m) => m.headings?.length ?? 0);
  const phraseIds = list((m) => m.ids?.phrases, (m) => m.phrases?.length ?? 0);
  const phraseUnless = list((m) => m.ids?.phraseUnless, (m) => m.phrases?.length ?? 0);
  return {
    ...first,
    ...(headings ? { headings } : {}),
    ...(phrases ? { phrases } : {}),
    ids: {
      ...(headingIds ? { headings: headingIds } : {}),
      ...(phraseIds ? { phrases: phraseIds } : {}),
      ...(phraseUnless ? { phraseUnless } : {}),
    },
  };
}

const LABEL = /^\s*([^\s:.!?][^:.!?\n]{1,59}?)\s*[:–—-]\s+\S/;

/** The label of a "Label: value" line, or null. Labels are short (≤ 7 words). */
export function labelOf(masked: string): string | null {
  const m = LABEL.exec(masked);
  if (!m) return null;
  const label = m[1]!.trim();
  if (label.split(/\s+/).length > 7) return null;
  return label;
}

/** Headings, and short table cells: in a table turned to text, "Updates" in the first column labels the row. */
function isHeadingLike(ab: AnalysedBlock): boolean {
  return ab.block.kind === 'heading' || (ab.block.kind === 'table-cell' && ab.analysis.wordCount <= 5);
}

/** The first pattern in list order that matches (a heading list ranks its patterns), not the earliest match as rules/lib/first-match.ts finds. */
function firstListedMatch(patterns: RegExp[] | undefined, text: string, offset = 0): LocalHit | null {
  if (!patterns) return null;
  for (let n = 0; n < patterns.length; n++) {
    const re = patterns[n]!;
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m) return { start: offset + m.index, end: offset + m.index + m[0].length, via: 'phrase', n };
  }
  return null;
}

function sentenceAround(ab: AnalysedBlock, start: number): { start: number; end: number } {
  for (const s of ab.analysis.sentences) if (start >= s.start && start < s.end) return s;
  return { start: 0, end: ab.block.text.length };
}

const globals = new WeakMap<RegExp, RegExp>();

/** A global copy of a pattern, made once, for scanning every match in a block. */
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
  return g;
}

/** Each block's label, found once: every meaning looks for it in every block. */
const labels = new WeakMap<AnalysedBlock['analysis'], string | null>();

function blockLabel(ab: AnalysedBlock): string | null {
  let label = labels.get(ab.analysis);
  if (label === undefined) labels.set(ab.analysis, (label = labelOf(ab.analysis.masked)));
  return label;
}

function localHits(ab: AnalysedBlock, meaning: Meaning): LocalHit[] {
  const masked = ab.analysis.masked;
  const hits: LocalHit[] = [];
  if (isHeadingLike(ab)) {
    const h = firstListedMatch(meaning.headings, masked);
    if (h) hits.push({ ...h, via: 'heading' });
  } else if (meaning.headings) {
    const label = blockLabel(ab);
    if (label) {
      const h = firstListedMatch(meaning.headings, label, masked.indexOf(label));
      if (h) hits.push({ ...h, via: 'heading' });
    }
  }
  if (meaning.phrases) {
    const phraseUnless = meaning.ids?.phraseUnless;
    // Most blocks hold none of a pattern's words: one pre-test for the list finds the few worth running.
    const mayHold = candidatesIn(listPrefilterFor(meaning.phrases), masked);
    for (let n = 0; n < meaning.phrases.length; n++) {
      if (mayHold[n] !== 1) continue;
      const global = globalOf(meaning.phrases[n]!);
      const unless = phraseUnless?.[n];
      global.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = global.exec(masked))) {
        if (m[0].length === 0) {
          global.lastIndex++;
          continue;
        }
        const start = m.index;
        if (meaning.not?.length || meaning.needs?.length || unless?.length) {
          const s = sentenceAround(ab, start);
          const sentence = masked.slice(s.start, s.end);
          if (meaning.not?.some((re) => ((re.lastIndex = 0), re.test(sentence)))) continue;
          if (unless?.some((re) => ((re.lastIndex = 0), re.test(sentence)))) continue;
          if (meaning.needs && !meaning.needs.every((re) => ((re.lastIndex = 0), re.test(sentence)))) continue;
        }
        hits.push({ start, end: start + m[0].length, via: 'phrase', n });
        break;
      }
    }
  }
  return hits;
}

/** The blocks under the heading at `index`, up to the next heading of the same or a higher level. */
export function sectionBlocks(ctx: Pick<DocumentContext, 'blocks'>, index: number): AnalysedBlock[] {
  const head = ctx.blocks[index];
  if (!head || head.block.kind !== 'heading') return [];
  const level = head.block.level ?? 2;
  const out: AnalysedBlock[] = [];
  for (let i = index + 1; i < ctx.blocks.length; i++) {
    const ab = ctx.blocks[i]!;
    if (ab.block.kind === 'heading' && (ab.block.level ?? 2) <= level) break;
    out.push(ab);
  }
  return out;
}

/** A heading hit counts only when something is written under it. */
function headingHasContent(ctx: SectionContext, index: number): boolean {
  const ab = ctx.blocks[index]!;
  if (ab.block.kind !== 'heading') return true; // an inline label carries its own text
  // sectionBlocks(ctx, index).some(…), read in place: asked for every heading hit of every meaning, every check.
  const level = ab.block.level ?? 2;
  for (let i = index + 1; i < ctx.blocks.length; i++) {
    const b = ctx.blocks[i]!;
    if (b.block.kind !== 'heading') {
      if (b.analysis.wordCount >= 3) return true;
    } else if ((b.block.level ?? 2) <= level) return false;
  }
  return false;
}

/** Every place in the document where the meaning is found. */
export function findMeaning(ctx: SectionContext, meaning: Meaning): Hit[] {
  const hits: Hit[] = [];
  eachMeaning(ctx, meaning, (hit) => {
    hits.push(hit);
    return false;
  });
  return hits;
}

/**
 * The first place the meaning is found (findMeaning(…)[0]), without making the rest: most rules ask
 * only whether a meaning is there or where it first is, and a long document has thousands of hits.
 */
export function firstMeaning(ctx: SectionContext, meaning: Meaning): Hit | undefined {
  let first: Hit | undefined;
  eachMeaning(ctx, meaning, (hit) => {
    first = hit;
    return true;
  });
  return first;
}

export function hasMeaning(ctx: SectionContext, meaning: Meaning): boolean {
  return firstMeaning(ctx, meaning) !== undefined;
}

/** Each hit in document order, until `take` says it has had enough. */
function eachMeaning(ctx: SectionContext, meaning: Meaning, take: (hit: Hit) => boolean): void {
  const perBlock = ctx.perBlock(meaning, (ab) => localHits(ab, meaning));
  // A plain loop that passes over blocks without a hit (nearly all of them) at once: it runs for every meaning, every check.
  for (let index = 0; index < perBlock.length; index++) {
    const local = perBlock[index]!;
    if (local.length === 0) continue;
    const ab = ctx.blocks[index]!;
    for (const h of local) {
      if (h.via === 'heading' && !headingHasContent(ctx, index)) continue;
      const patternId = (h.via === 'heading' ? meaning.ids?.headings : meaning.ids?.phrases)?.[h.n];
      if (take({ blockId: ab.block.id, index, start: h.start, end: h.end, via: h.via, ...(patternId ? { patternId } : {}) })) return;
    }
  }
}

const headingMeanings = new WeakMap<RegExp[], Meaning>();

/** The first heading (or inline label) matching any pattern. Pass a constant array so results are cached. */
export function findHeading(ctx: SectionContext, patterns: RegExp[]): AnalysedBlock | undefined {
  let meaning = headingMeanings.get(patterns);
  if (!meaning) headingMeanings.set(patterns, (meaning = { headings: patterns }));
  const first = firstMeaning(ctx, meaning);
  return first ? ctx.blocks[first.index] : undefined;
}

export type AnchorFallback = 'first' | 'last' | 'last-heading' | 'first-heading';

/**
 * Where to show a document-level finding: a heading matching `patterns`
 * (in order of preference, e.g. "how to respond" before "have your say"),
 * else the fallback block. `key` names the pattern list: within one rule,
 * each list needs its own key (block ranks are kept under it).
 */
export function anchorFor(ctx: SectionContext, key: string, patterns: RegExp[], fallback: AnchorFallback): string | null {
  const preferred = patterns.length ? findHeadingAny(ctx, key, patterns) : undefined;
  if (preferred) return preferred.block.id;
  const blocks = ctx.blocks;
  if (!blocks.length) return null;
  if (fallback === 'first') return blocks[0]!.block.id;
  if (fallback === 'last') return blocks[blocks.length - 1]!.block.id;
  const headings = blocks.filter((b) => b.block.kind === 'heading');
  const pick = fallback === 'last-heading' ? headings[headings.length - 1] : headings[0];
  return (pick ?? (fallback === 'last-heading' ? blocks[blocks.length - 1] : blocks[0]))!.block.id;
}

/**
 * Like findHeading, but an empty heading still counts (it is a fine place to
 * anchor), and patterns are in order of preference: the first pattern that
 * matches any heading wins, then the earliest such heading.
 */
function findHeadingAny(ctx: SectionContext, key: string, patterns: RegExp[]): AnalysedBlock | undefined {
  // Each block's rank is kept per rule and call site (`key`), so a re-lint only ranks changed blocks.
  const ranks = ctx.perBlock(`anchor:${key}`, (ab) => {
    // Only headings and labelled lines can anchor; skip running text cheaply.
    const text = ab.block.kind === 'heading' ? ab.analysis.masked : ab.analysis.masked.indexOf(':') < 0 ? null : labelOf(ab.analysis.masked);
    if (text === null) return -1;
    return patterns.findIndex((p) => {
      p.lastIndex = 0;
      return p.test(text);
    });
  });
  let best = -1;
  for (let i = 0; i < ranks.length; i++) {
    const rank = ranks[i]!;
    if (rank >= 0 && (best < 0 || rank < ranks[best]!)) best = i;
  }
  return best >= 0 ? ctx.blocks[best] : undefined;
}

/**
 * The sentence around `at` in a block, for a finding that quotes what the
 * document does say: its range in the block, and its text (a heading whole;
 * a long sentence cut at a word with "…").
 */
export function quoteAround(ab: AnalysedBlock, at: number, max = 120): { start: number; end: number; quote: string } {
  const s = ab.block.kind === 'heading' ? { start: 0, end: ab.block.text.length } : sentenceAround(ab, at);
  const raw = ab.block.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  const start = s.start + (ab.block.text.slice(s.start, s.end).length - ab.block.text.slice(s.start, s.end).trimStart().length);
  const end = start + ab.block.text.slice(start, s.end).trimEnd().length;
  const quote = raw.length <= max ? raw.replace(/[.;:]$/, '') : `${raw.slice(0, raw.lastIndexOf(' ', max)).replace(/[,;:]$/, '')}…`;
  return { start, end, quote: withoutOuterQuotes(quote) };
}

/**
 * A sentence that is itself a quotation ("“Tell us what you think.”") loses its own outer quote marks: the
 * finding puts the quote in marks of its own, and ““…”” reads as a mistake. Only double marks: a single
 * closing mark may be an apostrophe ("the residents’").
 */
function withoutOuterQuotes(quote: string): string {
  const inner = /^["“]([^"“”]*?)[.;:]?["”]?(…?)$/u.exec(quote);
  return inner && inner[1]!.trim() ? `${inner[1]!.trim()}${inner[2]}` : quote;
}

/**
 * Reports a finding on the sentence around `at` in block `index`, built from what that sentence says: the
 * softer "this says … but not …" findings of the section checks quote the part the document has.
 */
export function reportQuoted(
  ctx: DocumentContext,
  index: number,
  at: number,
  build: (quote: string) => Omit<RuleReport, 'blockId' | 'start' | 'end'>,
): void {
  const ab = ctx.blocks[index]!;
  const said = quoteAround(ab, at);
  ctx.report({ blockId: ab.block.id, start: said.start, end: said.end, ...build(said.quote) });
}

/**
 * The softer finding of a section check whose part the document touches only in general words: when
 * one of `thin`'s patterns is found, reports a suggestion on the sentence it is in, quoting it, and
 * returns true. The rule then makes no "does not say" finding.
 */
export function reportThin(
  ctx: DocumentContext,
  thin: Meaning,
  ruleId: string,
  build: (quote: string) => Omit<RuleReport, 'blockId' | 'start' | 'end' | 'severity' | 'patternId'>,
): boolean {
  const hit = firstMeaning(ctx, thin);
  if (!hit) return false;
  reportQuoted(ctx, hit.index, hit.start, (quote) => ({ ...build(quote), severity: 'suggestion', patternId: hit.patternId ?? `${ruleId}/thin` }));
  return true;
}
