import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {after, before, test} from "node:test";
import {ingestPaths, seedStore} from "../src/app/index.js";
import {createApp} from "../src/server/app.js";
import {openStore, type Store} from "../src/store/index.js";

const ROOT = join(import.meta.dirname, "..");
const NOW = "2026-01-01T00:00:00.000Z";
let store: Store;
let app: ReturnType<typeof createApp>;
let qazinform: string;
const auth = {authorization: "Bearer secret"};

before(async () => {
  store = await openStore({store: ":memory:"});
  await seedStore(store, {now: NOW, datasets: false});
  const r = await ingestPaths(
    store,
    [join(ROOT, "test/fixtures/articles/seeds"), join(ROOT, "data/gdelt/gdelt2_export_20191024143000.tsv")],
    {
      now: NOW,
      coder: null,
      given: {date: "2024-11-20"}
    }
  );
  qazinform = r.documents.find((d) => d.file.includes("004_"))!.sourceId!;
  app = createApp({store, token: "secret"});
});
after(() => store.close());

test("GET /api/events filters by dyad (aliases work), code prefix and period, with a total", async () => {
  const res = await app.request("/api/events?dyad=Russia-USA&limit=3");
  assert.equal(res.status, 200);
  const body = (await res.json()) as {
    items: {source: string; target: string; code: string}[];
    total: number;
    limit: number;
  };
  assert.equal(body.limit, 3);
  assert.equal(body.items.length, 3);
  assert.ok(body.total >= 3);
  for (const e of body.items) assert.deepEqual([e.source, e.target].sort(), ["RUS", "USA"]);
  const coded = (await (await app.request("/api/events?actor=KAZ&code=03&from=2023-01-01&to=2024-12-31")).json()) as {
    items: {code: string; date: string}[];
  };
  for (const e of coded.items) assert.ok(e.code.startsWith("03") && e.date >= "2023-01-01" && e.date <= "2024-12-31");
  const bad = await app.request("/api/events?from=2024-02-30&code=5");
  assert.equal(bad.status, 422);
  const err = (await bad.json()) as {error: {issues: {path: string[]; message: string}[]}};
  assert.deepEqual(
    err.error.issues.map((i) => i.path.join(".")),
    ["from", "code"]
  );
  const unknown = await app.request("/api/events?actor=Kremln");
  assert.equal(unknown.status, 422);
  assert.match(
    ((await unknown.json()) as {error: {message: string}}).error.message,
    /Cannot resolve actor "Kremln": no code or alias matches; did you mean RUS/
  );
});

test("GET /api/claims by speaker, actor (alias) and kind", async () => {
  const res = await app.request("/api/claims?speaker=abishev&about=Beijing&kind=assessment");
  assert.equal(res.status, 200);
  const body = (await res.json()) as {items: {speaker: string; about: string[]; kind: string}[]};
  assert.ok(body.items.length > 0);
  for (const c of body.items)
    assert.deepEqual([c.speaker, c.about.includes("CHN"), c.kind], ["Gaziz Abishev", true, "assessment"]);
  assert.equal((await app.request("/api/claims?kind=rumour")).status, 422);
});

test("GET /api/sources and /api/sources/:id with sentences, events, claims and mentions", async () => {
  const list = (await (await app.request("/api/sources?limit=100")).json()) as {items: {id: string; format: string}[]};
  assert.ok(list.items.some((s) => s.id === qazinform));
  assert.ok(list.items.some((s) => s.format === "gdelt2"));
  const res = await app.request(`/api/sources/${qazinform}`);
  assert.equal(res.status, 200);
  const d = (await res.json()) as {
    source: {publisher: string};
    sentences: {text: string; claims: unknown[]}[];
    mentions: {code: string; sentence: number}[];
    claims: unknown[];
  };
  assert.equal(d.source.publisher, "Qazinform News Agency");
  assert.equal(d.sentences.length, 46);
  assert.ok(d.mentions.some((m) => m.code === "KAZ" && m.sentence === 0));
  assert.equal((await app.request("/api/sources/nope")).status, 404);
});

test("POST /api/ingest: token required; text/plain, JSON and multipart; 413 over 5 MB; 422 for bad input", async () => {
  const text =
    "Tokayev met Putin in Moscow on 12 November 2024. Kazakhstan and Russia signed a declaration on strategic partnership.";
  assert.equal(
    (await app.request("/api/ingest", {method: "POST", body: text, headers: {"content-type": "text/plain"}})).status,
    401
  );
  const plain = await app.request("/api/ingest", {
    method: "POST",
    body: text,
    headers: {"content-type": "text/plain", ...auth}
  });
  assert.equal(plain.status, 201);
  const stored = (await plain.json()) as {status: string; sourceId: string; sentences: number};
  assert.deepEqual([stored.status, stored.sentences], ["stored", 2]);
  const again = await app.request("/api/ingest", {
    method: "POST",
    body: text,
    headers: {"content-type": "text/plain", ...auth}
  });
  assert.deepEqual([again.status, ((await again.json()) as {status: string}).status], [200, "duplicate"]);

  const json = await app.request("/api/ingest", {
    method: "POST",
    headers: {"content-type": "application/json", ...auth},
    body: JSON.stringify({
      text: "<html><body><article><p>China and Kazakhstan opened a new border crossing at Khorgos, officials said.</p></article></body></html>",
      format: "html",
      title: "Khorgos",
      publisher: "Test Wire",
      date: "2024-05-01"
    })
  });
  assert.equal(json.status, 201);
  const j = (await json.json()) as {sourceId: string; date: string; title: string};
  assert.deepEqual([j.date, j.title], ["2024-05-01", "Khorgos"]);

  const form = new FormData();
  form.set(
    "file",
    new File([readFileSync(join(ROOT, "test/fixtures/articles/markdown/caliber-ismagambetov.md"))], "caliber.md", {
      type: "text/markdown"
    })
  );
  const multipart = await app.request("/api/ingest", {method: "POST", body: form, headers: auth});
  assert.equal(multipart.status, 201);
  assert.equal(((await multipart.json()) as {format: string}).format, "markdown");

  const huge = "a".repeat(5 * 1024 * 1024 + 10);
  const big = await app.request("/api/ingest", {
    method: "POST",
    body: huge,
    headers: {"content-type": "text/plain", ...auth}
  });
  assert.equal(big.status, 413);
  assert.deepEqual(((await big.json()) as {error: {code: string}}).error.code, "too_large");

  const badJson = await app.request("/api/ingest", {
    method: "POST",
    body: JSON.stringify({text: "", date: "2024-13-01"}),
    headers: {"content-type": "application/json", ...auth}
  });
  assert.equal(badJson.status, 422);
  assert.deepEqual(
    ((await badJson.json()) as {error: {issues: {path: string[]}[]}}).error.issues.map((i) => i.path.join(".")),
    ["text", "date"]
  );

  const binary = await app.request("/api/ingest", {
    method: "POST",
    body: new Uint8Array([80, 75, 3, 4, 0, 0, 1]),
    headers: {"content-type": "text/plain", ...auth}
  });
  assert.equal(binary.status, 422);
  assert.equal(
    ((await binary.json()) as {error: {message: string}}).error.message,
    `Cannot ingest the document: Cannot read "request": it looks like a binary file (a NUL byte at offset 4), not text`
  );
});

test("a figure's outlook (session 27) goes through the store to GET /api/figures: a target, a forecast, a level", async () => {
  const text = [
    "Mongolia and Kyrgyzstan agreed on 3 March 2025 to raise bilateral trade, which stood at $90 million in 2024, to $400 million by 2030.",
    "Officials expect the new road to carry up to 2 million tonnes of cargo a year.",
    "Exports of wool rose 12 percent last year."
  ].join(" ");
  const posted = await app.request("/api/ingest", {
    method: "POST",
    body: text,
    headers: {"content-type": "text/plain", ...auth}
  });
  assert.equal(posted.status, 201);
  const {sourceId} = (await posted.json()) as {sourceId: string};
  const res = await app.request(`/api/figures?source=${encodeURIComponent(sourceId)}`);
  assert.equal(res.status, 200);
  const items = ((await res.json()) as {items: {text: string; outlook?: string}[]}).items;
  const outlook = Object.fromEntries(items.map((f) => [f.text, f.outlook ?? null]));
  assert.deepEqual(outlook, {
    "$90 million": null,
    "$400 million": "target",
    "2 million tonnes": "forecast",
    "12 percent": null
  });
});
