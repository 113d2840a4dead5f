/**
 * The fitted doing-to scorer: the probability that a sentence puts people on
 * the receiving end, from its general features (tests/corpus/fitted/doing-to-features.ts)
 * and the weights fitted on labelled real pages (tests/corpus/fitted/doing-to-weights.json,
 * written by `npm run fit:doing-to`).
 *
 * Not wired into the doing-to rule: checked leave-group-out it added 1 label
 * on two of four held-out groups and none on the others, and fitted on a–n it
 * added nothing on s+t (README, "Fitted “doing to” scorer"): too little for
 * the cost of parsing every sentence with compromise.
 */
import type { NlpView } from '../../../src/nlp';
import { predict, type LogisticModel } from './logistic';
import { FEATURES, sentenceFeatures, type SentenceLayout } from './doing-to-features';
import weights from './doing-to-weights.json';

export interface DoingToWeights {
  features: string[];
  bias: number;
  weights: number[];
  threshold: number;
  lambda: number;
}

export const DOING_TO_WEIGHTS: DoingToWeights = weights;

const model: LogisticModel = { bias: DOING_TO_WEIGHTS.bias, weights: DOING_TO_WEIGHTS.weights };

/** The weights file was fitted on the features in this order; a renamed or moved feature must be refitted. */
export function weightsMatchFeatures(w: DoingToWeights = DOING_TO_WEIGHTS): boolean {
  return w.features.length === FEATURES.length && w.features.every((f, i) => f === FEATURES[i]) && w.weights.length === FEATURES.length;
}

/** The probability (0–1) that the sentence is "doing to". */
export function scoreSentence(parse: (text: string) => NlpView, sentence: string, layout: SentenceLayout, ruleFires: boolean): number {
  return predict(model, sentenceFeatures(parse, sentence, layout, ruleFires));
}
