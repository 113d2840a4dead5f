/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively
 * reweighted least squares). Hand-written because it is about 60 lines, exact
 * and deterministic, and no package in node_modules fits one; the fitted
 * jargon scorer (rules/lib/jargon-scorer.ts) needs only the weights.
 */

export interface Fit {
  bias: number;
  weights: number[];
}

/** Solve A x = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = m[r]![col]! / p;
      if (factor === 0) continue;
      for (let c = col; c <= n; c++) m[r]![c]! -= factor * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/**
 * Weights that minimise the log loss plus lambda/2 times the squared weights
 * (the bias is not shrunk). rows: feature vectors; ys: 1 or 0.
 */
export function fitLogistic(rows: readonly number[][], ys: readonly number[], lambda: number, iterations = 25): Fit {
  const k = (rows[0]?.length ?? 0) + 1;
  let beta = new Array<number>(k).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(k).fill(0);
    const hess = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (let i = 0; i < rows.length; i++) {
      const x = [1, ...rows[i]!];
      let z = 0;
      for (let j = 0; j < k; j++) z += beta[j]! * x[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const w = Math.max(p * (1 - p), 1e-9);
      const err = p - ys[i]!;
      for (let j = 0; j < k; j++) {
        if (x[j] === 0) continue;
        grad[j]! += err * x[j]!;
        for (let l = j; l < k; l++) hess[j]![l]! += w * x[j]! * x[l]!;
      }
    }
    for (let j = 0; j < k; j++) for (let l = 0; l < j; l++) hess[j]![l] = hess[l]![j]!;
    for (let j = 1; j < k; j++) {
      grad[j]! += lambda * beta[j]!;
      hess[j]![j]! += lambda;
    }
    hess[0]![0]! += 1e-6;
    const step = solve(hess, grad);
    const next = beta.map((b, j) => b - step[j]!);
    const moved = Math.max(...next.map((b, j) => Math.abs(b - beta[j]!)));
    beta = next;
    if (moved < 1e-7) break;
  }
  return { bias: beta[0]!, weights: beta.slice(1) };
}
