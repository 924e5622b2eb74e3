import {test} from "node:test";
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {
  parseScenario,
  runScenario,
  runScenarioSync,
  createScenarioPool,
  runSensitivity,
  sensitivitySync,
  type MonteCarloResult
} from "../src/simulate/index.js";

const parsed = parseScenario(readFileSync("scenarios/secondary-sanctions.yaml", "utf8"));
if (!parsed.ok) throw new Error("scenario must parse");
const scenario = parsed.value;

test("runScenario() gives identical results with 1 and 2 workers, any chunk size, and on this thread", async () => {
  const progress: [number, number][] = [];
  const one = await runScenario(scenario, {runs: 150, seed: 7, workers: 1});
  const two = await runScenario(scenario, {
    runs: 150,
    seed: 7,
    workers: 2,
    chunkSize: 17,
    onProgress: (d, n) => progress.push([d, n])
  });
  const sync = runScenarioSync(scenario, {runs: 150, seed: 7});
  assert.deepEqual(two, one);
  assert.deepEqual(sync, one);
  assert.equal(one.rows.length, 150 * 16 * 5);
  assert.equal(progress.length, Math.ceil(150 / 17));
  assert.deepEqual(progress.at(-1), [150, 150]);
  assert.ok(progress.every(([d], i) => i === 0 || d > progress[i - 1]![0]));
});

test("a ScenarioPool runs several scenarios and rejects overlapping runs", async () => {
  const pool = createScenarioPool({workers: 2});
  try {
    const a: MonteCarloResult = await pool.run(scenario, {runs: 40, rows: false});
    const b = await pool.run(scenario, {runs: 40, rows: false});
    assert.deepEqual(a, b);
    assert.equal(a.rows.length, 0);
    const first = pool.run(scenario, {runs: 40});
    await assert.rejects(pool.run(scenario, {runs: 40}), /already running a scenario/);
    await first;
  } finally {
    await pool.close();
  }
});

test("closing a pool while it runs a Monte Carlo rejects the run instead of leaving it pending", async () => {
  const pool = createScenarioPool({workers: 2});
  let closing: Promise<void> | undefined;
  try {
    // closed as soon as the first chunk is done, with most chunks still to do
    const run = pool.run(scenario, {
      runs: 2000,
      chunkSize: 25,
      rows: false,
      onProgress: () => void (closing ??= pool.close())
    });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("the run of a closed pool: no outcome within 20 s")), 20_000);
    });
    await assert.rejects(
      Promise.race([run, late]).finally(() => clearTimeout(timer)),
      /Monte Carlo worker exited \(code \d+\) before its tasks were done/
    );
    assert.ok(closing, "the pool was closed during the run");
  } finally {
    await pool.close();
  }
});

test("the sensitivity analysis gives identical indices with 1 and 2 workers and on this thread", async () => {
  const sync = sensitivitySync(scenario, {samples: 12, seed: 5});
  const one = await runSensitivity(scenario, {samples: 12, seed: 5, workers: 1});
  const two = await runSensitivity(scenario, {samples: 12, seed: 5, workers: 2});
  assert.deepEqual(one, sync);
  assert.deepEqual(two, sync);
  assert.equal(sync.evaluations, 12 * (sync.inputs.length + sync.groups.length + 2));
  assert.ok(sync.inputs.some((i) => i.key === "noise"));
});
