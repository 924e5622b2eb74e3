import {Hono} from "hono";
import {existsSync, readFileSync} from "node:fs";
import {extname, join, normalize} from "node:path";
import {onError, ApiError} from "./errors.js";
import {cachedReads, etag} from "./etag.js";
import type {Env, ServerDeps} from "./env.js";
import {ROUTES} from "./routes/index.js";
import {fallbackPage} from "./fallback.js";
import {formatNegotiation} from "./format.js";
import {cors} from "hono/cors";

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

/** Builds the HTTP app: the JSON API under /api and the dashboard at /. Test it with `app.request()`. */
export function createApp(deps: ServerDeps): Hono<Env> {
  const app = new Hono<Env>();
  app.use("*", async (c, next) => {
    c.set("deps", deps);
    await next();
  });
  app.onError(onError);
  if (deps.cors?.length) {
    // Only the origins named with `serve --cors`: a notebook in the browser may read the API, nothing else may.
    app.use(
      "/api/*",
      cors({
        origin: [...deps.cors],
        allowMethods: ["GET", "HEAD", "POST", "OPTIONS"],
        allowHeaders: ["authorization", "content-type", "if-none-match"],
        exposeHeaders: ["etag", "x-warnings", "content-disposition"],
        maxAge: 600
      })
    );
  }
  app.use("/api/*", formatNegotiation());
  app.use("/api/*", etag());
  app.use("/api/*", cachedReads({storePath: deps.store.path, paths: CACHED_READS}));
  app.get("/api/health", (c) => c.json({ok: true, store: deps.store.path}));
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
