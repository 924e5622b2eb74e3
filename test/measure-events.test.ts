// The event dimension, the nowcast and the discourse on small hand-computed inputs.
import assert from "node:assert/strict";
import {describe, test} from "node:test";
import {
  aggregateClusters,
  attributeEventMonths,
  clusterReports,
  clusterWeight,
  discourse,
  eventDimension,
  eventDimensionByYear,
  eventCounterparts,
  eventParts,
  DEFAULT_BLOCS,
  monthRanges,
  nowcast,
  quarterOf,
  type EventReport
} from "../src/measure/index.js";

const r = (
  id: string,
  date: string,
  source: string,
  target: string,
  goldstein: number,
  quad: number,
  extra: Partial<EventReport> = {}
): EventReport => ({
  id,
  sourceId: extra.sourceId ?? `doc-${id}`,
  date,
  source,
  target,
  goldstein,
  quad,
  ...extra
});

describe("event clusters", () => {
  test("one cluster per vector and day, both directions; documents distinct by url, else by source", () => {
    const cs = clusterReports(
      [
        r("a", "2024-01-05", "KAZ", "RUS", 4, 1, {sourceId: "s1"}),
        r("b", "2024-01-05", "RUS", "KAZ", 2, 1, {sourceId: "s1"}), // same document, same happening
        r("c", "2024-01-05", "KAZ", "RUS", -4, 3, {sourceId: "s2"}),
        r("d", "2024-01-05", "KAZ", "CHN", 1, 1, {sourceId: "g", url: "http://x", numSources: 4, numMentions: 10}),
        r("e", "2024-01-05", "KAZ", "CHN", 1, 1, {sourceId: "g", url: "http://x", numSources: 2, numMentions: 6}),
        r("f", "2024-01-05", "UZB", "RUS", 1, 1) // not the focal state's
      ],
      {focal: "KAZ", vectors: ["RUS", "CHN"], rule: "dyad-day"}
    );
    assert.deepEqual(
      cs.map((c) => [
        c.vector,
        c.date,
        c.reports,
        c.documents,
        c.gdeltSources,
        c.mentions,
        c.goldsteinSum,
        c.quad1,
        c.quad3
      ]),
      [
        ["CHN", "2024-01-05", 2, 1, 4, 16, 2, 2, 0],
        ["RUS", "2024-01-05", 3, 2, 0, 0, 2, 2, 1]
      ]
    );
  });

  test("the reader's clusters: members of one cluster are one happening, dated by the earliest; others stand alone", () => {
    const cs = clusterReports(
      [
        r("a", "2024-01-06", "KAZ", "RUS", 4, 1, {sourceId: "s1", cluster: "c:a"}),
        r("b", "2024-01-05", "RUS", "KAZ", 2, 1, {sourceId: "s2", cluster: "c:a"}),
        r("c", "2024-01-05", "KAZ", "RUS", -4, 3, {sourceId: "s2"})
      ],
      {focal: "KAZ", vectors: ["RUS"]}
    );
    assert.deepEqual(
      cs.map((c) => [c.date, c.reports, c.documents, c.goldsteinSum]),
      [
        ["2024-01-05", 2, 2, 6],
        ["2024-01-05", 1, 1, -4]
      ]
    );
  });

  test("a cluster's weight: 1 for one report, log2(1 + sources + μ·mentions)", () => {
    assert.equal(clusterWeight({documents: 1, gdeltSources: 0, mentions: 0}, 0.1), 1);
    assert.equal(clusterWeight({documents: 3, gdeltSources: 0, mentions: 0}, 0.1), 2);
    assert.equal(clusterWeight({documents: 1, gdeltSources: 4, mentions: 10}, 0.1), Math.log2(6));
  });
});

describe("event dimension", () => {
  const reports = [
    r("a", "2024-01-05", "KAZ", "RUS", 4, 1),
    r("b", "2024-01-05", "KAZ", "RUS", -2, 3), // same day: one cluster of 2 documents, weight log2(3)
    r("c", "2024-01-20", "CHN", "KAZ", 7, 2),
    r("d", "2024-03-02", "KAZ", "CHN", -5, 4)
  ];
  const clusters = clusterReports(reports, {focal: "KAZ", vectors: ["RUS", "CHN", "USA"], rule: "dyad-day"});
  const d = eventDimension(aggregateClusters(clusters), {focal: "KAZ", vectors: ["RUS", "CHN", "USA"]});

  test("volume, tone, quad classes and share per vector and month", () => {
    const jan = d.months.filter((m) => m.month === "2024-01");
    const rus = jan.find((m) => m.vector === "RUS")!;
    const chn = jan.find((m) => m.vector === "CHN")!;
    const usa = jan.find((m) => m.vector === "USA")!;
    assert.equal(rus.volume, Math.log2(3));
    assert.equal(rus.tone, 1); // (4 − 2) / 2
    assert.deepEqual(rus.quad, [0.5, 0, 0.5, 0]);
    assert.equal(rus.netCooperation, 0);
    assert.equal(chn.volume, 1);
    assert.equal(chn.tone, 7);
    assert.equal(rus.share, Math.log2(3) / (Math.log2(3) + 1));
    // A covered month without events for a vector: volume 0, no tone (no data is not zero).
    assert.deepEqual([usa.volume, usa.tone, usa.share], [0, null, 0]);
  });

  test("a month without any event is a gap, not zero, and is warned about", () => {
    assert.deepEqual(
      d.coverage.map((c) => [c.month, c.covered]),
      [
        ["2024-01", true],
        ["2024-02", false],
        ["2024-03", true]
      ]
    );
    assert.equal(d.months.filter((m) => m.month === "2024-02").length, 0);
    assert.equal(d.warnings[0]?.code, "event_gap");
    assert.match(d.warnings[0]!.message, /in 2024-02:/);
  });

  test("rolled up to years with the covered months", () => {
    const y = eventDimensionByYear(d, ["RUS", "CHN", "USA"]);
    const chn = y.find((x) => x.vector === "CHN")!;
    assert.equal(chn.volume, 2);
    assert.equal(chn.coveredMonths, 2);
    assert.equal(chn.share, 2 / (2 + Math.log2(3)));
  });

  test("no events: no figures and a warning", () => {
    const e = eventDimension([], {focal: "KAZ", vectors: ["RUS"]});
    assert.deepEqual(e.months, []);
    assert.equal(e.warnings[0]?.code, "no_data");
  });

  test("monthRanges", () => {
    assert.equal(monthRanges(["2023-11", "2023-12", "2024-01", "2024-03"]), "2023-11–2024-01, 2024-03");
  });
});

describe("nowcast", () => {
  const anchor = {year: 2024, shares: {RUS: 0.5, CHN: 0.3, USA: 0.2}};
  const vectors = ["RUS", "CHN", "USA"];

  test("with no events after the anchor year it reduces to the structural figure, month by month", () => {
    const history = eventDimension(
      aggregateClusters(
        clusterReports([r("a", "2024-02-01", "KAZ", "RUS", 1, 1), r("b", "2024-05-01", "KAZ", "CHN", 1, 1)], {
          focal: "KAZ",
          vectors
        })
      ),
      {focal: "KAZ", vectors}
    ).months;
    const n = nowcast(history, {focal: "KAZ", anchor, until: "2025-06"});
    assert.equal(n.months.length, 6);
    for (const m of n.months) {
      assert.deepEqual(m.shares, anchor.shares);
      assert.equal(m.carried, true);
    }
    // And without any events at all, and no `until`: nothing to nowcast, said so.
    const none = nowcast([], {focal: "KAZ", anchor});
    assert.deepEqual(none.months, []);
    assert.equal(none.warnings.at(-1)?.code, "no_events_after_anchor");
  });

  test("moves the structural shares by λ times the event share's change since the anchor year", () => {
    // 2024: RUS and CHN one cluster each (event shares .5/.5/0). 2025-01: only CHN (0/1/0).
    const history = eventDimension(
      aggregateClusters(
        clusterReports(
          [
            r("a", "2024-02-01", "KAZ", "RUS", 1, 1),
            r("b", "2024-05-01", "KAZ", "CHN", 1, 1),
            r("c", "2025-01-10", "KAZ", "CHN", 1, 1)
          ],
          {focal: "KAZ", vectors}
        )
      ),
      {focal: "KAZ", vectors}
    ).months;
    const n = nowcast(history, {focal: "KAZ", anchor, eventWeight: 0.25, window: 1});
    assert.equal(n.months.length, 1);
    const m = n.months[0]!;
    assert.equal(m.month, "2025-01");
    assert.ok(Math.abs(m.shares.RUS! - (0.5 - 0.25 * 0.5)) < 1e-12);
    assert.ok(Math.abs(m.shares.CHN! - (0.3 + 0.25 * 0.5)) < 1e-12);
    assert.ok(Math.abs(m.shares.USA! - 0.2) < 1e-12);
    assert.equal(m.carried, false);
    assert.ok(m.low.RUS! <= m.shares.RUS! && m.high.RUS! >= m.shares.RUS!);
    assert.ok(m.entropyLow <= m.entropy && m.entropy <= m.entropyHigh);
  });
});

describe("the nowcast never moves on fewer clusters than minClusters", () => {
  const anchor = {year: 2024, shares: {RUS: 0.5, CHN: 0.3, USA: 0.2}};
  const vs = ["RUS", "CHN", "USA"];
  const months = (reports: EventReport[]) =>
    eventDimension(aggregateClusters(clusterReports(reports, {focal: "KAZ", vectors: vs})), {focal: "KAZ", vectors: vs})
      .months;
  // 2024: three clusters (RUS, CHN, USA); 2025-01: one CHN cluster; 2025-03: three CHN clusters.
  const history = months([
    r("a", "2024-02-01", "KAZ", "RUS", 1, 1),
    r("b", "2024-05-01", "KAZ", "CHN", 1, 1),
    r("c", "2024-08-01", "KAZ", "USA", 1, 1),
    r("d", "2025-01-10", "KAZ", "CHN", 1, 1),
    r("e", "2025-03-10", "KAZ", "CHN", 1, 1),
    r("f", "2025-03-11", "KAZ", "CHN", 1, 1),
    r("g", "2025-03-12", "KAZ", "CHN", 1, 1)
  ]);

  test("a window with one cluster carries the structure; one with three moves it, and a warning names the thin months", () => {
    const n = nowcast(history, {focal: "KAZ", anchor, window: 1, minClusters: 3});
    const jan = n.months.find((m) => m.month === "2025-01")!;
    const mar = n.months.find((m) => m.month === "2025-03")!;
    assert.deepEqual([jan.carried, jan.clusters], [true, 1]);
    assert.deepEqual(jan.shares, anchor.shares);
    assert.equal(mar.carried, false);
    assert.ok(mar.shares.CHN! > 0.3);
    assert.ok(n.warnings.some((w) => w.code === "few_events" && /2025-01/.test(w.message)));
    // With minClusters 1 the single January cluster moves it (the rule is what holds it).
    const loose = nowcast(history, {focal: "KAZ", anchor, window: 1, minClusters: 1});
    assert.equal(loose.months.find((m) => m.month === "2025-01")!.carried, false);
    // An anchor year with fewer clusters than the minimum is no baseline: the change is measured from the first full window.
    const strict = nowcast(history, {focal: "KAZ", anchor, window: 1, minClusters: 4});
    assert.equal(strict.baselineFrom, undefined);
    assert.ok(strict.months.every((m) => m.carried));
  });
});

describe("discourse", () => {
  const stances = [
    {id: "s1", sourceId: "d1", speaker: "A", target: "RUS", polarity: -1, quote: "q1", date: "2023-05-16"},
    {id: "s2", sourceId: "d1", speaker: "A", target: "RUS", polarity: 0.5, quote: "q2", date: "2023-05-16"},
    {id: "s3", sourceId: "d2", speaker: "B", target: "RUS", polarity: -0.5, quote: "q3", date: "2023-06-01"},
    {id: "s4", sourceId: "d2", speaker: "B", target: "DEU", polarity: 0.5, quote: "q4", date: "2023-06-01"},
    {id: "s5", sourceId: "d3", speaker: "C", target: "TUR", polarity: 0, quote: "q5"}
  ];
  const cells = discourse(stances, {focal: "KAZ", vectors: ["RUS", "EU", "TUR"], members: {EU: ["DEU", "FRA"]}});

  test("per vector and quarter: counts, balance, speaker mean, quotes", () => {
    const rus = cells.find((c) => c.vector === "RUS")!;
    assert.equal(rus.quarter, "2023-Q2");
    assert.deepEqual([rus.positive, rus.negative, rus.neutral], [1, 2, 0]);
    assert.equal(rus.balance, -1 / 3);
    assert.equal(rus.speakerMean, (-0.25 + -0.5) / 2);
    assert.deepEqual(
      rus.quotes.map((q) => q.stanceId),
      ["s1", "s2", "s3"]
    );
    const eu = cells.find((c) => c.vector === "EU")!;
    assert.deepEqual([eu.positive, eu.quotes[0]!.target], [1, "DEU"]);
  });

  test("undated documents go to 'undated'; only neutral judgements give no balance (not zero)", () => {
    const tur = cells.find((c) => c.vector === "TUR")!;
    assert.equal(tur.quarter, "undated");
    assert.equal(tur.balance, null);
    assert.equal(quarterOf("2024-11-02"), "2024-Q4");
  });
});

describe("whom an event's counterpart stands for (event-attribution.ts)", () => {
  const vectors = ["RUS", "CHN", "USA", "EU", "TUR"];
  const span = (actor: string, org: string, from: string, role = "member", to?: string) => ({
    actor,
    org,
    role,
    from,
    ...(to ? {to} : {})
  });
  const memberships = [
    ...["KAZ", "RUS", "KGZ", "TJK", "ARM", "BLR"].map((a) => span(a, "CSTO", "1992-05-15", "founder")),
    ...["KAZ", "RUS", "CHN", "KGZ", "TJK", "UZB"].map((a) => span(a, "SCO", "2001-06-15", "founder")),
    span("TUR", "SCO", "2013-04-26", "partner"),
    ...["RUS", "CHN", "USA", "TUR", "FRA", "KAZ"].map((a) => span(a, "UN", "1945-10-24")),
    ...["USA", "TUR", "DEU"].map((a) => span(a, "NATO", "1952-02-18"))
  ];
  const options = {focal: "KAZ", vectors, blocs: DEFAULT_BLOCS, memberships, share: 1};

  test("a vector, a bloc's member on the date, an organization of some vectors (split), never one of all", () => {
    assert.deepEqual(eventParts("RUS", "2022-01", options), [{vector: 0, factor: 1, via: "vector"}]);
    assert.deepEqual(eventParts("DEU", "2022-01", options), [{vector: 3, factor: 1, via: "member"}]);
    // The United Kingdom left the EU on 2020-01-31: its events count for the EU before, not after.
    assert.deepEqual(eventParts("GBR", "2019-06", options), [{vector: 3, factor: 1, via: "member"}]);
    assert.deepEqual(eventParts("GBR", "2021-06", options), []);
    // The CSTO's full members among the vectors: Russia alone (Kazakhstan is the focal state).
    assert.deepEqual(eventParts("CSTO", "2022-01", options), [{vector: 0, factor: 1, via: "organization"}]);
    // The SCO: Russia and China, half each; Türkiye is a dialogue partner, not a member.
    assert.deepEqual(
      eventParts("SCO", "2022-09", options).map((p) => [vectors[p.vector], p.factor]),
      [
        ["RUS", 0.5],
        ["CHN", 0.5]
      ]
    );
    // Not yet founded: nothing.
    assert.deepEqual(eventParts("SCO", "1999-01", options), []);
    // NATO: the USA, Türkiye, and the EU through Germany.
    assert.deepEqual(
      eventParts("NATO", "2022-09", options).map((p) => vectors[p.vector]),
      ["USA", "EU", "TUR"]
    );
    // The UN: every vector belongs to it, so it says nothing about the balance.
    assert.deepEqual(eventParts("UN", "2022-09", options), []);
    // events.organization_share = 0 leaves organizations out; a bloc's members still count.
    assert.deepEqual(eventParts("CSTO", "2022-01", {...options, share: 0}), []);
    assert.equal(eventParts("SCO", "2022-09", {...options, share: 0.5})[0]!.factor, 0.25);
    assert.deepEqual(eventParts("DEU", "2022-01", {...options, share: 0}), [{vector: 3, factor: 1, via: "member"}]);
  });

  test("the store is asked for the vectors, their blocs' members and the organizations of some vector", () => {
    const codes = eventCounterparts("KAZ", vectors, DEFAULT_BLOCS, memberships);
    for (const c of ["RUS", "EU", "DEU", "GBR", "HRV", "CSTO", "SCO", "NATO", "UN"]) assert.ok(codes.includes(c), c);
    assert.ok(!codes.includes("KAZ"));
  });

  test("monthly sums per counterpart fold into the vectors': volume split, tone kept, clusters counted", () => {
    const row = (vector: string, volume: number, tone: number) => ({
      vector,
      month: "2022-09",
      clusters: 1,
      reports: 2,
      documents: 2,
      volume,
      toneSum: volume * tone,
      quadSum: [volume, 0, 0, 0] as [number, number, number, number]
    });
    const out = attributeEventMonths(
      [row("SCO", 2, 4), row("RUS", 1, -2), row("FRA", 1, 3), row("IRN", 5, 1)],
      options
    );
    const get = (v: string) => out.find((r) => r.vector === v)!;
    assert.deepEqual(
      out.map((r) => r.vector),
      ["CHN", "EU", "RUS"]
    );
    assert.equal(get("CHN").volume, 1);
    assert.equal(get("CHN").toneSum / get("CHN").volume, 4);
    assert.equal(get("RUS").volume, 2); // 1 of its own and half the SCO's
    assert.equal(get("RUS").toneSum / get("RUS").volume, 1); // (−2 · 1 + 4 · 1) / 2
    assert.equal(get("RUS").clusters, 2);
    assert.equal(get("EU").volume, 1); // France
    const d = eventDimension(out, {focal: "KAZ", vectors});
    assert.equal(d.months.find((m) => m.vector === "RUS")!.share, 0.5);
  });
});
