import {D, dimensionIndex, force, vectorIndex, zeros, type Force} from "../dynamics.js";
import type {ResolvedShock} from "../params.js";
import {clamp, ending, onset, ORGANIZATIONS} from "./_shocks.js";

/**
 * Joining an organization: flag `member:ORG` becomes 1; the lead vector's tie in the organization's dimension gains
 * `magnitude` (0.3 = +30%) on its anchor and `impact` of that at once; joining a security organization lowers risk by
 * half of `leaveRisk`. A `duration` means leaving again when it ends (the anchor gain is undone).
 */
export function joinOrg(shock: ResolvedShock): Force {
  const org = shock.target;
  const flag = `member:${org}`;
  const known = ORGANIZATIONS[org.toUpperCase()];
  const vector = shock.vector ?? known?.vector;
  const d = dimensionIndex(shock.dimension ?? known?.dimension ?? "security");
  const security = d === dimensionIndex("security");
  const m = clamp(shock.magnitude, 0, Infinity);
  return force(`join-org:${org}`, (world, {t, params}) => {
    const {impact = 0.5, leaveRisk = 0.25} = params;
    const v = vectorIndex(world, vector);
    if (t === onset(shock)) {
      if (world.flags[flag] === 1) return null; // already a member
      const anchor = zeros(world);
      const level = zeros(world);
      if (v >= 0) {
        anchor[v * D + d] = world.anchor[v * D + d]! * m;
        level[v * D + d] = world.level[v * D + d]! * m * impact;
      }
      return {anchor, level, risk: security ? -leaveRisk / 2 : 0, flags: {[flag]: 1}};
    }
    if (t === ending(shock) && world.flags[flag] === 1) {
      const anchor = zeros(world);
      if (v >= 0) anchor[v * D + d] = (-world.anchor[v * D + d]! * m) / (1 + m);
      return {anchor, flags: {[flag]: 0}};
    }
    return null;
  });
}
