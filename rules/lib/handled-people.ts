/**
 * People handled by a system, read from the lemma of a passive participle: carried or placed somewhere, entered into
 * or taken out of a system, or handed things decided elsewhere. rules/doing-to.ts finds the participle after a passive
 * auxiliary; this says whether it is one of these verbs and which kind of handling it names.
 */
import type { BlockContext } from '../../src/engine';
import type { Kind } from './doing-to-words';

/**
 * People handled by a system, read by the verb's lemma (compromise gives the infinitive, so every
 * inflection and prefix counts): carried or placed somewhere (convey, transport, repatriate,
 * discharge, house), entered into or taken out of a system (onboard, enrol, register, process,
 * book, waitlist), or handed things decided elsewhere (issue, supply, fit, equip). The regular
 * expression only picks a participle-looking word after a passive auxiliary; compromise then
 * checks it is a passive verb and names its lemma. Clinical care (seen, treated, assessed) is
 * not in the class: it is done to people by its nature.
 */
const HANDLED_LEMMAS = new Map<string, Kind>([
  ...[
    'convey', 'transport', 'take', 'send', 'bring', 'bus', 'ferry', 'ship', 'repatriate', 'discharge', 'return', 'escort',
    'route', 'reroute', 're-route', 'channel', 'funnel', 'stream', 'place', 'house', 'accommodate', 'reposition', 'shift', 'move',
    'transfer', 'relocate', 'decant', 'divert', 'redirect', 'rehouse', 're-house', 'migrate', 'switch', 'transition', 'redeploy',
    'allocate', 'reallocate', 'assign', 'reassign', 'put', 'bump', 'batch', 'cohort', 'triage',
  ].map((v): [string, Kind] => [v, 'move']),
  ...[
    'onboard', 'offboard', 'enrol', 'enroll', 'auto-enrol', 'auto-enroll', 'register', 're-register', 'deregister', 'de-register',
    'process', 'book', 'rebook', 're-book', 'schedule', 'reschedule', 'waitlist', 'wait-list', 'list', 'delist', 'enter', 'add',
    'remove', 'exit', 'signpost', 'step', 'opt',
  ].map((v): [string, Kind] => [v, 'handle']),
  ...['issue', 'supply', 'equip', 'fit', 'allot', 'hand', 'kit'].map((v): [string, Kind] => [v, 'issue']),
]);
/** Verbs of carrying need a direction to mean moving a person: "taken to", "sent home". */
const NEEDS_DIRECTION = /^(?:take|send|bring|put|return|step|opt|enter|add|remove|exit|list|fit|hand)$/;
const DIRECTION_AFTER = /^\s+(?:(?:directly|straight|automatically|instead|back)\s+)?(?:to|into|onto|on to|home|back|out|off|over|across|between|elsewhere|in|on|up|with|from)\b/;

const IRREGULAR_PARTICIPLES = new Set(['taken', 'sent', 'brought', 'put', 'fit', 'bused', 'bussed']);

/** Could this participle come from a handling verb? Spares compromise the many passives that cannot. */
export function mayBeHandled(participle: string): boolean {
  const w = participle.toLowerCase();
  if (IRREGULAR_PARTICIPLES.has(w) || HANDLED_LEMMAS.has(w)) return true;
  const stems: string[] = [];
  if (w.endsWith('ied')) stems.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) {
    const base = w.slice(0, -2);
    stems.push(base, `${base}e`);
    if (/([b-df-hj-np-tv-z])\1$/.test(base)) stems.push(base.slice(0, -1));
  }
  if (w.endsWith('d')) stems.push(w.slice(0, -1));
  return stems.some((stem) => HANDLED_LEMMAS.has(stem));
}

/** The kind of handling a passive verb phrase names, by its lemma, or null when it is not one. */
export function handledKind(ctx: BlockContext, phrase: string, after: string): Kind | null {
  const verbs = ctx.nlp(phrase).verbs().json() as Array<{ verb?: { infinitive?: string } }>;
  const lemma = verbs[verbs.length - 1]?.verb?.infinitive?.toLowerCase();
  if (!lemma) return null;
  const kind = HANDLED_LEMMAS.get(lemma);
  if (!kind) return null;
  if (NEEDS_DIRECTION.test(lemma) && (!DIRECTION_AFTER.test(after) || /^\s+(?:into|in)\s+(?:account|consideration|care)\b|^\s+(?:on|up)\s+(?:board|a course)\b/.test(after))) return null;
  if (kind === 'issue' && !/^\s+with\b/.test(after) && lemma !== 'issue') return null;
  return kind;
}
