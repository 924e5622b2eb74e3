import {createHash} from "node:crypto";
import {statSync, watch, type FSWatcher} from "node:fs";
import {basename, dirname} from "node:path";
import {gzipSync} from "node:zlib";
import type {MiddlewareHandler} from "hono";

/** Options for {@link etag}. */
export interface EtagOptions {
  /** Weak tags (`W/"…"`, default true): the JSON is equal in meaning, not necessarily byte for byte after compression. */
  weak?: boolean;
  /** A Cache-Control header to set on tagged responses (default "no-cache": always revalidate, cheaply). */
  cacheControl?: string | false;
}

const DEFAULTS = {weak: true, cacheControl: "no-cache"} as const;

/** The entity tag of a body: a base64url SHA-1 of its bytes, quoted (and weak unless `weak` is false). */
export function computeEtag(body: Uint8Array | string, weak: boolean = DEFAULTS.weak): string {
  const hash = createHash("sha1").update(body).digest("base64url");
  return `${weak ? "W/" : ""}"${hash}"`;
}

/** True when an If-None-Match header matches `tag` (weak comparison, as RFC 9110 asks for GET). */
export function matchesIfNoneMatch(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = tag.replace(/^W\//, "");
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === bare);
}

/**
 * Middleware: tags successful GET/HEAD responses with an ETag computed from the body, and answers 304 Not Modified
 * (no body) when the request's If-None-Match matches. Streams (text/event-stream) and tagged responses are left alone.
 *
 * @example
 * ```ts
 * app.use("/api/*", etag());            // every API read
 * app.get("/api/things", etag(), handler); // or one route
 * ```
 */
export function etag(options: EtagOptions = {}): MiddlewareHandler {
  const weak = options.weak ?? DEFAULTS.weak;
  const cacheControl = options.cacheControl ?? DEFAULTS.cacheControl;
  return async (c, next) => {
    await next();
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return;
    const res = c.res;
    if (res.status !== 200 || (res.headers.get("content-type") ?? "").includes("event-stream")) return;
    const given = res.headers.get("etag");
    const body = given ? undefined : new Uint8Array(await res.clone().arrayBuffer());
    const tag = given ?? computeEtag(body!, weak);
    const notModified = matchesIfNoneMatch(c.req.header("if-none-match"), tag);
    if (given && !notModified) return;
    const headers = new Headers(res.headers);
    headers.set("etag", tag);
    if (cacheControl && !headers.has("cache-control")) headers.set("cache-control", cacheControl);
    if (notModified) for (const h of ["content-length", "content-type", "content-encoding"]) headers.delete(h);
    // Clear first: Hono's setter would otherwise copy the old response's headers onto the new one.
    c.res = undefined as unknown as Response;
    c.res = notModified
      ? new Response(null, {status: 304, headers})
      : new Response(body!, {status: res.status, statusText: res.statusText, headers});
  };
}

/**
 * The store's version without a file stat per request: a counter bumped by the file system's change
 * notifications for the store file and its WAL (inotify on Linux), joined with the count of commits this
 * process made (`writes()`), so a write is seen at once whoever made it. Falls back to {@link storeVersion}
 * (a stat per call) where the folder cannot be watched.
 */
export function watchStoreVersion(
  path: string,
  writes: () => number = () => 0
): {version: () => string; close: () => void} {
  let changes = 0;
  let watcher: FSWatcher | undefined;
  const name = basename(path);
  try {
    watcher = watch(dirname(path), {persistent: false}, (_event, file) => {
      if (file === null || String(file).startsWith(name)) changes++;
    });
    watcher.on("error", () => {
      watcher?.close();
      watcher = undefined;
    });
  } catch {
    watcher = undefined;
  }
  return {
    version: () => (watcher ? `${writes()}:${changes}` : `${writes()}:${storeVersion(path)}`),
    close: () => watcher?.close()
  };
}

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

/** Options for {@link cachedReads}. */
export interface CachedReadsOptions {
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

interface CachedEntry {
  body: Uint8Array<ArrayBuffer>;
  /** The body's entity tag, computed once when the entry was made. */
  etag: string;
  /** The body gzipped once, for clients that accept it (bodies over 1 KB). */
  gzip?: Uint8Array<ArrayBuffer>;
  headers: [string, string][];
  version: string;
}

/**
 * The store's version as seen from the file system: size and modification time of the DuckDB file and of its
 * write-ahead log. Any committed write changes it (DuckDB appends to the WAL on commit, and a checkpoint rewrites
 * the file), whoever wrote.
 */
export function storeVersion(path: string): string {
  const part = (p: string) => {
    try {
      const st = statSync(p, {bigint: true});
      return `${st.size}:${st.mtimeNs}`;
    } catch {
      return "-";
    }
  };
  return `${part(path)}|${part(`${path}.wal`)}`;
}

/**
 * Middleware: keeps successful answers of pure-read GET routes in memory, keyed by URL and tagged with the store's
 * version ({@link storeVersion}); a write anywhere invalidates them. Concurrent misses for the same URL wait for one
 * computation (single flight), so fifty clients asking for the same measure cost one query. Register it after
 * {@link etag} so conditional requests still get their 304.
 */
export function cachedReads(options: CachedReadsOptions): MiddlewareHandler {
  const maxEntries = options.maxEntries ?? 256;
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const entries = new Map<string, CachedEntry>();
  const inflight = new Map<string, Promise<CachedEntry | undefined>>();
  let bytes = 0;
  const enabled = options.storePath !== ":memory:";
  const versionOf = options.version ?? (() => storeVersion(options.storePath));
  // The stored bytes go out as they are: headers prepared once per entry, no clone, no hash per hit.
  const serve = (e: CachedEntry, acceptEncoding: string | undefined, ifNoneMatch: string | undefined) => {
    if (ifNoneMatch && matchesIfNoneMatch(ifNoneMatch, e.etag)) {
      return new Response(null, {
        status: 304,
        headers: e.headers.filter(([k]) => k !== "content-type" && k !== "content-length" && k !== "content-encoding")
      });
    }
    const gzip = e.gzip !== undefined && acceptEncoding !== undefined && /\bgzip\b/.test(acceptEncoding);
    const body = gzip ? e.gzip! : e.body;
    const headers: [string, string][] = [...e.headers, ["content-length", String(body.byteLength)]];
    if (gzip) headers.push(["content-encoding", "gzip"]);
    return new Response(body, {status: 200, headers});
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
  return async (c, next) => {
    if (!enabled || c.req.method !== "GET" || !options.paths.test(c.req.path)) return next();
    // Only JSON answers are cached (CSV and Parquet exports are made from them on each request).
    const accept = c.req.header("accept");
    if (
      (accept !== undefined && /csv|parquet/i.test(accept)) ||
      (c.req.url.includes("format=") && /[?&]format=(?!json(&|$))/.test(c.req.url))
    )
      return next();
    // Keyed by path and query only, so a request made in-process (the start-up warm-up) serves the browser too.
    const key = cacheKey(c.req.url, options.knownParams);
    const version = versionOf();
    const hit = entries.get(key);
    if (hit && hit.version === version) {
      entries.delete(key);
      entries.set(key, hit); // most recently used last
      c.res = serve(hit, c.req.header("accept-encoding"), c.req.header("if-none-match"));
      return;
    }
    const pending = inflight.get(`${version} ${key}`);
    if (pending) {
      const e = await pending;
      if (e) {
        c.res = serve(e, c.req.header("accept-encoding"), c.req.header("if-none-match"));
        return;
      }
      return next();
    }
    let settle!: (e: CachedEntry | undefined) => void;
    inflight.set(`${version} ${key}`, new Promise((r) => (settle = r)));
    try {
      await next();
      const res = c.res;
      if (res.status !== 200 || versionOf() !== version) {
        settle(undefined);
        return;
      }
      const body = new Uint8Array(await res.clone().arrayBuffer());
      const entry: CachedEntry = {
        body,
        ...(body.length > 1024 && !res.headers.has("content-encoding")
          ? {gzip: new Uint8Array(gzipSync(body, {level: 6}))}
          : {}),
        etag: res.headers.get("etag") ?? computeEtag(body),
        headers: [
          ...[...res.headers.entries()].filter(([k]) => k !== "content-length" && k !== "etag"),
          ["etag", res.headers.get("etag") ?? computeEtag(body)],
          ["x-cache", "hit"],
          ["vary", "accept-encoding"]
        ],
        version
      };
      remember(key, entry);
      settle(entry);
    } catch (e) {
      settle(undefined);
      throw e;
    } finally {
      inflight.delete(`${version} ${key}`);
    }
  };
}
