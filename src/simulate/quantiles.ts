/** The quantiles reported for every measure and step. */
export const QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/**
 * The p-quantile of values sorted ascending, by linear interpolation between order statistics (R's type 7, as
 * d3.quantile). NaN for an empty array.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  return lo + 1 < n ? a + (sorted[lo + 1]! - a) * (h - lo) : a;
}
