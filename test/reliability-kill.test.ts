/**
 * The kill harness: SIGKILL at random (seeded) moments of GDELT, article and `init` runs of the real CLI,
 * then the store is checked: no orphan rows, no GDELT source with part of its events, nothing stored twice;
 * and a re-run finishes with the same counts as a clean run. MULTIVECTOR_RELIABILITY_KILLS sets the number
 * of kills per kind (default 20 GDELT, 4 article, 1 init).
 */
import assert from "node:assert/strict";
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, test} from "node:test";
import {checkStore, noOrphans, prng, ROOT, runCli, startCli, syntheticGdelt} from "./helpers/reliability.js";

const dir = mkdtempSync(join(tmpdir(), "multivector-kill-"));
after(() => rmSync(dir, {recursive: true, force: true}));
const KILLS = Number(process.env.MULTIVECTOR_RELIABILITY_KILLS ?? 0);

/** Kills `args` at `n` random moments in [lo, hi] ms, checking the store after each kill. */
async function killRuns(store: string, args: string[], n: number, lo: number, hi: number, seed: number) {
  const rand = prng(seed);
  const outcomes: string[] = [];
  for (let i = 0; i < n; i++) {
    const at = Math.round(lo + rand() * (hi - lo));
    const run = startCli(store, args);
    const timer = setTimeout(() => run.child.kill("SIGKILL"), at);
    const r = await run.done;
    clearTimeout(timer);
    outcomes.push(r.signal ? `killed@${at}ms` : `exit ${r.code}`);
    if (!r.signal) assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr.slice(-500)}`);
    const c = await checkStore(store).catch((e: Error) => {
      throw new Error(`store unreadable after a kill at ${at} ms: ${e.message}`);
    });
    assert.ok(noOrphans(c), `orphans after a kill at ${at} ms: ${JSON.stringify(c.orphans)}`);
    assert.deepEqual(c.partialGdelt, [], `GDELT sources with part of their events after a kill at ${at} ms`);
    assert.equal(c.gdeltRows, c.gdeltDistinct, `GDELT events stored twice after a kill at ${at} ms`);
  }
  return outcomes;
}

test("SIGKILL during GDELT imports: no orphans, no partial source, and a re-run equals a clean run", async () => {
  const files = join(dir, "gdelt");
  mkdirSync(files);
  for (let f = 0; f < 3; f++)
    syntheticGdelt(join(files, `part-${f}.export.tsv`), 4, {firstId: 900_000_000 + f * 100_000});
  const clean = join(dir, "gdelt-clean.duckdb");
  const t0 = performance.now();
  const first = await runCli(clean, ["ingest", files]);
  const cleanMs = performance.now() - t0;
  assert.equal(first.code, 0, first.stderr.slice(-500));
  const want = await checkStore(clean);
  assert.ok(want.gdeltRows > 10000);
  const store = join(dir, "gdelt-killed.duckdb");
  const outcomes = await killRuns(store, ["ingest", files], KILLS || 20, 200, cleanMs + 300, 14);
  const again = await runCli(store, ["ingest", files]);
  assert.equal(again.code, 0, again.stderr.slice(-500));
  const got = await checkStore(store);
  assert.deepEqual(
    {sources: got.counts.sources, events: got.counts.events},
    {sources: want.counts.sources, events: want.counts.events},
    `after kills ${outcomes.join(", ")}`
  );
});

test("SIGKILL during article ingests: no orphans, and a re-run equals a clean run", async () => {
  const articles = join(dir, "articles");
  mkdirSync(articles);
  const seeds = readdirSync(join(ROOT, "test/fixtures/articles/seeds")).filter((f) => f.endsWith(".txt"));
  // Four copies of the five seeds: 20 documents, committed in more than one group (at least 16 each but the last).
  let k = 0;
  for (let copy = 0; copy < 4; copy++)
    for (const s of seeds) {
      const text = readFileSync(join(ROOT, "test/fixtures/articles/seeds", s), "utf8");
      writeFileSync(join(articles, `${k++}-${s}`), `${text}\n\nCopy ${copy} of this report.\n`);
    }
  const clean = join(dir, "articles-clean.duckdb");
  const t0 = performance.now();
  const first = await runCli(clean, ["ingest", "--date", "2024-01-15", articles]);
  const cleanMs = performance.now() - t0;
  assert.equal(first.code, 0, first.stderr.slice(-500));
  const want = await checkStore(clean);
  assert.ok((want.counts.figures ?? 0) > 0, "the seeds give figures (their orphans are checked too)");
  const store = join(dir, "articles-killed.duckdb");
  await killRuns(store, ["ingest", "--date", "2024-01-15", articles], KILLS || 4, 300, cleanMs + 300, 41);
  const again = await runCli(store, ["ingest", "--date", "2024-01-15", articles]);
  assert.equal(again.code, 0, again.stderr.slice(-500));
  const got = await checkStore(store);
  for (const t of ["sources", "sentences", "events", "claims", "stances", "figures"])
    assert.equal(got.counts[t], want.counts[t], t);
});

test("SIGKILL during init: the store stays readable and consistent, and a re-run equals a clean init", async () => {
  const clean = join(dir, "init-clean.duckdb");
  const t0 = performance.now();
  const first = await runCli(clean, ["init"]);
  const cleanMs = performance.now() - t0;
  assert.equal(first.code, 0, first.stderr.slice(-500));
  const want = await checkStore(clean);
  const store = join(dir, "init-killed.duckdb");
  await killRuns(store, ["init"], KILLS ? Math.max(1, Math.round(KILLS / 5)) : 1, 1500, cleanMs * 0.8, 7);
  const again = await runCli(store, ["init"]);
  assert.equal(again.code, 0, again.stderr.slice(-500));
  assert.deepEqual((await checkStore(store)).counts, want.counts);
});
