/**
 * Stopping the server loses nothing it acknowledged: the requests being answered (an ingest, a simulation job)
 * finish and are stored before the pools and the store close.
 */
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {test} from "node:test";
import {serve} from "../src/server/index.js";
import {seededStore, TEST_TOKEN} from "./helpers/server.js";
import {sql} from "./helpers/sql.js";

test("stopping the server waits for the running simulation: its row is stored, the store stays whole", async () => {
  const s = await seededStore({datasets: false});
  try {
    const server = await serve({store: s.store, port: 0, host: "127.0.0.1", token: TEST_TOKEN});
    const res = await fetch(new URL("/api/simulations", server.url), {
      method: "POST",
      headers: {authorization: `Bearer ${TEST_TOKEN}`, "content-type": "application/json"},
      body: JSON.stringify({scenarioId: "leave-csto", runs: 400, seed: 1, workers: 1, sensitivity: false})
    });
    assert.equal(res.status, 202);
    const {id} = (await res.json()) as {id: string};
    await server.close();
    const rows = await sql(s.store).all(`SELECT id FROM simulations`);
    assert.deepEqual(
      rows.map((r) => String(r.id)),
      [id]
    );
  } finally {
    s.dispose();
  }
});

test("stopping the server while a large ingest is being read: it is answered 201 and stored whole", async () => {
  const s = await seededStore({datasets: false});
  try {
    // The grace period is long here: the test is about the answer and the stored rows, and on a loaded machine
    // reading 600 KB takes longer than the default 10 s (the connection is then cut, as documented).
    const server = await serve({store: s.store, port: 0, host: "127.0.0.1", token: TEST_TOKEN, closeGraceMs: 120_000});
    const seed = readFileSync(join(import.meta.dirname, "fixtures/articles/seeds/000_3fd4c63bc4bf2362.txt"), "utf8");
    let text = "";
    for (let i = 0; Buffer.byteLength(text) < 600_000; i++) text += `${seed.replace(/\.\s/g, ` (part ${i}). `)}\n\n`;
    const answer = fetch(new URL("/api/ingest", server.url), {
      method: "POST",
      headers: {authorization: `Bearer ${TEST_TOKEN}`, "content-type": "text/plain"},
      body: text
    }).then(async (r) => ({status: r.status, body: await r.text()}));
    // Close once the server is answering the request (a fixed wait is not enough on a loaded machine: a
    // connection whose request has not arrived yet is idle, and closing cuts idle connections, unacknowledged).
    for (const until = Date.now() + 60_000; server.answering() === 0;) {
      assert.ok(Date.now() < until, "the server never started answering the ingest");
      await new Promise((r) => setTimeout(r, 5));
    }
    await server.close();
    const res = await answer;
    assert.equal(res.status, 201, res.body.slice(0, 300));
    const {sourceId: id, sentences} = JSON.parse(res.body) as {sourceId: string; sentences: number};
    const [row] = await sql(s.store).all(
      `SELECT (SELECT count(*) FROM sources WHERE id = ?)::INTEGER AS sources,
              (SELECT count(*) FROM sentences WHERE source_id = ?)::INTEGER AS sentences`,
      [id, id]
    );
    assert.equal(row!.sources, 1, "the acknowledged document is stored");
    assert.ok(sentences > 1000);
    assert.equal(row!.sentences, sentences, "all its sentences are stored");
  } finally {
    s.dispose();
  }
});
