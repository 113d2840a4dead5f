/**
 * The fitted model of the kind of document: one logistic regression per kind over the page's
 * features (profile-features.ts), fitted on labelled pages by tests/corpus/fitted/fit-profiles.ts
 * (`npm run fit:profiles`), which writes profile-weights.json. A page is of every kind whose
 * probability reaches one half; of none, "general". Pure: numbers in, kinds out.
 */
import type { Detected } from '../../../src/engine/profile-cues';
import { sigmoid } from './logistic';

export interface KindWeights {
  bias: number;
  weights: number[];
}

export interface ProfileModel {
  /** The feature names the weights were fitted on, in order (FEATURE_NAMES when fitted). */
  features: string[];
  /** Each feature is standardised, (x − mean) / scale, before it is weighed. */
  mean: number[];
  scale: number[];
  kinds: Record<Detected, KindWeights>;
  /** When no kind reaches one half, the likeliest kind is taken if its probability reaches this. */
  nearest: number;
}

/** The probability of one kind, from a feature vector. */
export function kindProbability(model: ProfileModel, kind: Detected, x: readonly number[]): number {
  const k = model.kinds[kind];
  let z = k.bias;
  for (let j = 0; j < k.weights.length; j++) z += k.weights[j]! * ((x[j]! - model.mean[j]!) / model.scale[j]!);
  return sigmoid(z);
}

/** Each kind's probability. */
export function kindProbabilities(model: ProfileModel, x: readonly number[]): Record<Detected, number> {
  const out = {} as Record<Detected, number>;
  for (const kind of Object.keys(model.kinds) as Detected[]) out[kind] = kindProbability(model, kind, x);
  return out;
}

/**
 * The kinds the model reads a page as (empty: general): every kind whose probability reaches one half;
 * if none does, the likeliest kind when its probability reaches `nearest` (fitted with the weights) (a page that gives one weak
 * sign of what it is is better read as that kind than as general, whose checks do not run).
 */
export function fittedKinds(model: ProfileModel, x: readonly number[], nearest = model.nearest): Detected[] {
  const p = kindProbabilities(model, x);
  const kinds = (Object.keys(p) as Detected[]).filter((k) => p[k] >= 0.5);
  if (kinds.length > 0) return kinds;
  const best = (Object.keys(p) as Detected[]).reduce((a, b) => (p[b] > p[a] ? b : a));
  return p[best] >= nearest ? [best] : [];
}
