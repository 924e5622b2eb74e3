import {D, dimensionIndex, force, vectorIndex, zeros, type Force} from "../dynamics.js";
import type {ResolvedShock} from "../params.js";
import {clamp, ending, onset, ORGANIZATIONS} from "./_shocks.js";

/**
 * Leaving an organization (CSTO, EAEU …) the focal state belongs to (flag `member:ORG` = 1). At onset the lead
 * vector's tie in the organization's dimension loses `magnitude` (0–1) of its anchor and `impact` of that at once;
 * its political tie loses `leaveSpillover` × that share; risk jumps by `leaveRisk` (security organizations, half for
 * others) and half the jump is renewed each step while out, so risk stays raised. A `duration` means rejoining.
 */
export function leaveOrg(shock: ResolvedShock): Force {
  const org = shock.target;
  const flag = `member:${org}`;
  const known = ORGANIZATIONS[org.toUpperCase()];
  const vector = shock.vector ?? known?.vector;
  const d = dimensionIndex(shock.dimension ?? known?.dimension ?? "security");
  const weight = d === dimensionIndex("security") ? 1 : 0.5;
  const m = clamp(shock.magnitude, 0, 0.99);
  return force(`leave-org:${org}`, (world, {t, params}) => {
    const {impact = 0.5, leaveRisk = 0.25, leaveSpillover = 0.3, riskDecay = 0.3} = params;
    const v = vectorIndex(world, vector);
    const pol = dimensionIndex("political");
    if (t === onset(shock)) {
      if (world.flags[flag] !== 1) return null; // not a member: nothing to leave
      const anchor = zeros(world);
      const level = zeros(world);
      if (v >= 0) {
        anchor[v * D + d] = -world.anchor[v * D + d]! * m;
        level[v * D + d] = -world.level[v * D + d]! * m * impact;
        if (d !== pol) anchor[v * D + pol] = -world.anchor[v * D + pol]! * m * leaveSpillover;
      }
      return {anchor, level, risk: leaveRisk * weight, flags: {[flag]: 0}};
    }
    if (world.flags[flag] !== 0 || t < onset(shock)) return null;
    if (t === ending(shock)) {
      const anchor = zeros(world);
      if (v >= 0) {
        anchor[v * D + d] = (world.anchor[v * D + d]! * m) / (1 - m);
        const spill = m * leaveSpillover;
        if (d !== pol) anchor[v * D + pol] = (world.anchor[v * D + pol]! * spill) / (1 - spill);
      }
      return {anchor, flags: {[flag]: 1}};
    }
    // Outside the bloc, exposure persists: renew half the jump's worth of risk against its decay.
    return {risk: 0.5 * leaveRisk * weight * riskDecay};
  });
}
