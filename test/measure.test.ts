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
  coverageBreaks,
  indexTies,
  influence,
  relationRecords,
  toMillions,
  trianglePoint,
  yearRanges,
  checkParams,
  PARAMETER_SPECS,
  resolveParams,
  sensitivitySettings,
  type MembershipSpan,
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
  // The fixture has two or three roll calls a year: minN 1 keeps them (the default, 10, would null them).
  const r = alignment(votes, {focal: "KAZ", vectors: ["RUS", "USA", "EU"], from: 2000, to: 2002, issues, minN: 1});
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
        alignment(votes, {
          focal: "KAZ",
          vectors: ["RUS", "USA", "EU"],
          from: 2000,
          to: 2002,
          issues,
          explain: true,
          minN: 1
        })
      )
    );
  });
});

const memberships: MembershipSpan[] = [
  {actor: "KAZ", org: "EAEU", role: "founder", from: "1999-01-01"},
  {actor: "RUS", org: "EAEU", role: "founder", from: "1999-01-01"},
  ...["KAZ", "RUS", "CHN"].map((actor) => ({actor, org: "SCO", role: "founder", from: "1999-01-01"})),
  ...["KAZ", "RUS", "CHN", "USA"].map((actor) => ({actor, org: "UN", role: "member", from: "1945-10-24"})),
  {actor: "KAZ", org: "CSTO", role: "founder", from: "1992-05-15"},
  {actor: "RUS", org: "CSTO", role: "founder", from: "1992-05-15"}
];

describe("influence() and balanceSeries()", () => {
  const options = {focal: "KAZ", vectors: ["RUS", "CHN", "USA", "EU"], from: 2000, to: 2002, memberships};

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
    // EU trade is the sum over members (DEU + FRA = 1000).
    close(get("EU", "economic", "dependence"), 0.1);
    // Political (institutions only: no ideal points in the fixture). Four vectors: EAEU has one of
    // them (exclusivity 1, depth 1), SCO two (1 − 1/3, depth 0.5), the UN three (1 − 2/3, depth 0.1).
    // KAZ's total is 1 + 0.5·2/3 + 0.1·1/3 = 41/30; RUS shares all of it, CHN SCO and UN (11/30).
    close(get("RUS", "political", "dependence"), 1);
    close(get("CHN", "political", "dependence"), 11 / 41);
    close(get("CHN", "political", "bandwidth"), 11 / 30 / (11 / 30 + 1));
    close(get("EU", "political", "dependence"), 0);
    // Security: ATOP defence 1 + consultation 0.1 against 3·1 + 2·0.1 + 4·0.1 = 3.6 (alliance), and
    // the CSTO shared with RUS alone (defence_org: dependence 1, bandwidth 1/2); mean of the two.
    close(get("RUS", "security", "dependence"), (1.1 / 3.6 + 1) / 2);
    close(get("RUS", "security", "bandwidth"), (1.1 / 2.1 + 0.5) / 2);
    close(get("CHN", "security", "dependence"), 0.1 / 3.6 / 2);
  });

  test("influence() converts units, prefers dataset rows and sums arms imports into the focal state", () => {
    const r = influence(ties, options);
    const get = (vector: string, dimension: string, measure: string) =>
      r.records.find(
        (x) => x.vector === vector && x.year === 2001 && x.dimension === dimension && x.measure === measure
      )!.value;
    // 2001: no trade total → denominator 5000 + 5000 (5 bn) + 1500.
    close(get("CHN", "economic", "dependence"), 5000 / 11500);
    // Security in 2001: no ATOP rows; defence_org (RUS 1) and arms (RUS 300 of 400 TIV) → mean.
    close(get("RUS", "security", "dependence"), (1 + 0.75) / 2);
    close(get("CHN", "security", "dependence"), (0 + 0.25) / 2);
  });

  test("influence() golden", () => {
    assertGolden(
      "measure/influence.json",
      stableJson({...influence(ties, {...options, explain: true}), parameters: []})
    );
  });

  test("balanceSeries() golden, with the triangle, coverage, breaks, parameters and stability", () => {
    assertGolden(
      "measure/balance.json",
      // The parameters are pinned by their own test; here only the figures they produce.
      stableJson({...balanceSeries(indexTies(ties), {...options, triangle: ["RUS", "CHN", "USA"]}), parameters: []})
    );
  });

  test("balanceSeries() combines the dimension shares with equal weights and warns about years without data", () => {
    const r = balanceSeries(indexTies(ties), {...options, sensitivity: false});
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
    // 2002: only memberships (political, security) — no economic data.
    assert.ok(
      r.warnings.some(
        (w) =>
          w.message === `No economic indicators for "KAZ" in 2002: the combined figures rest on the other dimensions`
      )
    );
  });

  test("coverage says what each year rests on, and each change is a break record", () => {
    const r = balanceSeries(indexTies(ties), {...options, sensitivity: false});
    const c2000 = r.coverage!.find((c) => c.year === 2000)!;
    assert.deepEqual(c2000.dimensions, ["economic", "political", "security"]);
    assert.deepEqual(
      c2000.metrics.map((m) => `${m.dimension}:${m.metric}:${m.provenance}`),
      [
        "economic:trade:observed",
        "political:institutions:observed",
        "security:alliance:observed",
        "security:defence_org:observed"
      ]
    );
    assert.deepEqual(
      r.breaks!.map((b) => [b.year, b.added, b.removed]),
      [
        [2001, ["security:arms"], ["security:alliance"]],
        [2002, [], ["economic", "security:arms"]]
      ]
    );
    assert.match(
      r.breaks![1]!.message,
      /^2002: economic, security:arms leave \(last data in 2001: dataset:cow-trade, https:\/\/example.org\/pack-figure, dataset:sipri\)$/
    );
  });

  test("a metric passing from one dataset to another is a break; cited pack sources changing are not", () => {
    const m = (year: number, sources: string[]) => ({
      year,
      dimensions: ["economic"],
      metrics: [{metric: "trade", dimension: "economic", provenance: "observed" as const, sources}],
      partial: false
    });
    const breaks = coverageBreaks([
      m(2013, ["dataset:cow-trade"]),
      m(2014, ["dataset:cow-trade"]),
      m(2015, ["dataset:national-trade"]),
      m(2016, ["dataset:national-trade", "https://example.org/a-cited-figure"]),
      m(2017, ["dataset:national-trade", "https://example.org/another"])
    ]);
    assert.deepEqual(
      breaks.map((b) => [b.year, b.changed]),
      [[2015, ["economic:trade dataset:cow-trade → dataset:national-trade"]]]
    );
    assert.equal(breaks[0]!.message, "2015: economic:trade dataset:cow-trade → dataset:national-trade");
    // A metric entering names the dataset it comes from.
    const entering = coverageBreaks([
      {year: 2017, dimensions: [], metrics: [], partial: false},
      m(2018, ["dataset:national-trade"])
    ]);
    assert.match(entering[0]!.message, /^2018: economic enters \(from dataset:national-trade\)$/);
  });

  test("--coverage fixed keeps one set of dimensions and leaves years without them null", () => {
    const r = balanceSeries(indexTies(ties), {
      ...options,
      sensitivity: false,
      coverage: {mode: "fixed", dimensions: ["economic", "political", "security"]}
    });
    assert.notEqual(r.records.find((x) => x.year === 2001 && x.measure === "entropy")!.value, null);
    assert.equal(r.records.find((x) => x.year === 2002 && x.measure === "entropy")!.value, null);
    assert.match(
      r.warnings[0]!.message,
      /^No data for all of economic, political, security \(--coverage fixed\) for "KAZ" in 2002/
    );
  });

  test("a state tied to one vector only gets a low entropy and a large lead: the index can say 'not balanced'", () => {
    const one: Tie[] = [
      {id: "a", actor: "XKZ", partner: "RUS", year: 2010, metric: "trade", value: 9000, source: "dataset:t"},
      {id: "b", actor: "XKZ", partner: null, year: 2010, metric: "trade_total", value: 10000, source: "dataset:t"},
      {id: "c", actor: "XKZ", partner: "RUS", year: 2010, metric: "alliance_defense", value: 1, source: "dataset:a"},
      {
        id: "d",
        actor: "XKZ",
        partner: null,
        year: 2010,
        metric: "alliance_defense_partners",
        value: 1,
        source: "dataset:a"
      }
    ];
    const r = balanceSeries(indexTies(one), {
      focal: "XKZ",
      vectors: ["RUS", "CHN", "USA", "EU", "TUR"],
      from: 2010,
      to: 2010,
      sensitivity: false,
      memberships: [
        {actor: "XKZ", org: "EAEU", role: "member", from: "2000-01-01"},
        {actor: "RUS", org: "EAEU", role: "founder", from: "2000-01-01"}
      ]
    });
    const entropy = r.records.find((x) => x.measure === "entropy")!.value!;
    const lead = r.records.find((x) => x.measure === "lead")!;
    assert.equal(lead.vector, "RUS");
    assert.equal(entropy, 0);
    assert.equal(lead.value, 1);
    // Half the ties elsewhere: the entropy rises and the lead falls.
    const half = balanceSeries(
      indexTies([
        ...one,
        {id: "e", actor: "XKZ", partner: "CHN", year: 2010, metric: "trade", value: 1000, source: "dataset:t"}
      ]),
      {focal: "XKZ", vectors: ["RUS", "CHN", "USA", "EU", "TUR"], from: 2010, to: 2010, sensitivity: false}
    );
    const e2 = half.records.find((x) => x.measure === "entropy")!.value!;
    const l2 = half.records.find((x) => x.measure === "lead")!.value!;
    assert.ok(e2 > 0 && l2 < 1, `entropy ${e2}, lead ${l2}`);
  });

  test("the sensitivity moves every parameter over its range and flags a year whose dominant vector flips", () => {
    // A leads the economy (9000 vs 1000 of 10000), B security (ATOP defence with B, consultation with A):
    // near-even combined shares, so moving a dimension weight changes the dominant vector.
    const t: Tie[] = [
      {id: "1", actor: "FOC", partner: "AAA", year: 2000, metric: "trade", value: 9000, source: "dataset:t"},
      {id: "2", actor: "FOC", partner: "BBB", year: 2000, metric: "trade", value: 1000, source: "dataset:t"},
      {id: "3", actor: "FOC", partner: null, year: 2000, metric: "trade_total", value: 10000, source: "dataset:t"},
      {id: "4", actor: "FOC", partner: "BBB", year: 2000, metric: "alliance_defense", value: 1, source: "dataset:a"},
      {id: "5", actor: "FOC", partner: "AAA", year: 2000, metric: "alliance_consul", value: 1, source: "dataset:a"},
      {
        id: "6",
        actor: "FOC",
        partner: null,
        year: 2000,
        metric: "alliance_defense_partners",
        value: 1,
        source: "dataset:a"
      },
      {
        id: "7",
        actor: "FOC",
        partner: null,
        year: 2000,
        metric: "alliance_consul_partners",
        value: 1,
        source: "dataset:a"
      }
    ];
    const r = balanceSeries(indexTies(t), {focal: "FOC", vectors: ["AAA", "BBB"], from: 2000, to: 2000});
    const s = r.stability![0]!;
    assert.equal(s.mark, "fragile");
    assert.equal(s.settings, sensitivitySettings(resolveParams()).length);
    assert.ok(s.settings > 80, `${s.settings} settings`);
    assert.ok(
      s.dominantFlips.some((f) => f.startsWith("dimension.economic=")) ||
        s.dominantFlips.some((f) => f.startsWith("dimension.security=")),
      s.dominantFlips.join("; ")
    );
    // Every parameter is echoed with the value used.
    assert.deepEqual(
      r.parameters!.map((p) => p.name),
      PARAMETER_SPECS.map((p) => p.name)
    );
    // Setting a parameter changes the figure and is echoed.
    const moved = balanceSeries(indexTies(t), {
      focal: "FOC",
      vectors: ["AAA", "BBB"],
      from: 2000,
      to: 2000,
      sensitivity: false,
      params: {"dimension.economic": 2}
    });
    assert.equal(moved.parameters!.find((p) => p.name === "dimension.economic")!.value, 2);
    assert.notEqual(
      moved.records.find((x) => x.measure === "dominant")!.vector,
      r.records.find((x) => x.measure === "dominant")!.vector
    );
  });

  test("the sensitivity recomputes only what a parameter touches, and equals the balance recomputed with that setting", () => {
    // Every setting of the sensitivity against a full balance with that one parameter set: the same
    // entropy change in every year, the same dominant vector and rank order (the fixture has trade,
    // investment, ATOP, arms, institutions and a bloc; the hole fixture below covers the checks).
    const opts = {...options, triangle: ["RUS", "CHN", "USA"] as [string, string, string]};
    const index = indexTies(ties);
    const r = balanceSeries(index, opts);
    const base = balanceSeries(index, {...opts, sensitivity: false});
    const entropy = (x: typeof base, y: number) =>
      x.records.find((m) => m.year === y && m.measure === "entropy")!.value!;
    const dominant = (x: typeof base, y: number) =>
      x.records.find((m) => m.year === y && m.measure === "dominant")!.vector;
    let compared = 0;
    for (const s of sensitivitySettings(resolveParams())) {
      const full = balanceSeries(index, {...opts, sensitivity: false, params: {[s.name]: s.value}});
      for (const st of r.stability!) {
        const label = `${s.name}=${Math.round(s.value * 1e6) / 1e6}`;
        const rec = r.records.find(
          (m) => m.year === st.year && m.measure === "entropy_change" && m.parameter === label
        );
        assert.ok(rec, `no entropy_change for ${label} in ${st.year}`);
        assert.equal(rec.value, entropy(full, st.year) - entropy(base, st.year), `${label} ${st.year}`);
        const flipped = dominant(full, st.year) !== dominant(base, st.year);
        assert.equal(
          st.dominantFlips.some((f) => f.startsWith(`${label} `)),
          flipped,
          `${label} ${st.year}`
        );
        compared += 1;
      }
    }
    assert.ok(compared > 200, `${compared} settings × years compared`);
  });

  test("checkParams() names unknown parameters with the nearest name, and bad values", () => {
    assert.deepEqual(
      checkParams({"metric.trade.halfsaturation": 5, mix: 2, "arms.window": 2.5}).map((i) => i.message),
      [
        `Unknown parameter "metric.trade.halfsaturation": did you mean "metric.trade.half_saturation"? (list them with \`multivector measure parameters\`)`,
        `Invalid parameter mix: expected a value in [0, 1], found 2`,
        `Invalid parameter arms.window: expected a whole number, found 2.5`
      ]
    );
  });

  test("a hole (a dyad that collapses and recovers) is flagged, or interpolated when asked", () => {
    const t: Tie[] = [];
    const rus = [20, 20, 20, 8, 9, 22, 22];
    rus.forEach((v, i) => {
      const year = 2005 + i;
      t.push({
        id: `r${year}`,
        actor: "FOC",
        partner: "RUS",
        year,
        metric: "trade",
        value: v,
        source: "dataset:cow-trade"
      });
      t.push({
        id: `c${year}`,
        actor: "FOC",
        partner: "CHN",
        year,
        metric: "trade",
        value: 30,
        source: "dataset:cow-trade"
      });
      t.push({
        id: `t${year}`,
        actor: "FOC",
        partner: null,
        year,
        metric: "trade_total",
        value: 100,
        source: "dataset:cow-trade"
      });
    });
    const opts = {focal: "FOC", vectors: ["RUS", "CHN"], from: 2005, to: 2011, sensitivity: false as const};
    const flagged = balanceSeries(indexTies(t), opts);
    assert.deepEqual(
      flagged.coverage!.map((c) => c.metrics[0]!.provenance),
      ["observed", "observed", "observed", "flagged", "flagged", "observed", "observed"]
    );
    assert.ok(flagged.warnings.some((w) => w.code === "check_hole" && /FOC–RUS in 2008–2009/.test(w.message)));
    const filled = balanceSeries(indexTies(t), {...opts, params: {"checks.interpolate_holes": 1}});
    assert.equal(filled.coverage![3]!.metrics[0]!.provenance, "interpolated");
    const share = (r: typeof filled, y: number) =>
      r.records.find((x) => x.year === y && x.vector === "RUS" && x.measure === "share" && x.dimension === "economic")!
        .value!;
    assert.ok(share(filled, 2008) > share(flagged, 2008));
  });
});

describe("alignment(): minimum n and ideal points", () => {
  test("a year with fewer jointly voted roll calls than minN is null with a warning", () => {
    const r = alignment(votes, {focal: "KAZ", vectors: ["RUS"], from: 2000, to: 2000});
    assert.equal(r.records.find((x) => x.measure === "agreement")!.value, null);
    assert.equal(r.records.find((x) => x.measure === "agreement")!.n, 2);
    assert.deepEqual(
      r.warnings.map((w) => w.message),
      [`Fewer than 10 UN roll calls in which "KAZ" and "RUS" both voted in 2000 (alignment.min_n): values are null`]
    );
  });

  test("roll calls are keyed on rcid and date: a reused rcid is two roll calls", () => {
    const v: Vote[] = [
      {rcid: 7, year: 2000, date: "2000-01-01", country: "KAZ", vote: 1},
      {rcid: 7, year: 2000, date: "2000-01-01", country: "RUS", vote: 1},
      {rcid: 7, year: 2000, date: "2000-06-01", country: "KAZ", vote: 3},
      {rcid: 7, year: 2000, date: "2000-06-01", country: "RUS", vote: 1}
    ];
    const r = alignment(v, {focal: "KAZ", vectors: ["RUS"], from: 2000, to: 2000, minN: 1});
    assert.deepEqual(
      r.records.filter((x) => x.measure === "agreement").map((x) => [x.value, x.n]),
      [[0.5, 2]]
    );
  });

  test("the ideal-point distance and its change, a bloc as its members' mean", () => {
    const r = alignment([], {
      focal: "KAZ",
      vectors: ["USA", "EU"],
      from: 2021,
      to: 2022,
      minN: 10,
      idealPoints: [
        {country: "KAZ", year: 2021, value: -0.5, n: 80},
        {country: "KAZ", year: 2022, value: -0.9, n: 80},
        {country: "USA", year: 2021, value: 2, n: 80},
        {country: "USA", year: 2022, value: 2.2, n: 80},
        {country: "DEU", year: 2021, value: 1, n: 80},
        {country: "FRA", year: 2021, value: 0.8, n: 80},
        {country: "DEU", year: 2022, value: 1, n: 5}
      ]
    });
    const get = (v: string, y: number, m: string) =>
      r.records.find((x) => x.vector === v && x.year === y && x.measure === m)!.value;
    close(get("USA", 2021, "idealpoint_distance"), 2.5);
    close(get("USA", 2022, "idealpoint_distance_change"), 0.6);
    close(get("EU", 2021, "idealpoint_distance"), 1.4);
    assert.equal(get("EU", 2022, "idealpoint_distance"), null); // DEU's 5 votes < minN
    // The window's first year has no change without the year before; with it, the change is from that year.
    assert.equal(get("USA", 2021, "idealpoint_distance_change"), null);
    const withBefore = alignment([], {
      focal: "KAZ",
      vectors: ["USA"],
      from: 2021,
      to: 2021,
      minN: 10,
      idealPoints: [
        {country: "KAZ", year: 2020, value: -0.4, n: 80},
        {country: "USA", year: 2020, value: 2.3, n: 80},
        {country: "KAZ", year: 2021, value: -0.5, n: 80},
        {country: "USA", year: 2021, value: 2, n: 80}
      ]
    });
    const change = withBefore.records.filter((x) => x.measure === "idealpoint_distance_change");
    assert.deepEqual(
      change.map((x) => x.year),
      [2021]
    ); // the year before gives the change, not a record of its own
    close(change[0]!.value!, 2.5 - 2.7);
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
