/**
 * The use cases shared by the CLI and the HTTP API: the only layer that combines the store with
 * the pure stages.
 *
 * @module
 * @example
 * ```ts
 * await withStore({store: ":memory:"}, async (store) => {
 *   await seedStore(store, {now: new Date().toISOString()});
 *   return resolveActorCode(store, "the Kremlin"); // "RUS"
 * });
 * ```
 */
export {defaultStorePath, openStore, type Store, type StoreOptions, withStore} from "./context.js";
export {entityTag, sha256} from "./hash.js";
export {
  DATASET_SEEDERS,
  type DatasetSeeder,
  DEFAULT_PACK_DIR,
  hashPackDir,
  packEventToEvent,
  packSourceId,
  PROJECT_ROOT,
  readPack,
  type SeedOptions,
  type SeedProgress,
  type SeedResult,
  seedStore
} from "./init.js";
export {
  cameoCodes,
  countSources,
  listActors,
  listCorridors,
  listMemberships,
  listSources,
  resolveActor,
  resolveActorCode,
  suggestActors,
  timeline,
  type TimelineQuery
} from "./catalog.js";
export {
  type BalanceStart,
  balanceStartingPoint,
  blocMembers,
  blocsOf,
  type DimensionStart,
  EU27_FIXED,
  loadMembershipSpans,
  loadTieIndex,
  measure,
  MEASURE_DEFAULTS,
  MEASURE_NAMES,
  measureAlignment,
  measureBalance,
  measureInfluence,
  measureJson,
  type MeasureName,
  type MeasureOutput,
  measureParameters,
  type MeasureQuery,
  measureRelations,
  type RawMeasureQuery,
  resolveMeasureQuery,
  runMeasure
} from "./measures.js";
export {createReadPool, type ReadPool} from "./read-pool.js";
export {BATCH_INTERRUPT_BUDGET, tuneJitForBatches} from "./jit.js";
export {
  BusyError,
  createMeasurePool,
  MEASURE_POOL_LIMITS,
  type MeasureAnswer,
  type MeasurePool
} from "./measure-pool.js";
export {
  bargain,
  type BargainModel,
  type BargainOptions,
  type BargainOutcome,
  listScenarios,
  loadScenario,
  MAX_BDM_ACTORS,
  MAX_BDM_ROUNDS,
  MAX_INPUT_BYTES,
  parseBargainParams,
  readBargainInput,
  SCENARIO_DIR,
  scenarioFromText,
  type SimulateOptions,
  simulateScenario
} from "./simulate.js";
export {
  measuredShares,
  resolveStart,
  type ScenarioStart,
  START_MODES,
  type StartDimension,
  type StartMode
} from "./scenario-start.js";
export {
  bandLabel,
  describeParameters,
  formatUncertain,
  type LabOptions,
  type LabResult,
  type ParameterRow,
  runLab
} from "./lab.js";
export {BACKTEST_DIR, type BacktestOutcome, listBacktests, runBacktest} from "./backtest.js";
export {
  bargainIssue,
  editInputs,
  ISSUE_DIR,
  type IssueActorInputs,
  IssueFile,
  type IssueInput,
  issueInputs,
  type IssueInputs,
  type IssueOutcome,
  listIssues,
  loadIssue
} from "./bargain-issue.js";
export {JOB_LIMITS, QueueFull, type SimulationJob, SimulationJobs} from "./jobs.js";
export {loadPack} from "../packs/index.js";
export {
  CODER_FILES,
  EXTRA_VERBS_FILE,
  defaultCoder,
  phoenixCoder,
  prepareDefaultCoder,
  readYardstick,
  VALIDATION_FILES,
  validationCoder,
  YARDSTICK_FILES
} from "./coder.js";
export {
  decodeText,
  type DocumentOutcome,
  expandPaths,
  type ExpandedPaths,
  INGEST_DEFAULTS,
  INGEST_FORMATS,
  type IngestFormat,
  type IngestOptions,
  ingestPaths,
  startIngestReaders,
  type IngestProgress,
  type IngestReport,
  type IngestTiming,
  ingestText,
  queryClaims,
  queryEvents,
  queryFigures,
  readingContext,
  type ReadingContext,
  readSidecar,
  type SentenceDetail,
  sourceDetail,
  storeActors
} from "./ingest.js";
export {type GdeltImportOptions, type GdeltImportResult, gdeltSourceId, hashFile, importGdelt} from "./gdelt.js";
export {followFolder, FOLLOW_PATTERN, type FollowedFile, type FollowOptions, type FollowState} from "./follow.js";
export {clusterAround} from "./clusters.js";
export {
  EXPORT_TABLES,
  exportTable,
  tabulate,
  writeParquetExport,
  type ExportName,
  type ExportTable
} from "./exports.js";
export {exportsMarkdown, replaceSection, storeTablesMarkdown} from "./data-docs.js";
export {
  eventCluster,
  measureDiscourse,
  measureEvents,
  measureNowcast,
  structuralAnchor,
  type EventClusterView,
  type EvidenceOutput,
  type EvidenceParams
} from "./evidence.js";
export {
  forecastRegistry,
  resolveForecast,
  syncForecasts,
  type ResolveInput,
  type SyncOptions,
  type SyncReport
} from "./forecasts.js";
export {
  depthMarkdown,
  measuredMethodsSections,
  metricsMarkdown,
  parametersMarkdown,
  replaceMethodsSection
} from "./methods-docs.js";
export {
  advertiseServer,
  advertPath,
  servedToken,
  servingStore,
  storeServedError,
  tokenPath,
  type ServerAdvert
} from "./served.js";
