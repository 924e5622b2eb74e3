/**
 * The store: the only folder that speaks SQL or names a database engine. Use cases take the
 * {@link Store} bundle of ports (ports.ts) that {@link openStore} returns; the engines live in
 * duckdb/ (embedded, every port) and clickhouse/ (events at scale).
 *
 * @module
 * @example
 * ```ts
 * const store = await openStore({store: ":memory:"});
 * await store.transaction(() => store.catalog.putActors(actors));
 * const [kaz] = await store.catalog.findActors("Akorda");
 * store.close();
 * ```
 */
export {openStore, defaultStorePath, embeddedPath, type StoreLocation} from "./open.js";
export {
  GdeltCsvUnsupported,
  type ActorMatch,
  type AggregateQuery,
  type AggregateRow,
  type ActorRow,
  type BalanceDatasetKind,
  type DataFile,
  type BulkSourceRecord,
  type CatalogPort,
  type ClaimQuery,
  type FigureQuery,
  type ClusterCount,
  type ClusterListRow,
  type ClusterQuery,
  type EventClusterQuery,
  type EventMonthRow,
  type ForecastClaimRow,
  type ForecastQuery,
  type ForecastsPort,
  type StanceRow,
  type DocumentsPort,
  type EventQuery,
  type EventsPort,
  type GdeltCsvLoad,
  type GdeltCsvRequest,
  type GdeltLoad,
  type IndicatorQuery,
  type IndicatorsPort,
  type MembershipRow,
  type PutSourceOutcome,
  type PutSourcesOutcome,
  type RelationEvidence,
  type RelationRow,
  type RelationsQuery,
  type RollCall,
  type SimulationRecord,
  type SimulationsPort,
  type SourceRecord,
  type SourceSummary,
  type StoreColumn,
  type Store,
  type StoredDocument,
  type StoredSource,
  type TieRow,
  type VoteRow
} from "./ports.js";
export {writeParquet} from "./duckdb/parquet.js";
