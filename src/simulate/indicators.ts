/**
 * What a run records each step (Mesa's reporters): each vector's combined share (dimension shares averaged), normalised entropy, HHI, the
 * dominant vector and three indicators defined here and in docs/simulation.md:
 *
 * - autonomy = (1 − the largest share any one vector holds in any one dimension) / (1 − 1/n): 1 when every
 *   dimension is spread evenly, 0 when one power holds a whole dimension (say, all of security);
 * - prosperity = (total economic ties now / at the start) × (1 − this step's sanctions cost);
 * - security = (total security ties now / at the start) × (1 − risk).
 *
 * @module
 */
import {D, type World} from "./dynamics.js";
import {combineDimensionSharesInto} from "../measure/combine-shares.js";
import {dominantIndex, herfindahl, normalizedEntropy} from "../measure/share-indices.js";

/** Scalar measures recorded per step, after the shares, in this order. */
export const MEASURES = ["entropy", "hhi", "autonomy", "prosperity", "security"] as const;
export type MeasureName = (typeof MEASURES)[number];

/** Numbers recorded per step for n vectors: n shares, the {@link MEASURES}, then the dominant vector's index. */
export function recordWidth(vectors: number): number {
  return vectors + MEASURES.length + 1;
}

/** Dimension weights from the params, normalised to sum 1, in storage order. */
export function dimensionWeights(params: Readonly<Record<string, number>>): Float64Array {
  const w = Float64Array.of(
    params.weightEconomic ?? 0.25,
    params.weightSecurity ?? 0.25,
    params.weightPolitical ?? 0.25,
    params.weightSocial ?? 0.25
  );
  const total = w.reduce((a, b) => a + Math.max(0, b), 0);
  if (!(total > 0)) throw new RangeError(`Cannot weigh dimensions: weights must sum to > 0: current sum is ${total}`);
  return w.map((x) => Math.max(0, x) / total);
}

/**
 * Each vector's share of the focal state's ties: per dimension, its share of that dimension's ties, then the
 * weighted mean over dimensions — the balance measure's own rule ({@link combineDimensionSharesInto} in
 * src/measure), so rescaling one dimension's column (other units, other scale) changes nothing.
 */
export function combinedShares(
  level: Float64Array,
  weights: Float64Array,
  out = new Float64Array(level.length / D)
): Float64Array {
  return combineDimensionSharesInto(level, out.length, D, weights, out);
}

/** Sum over vectors of one dimension's levels. */
export function dimensionTotal(level: Float64Array, d: number): number {
  let sum = 0;
  for (let i = d; i < level.length; i += D) sum += level[i]!;
  return sum;
}

/** The share of vector v in dimension d (ties of v in d over all ties in d). */
export function dimensionShare(level: Float64Array, v: number, d: number): number {
  return level[v * D + d]! / dimensionTotal(level, d);
}

/** Autonomy as defined above. */
export function autonomy(level: Float64Array): number {
  const n = level.length / D;
  let largest = 0;
  for (let d = 0; d < D; ++d) {
    const total = dimensionTotal(level, d);
    for (let v = 0; v < n; ++v) largest = Math.max(largest, level[v * D + d]! / total);
  }
  return (1 - largest) / (1 - 1 / n);
}

/**
 * Writes the record of `world` (see {@link recordWidth}) into `out` at `offset`.
 * @param origin the world at t = 0, the reference of prosperity and security
 */
export function recordWorld(
  world: World,
  origin: World,
  weights: Float64Array,
  out: Float64Array,
  offset: number
): void {
  const n = world.vectors.length;
  const shares = combinedShares(world.level, weights);
  out.set(shares, offset);
  out[offset + n] = normalizedEntropy(shares);
  out[offset + n + 1] = herfindahl(shares);
  out[offset + n + 2] = autonomy(world.level);
  out[offset + n + 3] = (dimensionTotal(world.level, 0) / dimensionTotal(origin.level, 0)) * (1 - world.cost);
  out[offset + n + 4] = (dimensionTotal(world.level, 1) / dimensionTotal(origin.level, 1)) * (1 - world.risk);
  out[offset + n + 5] = dominantIndex(shares);
}
