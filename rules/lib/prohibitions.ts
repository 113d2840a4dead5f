/**
 * Prohibitions in polite form addressed to the reader: "please do not come to the surgery", "please don't ring
 * the ward". "Please" with a negated verb makes an order whatever the verb, so unlike the other orders the verb is
 * not checked against taking part or contact ("please do not contact us" forbids contact). What a reader need not
 * fear or delay ("please do not hesitate to call") is left out in the data (rules/patterns/doing-to.yaml,
 * polite-prohibition).
 */
import type { BlockContext } from '../../src/engine';
import { matchesOf } from './phrasing';
import { patternGroup } from './slot-pattern';

export interface Prohibition {
  start: number;
  end: number;
  /** Where the forbidden act starts ("please do not <contact us>"). */
  actFrom: number;
  patternId: string;
}

const POLITE_PROHIBITION = patternGroup('doing-to', 'polite-prohibition', 'dg');

/** Every polite prohibition in the block. */
export function findProhibitions(ctx: BlockContext): Prohibition[] {
  const out: Prohibition[] = [];
  for (const { re, id } of POLITE_PROHIBITION) {
    for (const m of matchesOf(re, ctx.analysis.masked)) {
      const verb = m.indices!.groups!.verb!;
      out.push({ start: m.index, end: verb[1], actFrom: verb[0], patternId: id });
    }
  }
  return out;
}
