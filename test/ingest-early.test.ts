// The CLI ingest's reader threads started as the process starts (src/cli/ingest-early.ts) are taken by the command
// or closed, on every path: run() in this process (as a test, a REPL or a server would call it) leaves no thread.
import assert from "node:assert/strict";
import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {availableParallelism, tmpdir} from "node:os";
import {join} from "node:path";
import {after, test} from "node:test";
import {run} from "../src/cli/program.js";
import {startReadersEarly, takeEarlyReaders} from "../src/cli/ingest-early.js";

const dir = mkdtempSync(join(tmpdir(), "mv-ingest-early-"));
after(() => rmSync(dir, {recursive: true, force: true}));
const articles = join(dir, "articles");
const store = join(dir, "store.duckdb");

/** This process's OS threads (a reader thread is one; the pool's close ends them). */
const threads = () => readdirSync("/proc/self/task").length;
const settle = () => new Promise((r) => setTimeout(r, 200));

test("reader threads started early and not taken are closed: a usage error, a second start", async (t) => {
  if (availableParallelism() < 2) return t.skip("no reader threads on one core");
  mkdirSync(articles);
  for (let i = 0; i < 16; ++i)
    writeFileSync(
      join(articles, `e${i}.txt`),
      `Chile and Peru signed ${i + 2} agreements on fisheries in Lima on Monday, the ministry said.\n`
    );
  // The command's modules loaded once, so what loading them starts (the thread pool of libuv) is there before.
  const args = ["--store", store, "ingest", "--date", "2024-13-01", articles];
  assert.equal(await run(args), 2);
  await settle();
  const before = threads();
  // A usage error thrown by the action before it takes the threads: none is left.
  for (let i = 0; i < 2; ++i) assert.equal(await run(args), 2);
  await settle();
  assert.equal(threads(), before, "threads left after two failed ingests");
  // A second early start closes the first pool, which nobody took; the second is taken and closed.
  startReadersEarly(["ingest", articles]);
  startReadersEarly(["ingest", articles]);
  await settle();
  const second = takeEarlyReaders([articles], {});
  assert.ok(second, "the second start's threads are there to take");
  await second.reader.close();
  await settle();
  assert.equal(threads(), before, "threads left after two early starts");
});
