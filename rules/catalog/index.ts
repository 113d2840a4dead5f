/**
 * The catalog: barriers and enablers from the poster, the links between
 * them, and the reviewer questions. The side panel and reports read enabler
 * wording from here, never from strings inside rules.
 */
import { BARRIERS, type Barrier, type BarrierId } from './barriers';
import { ENABLERS, type Enabler, type EnablerId } from './enablers';
import { BARRIER_LINKS } from './links';
import { REVIEW_QUESTIONS, type ReviewQuestion, type ReviewQuestionId } from './questions';

export { BARRIERS, ENABLERS, BARRIER_LINKS, REVIEW_QUESTIONS };
export type { Barrier, BarrierId, Enabler, EnablerId, ReviewQuestion, ReviewQuestionId };

const barrierById = new Map<string, Barrier>(BARRIERS.map((b) => [b.id, b]));
const enablerById = new Map<string, Enabler>(ENABLERS.map((e) => [e.id, e]));
const enablerOrder = new Map<string, number>(ENABLERS.map((e, i) => [e.id, i]));

export function getBarrier(id: string): Barrier | undefined {
  return barrierById.get(id);
}

export function getEnabler(id: string): Enabler | undefined {
  return enablerById.get(id);
}

export function isBarrierId(id: string): id is BarrierId {
  return barrierById.has(id);
}

export function isEnablerId(id: string): id is EnablerId {
  return enablerById.has(id);
}

/** The enablers linked from these barriers, each once, in catalog order. Unknown ids are ignored. */
export function enablersForBarriers(ids: readonly string[]): Enabler[] {
  const found = new Set<string>();
  for (const id of ids) {
    if (!isBarrierId(id)) continue;
    for (const e of BARRIER_LINKS[id]) found.add(e);
  }
  return [...found]
    .sort((a, b) => enablerOrder.get(a)! - enablerOrder.get(b)!)
    .map((id) => enablerById.get(id)!);
}

/** Reviewer questions that ask about any of these barriers, in catalog order. */
export function questionsForBarriers(ids: readonly string[]): ReviewQuestion[] {
  const wanted = new Set(ids);
  return REVIEW_QUESTIONS.filter((q) => q.barriers.some((b) => wanted.has(b)));
}
