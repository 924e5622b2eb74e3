import {addAt, D, dimensionIndex, force, vectorIndex, zeros, type Force} from "../dynamics.js";
import type {ResolvedShock} from "../params.js";
import {clamp, corridorKey, CORRIDORS, onset} from "./_shocks.js";

/**
 * A corridor's capacity is multiplied by `magnitude` (3 = ×3), built out linearly over `corridorRamp` steps.
 * Over the build-out, the partners' economic anchors (default for the Middle Corridor: CHN, TUR, EU) grow by the
 * factor 1 + corridorElasticity × ln(multiple), and the bypassed state's (RUS) shrinks by
 * transitLoss × (1 − 1/multiple): its share of transit falls. Flag `corridor:NAME` holds the current multiple.
 * Permanent: a corridor, once built, stays.
 */
export function corridor(shock: ResolvedShock): Force {
  const known = CORRIDORS[corridorKey(shock.target)];
  const partners = shock.beneficiaries ?? known?.partners ?? [];
  const bypassed = shock.vector ?? known?.bypasses;
  const multiple = clamp(shock.magnitude, 0.01, Infinity);
  const econ = dimensionIndex("economic");
  const flag = `corridor:${shock.target}`;
  return force(`corridor:${shock.target}`, (world, {t, params}) => {
    const {corridorElasticity = 0.3, corridorRamp = 5, transitLoss = 0.25} = params;
    const ramp = Math.max(1, Math.round(corridorRamp));
    const k = t - onset(shock); // 0 … ramp − 1 while building
    if (k < 0 || k >= ramp) return null;
    // Per-step factors compound to the full change at the end of the ramp.
    const gain = Math.pow(Math.max(0.01, 1 + corridorElasticity * Math.log(multiple)), 1 / ramp) - 1;
    const loss = Math.pow(clamp(1 - transitLoss * (1 - 1 / multiple), 0.01, Infinity), 1 / ramp) - 1;
    const anchor = zeros(world);
    for (const p of partners) {
      const v = vectorIndex(world, p);
      if (v >= 0) addAt(anchor, v * D + econ, world.anchor[v * D + econ]! * gain);
    }
    const b = vectorIndex(world, bypassed);
    if (b >= 0) addAt(anchor, b * D + econ, world.anchor[b * D + econ]! * loss);
    return {anchor, flags: {[flag]: 1 + ((multiple - 1) * (k + 1)) / ramp}};
  });
}
