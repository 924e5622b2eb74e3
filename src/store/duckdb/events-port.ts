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
import {
  captureKeys,
  ensureEventSummary,
  eventSummaryMonths,
  hasEventSummary,
  keysOfEvents,
  keysOfSources,
  refreshEventSummary
} from "./event-summary.js";
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

  /**
   * The event dimension. Rule "reader" reads the per-dyad, per-day summary the port keeps up at write
   * time (event-summary.ts), built on first use; rule "dyad-day" (and a store where the summary cannot be
   * written) scans the events.
   */
  async eventMonths(q: EventClusterQuery): Promise<EventMonthRow[]> {
    if (q.rule === "reader" && q.vectors.length > 0 && (await this.summaryReady()))
      return eventSummaryMonths(this.db, q);
    return eventMonthAggregates(this.db, q);
  }

  /** "ready": the summary exists and is kept up; "absent": not yet built; undefined: not checked yet. */
  private summary: "ready" | "absent" | "failed" | undefined;

  /** Builds (or checks) the summary once per port; false when it cannot be written (a read-only store). */
  private async summaryReady(): Promise<boolean> {
    if (this.summary === "ready") return true;
    if (this.summary === "failed") return false;
    try {
      await this.db.transaction(() => ensureEventSummary(this.db));
      this.summary = "ready";
      return true;
    } catch {
      this.summary = "failed";
      return false;
    }
  }

  /** Whether writes must keep the summary up (it exists). Call inside the write's transaction. */
  private async keepsSummary(): Promise<boolean> {
    if (this.summary === undefined || this.summary === "absent")
      this.summary = (await hasEventSummary(this.db)) ? "ready" : "absent";
    return this.summary === "ready";
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
    return this.db.transaction(async () => {
      await insertEvents(this.db, events);
      if (events.length > 0 && (await this.keepsSummary()))
        await refreshEventSummary(this.db, keysOfSources([...new Set(events.map((e) => e.sourceId))]));
    });
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
    return this.db.transaction(async () => {
      const keep = await this.keepsSummary();
      if (keep) await captureKeys(this.db, keysOfSources([sourceId]));
      await deleteEventsOf(this.db, sourceId);
      if (keep) await refreshEventSummary(this.db);
    });
  }

  clusterCandidates(
    dyads: readonly (readonly [string, string])[],
    range: {from: string; to: string; pad: number; exceptSources?: readonly string[]}
  ): Promise<Event[]> {
    return clusterCandidates(this.db, dyads, range);
  }

  putClusters(considered: readonly string[], clusters: readonly Cluster[]): Promise<void> {
    return this.db.transaction(async () => {
      await putClusters(this.db, considered, clusters);
      const ids = [...new Set([...considered, ...clusters.flatMap((c) => c.events)])];
      if (ids.length > 0 && (await this.keepsSummary())) await refreshEventSummary(this.db, keysOfEvents(ids));
    });
  }

  listClusters(q: ClusterQuery = {}): Promise<Cluster[]> {
    return listClusters(this.db, q);
  }

  clusterCounts(q: {focal: string; partners: readonly string[]; from?: string; to?: string}): Promise<ClusterCount[]> {
    return clusterCounts(this.db, q);
  }

  async startGdeltLoad(sourceId: string): Promise<GdeltLoad> {
    const load = await startGdeltLoad(this.db, sourceId);
    return {
      ...load,
      finish: async () => {
        const added = await load.finish();
        if (added > 0 && (await this.keepsSummary())) await refreshEventSummary(this.db, keysOfSources([sourceId]));
        return added;
      }
    };
  }

  async insertGdeltCsv(request: GdeltCsvRequest): Promise<GdeltCsvLoad> {
    const load = await insertGdeltCsv(this.db, request);
    if (await this.keepsSummary()) await refreshEventSummary(this.db, keysOfSources([request.sourceId]));
    return load;
  }

  async close(): Promise<void> {
    if (this.owned) this.db.close();
  }
}
