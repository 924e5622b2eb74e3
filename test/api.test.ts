import assert from "node:assert/strict";
import {gunzipSync} from "node:zlib";
import {after, before, describe, test} from "node:test";
import {computeEtag, matchesIfNoneMatch, storeVersion} from "../src/server/etag.js";
import {openApiDocument, openApiPath} from "../src/server/openapi.js";
import {testApp} from "./helpers/server.js";
import {sql} from "./helpers/sql.js";

type App = Awaited<ReturnType<typeof testApp>>;

describe("HTTP API (catalog, errors, OpenAPI, ETag)", () => {
  let t: App;
  before(async () => {
    t = await testApp({datasets: false});
  });
  after(() => t.dispose());
  const get = async (path: string, init?: RequestInit) => {
    const res = await t.app.request(path, init);
    return {res, body: (await res.json()) as Record<string, any>};
  };

  test("GET /api/actors lists the catalog, and filters by kind", async () => {
    const {res, body} = await get("/api/actors");
    assert.equal(res.status, 200);
    const codes = body.items.map((a: {code: string}) => a.code);
    for (const c of ["KAZ", "RUS", "CHN", "USA", "CSTO"]) assert.ok(codes.includes(c), `missing ${c}`);
    const kaz = body.items.find((a: {code: string}) => a.code === "KAZ");
    assert.equal(kaz.name, "Kazakhstan");
    assert.equal(typeof kaz.lat, "number");
    const states = (await get("/api/actors?kind=state")).body.items as {kind: string}[];
    assert.ok(states.length > 5 && states.every((a) => a.kind === "state"));
  });

  test("GET /api/actors?kind=… with a bad kind is a 422 naming the field", async () => {
    const {res, body} = await get("/api/actors?kind=planet");
    assert.equal(res.status, 422);
    assert.equal(body.error.code, "invalid_request");
    assert.deepEqual(body.error.issues[0].path, ["kind"]);
  });

  test("GET /api/actors/:code resolves codes and aliases, and 404s on an unknown one", async () => {
    const direct = await get("/api/actors/KAZ");
    assert.equal(direct.res.status, 200);
    assert.equal(direct.body.code, "KAZ");
    assert.ok(direct.body.memberships.some((m: {org: string}) => m.org === "CSTO"));
    const alias = await get(`/api/actors/${encodeURIComponent("the Kremlin")}`);
    assert.equal(alias.res.status, 200);
    assert.equal(alias.body.code, "RUS");
    const missing = await get("/api/actors/Atlantis");
    assert.equal(missing.res.status, 404);
    assert.equal(missing.body.error.code, "not_found");
    assert.equal(missing.body.error.message, 'Cannot resolve actor "Atlantis": no code or alias matches');
  });

  test("GET /api/memberships?at=2022-01-01&org=CSTO gives exactly the six members", async () => {
    const {res, body} = await get("/api/memberships?at=2022-01-01&org=CSTO");
    assert.equal(res.status, 200);
    assert.deepEqual(body.items.map((m: {actor: string}) => m.actor).sort(), [
      "ARM",
      "BLR",
      "KAZ",
      "KGZ",
      "RUS",
      "TJK"
    ]);
    const in2000 = (await get("/api/memberships?at=2000-01-01&org=CSTO")).body.items
      .map((m: {actor: string}) => m.actor)
      .sort();
    assert.ok(!in2000.includes("UZB"), "Uzbekistan was out of the CSTO in 2000");
  });

  test("a bad date is a 422 that names the field and quotes nothing it did not get", async () => {
    const {res, body} = await get("/api/memberships?at=2022-13-01");
    assert.equal(res.status, 422);
    assert.equal(body.error.code, "invalid_request");
    assert.equal(body.error.message, "GET /api/memberships: Invalid query: Expected a date as YYYY-MM-DD (at at)");
    assert.deepEqual(
      body.error.issues.map((i: {path: string[]}) => i.path),
      [["at"]]
    );
  });

  test("GET /api/timeline pages through the pack timeline, oldest first", async () => {
    const all = (await get("/api/timeline?limit=1000")).body;
    assert.ok(all.total >= 5, `expected a timeline, got ${all.total} events`);
    assert.equal(all.items.length, all.total);
    const dates = all.items.map((e: {date: string}) => e.date);
    assert.deepEqual(dates, [...dates].sort());
    const p1 = (await get("/api/timeline?limit=2&offset=0")).body;
    const p2 = (await get("/api/timeline?limit=2&offset=2")).body;
    assert.deepEqual([p1.limit, p1.offset, p1.total, p2.offset], [2, 0, all.total, 2]);
    assert.deepEqual(
      [...p1.items, ...p2.items].map((e: {id: string}) => e.id),
      all.items.slice(0, 4).map((e: {id: string}) => e.id)
    );
    const bad = await get("/api/timeline?limit=0");
    assert.equal(bad.res.status, 422);
    assert.deepEqual(bad.body.error.issues[0].path, ["limit"]);
    const period = await get("/api/timeline?from=2023-01-01&to=2022-01-01");
    assert.equal(period.res.status, 422);
    assert.equal(period.body.error.message, 'Invalid period: from "2023-01-01" is after to "2022-01-01"');
  });

  test("unknown endpoints answer a JSON 404", async () => {
    const {res, body} = await get("/api/nothing-here");
    assert.equal(res.status, 404);
    assert.match(res.headers.get("content-type") ?? "", /application\/json/);
    assert.deepEqual(body.error, {code: "not_found", message: "No such endpoint: GET /api/nothing-here", issues: []});
    const post = await get("/api/actors", {method: "POST"});
    assert.equal(post.res.status, 404);
    assert.equal(post.body.error.message, "No such endpoint: POST /api/actors");
  });

  test("GET /api/openapi.json describes every registered API route with the routes' own zod schemas", async () => {
    const {res, body: doc} = await get("/api/openapi.json");
    assert.equal(res.status, 200);
    assert.equal(doc.openapi, "3.1.0");
    assert.equal(typeof doc.info.title, "string");
    assert.equal(typeof doc.info.version, "string");
    for (const r of t.app.routes) {
      if (!r.path.startsWith("/api/") || r.path.includes("*") || r.method === "ALL") continue;
      const op = doc.paths[openApiPath(r.path).path]?.[r.method.toLowerCase()];
      assert.ok(op, `${r.method} ${r.path} is missing from the OpenAPI document`);
      assert.ok(op.responses && Object.keys(op.responses).length > 0, `${r.method} ${r.path} has no responses`);
      for (const p of openApiPath(r.path).params)
        assert.ok(op.parameters.some((x: {name: string; in: string}) => x.name === p && x.in === "path"));
    }
    const ids = Object.values(doc.paths).flatMap((ops: any) => Object.values(ops).map((o: any) => o.operationId));
    assert.equal(new Set(ids).size, ids.length, "operationIds are unique");
    const timeline = doc.paths["/api/timeline"].get;
    const limit = timeline.parameters.find((p: {name: string}) => p.name === "limit");
    assert.deepEqual(limit, {
      name: "limit",
      in: "query",
      required: false,
      schema: {default: 100, type: "integer", minimum: 1, maximum: 1000}
    });
    const at = doc.paths["/api/memberships"].get.parameters.find((p: {name: string}) => p.name === "at");
    assert.equal(at.schema.format, "date");
    const kind = doc.paths["/api/actors"].get.parameters.find((p: {name: string}) => p.name === "kind");
    assert.deepEqual(kind.schema.enum, ["state", "organization", "bloc", "non-state", "region"]);
    assert.deepEqual(doc.paths["/api/actors/{code}"].get.parameters[0], {
      name: "code",
      in: "path",
      required: true,
      schema: {type: "string"},
      description: "An actor code or any of its aliases"
    });
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const path = ref.slice(8, -1).replace(/^#\//, "").split("/");
      assert.ok(
        path.reduce((o: any, k) => o?.[k], doc),
        `dangling ${ref}`
      );
    }
  });

  test("openApiDocument with no routes falls back to the documented operations", () => {
    const doc = openApiDocument([]) as {paths: Record<string, unknown>};
    assert.ok(doc.paths["/api/actors/{code}"]);
    assert.deepEqual(openApiPath("/api/sources/:id"), {path: "/api/sources/{id}", params: ["id"]});
  });

  test("GET answers carry an ETag and a matching If-None-Match gets a 304 with no body", async () => {
    const first = await t.app.request("/api/actors/KAZ");
    const tag = first.headers.get("etag");
    assert.match(tag ?? "", /^W\/"[A-Za-z0-9_-]{27}"$/);
    assert.equal(first.headers.get("cache-control"), "no-cache");
    const again = await t.app.request("/api/actors/KAZ", {headers: {"if-none-match": tag!}});
    assert.equal(again.status, 304);
    assert.equal(await again.text(), "");
    assert.equal(again.headers.get("etag"), tag);
    const other = await t.app.request("/api/actors/RUS", {headers: {"if-none-match": tag!}});
    assert.equal(other.status, 200);
    assert.notEqual(other.headers.get("etag"), tag);
    const error = await t.app.request("/api/actors/Atlantis");
    assert.equal(error.headers.get("etag"), null, "errors are not tagged");
  });

  test("reads are cached until the store changes, and a route's own ETag still gives 304", async () => {
    const url = "/api/actors/KAZ";
    const first = await t.app.request(url);
    const again = await t.app.request(url);
    assert.equal(again.headers.get("x-cache"), "hit");
    assert.deepEqual(await again.json(), await first.json());
    const conditional = await t.app.request(url, {headers: {"if-none-match": again.headers.get("etag")!}});
    assert.equal(conditional.status, 304);
    // A write through the store (not through the API) changes the file's version: the next read is fresh.
    await sql(t.store).run(`UPDATE actors SET name = 'Kazakhstan (renamed)' WHERE code = 'KAZ'`);
    const fresh = await t.app.request(url);
    assert.equal(fresh.headers.get("x-cache"), null);
    assert.equal(((await fresh.json()) as {name: string}).name, "Kazakhstan (renamed)");
    await sql(t.store).run(`UPDATE actors SET name = 'Kazakhstan' WHERE code = 'KAZ'`);
    assert.equal(((await (await t.app.request(url)).json()) as {name: string}).name, "Kazakhstan");
  });

  test("cached answers are sent gzipped to clients that accept it", async () => {
    const url = "/api/timeline?limit=50";
    const plain = await (await t.app.request(url)).text();
    const zipped = await t.app.request(url, {headers: {"accept-encoding": "gzip, deflate"}});
    assert.equal(zipped.headers.get("content-encoding"), "gzip");
    assert.match(zipped.headers.get("vary") ?? "", /\baccept-encoding\b/);
    assert.equal(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString("utf8"), plain);
  });

  test("concurrent misses for one URL are computed once", async () => {
    const url = "/api/timeline?limit=7";
    const answers = await Promise.all(Array.from({length: 20}, () => t.app.request(url)));
    assert.equal(answers.filter((r) => r.headers.get("x-cache") === "hit").length, 19);
    const bodies = await Promise.all(answers.map((r) => r.text()));
    assert.equal(new Set(bodies).size, 1);
  });

  test("storeVersion changes when the store file changes", async () => {
    const before = storeVersion(t.store.path);
    assert.notEqual(before, "-|-");
    await sql(t.store).run(`CREATE TABLE IF NOT EXISTS scratch_version_probe (x INTEGER)`);
    await sql(t.store).run(`INSERT INTO scratch_version_probe VALUES (1)`);
    assert.notEqual(storeVersion(t.store.path), before);
    await sql(t.store).run(`DROP TABLE scratch_version_probe`);
  });

  test("computeEtag and matchesIfNoneMatch", () => {
    assert.equal(computeEtag("abc", false), '"qZk-NkcGgWq6PiVxeFDCbJzQ2J0"');
    assert.equal(computeEtag("abc"), 'W/"qZk-NkcGgWq6PiVxeFDCbJzQ2J0"');
    assert.ok(matchesIfNoneMatch('"x", W/"qZk-NkcGgWq6PiVxeFDCbJzQ2J0"', '"qZk-NkcGgWq6PiVxeFDCbJzQ2J0"'));
    assert.ok(matchesIfNoneMatch("*", 'W/"a"'));
    assert.ok(!matchesIfNoneMatch('"b"', 'W/"a"'));
    assert.ok(!matchesIfNoneMatch(undefined, 'W/"a"'));
  });
});
