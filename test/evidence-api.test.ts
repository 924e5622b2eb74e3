// The evidence routes: the measures, the forecast registry (resolution needs the token), an event's cluster, the
// OpenAPI document; and the server's figures follow a GDELT folder without a restart.
import assert from "node:assert/strict";
import {copyFileSync, mkdirSync} from "node:fs";
import {join} from "node:path";
import {after, before, describe, test} from "node:test";
import {followFolder, ingestPaths} from "../src/app/index.js";
import {TEST_NOW, TEST_TOKEN, testApp} from "./helpers/server.js";

type App = Awaited<ReturnType<typeof testApp>>;
const SEEDS = join(import.meta.dirname, "fixtures", "articles", "seeds");
const GDELT = join(import.meta.dirname, "..", "data", "gdelt", "gdelt2_export_20191024143000.tsv");

describe("evidence API", () => {
  let t: App;
  before(async () => {
    t = await testApp({datasets: false});
    await ingestPaths(t.store, [SEEDS], {now: TEST_NOW, given: {date: "2024-11-20"}});
  });
  after(() => t.dispose());
  const get = async (path: string, init?: RequestInit) => {
    const res = await t.app.request(path, init);
    return {res, body: (await res.json()) as Record<string, any>};
  };

  test("GET /api/measures/discourse gives each vector its figure and quotes; bad parameters are 422s naming them", async () => {
    const {res, body} = await get("/api/measures/discourse?focal=KAZ");
    assert.equal(res.status, 200);
    for (const v of ["RUS", "CHN", "USA", "TUR", "EU"])
      assert.ok(
        body.detail.some((c: {vector: string}) => c.vector === v),
        v
      );
    const bad = await get("/api/measures/nowcast?eventWeight=2");
    assert.equal(bad.res.status, 422);
    assert.deepEqual(bad.body.error.issues[0].path, ["eventWeight"]);
  });

  test("GET /api/measures/events|nowcast take the balance's param= (echoed); an unknown one is a 422 naming it", async () => {
    // The pack's timeline: Kazakhstan's request to the CSTO and its deployment (January 2022) count for Russia,
    // the one vector in the CSTO, unless events.organization_share=0.
    const month = (body: Record<string, any>) =>
      (body.detail.months as {vector: string; month: string; clusters: number}[]).filter(
        (m) => m.month === "2022-01" && m.clusters > 0
      );
    const dflt = await get("/api/measures/events?focal=KAZ&from=2022&to=2022");
    assert.equal(dflt.res.status, 200);
    const rus = (body: Record<string, any>) => month(body).find((m) => m.vector === "RUS")?.clusters ?? 0;
    const none = await get("/api/measures/events?focal=KAZ&from=2022&to=2022&param=events.organization_share=0");
    assert.equal(none.res.status, 200);
    assert.equal(none.body.query.params["events.organization_share"], 0);
    assert.equal(rus(dflt.body) - rus(none.body), 2, "the CSTO's two clusters");
    const bad = await get("/api/measures/nowcast?focal=KAZ&param=events.min_cluster=1");
    assert.equal(bad.res.status, 422);
    assert.match(JSON.stringify(bad.body.error.issues), /did you mean \\"events\.min_clusters\\"/);
  });

  test("GET /api/forecasts lists the seeds' forecasts with scores; POST …/resolve needs the token and keeps the evidence", async () => {
    const {res, body} = await get("/api/forecasts?asOf=2026-06-01");
    assert.equal(res.status, 200);
    assert.ok(body.forecasts.length >= 10);
    assert.ok(
      body.scores.every(
        (s: {resolved: number; forecasts: number}) => typeof s.resolved === "number" && s.forecasts >= 1
      )
    );
    const id = body.forecasts[0].id as string;
    const path = `/api/forecasts/${encodeURIComponent(id)}/resolve`;
    const payload = {method: "POST", body: JSON.stringify({status: "true", evidence: ["a later report"]})};
    const denied = await t.app.request(path, {...payload, headers: {"content-type": "application/json"}});
    assert.equal(denied.status, 401);
    const ok = await get(path, {
      ...payload,
      headers: {"content-type": "application/json", authorization: `Bearer ${TEST_TOKEN}`}
    });
    assert.equal(ok.res.status, 200);
    assert.deepEqual(
      [ok.body.status, ok.body.resolution.by, ok.body.resolution.evidence],
      ["true", "person", ["a later report"]]
    );
    const missing = await get(`/api/forecasts/nope/resolve`, {
      ...payload,
      headers: {"content-type": "application/json", authorization: `Bearer ${TEST_TOKEN}`}
    });
    assert.equal(missing.res.status, 404);
    const empty = await get(path, {
      method: "POST",
      body: JSON.stringify({status: "false", evidence: []}),
      headers: {"content-type": "application/json", authorization: `Bearer ${TEST_TOKEN}`}
    });
    assert.equal(empty.res.status, 422);
  });

  test("GET /api/events/:id/cluster shows the reports behind an event", async () => {
    const events = (await get("/api/events?actor=KAZ&limit=5")).body.items as {id: string}[];
    assert.ok(events.length > 0);
    const {res, body} = await get(`/api/events/${encodeURIComponent(events[0]!.id)}/cluster`);
    assert.equal(res.status, 200);
    assert.ok(body.reports.some((r: {id: string}) => r.id === events[0]!.id));
    assert.ok(body.documents.length >= 1);
    assert.equal((await get("/api/events/nope/cluster")).res.status, 404);
  });

  test("the OpenAPI document lists the evidence routes", async () => {
    const doc = (await get("/api/openapi.json")).body;
    for (const p of [
      "/api/measures/events",
      "/api/measures/nowcast",
      "/api/measures/discourse",
      "/api/forecasts",
      "/api/events/{id}/cluster"
    ])
      assert.ok(doc.paths[p], p);
    assert.ok(doc.paths["/api/forecasts/{id}/resolve"].post.security);
  });

  test("a GDELT file arriving in a followed folder changes the served event dimension without a restart", async () => {
    const q = "/api/measures/events?focal=USA&vectors=CHN,RUS,IRN&from=2019&to=2019";
    const before = await get(q);
    assert.equal(before.res.status, 200);
    assert.equal(before.body.items.length, 0);
    const folder = join(t.dir, "gdelt");
    mkdirSync(folder);
    copyFileSync(GDELT, join(folder, "20191024143000.export.CSV"));
    const state = await followFolder(t.store, folder, {once: true, now: () => TEST_NOW});
    assert.equal(state.stored, 1);
    const after = await get(q);
    assert.ok(
      after.body.items.some((r: {measure: string; value: number}) => r.measure === "event_volume" && r.value > 0)
    );
  });
});
