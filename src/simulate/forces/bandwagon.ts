import {addAt, D, force, zeros, type Force} from "../dynamics.js";
import {combinedShares, dimensionWeights} from "../indicators.js";
import {dominantIndex} from "../../measure/share-indices.js";

/**
 * Bandwagoning with the strongest: each step every other vector gives `rate` × (the strongest's share) of its
 * anchors, dimension by dimension, to the strongest vector. Total ties are conserved.
 */
export function bandwagon({rate}: {rate: number}): Force {
  return force("bandwagon", (world, {params}) => {
    const shares = combinedShares(world.level, dimensionWeights(params));
    const top = dominantIndex(shares);
    const f = Math.min(1, rate * shares[top]!);
    const anchor = zeros(world);
    for (let v = 0; v < shares.length; ++v) {
      if (v === top) continue;
      for (let d = 0; d < D; ++d) {
        const take = world.anchor[v * D + d]! * f;
        addAt(anchor, v * D + d, -take);
        addAt(anchor, top * D + d, take);
      }
    }
    return {anchor};
  });
}
