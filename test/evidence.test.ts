// The evidence measures on a real store: the SQL aggregation of clusters equals the pure definition; the seeds give
// each vector an expert-stance figure with its quotes; the forecast registry lists the seeds' forecasts, resolves
// automatically from memberships and by hand, and keeps every resolution's evidence; the nowcast reduces to the
// structural figure without events.
import assert from "node:assert/strict";
import {join} from "node:path";
import {sql} from "./helpers/sql.js";
import {after, before, describe, test} from "node:test";
import {
  forecastRegistry,
  ingestPaths,
  ingestText,
  measureDiscourse,
  measureEvents,
  measureNowcast,
  resolveForecast,
  seedStore,
  structuralAnchor,
  resolveMeasureQuery,
  measure
} from "../src/app/index.js";
import type {Cluster, Event} from "../src/domain/index.js";
import {aggregateClusters, clusterReports} from "../src/measure/index.js";
import {openStore, type Store} from "../src/store/index.js";

const NOW = "2026-06-01T00:00:00.000Z";
const measureBalanceRaw = (store: Store, raw: Parameters<typeof measure>[2]) => measure(store, "balance", raw);
const SEEDS = join(import.meta.dirname, "fixtures", "articles", "seeds");

describe("cluster aggregation in SQL equals the pure definition", () => {
  let store: Store;
  const events: (Event & {date: string; cluster?: string})[] = [];
  before(async () => {
    store = await openStore({store: ":memory:"});
    const actors = ["KAZ", "RUS", "CHN", "USA", "UZB"];
    for (let i = 0; i < 400; i++) {
      const a = actors[i % 5]!;
      const b = actors[(i * 7 + 1) % 5]!;
      if (a === b) continue;
      const quad = ((i * 13) % 4) + 1;
      events.push({
        id: `e${i}`,
        sourceId: `doc${i % 9}`,
        date: `202${i % 3}-0${(i % 9) + 1}-1${i % 7}`,
        source: a,
        target: b,
        code: ["042", "061", "112", "190"][quad - 1]!,
        goldstein: ((i * 37) % 200) / 10 - 10,
        quad: quad as 1 | 2 | 3 | 4,
        ...(i % 4 === 0 ? {url: `http://news/${i % 11}`} : {}),
        // Some rows carry GDELT's reach (NumSources, NumMentions): the weight uses them.
        ...(i % 5 === 0 ? {numSources: i % 7, numMentions: i % 13} : {})
      });
    }
    await store.transaction(() => store.events.insertEvents(events));
    // Reader clusters: groups of three consecutive KAZ events share a cluster.
    const kaz = events.filter((e) => e.source === "KAZ" || e.target === "KAZ");
    const groups: Cluster[] = [];
    for (let i = 0; i + 2 < kaz.length; i += 6) {
      const members = kaz.slice(i, i + 3);
      groups.push({
        id: `c:${members[0]!.id}`,
        source: members[0]!.source,
        target: members[0]!.target,
        root: "04",
        from: "2020-01-01",
        to: "2020-01-01",
        events: members.map((e) => e.id),
        sources: [...new Set(members.map((e) => e.sourceId))],
        rule: "test"
      });
    }
    await store.transaction(() => store.events.putClusters([], groups));
    const cluster = new Map(groups.flatMap((g) => g.events.map((id) => [id, g.id] as const)));
    for (const e of events) if (cluster.has(e.id)) Object.assign(e, {cluster: cluster.get(e.id)});
  });
  after(() => store.close());

  for (const rule of ["reader", "dyad-day"] as const) {
    test(`rule ${rule}`, async () => {
      const vectors = ["RUS", "CHN", "USA"];
      const sql = await store.events.eventMonths({focal: "KAZ", vectors, rule, mentionWeight: 0.1});
      const pure = aggregateClusters(clusterReports(events, {focal: "KAZ", vectors, rule}));
      assert.equal(sql.length, pure.length);
      assert.ok(sql.length > 10);
      sql.forEach((s, i) => {
        const p = pure[i]!;
        assert.deepEqual(
          [s.vector, s.month, s.clusters, s.reports, s.documents],
          [p.vector, p.month, p.clusters, p.reports, p.documents]
        );
        for (const [x, y] of [
          [s.volume, p.volume],
          [s.toneSum, p.toneSum],
          ...s.quadSum.map((q, k) => [q, p.quadSum[k]!])
        ] as [number, number][])
          assert.ok(Math.abs(x - y) < 1e-9, `${s.vector} ${s.month}: ${x} vs ${y}`);
      });
    });
  }
});

describe("the event summary kept up at write time equals the pure definition", () => {
  test("after inserts, new clusters and deletions (rule reader)", async () => {
    const store = await openStore({store: ":memory:"});
    try {
      const vectors = ["RUS", "CHN", "USA"];
      const make = (i: number, doc: string): Event & {date: string} => {
        const quad = ((i * 7) % 4) + 1;
        return {
          id: `s${i}`,
          sourceId: doc,
          date: `2021-0${(i % 6) + 1}-0${(i % 3) + 1}`,
          source: i % 2 ? "KAZ" : vectors[i % 3]!,
          target: i % 2 ? vectors[(i + 1) % 3]! : "KAZ",
          code: ["042", "061", "112", "190"][quad - 1]!,
          goldstein: (i % 11) - 5,
          quad: quad as 1 | 2 | 3 | 4,
          ...(i % 3 === 0 ? {numSources: i % 5, numMentions: i % 9} : {}),
          ...(i % 4 === 0 ? {url: `http://news/${i % 6}`} : {})
        };
      };
      let events = Array.from({length: 60}, (_, i) => make(i, `d${i % 4}`));
      await store.transaction(() => store.events.insertEvents(events));
      const check = async (clusters: Map<string, string>) => {
        const sql = await store.events.eventMonths({focal: "KAZ", vectors, rule: "reader", mentionWeight: 0.1});
        const withIds = events.map((e) => (clusters.has(e.id) ? {...e, cluster: clusters.get(e.id)!} : e));
        const pure = aggregateClusters(clusterReports(withIds, {focal: "KAZ", vectors, rule: "reader"}));
        assert.deepEqual(
          sql.map((x) => [x.vector, x.month, x.clusters, x.reports, x.documents]),
          pure.map((x) => [x.vector, x.month, x.clusters, x.reports, x.documents])
        );
        sql.forEach((x, i) => {
          assert.ok(Math.abs(x.volume - pure[i]!.volume) < 1e-9);
          assert.ok(Math.abs(x.toneSum - pure[i]!.toneSum) < 1e-9);
        });
      };
      await check(new Map()); // builds the summary
      // New events after the summary exists, then clusters, then a document's events deleted.
      const more = Array.from({length: 30}, (_, i) => make(100 + i, `d${4 + (i % 2)}`));
      await store.transaction(() => store.events.insertEvents(more));
      events = [...events, ...more];
      await check(new Map());
      // Documents stored with their events (a group commit) keep the summary whole in their own transaction.
      const docs = ["d6", "d7"].map((doc, k) => ({
        source: {id: doc, hash: doc.repeat(32), origin: `${doc}.txt`, format: "text", text: "Body."},
        events: Array.from({length: 5}, (_, i) => make(200 + k * 10 + i, doc))
      }));
      await store.documents.putSources(docs, {now: "2026-01-01T00:00:00Z"});
      events = [...events, ...docs.flatMap((d) => d.events)];
      const [held] = await sql(store).all(
        `SELECT (SELECT count(*) FROM events WHERE date IS NOT NULL)::INTEGER AS events,
                (SELECT sum(n) FROM event_day_summary)::INTEGER AS summed`
      );
      assert.deepEqual(held, {events: events.length, summed: events.length});
      await check(new Map());
      const cl = (id: string, members: string[]): Cluster => ({
        id,
        source: "KAZ",
        target: "RUS",
        root: "04",
        from: "2021-01-01",
        to: "2021-01-01",
        events: members,
        sources: [],
        rule: "test"
      });
      await store.transaction(() =>
        store.events.putClusters([], [cl("c1", ["s1", "s3", "s101"]), cl("c2", ["s5", "s7"])])
      );
      const clusters = new Map([
        ["s1", "c1"],
        ["s3", "c1"],
        ["s101", "c1"],
        ["s5", "c2"],
        ["s7", "c2"]
      ]);
      await check(clusters);
      await store.transaction(() => store.events.deleteEventsOf("d4"));
      events = events.filter((e) => e.sourceId !== "d4");
      await check(new Map([...clusters].filter(([id]) => events.some((e) => e.id === id))));
    } finally {
      store.close();
    }
  });
});

describe("the balance with the event dimension", () => {
  let store: Store;
  const GDELT = join(import.meta.dirname, "..", "data", "gdelt");
  before(async () => {
    store = await openStore({store: ":memory:"});
    await seedStore(store, {now: NOW, datasets: false});
    await ingestPaths(store, [SEEDS], {now: NOW});
    await ingestPaths(
      store,
      [join(GDELT, "gdelt2_export_20191024143000.tsv"), join(GDELT, "gdelt1_events_sample_reed9999.tsv")],
      {now: NOW, coder: null}
    );
  });
  after(() => store.close());

  test("--dimensions …,events changes the balance, and --explain names the clusters and documents behind it", async () => {
    const q = {focal: "KAZ", from: 2020, to: 2025, sensitivity: false};
    const without = await measureBalanceRaw(store, q);
    const withEvents = await measureBalanceRaw(store, {
      ...q,
      dimensions: "economic,political,security,events",
      explain: true
    });
    const combined = (o: typeof without, y: number, v: string) =>
      o.items.find((r) => r.year === y && r.vector === v && r.measure === "share" && r.dimension === "combined")?.value;
    const changed = [2022, 2025].filter((y) => combined(without, y, "RUS") !== combined(withEvents, y, "RUS"));
    assert.deepEqual(changed, [2022, 2025], "the years with events of KAZ with its vectors change");
    for (let y = 2020; y <= 2021; ++y) assert.equal(combined(withEvents, y, "RUS"), combined(without, y, "RUS"));
    // The events dimension is its own coverage record, and its entry is a break.
    const c2022 = withEvents.coverage!.find((c) => c.year === 2022)!;
    assert.ok(c2022.dimensions.includes("events"));
    assert.match(c2022.metrics.find((m) => m.metric === "events")!.sources.join(" "), /clusters in \d+ month/);
    assert.ok(withEvents.breaks!.some((b) => b.year === 2022 && /events/.test(b.message)));
    assert.ok(!without.coverage!.some((c) => c.dimensions.includes("events")));
    // Every change traces to clusters and their documents.
    const ev = withEvents.evidence!.filter((e) => e.dimension === "events");
    for (const y of changed)
      assert.ok(
        ev.some((e) => e.year === y),
        `no cluster evidence in ${y}`
      );
    // Each names its documents: a report's own URL, else the stored document it was read from.
    assert.ok(
      ev.every((e) => e.source.trim() !== "" && /\d{4}-\d{2}-\d{2} KAZ–/.test(e.detail)),
      ev.map((e) => e.source).join("; ")
    );
    assert.ok(ev.some((e) => e.source.includes("004_967f618bfd538b06.txt") && /KAZ–RUS/.test(e.detail)));
    // The cited facts of docs/methods.md enter here: the ES-11/1 abstention (2022) and the alliance
    // declaration of 12 November 2025, each as a cluster with its document.
    assert.ok(ev.some((e) => e.year === 2022 && e.detail.includes("central-asia:unga-es-11-1-abstention")));
    assert.ok(ev.some((e) => e.year === 2025 && e.detail.includes("central-asia:kaz-rus-alliance")));
    // The event parameters are echoed, settable, and the sensitivity moves them when the dimension is used.
    const set = await measureBalanceRaw(store, {
      ...q,
      dimensions: "economic,political,security,events",
      params: {"events.min_clusters": 7}
    });
    assert.equal(set.parameters!.find((p) => p.name === "events.min_clusters")!.value, 7);
    assert.equal(combined(set, 2022, "RUS"), combined(without, 2022, "RUS"), "6 clusters in 2022 < 7: left out");
    assert.ok(set.warnings.some((w) => w.code === "few_events" && /2022/.test(w.message)));
    const sens = await measureBalanceRaw(store, {
      ...q,
      sensitivity: true,
      dimensions: "economic,political,security,events"
    });
    const labels = new Set(sens.items.filter((r) => r.measure === "entropy_change").map((r) => r.parameter));
    // The CSTO's request and deployment (January 2022, the pack's timeline) count for Russia, the one
    // vector in the CSTO; events.organization_share = 0 leaves them out and Russia's 2022 share falls.
    assert.match(c2022.metrics.find((m) => m.metric === "events")!.sources.join(" "), /6 clusters .*CSTO 2/);
    const noOrgs = await measureBalanceRaw(store, {
      ...q,
      dimensions: "economic,political,security,events",
      params: {"events.organization_share": 0}
    });
    assert.ok(
      combined(noOrgs, 2022, "RUS")! < combined(withEvents, 2022, "RUS")!,
      "the CSTO's events count for Russia"
    );
    assert.ok(
      ev.some((e) => e.year === 2022 && e.vector === "RUS" && /KAZ–CSTO \(counts for RUS × 1: CSTO/.test(e.detail)),
      "the CSTO's clusters are explained"
    );
    for (const name of [
      "dimension.events",
      "events.mention_weight",
      "events.min_clusters",
      "events.conflict_weight",
      "events.organization_share"
    ])
      assert.ok(
        [...labels].some((l) => l!.startsWith(`${name}=`)),
        name
      );
    // A bad dimension is a clear error naming the field.
    await assert.rejects(
      measureBalanceRaw(store, {...q, dimensions: "economic,event"}),
      /Invalid dimensions .*"event"/
    );
  });
});

describe("the seeds and the pack", () => {
  let store: Store;
  before(async () => {
    store = await openStore({store: ":memory:"});
    await seedStore(store, {now: NOW, datasets: false});
    await ingestPaths(store, [SEEDS], {now: NOW, given: {date: "2024-11-20"}});
  });
  after(() => store.close());

  test("measure discourse gives RUS, CHN, USA, TUR and EU each a figure with its quotes", async () => {
    const out = await measureDiscourse(store, {focal: "KAZ"});
    for (const v of ["RUS", "CHN", "USA", "TUR", "EU"]) {
      const cells = out.detail.filter((c) => c.vector === v);
      assert.ok(cells.length > 0, `no discourse figure for ${v}`);
      const quotes = cells.flatMap((c) => c.quotes);
      assert.ok(quotes.length > 0 && quotes.every((q) => q.quote.length > 0 && q.stanceId && q.speaker));
      assert.ok(out.items.some((r) => r.vector === v && r.measure === "stance_balance"));
    }
  });

  test("measure events: the pack's and the seeds' events give monthly figures, each traced to its cluster", async () => {
    const out = await measureEvents(store, {focal: "KAZ", from: 2020, explain: true});
    assert.ok(out.items.some((r) => r.measure === "event_share" && r.value !== null && r.value > 0));
    assert.ok(out.evidence!.length > 0);
    for (const e of out.evidence!) assert.match(e.detail, /report/);
  });

  test("forecasts: the seeds' forecasts with speaker, horizon and status; a person's resolution keeps the evidence", async () => {
    const reg = await forecastRegistry(store, {asOf: "2026-06-01", now: NOW});
    assert.ok(reg.forecasts.length >= 10);
    for (const f of reg.forecasts) {
      assert.ok(f.speaker !== "");
      assert.ok(f.horizonKind === "unknown" || /^\d{4}-\d{2}-\d{2}$/.test(f.horizon!));
    }
    const distance = reg.forecasts.find((f) => /distance itself from Russia/.test(f.quote));
    assert.ok(distance, "the 'distance itself from Russia' forecast is registered");
    assert.deepEqual(distance.outcome, {kind: "measure", focal: "KAZ", vector: "RUS", direction: "down"});
    const resolved = await resolveForecast(store, distance.id, {
      status: "false",
      evidence: ["KAZ–RUS trade grew in 2025"],
      who: "test",
      now: NOW
    });
    assert.equal(resolved.status, "false");
    assert.equal(resolved.resolution!.by, "person");
    // Syncing again never overrides a person.
    const again = await forecastRegistry(store, {asOf: "2030-01-01", now: NOW});
    const same = again.forecasts.find((f) => f.id === distance.id)!;
    assert.deepEqual(
      [same.status, same.resolution!.by, same.resolution!.evidence],
      ["false", "person", ["KAZ–RUS trade grew in 2025"]]
    );
    await assert.rejects(
      resolveForecast(store, "f:nope", {status: "true", evidence: ["x"], now: NOW}),
      /no forecast has this id/
    );
    await assert.rejects(
      resolveForecast(store, distance.id, {status: "true", evidence: [" "], now: NOW}),
      /expected evidence/
    );
  });

  test("a forecast that Kazakhstan leaves the CSTO is resolved false at its horizon while the membership holds", async () => {
    const text =
      "Kazakhstan and the CSTO\n\nBy Jane Doe\n\nAstana, 2 May 2019\n\n" +
      "In my opinion, Kazakhstan will leave the CSTO by 2021, said Jane Doe, a political analyst at the Risk Institute.\n";
    const r = await ingestText(store, new TextEncoder().encode(text), {
      now: NOW,
      name: "csto.txt",
      given: {date: "2019-05-02"}
    });
    assert.equal(r.status, "stored");
    const reg = await forecastRegistry(store, {asOf: "2026-06-01", now: NOW});
    const f = reg.forecasts.find((x) => /leave the CSTO/.test(x.quote));
    assert.ok(f, `the CSTO forecast is registered: ${JSON.stringify(reg.forecasts.map((x) => x.quote))}`);
    assert.deepEqual(f.outcome, {kind: "membership", actor: "KAZ", org: "CSTO", change: "leave"});
    assert.deepEqual(
      [f.horizon, f.horizonKind, f.status, f.resolution?.by],
      ["2021-12-31", "explicit", "false", "auto"]
    );
    assert.match(f.resolution!.evidence[0]!, /KAZ in CSTO since 1992-05-15, still held at the horizon 2021-12-31/);
    const score = reg.scores.find((s) => s.by === "speaker" && s.key === f.speaker)!;
    assert.ok(score.scored >= 1 && score.brier !== null);
  });

  test("the nowcast reduces to the structural figure when no events arrived after it", async () => {
    const q = await resolveMeasureQuery(store, {focal: "KAZ", to: 2012});
    const anchor = await structuralAnchor(store, q);
    const out = await measureNowcast(store, {focal: "KAZ", to: 2012});
    if (anchor === undefined) {
      assert.equal(out.detail, null);
      return;
    }
    assert.ok(out.detail!.months.length > 0);
    // The pack's and seeds' events after the anchor move it; but a period with no events keeps it exactly.
    const carried = out.detail!.months.filter((m) => m.carried && out.detail!.months.indexOf(m) === 0);
    for (const m of carried)
      for (const v of Object.keys(anchor.shares)) assert.ok(Math.abs(m.shares[v]! - anchor.shares[v]!) < 1e-12);
  });
});
