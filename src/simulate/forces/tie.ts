import {D, dimensionIndex, force, vectorIndex, zeros, type Force} from "../dynamics.js";
import type {ResolvedShock} from "../params.js";
import {clamp, ending, onset} from "./_shocks.js";

/**
 * A tie shock: the tie of `vector ?? target` (in `dimension`, or all four) changes by `magnitude` (0.5 = +50%,
 * −0.3 = −30%). The anchor moves at once, the level by `impact` of it; when `duration` ends the anchor moves back.
 */
export function tieShock(shock: ResolvedShock): Force {
  const m = clamp(shock.magnitude, -0.99, Infinity);
  const dims = shock.dimension ? [dimensionIndex(shock.dimension)] : [0, 1, 2, 3];
  return force(`tie:${shock.target}`, (world, {t, params}) => {
    const v = vectorIndex(world, shock.vector ?? shock.target);
    if (v < 0 || (t !== onset(shock) && t !== ending(shock))) return null;
    const anchor = zeros(world);
    const level = zeros(world);
    for (const d of dims) {
      const i = v * D + d;
      if (t === onset(shock)) {
        anchor[i] = world.anchor[i]! * m;
        level[i] = world.level[i]! * m * (params.impact ?? 0.5);
      } else {
        anchor[i] = (-world.anchor[i]! * m) / (1 + m);
      }
    }
    return {anchor, level};
  });
}
