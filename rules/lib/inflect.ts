/**
 * English inflections for word-list matching. We generate the forms of each
 * listed word once (stakeholder → stakeholders, utilise → utilised, utilizing,
 * utilisation) instead of stemming every word of the text, so matching is one
 * Map lookup per word and never confuses unrelated words that share a stem.
 * Over-generating a non-word ("pathwayed") is harmless: it never occurs.
 */

/** How a form relates to its base word. Used to inflect a suggestion the same way. */
export type Inflection = 'base' | 's' | 'ed' | 'ing' | 'noun';


/** Irregular verbs: base → [past, past participle]. Prefixed forms (undertake, oversee) are derived. */
const IRREGULAR_VERBS: Record<string, [string, string]> = {
  bring: ['brought', 'brought'], build: ['built', 'built'], buy: ['bought', 'bought'],
  choose: ['chose', 'chosen'], do: ['did', 'done'], drive: ['drove', 'driven'], feed: ['fed', 'fed'],
  find: ['found', 'found'], get: ['got', 'got'], give: ['gave', 'given'], go: ['went', 'gone'],
  grow: ['grew', 'grown'], hold: ['held', 'held'], keep: ['kept', 'kept'], lead: ['led', 'led'],
  leave: ['left', 'left'], make: ['made', 'made'], meet: ['met', 'met'], pay: ['paid', 'paid'],
  put: ['put', 'put'], run: ['ran', 'run'], say: ['said', 'said'], see: ['saw', 'seen'],
  sell: ['sold', 'sold'], send: ['sent', 'sent'], set: ['set', 'set'], show: ['showed', 'shown'],
  speak: ['spoke', 'spoken'], spend: ['spent', 'spent'], stand: ['stood', 'stood'], take: ['took', 'taken'],
  tell: ['told', 'told'], think: ['thought', 'thought'], write: ['wrote', 'written'], draw: ['drew', 'drawn'],
  break: ['broke', 'broken'], seek: ['sought', 'sought'], teach: ['taught', 'taught'], win: ['won', 'won'],
};

// Only these prefixes make "undertake" → "undertook"; "target" is not "tar" + "get".
const VERB_PREFIXES = ['', 're', 'under', 'over', 'out', 'up', 'mis', 'with', 'fore', 'co', 'down'];

const IRREGULAR_PLURALS: Record<string, string> = {
  person: 'people', child: 'children', criterion: 'criteria', phenomenon: 'phenomena', medium: 'media',
  datum: 'data', life: 'lives', half: 'halves', man: 'men', woman: 'women',
};

/** Words that stay as they are in any form; also never inflected as suggestions. */
const INVARIANT = new Set([
  'people', 'staff', 'public', 'everyone', 'everybody', 'data', 'information', 'advice', 'feedback', 'money',
  'funding', 'equipment', 'evidence', 'research', 'children', 'news', 'health', 'care', 'support', 'help',
]);

/** Function words inside phrases are matched exactly ("at this moment in time"). */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'up', 'out', 'and', 'or', 'as',
  'is', 'it', 'this', 'that', 'these', 'those', 'our', 'your', 'their', 'we', 'you', 'they', 'be', 'all', 'no',
  'not', 'off', 'into', 'onto', 'over', 'per', 'via', 'than', 'so', 'if', 'its',
]);

function irregularVerb(word: string): [string, string, string] | undefined {
  for (const prefix of VERB_PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    const forms = IRREGULAR_VERBS[rest];
    if (forms) return [prefix, forms[0], forms[1]];
  }
  return undefined;
}

function syllables(word: string): number {
  return (word.match(/[aeiouy]+/g) ?? []).length;
}

/** Ends consonant–vowel–consonant, so the last letter may double (plan → planned). */
function endsCvc(word: string): boolean {
  return /[^aeiou][aeiou][^aeiouwxy]$/.test(word);
}

export function plural(word: string): string {
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular) return irregular;
  if (/(?:[sxz]|ch|sh)$/.test(word)) return word + 'es';
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (/[^aeiou]is$/.test(word)) return word.slice(0, -2) + 'es';
  return word + 's';
}

function stemForSuffix(word: string): string {
  // manage → manag(ing), but see → see(ing), free → free(ing)
  if (/[^aeiouy]e$/.test(word) || /[^e]ue$/.test(word)) return word.slice(0, -1);
  return word;
}

function pastForms(word: string): string[] {
  if (/e$/.test(word)) return [word + 'd'];
  if (/[^aeiou]y$/.test(word)) return [word.slice(0, -1) + 'ied'];
  if (/c$/.test(word)) return [word + 'ked', word + 'ed'];
  const plain = word + 'ed';
  return endsCvc(word) ? [plain, word + word.at(-1) + 'ed'] : [plain];
}

function ingForms(word: string): string[] {
  if (/ie$/.test(word)) return [word.slice(0, -2) + 'ying'];
  if (/c$/.test(word)) return [word + 'king', word + 'ing'];
  const stem = stemForSuffix(word);
  const plain = stem + 'ing';
  return endsCvc(word) ? [plain, word + word.at(-1) + 'ing'] : [plain];
}

/** -ise and -ize spellings of a form, both ways. */
function spellings(form: string): string[] {
  if (!form.includes('is') && !form.includes('iz')) return [form];
  const out = [form];
  const z = form.replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1');
  if (z !== form) out.push(z);
  const s = form.replace(/iz(e|es|ed|ing|ation|ations|er|ers)$/, 'is$1');
  if (s !== form) out.push(s);
  return out;
}

/**
 * Every form of one word with how it was made. Function words and words with
 * digits are matched as written.
 */
export function wordForms(word: string): ReadonlyMap<string, Inflection> {
  let forms = FORMS_CACHE.get(word);
  if (!forms) {
    forms = generateForms(word);
    // Word lists change rarely, so the cache stays small; cap it all the same.
    if (FORMS_CACHE.size > 20000) FORMS_CACHE.clear();
    FORMS_CACHE.set(word, forms);
  }
  return forms;
}

// Forms are rebuilt whenever the configuration changes; the words rarely do.
const FORMS_CACHE = new Map<string, Map<string, Inflection>>();

function generateForms(word: string): Map<string, Inflection> {
  const forms = new Map<string, Inflection>();
  const add = (form: string, kind: Inflection) => {
    for (const f of spellings(form)) if (!forms.has(f)) forms.set(f, kind);
  };
  add(word, 'base');
  if (FUNCTION_WORDS.has(word) || INVARIANT.has(word) || /\d/.test(word) || word.length < 2) return forms;
  add(plural(word), 's');
  if (/s$/.test(word)) add(word + 'es', 's');
  // "go" → "goes", "veto" → "vetoes".
  if (/[^aeiou]o$/.test(word)) add(word + 'es', 's');
  // Possessive plural "stakeholders'" is stripped by the tokeniser, so no form needed.
  const irregular = irregularVerb(word);
  if (irregular) {
    const [prefix, past, participle] = irregular;
    add(prefix + past, 'ed');
    add(prefix + participle, 'ed');
  }
  for (const f of pastForms(word)) add(f, 'ed');
  for (const f of ingForms(word)) add(f, 'ing');
  // utilise → utilisation, prioritise → prioritisation: the same jargon as a noun.
  if (/i[sz]e$/.test(word)) {
    add(word.slice(0, -1) + 'ation', 'noun');
    add(word.slice(0, -1) + 'ations', 'noun');
  }
  return forms;
}

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word);
}

// Verbs in our lists that the suffix test below misses. Used only to tell
// "empowers" (verb: suggest "supports") from "interventions" (noun: "help").
const VERBS = new Set([
  'empower', 'leverage', 'enhance', 'foster', 'cascade', 'upskill', 'reskill', 'signpost', 'embed', 'deploy', 'liaise',
  'align', 'tackle', 'combat', 'bolster', 'underpin', 'augment', 'procure', 'commence', 'cease', 'obtain', 'retain',
  'assist', 'reside', 'escalate', 'redesign', 'decommission', 'reconfigure', 'streamline', 'deliver', 'engage',
  'onboard', 'spearhead', 'ascertain', 'endeavour', 'expedite', 'apprise', 'dovetail', 'descope', 'implement', 'drive',
  'touch', 'build', 'loop', 'ping', 'mitigate', 'alleviate', 'ameliorate', 'promulgate', 'disseminate',
]);

/** A rough guess that a listed word is a verb, from its ending or our list. */
export function isVerbLike(word: string): boolean {
  return VERBS.has(word) || /(?:ise|ize|ate|ify)$/.test(word) || irregularVerb(word) !== undefined;
}

interface InflectOptions {
  /** The inflection was on the last word of a phrase ("key stakeholders"). */
  lastWord?: boolean;
  /** An "-ed" form after is/was/has/been: "has been utilised" → "used", not "ran" → "run". */
  participle?: boolean;
  /** The listed word is a verb, so "-s" means "he empowers", not a plural. */
  verb?: boolean;
}

function inflectWord(word: string, kind: Inflection, opts: InflectOptions = {}): string {
  const lower = word.toLowerCase();
  if (kind === 'base' || kind === 'noun' || lower !== word) return word;
  if (kind === 's') {
    if (opts.verb) return irregularVerb(word) || !/(?:[sxz]|ch|sh|[^aeiou]y)$/.test(word) ? word + 's' : plural(word);
    return INVARIANT.has(word) || /s$/.test(word) ? word : plural(word);
  }
  const irregular = irregularVerb(word);
  if (kind === 'ed') {
    if (irregular) return irregular[0] + (opts.participle ? irregular[2] : irregular[1]);
    if (/e$/.test(word)) return word + 'd';
    if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ied';
    return endsCvc(word) && syllables(word) === 1 ? word + word.at(-1) + 'ed' : word + 'ed';
  }
  if (/ie$/.test(word)) return word.slice(0, -2) + 'ying';
  if (endsCvc(word) && syllables(word) === 1) return word + word.at(-1) + 'ing';
  return stemForSuffix(word) + 'ing';
}

/**
 * A replacement that is a clause or names one thing ("how we log a complaint",
 * "what happens next", "a named contact") cannot take the flagged words' form:
 * "how we log a complaints" is wrong, and so is "rules for how buildings
 * should looks". Such a phrase is offered as it is.
 */
const CLAUSE =
  /^(?:how|what|when|where|who|whom|whose|why|which|whether|if|to)\b|\b(?:i|we|they|he|she)\b|\b(?:how|where|when|whether|should|will|would|can|could|must|may|might)\s+\S+/i;
/** The last word is one thing ("a complaint") or not a noun at all ("fits you", "pay for"). */
const ONE_THING = '(?:a|an|one|each|every|this|that|another|either|neither)';
const NOT_A_NOUN = '(?:you|it|us|them|me|him|her|for|to|with|of|in|on|at|by|up|out|off|down)';
const LAST_NOT_PLURAL = new RegExp(String.raw`^${ONE_THING}\s|\b${ONE_THING}\s+\S+$|\b${NOT_A_NOUN}$`, 'i');
/**
 * The noun that takes the plural comes before a preposition or a clause:
 * "partner on the funding bid", "ways to take part", "services people use".
 * Only a phrase without one ("main partner") has its noun last.
 */
const HEAD_BEFORE_LAST =
  /\b(?:of|in|on|at|to|for|by|with|without|from|into|onto|over|via|about|between|that|who|which|people)\s+\S/i;

/**
 * Put a suggested replacement into the same form as the flagged words, so that
 * "leveraging" suggests "using" and "utilised" suggests "used". After a plural
 * on the last word of a phrase ("key stakeholders") the last word of the
 * replacement changes; verb forms change the first word ("work with" →
 * "working with"). A plural noun changes a one-word replacement only: we
 * cannot tell which word of a phrase is the noun.
 */
export function inflectPhrase(phrase: string, kind: Inflection, opts: InflectOptions = {}): string {
  if (kind === 'base' || kind === 'noun') return phrase;
  const parts = phrase.split(' ');
  if (parts.length > 1 && CLAUSE.test(phrase)) return phrase;
  if (opts.lastWord && parts.length > 1) {
    const i = parts.length - 1;
    // "people most affected", "working together": the last word is not a noun to change.
    if (/(?:ed|ing|ly)$/.test(parts[i]!)) return phrase;
    if (kind === 's' && (LAST_NOT_PLURAL.test(phrase) || HEAD_BEFORE_LAST.test(phrase))) return phrase;
    parts[i] = inflectWord(parts[i]!, kind, opts);
    return parts.join(' ');
  }
  if (kind === 's' && !opts.verb && parts.length > 1) return phrase;
  parts[0] = inflectWord(parts[0]!, kind, opts);
  return parts.join(' ');
}
