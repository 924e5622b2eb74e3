import {serve as nodeServe} from "@hono/node-server";
import {randomBytes} from "node:crypto";
import {existsSync} from "node:fs";
import {join} from "node:path";
import {PROJECT_ROOT, type Store} from "../app/index.js";
import {createApp} from "./app.js";

export interface ServeOptions {
  store: Store;
  port: number;
  host: string;
  /** Write token; generated when absent. */
  token?: string;
}

/** Starts the HTTP server and resolves once it listens, with its URL and token. */
export async function serve({store, port, host, token}: ServeOptions) {
  const webRoot = join(PROJECT_ROOT, "dist", "web");
  const deps = {
    store,
    token: token ?? randomBytes(18).toString("base64url"),
    ...(existsSync(webRoot) ? {webRoot} : {})
  };
  const app = createApp(deps);
  return new Promise<{url: string; token: string; generated: boolean; close: () => Promise<void>}>(
    (resolve, reject) => {
      // The URL is announced once the dashboard's first measures are computed, so the first visit is fast.
      const server = nodeServe({fetch: app.fetch, port, hostname: host}, async (info) => {
        await warm(app);
        resolve({
          url: `http://${host.includes(":") ? `[${host}]` : host}:${info.port}/`,
          token: deps.token,
          generated: token === undefined,
          close: () => new Promise((r) => server.close(() => r()))
        });
      });
      server.on("error", reject);
    }
  );
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
