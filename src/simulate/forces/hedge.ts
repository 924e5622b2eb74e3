import {addAt, D, force, zeros, type Force} from "../dynamics.js";
import {combinedShares, dimensionWeights} from "../indicators.js";

/**
 * Hedging: when a vector's combined share passes `threshold`, the focal state moves `rate` of the excess out of
 * that vector's anchors (every dimension) and into the vectors below an even share (1/n), in proportion to how far
 * below they are. Total ties are conserved. Below the threshold it does nothing.
 */
export function hedge({threshold, rate}: {threshold: number; rate: number}): Force {
  return force("hedge", (world, {params}) => {
    const shares = combinedShares(world.level, dimensionWeights(params));
    const n = shares.length;
    const removed = new Float64Array(D);
    const anchor = zeros(world);
    let over = false;
    for (let v = 0; v < n; ++v) {
      const s = shares[v]!;
      if (s <= threshold) continue;
      over = true;
      const f = Math.min(1, (rate * (s - threshold)) / s);
      for (let d = 0; d < D; ++d) {
        const take = world.anchor[v * D + d]! * f;
        addAt(anchor, v * D + d, -take);
        addAt(removed, d, take);
      }
    }
    if (!over) return null;
    let deficit = 0;
    for (let v = 0; v < n; ++v) deficit += Math.max(0, 1 / n - shares[v]!);
    if (!(deficit > 0)) return null;
    for (let v = 0; v < n; ++v) {
      const w = Math.max(0, 1 / n - shares[v]!) / deficit;
      for (let d = 0; d < D; ++d) addAt(anchor, v * D + d, removed[d]! * w);
    }
    return {anchor};
  });
}
