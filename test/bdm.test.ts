import {test} from "node:test";
import {readFileSync} from "node:fs";
import {assertGoldenJson} from "./golden.js";
import assert from "node:assert/strict";
import {formatIssue} from "../src/domain/index.js";
import {bdm, parseBdmCsv, type BdmActor} from "../src/simulate/index.js";

function load(name: string): BdmActor[] {
  const r = parseBdmCsv(readFileSync(`data/bdm/${name}.csv`, "utf8"), {file: `data/bdm/${name}.csv`});
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join("\n"));
  return r.value;
}

test("parseBdmCsv() reads the ten actors of ExampleActors.csv", () => {
  const actors = load("ExampleActors");
  assert.equal(actors.length, 10);
  assert.deepEqual(actors[0], {name: "Netherlands", capability: 0.08, position: 4, salience: 0.8});
  assert.deepEqual(actors[9], {name: "Greece", capability: 0.08, position: 7, salience: 0.7});
});

test("bdm() starts ExampleActors at the weighted mean 7.389956 (the published yardstick)", () => {
  const {forecast} = bdm(load("ExampleActors"), {rounds: 0});
  assert.equal(forecast[0]!.mean.toFixed(6), "7.389956");
  assert.ok(Math.abs(forecast[0]!.mean - 7.389956) < 5e-7);
  assert.equal(forecast[0]!.median, 7);
});

test("bdm() first round on ExampleActors: risk exponents, offers and forecasts per round (golden)", () => {
  const result = bdm(load("ExampleActors"), {rounds: 6});
  const first = result.rounds[0]!;
  assertGoldenJson("bdm/example-actors", {
    range: result.range,
    firstRound: {risk: first.risk, offers: first.offers, moves: first.moves},
    forecast: result.forecast
  });
  // Pinned inline too, so a change shows in the test output itself.
  assert.deepEqual(
    first.risk.map((r) => +r.riskExponent.toFixed(4)),
    [1.1172, 1.0044, 0.5, 1.1172, 1.0176, 1.0176, 2, 0.6483, 1.4537, 1.5569]
  );
  // Ordered pairs with distinct positions: 90 minus 4·3 + 3·2 + 3·2 pairs that already agree.
  assert.equal(first.offers.length, 66);
});

test("bdm() on Sultan.csv: forecast per round (golden)", () => {
  const result = bdm(load("Sultan"), {rounds: 6});
  assertGoldenJson("bdm/sultan", {
    range: result.range,
    firstRoundRisk: result.rounds[0]!.risk,
    forecast: result.forecast
  });
});

test("bdm() risk exponents stay within [0.5, 2] and offers are consistent with their outcome", () => {
  for (const round of bdm(load("Sultan"), {rounds: 3}).rounds) {
    for (const r of round.risk) assert.ok(r.riskExponent >= 0.5 - 1e-12 && r.riskExponent <= 2 + 1e-12);
    for (const o of round.offers) {
      if (o.outcome === "nothing") assert.ok(o.euChallenge <= 0 && o.euChallenged <= 0 && o.position === null);
      if (o.outcome === "confrontation") assert.ok(o.euChallenge > 0 && o.euChallenged > 0);
      if (o.outcome === "compromise" || o.outcome === "capitulation") assert.ok(o.euChallenge * o.euChallenged <= 0);
    }
  }
});

test("bdm() throws on fewer than two actors or a single position", () => {
  assert.throws(() => bdm([{name: "A", capability: 1, position: 1, salience: 1}]), /expected at least 2 actors: got 1/);
  assert.throws(
    () =>
      bdm([
        {name: "A", capability: 1, position: 1, salience: 1},
        {name: "B", capability: 1, position: 1, salience: 1}
      ]),
    /all actors hold the same position/
  );
});

test("parseBdmCsv() names the file, line and column of each bad row", () => {
  const text = [
    "Actor,Capability,Position,Salience",
    "A,0.5,4,0.8",
    "B,abc,7,0.4",
    "",
    "C,0.3,4,1.5",
    "D,0.2,4",
    ",0.2,4,0.1",
    "A,0.1,2,0.2",
    '"E, Inc.",-1,3,0.5'
  ].join("\n");
  const r = parseBdmCsv(text, {file: "actors.csv"});
  assert.equal(r.ok, false);
  assert.deepEqual(!r.ok && r.issues.map(formatIssue), [
    'actors.csv:3:3: Cannot parse number "abc" in column "Capability": expected a number',
    'actors.csv:5:9: Value "1.5" in column "Salience" is out of range: expected a number from 0 to 1',
    "actors.csv:6:1: Expected 4 fields: got 3",
    'actors.csv:7:1: Missing actor name in column "Actor"',
    'actors.csv:8:1: Duplicate actor "A": already defined on line 2',
    'actors.csv:9:11: Value "-1" in column "Capability" is out of range: expected a number >= 0'
  ]);
});

test("parseBdmCsv() reports a header without the needed columns", () => {
  const r = parseBdmCsv("Name,Capability,Position\nA,1,2\n", {file: "x.csv"});
  assert.deepEqual(!r.ok && r.issues.map(formatIssue), [
    'x.csv:1:1: Missing column "Actor" in header: expected Actor, Capability, Position, Salience',
    'x.csv:1:1: Missing column "Salience" in header: expected Actor, Capability, Position, Salience'
  ]);
});

test("parseBdmCsv() accepts any column order, case, CRLF and a BOM", () => {
  const r = parseBdmCsv("\uFEFFsalience,POSITION,actor,capability\r\n0.5,1,A,1\r\n0.5,3,B,2\r\n");
  assert.ok(r.ok);
  assert.deepEqual(r.ok && r.value, [
    {name: "A", capability: 1, position: 1, salience: 0.5},
    {name: "B", capability: 2, position: 3, salience: 0.5}
  ]);
});
