import {force, zeros, type Force} from "../dynamics.js";
import {randomNormal} from "../random.js";

/**
 * Mean reversion with noise (an Ornstein–Uhlenbeck step in relative terms): each tie closes `reversion` of the gap
 * to its anchor and moves by `volatility` × level × N(0, 1); risk fades by `riskDecay`. Draws one normal per tie,
 * vectors in scenario order, dimensions in storage order.
 */
export function drift(): Force {
  return force("drift", (world, {random, params}) => {
    const {reversion = 0.15, volatility = 0.04, riskDecay = 0.3} = params;
    const level = zeros(world);
    for (let i = 0; i < level.length; ++i) {
      const x = world.level[i]!;
      level[i] = reversion * (world.anchor[i]! - x) + volatility * x * randomNormal(random);
    }
    return {level, risk: -riskDecay * world.risk};
  });
}
