import {test} from "node:test";
import {readFileSync} from "node:fs";
import {assertGoldenJson} from "./golden.js";
import assert from "node:assert/strict";
import {parseScenario, runScenarioSync} from "../src/simulate/index.js";

for (const name of ["leave-csto", "middle-corridor-x3", "secondary-sanctions"]) {
  test(`runScenarioSync() ${name}, seed 42, 200 runs: bands and dominance (golden)`, () => {
    const parsed = parseScenario(readFileSync(`scenarios/${name}.yaml`, "utf8"));
    assert.ok(parsed.ok);
    if (!parsed.ok) return;
    const {rows, ...result} = runScenarioSync(parsed.value, {seed: 42, runs: 200});
    assert.equal(rows.length, 200 * 16 * 5);
    assertGoldenJson(`simulate/${name}-seed-42`, {...result, firstRows: rows.slice(0, 10)});
  });
}

test("scenario outcomes point the expected way (medians at the horizon, seed 42)", () => {
  const median = (name: string, measure: string, vector?: string) => {
    const parsed = parseScenario(readFileSync(`scenarios/${name}.yaml`, "utf8"));
    if (!parsed.ok) throw new Error(name);
    const {bands} = runScenarioSync(parsed.value, {seed: 42, runs: 200, rows: false});
    const at = (t: number) => bands.find((b) => b.t === t && b.measure === measure && b.vector === vector)!.p50;
    return {start: at(0), end: at(15)};
  };
  const csto = median("leave-csto", "security");
  assert.ok(csto.end < 0.8 * csto.start, "leaving the CSTO lowers security");
  const corridor = median("middle-corridor-x3", "prosperity");
  assert.ok(corridor.end > 1.05, "the corridor raises prosperity");
  const sanctions = median("secondary-sanctions", "prosperity");
  assert.ok(sanctions.end < 0.95, "sanctions cost prosperity");
  const rus = median("middle-corridor-x3", "share", "RUS");
  assert.ok(rus.end < rus.start, "Russia's share falls");
});
