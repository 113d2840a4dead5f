import type { AnalysedBlock, Rule } from '../src/engine';
import data from './acronyms.json';
import { plural } from './lib/inflect';
import { acronymLetters, initialsBefore, nameInitials, scanAcronyms, type AcronymUse } from './lib/acronym-scan';

interface AcronymData {
  common: string[];
  notAcronyms: string[];
  expansions: Record<string, string | string[]>;
}

const DATA = data as AcronymData;

/** What an acronym stands for, from our list: "ICB" → ["Integrated Care Board"]. */
export function knownExpansions(acronym: string): string[] {
  const found = DATA.expansions[acronym] ?? DATA.expansions[acronym.toUpperCase()];
  return found === undefined ? [] : Array.isArray(found) ? found : [found];
}

/** "Integrated Care Board" → "Integrated Care Boards", for "ICBs". */
function pluralPhrase(phrase: string): string {
  const i = phrase.lastIndexOf(' ') + 1;
  const last = phrase.slice(i);
  if (/s$/i.test(last)) return phrase;
  const p = plural(last.toLowerCase());
  return phrase.slice(0, i) + (/^\p{Lu}/u.test(last) ? p.charAt(0).toUpperCase() + p.slice(1) : p);
}

function atSentenceStart(text: string, start: number): boolean {
  const before = text.slice(0, start).trimEnd();
  return before === '' || /[.!?:•*\-–]$/.test(before);
}

interface Position {
  block: number;
  start: number;
}

function earlier(a: Position, b: Position): boolean {
  return a.block < b.block || (a.block === b.block && a.start <= b.start);
}

export const undefinedAcronym: Rule = {
  meta: {
    id: 'undefined-acronym',
    title: 'Acronym not spelled out',
    barriers: ['inaccessible-language', 'poor-communication'],
    enablers: ['check-understanding'],
    scope: 'document',
    profiles: 'all',
    severity: 'warning',
    /** The acronym reader (rules/lib/acronym-scan.ts): a financial quarter ("Q3"), or any other acronym. */
    hooks: ['acronym-reader:quarter', 'acronym-reader'],
    docs: {
      description:
        'Finds acronyms (ICB, PCN, VCSE) used before they are spelled out. Flags the first use of each one only. Acronyms most people know, such as NHS, UK and GP, are left alone, and you can add your own.',
      why: 'An acronym nobody has explained tells readers the document is for insiders. People who do not know it may not ask, and then they cannot take part on equal terms.',
      bad: 'The ICB and PCNs will work with the VCSE on the new plan.',
      good: 'The Integrated Care Board (ICB) and Primary Care Networks (PCNs) will work with voluntary, community and social enterprise (VCSE) groups on the new plan.',
      sources: [
        'GOV.UK content design: spell out an acronym the first time you use it — https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style#abbreviations-and-acronyms',
      ],
    },
  },
  checkDocument(ctx) {
    const skip = ctx.prepared(
      () => new Set([...DATA.common, ...DATA.notAcronyms, ...ctx.config.acronyms].map((a) => a.trim().toUpperCase())),
    );
    const scans = ctx.perBlock('uses', (ab) => scanAcronyms(ab.block.text, ab.analysis.masked, ab.block.kind === 'heading', skip, knownExpansions));

    // Where each acronym is first spelled out, and how.
    const definedAt = new Map<string, Position & { expansion?: string }>();
    scans.forEach((uses, block) => {
      for (const use of uses) {
        if (!use.defines || definedAt.has(use.acronym)) continue;
        definedAt.set(use.acronym, { block, start: use.start, expansion: use.expansion });
      }
      // A two-column glossary table: a cell with just the acronym, then a cell spelling it out.
      // (The blocks are read only for a block with one use: a re-check reads every block's uses.)
      if (uses.length !== 1) return;
      const cell = ctx.blocks[block]!.block;
      const next = ctx.blocks[block + 1]?.block;
      const only = uses[0]!;
      if (cell.kind === 'table-cell' && next?.kind === 'table-cell' && cell.text.trim().length === only.end - only.start) {
        const span = initialsBefore(next.text, next.text.trimEnd().length, only.acronym);
        if (span && span.start === next.text.length - next.text.trimStart().length && !definedAt.has(only.acronym))
          definedAt.set(only.acronym, { block, start: only.start, expansion: next.text.slice(span.start, span.end) });
      }
    });

    // Acronyms longer than five letters that we do not know are words in capitals ("HIGHWAYS").
    const unknownLong = (acronym: string) => acronym.length > 5 && knownExpansions(acronym).length === 0;
    const names = (ab: AnalysedBlock) => ctx.memo(ab, 'names', () => nameInitials(ab.block.text));
    /** The full name appears before this use, though not with the acronym in brackets. */
    const namedBefore = (use: AcronymUse, block: number): boolean => {
      const letters = acronymLetters(use.acronym);
      const known = knownExpansions(use.acronym).map((e) => e.toLowerCase());
      // In an earlier block: where each name is first written is kept from one check to the next, so
      // a re-check does not read every block above each acronym again.
      const named = ctx.firstBlock(`named:${letters}`, (ab) => names(ab).get(letters) !== undefined);
      if (named >= 0 && named < block) return true;
      for (const e of known) {
        const written = ctx.firstBlock(`written:${e}`, (ab) => ab.analysis.masked.includes(e));
        if (written >= 0 && written < block) return true;
      }
      // In this block, before the use.
      const ab = ctx.blocks[block]!;
      const end = names(ab).get(letters);
      if (end !== undefined && end <= use.start) return true;
      const masked = ab.analysis.masked;
      for (const e of known) {
        const at = masked.indexOf(e);
        if (at >= 0 && at + e.length <= use.start) return true;
      }
      return false;
    };

    // Acronyms already flagged, or already named before an earlier use (so every later use is fine too).
    const flagged = new Set<string>();
    scans.forEach((uses, block) => {
      if (uses.length === 0) return;
      const ab = ctx.blocks[block]!;
      for (const use of uses) {
        if (flagged.has(use.acronym)) continue;
        const def = definedAt.get(use.acronym);
        if (def && earlier(def, { block, start: use.start })) continue;
        if (unknownLong(use.acronym)) continue;
        if (namedBefore(use, block)) {
          definedAt.set(use.acronym, { block, start: use.start });
          continue;
        }
        // A heading may use an acronym that the text right under it spells out.
        if (def && ab.block.kind === 'heading' && def.block === nextBodyBlock(ctx.blocks, block)) continue;
        flagged.add(use.acronym);
        report(ctx, ab, use, def);
      }
    });
  },
};

function nextBodyBlock(blocks: AnalysedBlock[], from: number): number {
  for (let i = from + 1; i < blocks.length; i++) if (blocks[i]!.block.kind !== 'heading') return i;
  return -1;
}

/** Quarters of the UK public sector's financial year, which starts in April. */
const QUARTER_MONTHS: Record<string, string> = {
  Q1: 'April to June',
  Q2: 'July to September',
  Q3: 'October to December',
  Q4: 'January to March',
};

function report(
  ctx: Parameters<NonNullable<Rule['checkDocument']>>[0],
  ab: AnalysedBlock,
  use: AcronymUse,
  /** Where the document spells it out, further on (if it does). */
  later: { expansion?: string } | undefined,
): void {
  const text = ab.block.text;
  const written = text.slice(use.start, use.end);
  if (use.quarter) {
    const months = QUARTER_MONTHS[written] ?? '';
    ctx.report({
      blockId: ab.block.id,
      start: use.start,
      end: use.end,
      message: `‘${written}’ is a quarter of the financial year, which staff know but most people do not. Say the months${months ? `: ‘${months}’ (for a year starting in April)` : ''}.`,
      suggestions: months ? [months] : [],
      patternId: 'undefined-acronym/acronym-reader:quarter',
    });
    return;
  }
  const expansions = later?.expansion !== undefined ? [later.expansion] : knownExpansions(use.acronym);
  const capital = atSentenceStart(text, use.start);
  const suggestions = expansions.map((e) => {
    let words = use.plural ? pluralPhrase(e) : e;
    if (capital) words = words.charAt(0).toUpperCase() + words.slice(1);
    return `${words} (${written})`;
  });
  let message = `Spell out ‘${written}’ the first time you use it`;
  if (suggestions.length === 1) message += `: ‘${suggestions[0]}’.`;
  else if (suggestions.length > 1)
    message += `, for example ${suggestions.map((s) => `‘${s}’`).join(' or ')}.`;
  else message += `: write the words in full, then ‘(${written})’.`;
  if (later) message += ' You spell it out later in the document: move that up to here.';
  ctx.report({ blockId: ab.block.id, start: use.start, end: use.end, message, suggestions, patternId: 'undefined-acronym/acronym-reader' });
}
