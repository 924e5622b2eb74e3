import {test} from "node:test";
import assert from "node:assert/strict";
import {existsSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {dirname} from "node:path";
import {parseScenario, runScenarioSync} from "../src/simulate/index.js";

/** JSON with sorted keys and fractions rounded to 6 significant digits (test/golden convention). */
function stableJson(value: unknown): string {
  return (
    JSON.stringify(
      value,
      (_, v) =>
        typeof v === "number" && !Number.isInteger(v)
          ? +v.toPrecision(6)
          : v && typeof v === "object" && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
            : v,
      2
    ) + "\n"
  );
}

/** Compares with test/golden/<name>.json; UPDATE_GOLDEN=1 rewrites it. */
function assertGolden(name: string, value: unknown): void {
  const path = `test/golden/${name}.json`;
  const actual = stableJson(value);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
    mkdirSync(dirname(path), {recursive: true});
    writeFileSync(path, actual);
  }
  assert.equal(actual, readFileSync(path, "utf8"));
}

for (const name of ["leave-csto", "middle-corridor-x3", "secondary-sanctions"]) {
  test(`runScenarioSync() ${name}, seed 42, 200 runs: bands and dominance (golden)`, () => {
    const parsed = parseScenario(readFileSync(`scenarios/${name}.yaml`, "utf8"));
    assert.ok(parsed.ok);
    if (!parsed.ok) return;
    const {rows, ...result} = runScenarioSync(parsed.value, {seed: 42, runs: 200});
    assert.equal(rows.length, 200 * 16 * 5);
    assertGolden(`simulate/${name}-seed-42`, {...result, firstRows: rows.slice(0, 10)});
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
