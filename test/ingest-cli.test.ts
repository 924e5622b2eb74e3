import assert from "node:assert/strict";
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {availableParallelism, tmpdir} from "node:os";
import {join} from "node:path";
import {before, test} from "node:test";
import {cli} from "./helpers/cli.js";

const ROOT = join(import.meta.dirname, "..");
const store = join(mkdtempSync(join(tmpdir(), "mv-ingest-cli-")), "store.duckdb");
const seeds = join(ROOT, "test/fixtures/articles/seeds");
let qazinform = "";

before(() => {
  assert.equal(cli(store, ["init"]).code, 0);
  const r = cli(store, ["ingest", seeds, "--no-coder", "--date", "2024-11-20", "--json"]);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as {totals: {stored: number}; documents: {file: string; sourceId: string}[]};
  assert.equal(report.totals.stored, 5);
  qazinform = report.documents.find((d) => d.file.includes("004_"))!.sourceId;
  // The progress bar and the warnings go to stderr, never to stdout.
  assert.match(r.stderr, /ingest \[.*\] 5\/5 documents \| 278 sentences/);
  assert.match(
    r.stderr,
    /warning: .*000_3fd4c63bc4bf2362\.txt: Ignored the given date "2024-11-20": the article says "2023-06-01"/
  );
});

test("ingest prints a summary table; bad files exit 1 with their message, the good ones still land", () => {
  const again = cli(store, ["ingest", seeds, "--no-coder"]);
  assert.equal(again.code, 0);
  assert.match(again.stdout, /0 stored, 5 already stored, 0 failed; 0 sentences, 0 events, 0 stances, 0 claims\n$/);
  const bad = join(ROOT, "test/fixtures/articles/bad/archive.txt");
  const side = join(ROOT, "test/fixtures/articles/sidecar/gas-deal.txt");
  const r = cli(store, ["ingest", bad, side, "--no-coder"]);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    new RegExp(
      `${bad.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: Cannot read ".*archive\\.txt": it looks like a binary file \\(a NUL byte at offset 5\\), not text\\n`
    )
  );
  assert.match(r.stdout, /1 stored, 0 already stored, 1 failed/);
});

test("claims, show and usage errors", () => {
  const claims = cli(store, ["claims", "--speaker", "abishev", "--about", "Beijing", "--format", "json"]);
  assert.equal(claims.code, 0, claims.stderr);
  const list = (JSON.parse(claims.stdout) as {items: {speaker: string; about: string[]}[]}).items;
  assert.ok(list.length > 0 && list.every((c) => c.speaker === "Gaziz Abishev" && c.about.includes("CHN")));
  const show = cli(store, ["show", qazinform]);
  assert.equal(show.code, 0, show.stderr);
  assert.match(show.stdout, /^A unique position in Beijing-Moscow-Washington triangle/);
  assert.match(show.stdout, /left out: 1 title, 3 caption/);
  assert.match(
    show.stdout,
    /\[3\] According to Abishev, .*\n {6}mentions: Kazakhstan=KAZ, Washington=USA, Moscow=RUS, Beijing=CHN\n {6}claim: assessment by Gaziz Abishev about KAZ, USA, RUS, CHN\n/
  );
  const events = cli(store, ["events", "--dyad", "KAZ-Kremlin", "--code", "0", "--limit", "2"]);
  assert.equal(events.code, 2);
  assert.equal(
    events.stderr,
    `error: Invalid value for --code: expected two to four digits of a CAMEO code, found "0"\n`
  );
  const format = cli(store, ["ingest", seeds, "--format", "pdf"]);
  assert.equal(format.code, 2);
  assert.equal(
    format.stderr,
    `error: Invalid value for --format: expected one of auto, text, html, markdown, gdelt1, gdelt2, found "pdf"\n`
  );
  const dyad = cli(store, ["events", "--dyad", "KAZ-Kremlin", "--format", "json"]);
  assert.equal(dyad.code, 0, dyad.stderr);
  for (const e of (JSON.parse(dyad.stdout) as {items: {source: string; target: string}[]}).items)
    assert.deepEqual([e.source, e.target].sort(), ["KAZ", "RUS"]);
  assert.equal(cli(store, ["show", "nope"]).code, 1);
});

test("a batch of 16 articles or more is read on the reader threads the command starts; they stop with it", () => {
  const dir = mkdtempSync(join(tmpdir(), "mv-ingest-threads-"));
  for (let i = 0; i < 16; ++i)
    writeFileSync(
      join(dir, `n${i}.txt`),
      `Kazakhstan and China signed ${i + 2} agreements on trade in Astana on Monday, the foreign ministry said.\n`
    );
  const r = cli(store, ["ingest", dir, "--date", "2024-03-01", "--json"]);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as {totals: {stored: number; events: number}; timing: {readerThreads: number}};
  assert.equal(report.totals.stored, 16);
  assert.ok(report.totals.events >= 16, `events: ${report.totals.events}`);
  // (a batch below ALL_CORES_FROM articles: one per core but one, at most 4; none on one core)
  assert.equal(report.timing.readerThreads, availableParallelism() > 1 ? Math.min(4, availableParallelism() - 1) : 0);
  // --no-coder reads on this thread (the coder's inputs are what a reader thread is sent).
  writeFileSync(join(dir, "n16.txt"), "Kazakhstan and China held talks in Astana.\n");
  const plain = cli(store, ["ingest", dir, "--no-coder", "--json"]);
  assert.equal(plain.code, 0, plain.stderr);
  assert.equal((JSON.parse(plain.stdout) as {timing: {readerThreads: number}}).timing.readerThreads, 0);
});

test("a dangling link in a folder is an issue naming it (exit 1); the other articles are stored", () => {
  const dir = mkdtempSync(join(tmpdir(), "mv-ingest-dangling-"));
  try {
    // 20 articles: enough for reader threads, so the early start (ingest-early.ts) lists the folder too
    for (let i = 0; i < 20; ++i)
      writeFileSync(
        join(dir, `d${String(i).padStart(2, "0")}.txt`),
        `Nepal and Bhutan opened ${i + 3} new border posts on the mountain road on Friday, officials said.\n`
      );
    symlinkSync(join(dir, "nowhere", "x.txt"), join(dir, "broken.txt"));
    const r = cli(store, ["ingest", dir, "--date", "2025-05-09", "--json"]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(
      r.stderr,
      new RegExp(`Cannot read ".*broken\\.txt": it is a link to ".*nowhere/x\\.txt", which does not exist\\n`)
    );
    assert.doesNotMatch(r.stderr, /Internal error/);
    const report = JSON.parse(r.stdout) as {totals: {stored: number; failed: number}};
    assert.deepEqual([report.totals.stored, report.totals.failed], [20, 1]);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});

test("a folder's README, licence, change log and sources are left out of its walk with one warning naming them", () => {
  const dir = mkdtempSync(join(tmpdir(), "mv-ingest-papers-"));
  try {
    // 16 articles: enough for reader threads, so the early start (ingest-early.ts) lists the folder too
    for (let i = 0; i < 16; ++i)
      writeFileSync(
        join(dir, `p${String(i).padStart(2, "0")}.txt`),
        `Portugal and Ghana opened ${i + 4} cocoa research stations near Kumasi on Wednesday, a trade official said.\n`
      );
    // (a lower-case ordinary word is an article's name: "history.txt" is read)
    writeFileSync(join(dir, "history.txt"), "Ghana hosted Portugal's fisheries minister in Accra on Thursday.\n");
    writeFileSync(join(dir, "README.md"), "# Cocoa set\n\nSixteen short items written for a test.\n");
    writeFileSync(join(dir, "LICENSE.txt"), "Anyone may copy these items.\n");
    mkdirSync(join(dir, "notes"));
    writeFileSync(join(dir, "notes", "CHANGELOG.md"), "- added the Kumasi items\n");
    writeFileSync(join(dir, "notes", "SOURCES.md"), "Written by the test's author.\n");
    const r = cli(store, ["ingest", dir, "--date", "2025-02-12", "--json"]);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as {
      totals: {stored: number; failed: number};
      documents: {file: string}[];
      warnings: {code: string; message: string}[];
    };
    assert.deepEqual([report.totals.stored, report.totals.failed], [17, 0]);
    assert.ok(!report.documents.some((d) => /README|LICENSE|CHANGELOG|SOURCES/.test(d.file)));
    assert.ok(report.documents.some((d) => d.file.endsWith("history.txt")));
    const papers = ["LICENSE.txt", "README.md", "notes/CHANGELOG.md", "notes/SOURCES.md"].map((f) => join(dir, f));
    assert.deepEqual(
      report.warnings.map((w) => w.code),
      ["not_an_article"]
    );
    assert.match(
      report.warnings[0]!.message,
      new RegExp(`^Left out 4 files a folder holds as its own papers .*: ${papers.join(", ")};`)
    );
    // (one warning line on stderr, as every warning)
    assert.equal(r.stderr.match(/^warning: Left out 4 files/gm)?.length, 1, r.stderr);
    // Named on the command line, such a file is ingested; no warning.
    const named = cli(store, ["ingest", join(dir, "README.md"), "--no-coder", "--json"]);
    assert.equal(named.code, 0, named.stderr);
    const one = JSON.parse(named.stdout) as {totals: {stored: number}; warnings: unknown[]};
    assert.deepEqual([one.totals.stored, one.warnings], [1, []]);
    // The table's form says it too.
    const again = cli(store, ["ingest", dir, "--no-coder"]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /0 stored, 17 already stored, 0 failed/);
    assert.match(again.stderr, /warning: Left out 4 files/);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});

test("ingest into a store never init-ed warns that the pack is missing, once for the batch; an init-ed store does not", () => {
  const dir = mkdtempSync(join(tmpdir(), "mv-ingest-nopack-"));
  try {
    const bare = join(dir, "bare.duckdb");
    writeFileSync(join(dir, "a.txt"), "Ghana hosted Portugal's fisheries minister in Accra on Thursday.\n");
    writeFileSync(join(dir, "b.txt"), "Chile signed a salmon accord with Norway in Oslo on Monday.\n");
    const r = cli(bare, ["ingest", dir, "--date", "2025-02-12", "--json"]);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as {totals: {stored: number}; warnings: {code: string; message: string}[]};
    assert.equal(report.totals.stored, 2);
    assert.deepEqual(
      report.warnings.map((w) => w.code),
      ["no_actor_pack"]
    );
    assert.match(report.warnings[0]!.message, /^The store holds no actors: run "multivector init" first/);
    assert.equal(r.stderr.match(/^warning: The store holds no actors/gm)?.length, 1, r.stderr);
    // The store used by the other tests was init-ed: no such warning there.
    const seeded = cli(store, ["ingest", join(dir, "a.txt"), "--json"]);
    assert.equal(seeded.code, 0, seeded.stderr);
    assert.doesNotMatch(seeded.stderr, /holds no actors/);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
