/**
 * Balance measures over the vectors' shares: normalised Shannon entropy, HHI and the dominant vector.
 * Kept here, small and array-based for the Monte Carlo's inner loop, because src/measure/balance.ts (built
 * concurrently) did not exist when this was written. TODO(simulate): once src/measure/index.ts exports `balance`,
 * check that it agrees with these on the same shares and use it for the record-based helper.
 *
 * @module
 */
import type {VectorId} from "../domain/index.js";

/** How evenly ties are spread over the vectors. */
export interface Balance {
  readonly shares: Readonly<Record<VectorId, number>>;
  /** Normalised Shannon entropy: 0 when one vector holds everything, 1 when all are equal. */
  readonly entropy: number;
  /** Herfindahl–Hirschman index of the shares: 1/n (even) to 1 (one vector). */
  readonly hhi: number;
  /** The vector with the largest share (the first, on ties). */
  readonly dominant: VectorId;
}

/** Writes the shares of nonnegative `weights` into `out` (same length) and returns their total. */
export function sharesInto(weights: ArrayLike<number>, out: Float64Array | number[]): number {
  let total = 0;
  for (let i = 0; i < weights.length; ++i) total += weights[i]!;
  if (!(total > 0)) throw new RangeError(`Cannot compute shares: total weight must be > 0: current total is ${total}`);
  for (let i = 0; i < weights.length; ++i) out[i] = weights[i]! / total;
  return total;
}

/** Normalised Shannon entropy −Σ s ln s / ln n of shares that sum to 1 (0 for a single share). */
export function normalizedEntropy(shares: ArrayLike<number>): number {
  if (shares.length < 2) return 0;
  let h = 0;
  for (let i = 0; i < shares.length; ++i) {
    const s = shares[i]!;
    if (s > 0) h -= s * Math.log(s);
  }
  return h / Math.log(shares.length);
}

/** Herfindahl–Hirschman index Σ s² of shares that sum to 1. */
export function herfindahl(shares: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < shares.length; ++i) sum += shares[i]! * shares[i]!;
  return sum;
}

/** Index of the largest share (the first on ties). */
export function dominantIndex(shares: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < shares.length; ++i) if (shares[i]! > shares[best]!) best = i;
  return best;
}

/** The balance of nonnegative weights, one per vector. */
export function balanceOf(weights: Readonly<Record<VectorId, number>>): Balance {
  const vectors = Object.keys(weights);
  const shares = new Float64Array(vectors.length);
  sharesInto(Object.values(weights), shares);
  return {
    shares: Object.fromEntries(vectors.map((v, i) => [v, shares[i]!])),
    entropy: normalizedEntropy(shares),
    hhi: herfindahl(shares),
    dominant: vectors[dominantIndex(shares)]!
  };
}
