/**
 * Fitting the model of the kind of document (src/engine/profile-model.ts): standardise the
 * features, then fit one L2-regularised logistic regression per kind by Newton's method.
 *
 * Hand-written because no package in node_modules fits a logistic regression, and with about
 * 60 features and a few hundred pages Newton's method is a few dozen lines, converges exactly
 * (so the same pages always give the same weights, whatever the order of arithmetic of a
 * learning-rate schedule) and takes well under a second.
 */
import type { Detected } from '../../src/engine/profile-cues';
import type { KindWeights, ProfileModel } from '../../src/engine/profile-model';

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

/** Solve A v = b (A symmetric positive definite) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      if (f !== 0) for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const v = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * v[k]!;
    v[r] = s / m[r]![r]!;
  }
  return v;
}

/**
 * One logistic regression: minimises the summed log loss plus lambda/2 times the squared
 * weights (the bias is not penalised). Rows of `z` are already standardised.
 */
export function fitLogistic(z: readonly number[][], y: readonly number[], lambda: number, iterations = 50): KindWeights {
  const d = z[0]!.length;
  // w[0] is the bias.
  let w = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d + 1).fill(0);
    const h = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < z.length; i++) {
      const row = [1, ...z[i]!];
      let s = 0;
      for (let j = 0; j <= d; j++) s += w[j]! * row[j]!;
      const p = 1 / (1 + Math.exp(-s));
      const r = p * (1 - p);
      for (let j = 0; j <= d; j++) {
        g[j]! += (p - y[i]!) * row[j]!;
        if (row[j] === 0) continue;
        for (let k = j; k <= d; k++) h[j]![k]! += r * row[j]! * row[k]!;
      }
    }
    for (let j = 0; j <= d; j++) {
      for (let k = 0; k < j; k++) h[j]![k] = h[k]![j]!;
      h[j]![j]! += j === 0 ? 1e-6 : lambda;
      if (j > 0) g[j]! += lambda * w[j]!;
    }
    const step = solve(h, g);
    w = w.map((v, j) => v - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  // Rounded so the committed file is short and the same on every machine.
  const round = (v: number) => Number(v.toPrecision(8));
  return { bias: round(w[0]!), weights: w.slice(1).map(round) };
}

/** Fit every kind on the examples. */
export function fitModel(examples: readonly Example[], features: readonly string[], kinds: readonly Detected[], lambda: number, nearest = 0.5): ProfileModel {
  const { mean, scale } = standardiser(examples.map((e) => e.x));
  const z = examples.map((e) => e.x.map((v, j) => (v - mean[j]!) / scale[j]!));
  const out = {} as Record<Detected, KindWeights>;
  for (const kind of kinds) out[kind] = fitLogistic(z, examples.map((e) => (e.kinds.includes(kind) ? 1 : 0)), lambda);
  const round = (v: number) => Number(v.toPrecision(8));
  return { features: [...features], mean: mean.map(round), scale: scale.map(round), kinds: out, nearest };
}
