import {test} from "node:test";
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import type {Scenario} from "../src/domain/index.js";
import {balance} from "../src/measure/index.js";
import {
  apply,
  autonomy,
  combinedShares,
  createWorld,
  dimensionWeights,
  herfindahl,
  normalizedEntropy,
  parseScenario,
  PARAM_DEFAULTS,
  quantileSorted,
  randomXoshiro,
  resolveRun,
  runStream,
  sampleUncertain,
  sharesInto,
  dominantIndex,
  simulateRun,
  step,
  type ResolvedShock,
  type World
} from "../src/simulate/index.js";
import {
  corridor,
  hedge,
  leaveOrg,
  sanctions,
  bandwagon,
  balanceAgainst,
  war,
  tieShock,
  joinOrg
} from "../src/simulate/forces/index.js";

function scenario(file: string): Scenario {
  const r = parseScenario(readFileSync(file, "utf8"), {file});
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const base = scenario("scenarios/leave-csto.yaml");
const params = {...PARAM_DEFAULTS} as Record<string, number>;
const ctx = (t: number) => ({t, random: randomXoshiro(1), params});
const shock = (s: Partial<ResolvedShock> & Pick<ResolvedShock, "kind" | "target">): ResolvedShock => ({
  at: 1,
  magnitude: 0,
  ...s
});
const cell = (w: World, vector: string, d: number) => w.level[w.vectors.indexOf(vector) * 4 + d]!;
const anchorOf = (w: World, vector: string, d: number) => w.anchor[w.vectors.indexOf(vector) * 4 + d]!;

test("randomXoshiro() gives the same exact numbers for the same seed", () => {
  const r = randomXoshiro(42);
  assert.deepEqual([r(), r(), r()], [0.4690228053368628, 0.590576414950192, 0.10237657721154392]);
  const s = runStream(42, 7);
  assert.deepEqual([s(), s()], [0.9741614083759487, 0.02274415548890829]);
  assert.notEqual(runStream(42, 0)(), runStream(42, 1)());
  assert.notEqual(runStream(42, 0)(), runStream(43, 0)());
});

test("sampleUncertain() returns constants without drawing, and stays in a uniform's range", () => {
  let draws = 0;
  const counted = () => (++draws, 0.25);
  assert.equal(sampleUncertain(3, counted), 3);
  assert.equal(draws, 0);
  assert.equal(sampleUncertain({uniform: [1, 5]}, counted), 2);
  assert.equal(sampleUncertain({normal: [10, 0]}, counted), 10);
  assert.equal(draws, 3);
  const r = randomXoshiro(9);
  let sum = 0;
  for (let i = 0; i < 20000; ++i) sum += sampleUncertain({normal: [1, 2]}, r);
  assert.ok(Math.abs(sum / 20000 - 1) < 0.05);
});

test("normalizedEntropy() and herfindahl() on even and concentrated shares", () => {
  assert.equal(normalizedEntropy([0.25, 0.25, 0.25, 0.25]), 1);
  assert.equal(normalizedEntropy([1, 0, 0]), 0);
  assert.equal(herfindahl([0.5, 0.5]), 0.5);
  assert.equal(normalizedEntropy([0.75, 0.25]), 0.8112781244591328);
  assert.throws(() => sharesInto([0, 0], new Float64Array(2)), /total weight must be > 0: current total is 0/);
});

test("the array balance helpers agree with measure's balance() on the same weights", () => {
  const random = randomXoshiro(5);
  const vectors = ["RUS", "CHN", "USA", "EU", "TUR"];
  for (let i = 0; i < 200; ++i) {
    const weights = vectors.map(() => random() * 10);
    const shares = new Float64Array(vectors.length);
    sharesInto(weights, shares);
    const b = balance(Object.fromEntries(vectors.map((v, j) => [v, weights[j]!])));
    assert.ok(Math.abs(b.entropy - normalizedEntropy(shares)) < 1e-12);
    assert.ok(Math.abs(b.hhi - herfindahl(shares)) < 1e-12);
    assert.equal(b.dominant, vectors[dominantIndex(shares)]);
  }
});

test("quantileSorted() interpolates like d3.quantile", () => {
  assert.equal(quantileSorted([1, 2, 3, 4], 0.5), 2.5);
  assert.equal(quantileSorted([1, 2, 3, 4], 0.05), 1.15);
  assert.equal(quantileSorted([7], 0.95), 7);
  assert.ok(Number.isNaN(quantileSorted([], 0.5)));
});

test("createWorld() reads start[vector][dimension] and sets membership flags", () => {
  const w = createWorld(base);
  assert.equal(cell(w, "RUS", 1), 60);
  assert.equal(cell(w, "EU", 0), 40);
  assert.equal(w.flags["member:CSTO"], 1);
  assert.deepEqual(
    Array.from(combinedShares(w.level, dimensionWeights(params))).map((s) => +s.toFixed(4)),
    [0.4582, 0.188, 0.1054, 0.1561, 0.0923]
  ); // RUS = mean(27/117, 60/87, 35/105, 55/95): the mean of its dimension shares
  assert.equal(+autonomy(w.level).toFixed(4), 0.3879); // (1 − 60/87) / (1 − 1/5): RUS holds 69% of security
});

test("step() is pure: it returns a new world and leaves its input untouched", () => {
  const w = createWorld(base);
  const before = Array.from(w.level);
  const next = step(w, [leaveOrg(shock({kind: "leave-org", target: "CSTO", magnitude: 0.5}))], ctx(1));
  assert.deepEqual(Array.from(w.level), before);
  assert.equal(w.flags["member:CSTO"], 1);
  assert.equal(next.flags["member:CSTO"], 0);
  assert.equal(next.t, 1);
  assert.equal(apply(w, null), w);
});

test("leaveOrg() drops the security tie with RUS, sours politics and raises risk; nothing if not a member", () => {
  const w = createWorld(base);
  const f = leaveOrg(shock({kind: "leave-org", target: "CSTO", magnitude: 0.5}));
  const next = step(w, [f], ctx(1));
  assert.equal(anchorOf(next, "RUS", 1), 30);
  assert.equal(cell(next, "RUS", 1), 45); // impact 0.5 of the 50% drop at once
  assert.equal(anchorOf(next, "RUS", 2), 35 * (1 - 0.5 * 0.3));
  assert.equal(next.risk, 0.25);
  const later = step(next, [f], ctx(2));
  assert.equal(later.risk, 0.25 + 0.5 * 0.25 * 0.3);
  const outsider = createWorld({...base, memberships: []});
  assert.equal(step(outsider, [f], ctx(1)).risk, 0);
});

test("joinOrg() raises the lead's tie and lowers risk for a security organization", () => {
  const w = createWorld({...base, memberships: []});
  const next = step(w, [joinOrg(shock({kind: "join-org", target: "CSTO", magnitude: 0.2}))], ctx(1));
  assert.equal(anchorOf(next, "RUS", 1), 72);
  assert.equal(next.flags["member:CSTO"], 1);
});

test("corridor() ×3 raises economic anchors of CHN, TUR and EU and lowers RUS over the ramp", () => {
  let w = createWorld(base);
  const f = corridor(shock({kind: "corridor", target: "Middle Corridor", magnitude: 3}));
  for (let t = 1; t <= 6; ++t) w = step(w, [f], ctx(t));
  assert.ok(Math.abs(anchorOf(w, "CHN", 0) - 31 * (1 + 0.3 * Math.log(3))) < 1e-9);
  assert.ok(Math.abs(anchorOf(w, "TUR", 0) - 7 * (1 + 0.3 * Math.log(3))) < 1e-9);
  assert.ok(Math.abs(anchorOf(w, "RUS", 0) - 27 * (1 - 0.25 * (2 / 3))) < 1e-9);
  assert.equal(anchorOf(w, "USA", 0), 12);
  assert.equal(w.flags["corridor:Middle Corridor"], 3);
});

test("sanctions() costs prosperity in proportion to the RUS economic share, and EU/USA press", () => {
  const w = createWorld(base);
  const next = step(w, [sanctions(shock({kind: "sanctions", target: "RUS", magnitude: 0.5}))], ctx(1));
  const exposure = 27 / (27 + 31 + 12 + 40 + 7);
  assert.ok(Math.abs(next.cost - 0.5 * 0.3 * exposure) < 1e-12);
  assert.ok(Math.abs(anchorOf(next, "RUS", 0) - 27 * (1 - 0.5 * 0.08)) < 1e-12);
  assert.ok(Math.abs(anchorOf(next, "EU", 0) - 40 * (1 - 0.5 * 0.04 * exposure)) < 1e-12);
  assert.equal(anchorOf(next, "CHN", 0), 31);
  assert.equal(step(next, [], ctx(2)).cost, 0, "cost is per step");
});

test("war() adds risk while on and clears its flag when over", () => {
  const f = war(shock({kind: "war", target: "UKR", vector: "RUS", magnitude: 0.4, duration: 2}));
  let w = createWorld(base);
  w = step(w, [f], ctx(1));
  assert.ok(Math.abs(w.risk - 0.06) < 1e-12);
  w = step(w, [f], ctx(2));
  w = step(w, [f], ctx(3));
  assert.equal(w.flags["war:UKR"], 0);
});

test("tieShock() with a duration moves the anchor and moves it back", () => {
  const f = tieShock(shock({kind: "tie", target: "CHN", dimension: "economic", magnitude: 0.5, duration: 3}));
  let w = createWorld(base);
  w = step(w, [f], ctx(1));
  assert.equal(anchorOf(w, "CHN", 0), 46.5);
  for (let t = 2; t <= 4; ++t) w = step(w, [f], ctx(t));
  assert.ok(Math.abs(anchorOf(w, "CHN", 0) - 31) < 1e-12);
});

test("hedge() moves ties out of a vector above the threshold and conserves the total", () => {
  const w = createWorld(base);
  const next = step(w, [hedge({threshold: 0.35, rate: 0.1})], ctx(1));
  const total = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
  assert.ok(anchorOf(next, "RUS", 1) < 60);
  assert.ok(anchorOf(next, "TUR", 1) > 6);
  assert.ok(Math.abs(total(next.anchor) - total(w.anchor)) < 1e-9);
  assert.deepEqual(
    step(w, [hedge({threshold: 0.5, rate: 0.1})], ctx(1)).anchor,
    w.anchor,
    "below the threshold: no change"
  );
});

test("bandwagon() feeds the strongest; balanceAgainst() feeds its rivals", () => {
  const w = createWorld(base);
  assert.ok(anchorOf(step(w, [bandwagon({rate: 0.1})], ctx(1)), "RUS", 0) > 27);
  const b = step(w, [balanceAgainst({rate: 0.1})], ctx(1));
  assert.ok(anchorOf(b, "RUS", 0) < 27);
  assert.ok(anchorOf(b, "CHN", 0) - 31 > anchorOf(b, "TUR", 0) - 7, "larger rivals gain more");
});

test("resolveRun() draws each uncertain quantity from its own keyed stream", () => {
  const a = resolveRun(base, 42, 0);
  const b = resolveRun(base, 42, 0);
  assert.deepEqual(a, b);
  assert.equal(a.params.volatility, 0.05509889246895909);
  assert.equal(a.strategy.rate, 0.11201239717192948);
  assert.equal(a.shocks[0]!.magnitude, 0.44874353806953876);
  assert.equal(a.params.reversion, PARAM_DEFAULTS.reversion);
  // Common random numbers: removing the shock, or adding a parameter, leaves the other draws as they were.
  const noShock = resolveRun({...base, shocks: []}, 42, 0);
  assert.deepEqual(noShock.params, a.params);
  assert.deepEqual(noShock.strategy, a.strategy);
  const more = resolveRun({...base, params: {...base.params, warRisk: {uniform: [0.1, 0.2]}}}, 42, 0);
  assert.equal(more.params.volatility, a.params.volatility);
  assert.equal(more.shocks[0]!.magnitude, a.shocks[0]!.magnitude);
  assert.notEqual(resolveRun(base, 42, 1).params.volatility, a.params.volatility);
});

test("simulateRun() leave-csto, seed 42, run 0: exact shares and risk (seeded exactness)", () => {
  const {trajectory, setup} = simulateRun(base, {seed: 42, run: 0});
  const shares = (t: number) => Array.from(combinedShares(trajectory[t]!.level, dimensionWeights(setup.params)));
  assert.equal(trajectory.length, 16);
  assert.deepEqual(
    shares(1),
    [0.4486667506566354, 0.19084831499369462, 0.1047518991198215, 0.15588316190160006, 0.0998498733282485]
  );
  assert.deepEqual(
    shares(2),
    [0.4350276661252596, 0.19792594332136676, 0.11212199822726114, 0.14892252441018608, 0.10600186791592642]
  );
  assert.deepEqual(
    shares(15),
    [0.36933637127597485, 0.20554867117408235, 0.14087664452490348, 0.15807487937204792, 0.1261634336529913]
  );
  assert.equal(trajectory[1]!.risk, 0);
  assert.equal(trajectory[2]!.risk, 0.23263316289521752);
  assert.equal(trajectory[3]!.risk, 0.19773818846093488);
  assert.equal(trajectory[15]!.risk, 0.11744356129464717);
  assert.equal(trajectory[2]!.flags["member:CSTO"], 0);
});
