import {test} from "node:test";
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import type {Scenario} from "../src/domain/index.js";
import {combineDimensionSharesInto} from "../src/measure/index.js";
import {baselineOf, parseScenario, runScenarioSync, simulateRuns} from "../src/simulate/index.js";
import {recordWidth} from "../src/simulate/indicators.js";

function load(name: string): Scenario {
  const r = parseScenario(readFileSync(`scenarios/${name}.yaml`, "utf8"));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** The scenario with one dimension's column of starting ties multiplied by `factor`. */
function rescaled(s: Scenario, dimension: string, factor: number): Scenario {
  const start = Object.fromEntries(
    Object.entries(s.start!).map(([v, row]) => [v, {...row, [dimension]: row[dimension]! * factor}])
  );
  return {...s, start};
}

test("combineDimensionSharesInto() averages dimension shares: a column's unit does not matter", () => {
  const out = new Float64Array(2);
  assert.deepEqual(Array.from(combineDimensionSharesInto([3, 1000, 1, 3000], 2, 2, [1, 1], out)), [0.5, 0.5]);
  assert.deepEqual(Array.from(combineDimensionSharesInto([3, 1, 1, 3], 2, 2, [1, 1], out)), [0.5, 0.5]);
  // A dimension without ties, or without weight, is left out of the mean.
  assert.deepEqual(Array.from(combineDimensionSharesInto([3, 0, 1, 0], 2, 2, [1, 1], out)), [0.75, 0.25]);
  assert.deepEqual(Array.from(combineDimensionSharesInto([3, 5, 1, 7], 2, 2, [1, 0], out)), [0.75, 0.25]);
  assert.throws(() => combineDimensionSharesInto([0, 0, 0, 0], 2, 2, [1, 1], out), /no dimension has/);
});

for (const name of ["leave-csto", "middle-corridor-x3", "secondary-sanctions"]) {
  test(`scale invariance: rescaling one dimension's column of ${name} changes no band`, () => {
    const s = load(name);
    const a = runScenarioSync(s, {runs: 60, rows: false});
    for (const [dimension, factor] of [
      ["economic", 10],
      ["security", 0.001],
      ["social", 37]
    ] as const) {
      const b = runScenarioSync(rescaled(s, dimension, factor), {runs: 60, rows: false});
      for (const key of ["bands", "effect"] as const) {
        a[key].forEach((x, i) => {
          const y = b[key][i]!;
          for (const q of ["p05", "p25", "p50", "p75", "p95"] as const)
            assert.ok(
              Math.abs(x[q] - y[q]) < 1e-9,
              `${key} ${x.measure} ${x.vector ?? ""} t=${x.t} ${q} ×${factor} ${dimension}`
            );
        });
      }
      assert.deepEqual(a.dominant, b.dominant);
    }
  });
}

test("common random numbers: scenario and baseline are identical until the shock hits, then differ", () => {
  const s = load("leave-csto"); // leaves the CSTO at year 2
  const runs = 40;
  const records = simulateRuns([s, baselineOf(s)], {seed: 9, from: 0, to: runs});
  const width = recordWidth(s.vectors.length);
  const steps = s.horizon + 1;
  for (let r = 0; r < runs; ++r) {
    const arm = (a: number, t: number) =>
      records.subarray(((r * 2 + a) * steps + t) * width, ((r * 2 + a) * steps + t + 1) * width);
    for (let t = 0; t < 2; ++t) assert.deepEqual(arm(0, t), arm(1, t), `run ${r} year ${t}: before the shock`);
    for (let t = 2; t < steps; ++t) assert.notDeepEqual(arm(0, t), arm(1, t), `run ${r} year ${t}: after the shock`);
  }
  const result = runScenarioSync(s, {runs, seed: 9, rows: false});
  for (const b of result.effect.filter((b) => b.t < 2)) assert.equal(b.p05 === 0 && b.p95 === 0, true);
  const security = result.effect.find((b) => b.t === s.horizon && b.measure === "security")!;
  assert.ok(security.p95 < 0, "leaving the CSTO lowers security against the baseline in every run");
});

test("common random numbers: a shock of magnitude 0 has an effect of exactly 0 everywhere", () => {
  const s = load("leave-csto");
  const idle: Scenario = {...s, shocks: [{at: 3, kind: "tie", target: "CHN", magnitude: 0}]};
  const result = runScenarioSync(idle, {runs: 30, rows: false});
  for (const b of result.effect) assert.ok(b.p05 === 0 && b.p95 === 0, `${b.measure} ${b.vector ?? ""} t=${b.t}`);
  assert.deepEqual(result.bands, result.baseline.bands);
});

test("the baseline of a scenario with no shocks is itself: effect 0, the hedge rule acts in both arms", () => {
  const s = load("leave-csto");
  const result = runScenarioSync({...s, shocks: []}, {runs: 30, rows: false});
  assert.ok(result.effect.every((b) => b.p50 === 0));
  const rus = (t: number) =>
    result.baseline.bands.find((b) => b.t === t && b.measure === "share" && b.vector === "RUS")!.p50;
  assert.ok(rus(s.horizon) < rus(0), "the hedge rule alone moves Russia's share down");
});
