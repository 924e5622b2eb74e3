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
export * from "./context.js";
export * from "./hash.js";
export * from "./init.js";
export * from "./catalog.js";
export * from "./measures.js";
export * from "./simulate.js";
export * from "./scenario-start.js";
export * from "./lab.js";
export * from "./backtest.js";
export * from "./bargain-issue.js";
export * from "./jobs.js";
export {loadPack} from "../packs/index.js";
export * from "./coder.js";
export * from "./ingest.js";
export * from "./gdelt.js";
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
