/**
 * Concurrent API ingests with duplicates: every "201 stored" is committed, duplicates answer "duplicate"
 * without touching anyone else's write, and no row is left without its source.
 */
import assert from "node:assert/strict";
import {after, before, test} from "node:test";
import {startServer, TEST_TOKEN} from "./helpers/server.js";
import type {Store} from "../src/store/index.js";
import {sql} from "./helpers/sql.js";

let server: Awaited<ReturnType<typeof startServer>>;
let store: Store;

before(async () => {
  server = await startServer({datasets: false});
  store = server.store;
});
after(async () => server?.close());

function article(i: number): string {
  return (
    `Astana, 12 March 2024. Kazakhstan and China signed agreement number ${i} on transit trade. ` +
    `Russia criticized the deal ${i} while the United States praised Kazakhstan's reforms. ` +
    `President Tokayev met the Chinese foreign minister in Astana to discuss pipeline ${i}.`
  );
}

async function post(text: string): Promise<{status: number; body: {status?: string; sourceId?: string}}> {
  const res = await fetch(`${server.url}api/ingest`, {
    method: "POST",
    headers: {authorization: `Bearer ${TEST_TOKEN}`, "content-type": "application/json"},
    body: JSON.stringify({text, date: "2024-03-12"})
  });
  return {status: res.status, body: (await res.json()) as {status?: string; sourceId?: string}};
}

async function orphans(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ["sentences", "events", "stances", "claims"]) {
    const rows = await sql(store).all(
      `SELECT count(*)::INTEGER AS n FROM ${t} x WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = x.source_id)`
    );
    out[t] = Number(rows[0]!.n);
  }
  return out;
}

test("45 simultaneous ingests (40 distinct, 5 copies of one): every 201 is stored, no orphans", async () => {
  for (let round = 0; round < 3; round++) {
    const texts = [
      ...Array.from({length: 40}, (_, i) => article(round * 100 + i)),
      ...Array.from({length: 5}, () => article(round * 100 + 99))
    ];
    const answers = await Promise.all(texts.map(post));
    for (const a of answers) assert.ok(a.status === 201 || a.status === 200, `unexpected status ${a.status}`);
    const stored = answers.filter((a) => a.status === 201).map((a) => a.body.sourceId!);
    const dup = answers.filter((a) => a.status === 200);
    assert.equal(stored.length, 41, `round ${round}: 41 distinct texts, ${stored.length} answered 201`);
    assert.equal(dup.length, 4, `round ${round}: 4 copies answered duplicate`);
    for (const d of dup) assert.equal(d.body.status, "duplicate");
    const ids = new Set((await sql(store).all(`SELECT id FROM sources`)).map((r) => String(r.id)));
    const missing = stored.filter((id) => !ids.has(id));
    assert.deepEqual(missing, [], `round ${round}: ${missing.length} answered 201 but are not in the store`);
    assert.deepEqual(await orphans(), {sentences: 0, events: 0, stances: 0, claims: 0});
  }
});
