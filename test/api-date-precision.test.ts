/**
 * The API gives a month- or year-only document's date as the period ("2023-11"), with its precision, as the CLI does;
 * the ingest endpoint takes a month or a year as the given date. The page is our own.
 */
import assert from "node:assert/strict";
import {after, before, test} from "node:test";
import {testApp, TEST_TOKEN} from "./helpers/server.js";

type App = Awaited<ReturnType<typeof testApp>>;
let t: App;
before(async () => {
  t = await testApp({datasets: false});
});
after(() => t.dispose());

const page = (issue: string, title: string) =>
  [
    "STEPPE POLICY CENTRE          POLICY BRIEF",
    issue,
    "",
    title,
    "",
    "Summary",
    "Uzbekistan has spent two years courting its neighbours on rail, and the results are now visible on the map of the region's freight routes.",
    ""
  ].join("\n");

test("GET /api/sources and /api/sources/:id give a month-only date as the month, with its precision", async () => {
  const auth = {authorization: `Bearer ${TEST_TOKEN}`, "content-type": "application/json"};
  const post = (body: object) =>
    t.app.request("/api/ingest", {method: "POST", headers: auth, body: JSON.stringify(body)});
  const stated = await post({text: page("No. 4 | November 2023", "A corridor without cargo"), format: "text"});
  assert.equal(stated.status, 201);
  const given = await post({text: page("STEPPE POLICY CENTRE", "Ports and passes"), format: "text", date: "2021"});
  assert.equal(given.status, 201);
  const bad = await post({text: page("x", "Bad"), format: "text", date: "2021-13"});
  assert.equal(bad.status, 422);
  const sources = (await (await t.app.request("/api/sources")).json()) as {
    items: {id: string; date: string | null; datePrecision: string | null; format: string}[];
  };
  const ids = [(await stated.json()) as {sourceId: string}, (await given.json()) as {sourceId: string}].map(
    (r) => r.sourceId
  );
  assert.deepEqual(
    ids.map((id) => sources.items.find((s) => s.id === id)).map((s) => [s?.date, s?.datePrecision]),
    [
      ["2023-11", "month"],
      ["2021", "year"]
    ]
  );
  const one = (await (await t.app.request(`/api/sources/${ids[0]}`)).json()) as {
    source: {date: string; datePrecision: string};
  };
  assert.deepEqual([one.source.date, one.source.datePrecision], ["2023-11", "month"]);
});
