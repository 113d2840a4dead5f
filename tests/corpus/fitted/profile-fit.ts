/**
 * Fitting the model of the kind of document (tests/corpus/fitted/profile-model.ts): standardise the
 * features, then fit one L2-regularised logistic regression per kind (tests/corpus/fitted/logistic.ts).
 */
import type { Detected } from '../../../src/engine/profile-cues';
import type { KindWeights, ProfileModel } from './profile-model';
import { fitLogistic } from './logistic';

export interface Example {
  x: number[];
  kinds: Detected[];
}

/** Means and scales (standard deviations; 1 where a feature never varies) of the columns. */
export function standardiser(xs: readonly number[][]): { mean: number[]; scale: number[] } {
  const d = xs[0]!.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const x of xs) for (let j = 0; j < d; j++) mean[j]! += x[j]! / xs.length;
  for (const x of xs) for (let j = 0; j < d; j++) scale[j]! += (x[j]! - mean[j]!) ** 2 / xs.length;
  return { mean, scale: scale.map((v) => (v > 1e-12 ? Math.sqrt(v) : 1)) };
}

/** Fit every kind on the examples. */
export function fitModel(examples: readonly Example[], features: readonly string[], kinds: readonly Detected[], lambda: number, nearest = 0.5): ProfileModel {
  const { mean, scale } = standardiser(examples.map((e) => e.x));
  const z = examples.map((e) => e.x.map((v, j) => (v - mean[j]!) / scale[j]!));
  const out = {} as Record<Detected, KindWeights>;
  // Rounded so the committed file is short and the same on every machine.
  const round = (v: number) => Number(v.toPrecision(8));
  for (const kind of kinds) {
    const fit = fitLogistic(z, examples.map((e) => (e.kinds.includes(kind) ? 1 : 0)), { lambda, iterations: 50 });
    out[kind] = { bias: round(fit.bias), weights: fit.weights.map(round) };
  }
  return { features: [...features], mean: mean.map(round), scale: scale.map(round), kinds: out, nearest };
}
