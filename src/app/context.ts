import {defaultStorePath, embeddedPath, openStore as openStoreAt, type Store} from "../store/index.js";
import {servingStore, storeServedError} from "./served.js";

/** Options every use case accepts: which store to use. */
export interface StoreOptions {
  /** Path of the DuckDB file; ":memory:" for a throwaway store. Defaults to MULTIVECTOR_STORE or the user data dir. */
  store?: string;
  /**
   * Where events live: absent or "duckdb:" for the embedded store, `clickhouse://host:port[,host:port…]` for
   * ClickHouse shards. Defaults to MULTIVECTOR_EVENTS.
   */
  events?: string;
}

/** Opens the store chosen by `--store`/`--events`, `MULTIVECTOR_STORE`/`MULTIVECTOR_EVENTS` or the default path. */
export async function openStore({store, events}: StoreOptions = {}): Promise<Store> {
  const eventsUrl = events ?? process.env.MULTIVECTOR_EVENTS;
  const path = store ?? defaultStorePath();
  try {
    return await openStoreAt({store: path, ...(eventsUrl ? {events: eventsUrl} : {})});
  } catch (e) {
    // The file is locked by a server: say so, and what to do, instead of DuckDB's lock message.
    const served = servingStore(embeddedPath(path));
    if (served) throw storeServedError(served);
    throw e;
  }
}

/** Runs `fn` with an open store and closes it afterwards. */
export async function withStore<T>(options: StoreOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(options);
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

export {defaultStorePath, type Store};
