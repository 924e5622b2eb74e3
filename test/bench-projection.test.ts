// The article-ingest bench's projection on two free cores (bench/projection.ts): the reader threads' start is hidden
// beside the main thread's start only as far as the cores allow.
import assert from "node:assert/strict";
import {test} from "node:test";
import {startCloseMs} from "../bench/projection.js";

test("one reader thread: its start is hidden only up to the main thread's own start and close", () => {
  // 1.0 s of CPU outside the batch, 0.7 s of it the reader thread's start: 0.3 s the main thread's. The two run
  // beside each other on two cores, so the longer, 0.7 s, is serial (not 0.3 s, as if all of the 0.7 were free).
  assert.equal(startCloseMs({outerCpuMs: 5000, processCpuMs: 4000, readerStartCpuMs: 700, readers: 1}), 700);
  // A main thread slower to start than the reader thread: the main thread's part is what is left.
  assert.equal(startCloseMs({outerCpuMs: 5000, processCpuMs: 4000, readerStartCpuMs: 300, readers: 1}), 700);
});

test("two reader threads and the main thread starting on two cores share them", () => {
  // 0.4 s of the main thread, 2 × 0.6 s of the readers: 1.6 s of CPU on two cores take at least 0.8 s.
  assert.equal(startCloseMs({outerCpuMs: 5600, processCpuMs: 4000, readerStartCpuMs: 1200, readers: 2}), 800);
  // on four cores, each reader thread beside the main thread: the slowest, 0.6 s
  assert.equal(startCloseMs({outerCpuMs: 5600, processCpuMs: 4000, readerStartCpuMs: 1200, readers: 2}, 4), 600);
});

test("without reader threads (or without their start known) all of it is serial, as before", () => {
  assert.equal(startCloseMs({outerCpuMs: 5000, processCpuMs: 4400, readers: 0}), 600);
  assert.equal(startCloseMs({outerCpuMs: 5000, processCpuMs: 4400, readers: 1}), 600);
  assert.equal(startCloseMs({outerCpuMs: 4000, processCpuMs: 4400, readers: 0}), 0);
});
