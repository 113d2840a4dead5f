/**
 * A small regularised logistic regression: fit by Newton's method (iteratively
 * reweighted least squares) with an L2 penalty on every weight but the bias.
 *
 * Hand-written because no package in node_modules fits one, and the models
 * here are tiny (tens of features, thousands of rows): Newton's method on a
 * d×d system converges in a few steps, needs no learning rate, and gives the
 * same weights on every run (no random start, no shuffling).
 *
 * The one fit behind the three fitted scorers tried in December 2026 (kind of
 * document, jargon, "doing to"); each scorer reads its weights with `predict`.
 */

export interface LogisticModel {
  bias: number;
  weights: number[];
}

export interface FitOptions {
  /** Strength of the L2 penalty (larger keeps the weights smaller). */
  lambda?: number;
  iterations?: number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The probability the model gives one row. */
export function predict(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++) z += model.weights[j]! * (x[j] ?? 0);
  return sigmoid(z);
}

/** Solve A·x = b by Gaussian elimination with partial pivoting (A is small and, with the penalty, positive definite). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]!;
    if (Math.abs(pivot) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const k = m[r]![c]! / pivot;
      if (k === 0) continue;
      for (let cc = c; cc <= n; cc++) m[r]![cc]! -= k * m[c]![cc]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

/** Fit on rows `xs` (numbers) with labels `ys` (0 or 1). */
export function fitLogistic(xs: readonly (readonly number[])[], ys: readonly number[], options: FitOptions = {}): LogisticModel {
  const lambda = options.lambda ?? 1;
  const iterations = options.iterations ?? 25;
  const d = (xs[0]?.length ?? 0) + 1; // column 0 is the bias
  let w = new Array<number>(d).fill(0);
  const row = (x: readonly number[]) => [1, ...x];
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    xs.forEach((x0, i) => {
      const x = row(x0);
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j]! * x[j]!;
      const p = sigmoid(z);
      const r = p - ys[i]!;
      const s = p * (1 - p);
      for (let j = 0; j < d; j++) {
        if (x[j] === 0) continue;
        grad[j]! += r * x[j]!;
        for (let k = 0; k < d; k++) if (x[k] !== 0) hess[j]![k]! += s * x[j]! * x[k]!;
      }
    });
    for (let j = 1; j < d; j++) {
      grad[j]! += lambda * w[j]!;
      hess[j]![j]! += lambda;
    }
    hess[0]![0]! += 1e-9;
    const step = solve(hess, grad);
    w = w.map((v, j) => v - step[j]!);
    if (step.every((s) => Math.abs(s) < 1e-8)) break;
  }
  return { bias: w[0]!, weights: w.slice(1) };
}
