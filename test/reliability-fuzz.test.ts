/**
 * The seeded fuzzer: every OpenAPI route with mutated paths, query strings, headers and bodies, and every file
 * reader (articles as text/HTML/Markdown, GDELT, scenarios, KTAB CSV/XML/JSON, BDM CSV) with mutated bytes.
 * Each case must end in a 2xx/3xx/4xx (never 5xx) within its time, with a message, no stack trace and no
 * absolute path; a reader must return issues (never throw anything but an IssueError); every "201 stored" must be
 * in the store at the end. MULTIVECTOR_FUZZ_API and MULTIVECTOR_FUZZ_FILES set the number of cases (CI: 1500 and
 * 400); MULTIVECTOR_FUZZ_SEED the seed; the figures of a long run are in docs/reliability.md.
 */
import assert from "node:assert/strict";
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, test} from "node:test";
import {ingestPaths, ingestText, PROJECT_ROOT} from "../src/app/index.js";
import {IssueError} from "../src/domain/index.js";
import {parseBdmCsv, parseScenario, parseSmpInput} from "../src/simulate/index.js";
import {prng, ROOT} from "./helpers/reliability.js";
import {testApp, TEST_TOKEN} from "./helpers/server.js";

const API_CASES = Number(process.env.MULTIVECTOR_FUZZ_API ?? 1500);
const FILE_CASES = Number(process.env.MULTIVECTOR_FUZZ_FILES ?? 400);
const SEED = Number(process.env.MULTIVECTOR_FUZZ_SEED ?? 20261202);
const NOW = "2026-01-01T00:00:00.000Z";

let t: Awaited<ReturnType<typeof testApp>>;
const dir = mkdtempSync(join(tmpdir(), "multivector-fuzz-"));
before(async () => {
  t = await testApp({datasets: false});
});
after(() => {
  t?.dispose();
  rmSync(dir, {recursive: true, force: true});
});

const STRINGS = [
  "",
  "%",
  "%ZZ",
  "%E0%A4%A",
  "%00",
  "0000",
  "9999",
  "-1",
  "1e309",
  "NaN",
  "KAZ",
  "RUS,CHN",
  "RUS,CHN,USA,EU,TUR,IRN,IND,AFG,PAK,AZE,GEO,ARM,BLR,UKR",
  "Kazakhstan",
  "' OR 1=1 --",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "\u202e\u0000\ud800",
  "x".repeat(5000),
  "2024-02-30",
  "2024-01-01",
  "true",
  "1",
  "[]",
  "{}",
  "🇰🇿"
];

/** encodeURIComponent, with a lone surrogate sent as its (invalid) UTF-8 bytes instead of throwing. */
function enc(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return "%ED%A0%80";
  }
}

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)]!;
}

/** A mutated query string: the route's own parameter names and random ones, with hostile values. */
function query(rand: () => number, names: string[]): string {
  const parts: string[] = [];
  const n = Math.floor(rand() * 5);
  for (let i = 0; i < n; i++) {
    const name = rand() < 0.8 && names.length ? pick(rand, names) : pick(rand, ["_", "a", "%", "x[]", "limit", "from"]);
    const value = pick(rand, STRINGS);
    parts.push(`${enc(name)}=${rand() < 0.3 ? value : enc(value)}`);
  }
  return parts.length ? `?${parts.join("&")}` : "";
}

function body(rand: () => number): {type: string; data: string | Uint8Array} {
  const r = rand();
  if (r < 0.3)
    return {
      type: "application/json",
      data: JSON.stringify({
        text: pick(rand, STRINGS),
        scenarioId: pick(rand, STRINGS),
        runs: pick(rand, [1, -1, 1e9, "x", null])
      })
    };
  if (r < 0.45)
    return {
      type: "application/json",
      data: pick(rand, ["{", "[]", "null", '{"text":1}', '{"scenario":{"runs":100000}}'])
    };
  if (r < 0.6)
    return {
      type: "multipart/form-data; boundary=x",
      data: pick(rand, [
        "--x\r\n",
        "--x--",
        "garbage",
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nKazakhstan signed.\r\n--x--\r\n'
      ])
    };
  if (r < 0.8)
    return {
      type: pick(rand, ["text/plain", "text/html", "text/markdown", ""]),
      data: new Uint8Array(Array.from({length: Math.floor(rand() * 300)}, () => Math.floor(rand() * 256)))
    };
  return {
    type: pick(rand, ["application/xml", "image/png", "text/plain; charset=latin1"]),
    data: "Kazakhstan and China signed a deal."
  };
}

test(`fuzz: ${API_CASES} requests over every OpenAPI route give no 5xx, no hang, no stack trace, no lost write`, async () => {
  const rand = prng(SEED);
  const doc = (await (await t.app.request("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, {parameters?: {name: string}[]}>>;
  };
  const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      path,
      method: method.toUpperCase(),
      names: (op.parameters ?? []).map((p) => p.name)
    }))
  );
  assert.ok(routes.length > 10, `${routes.length} routes`);
  const stored: string[] = [];
  const failures: string[] = [];
  let slowest = 0;
  for (let i = 0; i < API_CASES; i++) {
    const r = pick(rand, routes);
    const path = r.path.replace(/\{[^}]+\}/g, () =>
      enc(pick(rand, ["KAZ", "nope", "%", "..", "x".repeat(300), "c:1"])).replace(/%25/g, rand() < 0.5 ? "%" : "%25")
    );
    const method = rand() < 0.9 ? r.method : pick(rand, ["GET", "POST", "DELETE", "PUT", "HEAD"]);
    const url = `${path}${query(rand, r.names)}`;
    const headers: Record<string, string> = {};
    if (rand() < 0.8) headers.authorization = `Bearer ${TEST_TOKEN}`;
    if (rand() < 0.2) headers.accept = pick(rand, ["text/csv", "application/vnd.apache.parquet", "*/*", "image/png"]);
    if (rand() < 0.1) headers["if-none-match"] = pick(rand, ["*", 'W/"x"', "garbage"]);
    let init: RequestInit = {method, headers};
    if (method === "POST" || method === "PUT") {
      const b = body(rand);
      init = {method, headers: {...headers, "content-type": b.type}, body: b.data as BodyInit};
    }
    const t0 = performance.now();
    let res: Response;
    try {
      res = await Promise.race([
        Promise.resolve(t.app.request(url, init)),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error("hang (20 s)")), 20_000))
      ]);
    } catch (e) {
      failures.push(`${method} ${url.slice(0, 120)}: ${(e as Error).message}`);
      continue;
    }
    slowest = Math.max(slowest, performance.now() - t0);
    const text = method === "HEAD" ? "" : await res.text();
    if (res.status >= 500) failures.push(`${method} ${url.slice(0, 120)}: ${res.status} ${text.slice(0, 200)}`);
    if (/\n\s+at \S+ \(/.test(text)) failures.push(`${method} ${url.slice(0, 120)}: stack trace in the answer`);
    if (text.includes(PROJECT_ROOT) || text.includes(tmpdir()))
      failures.push(`${method} ${url.slice(0, 120)}: absolute path in the answer`);
    if (res.status >= 400 && method !== "HEAD" && path.startsWith("/api") && res.status !== 405) {
      try {
        const e = JSON.parse(text) as {error?: {message?: string}};
        if (!e.error?.message) failures.push(`${method} ${url.slice(0, 120)}: ${res.status} without a message`);
      } catch {
        failures.push(`${method} ${url.slice(0, 120)}: ${res.status} not JSON: ${text.slice(0, 100)}`);
      }
    }
    if (res.status === 201 && path === "/api/ingest") stored.push((JSON.parse(text) as {sourceId: string}).sourceId);
  }
  for (const id of stored)
    if (!(await t.store.documents.getSourceRow(id))) failures.push(`201 for ${id} but not in the store`);
  assert.deepEqual(
    failures.slice(0, 20),
    [],
    `${failures.length} failures of ${API_CASES} (slowest ${slowest.toFixed(0)} ms)`
  );
});

/** The readers and the seed files they are fuzzed from. */
function seeds(): {kind: string; name: string; bytes: Buffer}[] {
  const out: {kind: string; name: string; bytes: Buffer}[] = [];
  const add = (kind: string, d: string, filter: RegExp) => {
    for (const f of readdirSync(join(ROOT, d)).filter((x) => filter.test(x)))
      out.push({kind, name: f, bytes: readFileSync(join(ROOT, d, f))});
  };
  add("article", "test/fixtures/articles/seeds", /\.txt$/);
  add("article", "test/fixtures/articles/html", /\.html$/);
  add("article", "test/fixtures/articles/markdown", /\.md$/);
  add("gdelt", "test/fixtures/gdelt", /\.tsv$/);
  add("scenario", "scenarios", /\.ya?ml$/);
  add("ktab", "data/ktab", /\.txt$/);
  add("bdm", "data/bdm", /\.csv$/);
  return out;
}

function mutate(rand: () => number, b: Buffer): Buffer {
  let x = Buffer.from(b);
  const n = 1 + Math.floor(rand() * 4);
  for (let k = 0; k < n; k++) {
    const at = Math.floor(rand() * Math.max(1, x.length));
    const op = Math.floor(rand() * 9);
    if (op === 0) x[at] = Math.floor(rand() * 256);
    else if (op === 1) x = Buffer.concat([x.subarray(0, at), x.subarray(at + 1 + Math.floor(rand() * 100))]);
    else if (op === 2) x = Buffer.concat([x.subarray(0, at), x.subarray(at, at + 200), x.subarray(at)]);
    else if (op === 3) x = x.subarray(0, at);
    else if (op === 4)
      x = Buffer.concat([x.subarray(0, at), Buffer.from([0xff, 0xfe, 0xe9, 0x00, 0xed, 0xa0, 0x80]), x.subarray(at)]);
    else if (op === 5) x = Buffer.from(x.toString("latin1").replace(/\n/g, "\r\n"), "latin1");
    else if (op === 6)
      x = Buffer.concat([
        x.subarray(0, at),
        Buffer.from(
          pick(rand, [
            "&#x110000;",
            "&#0;",
            "<div>".repeat(600),
            "*a ",
            "&a [*a]",
            "\t\t\t",
            "x".repeat(12000),
            "\u2028",
            "<![CDATA["
          ])
        ),
        x.subarray(at)
      ]);
    else if (op === 7) x = Buffer.concat([x, x.subarray(0, Math.min(x.length, 2000))]);
    else x = Buffer.from(x.toString("utf8").split("\n").reverse().join("\n"));
  }
  return x;
}

test(`fuzz: ${FILE_CASES} mutated files through every reader give issues, never a crash or a hang`, async () => {
  const rand = prng(SEED + 1);
  const all = seeds();
  const failures: string[] = [];
  for (let i = 0; i < FILE_CASES; i++) {
    const s = pick(rand, all);
    const bytes = mutate(rand, s.bytes);
    const name = `fuzz-${i}-${s.name}`;
    const t0 = performance.now();
    try {
      if (s.kind === "article") {
        const o = await ingestText(t.store, bytes, {name, now: NOW, coder: null});
        if (o.status === "failed" && !o.issues.every((x) => x.message.length > 10))
          failures.push(`${name}: issue without a message`);
      } else if (s.kind === "gdelt") {
        const file = join(dir, name);
        writeFileSync(file, bytes);
        const r = await ingestPaths(t.store, [file], {now: NOW, coder: null, format: "gdelt2"});
        for (const d of r.documents)
          if (d.status === "failed" && d.issues.length === 0) failures.push(`${name}: failed without an issue`);
      } else {
        const text = bytes.toString("utf8");
        const r =
          s.kind === "scenario"
            ? parseScenario(text, {file: name})
            : s.kind === "bdm"
              ? parseBdmCsv(text, {file: name})
              : parseSmpInput(text, {file: name});
        if (!r.ok && r.issues.length === 0) failures.push(`${name}: failed without an issue`);
      }
    } catch (e) {
      if (!(e instanceof IssueError))
        failures.push(
          `${name}: threw ${(e as Error).constructor?.name}: ${String((e as Error).message).slice(0, 160)}`
        );
    }
    const ms = performance.now() - t0;
    if (ms > 10_000) failures.push(`${name}: took ${ms.toFixed(0)} ms`);
  }
  assert.deepEqual(failures.slice(0, 20), [], `${failures.length} failures of ${FILE_CASES}`);
});
