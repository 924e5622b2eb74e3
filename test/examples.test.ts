// examples/balance.py (Python's standard library only) prints the overview's balance table with the
// same figures as the API, from the API itself and from a CSV export.
import assert from "node:assert/strict";
import {spawn} from "node:child_process";
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, test} from "node:test";
import {startServer} from "./helpers/server.js";

const ROOT = join(import.meta.dirname, "..");
const SCRIPT = join(ROOT, "examples", "balance.py");
const R_SCRIPT = join(ROOT, "examples", "balance.R");
const QUERY = {focal: "KAZ", vectors: "RUS,CHN,USA,EU,TUR", from: "2010", to: "2018"};

let server: Awaited<ReturnType<typeof startServer>>;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.close();
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the Python example without blocking: the server it asks answers from this process. */
function python(args: string[]): Promise<Run> {
  return run("python3", [SCRIPT, ...args], "python3 is needed to run examples/balance.py");
}

function run(command: string, args: string[], need: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {stdio: ["ignore", "pipe", "pipe"], timeout: 60_000});
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", (e) => reject(new Error(`${need}: ${e.message}`)));
    child.on("close", (status) => resolve({status, stdout, stderr}));
  });
}

interface Item {
  vector: string;
  year: number;
  measure: string;
  dimension?: string;
  value: number | null;
}

test("examples/balance.py prints the API's balance figures, from the API and from a CSV export", async () => {
  const args = ["--vectors", QUERY.vectors, "--from", QUERY.from, "--to", QUERY.to];
  const r = await python(["--url", server.url, ...args]);
  assert.equal(r.status, 0, r.stderr);
  const body = (await (
    await fetch(new URL(`/api/measures/balance?${new URLSearchParams(QUERY)}`, server.url))
  ).json()) as {items: Item[]; warnings: {message: string}[]};
  const lines = r.stdout.trim().split("\n");
  const header = lines[0]!.split(/\s+/);
  assert.deepEqual(header, ["year", "RUS", "CHN", "USA", "EU", "TUR", "entropy", "HHI", "dominant", "lead"]);
  const fmt = (v: number | null | undefined) => (v === null || v === undefined ? "–" : v.toFixed(3));
  const years = [...new Set(body.items.map((i) => i.year))].sort((a, b) => a - b);
  assert.equal(lines.length - 1, years.length);
  for (const [k, year] of years.entries()) {
    const cells = lines[k + 1]!.split(/\s+/);
    const find = (measure: string, vector?: string) =>
      body.items.find(
        (i) =>
          i.year === year &&
          i.measure === measure &&
          (vector === undefined || i.vector === vector) &&
          (measure !== "share" || i.dimension === "combined")
      );
    const expected = [
      String(year),
      ...["RUS", "CHN", "USA", "EU", "TUR"].map((v) => fmt(find("share", v)?.value)),
      fmt(find("entropy")?.value),
      fmt(find("hhi")?.value),
      find("dominant")?.vector ?? "–",
      fmt(find("lead")?.value)
    ];
    assert.deepEqual(cells, expected, `year ${year}`);
  }
  assert.ok(
    lines.some((l) => /^\d{4}\s+0\.\d{3}/.test(l)),
    "at least one year with figures"
  );
  // The API's warnings go to stderr, as the CLI prints them.
  for (const w of body.warnings) assert.ok(r.stderr.includes(`warning: ${w.message}`), w.message);

  const csv = await (
    await fetch(new URL(`/api/measures/balance?${new URLSearchParams(QUERY)}&format=csv`, server.url))
  ).text();
  const file = join(mkdtempSync(join(tmpdir(), "mv-examples-")), "balance.csv");
  writeFileSync(file, csv);
  const fromCsv = await python(["--csv", file, "--vectors", QUERY.vectors]);
  assert.equal(fromCsv.status, 0, fromCsv.stderr);
  assert.equal(fromCsv.stdout, r.stdout);
});

test("examples/balance.R prints the same table from a CSV export (base R; scripts/setup-r.sh installs it)", async () => {
  const csv = await (
    await fetch(new URL(`/api/measures/balance?${new URLSearchParams(QUERY)}&format=csv`, server.url))
  ).text();
  const file = join(mkdtempSync(join(tmpdir(), "mv-examples-")), "balance.csv");
  writeFileSync(file, csv);
  const r = await run("Rscript", [R_SCRIPT, file], "Rscript is needed: run scripts/setup-r.sh (Debian's r-base-core)");
  assert.equal(r.status, 0, r.stderr);
  const py = await python(["--csv", file, "--vectors", QUERY.vectors]);
  assert.equal(py.status, 0, py.stderr);
  // The same cells, row by row; R prints a missing value as NA where Python prints "–".
  const cells = (text: string) =>
    text
      .trim()
      .split("\n")
      .map((line) =>
        line
          .trim()
          .split(/\s+/)
          .map((c) => (c === "NA" ? "–" : c))
      );
  const fromR = cells(r.stdout);
  const fromPy = cells(py.stdout);
  assert.equal(fromR.length, fromPy.length);
  assert.ok(fromR.length > 1, "a header and at least one year");
  assert.deepEqual(fromR, fromPy);
});
