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
  const keys = Object.keys(weights);
  const values = keys.map((k) => weights[k]!);
  const b = balanceOf(values, options.floor ?? DEFAULTS.floor, keys);
  const shares: Record<VectorId, number> = {};
  keys.forEach((k, i) => {
    if (!b.folded[i]) shares[k] = b.shares[i]!;
  });
  if (b.other !== undefined) shares[OTHER] = b.other;
  return {shares, entropy: b.entropy, hhi: b.hhi, dominant: keys[b.dominant]!, lead: b.lead};
}

/** {@link balance} over an array of weights: the dominant vector is an index; folded shares are marked. */
export interface ArrayBalance {
  /** Each weight's share of the total (before folding). */
  shares: Float64Array;
  /** Which shares were folded into `other` (below the floor). */
  folded: boolean[];
  /** The sum of the folded shares, when any was folded. */
  other: number | undefined;
  entropy: number;
  hhi: number;
  dominant: number;
  lead: number;
}

/**
 * The balance of an array of nonnegative weights (the one computation behind {@link balance}; the
 * sensitivity analysis calls it directly). `names` label the weights in error messages.
 */
export function balanceOf(
  weights: ArrayLike<number>,
  floor: number = DEFAULTS.floor,
  names?: readonly string[],
  into?: ArrayBalance
): ArrayBalance {
  const n0 = weights.length;
  let total = 0;
  for (let i = 0; i < n0; ++i) {
    const w = weights[i]!;
    if (!(w >= 0))
      throw new RangeError(
        `Cannot compute balance: weight of "${names?.[i] ?? i}" must be >= 0: current value is ${w}`
      );
    total += w;
  }
  if (!(total > 0)) throw new RangeError(`Cannot compute balance: total weight must be > 0: current total is ${total}`);
  const shares = into && into.shares.length === n0 ? into.shares : new Float64Array(n0);
  const folded = into && into.folded.length === n0 ? into.folded.fill(false) : new Array<boolean>(n0).fill(false);
  let other = 0;
  let foldedAny = false;
  for (let i = 0; i < n0; ++i) {
    const s = weights[i]! / total;
    shares[i] = s;
    if (floor > 0 && s < floor) {
      other += s;
      foldedAny = true;
      folded[i] = true;
    }
  }
  // The dominant vector; the indices over the shares in the order of the weights, the folded entry last.
  let dominant = -1;
  let first = -1;
  let second = 0;
  for (let i = 0; i < n0; ++i) {
    if (folded[i]) continue;
    const s = shares[i]!;
    if (s > first) {
      second = Math.max(second, first);
      first = s;
      dominant = i;
    } else if (s > second) second = s;
  }
  let values: ArrayLike<number> = shares;
  if (foldedAny) {
    const kept: number[] = [];
    for (let i = 0; i < n0; ++i) if (!folded[i]) kept.push(shares[i]!);
    kept.push(other);
    values = kept;
  }
  if (dominant === -1) {
    // Every vector fell below the floor: the largest of them still dominates.
    for (let i = 0; i < n0; ++i) if (weights[i]! / total > first) ((first = weights[i]! / total), (dominant = i));
  }
  const entropy = normalizedEntropy(values);
  const hhi = herfindahl(values);
  const out = into ?? ({} as ArrayBalance);
  out.shares = shares;
  out.folded = folded;
  out.other = foldedAny ? other : undefined;
  out.entropy = entropy;
  out.hhi = hhi;
  out.dominant = dominant;
  out.lead = first - Math.max(0, second);
  return out;
}

/** A result to reuse with {@link balanceOf} (its arrays are overwritten by each call). */
export function balanceScratch(n: number): ArrayBalance {
  return {
    shares: new Float64Array(n),
    folded: new Array<boolean>(n).fill(false),
    other: undefined,
    entropy: 0,
    hhi: 0,
    dominant: -1,
    lead: 0
  };
}
