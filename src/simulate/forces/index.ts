/**
 * The forces of the dynamics, one per file, and {@link forcesFor}, which lists a run's forces in their fixed order:
 * drift, then the shocks in scenario order, then the focal state's strategy.
 *
 * @module
 */
import type {Force} from "../dynamics.js";
import type {ResolvedShock, RunSetup} from "../params.js";
import {balanceAgainst} from "./balance.js";
import {bandwagon} from "./bandwagon.js";
import {corridor} from "./corridor.js";
import {drift} from "./drift.js";
import {hedge} from "./hedge.js";
import {joinOrg} from "./join-org.js";
import {leaveOrg} from "./leave-org.js";
import {sanctions} from "./sanctions.js";
import {tieShock} from "./tie.js";
import {war} from "./war.js";

export {balanceAgainst, bandwagon, corridor, drift, hedge, joinOrg, leaveOrg, sanctions, tieShock, war};
export {CORRIDORS, ORGANIZATIONS, SANCTIONERS, corridorKey} from "./_shocks.js";

const SHOCK_FORCES: Record<ResolvedShock["kind"], (shock: ResolvedShock) => Force> = {
  tie: tieShock,
  "leave-org": leaveOrg,
  "join-org": joinOrg,
  corridor,
  sanctions,
  war
};

/** The forces of one run, in order: drift, each shock, the strategy. */
export function forcesFor(setup: RunSetup): Force[] {
  const forces = [drift(), ...setup.shocks.map((s) => SHOCK_FORCES[s.kind](s))];
  const {kind} = setup.strategy;
  if (kind === "hedge") forces.push(hedge(setup.strategy));
  else if (kind === "bandwagon") forces.push(bandwagon(setup.strategy));
  else if (kind === "balance") forces.push(balanceAgainst(setup.strategy));
  return forces;
}
