import {D, dimensionIndex, force, vectorIndex, zeros, type Force} from "../dynamics.js";
import {dimensionShare} from "../indicators.js";
import type {ResolvedShock} from "../params.js";
import {clamp, ending, isActive, SANCTIONERS} from "./_shocks.js";

/**
 * Secondary sanctions on `vector ?? target` (e.g. RUS) at intensity `magnitude` (0–1). While on, each step:
 * economic ties with the sanctioned state cost intensity × sanctionsCost × its economic share (lowering prosperity);
 * the focal state de-risks (its economic anchor shrinks by intensity × compliance); and the sanctioning powers
 * (`beneficiaries`, default EU and USA) press: their economic and political anchors shrink by
 * intensity × pressure × the sanctioned state's economic share, so the pressure fades as exposure falls.
 */
export function sanctions(shock: ResolvedShock): Force {
  const target = shock.vector ?? shock.target;
  const pressers = shock.beneficiaries ?? SANCTIONERS;
  const m = clamp(shock.magnitude, 0, 1);
  const econ = dimensionIndex("economic");
  const pol = dimensionIndex("political");
  const flag = `sanctions:${target}`;
  return force(`sanctions:${target}`, (world, {t, params}) => {
    if (t === ending(shock)) return {flags: {[flag]: 0}};
    const v = vectorIndex(world, target);
    if (!isActive(shock, t) || v < 0) return null;
    const {sanctionsCost = 0.3, compliance = 0.08, pressure = 0.04} = params;
    const exposure = dimensionShare(world.level, v, econ);
    const anchor = zeros(world);
    anchor[v * D + econ] = -world.anchor[v * D + econ]! * m * compliance;
    for (const p of pressers) {
      const i = vectorIndex(world, p);
      if (i < 0 || i === v) continue;
      anchor[i * D + econ] = -world.anchor[i * D + econ]! * m * pressure * exposure;
      anchor[i * D + pol] = -world.anchor[i * D + pol]! * m * pressure * exposure;
    }
    return {anchor, cost: m * sanctionsCost * exposure, flags: {[flag]: m}};
  });
}
