/**
 * Simulate: bargaining (Bueno de Mesquita's expected-utility model), influence dynamics under shocks and a strategy,
 * and Monte Carlo over sampled parameters. Pure and seeded; only worker.ts, worker-pool.ts and spawn-worker.ts touch threads.
 *
 * @module
 * @example
 * ```ts
 * import {parseScenario, runScenario} from "../simulate/index.js";
 * const parsed = parseScenario(text, {file: "scenarios/leave-csto.yaml"});
 * if (parsed.ok) {
 *   const {bands} = await runScenario(parsed.value, {runs: 2000, workers: 2});
 *   bands.filter((b) => b.measure === "entropy"); // p05 … p95 per step, for a fan chart
 * }
 * ```
 */
export {bdm, BDM_DEFAULTS} from "./bdm.js";
export type {
  BdmActor,
  BdmForecast,
  BdmMove,
  BdmOffer,
  BdmOptions,
  BdmOutcome,
  BdmResult,
  BdmRisk,
  BdmRound
} from "./bdm.js";
export {parseBdmCsv, type ParseBdmCsvOptions} from "./bdm-csv.js";
export {parseScenario, type ParseScenarioOptions} from "./parse-scenario.js";
export {backtest, type BacktestResult, type BacktestRow, type ObservedShares} from "./backtest.js";
export {
  runScenarioSync,
  simulateRun,
  simulateRuns,
  simulateSetup,
  baselineOf,
  armsOf,
  assertComparable,
  MONTE_CARLO_DEFAULTS
} from "./monte-carlo.js";
export type {ArmSummary, Band, DominantRow, MonteCarloOptions, MonteCarloResult, ShareRow} from "./monte-carlo.js";
export {
  runScenario,
  runSensitivity,
  runSmpOnWorkers,
  createScenarioPool,
  type RunScenarioOptions,
  type ScenarioPool,
  type SensitivityOptions
} from "./worker-pool.js";
export {spawnWorker} from "./spawn-worker.js";
export {
  sensitivityPlan,
  sensitivitySync,
  sensitivityOutputs,
  outputLabel,
  SENSITIVITY_DEFAULTS,
  type SensitivityGroup,
  type SensitivityIndex,
  type SensitivityInput,
  type SensitivityOutput,
  type SensitivityPlan,
  type SensitivityResult
} from "./sensitivity.js";
export {apply, createWorld, run, step, force, DIMENSIONS} from "./dynamics.js";
export type {Delta, Force, StepContext, World} from "./dynamics.js";
export {
  forcesFor,
  drift,
  tieShock,
  leaveOrg,
  joinOrg,
  corridor,
  sanctions,
  war,
  hedge,
  bandwagon,
  balanceAgainst
} from "./forces/index.js";
export {
  PARAM_DEFAULTS,
  PARAM_INFO,
  PARAM_NAMES,
  PARAMS_USED,
  MAGNITUDE_INFO,
  STRATEGY_DEFAULTS,
  STRATEGY_INFO,
  noiseStream,
  paramsUsed,
  resolveRun,
  shockKeys,
  type ParamInfo,
  type ParamName,
  type ResolvedShock,
  type RunSetup
} from "./params.js";
export {MEASURES, autonomy, combinedShares, dimensionWeights, type MeasureName} from "./indicators.js";
export {herfindahl, normalizedEntropy, dominantIndex, sharesInto} from "../measure/share-indices.js";
export {QUANTILES, quantileSorted} from "./quantiles.js";
export {randomXoshiro, runStream, keyedStream, randomNormal, sampleUncertain, type Random} from "./random.js";
// KTAB's spatial model of politics (SMP), ported by another engineer under ./ktab.
export {
  type Agreement,
  compareWithKtabLog,
  DEFAULT_SMP_PARAMS,
  DEFAULT_TOLERANCE,
  detectSmpFormat,
  fnv1a64,
  KTAB_DEFAULT_SEED,
  type KtabComparison,
  type KtabReferenceLog,
  type KtabTolerance,
  normalizeParam,
  paramIndex,
  paramName,
  parseKtabCsv,
  parseKtabLog,
  type ParseKtabOptions,
  parseKtabXml,
  parseSmpInput,
  type ParseSmpInputOptions,
  parseSmpJson,
  resolveParams,
  runSmp,
  type RunSmpOptions,
  scenarioHash,
  SMP_PARAM_VALUES,
  type SmpActor,
  type SmpBargain,
  type SmpInputFormat,
  type SmpParamName,
  type SmpParams,
  type SmpPositionRow,
  smpPositionRows,
  type SmpResult,
  type SmpScenario,
  type SmpStateResult,
  victoryProbability,
  smpSteps,
  performSmpWork,
  itemCost,
  MEANWHILE,
  type SmpAllocator,
  type SmpWork,
  type BargainWork,
  type CoalitionWork
} from "./ktab/index.js";
export {splitWork} from "./smp-team.js";
