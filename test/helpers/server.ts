/**
 * Test helpers: a seeded store in a temp folder, a real server on a free loopback port, and the dashboard
 * build (run once when dist/web is missing or older than its sources).
 *
 * @module
 */
import {spawnSync} from "node:child_process";
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {openStore, PROJECT_ROOT, seedStore, type Store} from "../../src/app/index.js";
import {createApp, serve} from "../../src/server/index.js";
import {clickhouseDatabase, TEST_EVENTS_ON_CLICKHOUSE} from "./clickhouse.js";

/** The time recorded when tests seed a store. */
export const TEST_NOW = "2026-01-01T00:00:00.000Z";

/** The write token the test servers use. */
export const TEST_TOKEN = "test-token";

/** Opens a fresh store in a temp folder and seeds it with the Central Asia pack (and the registered datasets). */
export async function seededStore({datasets = true, events}: {datasets?: boolean; events?: string} = {}): Promise<{
  store: Store;
  dir: string;
  dispose: () => void;
}> {
  const dir = mkdtempSync(join(tmpdir(), "multivector-test-"));
  // Events in the embedded file unless a test gives an events engine (clickhouse://…); never MULTIVECTOR_EVENTS.
  const store = await openStore({store: join(dir, "store.duckdb"), events: events ?? "duckdb:"});
  await seedStore(store, {now: TEST_NOW, datasets});
  return {
    store,
    dir,
    dispose: () => {
      store.close();
      rmSync(dir, {recursive: true, force: true});
    }
  };
}

/** A Hono app over a seeded store, for `app.request()` tests with no socket. */
export async function testApp(options: {datasets?: boolean} = {}) {
  const s = await seededStore(options);
  return {...s, app: createApp({store: s.store, token: TEST_TOKEN})};
}

/**
 * A real HTTP server (serve() on port 0) over a seeded temp store; `close()` stops it and removes the store.
 * With MULTIVECTOR_TEST_EVENTS=clickhouse (and no `events` given) its events live in a database of their
 * own on the ClickHouse shards, dropped on close.
 */
export async function startServer(
  options: {datasets?: boolean; events?: string} = {}
): Promise<{url: string; token: string; store: Store; close: () => Promise<void>}> {
  const ch = options.events === undefined && TEST_EVENTS_ON_CLICKHOUSE ? await clickhouseDatabase("server") : undefined;
  const s = await seededStore({...options, ...(ch ? {events: ch.url} : {})});
  const server = await serve({store: s.store, port: 0, host: "127.0.0.1", token: TEST_TOKEN});
  return {
    url: server.url,
    token: server.token,
    store: s.store,
    close: async () => {
      await server.close();
      s.dispose();
      await ch?.dispose();
    }
  };
}

const WEB_SOURCES = ["src/web", "index.html", "vite.config.ts"];
const WEB_OUT = join(PROJECT_ROOT, "dist", "web");

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((n) => newestMtime(join(path, n))));
}

/** True when dist/web is missing or older than the dashboard's sources. */
export function webBuildStale(): boolean {
  const index = join(WEB_OUT, "index.html");
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return WEB_SOURCES.some((p) => existsSync(join(PROJECT_ROOT, p)) && newestMtime(join(PROJECT_ROOT, p)) > built);
}

/** Runs `vite build` once when dist/web is stale (a lock folder keeps parallel test files from building twice). */
export function ensureWebBuild(): void {
  if (!webBuildStale()) return;
  const lock = join(PROJECT_ROOT, "dist", ".web-build.lock");
  mkdirSync(join(PROJECT_ROOT, "dist"), {recursive: true});
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline)
        throw new Error(`ensureWebBuild: lock ${lock} held for 2 minutes: remove it if no build is running`);
      spawnSync("sleep", ["0.5"]);
    }
  }
  try {
    if (!webBuildStale()) return;
    const vite = join(PROJECT_ROOT, "node_modules", ".bin", "vite");
    const r = spawnSync(vite, ["build", "--config", "vite.config.ts", "--logLevel", "warn"], {
      cwd: PROJECT_ROOT,
      encoding: "utf8"
    });
    if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  } finally {
    rmSync(lock, {recursive: true, force: true});
  }
}
