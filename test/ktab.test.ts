// Yardstick: our SMP port against KTAB's own reference runs (data/ktab, see data/ktab/SOURCES.md).
// KTAB's regression check compares the "Fractional" and "prob :" lines and the end-of-run history;
// we compare those, the number of states, and each actor's chosen target in every turn.
import {readFileSync} from "node:fs";
import {test} from "node:test";
import assert from "node:assert/strict";
import {compareWithKtabLog, parseKtabCsv, parseKtabLog, runSmp, KTAB_DEFAULT_SEED} from "../src/simulate/ktab/index.js";

const data = new URL("../data/ktab/", import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, data), "utf8");

/** Inputs, their KTAB reference log, and KTAB's state count. */
const YARDSTICKS: [input: string, log: string, states: number][] = [
  ["dummyData_3Dim.csv", "20170530_ref-dummyData_3Dim.txt", 11],
  ["SOE-Pol-Comp.csv", "20170530_ref-SOE-Pol-Comp.txt", 28],
  ["SOE-Policy.csv", "reference-runs/ref-SOE-Policy.filtered.txt", 20],
  ["SOE-Competitive.csv", "reference-runs/ref-SOE-Competitive.filtered.txt", 36],
  ["dummyData_6Dim.csv", "reference-runs/ref-dummyData_6Dim.filtered.txt", 30],
  ["dummyData-a040.csv", "reference-runs/ref-dummyData-a040.filtered.txt", 21],
  ["dummyData-a080.csv", "reference-runs/ref-dummyData-a080.filtered.txt", 18],
  // a160 takes about 3 s here (KTAB: 1221 s); set KTAB_SKIP_A160=1 to leave it to bench/ktab.ts
  ...(process.env.KTAB_SKIP_A160
    ? []
    : [["dummyData-a160.csv", "reference-runs/ref-dummyData-a160.filtered.txt", 14] as [string, string, number]])
];

for (const [input, log, states] of YARDSTICKS) {
  test(`runSmp() reproduces KTAB's reference run of ${input}`, () => {
    const parsed = parseKtabCsv(read(input), {file: input});
    assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
    const result = runSmp(parsed.value, {seed: KTAB_DEFAULT_SEED});
    const ref = parseKtabLog(read(log));
    assert.equal(ref.states, states);
    const c = compareWithKtabLog(result, ref);
    assert.deepEqual(c.differences, []);
    assert.equal(c.states.ours, states);
    // every turn but the last has a fractional-change line; every actor has a row per dimension
    assert.equal(c.fractionalChanges.compared, states - 1);
    assert.equal(c.positions.compared, parsed.value.actors.length * parsed.value.dimensions.length * states);
    assert.equal(c.probabilities.compared, parsed.value.actors.length * states);
    assert.ok(c.challenges.compared > 0);
    // all printed values agree to KTAB's print precision
    assert.equal(c.positions.samePrinted, c.positions.compared);
    assert.ok(c.probabilities.maxAbsDiff <= 0.5e-4 + 1e-12, `probability off by ${c.probabilities.maxAbsDiff}`);
    assert.ok(c.match);
  });
}

test("parseKtabLog() reads the history blocks of a reference log", () => {
  const ref = parseKtabLog(read("20170530_ref-dummyData_3Dim.txt"));
  assert.equal(ref.states, 11);
  assert.equal(ref.fractionalChanges.length, 10);
  assert.equal(ref.fractionalChanges[0], 0.9999);
  assert.deepEqual(ref.positions[0], {
    actor: "SActor-00",
    dimension: "Pstn1",
    values: [75.8, 79.5, 80.6, 80.6, 78.5, 78.5, 78.5, 78.5, 78.6, 78.6, 78.6]
  });
  assert.equal(ref.positions.length, 21);
  assert.deepEqual(ref.probabilities[6]?.values.slice(0, 3), [0.0656, 0.0713, 0.3087]);
  assert.deepEqual(ref.challenges[0], {turn: 0, initiator: 0, target: 6, worth: 0.095});
});

test("runSmp() records seed, parameters, input hash and bargains as tidy rows", () => {
  const parsed = parseKtabCsv(read("dummyData_3Dim.csv"), {file: "dummyData_3Dim.csv"});
  assert.ok(parsed.ok);
  const result = runSmp(parsed.value);
  assert.equal(result.seed, "15455440707583219804");
  assert.equal(result.params.votingRule, "Prop");
  assert.equal(result.inputHash, "aa9a6c227387a326");
  assert.equal(result.stopReason, "converged");
  // turn 0 of the 2017 log: actor 0 challenges 6 with p = 0.7643 and gain 0.0947, bargain (75.61, 24.78, 71.95)
  const b = result.bargains.find((x) => x.turn === 0 && x.initiator === "SActor-00");
  assert.ok(b);
  assert.equal(b.receiver, "SActor-06");
  assert.equal(b.initiatorWinProbability.toFixed(4), "0.7643");
  assert.equal(b.expectedGain.toFixed(4), "0.0947");
  assert.deepEqual(
    b.initiatorPosition.map((x) => x.toFixed(3)),
    ["75.610", "24.780", "71.950"]
  );
  assert.deepEqual(
    b.receiverPosition.map((x) => x.toFixed(3)),
    ["75.610", "24.790", "71.950"]
  );
  // in KTAB's log, actor 0's queue gives 0:6 p = 0.2938, 3:0 p = 0.1953 and picks 4:0 (p = 0.4968)
  assert.equal(b.initiatorAdopted, false);
  assert.equal(b.initiatorQueueProbability.toFixed(4), "0.2938");
  const b30 = result.bargains.find((x) => x.turn === 0 && x.initiator === "SActor-03");
  assert.equal(b30?.receiverQueueProbability.toFixed(4), "0.1953");
  const b40 = result.bargains.find((x) => x.turn === 0 && x.initiator === "SActor-04");
  assert.equal(b40?.receiverAdopted, true);
  assert.equal(b40?.receiverQueueProbability.toFixed(4), "0.4968");
});
