import {Store, defaultStorePath} from "../store/index.js";

/** Options every use case accepts: which store to use. */
export interface StoreOptions {
  /** Path of the DuckDB file; ":memory:" for a throwaway store. Defaults to MULTIVECTOR_STORE or the user data dir. */
  store?: string;
}

/** Opens the store chosen by `--store`, `MULTIVECTOR_STORE` or the default path. */
export async function openStore({store}: StoreOptions = {}): Promise<Store> {
  return Store.open(store ?? defaultStorePath());
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

export {Store, defaultStorePath};
