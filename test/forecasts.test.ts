// Forecasts: reading what a forecast predicts, proposing resolutions, and scoring on a fixture with known outcomes.
import assert from "node:assert/strict";
import {describe, test} from "node:test";
import type {Forecast} from "../src/domain/index.js";
import {resolutionCandidate, scoreForecasts, type ResolveContext} from "../src/measure/index.js";
import {readForecast} from "../src/read/index.js";
import {syncForecasts} from "../src/app/index.js";
import {openStore} from "../src/store/index.js";

const ORGS = new Set(["CSTO", "EAEU", "SCO", "EU", "OTS"]);

describe("reading a forecast", () => {
  test("the seeds' forecasts: cue, probability, outcome, horizon", () => {
    const made = "2024-03-01";
    const distance = readForecast(
      "This hints that Kazakhstan will soon distance itself from Russia even more than it already has.",
      {
        about: ["KAZ", "RUS"],
        focal: "KAZ",
        made
      }
    );
    assert.deepEqual(distance, {
      modality: "will",
      probability: 0.85,
      outcome: {kind: "measure", focal: "KAZ", vector: "RUS", direction: "down"},
      horizon: "2025-03-01",
      horizonKind: "default"
    });
    const replaced = readForecast(
      "These trends suggest that Russia’s previously dominant influence there might inevitably be replaced by Türkiye’s.",
      {about: ["RUS", "TUR"], focal: "KAZ", made}
    );
    assert.equal(replaced.modality, "might inevitably");
    assert.equal(replaced.probability, 0.6);
    assert.deepEqual(replaced.outcome, {kind: "measure", focal: "KAZ", vector: "RUS", direction: "down"});
    const fade = readForecast("Russia’s security influence is unlikely to fade anytime soon.", {
      about: ["RUS"],
      focal: "KAZ",
      made
    });
    assert.deepEqual(
      [fade.modality, fade.probability, fade.outcome.kind, fade.horizon],
      ["is unlikely", 0.2, "measure", "2025-03-01"]
    );
    const drones = readForecast("In the future, Türkiye will produce new-generation drones in Kazakhstan.", {
      about: ["TUR", "KAZ"],
      focal: "KAZ",
      made
    });
    assert.deepEqual(drones.outcome, {kind: "event", actors: ["TUR", "KAZ"], quad: 2});
    assert.equal(drones.horizon, "2029-03-01"); // "in the future": five years
  });

  test("membership changes, explicit horizons, undated documents", () => {
    const leave = readForecast("Kazakhstan will leave the CSTO by 2026.", {
      about: ["KAZ", "CSTO"],
      organizations: ORGS,
      focal: "KAZ",
      made: "2024-01-01",
      horizon: "2026"
    });
    assert.deepEqual(leave.outcome, {kind: "membership", actor: "KAZ", org: "CSTO", change: "leave"});
    assert.deepEqual([leave.horizon, leave.horizonKind], ["2026-12-31", "explicit"]);
    const span = readForecast("Uzbekistan may join the EAEU within three years.", {
      about: ["UZB", "EAEU"],
      organizations: ORGS,
      focal: "KAZ",
      made: "2024-05-02"
    });
    assert.deepEqual(
      [span.probability, span.horizon, span.horizonKind, span.outcome.kind],
      [0.4, "2027-05-02", "explicit", "membership"]
    );
    const undated = readForecast("Something will change.", {about: [], focal: "KAZ"});
    assert.deepEqual([undated.horizonKind, undated.horizon, undated.outcome.kind], ["unknown", undefined, "other"]);
  });
});

function forecast(over: Partial<Forecast>): Forecast {
  return {
    id: "f1",
    claimId: "c1",
    sourceId: "s1",
    speaker: "A",
    quote: "q",
    actors: [],
    outcome: {kind: "other"},
    horizonKind: "default",
    status: "open",
    history: [],
    ...over
  };
}

const ctx: ResolveContext = {
  asOf: "2026-06-01",
  now: "2026-06-01T00:00:00Z",
  memberships: [
    {id: "m-kaz-csto", actor: "KAZ", org: "CSTO", from: "1992-05-15"},
    {id: "m-arm-csto", actor: "ARM", org: "CSTO", from: "1992-05-15", to: "2025-02-01"}
  ],
  events: [{id: "e1", date: "2024-09-10", source: "TUR", target: "KAZ", quad: 2, sourceId: "doc"}],
  eventCoverage: true,
  shares: [
    {focal: "KAZ", vector: "RUS", period: "2023", share: 0.4, kind: "structural"},
    {focal: "KAZ", vector: "RUS", period: "2024", share: 0.35, kind: "structural"}
  ]
};

describe("resolution candidates", () => {
  test("Kazakhstan leaves the CSTO: false at the horizon while the membership holds; open before it", () => {
    const f = forecast({
      made: "2023-06-01",
      horizon: "2025-06-01",
      outcome: {kind: "membership", actor: "KAZ", org: "CSTO", change: "leave"}
    });
    const c = resolutionCandidate(f, ctx)!;
    assert.deepEqual([c.status, c.by, c.asOf], ["false", "auto", "2025-06-01"]);
    assert.match(c.evidence[0]!, /m-kaz-csto: KAZ in CSTO since 1992-05-15, still held at the horizon 2025-06-01/);
    assert.equal(resolutionCandidate({...f, horizon: "2027-01-01"}, ctx), undefined);
  });

  test("a membership that ends before the horizon resolves a leave forecast true at once", () => {
    const f = forecast({
      made: "2023-06-01",
      horizon: "2027-06-01",
      outcome: {kind: "membership", actor: "ARM", org: "CSTO", change: "leave"}
    });
    const c = resolutionCandidate(f, ctx)!;
    assert.deepEqual([c.status, c.asOf], ["true", "2025-02-01"]);
  });

  test("events and measures", () => {
    const ev = resolutionCandidate(
      forecast({made: "2024-01-01", horizon: "2029-01-01", outcome: {kind: "event", actors: ["TUR", "KAZ"], quad: 2}}),
      ctx
    )!;
    assert.deepEqual([ev.status, ev.asOf], ["true", "2024-09-10"]);
    assert.match(ev.evidence[0]!, /event e1/);
    const down = resolutionCandidate(
      forecast({
        made: "2023-05-01",
        horizon: "2025-05-01",
        outcome: {kind: "measure", focal: "KAZ", vector: "RUS", direction: "down"}
      }),
      ctx
    )!;
    assert.equal(down.status, "true");
    assert.match(down.evidence[0]!, /0\.400 \(2023, structural\) → 0\.350 \(2024, structural\)/);
    const up = resolutionCandidate(
      forecast({
        made: "2023-05-01",
        horizon: "2025-05-01",
        outcome: {kind: "measure", focal: "KAZ", vector: "RUS", direction: "up"}
      }),
      ctx
    )!;
    assert.equal(up.status, "false");
    const other = resolutionCandidate(forecast({made: "2020-01-01", horizon: "2022-01-01"}), ctx)!;
    assert.equal(other.status, "expired");
  });
});

describe("scores", () => {
  // Known outcomes: A said "will" (0.85) twice, one came true; "is unlikely" (0.2) once, it did not happen.
  // B made one forecast without a cue that came true, one open. Both publish in P.
  const fx: Forecast[] = [
    forecast({id: "1", speaker: "A", publisher: "P", probability: 0.85, status: "true"}),
    forecast({id: "2", speaker: "A", publisher: "P", probability: 0.85, status: "false"}),
    forecast({id: "3", speaker: "A", publisher: "P", probability: 0.2, status: "false"}),
    forecast({id: "4", speaker: "B", publisher: "P", status: "true"}),
    forecast({id: "5", speaker: "B", publisher: "P", probability: 0.4, status: "open"}),
    forecast({id: "6", speaker: "B", probability: 0.4, status: "expired"})
  ];
  const scores = scoreForecasts(fx);

  test("Brier score over resolved forecasts with a probability; share true otherwise; counts always", () => {
    const a = scores.find((s) => s.by === "speaker" && s.key === "A")!;
    assert.equal(a.resolved, 3);
    assert.equal(a.scored, 3);
    assert.ok(Math.abs(a.brier! - (0.15 ** 2 + 0.85 ** 2 + 0.2 ** 2) / 3) < 1e-12);
    assert.equal(a.shareTrue, null);
    const b = scores.find((s) => s.by === "speaker" && s.key === "B")!;
    assert.deepEqual(
      [b.forecasts, b.open, b.expired, b.resolved, b.scored, b.brier, b.unscored, b.shareTrue],
      [3, 1, 1, 1, 0, null, 1, 1]
    );
    const p = scores.find((s) => s.by === "publisher" && s.key === "P")!;
    assert.equal(p.resolved, 4);
    assert.equal(scores.find((s) => s.by === "publisher" && s.key === "unknown")!.forecasts, 1);
  });
});

test("a month-only document's stances and forecasts keep its month: no day is made up", async () => {
  const store = await openStore({store: ":memory:"});
  const quote = "Kazakhstan will sign a new transit agreement with China.";
  await store.documents.putSource(
    {
      source: {
        id: "brief",
        origin: "brief.txt",
        format: "text",
        hash: "b".repeat(64),
        text: quote,
        date: "2022-03-01",
        datePrecision: "month"
      },
      claims: [{id: "brief:c1", sourceId: "brief", speaker: "X", kind: "forecast", quote, about: ["KAZ", "CHN"]}],
      stances: [{id: "brief:s1", sourceId: "brief", speaker: "X", target: "CHN", polarity: 0.5, quote}]
    },
    {now: "2026-01-01T00:00:00Z"}
  );
  const [stance] = await store.documents.listStancesToward(["CHN"]);
  assert.deepEqual([stance?.date, stance?.datePrecision], ["2022-03", "month"]);
  const [claim] = await store.documents.listForecastClaims();
  assert.deepEqual([claim?.date, claim?.datePrecision], ["2022-03", "month"]);
  // The forecast is made at the month's end: nothing within March counts as later, and the horizon runs from it.
  const {forecasts} = await syncForecasts(store, {asOf: "2026-01-01", now: "2026-01-01T00:00:00Z"});
  assert.equal(forecasts[0]?.made, "2022-03-31");
  assert.equal(forecasts[0]?.horizon, "2024-03-31");
  store.close();
});
