/** The small L2 logistic regression (tests/corpus/fitted/logistic.ts), on made-up numbers. */
import { describe, expect, it } from 'vitest';
import { fitLogistic, predict, sigmoid } from './logistic';

// Feature 0 goes with the label, feature 1 against it, feature 2 is noise (on equally often either way).
const xs: number[][] = [];
const ys: number[] = [];
for (let i = 0; i < 40; i++) {
  const y = i % 4 === 0 ? 1 : 0;
  xs.push([y === 1 && i % 8 !== 0 ? 1 : i % 10 === 1 ? 1 : 0, y === 0 && i % 3 === 0 ? 1 : 0, i % 8 < 4 ? 1 : 0]);
  ys.push(y);
}

describe('fitLogistic', () => {
  it('gives a positive weight to a feature that goes with the label and a negative one to a feature against it', () => {
    const m = fitLogistic(xs, ys, { lambda: 0.1 });
    expect(m.weights[0]).toBeGreaterThan(1);
    expect(m.weights[1]).toBeLessThan(0);
    expect(Math.abs(m.weights[2]!)).toBeLessThan(Math.abs(m.weights[0]!));
  });

  it('keeps weights smaller under a stronger penalty', () => {
    const loose = fitLogistic(xs, ys, { lambda: 0.01 });
    const tight = fitLogistic(xs, ys, { lambda: 10 });
    expect(Math.abs(tight.weights[0]!)).toBeLessThan(Math.abs(loose.weights[0]!));
  });

  it('gives the same weights on every run', () => {
    expect(fitLogistic(xs, ys)).toEqual(fitLogistic(xs, ys));
  });

  it('learns the base rate in the bias when no feature is ever on', () => {
    const m = fitLogistic([[0], [0], [0], [0]], [1, 0, 0, 0]);
    expect(predict(m, [0])).toBeCloseTo(0.25, 3);
  });

  it('has a sigmoid that stays finite far from zero', () => {
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(0)).toBe(0.5);
  });
});
