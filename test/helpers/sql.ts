import {duckdbOf} from "../../src/store/duckdb/store.js";
import type {DuckDB} from "../../src/store/duckdb/connection.js";
import type {Store} from "../../src/store/index.js";

/** The SQL connection behind a store, for tests that check the file itself. */
export function sql(store: Store): DuckDB {
  const db = duckdbOf(store);
  if (!db) throw new Error("This test needs the embedded DuckDB store");
  return db;
}
