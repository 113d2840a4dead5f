/**
 * us-and-them: labels that put people on the other side of a line from staff
 * ("service users", "hard to reach", "the elderly", "BAME"), with respectful
 * alternatives. Matching runs on `analysis.masked` (lower case, URLs and
 * e-mails blanked) so offsets are exact and links are never flagged.
 */
import type { Rule, Severity } from '../src/engine';
import { patternGroup } from './lib/slot-pattern';
import { candidatesIn, listPrefilterFor } from './lib/pattern-anchors';

interface Hit {
  start: number;
  end: number;
  message: string;
  suggestions: string[];
  severity?: Severity;
  patternId: string;
}

interface Label {
  /** The base form the allow list is checked against, e.g. "service user". */
  term: string;
  pattern: RegExp;
  /** Why the words can set people apart, to follow the quoted words. */
  why: string;
  /** Advice that is not a drop-in replacement, e.g. "or say who you mean". */
  advice?: string;
  severity?: Severity;
  /** Drop-in replacements for the matched words; may use the match. */
  replace(m: RegExpExecArray, text: string): string[];
  /** The words to quote in the message, when more than the flagged range. */
  quote?(m: RegExpExecArray, text: string): string;
  /** Return false to skip a match that is not about people. */
  accept?(m: RegExpExecArray, masked: string, text: string): boolean;
}

/** The first pattern of a group in rules/patterns/us-and-them.yaml. */
const words = (group: string, flags = ''): RegExp => patternGroup('us-and-them', group, flags)[0]!.re;

/** A label's pattern, by its id in the "labels" group (global and Unicode-aware, for every match in a block). */
const LABEL_PATTERNS = new Map(patternGroup('us-and-them', 'labels', 'gu').map((p) => [p.id.slice(p.id.lastIndexOf('/') + 1), p.re]));
/** Each label expression's full pattern id, for the findings it makes. */
const LABEL_IDS = new Map(patternGroup('us-and-them', 'labels', 'gu').map((p) => [p.re, p.id]));
function re(id: string): RegExp {
  const pattern = LABEL_PATTERNS.get(id);
  if (!pattern) throw new Error(`No label "${id}" in rules/patterns/us-and-them.yaml.`);
  return pattern;
}

// After "the disabled", "the vulnerable", …: these show the adjective is
// standing in for people. "the disabled toilet" or "the poor quality" is
// followed by a noun and so is not matched.
const PUNCTUATION_AFTER = /^\s*(?:$|[.,;:!?)\]"'”’/–—-])/u;
const NOUN_USE = words('noun-use.after');
const PEOPLE_AFTER = words('hard-to-reach.people-after');
const PLACE_AFTER = words('hard-to-reach.places-after');
const PEOPLE_BEFORE = words('hard-to-reach.people-before');
const PLACE_BEFORE = words('hard-to-reach.places-before');
const COMPUTING_SERVICE = words('service-user.not-after');
const COMPUTING_BEFORE_CLIENT = words('client.not-after');
const COMPUTING_AFTER_CLIENT = words('client.not-before');
const CARE_WORDS = words('client.care-words');
const NAME_WORD = words('organisation-name-word');

const nounUse = (m: RegExpExecArray, masked: string) => {
  const after = masked.slice(m.index + m[0].length);
  return PUNCTUATION_AFTER.test(after) || NOUN_USE.test(after);
};

// Organisation and group names ("Service User Reference Group", "BAME Staff
// Network") are not the writer's to rename: the label is in capitals, and so
// are the words after it up to a word that ends a name ("Group", "Network").
const CAPITALISED_WORD = /^\s+(\p{Lu}\p{L}*)/u;
function isOrganisationName(text: string, start: number, end: number): boolean {
  const labelWords = text.slice(start, end).split(/[\s-]+/);
  if (!labelWords.every((w) => /^[\p{Lu}\d]/u.test(w))) return false;
  let rest = text.slice(end);
  for (let m = CAPITALISED_WORD.exec(rest); m; m = CAPITALISED_WORD.exec(rest)) {
    const word = m[1]!;
    const lower = word.toLowerCase();
    if (NAME_WORD.test(lower) && word === lower.charAt(0).toUpperCase() + lower.slice(1)) return true;
    rest = rest.slice(m[0].length);
  }
  return false;
}

const LABELS: Label[] = [
  {
    term: 'service user',
    pattern: re('service-user'),
    why: 'describes people by the service they use, which can set “us” apart from “them”.',
    advice: 'or say who you mean, such as “people who use the day centre”',
    severity: 'suggestion',
    replace: (m) => (/s$/.test(m[0]) ? ['people who use services', 'people who use our services'] : ['person who uses services']),
    accept: (m, masked) => !COMPUTING_SERVICE.test(masked.slice(Math.max(0, m.index - 12), m.index)),
  },
  {
    term: 'client',
    pattern: re('client'),
    why: 'can make a relationship of care sound like a transaction between “us” and “them”.',
    advice: 'or say who you mean',
    severity: 'suggestion',
    replace: (m) => (/s$/.test(m[0]) ? ['people we support', 'people who use the service'] : ['person we support']),
    accept: (m, masked) => {
      const before = masked.slice(Math.max(0, m.index - 16), m.index);
      const after = masked.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (COMPUTING_BEFORE_CLIENT.test(before)) return false;
      if (COMPUTING_AFTER_CLIENT.test(after)) return false;
      // Only in the health and care sense: the same sentence talks about care.
      const sentenceStart = Math.max(masked.lastIndexOf('. ', m.index), 0);
      const sentenceEnd = masked.indexOf('. ', m.index);
      const sentence = masked.slice(sentenceStart, sentenceEnd < 0 ? undefined : sentenceEnd);
      return CARE_WORDS.test(sentence);
    },
  },
  {
    term: 'our patients',
    pattern: re('our-patients'),
    why: 'can sound as if people belong to the organisation.',
    severity: 'suggestion',
    replace: (m) => (/s$/.test(m[0]) ? ['patients', 'people who use our services'] : ['patient']),
  },
  {
    term: 'hard to reach',
    pattern: re('hard-to-reach'),
    why: 'puts the problem on people rather than on how we reach out to them.',
    advice: 'or name the groups you have not yet heard from',
    replace: (m) => (m[0].includes('-') ? ['seldom-heard', 'not-yet-reached'] : ['seldom heard', 'not yet reached']),
    accept: (m, masked) => {
      if (m[0].endsWith('engage')) return true;
      const after = masked.slice(m.index + m[0].length);
      if (PEOPLE_AFTER.test(after)) return true;
      if (PLACE_AFTER.test(after)) return false;
      // "communities that are hard to reach": a people word shortly before.
      const before = masked.slice(Math.max(0, m.index - 60), m.index);
      return PEOPLE_BEFORE.test(before) && !PLACE_BEFORE.test(before);
    },
  },
  {
    term: 'vulnerable',
    pattern: re('vulnerable'),
    why: 'describes people by a label rather than by what puts them at risk or the support they need.',
    advice: 'or say what the risk or need is, such as “people who live alone”',
    replace: (m) => {
      const noun = /vulnerable\s+(\S.*)$/.exec(m[0])?.[1] ?? 'people';
      if (/\bmost\s/.test(m[0])) return [`${noun} who most need support`];
      return [`${noun} who may need extra support`, `${noun} at risk of harm`];
    },
    // "vulnerable to flooding" and "the vulnerable section of the wall" are not labels.
    accept: (m, masked) => /vulnerable\s+\S/.test(m[0]) || (/^the\s/.test(m[0]) && nounUse(m, masked)),
  },
  {
    term: 'the elderly',
    pattern: re('the-elderly'),
    why: 'can sound as if older people are one group apart from everyone else.',
    replace: (m) => (m[0].includes('frail') ? ['frail older people', 'older people'] : ['older people', 'people over 65']),
    accept: nounUse,
  },
  {
    term: 'elderly',
    pattern: re('elderly'),
    why: 'can sound old-fashioned and set older people apart.',
    replace: () => ['older'],
  },
  {
    term: 'bame',
    pattern: re('bame'),
    why: 'groups very different communities under one label. The UK government advises against it.',
    advice: 'or, better, name the groups you mean',
    replace: (m) => {
      const noun = /\s+(\S+)$/.exec(m[0])?.[1];
      return noun ? [`ethnic minority ${noun}`] : ['people from ethnic minority backgrounds'];
    },
    // Only the capitalised acronym: "bme" in lower case is more likely something else.
    accept: (m, _masked, text) => /^B\.?A?\.?M\.?E/.test(text.slice(m.index, m.index + 8)),
  },
  {
    term: 'non-engager',
    pattern: re('non-engager'),
    why: 'blames people for not taking part, rather than asking what got in the way.',
    replace: () => ['people we have not heard from yet', 'people who have not taken part yet'],
  },
  {
    term: 'educate the public',
    // Only the verb is flagged, so a label in the object ("educate service
    // users") gets its own finding and each replacement stays grammatical.
    pattern: re('educate-the-public'),
    why: 'suggests one side knows best and the other side must be taught.',
    advice: 'or say what you will do together',
    quote: (m, text) => {
      const objectStart = m.input.indexOf(m[2] ?? '', m.index + m[0].length);
      return `${text.slice(m.index, m.index + m[0].length)} ${text.slice(objectStart, objectStart + (m[2]?.length ?? 0))}`.replace(/\s+/g, ' ');
    },
    // "educated people" is usually an adjective ("highly educated people").
    accept: (m) => m[1] !== 'educated' || /^(?:the|them)\b/.test(m[2] ?? ''),
    replace: (m) => {
      const verb = m[1] ?? 'educate';
      const form = verb.endsWith('ing') ? 2 : verb.endsWith('ed') ? 1 : verb.endsWith('es') ? 3 : 0;
      return [['share information with', 'shared information with', 'sharing information with', 'shares information with'][form]!, ['work with', 'worked with', 'working with', 'works with'][form]!];
    },
  },
  {
    term: 'the disabled',
    pattern: re('the-disabled'),
    why: 'defines people by one thing about them.',
    replace: () => ['disabled people'],
    accept: nounUse,
  },
  {
    term: 'handicapped',
    pattern: re('handicapped'),
    why: 'is outdated and many people find it offensive.',
    severity: 'warning',
    replace: (m) => (m[0].startsWith('mentally') ? ['with a learning disability'] : ['disabled']),
  },
  {
    term: 'the mentally ill',
    pattern: re('the-mentally-ill'),
    why: 'defines people by their illness.',
    replace: (m) => {
      const noun = /mentally\s+ill\s+(\S.*)$/.exec(m[0])?.[1];
      return [`${noun ?? 'people'} with mental health problems`, `${noun ?? 'people'} with a mental illness`];
    },
    accept: (m, masked) => /ill\s+\S/.test(m[0]) || (/^the\s/.test(m[0]) && nounUse(m, masked)),
  },
  {
    term: 'the homeless',
    pattern: re('the-homeless'),
    why: 'turns a situation or a difference into a label for a whole group.',
    replace: (m) => {
      const adj = m[0].replace(/^the\s+/, '').replace(/\s+/g, ' ');
      const map: Record<string, string[]> = {
        homeless: ['people who are homeless', 'people without a home'],
        poor: ['people on low incomes', 'people living in poverty'],
        deaf: ['deaf people'],
        blind: ['blind people', 'blind and partially sighted people'],
        'learning disabled': ['people with a learning disability'],
        infirm: ['people who need extra support'],
      };
      return map[adj] ?? [];
    },
    accept: nounUse,
  },
  {
    term: 'sufferer',
    pattern: re('sufferer'),
    why: 'defines people by their condition and assumes they suffer.',
    replace: (m) => {
      const condition = /^(\S+)\s+(?:sufferers?|victims?)$/.exec(m[0])?.[1];
      if (condition === 'stroke') return ['people who have had a stroke', 'stroke survivors'];
      if (condition) return [`people with ${condition}`, `people living with ${condition}`];
      return ['people with the condition', 'people living with the condition'];
    },
    // "victims of crime" is a fair description; "victim" is only a label next to a condition.
    accept: (m) => /sufferer/.test(m[0]) || /\s/.test(m[0]),
  },
  {
    term: 'wheelchair-bound',
    pattern: re('wheelchair-bound'),
    why: 'presents a wheelchair as a prison, when for most people it gives freedom.',
    severity: 'warning',
    replace: (m) => (m[0].startsWith('confined') ? ['uses a wheelchair'] : ['wheelchair user', 'who uses a wheelchair']),
  },
  {
    term: 'bed blocker',
    pattern: re('bed-blocker'),
    why: 'blames people for how the system works.',
    severity: 'warning',
    replace: (m) => (m[0].startsWith('bed') ? ['people whose discharge from hospital is delayed', 'delayed discharge'] : ['people who often use the service']),
  },
  {
    term: 'addict',
    pattern: re('addict'),
    why: 'defines people by their drug or alcohol use.',
    replace: (m) => (m[0].startsWith('alcohol') ? ['people with an alcohol problem', 'people who are dependent on alcohol'] : ['people who use drugs', 'people with a drug or alcohol problem']),
  },
];

// One cheap test before running the patterns: most blocks hold none of the words a label needs
// (pattern-anchors.ts), so no pattern runs there; elsewhere only those that may match run.
const LABEL_EXPRESSIONS: readonly RegExp[] = LABELS.map((l) => l.pattern);

/** Keep a capital at the start of a sentence; "BAME communities" mid-sentence becomes lower case. */
function capitaliseLike(text: string, start: number, suggestion: string): string {
  const first = /^[\p{L}.]+/u.exec(text.slice(start))?.[0] ?? '';
  if (!/^\p{Lu}/u.test(first)) return suggestion;
  const isAcronym = first.length > 1 && first === first.toUpperCase();
  const before = text.slice(0, start).trimEnd();
  const sentenceStart = before === '' || /[.!?:]$/.test(before);
  return !isAcronym || sentenceStart ? suggestion.charAt(0).toUpperCase() + suggestion.slice(1) : suggestion;
}

/** Every label in the text, longest first where two overlap. Exported for tests. */
export function findLabels(text: string, masked: string, allow: ReadonlySet<string> = new Set()): Hit[] {
  const mayHold = candidatesIn(listPrefilterFor(LABEL_EXPRESSIONS), masked);
  const raw: (Hit & { length: number })[] = [];
  for (let i = 0; i < LABELS.length; i++) {
    if (mayHold[i] !== 1) continue;
    const label = LABELS[i]!;
    label.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = label.pattern.exec(masked))) {
      const start = m.index;
      const end = start + m[0].length;
      if (label.accept && !label.accept(m, masked, text)) continue;
      const phrase = m[0].replace(/\s+/g, ' ');
      if (allow.has(label.term) || allow.has(phrase)) continue;
      if (isOrganisationName(text, start, end)) continue;
      const original = text.slice(start, end);
      const suggestions = label.replace(m, text).map((s) => capitaliseLike(text, start, s));
      const tryText = suggestions.length ? `Try “${suggestions[0]}”${suggestions[1] ? ` or “${suggestions[1]}”` : ''}` : '';
      const advice = label.advice ? (tryText ? `, ${label.advice}` : label.advice.charAt(0).toUpperCase() + label.advice.slice(1)) : '';
      const hit: Hit & { length: number } = {
        start,
        end,
        length: end - start,
        message: `“${label.quote ? label.quote(m, text) : original}” ${label.why} ${tryText}${advice}.`.replace(/\s+\./, '.'),
        suggestions,
        patternId: LABEL_IDS.get(label.pattern)!,
      };
      if (label.severity) hit.severity = label.severity;
      raw.push(hit);
    }
  }
  raw.sort((a, b) => a.start - b.start || b.length - a.length);
  const hits: Hit[] = [];
  let lastEnd = -1;
  for (const { length: _length, ...hit } of raw) {
    if (hit.start < lastEnd) continue;
    hits.push(hit);
    lastEnd = hit.end;
  }
  return hits;
}

export const usAndThem: Rule = {
  meta: {
    id: 'us-and-them',
    title: 'Labels that set people apart',
    barriers: ['us-and-them-attitude'],
    enablers: ['no-one-more-important', 'doing-with-not-doing-to'],
    scope: 'block',
    profiles: 'all',
    severity: 'warning',
    docs: {
      description:
        'Finds labels that put people on the other side of a line from staff, such as “service users”, “hard to reach”, “the elderly”, “BAME” and “educate the public”, and suggests respectful words.',
      why: 'Co-production starts from the idea that no-one is more important than anyone else. Labels that sort people into “us” (the organisation) and “them” (the people it serves) make that harder, and can put people off taking part.',
      bad: 'We will educate service users and hard to reach groups, such as the elderly and BAME communities.',
      good: 'We will work with people who use our services, including older people and Black African and Caribbean communities we have not heard from before.',
      sources: [
        'Think Local Act Personal, “Jargon buster” and “Ladder of co-production”',
        'GOV.UK, “Writing about ethnicity” (2021): avoid BAME and BME',
        'GOV.UK, “Inclusive language: words to use and avoid when writing about disability”',
      ],
    },
  },
  checkBlock(ctx) {
    const allow = ctx.prepared(() => new Set(ctx.config.allow.map((a) => a.toLowerCase().replace(/\s+/g, ' ').trim())));
    for (const hit of findLabels(ctx.block.text, ctx.analysis.masked, allow)) ctx.report(hit);
  },
};
