/**
 * The read cache: answers of pure-read GET routes kept as stored bytes, tagged with the store's version. It is
 * filled by a Hono middleware (the first answer goes through the routes) and read twice: by that middleware, and by
 * a `node:http` fast path in front of Hono ({@link ReadCache.serveRaw}) that writes a hit's bytes to the socket
 * without building a Request, a Response or a middleware chain.
 *
 * @module
 */
import type {IncomingMessage, ServerResponse} from "node:http";
import {promisify} from "node:util";
import {gzip as gzipCallback} from "node:zlib";
import type {MiddlewareHandler} from "hono";
import {computeEtag, matchesIfNoneMatch, storeVersion} from "./etag.js";
import {untimedRequest} from "./limits.js";

/**
 * The cache key of a request: its path and its query parameters sorted (so `?a=1&b=2` and `?b=2&a=1` are one
 * entry), keeping only the parameters the route reads when `known` lists them (a cache-busting `?_=123` then hits).
 */
export function cacheKey(url: string, known?: (path: string) => ReadonlySet<string> | undefined): string {
  const q = url.indexOf("?");
  const pathname = new URL(url, "http://x").pathname;
  if (q < 0) return pathname;
  const keep = known?.(pathname);
  const params = [...new URLSearchParams(url.slice(q + 1))]
    .filter(([k]) => !keep || keep.has(k))
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return params.length ? `${pathname}?${new URLSearchParams(params)}` : pathname;
}

/** Options for {@link createReadCache}. */
export interface ReadCacheOptions {
  /** Which GET paths are pure reads of the store (default: none). */
  paths: RegExp;
  /** The store file whose changes invalidate the cache (with its `.wal`); ":memory:" disables caching. */
  storePath: string;
  /** The store's current version (default: {@link storeVersion} of `storePath`, a stat per call). */
  version?: () => string;
  /** The query parameters a path reads: others are left out of the cache key. */
  knownParams?: (path: string) => ReadonlySet<string> | undefined;
  /** Most entries kept (least recently used dropped first). Default 256. */
  maxEntries?: number;
  /** Most bytes of bodies kept. Default 64 MB. */
  maxBytes?: number;
}

/** How long a refusal of a missed key (a 4xx) is given again to a client that asks again (ms). */
const REFUSAL_MS = 60_000;

/** The answer of a miss's computation: its status, headers and bytes, and the entry made of it when it is kept. */
interface FillAnswer {
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
  entry?: CachedEntry;
}

interface CachedEntry {
  body: Uint8Array<ArrayBuffer>;
  /** The body's entity tag, computed once when the entry was made. */
  etag: string;
  /**
   * The body gzipped once, for clients that accept it (bodies over 1 KB): when the first such client asks (an entry
   * only ever read without compression is never compressed).
   */
  gzip?: Uint8Array<ArrayBuffer>;
  /** Whether the body may be gzipped, and whether that is under way. */
  compressible: boolean;
  compressing?: Promise<void>;
  headers: [string, string][];
  /** The headers of a 200 as one object for `node:http` (identity, then gzip), and of a 304: made once. */
  raw: {
    base: Record<string, string>;
    identity: Record<string, string>;
    gzip?: Record<string, string>;
    notModified: Record<string, string>;
  };
  version: string;
}

/** The read cache of one server: a middleware that fills and serves it, and a raw fast path. */
export interface ReadCache {
  /**
   * Hono middleware: serves hits, fills the cache from misses (one computation per key and version, made by a request
   * of the server's own through `fetchApp`, the app itself, so that it runs to its end whoever waits for it).
   */
  middleware(fetchApp: (req: Request) => Response | Promise<Response>): MiddlewareHandler;
  /**
   * Answers a cache hit straight on the socket and returns true; returns false (having written nothing) for
   * anything else, which then goes through Hono. Only GETs without an `Origin` header (CORS is Hono's).
   */
  serveRaw(req: IncomingMessage, res: ServerResponse): boolean;
}

/** True when the request asks for CSV or Parquet (made from the JSON on each request, never cached). */
function wantsExport(accept: string | undefined, url: string): boolean {
  return (
    (accept !== undefined && /csv|parquet/i.test(accept)) ||
    (url.includes("format=") && /[?&]format=(?!json(&|$))/.test(url))
  );
}

const GZIP = /\bgzip\b/;
/** Compression on libuv's thread pool, not on the request thread. */
const gzipAsync = promisify(gzipCallback);

/**
 * Keeps successful answers of pure-read GET routes in memory, keyed by {@link cacheKey} and tagged with the store's
 * version; a write anywhere invalidates them. Concurrent misses for the same key wait for one computation (single
 * flight), so fifty clients asking for the same measure cost one query.
 */
export function createReadCache(options: ReadCacheOptions): ReadCache {
  const maxEntries = options.maxEntries ?? 256;
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const entries = new Map<string, CachedEntry>();
  const inflight = new Map<string, Promise<FillAnswer>>();
  // The server's own requests that compute a miss (they go through the routes, not through the cache).
  const fills = new WeakSet<Request>();
  const refusals = new Map<string, {answer: FillAnswer; at: number}>();
  // Raw request URL → cache key: parsing and sorting the query once per distinct URL, not once per request.
  const keys = new Map<string, string>();
  let bytes = 0;
  const enabled = options.storePath !== ":memory:";
  const versionOf = options.version ?? (() => storeVersion(options.storePath));
  const keyOf = (url: string) => {
    let key = keys.get(url);
    if (key === undefined) {
      key = cacheKey(url, options.knownParams);
      if (keys.size >= 4096) keys.clear();
      keys.set(url, key);
    }
    return key;
  };
  const serve = async (e: CachedEntry, acceptEncoding: string | undefined, ifNoneMatch: string | undefined) => {
    if (ifNoneMatch && matchesIfNoneMatch(ifNoneMatch, e.etag))
      return new Response(null, {status: 304, headers: e.raw.notModified});
    if (gzipFor(e, acceptEncoding)) await compress(e);
    const gzip = gzipFor(e, acceptEncoding) && e.gzip !== undefined;
    return new Response(gzip ? e.gzip! : e.body, {status: 200, headers: gzip ? e.raw.gzip! : e.raw.identity});
  };
  const remember = (key: string, e: CachedEntry) => {
    const old = entries.get(key);
    if (old) bytes -= old.body.length;
    entries.set(key, e);
    bytes += e.body.length;
    for (const [k, v] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      entries.delete(k);
      bytes -= v.body.length;
    }
  };
  /** Whether a client accepting `acceptEncoding` is to get `e` gzipped. */
  const gzipFor = (e: CachedEntry, acceptEncoding: string | undefined): boolean =>
    e.compressible && acceptEncoding !== undefined && GZIP.test(acceptEncoding);
  /** Gzips an entry's body once (on libuv's thread pool); later callers wait for the same work. */
  const compress = (e: CachedEntry): Promise<void> =>
    (e.compressing ??= gzipAsync(e.body, {level: 6}).then(
      (g) => {
        const gzip = new Uint8Array(g);
        e.raw.gzip = {...e.raw.base, "content-length": String(gzip.byteLength), "content-encoding": "gzip"};
        e.gzip = gzip;
      },
      () => {
        e.compressible = false;
      }
    ));
  const hitFor = (url: string): CachedEntry | undefined => {
    const key = keyOf(url);
    const hit = entries.get(key);
    if (!hit || hit.version !== versionOf()) return undefined;
    entries.delete(key);
    entries.set(key, hit); // most recently used last
    return hit;
  };
  const makeEntry = async (
    res: Response,
    body: Uint8Array<ArrayBuffer>,
    version: string,
    acceptEncoding: string | undefined
  ): Promise<CachedEntry> => {
    const tag = res.headers.get("etag") ?? computeEtag(body);
    const vary = res.headers.get("vary");
    const headers: [string, string][] = [
      ...[...res.headers.entries()].filter(([k]) => k !== "content-length" && k !== "etag" && k !== "vary"),
      ["etag", tag],
      ["x-cache", "hit"],
      ["vary", vary && !/accept-encoding/i.test(vary) ? `${vary}, accept-encoding` : (vary ?? "accept-encoding")]
    ];
    const base = Object.fromEntries(headers);
    const notModified = Object.fromEntries(
      headers.filter(([k]) => k !== "content-type" && k !== "content-length" && k !== "content-encoding")
    );
    const entry: CachedEntry = {
      body,
      compressible: body.length > 1024 && !res.headers.has("content-encoding"),
      etag: tag,
      headers,
      raw: {base, identity: {...base, "content-length": String(body.byteLength)}, notModified},
      version
    };
    // The client that made the entry accepts gzip: compressed now, so it gets it.
    if (gzipFor(entry, acceptEncoding)) await compress(entry);
    return entry;
  };
  return {
    serveRaw(req, res) {
      if (!enabled || req.method !== "GET" || req.headers.origin !== undefined) return false;
      const url = req.url ?? "";
      const q = url.indexOf("?");
      if (!options.paths.test(q < 0 ? url : url.slice(0, q))) return false;
      if (wantsExport(req.headers.accept, url)) return false;
      const e = hitFor(url);
      if (!e) return false;
      const inm = req.headers["if-none-match"];
      if (inm && matchesIfNoneMatch(inm, e.etag)) {
        res.writeHead(304, e.raw.notModified);
        res.end();
        return true;
      }
      const gzip = gzipFor(e, req.headers["accept-encoding"]);
      // Its first gzip is made on Hono's path (which can wait for it); every later one is sent from here.
      if (gzip && !e.gzip) return false;
      res.writeHead(200, gzip ? e.raw.gzip! : e.raw.identity);
      res.end(gzip ? e.gzip : e.body);
      return true;
    },
    middleware(fetchApp) {
      return async (c, next) => {
        if (!enabled || c.req.method !== "GET" || !options.paths.test(c.req.path) || fills.has(c.req.raw))
          return next();
        // Only JSON answers are cached (CSV and Parquet exports are made from them on each request).
        if (wantsExport(c.req.header("accept"), c.req.url)) return next();
        // Keyed by path and query only, so a request made in-process (the start-up warm-up) serves the browser too.
        const url = c.req.url;
        const hit = hitFor(url.slice(url.indexOf("/", url.indexOf("//") + 2)));
        if (hit) {
          c.res = await serve(hit, c.req.header("accept-encoding"), c.req.header("if-none-match"));
          return;
        }
        const key = keyOf(url.slice(url.indexOf("/", url.indexOf("//") + 2)));
        const version = versionOf();
        const pending = inflight.get(`${version} ${key}`) ?? refusal(`${version} ${key}`);
        const answer = await (pending ?? fill(c.req.raw, key, version, fetchApp));
        if (answer.entry && (pending || matchesIfNoneMatch(c.req.header("if-none-match") ?? "", answer.entry.etag))) {
          c.res = await serve(answer.entry, c.req.header("accept-encoding"), c.req.header("if-none-match"));
          return;
        }
        c.res = new Response(answer.body, {status: answer.status, headers: answer.headers});
      };
    }
  };

  /**
   * A refusal (4xx: a bad query) of a key at a version, kept {@link REFUSAL_MS}: a client whose request was answered
   * "still computing" while the refusal was made gets it when it asks again (it is the same at that version), instead
   * of a new computation that may outlast its wait again.
   */
  function refusal(vk: string): Promise<FillAnswer> | undefined {
    const r = refusals.get(vk);
    if (r && Date.now() - r.at < REFUSAL_MS) return Promise.resolve(r.answer);
    if (r) refusals.delete(vk);
    return undefined;
  }
  function remember4xx(vk: string, answer: FillAnswer): void {
    if (refusals.size >= 256) refusals.clear();
    refusals.set(vk, {answer, at: Date.now()});
  }

  /**
   * Computes the answer of a missed key apart from the request that missed it: a request of the server's own (the
   * client's URL and headers, without its conditions), which no timeout cuts short. A client that stops waiting
   * (its read budget spent) leaves the computation running; its answer is remembered, and a client asking again while
   * it runs waits for the same one. Concurrent misses of a key and version wait for one computation.
   */
  function fill(
    req: Request,
    key: string,
    version: string,
    fetchApp: (req: Request) => Response | Promise<Response>
  ): Promise<FillAnswer> {
    const headers = new Headers(req.headers);
    for (const h of ["if-none-match", "if-modified-since", "prefer"]) headers.delete(h);
    const own = untimedRequest(new Request(req.url, {method: "GET", headers}));
    fills.add(own);
    const p = Promise.resolve().then(async (): Promise<FillAnswer> => {
      try {
        const res = await fetchApp(own);
        const body = new Uint8Array(await res.arrayBuffer());
        const answer: FillAnswer = {status: res.status, headers: [...res.headers.entries()], body};
        if (res.status >= 400 && res.status < 500 && res.status !== 429) remember4xx(`${version} ${key}`, answer);
        if (res.status !== 200 || versionOf() !== version) return answer;
        const entry = await makeEntry(res, body, version, req.headers.get("accept-encoding") ?? undefined);
        remember(key, entry);
        return {...answer, entry};
      } finally {
        inflight.delete(`${version} ${key}`);
      }
    });
    inflight.set(`${version} ${key}`, p);
    return p;
  }
}
