/**
 * Something of people's own changed for them: "your appointment will be moved", "all outpatient appointments will
 * be conducted by phone", "appointments must be attended on time", "your registration will transfer automatically".
 * The people are not named as the subject, but the change is done to them all the same.
 *
 * The shape is data (rules/patterns/people-passive.yaml, theirs; the things are SERVICE_THING in the shared
 * vocabulary). This reads the participle's lemma against the verbs that look after a thing rather than change it
 * (lemmas.things-left-alone) and taking part (lemmas.with), and leaves conditions alone ("if your appointment is
 * cancelled, we will…"). Without an owner word the thing must start its sentence, so "the letter says appointments
 * will be…" is not read as a change done to the reader.
 */
import type { BlockContext } from '../../src/engine';
import { matchesOf, sentenceAt } from './phrasing';
import { patternGroup, regexpsOf } from './slot-pattern';
import { CONDITION_BEFORE, lemmasOf } from './people-passive';

export interface ChangedThing {
  start: number;
  end: number;
  /** The thing, as written ("outpatient appointments"). */
  thing: string;
  /** 'your' or 'their': whose the thing is, for the rewording. */
  whose: 'you' | 'people';
  patternId: string;
}

const THEIRS = patternGroup('people-passive', 'theirs', 'dg');
const LEFT_ALONE = [...regexpsOf('people-passive', 'lemmas.with'), ...regexpsOf('people-passive', 'lemmas.things-left-alone')];
/** Determiners that start a noun phrase the thing does not own: "the practice", "new homes". */
const NOT_A_MODIFIER = /^(?:the|a|an|this|that|these|those|our|its|new|other|more|most|many|few|no)\b/;

export function findChangedThings(ctx: BlockContext): ChangedThing[] {
  const { masked } = ctx.analysis;
  const text = ctx.block.text;
  const out: ChangedThing[] = [];
  for (const { re, id } of THEIRS) {
    for (const m of matchesOf(re, masked)) {
      const g = m.indices!.groups!;
      const verb = m.groups!.verb;
      if (verb && lemmasOf(verb).some((l) => LEFT_ALONE.some((t) => t.test(l)))) continue;
      // "can be booked online" is what people may do; the pattern's AUX_BE allows "can".
      if (m.groups!.aux && /^can\b/.test(m.groups!.aux)) continue;
      const s = sentenceAt(ctx.analysis, m.index);
      if (!s) continue;
      const before = masked.slice(s.start, m.index);
      if (CONDITION_BEFORE.test(before)) continue;
      // An empty owner group means the pattern names its owner elsewhere ("we may change the terms of your tenancy").
      const owner = m.groups!.owner;
      if (owner === undefined) {
        // No owner: the thing starts its sentence (after a bullet, number or a comma-ended lead-in such as a date).
        if (!/^[\W\d]*$/.test(before) && !/,\s*$/.test(before)) continue;
        if (NOT_A_MODIFIER.test(m.groups!.thing!)) continue;
        // "Appointments are released twice a day" describes how things work; a change needs will, may, must or a perfect.
        if (m.groups!.aux && /^(?:is|are|was|were)$/.test(m.groups!.aux)) continue;
      }
      const end = Math.max((g.verb ?? g.verb2)![1], g.thing![1]);
      const whose = /\b(?:their|patients|patient['’]s)\b/.test(masked.slice(m.index, end)) ? 'people' : 'you';
      out.push({ start: m.index, end, thing: text.slice(g.thing![0], g.thing![1]), whose, patternId: id });
    }
  }
  return out;
}
