import {D, dimensionIndex, force, vectorIndex, zeros, type Force} from "../dynamics.js";
import type {ResolvedShock} from "../params.js";
import {clamp, ending, isActive} from "./_shocks.js";

/**
 * A war nearby (`target`, e.g. "UKR" or "AFG") at intensity `magnitude` (0–1). While on, each step adds
 * intensity × warRisk to risk, and when the war involves one of the vectors (`vector`, or `target` if it is one) that
 * vector's economic anchor shrinks by intensity × warTrade (disrupted trade and transit).
 */
export function war(shock: ResolvedShock): Force {
  const m = clamp(shock.magnitude, 0, 1);
  const flag = `war:${shock.target}`;
  const econ = dimensionIndex("economic");
  return force(`war:${shock.target}`, (world, {t, params}) => {
    if (t === ending(shock)) return {flags: {[flag]: 0}};
    if (!isActive(shock, t)) return null;
    const {warRisk = 0.15, warTrade = 0.05} = params;
    const v = vectorIndex(world, shock.vector ?? shock.target);
    let anchor: Float64Array | undefined;
    if (v >= 0) {
      anchor = zeros(world);
      anchor[v * D + econ] = -world.anchor[v * D + econ]! * m * warTrade;
    }
    return {...(anchor ? {anchor} : {}), risk: m * warRisk, flags: {[flag]: m}};
  });
}
