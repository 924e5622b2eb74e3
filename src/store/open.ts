import {homedir} from "node:os";
import {join} from "node:path";
import {IssueError} from "../domain/index.js";
import {ClickHouseEvents, parseClickHouseUrl} from "./clickhouse/events.js";
import {openDuckDBStore} from "./duckdb/store.js";
import type {EventsPort, Store} from "./ports.js";

/** Where the embedded store lives when neither `--store` nor `MULTIVECTOR_STORE` says otherwise. */
export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MULTIVECTOR_STORE) return env.MULTIVECTOR_STORE;
  const base = env.XDG_DATA_HOME || join(homedir(), ".local", "share");
  return join(base, "multivector", "multivector.duckdb");
}

/** Which engines a store uses. */
export interface StoreLocation {
  /** The embedded store: a file path, `duckdb:<path>`, or ":memory:". */
  store: string;
  /**
   * Where events live: absent (or `duckdb:`) for the embedded store, or
   * `clickhouse://host:port[,host:port…][?database=…&cluster=…]` for a ClickHouse server or shards.
   */
  events?: string;
}

/** The embedded store's path from a location (`duckdb:` prefix removed). */
export function embeddedPath(location: string): string {
  return location.startsWith("duckdb:") ? location.slice("duckdb:".length) || ":memory:" : location;
}

/**
 * Opens the store: the embedded DuckDB file for every port, and the events port on ClickHouse when
 * `events` is a `clickhouse://` URL. The only place that names an engine.
 */
export async function openStore(location: StoreLocation): Promise<Store> {
  const path = embeddedPath(location.store);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path))
    throw new IssueError([
      {
        code: "store_url",
        path: ["store"],
        message: `Cannot open store "${location.store}": the store is a file path (or duckdb:<path>); ClickHouse holds events only: set it with --events or MULTIVECTOR_EVENTS`
      }
    ]);
  const eventsUrl = location.events?.trim();
  if (!eventsUrl || eventsUrl === "duckdb:" || eventsUrl === "duckdb") return openDuckDBStore(path);
  if (!eventsUrl.startsWith("clickhouse://"))
    throw new IssueError([
      {
        code: "events_url",
        path: ["events"],
        message: `Cannot use events engine "${eventsUrl}": expected duckdb: or clickhouse://host:port[,host:port…][?database=…]`
      }
    ]);
  const options = parseClickHouseUrl(eventsUrl);
  let events: EventsPort;
  try {
    events = await ClickHouseEvents.open(options);
  } catch (e) {
    throw new IssueError([
      {
        code: "events_unavailable",
        path: ["events"],
        message: `Cannot open events engine "${eventsUrl}": ${(e as Error).message}`
      }
    ]);
  }
  return openDuckDBStore(path, {events, eventsLocation: eventsUrl});
}
