/**
 * A batch read on reader threads stores exactly what reading on one thread stores: the same outcome for each
 * file in the files' order (stored, duplicate, failed, with the same counts), the same rows. The batch has
 * copies of one text (the first is stored, the others are duplicates, as on one thread) and a file that is
 * not UTF-8 (failed with its line).
 */
import assert from "node:assert/strict";
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, test} from "node:test";
import {createReadPool, INGEST_DEFAULTS, ingestPaths, openStore, seedStore} from "../src/app/index.js";
import {sql} from "./helpers/sql.js";
import {TEST_NOW} from "./helpers/server.js";

const dir = mkdtempSync(join(tmpdir(), "multivector-readers-"));
after(() => rmSync(dir, {recursive: true, force: true}));

const SEEDS = join(import.meta.dirname, "fixtures/articles/seeds");
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(SEEDS, f), "utf8"));
const docs = join(dir, "docs");
const files: string[] = [];
const n = INGEST_DEFAULTS.readerThreadsFrom + 4;
for (let i = 0; i < n; i++) {
  const file = join(docs, `a${String(i).padStart(3, "0")}.txt`);
  files.push(file);
}
mkdirSync(docs);
files.forEach((file, i) => {
  if (i === 7)
    writeFileSync(file, Buffer.from([0x41, 0x0a, 0xff, 0xfe, 0x42])); // not UTF-8
  else if (i % 6 === 5)
    writeFileSync(file, seeds[0]!); // copies of one text
  else writeFileSync(file, `${seeds[i % seeds.length]}\n\nCopy ${i} of the report.\n`);
});

async function run(reader: false | undefined) {
  const store = await openStore({store: join(dir, `${reader === false ? "one" : "pool"}.duckdb`), events: "duckdb:"});
  try {
    await seedStore(store, {now: TEST_NOW, datasets: false});
    const report = await ingestPaths(store, [docs], {now: TEST_NOW, ...(reader === false ? {reader} : {})});
    const db = sql(store);
    const counts: Record<string, number> = {};
    for (const t of ["sources", "sentences", "events", "stances", "claims"])
      counts[t] = Number((await db.all(`SELECT count(*)::INTEGER AS n FROM ${t}`))[0]!.n);
    return {
      outcomes: report.documents.map((d) => [
        d.file,
        d.status,
        d.sentences,
        d.events,
        d.stances,
        d.claims,
        d.issues.map((i) => i.code)
      ]),
      counts
    };
  } finally {
    store.close();
  }
}

test(`${n} documents read on reader threads store what one thread stores, outcomes in the files' order`, async () => {
  const one = await run(false);
  const pool = await run(undefined);
  assert.deepEqual(pool.outcomes, one.outcomes);
  assert.deepEqual(pool.counts, one.counts);
  const statuses = one.outcomes.map((o) => o[1]);
  assert.ok(
    statuses.includes("duplicate") && statuses.includes("failed") && statuses.includes("stored"),
    statuses.join()
  );
  assert.ok(one.counts.events! > 0, "events were coded");
});

test("a pool handed to a batch as it starts has its threads' start counted apart from the batch (Linux)", async (t) => {
  if (process.platform !== "linux") return t.skip("thread CPU times are read on Linux only");
  const store = await openStore({store: join(dir, "given.duckdb"), events: "duckdb:"});
  await seedStore(store, {now: TEST_NOW, datasets: false});
  const one = join(dir, "one.txt");
  writeFileSync(one, "Kazakhstan and Russia signed a trade agreement in Astana on Monday.\n");
  // Handed over at once: the thread's first message (its id) has not been taken yet.
  const reader = createReadPool({workers: 1});
  try {
    const report = await ingestPaths(store, [one], {now: TEST_NOW, reader});
    assert.equal(report.totals.stored, 1);
    // Loading the reader alone costs more than this; before, a message not yet taken counted the start as 0.
    assert.ok((report.timing?.readerStartCpuMs?.[0] ?? 0) > 20, JSON.stringify(report.timing));
  } finally {
    await reader.close();
    store.close();
  }
});

test("a batch's default reader threads: below 16 articles one where the reader is bundled (none under tsx), one per core but one, one more from ALL_CORES_FROM (100) when a core is free", async () => {
  const {availableParallelism} = await import("node:os");
  const {ALL_CORES_FROM, READER_THREADS_FROM, addsReaderWhenFree, coreFree, readerThreadsFor} =
    await import("../src/app/ingest-paths.js");
  const names = (k: number, ext = "txt") => Array.from({length: k}, (_, i) => `/x/doc-${i}.${ext}`);
  const cores = availableParallelism();
  const base = cores > 1 ? Math.min(4, cores - 1) : 0;
  assert.equal(readerThreadsFor(names(READER_THREADS_FROM - 1), {}), 0); // the sources, under tsx: no bundle
  // a short batch: one thread where a thread would run the bundled reader with its code cache (a compiled lib/)
  const bundled = () => true;
  assert.equal(readerThreadsFor(names(1), {}, bundled), cores > 1 ? 1 : 0);
  assert.equal(readerThreadsFor(names(READER_THREADS_FROM - 1), {}, bundled), cores > 1 ? 1 : 0);
  assert.equal(readerThreadsFor(names(1), {readerThreads: 0}, bundled), 0);
  assert.equal(readerThreadsFor(names(1), {coder: null}, bundled), 0);
  assert.equal(readerThreadsFor([...names(3, "tsv"), "-"], {}, bundled), 0);
  assert.equal(
    readerThreadsFor(names(READER_THREADS_FROM - 1), {}, () => false),
    0
  );
  // GDELT files and stdin are not articles read on reader threads
  assert.equal(readerThreadsFor([...names(READER_THREADS_FROM - 1), ...names(40, "tsv"), "-"], {}), 0);
  assert.equal(readerThreadsFor(names(READER_THREADS_FROM), {}), base);
  assert.equal(readerThreadsFor(names(ALL_CORES_FROM), {}), base);
  // one more only for a long batch, by default, below one per core and 4
  assert.equal(addsReaderWhenFree(names(ALL_CORES_FROM - 1), {}), false);
  assert.equal(addsReaderWhenFree([...names(ALL_CORES_FROM - 1), ...names(40, "tsv")], {}), false);
  assert.equal(addsReaderWhenFree(names(ALL_CORES_FROM), {}), base > 0 && base < 4);
  assert.equal(addsReaderWhenFree(names(ALL_CORES_FROM), {readerThreads: 1}), false);
  assert.equal(addsReaderWhenFree(names(ALL_CORES_FROM), {coder: null}), false);
  // what the caller says wins; a custom coder or a pool given reads elsewhere
  assert.equal(readerThreadsFor(names(ALL_CORES_FROM), {readerThreads: 1}), 1);
  assert.equal(readerThreadsFor(names(ALL_CORES_FROM), {readerThreads: 0}), 0);
  assert.equal(readerThreadsFor(names(20), {readerThreads: 3}), 3);
  assert.equal(readerThreadsFor(names(ALL_CORES_FROM), {coder: null}), 0);
  assert.equal(readerThreadsFor(names(ALL_CORES_FROM), {reader: false}), 0);
  // others' use of the cores: the machine's busy time less this process's, per ms of wall
  assert.equal(coreFree(400, 300, 300), true); // others 0.33 of a core
  assert.equal(coreFree(900, 300, 300), false); // others 2 cores
  assert.equal(coreFree(450, 300, 300), false); // others exactly half a core
  assert.equal(coreFree(100, 0, 0), false); // no time watched
});

test("a reader thread added to a pool takes documents and reads as the others", async () => {
  const {readDocument} = await import("../src/read/index.js");
  const {readingInputs} = await import("../src/app/ingest.js");
  const {defaultCoder} = await import("../src/app/coder.js");
  const {buildGazetteer} = await import("../src/read/gazetteer.js");
  const store = await openStore({store: join(dir, "added.duckdb"), events: "duckdb:"});
  const reader = createReadPool({workers: 1});
  try {
    await seedStore(store, {now: TEST_NOW, datasets: false});
    const inputs = await readingInputs(store);
    const texts = seeds.map((t, i) => `${t}\n\nCopy ${i} of the report.\n`);
    const first = reader.read(texts[0]!, {format: "text", sourceId: "d0"}, inputs);
    reader.add();
    assert.equal(reader.size, 2);
    const read = await Promise.all([
      first,
      ...texts.slice(1).map((t, i) => reader.read(t, {format: "text", sourceId: `d${i + 1}`}, inputs))
    ]);
    const coder = defaultCoder([...inputs.actors]);
    const aliases = buildGazetteer(inputs.aliases);
    read.forEach((r, i) => {
      const here = readDocument(texts[i]!, {format: "text", sourceId: `d${i}`, coder, aliases});
      assert.ok(r.ok && here.ok);
      assert.deepEqual(r.value.events, here.value.events);
      assert.deepEqual(r.value.claims, here.value.claims);
    });
    // both threads read (the added one was sent the context with its first document)
    assert.ok(
      reader.cpu().every((c) => c.cpuMs > 0),
      JSON.stringify(reader.cpu())
    );
  } finally {
    await reader.close();
    store.close();
  }
});
