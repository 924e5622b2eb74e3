/**
 * The store: the only folder that speaks SQL. {@link Store} is the connection (embedded DuckDB by
 * default); the sibling files are queries in domain terms that take a Store.
 *
 * @module
 * @example
 * ```ts
 * const store = await Store.open(":memory:");
 * await store.transaction(() => putActors(store, actors));
 * const [kaz] = await findActors(store, "Akorda");
 * ```
 */
export * from "./store.js";
export * from "./schema.js";
export * from "./actors.js";
export * from "./memberships.js";
export * from "./corridors.js";
export * from "./events.js";
export * from "./sources.js";
export * from "./indicators.js";
export * from "./events-engine.js";
export * from "./clickhouse.js";
export {clusterCandidates, clusterCounts, listClusters, putClusters, type ClusterQuery} from "./clusters.js";
export {writeParquet} from "./parquet.js";
export {describeStoreTables, type StoreColumn} from "./describe.js";
