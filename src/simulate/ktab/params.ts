/**
 * The nine parameters of KTAB's Spatial Model of Politics (SMP), with KTAB's names and defaults.
 *
 * Names are the strings KTAB's own XML reader accepts and its logs print (`smp.h`, `kmodel.h`);
 * {@link normalizeParam} also accepts the longer names used in KTAB_SMP_Tables.md ("Proportional",
 * "OneThirdRA", ...). The enum order is KTAB's, so {@link paramIndex} gives the integer that KTAB's
 * `ScenarioDesc` table stores.
 *
 * @module
 */

/** Every parameter with its allowed values, in KTAB's enum order. */
export const SMP_PARAM_VALUES = {
  /** How victory probability grows with the strength ratio of two coalitions (`VPModel`). */
  victoryProbModel: ["Linear", "Square", "Quartic", "Octic", "Binary"],
  /** Probabilistic Condorcet election model (`PCEModel`). */
  pceModel: ["Conditional", "MarkovIncentive", "MarkovUniform"],
  /** Whether each actor adopts its most likely bargain or draws one (`StateTransMode`). */
  stateTransitions: ["Deterministic", "Stochastic"],
  /** How an actor's vote depends on its difference in utility (`VotingRule`). */
  votingRule: ["Binary", "PropBin", "Prop", "PropCbc", "Cubic", "ASymProsp"],
  /** How far h's estimate of i's risk attitude is anchored on h's own (`BigRAdjust`). */
  bigRAdjust: ["None", "OneThird", "Half", "TwoThirds", "Full"],
  /** The range of risk attitudes inferred from probabilities (`BigRRange`). */
  bigRRange: ["Min", "Mid", "Max"],
  /** How committed a third party is to the side it joins (`ThirdPartyCommit`). */
  thirdPartyCommit: ["NoCommit", "SemiCommit", "FullCommit"],
  /** How two actors interpolate a bargain between their positions (`InterVecBrgn`). */
  interVecBrgn: ["S1P1", "S2P2", "S2PMax"],
  /** Whose interpolation becomes the proposed bargain (`SMPBargnModel`). */
  bargnModel: ["InitOnlyInterp", "InitRcvrInterp", "PWCompInterp"]
} as const;

export type SmpParamName = keyof typeof SMP_PARAM_VALUES;

/** The nine SMP parameters. */
export type SmpParams = {-readonly [K in SmpParamName]: (typeof SMP_PARAM_VALUES)[K][number]};

/** KTAB's defaults (`Model` and `SMPModel` member initialisers), as printed by `smpc`. */
export const DEFAULT_SMP_PARAMS: Readonly<SmpParams> = Object.freeze({
  victoryProbModel: "Linear",
  pceModel: "Conditional",
  stateTransitions: "Deterministic",
  votingRule: "Prop",
  bigRAdjust: "OneThird",
  bigRRange: "Mid",
  thirdPartyCommit: "SemiCommit",
  interVecBrgn: "S2P2",
  bargnModel: "InitOnlyInterp"
});

/** KTAB's default PRNG seed (`KBase::dSeed`), used by `smpc` when none is given. */
export const KTAB_DEFAULT_SEED = 15455440707583219804n;

/** Other spellings accepted on input, mapped to the canonical value. */
const ALIASES: Record<string, string> = {
  proportional: "Prop",
  nora: "None",
  onethirdra: "OneThird",
  halfra: "Half",
  twothirdsra: "TwoThirds",
  fullra: "Full",
  markovi: "MarkovIncentive",
  markovu: "MarkovUniform",
  determinstic: "Deterministic"
};

/**
 * Returns the canonical value of a parameter, accepting case differences and the aliases of
 * KTAB_SMP_Tables.md, or undefined if the value is unknown.
 */
export function normalizeParam<K extends SmpParamName>(name: K, value: string): SmpParams[K] | undefined {
  const allowed = SMP_PARAM_VALUES[name] as readonly string[];
  const v = value.trim();
  const lower = v.toLowerCase().replace(/[\s_-]/g, "");
  const alias = ALIASES[lower];
  const hit = allowed.find((a) => a.toLowerCase() === lower) ?? (alias && allowed.includes(alias) ? alias : undefined);
  return hit as SmpParams[K] | undefined;
}

/** The integer KTAB stores for a parameter value (its enum index). */
export function paramIndex<K extends SmpParamName>(name: K, value: SmpParams[K]): number {
  return (SMP_PARAM_VALUES[name] as readonly string[]).indexOf(value);
}

/** The XML element names KTAB's reader uses for each parameter (`ModelParameters`). */
export const XML_PARAM_ELEMENTS: Readonly<Record<SmpParamName, string>> = {
  victoryProbModel: "VictoryProbModel",
  pceModel: "PCEModel",
  stateTransitions: "StateTransitions",
  votingRule: "VotingRule",
  bigRAdjust: "BigRAdjust",
  bigRRange: "BigRRange",
  thirdPartyCommit: "ThirdPartyCommit",
  interVecBrgn: "InterVecBrgn",
  bargnModel: "BargnModel"
};

/** Other names of the parameters themselves: KTAB's XML elements and its `ScenarioDesc` columns. */
const PARAM_NAME_ALIASES: Record<string, SmpParamName> = {
  probcondorcetelection: "pceModel",
  pcemodel: "pceModel",
  statetransition: "stateTransitions",
  statetransitions: "stateTransitions",
  intervecbargn: "interVecBrgn"
};

/** The parameter a name refers to (ours, KTAB's XML element or KTAB's table column), case-insensitively. */
export function paramName(name: string): SmpParamName | undefined {
  const lower = name.trim().toLowerCase();
  const own = (Object.keys(SMP_PARAM_VALUES) as SmpParamName[]).find((k) => k.toLowerCase() === lower);
  return own ?? PARAM_NAME_ALIASES[lower];
}

/**
 * Resolves parameters over KTAB's defaults, accepting aliases of names and values.
 * Throws on an unknown name or value: callers pass parameters their readers have already checked.
 */
export function resolveParams(...layers: (Partial<Record<string, string>> | undefined)[]): SmpParams {
  const out: SmpParams = {...DEFAULT_SMP_PARAMS};
  for (const layer of layers) {
    for (const [k, v] of Object.entries(layer ?? {})) {
      if (v === undefined) continue;
      const name = paramName(k);
      if (!name) throw new Error(`Unknown SMP parameter "${k}"`);
      const value = normalizeParam(name, v);
      if (value === undefined)
        throw new Error(`Unknown ${name} "${v}": expected one of ${SMP_PARAM_VALUES[name].join(", ")}`);
      (out as Record<SmpParamName, string>)[name] = value;
    }
  }
  return out;
}
