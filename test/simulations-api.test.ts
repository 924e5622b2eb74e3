import assert from "node:assert/strict";
import {after, before, describe, test} from "node:test";
import {seededStore, testApp, TEST_NOW, TEST_TOKEN} from "./helpers/server.js";
import {loadScenario, QueueFull, SimulationJobs} from "../src/app/index.js";
import {sql} from "./helpers/sql.js";

type App = Awaited<ReturnType<typeof testApp>>;

describe("HTTP API: scenarios and simulations", () => {
  let t: App;
  before(async () => {
    t = await testApp({datasets: false});
  });
  after(() => t.dispose());
  const auth = {authorization: `Bearer ${TEST_TOKEN}`, "content-type": "application/json"};
  const post = (body: unknown, headers: Record<string, string> = auth) =>
    t.app.request("/api/simulations", {method: "POST", headers, body: JSON.stringify(body)});

  test("GET /api/scenarios lists the three shipped Kazakhstan scenarios", async () => {
    const res = await t.app.request("/api/scenarios");
    const body = (await res.json()) as {items: {id: string}[]};
    assert.deepEqual(
      body.items.map((s) => s.id),
      ["leave-csto", "middle-corridor-x3", "secondary-sanctions"]
    );
    const one = (await (await t.app.request("/api/scenarios/leave-csto")).json()) as {focal: string};
    assert.equal(one.focal, "KAZ");
    assert.equal((await t.app.request("/api/scenarios/nope")).status, 404);
  });

  test("POST /api/simulations needs the token", async () => {
    assert.equal((await post({scenarioId: "leave-csto"}, {"content-type": "application/json"})).status, 401);
    assert.equal((await post({scenarioId: "leave-csto"}, {...auth, authorization: "Bearer wrong"})).status, 403);
  });

  test("a bad request is a 422 naming the field", async () => {
    const res = await post({scenarioId: "leave-csto", runs: 0});
    assert.equal(res.status, 422);
    const body = (await res.json()) as {error: {issues: {path: string[]}[]}};
    assert.deepEqual(body.error.issues[0]!.path, ["runs"]);
    const unknown = (await (await post({scenarioId: "leave-nato"})).json()) as {error: {message: string}};
    assert.match(
      unknown.error.message,
      /No shipped scenario "leave-nato": expected one of leave-csto, middle-corridor-x3, secondary-sanctions/
    );
    const bad = await post({scenario: {name: "x", focal: "KAZ", vectors: ["RUS"], horizon: 5}});
    assert.equal(bad.status, 422);
    const badBody = (await bad.json()) as {error: {issues: {path: (string | number)[]}[]}};
    assert.deepEqual(badBody.error.issues[0]!.path.slice(0, 2), ["scenario", "vectors"]);
  });

  test("a simulation runs as a job and gives the same bands as a second run with the same seed", async () => {
    const start = await post({scenarioId: "middle-corridor-x3", runs: 200, seed: 7, workers: 1, sensitivity: false});
    assert.equal(start.status, 202);
    const {id} = (await start.json()) as {id: string};
    const poll = async (jobId: string) => {
      for (;;) {
        const job = (await (await t.app.request(`/api/simulations/${jobId}`)).json()) as {
          status: string;
          progress: {done: number; total: number};
          result?: {bands: unknown[]; runs: number};
        };
        if (job.status !== "running") return job;
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const first = await poll(id);
    assert.equal(first.status, "done");
    assert.deepEqual(first.progress, {phase: "runs", done: 200, total: 200});
    assert.equal(first.result!.runs, 200);
    const again = (await (
      await post({scenarioId: "middle-corridor-x3", runs: 200, seed: 7, workers: 2, sensitivity: false})
    ).json()) as {
      id: string;
    };
    const second = await poll(again.id);
    assert.deepEqual(second.result!.bands, first.result!.bands, "1 and 2 workers give identical bands");
    const stored = await sql(t.store).all(`SELECT count(*)::INTEGER AS n FROM simulations`);
    assert.equal(stored[0]!.n, 2);
    assert.equal((await t.app.request("/api/simulations/none")).status, 404);
  });

  test("a job reports the effect against the baseline, the start's provenance, the sensitivity and a summary", async () => {
    const inputs = (await (await t.app.request("/api/scenarios/leave-csto/inputs")).json()) as {
      parameters: {key: string; unit: string; source: string}[];
      start: {mode: string; dimensions: {dimension: string; origin: string}[]};
    };
    assert.ok(inputs.parameters.some((p) => p.key === "strategy:threshold" && p.source.startsWith("assumption")));
    assert.ok(inputs.parameters.every((p) => p.unit.length > 0));
    assert.equal(inputs.start.mode, "measured");
    assert.equal(inputs.start.dimensions.length, 4);
    assert.equal((await t.app.request("/api/scenarios/leave-csto/inputs?start=guess")).status, 422);
    const res = await post({scenarioId: "leave-csto", runs: 60, seed: 3, workers: 1, samples: 16});
    const {id} = (await res.json()) as {id: string};
    let job: {
      status: string;
      result?: {
        effect: {t: number; measure: string; p50: number}[];
        baseline: {bands: unknown[]};
        start: {dimensions: {origin: string}[]};
        sensitivity: {outputs: {output: string; indices: {key: string}[]}[]};
        summary: string[];
      };
    };
    for (;;) {
      job = (await (await t.app.request(`/api/simulations/${id}`)).json()) as typeof job;
      if (job.status !== "running") break;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal(job.status, "done");
    const r = job.result!;
    assert.ok(r.effect.find((b) => b.t === 15 && b.measure === "security")!.p50 < 0, "leaving lowers security");
    assert.ok(
      r.effect.filter((b) => b.t < 2).every((b) => b.p50 === 0),
      "no effect before the shock"
    );
    assert.ok(r.baseline.bands.length > 0);
    assert.equal(r.start.dimensions.length, 4);
    const security = r.sensitivity.outputs.find((o) => o.output === "effect:security")!;
    assert.ok(
      security.indices.some((i) => i.key === "group:hedge"),
      "the hedge rule is named"
    );
    assert.ok(r.summary.some((s) => /^Starting point/.test(s)));
  });
});

test("closed simulation jobs refuse new ones and fail the waiting ones with a message", async () => {
  const s = await seededStore({datasets: false});
  try {
    const jobs = new SimulationJobs(s.store, {workers: 1});
    const running = jobs.start(loadScenario("leave-csto"), {runs: 200, sensitivity: false}, TEST_NOW, "a");
    const waiting = jobs.start(loadScenario("leave-csto"), {runs: 200, sensitivity: false}, TEST_NOW, "b");
    await new Promise((r) => setTimeout(r, 0)); // the first job's turn comes
    await jobs.close();
    assert.equal(running.status, "done");
    assert.equal(waiting.status, "failed");
    assert.match(waiting.error ?? "", /stopped before this simulation started/);
    assert.throws(() => jobs.start(loadScenario("leave-csto"), {}, TEST_NOW, "c"), QueueFull);
  } finally {
    s.dispose();
  }
});
