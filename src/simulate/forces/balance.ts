import {addAt, D, force, zeros, type Force} from "../dynamics.js";
import {combinedShares, dimensionWeights} from "../indicators.js";
import {dominantIndex} from "../../measure/share-indices.js";

/**
 * Balancing against the strongest: while the strongest vector holds more than an even share (1/n), the focal state
 * moves `rate` × (its excess over 1/n) / (its share) of its anchors to the other vectors, in proportion to their
 * own anchors, so the largest rivals grow most as counterweights. Total ties are conserved.
 */
export function balanceAgainst({rate}: {rate: number}): Force {
  return force("balance", (world, {params}) => {
    const shares = combinedShares(world.level, dimensionWeights(params));
    const n = shares.length;
    const top = dominantIndex(shares);
    const excess = shares[top]! - 1 / n;
    if (!(excess > 0)) return null;
    const f = Math.min(1, (rate * excess) / shares[top]!);
    const anchor = zeros(world);
    for (let d = 0; d < D; ++d) {
      const take = world.anchor[top * D + d]! * f;
      let others = 0;
      for (let v = 0; v < n; ++v) if (v !== top) others += world.anchor[v * D + d]!;
      if (!(others > 0)) continue;
      addAt(anchor, top * D + d, -take);
      for (let v = 0; v < n; ++v) if (v !== top) addAt(anchor, v * D + d, (take * world.anchor[v * D + d]!) / others);
    }
    return {anchor};
  });
}
