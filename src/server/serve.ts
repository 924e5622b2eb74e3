import {getRequestListener} from "@hono/node-server";
import {randomBytes} from "node:crypto";
import {createServer} from "node:http";
import {existsSync} from "node:fs";
import {join} from "node:path";
import type {Store} from "../app/context.js";
import {PROJECT_ROOT} from "../app/init.js";
import {createMeasurePool} from "../app/measure-pool.js";
import {createReadPool, type ReadPool} from "../app/read-pool.js";
import {IssueError} from "../domain/index.js";
import {createApp, readCacheFor, storeVersionOf} from "./app.js";
import {hostAllowed} from "./limits.js";
import {closeSimulationJobs} from "./routes/index.js";

export interface ServeOptions {
  store: Store;
  port: number;
  host: string;
  /** Write token; generated when absent. */
  token?: string;
  /** Origins allowed to read the API from a browser (CORS); none when absent. */
  cors?: readonly string[];
  /** How long `close()` waits for the requests being answered; CLOSE_GRACE_MS when absent. */
  closeGraceMs?: number;
}

/** How long closing the server waits for the requests being answered (an ingest, a measure) to end. */
export const CLOSE_GRACE_MS = 10_000;

/** Starts the HTTP server and resolves once it listens, with its URL and token. */
export async function serve({store, port, host, token, cors, closeGraceMs = CLOSE_GRACE_MS}: ServeOptions) {
  const webRoot = join(PROJECT_ROOT, "dist", "web");
  const version = storeVersionOf(store);
  const readCache = readCacheFor(store, version);
  const measures = createMeasurePool(store, {version});
  let readPool: ReadPool | undefined;
  // Simulations started through the API finish (and write their rows) before the pools and the store close.
  const closePools = () => closeSimulationJobs(store).then(() => Promise.all([measures.close(), readPool?.close()]));
  const deps = {
    store,
    readCache,
    measures,
    readers: () => (readPool ??= createReadPool({workers: 1})),
    token: token ?? randomBytes(18).toString("base64url"),
    host,
    ...(existsSync(webRoot) ? {webRoot} : {}),
    ...(cors?.length ? {cors} : {})
  };
  const app = createApp(deps);
  // A cache hit is written straight to the socket (stored bytes, stored tag and headers); everything else,
  // and any request whose Host this server does not answer, goes through Hono.
  const honoListener = getRequestListener(app.fetch);
  const allowed = hostAllowed(host);
  const inflight = new Set<Promise<unknown>>();
  const server = createServer((req, res) => {
    let served = false;
    try {
      served = allowed(req.headers.host) && readCache.serveRaw(req, res);
    } catch {
      // A URL the fast path cannot parse is Hono's to answer (with its 400), never a crash.
      served = res.headersSent;
    }
    if (served) return;
    // Requests being answered are kept until they end: closing waits for them (an ingest commits and gets its
    // answer) before the store closes.
    const answer = Promise.resolve(honoListener(req, res)).catch(() => undefined);
    inflight.add(answer);
    void answer.finally(() => inflight.delete(answer));
  });
  return new Promise<{
    url: string;
    token: string;
    generated: boolean;
    /** How many requests are being answered now (an ingest being read or committed, a measure): what close waits for. */
    answering: () => number;
    close: () => Promise<void>;
  }>((resolve, reject) => {
    // The URL is announced as soon as the server listens; the dashboard's first measures are computed
    // right after, in the background (a visitor who comes first waits for that same computation, not a second one).
    let warming: Promise<void> = Promise.resolve();
    server.listen(port, host, () => {
      const info = server.address() as {port: number};
      resolve({
        url: `http://${host.includes(":") ? `[${host}]` : host}:${info.port}/`,
        token: deps.token,
        generated: token === undefined,
        answering: () => inflight.size,
        close: () =>
          // No new connection is taken; idle keep-alive ones are closed; the requests being answered (an
          // ingest's commit, a measure) and the warm-up's queries finish, within closeGraceMs, before the
          // pools close and the caller closes the store. Connections still open after that are cut.
          new Promise((r) => {
            server.close();
            server.closeIdleConnections();
            const grace = new Promise((g) => setTimeout(g, closeGraceMs).unref());
            void Promise.race([Promise.allSettled([warming, ...inflight]), grace]).then(() => {
              server.closeAllConnections();
              void closePools().then(() => r());
            });
          })
      });
      warming = warm(app).catch(() => undefined);
    });
    server.on("error", (e: NodeJS.ErrnoException) => {
      void closePools();
      reject(listenError(e, host, port));
    });
  });
}

/** A listen failure as a message for a person (a port in use, a host that is not ours), not a stack. */
function listenError(e: NodeJS.ErrnoException, host: string, port: number): Error {
  const where = `${host.includes(":") ? `[${host}]` : host}:${port}`;
  const reason =
    e.code === "EADDRINUSE"
      ? "the port is in use (another Multivector or another program): choose another with --port or PORT"
      : e.code === "EACCES"
        ? "permission denied (ports below 1024 need privileges): choose another with --port or PORT"
        : e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND"
          ? "no such interface on this machine: choose another with --host or HOST"
          : (e.message ?? String(e)).split("\n")[0];
  return new IssueError([{code: "cannot_listen", message: `Cannot listen on ${where}: ${reason}`}]);
}

/** The dashboard's first requests, computed once at start so the first visitor does not wait for them. */
const WARM_URLS = [
  ["/api/measures/balance", {focal: "KAZ", vectors: "RUS,CHN,USA,EU,TUR", triangle: "RUS,CHN,USA"}],
  ["/api/measures/influence", {focal: "KAZ", vectors: "RUS,CHN,USA,EU,TUR"}]
] as const;

async function warm(app: ReturnType<typeof createApp>): Promise<void> {
  for (const [path, params] of WARM_URLS) {
    await Promise.resolve(app.request(`${path}?${new URLSearchParams(params)}`)).catch(() => undefined);
  }
}
