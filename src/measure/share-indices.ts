/**
 * The balance indices over the vectors' shares, on plain arrays: normalised Shannon entropy, HHI and the
 * dominant vector. `balance()` (src/measure/balance.ts, the dashboard's figure) computes its entropy and HHI with
 * these, and the simulation (src/simulate) records its steps with them: one definition for both. They take
 * arrays rather than records because the Monte Carlo's inner loop calls them millions of times.
 *
 * @module
 */

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
