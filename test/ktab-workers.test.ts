// KTAB's SMP on worker threads: every turn's per-actor work split over 1 or 2 workers gives the
// same result as one thread, to the bit, and still reproduces KTAB's reference run.
import {readFileSync} from "node:fs";
import {after, before, test} from "node:test";
import assert from "node:assert/strict";
import {
  compareWithKtabLog,
  createScenarioPool,
  itemCost,
  parseKtabCsv,
  parseKtabLog,
  performSmpWork,
  runSmp,
  smpSteps,
  splitWork,
  KTAB_DEFAULT_SEED,
  MEANWHILE,
  type ScenarioPool
} from "../src/simulate/index.js";
import {syntheticSmp as synthetic} from "../bench/ktab.js";
import {packSmpResult, unpackSmpResult} from "../src/simulate/smp-result-transfer.js";

let one: ScenarioPool;
let two: ScenarioPool;
before(() => {
  one = createScenarioPool({workers: 1});
  two = createScenarioPool({workers: 2});
});
after(async () => {
  await one.close();
  await two.close();
});

test("the per-actor work of a 200-actor turn is split into ranges for the workers", () => {
  const steps = smpSteps(synthetic(200, 2, 3), {maxIterations: 1});
  const kinds = new Set<string>();
  for (let next = steps.next(); !next.done; next = steps.next()) {
    const work = next.value;
    const ranges = splitWork(work, 2);
    // the ranges cover every item once, in order
    assert.equal(ranges[0]![0], 0);
    assert.equal(ranges.at(-1)![1], work.count);
    for (let r = 1; r < ranges.length; r++) assert.equal(ranges[r]![0], ranges[r - 1]![1]);
    let cost = 0;
    for (let i = 0; i < work.count; i++) cost += itemCost(work, i);
    if (ranges.length > 1) {
      kinds.add(work.kind);
      if (work.kind === "joint") for (const part of work.parts) kinds.add(part.kind);
    } else assert.ok(cost < 200_000, `${work.kind} (cost ${cost}) left on one thread`);
    // run it here so the next work sees its results
    work[MEANWHILE]?.();
    for (const [from, to] of ranges) performSmpWork(work, from, to);
  }
  // each kind of work goes to the workers at this size (else the tests below would prove nothing)
  // (the state's election of positions is done with the next turn's challenges, as one joint work)
  assert.deepEqual([...kinds].sort(), ["bargains", "coalitions", "distances", "joint", "risk"]);
});

test("runSmp on 1 and 2 workers equals one thread to the bit (200 actors, 2 dimensions, 4 turns)", async () => {
  // 200 actors: every kind of work goes to the workers (the test above), none is left on this thread
  const scenario = synthetic(200, 2, 7);
  const ref = runSmp(scenario, {maxIterations: 4});
  assert.equal(ref.states.length, 5);
  assert.deepEqual(await one.smp(scenario, {maxIterations: 4}), ref);
  assert.deepEqual(await two.smp(scenario, {maxIterations: 4}), ref);
});

test("non-default rules and stochastic transitions on workers equal one thread", async () => {
  const scenario = synthetic(100, 1, 11);
  const options = {
    maxIterations: 3,
    seed: 42,
    params: {
      votingRule: "Binary",
      thirdPartyCommit: "NoCommit",
      bargnModel: "InitRcvrInterp",
      stateTransitions: "Stochastic",
      pceModel: "MarkovUniform"
    } as const
  };
  assert.deepEqual(await two.smp(scenario, options), runSmp(scenario, options));
});

test("the pool reproduces KTAB's reference run of dummyData-a080.csv", async () => {
  const data = new URL("../data/ktab/", import.meta.url);
  const parsed = parseKtabCsv(readFileSync(new URL("dummyData-a080.csv", data), "utf8"));
  assert.ok(parsed.ok);
  const result = await two.smp(parsed.value, {seed: KTAB_DEFAULT_SEED});
  const ref = parseKtabLog(readFileSync(new URL("reference-runs/ref-dummyData-a080.filtered.txt", data), "utf8"));
  const c = compareWithKtabLog(result, ref);
  assert.deepEqual(c.differences, []);
  assert.ok(c.match);
  assert.deepEqual(result, runSmp(parsed.value, {seed: KTAB_DEFAULT_SEED}));
});

test("a joint work done in ranges that cross its parts' bounds equals its parts done whole", () => {
  const steps = smpSteps(synthetic(60, 2, 5), {maxIterations: 2});
  let joints = 0;
  for (let next = steps.next(); !next.done; next = steps.next()) {
    const work = next.value;
    work[MEANWHILE]?.();
    if (work.kind !== "joint") {
      performSmpWork(work, 0, work.count);
      continue;
    }
    joints++;
    const outs = work.parts.map((p) => ("out" in p ? p.out : undefined));
    // the first part (the distances, or the risk attitudes) is done before the others, which read it
    assert.equal(work.barrier, work.parts[0]!.count);
    // whole, part by part; then again in ranges of 7 items over the joint work, into zeroed outputs
    for (const p of work.parts) performSmpWork(p, 0, p.count);
    const whole = outs.map((o) => o?.slice());
    for (const o of outs) o?.fill(0);
    for (let from = 0; from < work.count; from += 7) performSmpWork(work, from, Math.min(work.count, from + 7));
    assert.ok(work.parts[0]!.count % 7 !== 0, "a range crosses the bound");
    assert.deepEqual(outs, whole);
    assert.equal(itemCost(work, work.parts[0]!.count), itemCost(work.parts[1]!, 0));
  }
  // each state's distances and election (3 states), each turn's risk attitudes, challenges and election of the
  // state's positions (2 turns), the last state's risk attitudes and election
  assert.equal(joints, 6);
});

test("a team of 3 workers (2 helpers) equals one thread; a run that fails rejects and leaves the pool usable", async () => {
  const three = createScenarioPool({workers: 3});
  try {
    const scenario = synthetic(150, 1, 13);
    const ref = runSmp(scenario, {maxIterations: 2});
    assert.deepEqual(await three.smp(scenario, {maxIterations: 2}), ref);
    // the leader fails at once (an unknown parameter value): the helpers are stopped, the error names the value
    await assert.rejects(
      three.smp(scenario, {maxIterations: 2, params: {votingRule: "Plurality" as never}}),
      /SMP worker failed: .*Plurality/
    );
    assert.deepEqual(await three.smp(scenario, {maxIterations: 2}), ref);
  } finally {
    await three.close();
  }
});

test("the queues' elections give their probabilities in the work: ranges begin only between small elections", () => {
  const steps = smpSteps(synthetic(200, 2, 3), {maxIterations: 2});
  let checked = 0;
  for (let next = steps.next(); !next.done; next = steps.next()) {
    const work = next.value;
    work[MEANWHILE]?.();
    if (work.kind === "coalitions" && work.prob) {
      const upTo = work.probUpTo!;
      assert.ok(upTo >= 2 && (upTo * (upTo + 1) * work.voters) / 2 <= 50_000, `probUpTo ${upTo}`);
      const ranges = splitWork(work, 2);
      assert.ok(ranges.length > 1);
      for (const [from] of ranges) assert.ok(work.opt[from] === 0 || work.size[from]! > upTo, `a range at ${from}`);
      // a range that begins inside a small election is refused, not computed from strengths not written yet
      const inside = work.opt.findIndex((m, t) => m === 1 && work.size[t]! <= upTo);
      assert.ok(inside > 0);
      assert.throws(() => performSmpWork(work, inside, inside + 1), /inside an election/);
      for (const [from, to] of ranges) performSmpWork(work, from, to);
      // each small election's probabilities are positive and sum to 1
      for (let t = 0; t < work.count; t += work.size[t]!) {
        if (work.size[t]! > upTo) continue;
        let sum = 0;
        for (let m = 0; m < work.size[t]!; m++) sum += work.prob[t + m]!;
        assert.ok(Math.abs(sum - 1) < 1e-9);
      }
      checked++;
    } else for (const [from, to] of splitWork(work, 2)) performSmpWork(work, from, to);
  }
  assert.equal(checked, 2);
});

test("a result crosses from the leading worker as typed arrays and comes back equal, keys in the same order", () => {
  for (const [scenario, options] of [
    [synthetic(40, 3, 2), {maxIterations: 3}],
    [synthetic(30, 1, 4), {maxIterations: 2, params: {bargnModel: "InitRcvrInterp"} as const}]
  ] as const) {
    const result = runSmp(scenario, options);
    assert.ok(result.bargains.length > 0 && result.states[0]!.fractionalChange === undefined);
    const back = unpackSmpResult(structuredClone(packSmpResult(result)));
    assert.deepEqual(back, result);
    assert.equal(JSON.stringify(back), JSON.stringify(result));
  }
  const result = runSmp(synthetic(12, 1, 3), {maxIterations: 1});
  result.bargains[0]!.initiator = "Nobody";
  assert.throws(() => packSmpResult(result), /bargain names "Nobody", not an actor/);
});
