/**
 * How ties in several dimensions become one share per vector: each dimension's ties are first turned into
 * shares of that dimension (so only the ratios between vectors within a dimension matter, never the unit or
 * scale of a dimension's column), then the shares are averaged with the dimension weights, over the dimensions
 * that have ties. The balance measure (`balance-series.ts`) and the simulation (`src/simulate/indicators.ts`)
 * both combine through {@link combineDimensionSharesInto}: one rule, so rescaling one dimension's column changes
 * neither.
 *
 * @module
 */

/**
 * Writes into `out` (length `vectors`) the weighted mean over dimensions of each vector's share of the dimension,
 * and returns `out`. `level` is row-major: vector v, dimension d at `v × dimensions + d`; levels must be ≥ 0.
 * Dimensions whose total is 0 (no ties recorded) or whose weight is ≤ 0 are left out of the mean.
 *
 * @example
 * ```ts
 * // two vectors, two dimensions; the second column is in other units (×1000): same shares either way
 * combineDimensionSharesInto([3, 1000, 1, 3000], 2, 2, [1, 1], new Float64Array(2)); // [0.5, 0.5]
 * ```
 */
export function combineDimensionSharesInto(
  level: ArrayLike<number>,
  vectors: number,
  dimensions: number,
  weights: ArrayLike<number>,
  out: Float64Array
): Float64Array {
  out.fill(0, 0, vectors);
  let wsum = 0;
  for (let d = 0; d < dimensions; ++d) {
    const w = weights[d]!;
    if (!(w > 0)) continue;
    let total = 0;
    for (let v = 0; v < vectors; ++v) total += level[v * dimensions + d]!;
    if (!(total > 0)) continue;
    wsum += w;
    const k = w / total;
    for (let v = 0; v < vectors; ++v) out[v] = out[v]! + k * level[v * dimensions + d]!;
  }
  if (!(wsum > 0)) {
    throw new RangeError("Cannot combine shares: no dimension has both a weight > 0 and ties > 0");
  }
  for (let v = 0; v < vectors; ++v) out[v] = out[v]! / wsum;
  return out;
}

/**
 * The same rule over records: `ties[dimension][vector]` (missing = 0) and `weights[dimension]`; returns the
 * combined share of each of `vectors`, or null when no weighted dimension has ties.
 */
export function combineDimensionShares(
  ties:
    ReadonlyMap<string, Readonly<Record<string, number>>> | Readonly<Record<string, Readonly<Record<string, number>>>>,
  vectors: readonly string[],
  weights: Readonly<Record<string, number>>
): Record<string, number> | null {
  const dims = Object.keys(weights);
  const get = (d: string) => (ties instanceof Map ? ties.get(d) : (ties as Record<string, Record<string, number>>)[d]);
  const level = new Float64Array(vectors.length * dims.length);
  let any = false;
  dims.forEach((d, j) => {
    const row = get(d);
    if (!row) return;
    vectors.forEach((v, i) => {
      const x = row[v] ?? 0;
      level[i * dims.length + j] = x;
      if (x > 0 && weights[d]! > 0) any = true;
    });
  });
  if (!any) return null;
  const out = combineDimensionSharesInto(
    level,
    vectors.length,
    dims.length,
    dims.map((d) => weights[d]!),
    new Float64Array(vectors.length)
  );
  return Object.fromEntries(vectors.map((v, i) => [v, out[i]!]));
}
