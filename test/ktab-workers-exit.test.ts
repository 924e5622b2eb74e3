// A thread of the SMP's worker team that ends in the middle of a run (killed, out of memory) fails the run with a
// clear error instead of leaving it waiting for ever, and the threads left are woken and usable again.
import {test} from "node:test";
import assert from "node:assert/strict";
import {createScenarioPool, smpOnThreads} from "../src/simulate/worker-pool.js";
import {runSmp} from "../src/simulate/ktab/index.js";
import {spawnWorker} from "../src/simulate/spawn-worker.js";
import {syntheticSmp} from "../bench/ktab.js";

/** The promise's outcome, or a failure if it has none within `ms` (so that a hang fails the test, not the suite). */
function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no outcome within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

// 200 actors, 2 dimensions, 100 turns whatever the moves: several seconds on 2 cores, so a kill at 150 ms is mid-run
const long = syntheticSmp(200, 2);
const longOptions = {minIterations: 100, maxIterations: 100};
const small = syntheticSmp(120, 2);
const smallOptions = {maxIterations: 2};

test("a helper terminated mid-run rejects the SMP run, and the leader and the other helper are free again", async () => {
  const threads = Array.from({length: 3}, () =>
    spawnWorker(new URL("../src/simulate/worker-pool.ts", import.meta.url).href, "./worker")
  );
  try {
    // the workers started and compiled (tsx), so that the kill below falls inside the long run
    await within(60_000, "warm-up run", smpOnThreads(threads, small, smallOptions));
    let ended = false;
    const run = smpOnThreads(threads, long, longOptions).finally(() => (ended = true));
    run.catch(() => {}); // (awaited below; no unhandled rejection meanwhile)
    await new Promise((resolve) => setTimeout(resolve, 150));
    assert.equal(ended, false, "the long run ended before the helper was terminated: the test would show nothing");
    await threads[1]!.terminate();
    await assert.rejects(
      within(10_000, "the run after its helper was terminated", run),
      /SMP: worker 2 of 3 \(a helper\) exited \(code 1\) before the run's end/
    );
    // the leader was woken from any wait for the dead helper's range: it runs a new team with the other helper
    const again = await within(
      30_000,
      "a run on the leader and the other helper",
      smpOnThreads([threads[0]!, threads[2]!], small, smallOptions)
    );
    assert.deepEqual(again, runSmp(small, smallOptions));
  } finally {
    await Promise.all(threads.map((worker) => worker.terminate()));
  }
});

test("closing a pool while it runs the SMP rejects the run instead of leaving it pending", async () => {
  const pool = createScenarioPool({workers: 2});
  try {
    await within(60_000, "warm-up run", pool.smp(small, smallOptions));
    const run = pool.smp(long, longOptions);
    run.catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 150));
    await pool.close();
    await assert.rejects(within(10_000, "the run of a closed pool", run), /SMP: worker \d of 2 \(.+\) exited/);
  } finally {
    await pool.close();
  }
});
