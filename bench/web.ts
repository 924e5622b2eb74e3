// The dashboard's speed: the overview's first meaningful render with the built bundle (target < 1.5 s), the API's
// p95 latency under 50 concurrent clients on loopback (target < 50 ms; each endpoint hammered for a bounded time),
// and the bundle's size. The server runs in its own process (`multivector serve --seed` over a temp store) so the
// load generator does not share its event loop.
// Run: `node --import tsx bench/web.ts` or `npm run bench -- web`.
import {spawn, type ChildProcess} from "node:child_process";
import {Agent, request} from "node:http";
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from "node:fs";
import {cpus, loadavg, tmpdir} from "node:os";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {gzipSync} from "node:zlib";
import {PROJECT_ROOT} from "../src/app/index.js";
import {launchBrowser} from "../test/helpers/browser.js";
import {ensureWebBuild} from "../test/helpers/server.js";

const TARGETS = {renderMs: 1500, p95Ms: 50, bundleGzipKb: 250} as const;
const LOAD = {clients: 50, seconds: Number(process.env.BENCH_WEB_SECONDS ?? 3), renders: 5} as const;

/** Starts `multivector serve --seed --port 0` over a temp store; resolves with its URL once it listens. */
async function startServerProcess(): Promise<{url: string; child: ChildProcess; dispose: () => Promise<void>}> {
  const dir = mkdtempSync(join(tmpdir(), "multivector-bench-web-"));
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(PROJECT_ROOT, "src/cli/main.ts"), "serve", "--seed", "--port", "0"],
    {
      cwd: PROJECT_ROOT,
      env: {...process.env, MULTIVECTOR_STORE: join(dir, "bench.duckdb"), MULTIVECTOR_TOKEN: "bench"},
      stdio: ["ignore", "pipe", "pipe"]
    }
  );
  let err = "";
  child.stderr!.on("data", (d) => (err += String(d)));
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`server did not start in 180 s:\n${err}`)), 180_000);
    child.stdout!.on("data", (d) => {
      out += String(d);
      const m = /(http:\/\/\S+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${err}`)));
  });
  return {
    url,
    child,
    dispose: async () => {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      rmSync(dir, {recursive: true, force: true});
    }
  };
}

function quantile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo]! + ((sorted[lo + 1] ?? sorted[lo]!) - sorted[lo]!) * (h - lo);
}

/** One GET over a keep-alive agent, body drained (no decoding): the cheapest client, so the figure is the server's. */
function get(url: URL, agent: Agent, gzip = false): Promise<number> {
  const headers: Record<string, string> = {accept: "application/json", ...(gzip ? {"accept-encoding": "gzip"} : {})};
  return new Promise((resolve, reject) => {
    const req = request(url, {agent, headers}, (res) => {
      res.on("data", () => {});
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** `clients` loops GETting `url` for `seconds` over keep-alive connections; latencies in ms, errors counted. */
async function hammer(
  url: string,
  clients: number,
  seconds: number,
  gzip = false
): Promise<{latencies: number[]; errors: number; rps: number}> {
  const agent = new Agent({keepAlive: true, maxSockets: clients});
  const target = new URL(url);
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({length: clients}, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          if ((await get(target, agent, gzip)) !== 200) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    })
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {latencies, errors, rps: latencies.length / ((performance.now() - start) / 1000)};
}

/** Median time from navigation start to the overview's first chart (or its empty/error state), over `n` cold loads. */
async function overviewRender(url: string, n: number): Promise<{median: number; all: number[]; drew: string}> {
  const browser = await launchBrowser();
  const all: number[] = [];
  let drew = "";
  try {
    for (let i = 0; i < n; ++i) {
      const context = await browser.newContext({viewport: {width: 1280, height: 800}});
      const page = await context.newPage();
      await page.goto(`${url}#/overview`, {waitUntil: "commit"});
      const handle = await page.waitForFunction(
        () => {
          const el = document.querySelector(
            "#triangle svg, #measures svg, #triangle [data-state=error], #triangle [data-state=empty]"
          );
          return el
            ? {at: performance.now(), what: el.tagName === "svg" ? "chart" : (el.getAttribute("data-state") ?? "")}
            : null;
        },
        undefined,
        {polling: "raf", timeout: 30_000}
      );
      const r = (await handle.jsonValue()) as {at: number; what: string};
      all.push(r.at);
      drew = r.what;
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const sorted = [...all].sort((a, b) => a - b);
  return {median: quantile(sorted, 0.5), all, drew};
}

/** Sizes of the built bundle's JS and CSS, raw and gzipped, in KB. */
function bundleSize(): {jsKb: number; jsGzKb: number; cssKb: number; largestKb: number; files: number} {
  const dir = join(PROJECT_ROOT, "dist", "web", "assets");
  let js = 0,
    gz = 0,
    css = 0,
    largest = 0,
    files = 0;
  for (const f of readdirSync(dir)) {
    const path = join(dir, f);
    if (f.endsWith(".js")) {
      const buf = readFileSync(path);
      js += buf.length;
      gz += gzipSync(buf).length;
      largest = Math.max(largest, buf.length);
      files++;
    } else if (f.endsWith(".css")) css += statSync(path).size;
  }
  return {jsKb: js / 1024, jsGzKb: gz / 1024, cssKb: css / 1024, largestKb: largest / 1024, files};
}

const fmt = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "–");
function row(cells: (string | number)[]): string {
  return cells.map((c, i) => String(c).padEnd([80, 10, 10, 8][i] ?? 10)).join("");
}

export async function bench(): Promise<void> {
  ensureWebBuild();
  const server = await startServerProcess();
  try {
    const doc = (await (await fetch(new URL("/api/openapi.json", server.url))).json()) as {
      paths: Record<string, unknown>;
    };
    const endpoints = [
      "/api/measures/balance?focal=KAZ&vectors=RUS,CHN,USA,EU,TUR&triangle=RUS,CHN,USA",
      "/api/measures/influence?focal=KAZ&vectors=RUS,CHN,USA,EU,TUR,IRN,IND",
      "/api/actors",
      "/api/memberships?at=2022-01-01",
      "/api/timeline?limit=1000"
    ].filter((e) => e.split("?")[0]! in doc.paths);
    console.log(
      `load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(" ")} on ${cpus().length} cores\n`
    );
    console.log(row(["metric", "ours", "target", "ratio"]));
    const render = await overviewRender(server.url, LOAD.renders);
    const warm = [...render.all.slice(1)].sort((a, b) => a - b);
    console.log(
      row([
        `overview first render, cold (measures computed) ms`,
        fmt(render.all[0]!, 0),
        `< ${TARGETS.renderMs}`,
        fmt(render.all[0]! / TARGETS.renderMs, 2)
      ])
    );
    console.log(
      row([
        `overview first render, median of ${warm.length} later loads (${render.drew}) ms`,
        fmt(quantile(warm, 0.5), 0),
        `< ${TARGETS.renderMs}`,
        fmt(quantile(warm, 0.5) / TARGETS.renderMs, 2)
      ])
    );
    for (const e of endpoints) {
      await hammer(new URL(e, server.url).href, 5, 0.3); // warm up
      const single = await hammer(new URL(e, server.url).href, 1, 1);
      // Both without compression and accepting gzip, as browsers and fetch() do.
      for (const gzip of [false, true]) {
        const r = await hammer(new URL(e, server.url).href, LOAD.clients, LOAD.seconds, gzip);
        const p95 = quantile(r.latencies, 0.95);
        const label = `${e.split("?")[0]} p95 ms, ${gzip ? "gzip" : "identity"} (${LOAD.clients} clients, ${Math.round(r.rps)} req/s, 1 client p50 ${fmt(quantile(single.latencies, 0.5))}${r.errors ? `, ${r.errors} errors` : ""})`;
        console.log(row([label, fmt(p95), `< ${TARGETS.p95Ms}`, fmt(p95 / TARGETS.p95Ms, 2)]));
      }
    }
    const b = bundleSize();
    console.log(
      row([
        `bundle JS gzip KB (${b.files} chunks, ${fmt(b.jsKb, 0)} KB raw, largest ${fmt(b.largestKb, 0)} KB)`,
        fmt(b.jsGzKb),
        `< ${TARGETS.bundleGzipKb}`,
        fmt(b.jsGzKb / TARGETS.bundleGzipKb, 2)
      ])
    );
  } finally {
    await server.dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await bench();
