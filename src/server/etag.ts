import {entityTag} from "../app/hash.js";
import {statSync} from "node:fs";
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
  return entityTag(body, weak);
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
