/**
 * The balance of the focal state's ties over its vectors: shares, normalised Shannon entropy,
 * Herfindahl–Hirschman concentration, the dominant vector and its lead over the runner-up.
 *
 * @module
 */
import type {VectorId} from "../domain/index.js";
import {herfindahl, normalizedEntropy} from "./share-indices.js";

/** Options for {@link balance}. */
export interface BalanceOptions {
  /**
   * Shares strictly below this fraction are folded into one `other` entry before the entropy, HHI and
   * dominant vector are computed (the `other` entry is not a vector and never dominates). Defaults to 0.
   */
  floor?: number;
}

/** How evenly the focal state's ties are spread over its vectors. */
export interface Balance {
  /** Each vector's share of the total weight (sum 1), after folding shares below `floor` into `other`. */
  readonly shares: Readonly<Record<VectorId, number>>;
  /** Normalised Shannon entropy −Σ s ln s / ln n: 0 when one vector holds everything, 1 when all are equal. */
  readonly entropy: number;
  /** Herfindahl–Hirschman index Σ s²: 1/n (even) to 1 (one vector). */
  readonly hhi: number;
  /** The vector with the largest share (the first in key order on ties). */
  readonly dominant: VectorId;
  /** The dominant share minus the second-largest share (the dominant share itself for one vector). */
  readonly lead: number;
}

const DEFAULTS = {floor: 0} as const;

/** The name of the entry that collects shares below the floor. */
export const OTHER = "other";

/**
 * Computes the balance of nonnegative weights, one per vector.
 *
 * @example
 * ```ts
 * balance({RUS: 2, CHN: 1, USA: 1}); // shares .5/.25/.25, entropy 0.946, hhi 0.375, dominant RUS, lead .25
 * ```
 */
export function balance(weights: Readonly<Record<VectorId, number>>, options: BalanceOptions = {}): Balance {
  const floor = options.floor ?? DEFAULTS.floor;
  const keys = Object.keys(weights);
  let total = 0;
  for (const k of keys) {
    const w = weights[k]!;
    if (!(w >= 0)) throw new RangeError(`Cannot compute balance: weight of "${k}" must be >= 0: current value is ${w}`);
    total += w;
  }
  if (!(total > 0)) throw new RangeError(`Cannot compute balance: total weight must be > 0: current total is ${total}`);
  const shares: Record<VectorId, number> = {};
  let folded = 0;
  let foldedAny = false;
  for (const k of keys) {
    const s = weights[k]! / total;
    if (floor > 0 && s < floor) {
      folded += s;
      foldedAny = true;
    } else shares[k] = s;
  }
  if (foldedAny) shares[OTHER] = folded;
  const entries = Object.entries(shares);
  const values = entries.map(([, s]) => s);
  let dominant = "";
  let first = -1;
  let second = 0;
  for (const [k, s] of entries) {
    if (k === OTHER) continue;
    if (s > first) {
      second = Math.max(second, first);
      first = s;
      dominant = k;
    } else if (s > second) second = s;
  }
  if (dominant === "") {
    // Every vector fell below the floor: the largest of them still dominates.
    for (const k of keys) if (weights[k]! / total > first) ((first = weights[k]! / total), (dominant = k));
  }
  return {
    shares,
    entropy: normalizedEntropy(values),
    hhi: herfindahl(values),
    dominant,
    lead: first - Math.max(0, second)
  };
}
