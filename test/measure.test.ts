// The measures on fixed inputs: hand-computed small cases and golden files (test/golden/measure/).
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, test} from "node:test";
import {
  aggregateEvents,
  alignment,
  balance,
  balanceSeries,
  indexTies,
  influence,
  relationRecords,
  toMillions,
  trianglePoint,
  yearRanges,
  type RelationEvent,
  type Tie,
  type Vote
} from "../src/measure/index.js";
import {assertGolden, stableJson} from "./golden.js";

const FIXTURES = join(import.meta.dirname, "fixtures", "measure");

function csv(name: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(join(FIXTURES, name), "utf8").trim().split("\n");
  const cols = head!.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [cols[i]!, v])));
}

const votes: Vote[] = csv("votes.csv").map((r) => ({
  rcid: +r.rcid!,
  year: +r.year!,
  date: r.date!,
  country: r.country!,
  vote: +r.vote!
}));
const issues = csv("issues.csv").map((r) => ({rcid: +r.rcid!, issue: r.issue!}));
const ties: Tie[] = csv("ties.csv").map((r) => ({
  id: r.id!,
  actor: r.actor!,
  partner: r.partner || null,
  year: +r.year!,
  metric: r.metric!,
  value: +r.value!,
  unit: r.unit!,
  source: r.source!
}));
const events: RelationEvent[] = csv("events.csv").map((r) => ({
  id: r.id!,
  date: r.date!,
  source: r.source!,
  target: r.target!,
  goldstein: +r.goldstein!,
  quad: +r.quad!
}));

const close = (a: number | null | undefined, b: number, eps = 1e-12) =>
  assert.ok(a !== null && a !== undefined && Math.abs(a - b) < eps, `${a} ≠ ${b}`);

describe("balance()", () => {
  test("balance() of two equal weights has entropy 1, HHI 0.5 and no lead", () => {
    const b = balance({RUS: 2, CHN: 2});
    assert.deepEqual(b, {shares: {RUS: 0.5, CHN: 0.5}, entropy: 1, hhi: 0.5, dominant: "RUS", lead: 0});
  });

  test("balance() of 3:1 has entropy 0.811278 (binary entropy of 1/4) and HHI 0.625", () => {
    const b = balance({RUS: 3, CHN: 1});
    close(b.entropy, -(0.75 * Math.log2(0.75) + 0.25 * Math.log2(0.25)));
    close(b.entropy, 0.8112781244591328);
    assert.equal(b.hhi, 0.625);
    assert.equal(b.dominant, "RUS");
    assert.equal(b.lead, 0.5);
  });

  test("balance() of 2:1:1 has entropy 1.5 bits / log2(3) and HHI 0.375", () => {
    const b = balance({RUS: 2, CHN: 1, USA: 1});
    close(b.entropy, 1.5 / Math.log2(3));
    assert.equal(b.hhi, 0.375);
    assert.equal(b.lead, 0.25);
  });

  test("balance() of one vector has entropy 0, HHI 1 and the whole share as lead", () => {
    assert.deepEqual(balance({CHN: 7}), {shares: {CHN: 1}, entropy: 0, hhi: 1, dominant: "CHN", lead: 1});
  });

  test("balance() with a floor folds small shares into other, which never dominates", () => {
    const b = balance({RUS: 8, CHN: 1.9, TUR: 0.1}, {floor: 0.05});
    assert.deepEqual(Object.keys(b.shares), ["RUS", "CHN", "other"]);
    close(b.shares.other!, 0.01);
    assert.equal(b.dominant, "RUS");
  });

  test("balance() throws on a zero total or a negative weight", () => {
    assert.throws(() => balance({RUS: 0}), /Cannot compute balance: total weight must be > 0: current total is 0/);
    assert.throws(
      () => balance({RUS: 1, CHN: -1}),
      /Cannot compute balance: weight of "CHN" must be >= 0: current value is -1/
    );
  });
});

describe("trianglePoint() and helpers", () => {
  test("trianglePoint() puts the vertices at (0,0), (1,0), (0.5, √3/2) and the even point at the centroid", () => {
    assert.deepEqual(trianglePoint(1, 0, 0), {weights: [1, 0, 0], x: 0, y: 0});
    assert.deepEqual(trianglePoint(0, 2, 0), {weights: [0, 1, 0], x: 1, y: 0});
    const c = trianglePoint(0, 0, 5)!;
    close(c.x, 0.5);
    close(c.y, Math.sqrt(3) / 2);
    const m = trianglePoint(1, 1, 1)!;
    close(m.x, 0.5);
    close(m.y, Math.sqrt(3) / 6);
    assert.equal(trianglePoint(0, 0, 0), null);
  });

  test("yearRanges() and toMillions()", () => {
    assert.equal(yearRanges([2021, 1992, 2020, 2022, 1995, 1994]), "1992, 1994–1995, 2020–2022");
    assert.equal(toMillions(5, "USD bn"), 5000);
    assert.equal(toMillions(42.3, "billion USD"), 42300);
    assert.equal(toMillions(1900, "million USD (current)"), 1900);
    assert.equal(toMillions(40, "IGOs"), 40);
  });
});

describe("alignment()", () => {
  const r = alignment(votes, {focal: "KAZ", vectors: ["RUS", "USA", "EU"], from: 2000, to: 2002, issues});
  const get = (vector: string, year: number, measure: string, issue?: string) =>
    r.records.find((x) => x.vector === vector && x.year === year && x.measure === measure && x.issue === issue);

  test("alignment() of KAZ and RUS in 2000, by hand: agreement 0.75, identical 0.5, S 0.5, κ 0", () => {
    // rc1 yes/yes → 1; rc2 abstain/yes → 0.5; rc3 RUS absent. Chance agreement (1/2·1 + 1/2·0) = 0.5 → κ 0.
    assert.deepEqual(get("RUS", 2000, "agreement"), {
      focal: "KAZ",
      vector: "RUS",
      year: 2000,
      measure: "agreement",
      value: 0.75,
      n: 2
    });
    assert.equal(get("RUS", 2000, "identical")!.value, 0.5);
    assert.equal(get("RUS", 2000, "s_score")!.value, 0.5);
    assert.equal(get("RUS", 2000, "kappa")!.value, 0);
  });

  test("alignment() takes the EU's position as its members' mean at the roll call's date", () => {
    // rc1 DEU abstain, FRA no → 0.25 vs KAZ yes → 0.25; rc2 0.5 vs 0.5 → 1; rc3 DEU yes → 1.
    assert.equal(get("EU", 2000, "agreement")!.value, 0.75);
    assert.equal(get("EU", 2000, "agreement")!.n, 3);
    assert.equal(get("USA", 2000, "agreement", "hr")!.value, 0.5);
  });

  test("alignment() gives null, not zero, for years without common votes, and warns with the years", () => {
    assert.equal(get("RUS", 2002, "agreement")!.value, null);
    assert.deepEqual(
      r.warnings.map((w) => w.message),
      [
        `No UN roll calls in which "KAZ" and "RUS" both voted in 2002: values are null`,
        `No UN roll calls in which "KAZ" and "USA" both voted in 2002: values are null`,
        `No UN roll calls in which "KAZ" and "EU" both voted in 2002: values are null`
      ]
    );
  });

  test("alignment() golden", () => {
    assertGolden(
      "measure/alignment.json",
      stableJson(
        alignment(votes, {focal: "KAZ", vectors: ["RUS", "USA", "EU"], from: 2000, to: 2002, issues, explain: true})
      )
    );
  });
});

describe("influence() and balanceSeries()", () => {
  const options = {focal: "KAZ", vectors: ["RUS", "CHN", "USA", "EU"], from: 2000, to: 2002};

  test("influence() of RUS over KAZ in 2000, by hand", () => {
    const r = influence(ties, options);
    const get = (vector: string, dimension: string, measure: string) =>
      r.records.find(
        (x) => x.vector === vector && x.year === 2000 && x.dimension === dimension && x.measure === measure
      )!.value;
    // Economic: trade 4000 of 10000 → dependence 0.4; bandwidth 4000 / (4000 + 10000).
    close(get("RUS", "economic", "dependence"), 0.4);
    close(get("RUS", "economic", "bandwidth"), 4000 / 14000);
    close(get("RUS", "economic", "influence"), 0.5 * (4000 / 14000) + 0.5 * 0.4);
    // EU trade is the sum over members (DEU + FRA = 1000); EU IGOs the mean over the 15 members of
    // 2000, those without a row counting as zero ((30 + 20) / 15 of 50).
    close(get("EU", "economic", "dependence"), 0.1);
    close(get("EU", "political", "dependence"), 50 / 15 / 50);
    // Security: defense 1 + consultation 0.25 against 3·1 + 2·0.25 + 4·0.5 = 5.5.
    close(get("RUS", "security", "dependence"), 1.25 / 5.5);
    close(get("RUS", "security", "bandwidth"), 1.25 / 2.25);
  });

  test("influence() converts units, prefers dataset rows and uses recorded partners when there is no total", () => {
    const r = influence(ties, options);
    const get = (vector: string, dimension: string, measure: string) =>
      r.records.find(
        (x) => x.vector === vector && x.year === 2001 && x.dimension === dimension && x.measure === measure
      )!.value;
    // 2001: no trade total → denominator 5000 + 5000 (5 bn) + 1500.
    close(get("CHN", "economic", "dependence"), 5000 / 11500);
    close(get("RUS", "security", "dependence"), 0.75);
    assert.equal(get("RUS", "political", "influence"), null);
  });

  test("influence() golden", () => {
    assertGolden("measure/influence.json", stableJson(influence(ties, {...options, explain: true})));
  });

  test("balanceSeries() golden, with the triangle and the sensitivity", () => {
    assertGolden(
      "measure/balance.json",
      stableJson(balanceSeries(indexTies(ties), {...options, triangle: ["RUS", "CHN", "USA"]}))
    );
  });

  test("balanceSeries() combines the dimension shares with equal weights and warns about years without data", () => {
    const r = balanceSeries(indexTies(ties), {...options, sensitivity: []});
    const shares = r.records.filter((x) => x.year === 2000 && x.measure === "share" && x.dimension === "combined");
    close(
      shares.reduce((s, x) => s + x.value!, 0),
      1
    );
    for (const v of options.vectors) {
      const byDim = ["economic", "political", "security"].map(
        (d) =>
          r.records.find((x) => x.year === 2000 && x.vector === v && x.dimension === d && x.measure === "share")!.value!
      );
      close(shares.find((x) => x.vector === v)!.value, (byDim[0]! + byDim[1]! + byDim[2]!) / 3);
    }
    assert.equal(r.records.find((x) => x.year === 2002 && x.measure === "entropy")!.value, null);
    assert.deepEqual(
      r.warnings.map((w) => w.message),
      [
        `No structural ties between "KAZ" and its vectors in 2002: values are null`,
        `No political indicators for "KAZ" in 2001: the combined figures rest on the other dimensions`
      ]
    );
  });
});

describe("relations", () => {
  test("aggregateEvents() counts, sums and nets cooperation per directed dyad and month", () => {
    const cells = aggregateEvents(events, {focal: "KAZ", vectors: ["RUS", "CHN", "USA"]});
    assert.deepEqual(cells[0], {
      source: "KAZ",
      target: "RUS",
      month: "2000-01",
      events: 2,
      goldsteinSum: 2,
      goldsteinMean: 1,
      netCooperation: 0
    });
    assert.equal(cells.length, 5); // USA→RUS is not a dyad of KAZ
  });

  test("relations golden", () => {
    const opts = {focal: "KAZ", vectors: ["RUS", "CHN", "USA"], from: 2000, to: 2002};
    assertGolden("measure/relations.json", stableJson(relationRecords(aggregateEvents(events, opts), opts)));
  });
});
