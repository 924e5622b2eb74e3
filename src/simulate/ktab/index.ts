/**
 * A TypeScript port of KTAB's Spatial Model of Politics (SMP), KAPSARC's open-source
 * bargaining model, that reproduces KTAB's own reference runs.
 *
 * ```ts
 * import {parseKtabCsv, runSmp} from "./simulate/ktab/index.js";
 *
 * const parsed = parseKtabCsv(csvText, {file: "SOE-Policy.csv"});
 * if (parsed.ok) {
 *   const result = runSmp(parsed.value, {seed: 15455440707583219804n, params: {votingRule: "Prop"}});
 *   console.log(result.states.length, result.states.at(-1)?.positions);
 * }
 * ```
 *
 * @module
 */
export {parseKtabCsv, type ParseKtabOptions} from "./parse-csv.js";
export {parseKtabXml} from "./parse-xml.js";
export {parseSmpJson} from "./parse-json.js";
export {parseSmpInput, detectSmpFormat, type SmpInputFormat, type ParseSmpInputOptions} from "./parse.js";
export {
  runSmp,
  smpSteps,
  scenarioHash,
  type RunSmpOptions,
  type SmpAllocator,
  type SmpBargain,
  type SmpResult,
  type SmpStateResult
} from "./smp.js";
export {
  performSmpWork,
  itemCost,
  canSplitAt,
  MEANWHILE,
  jointWork,
  type SmpWork,
  type SimpleWork,
  type JointWork,
  type BargainWork,
  type CoalitionWork
} from "./smp-work.js";
export {smpPositionRows, type SmpPositionRow} from "./rows.js";
export type {SmpActor, SmpScenario} from "./scenario.js";
export {
  DEFAULT_SMP_PARAMS,
  KTAB_DEFAULT_SEED,
  SMP_PARAM_VALUES,
  normalizeParam,
  paramName,
  resolveParams,
  paramIndex,
  type SmpParamName,
  type SmpParams
} from "./params.js";
export {vProbPair as victoryProbability} from "./kernels.js";
export {parseKtabLog, type KtabReferenceLog} from "./reference-log.js";
export {
  compareWithKtabLog,
  DEFAULT_TOLERANCE,
  type KtabComparison,
  type KtabTolerance,
  type Agreement
} from "./compare.js";
export {fnv1a64} from "./hash.js";
