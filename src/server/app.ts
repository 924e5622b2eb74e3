import {Hono} from "hono";
import {existsSync, readFileSync} from "node:fs";
import {basename, extname, join, normalize} from "node:path";
import {onError, ApiError} from "./errors.js";
import {etag} from "./etag.js";
import {createReadCache, type ReadCache} from "./read-cache.js";
import {MeasureQuery} from "./routes/measures.js";
import {EvidenceQuery} from "./routes/evidence.js";
import {ClaimsQuery, EventsQuery} from "./routes/documents.js";
import {Paging} from "./paging.js";
import type {Env, ServerDeps} from "./env.js";
import {ROUTES} from "./routes/index.js";
import {fallbackPage} from "./fallback.js";
import {formatNegotiation} from "./format.js";
import {cors} from "hono/cors";
import {hostCheck, requestTimeout, securityHeaders} from "./limits.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".map": "application/json"
};

/** GET routes that only read the store: their answers are cached until the store changes. */
const CACHED_READS = /^\/api\/(measures|actors|memberships|corridors|timeline|events|claims|sources)(\/|$)/;

const keys = (schema: {shape: object}) => new Set(Object.keys(schema.shape));
const KNOWN_PARAMS: [RegExp, ReadonlySet<string>][] = [
  [/^\/api\/measures\/(events|nowcast|discourse)$/, keys(EvidenceQuery)],
  [/^\/api\/measures\//, keys(MeasureQuery)],
  [/^\/api\/events$/, keys(EventsQuery)],
  [/^\/api\/claims$/, keys(ClaimsQuery)],
  [/^\/api\/sources$/, keys(Paging)]
];

/** The query parameters a cached read route reads (others do not change its answer, so not its cache key). */
function knownParams(path: string): ReadonlySet<string> | undefined {
  return KNOWN_PARAMS.find(([re]) => re.test(path))?.[1];
}

/** The read cache of a server over `store` (the routes it caches, the parameters each reads, the store's version). */
export function readCacheFor(store: ServerDeps["store"], version = storeVersionOf(store)): ReadCache {
  return createReadCache({storePath: store.path, paths: CACHED_READS, knownParams, version});
}

/**
 * The store's version, as the store reports it: its own commits at once (the server holds the file, so nobody
 * else writes it), and the writes of other processes to an events engine they share (ClickHouse) within a second.
 */
export function storeVersionOf(store: ServerDeps["store"]): () => string {
  return () => store.version();
}

/** Builds the HTTP app: the JSON API under /api and the dashboard at /. Test it with `app.request()`. */
export function createApp(deps: ServerDeps): Hono<Env> {
  const app = new Hono<Env>();
  app.use("*", async (c, next) => {
    c.set("deps", deps);
    await next();
  });
  app.onError(onError);
  app.use("*", hostCheck(deps.host));
  if (deps.cors?.length) {
    // Only the origins named with `serve --cors`: a notebook in the browser may read the API, nothing else may.
    app.use(
      "/api/*",
      cors({
        origin: [...deps.cors],
        allowMethods: ["GET", "HEAD", "POST", "OPTIONS"],
        allowHeaders: ["authorization", "content-type", "if-none-match", "prefer"],
        exposeHeaders: ["etag", "x-warnings", "content-disposition", "retry-after"],
        maxAge: 600
      })
    );
  }
  app.use("*", securityHeaders());
  // The read budget is outside the read cache: a miss's computation (the cache's own request) is not cut short when
  // its client stops waiting, and its answer is kept for the client's next request.
  app.use("/api/*", requestTimeout());
  // A cache hit is answered here: stored bytes, stored tag, stored headers (the security headers included, as the
  // first answer had them).
  app.use(
    "/api/*",
    (deps.readCache ?? readCacheFor(deps.store)).middleware((req) => app.fetch(req))
  );
  app.use("/api/*", formatNegotiation());
  app.use("/api/*", etag());
  // No absolute path in an answer: the store's file name only.
  app.get("/api/health", (c) => c.json({ok: true, store: basename(deps.store.path)}));
  for (const register of ROUTES) register(app);
  app.all("/api/*", (c) => {
    throw new ApiError(404, "not_found", `No such endpoint: ${c.req.method} ${c.req.path}`);
  });
  app.get("*", (c) => {
    const root = deps.webRoot;
    if (!root || !existsSync(join(root, "index.html"))) return c.html(fallbackPage());
    const rel = normalize(decodeURIComponent(c.req.path)).replace(/^(\.\.[/\\])+/, "");
    let file = join(root, rel);
    if (!file.startsWith(root) || !existsSync(file) || rel === "/" || !extname(file)) file = join(root, "index.html");
    const headers: Record<string, string> = {"content-type": TYPES[extname(file)] ?? "application/octet-stream"};
    if (file.includes(`${join(root, "assets")}`)) headers["cache-control"] = "public, max-age=31536000, immutable";
    return c.body(readFileSync(file), 200, headers);
  });
  return app;
}
