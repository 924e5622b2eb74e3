import type {MeasurePool, ReadPool, Store} from "../app/index.js";
import type {ReadCache} from "./read-cache.js";

/** What every route can reach: the open store and the write token. */
export interface ServerDeps {
  store: Store;
  /** Bearer token required for writes. */
  token: string;
  /** Folder of the built dashboard (dist/web), when it exists. */
  webRoot?: string;
  /** Origins allowed to read the API from a browser (CORS), from `serve --cors`; none by default. */
  cors?: readonly string[];
  /** The interface the server listens on: on loopback, requests for other Host names are refused. */
  host?: string;
  /** The read cache (made by `createApp` when absent); `serve` shares it with its raw fast path. */
  readCache?: ReadCache;
  /** Worker threads for the structural measures (`serve` starts them); absent: computed on the request thread. */
  measures?: MeasurePool;
  /** Reader threads for large ingests, started on first use (`serve`); absent: read on the request thread. */
  readers?: () => ReadPool;
}

export type Env = {Variables: {deps: ServerDeps}};
