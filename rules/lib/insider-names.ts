/**
 * Insider names and legal references: the names an organisation gives its own
 * bodies, offices and procedures ("Cabinet", "Full Council", "the steering
 * group", "the Integrated Care Board") and numbered references to the law
 * ("Regulation 14", "section 103 of the Housing Act 1985"). Readers who do not
 * know them cannot tell who decides or what the law asks. The patterns, and the
 * everyday words offered for each, live in rules/patterns/jargon.yaml
 * (insider-names, legal-references); this file only finds them in a block,
 * reads capitals, and says whether the text explains the name right where it
 * is used.
 */
import { DATA, patternGroup } from './slot-pattern';
import { candidatesIn, listPrefilterFor } from './pattern-anchors';

export interface InsiderHit {
  start: number;
  end: number;
  patternId: string;
  /** The pattern's group: "insider-names" or "legal-references". */
  group: string;
  /** Everyday words the finding may offer, from the pattern's data. */
  plain?: string;
  /** The text explains the name right after it ("Cabinet (the councillors who …)"). */
  explained: boolean;
}

const GROUPS = ['insider-names', 'legal-references'] as const;

interface Entry {
  id: string;
  re: RegExp;
  group: string;
  plain?: string;
  capital: boolean;
  /** The match starts at its first capital word: "under the Care Act 2014" is "Care Act 2014". */
  startsAtCapital: boolean;
}

let entries: Entry[] | undefined;
/** The entries' expressions, in order: one list for the shared pre-test (pattern-anchors.ts). */
let expressions: RegExp[] = [];
function compiled(): Entry[] {
  if (entries) return entries;
  entries = [];
  for (const group of GROUPS) {
    const sources = DATA.files.jargon!.groups[group]!;
    patternGroup('jargon', group, 'g').forEach((p, i) => {
      const source = sources[i]!;
      entries!.push({
        id: p.id,
        re: p.re,
        group,
        plain: source.plain,
        capital: source.tags?.includes('capital') ?? false,
        startsAtCapital: source.tags?.includes('starts-at-capital') ?? false,
      });
    });
  }
  expressions = entries.map((e) => e.re);
  return entries;
}

// "Cabinet (the councillors who …)", "the Executive, which is …", "Scrutiny – the councillors who check …".
// Initials in brackets ("Integrated Care Board (ICB)") only shorten the name: they explain nothing.
const EXPLAINED_AFTER = /^[’']?s?(?:\s*\((?!\s*\p{Lu}{2,}\s*\))|,?\s+(?:which|who)\s+(?:is|are|means|makes?|decides?|checks?)\b|\s*[–—:]\s+(?:the|a|an|our|all)\s)/u;
// "known as the Cabinet", "a group of councillors called the Executive".
const EXPLAINED_BEFORE = /\b(?:known as|called|referred to as)\s+(?:the\s+|a\s+|an\s+)?[‘'"“]?$/i;

/** Insider names and legal references in one block, in order, each at most once where patterns overlap. */
export function findInsiderNames(text: string, masked: string): InsiderHit[] {
  const hits: InsiderHit[] = [];
  const all = compiled();
  // Most blocks hold none of the words a name or reference needs: only the patterns that may match run.
  const mayHold = candidatesIn(listPrefilterFor(expressions), masked);
  for (let i = 0; i < all.length; i++) {
    if (mayHold[i] !== 1) continue;
    const e = all[i]!;
    e.re.lastIndex = 0;
    for (const m of masked.matchAll(e.re)) {
      let start = m.index;
      const end = start + m[0].length;
      if (e.startsAtCapital) {
        // The name starts at its first capital word that is not a small word opening the sentence ("Under the Care Act 2014").
        const first = /(?<![\p{L}\p{N}’'-])(?!(?:Under|The|In|By|To|Of|With|For|From|As|And|Our|Its|This|That|See)\s)\p{Lu}/u.exec(text.slice(start, end));
        if (!first) continue;
        start += first.index;
      }
      const shown = text.slice(start, end);
      // The last word with letters: "Act" in "Care Act 2014".
      const last = shown.split(/\s+/).filter((w) => /\p{L}/u.test(w)).at(-1) ?? '';
      if (e.capital && !/^\p{Lu}/u.test(last)) continue;
      // "the Executive Management Committee": a capitalised word after it makes it part of a longer name.
      if (e.capital && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 4))) continue;
      if (hits.some((h) => start < h.end && h.start < end)) continue;
      const explained = EXPLAINED_AFTER.test(text.slice(end, end + 40)) || EXPLAINED_BEFORE.test(text.slice(Math.max(0, start - 30), start));
      hits.push({ start, end, patternId: e.id, group: e.group, plain: e.plain, explained });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The same name however it is written: "Cabinet", "the cabinet"; "Integrated Care Boards", "integrated care board". */
export function insiderKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '').replace(/[’']s$|s$/, '');
}
