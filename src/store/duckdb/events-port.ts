import type {Cluster, Event} from "../../domain/index.js";
import type {
  ClusterListRow,
  EventClusterQuery,
  EventMonthRow,
  AggregateQuery,
  AggregateRow,
  ClusterCount,
  ClusterQuery,
  EventQuery,
  EventsPort,
  GdeltCsvLoad,
  GdeltCsvRequest,
  GdeltLoad,
  RelationEvidence,
  RelationRow,
  RelationsQuery
} from "../ports.js";
import {DuckDB} from "./connection.js";
import {clusterCandidates, clusterCounts, listClusters, putClusters} from "./clusters.js";
import {countEvents, deleteEventsOf, insertEvents, listEvents} from "./events.js";
import {insertGdeltCsv, startGdeltLoad} from "./gdelt.js";
import {clusterMembers, eventMonthAggregates, eventsByIds, latestEventDate, listEventClusters} from "./evidence.js";
import {aggregateEvents, aggregateRelations, relationEvidence} from "./measures.js";

/**
 * {@link EventsPort} on the embedded DuckDB store: the events table beside everything else, inside
 * the store's transactions (writes made while a transaction runs join it).
 */
export class DuckDBEvents implements EventsPort {
  readonly engine = "duckdb";
  readonly db: DuckDB;
  private readonly owned: boolean;

  /** Wraps an open connection; `owned` connections are closed by {@link close}. */
  constructor(db: DuckDB, owned = false) {
    this.db = db;
    this.owned = owned;
  }

  /** Opens (creating if needed) a DuckDB store at `path` (":memory:" for a throwaway one) and owns it. */
  static async open(path: string): Promise<DuckDBEvents> {
    return new DuckDBEvents(await DuckDB.open(path), true);
  }

  eventMonths(q: EventClusterQuery): Promise<EventMonthRow[]> {
    return eventMonthAggregates(this.db, q);
  }

  eventClusterList(q: EventClusterQuery, limit: number): Promise<{rows: ClusterListRow[]; total: number}> {
    return listEventClusters(this.db, q, limit);
  }

  clusterMembers(key: string, q: {focal: string; vector: string; date: string}): Promise<string[]> {
    return clusterMembers(this.db, key, q);
  }

  eventsByIds(ids: readonly string[]): Promise<Event[]> {
    return eventsByIds(this.db, ids);
  }

  latestEventDate(): Promise<string | undefined> {
    return latestEventDate(this.db);
  }

  insertEvents(events: readonly Event[]): Promise<void> {
    return this.db.transaction(() => insertEvents(this.db, events));
  }

  countEvents(query: EventQuery = {}): Promise<number> {
    return countEvents(this.db, query);
  }

  listEvents(query: EventQuery = {}): Promise<Event[]> {
    return listEvents(this.db, query);
  }

  relationsByMonth(q: RelationsQuery): Promise<RelationRow[]> {
    return aggregateRelations(this.db, {focal: q.focal, partners: q.vectors, from: q.from, to: q.to});
  }

  aggregate(q: AggregateQuery): Promise<AggregateRow[]> {
    return aggregateEvents(this.db, q);
  }

  relationEvidence(q: {source: string; target: string; month: string; limit?: number}): Promise<RelationEvidence[]> {
    return relationEvidence(this.db, q);
  }

  deleteEventsOf(sourceId: string): Promise<void> {
    return this.db.transaction(() => deleteEventsOf(this.db, sourceId));
  }

  clusterCandidates(
    dyads: readonly (readonly [string, string])[],
    range: {from: string; to: string; pad: number}
  ): Promise<Event[]> {
    return clusterCandidates(this.db, dyads, range);
  }

  putClusters(considered: readonly string[], clusters: readonly Cluster[]): Promise<void> {
    return this.db.transaction(() => putClusters(this.db, considered, clusters));
  }

  listClusters(q: ClusterQuery = {}): Promise<Cluster[]> {
    return listClusters(this.db, q);
  }

  clusterCounts(q: {focal: string; partners: readonly string[]; from?: string; to?: string}): Promise<ClusterCount[]> {
    return clusterCounts(this.db, q);
  }

  startGdeltLoad(sourceId: string): Promise<GdeltLoad> {
    return startGdeltLoad(this.db, sourceId);
  }

  insertGdeltCsv(request: GdeltCsvRequest): Promise<GdeltCsvLoad> {
    return insertGdeltCsv(this.db, request);
  }

  async close(): Promise<void> {
    if (this.owned) this.db.close();
  }
}
