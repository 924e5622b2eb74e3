import type {Event} from "../domain/index.js";
import {countEvents, deleteEventsOf, insertEvents, listEvents, type EventQuery} from "./events.js";
import {aggregateRelations, type RelationRow} from "./measures.js";
import {Store} from "./store.js";

/** The per-month relations of a focal actor with its vectors (both directions), between dates (inclusive, YYYY-MM-DD). */
export interface RelationsQuery {
  focal: string;
  vectors: readonly string[];
  from?: string;
  to?: string;
}

/**
 * The event table in domain terms, whatever engine holds it: embedded DuckDB (the default,
 * {@link DuckDBEventStore}) or a ClickHouse cluster for GDELT-size tables (`ClickHouseEventStore`
 * in clickhouse.ts). One conformance suite (test/store-conformance.test.ts) runs against both.
 */
export interface EventStore {
  readonly engine: "duckdb" | "clickhouse";
  insertEvents(events: readonly Event[]): Promise<void>;
  /** How many events match (limit and offset are ignored). */
  countEvents(query?: EventQuery): Promise<number>;
  /** The events that match, ordered by date then id, paged by limit (default 1000) and offset. */
  listEvents(query?: EventQuery): Promise<Event[]>;
  /** Per directed dyad and month: count, Goldstein sum and mean, net cooperation; by month, source, target. */
  relationsByMonth(query: RelationsQuery): Promise<RelationRow[]>;
  /** Deletes the events of one source; they are gone when the promise resolves. */
  deleteEventsOf(sourceId: string): Promise<void>;
  close(): Promise<void>;
}

/** {@link EventStore} over the embedded DuckDB {@link Store}: a thin wrapper around the store's own query functions. */
export class DuckDBEventStore implements EventStore {
  readonly engine = "duckdb";
  readonly store: Store;
  private readonly owned: boolean;

  /** Wraps an open store; `owned` stores are closed by {@link close}. */
  constructor(store: Store, owned = false) {
    this.store = store;
    this.owned = owned;
  }

  /** Opens (creating if needed) a DuckDB store at `path` (":memory:" for a throwaway one) and owns it. */
  static async open(path?: string): Promise<DuckDBEventStore> {
    return new DuckDBEventStore(await Store.open(path), true);
  }

  insertEvents(events: readonly Event[]): Promise<void> {
    return this.store.transaction(() => insertEvents(this.store, events));
  }

  countEvents(query: EventQuery = {}): Promise<number> {
    return countEvents(this.store, query);
  }

  listEvents(query: EventQuery = {}): Promise<Event[]> {
    return listEvents(this.store, query);
  }

  relationsByMonth(q: RelationsQuery): Promise<RelationRow[]> {
    return aggregateRelations(this.store, {focal: q.focal, partners: q.vectors, from: q.from, to: q.to});
  }

  deleteEventsOf(sourceId: string): Promise<void> {
    return this.store.transaction(() => deleteEventsOf(this.store, sourceId));
  }

  async close(): Promise<void> {
    if (this.owned) this.store.close();
  }
}
