import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {test} from "node:test";
import {countColumns, detectGdeltFormat, gdeltRowToEvent, parseGdeltLine} from "../src/read/index.js";

const ROOT = join(import.meta.dirname, "..");
const lines = (rel: string) => readFileSync(join(ROOT, rel), "utf8").split("\n").filter(Boolean);

test("GDELT 1.0 sample: 58-column daily rows and 57-column backfile rows", () => {
  const all = lines("data/gdelt/gdelt1_events_sample_reed9999.tsv");
  assert.deepEqual([...new Set(all.map(countColumns))].sort(), [57, 58]);
  assert.equal(detectGdeltFormat(all[0]!), "gdelt1");
  const kaz = all.find((l) => l.startsWith("564137808\t"))!;
  const r = parseGdeltLine(kaz, {format: "gdelt1", file: "sample.tsv", line: 96});
  assert.deepEqual(r, {
    kind: "row",
    row: {
      id: "564137808",
      sqldate: 20160728,
      code: "043",
      goldstein: 2.8,
      quad: 1,
      numMentions: 6,
      numSources: 1,
      numArticles: 6,
      source: "KAZ",
      target: "BUS",
      sourceAgent: null,
      targetAgent: "BUS",
      url: r.kind === "row" ? r.row.url : "",
      plover: "CONSULT"
    }
  });
  assert.ok(r.kind === "row" && r.row.url!.startsWith("http"));
  const old = all.find((l) => countColumns(l) === 57)!;
  const o = parseGdeltLine(old, {format: "gdelt1"});
  assert.ok(o.kind === "row" || o.kind === "skip");
  if (o.kind === "row") assert.equal(o.row.url, null);
  let rows = 0;
  let skipped = 0;
  for (const l of all) {
    const x = parseGdeltLine(l, {format: "gdelt1"});
    if (x.kind === "row") rows++;
    else if (x.kind === "skip") skipped++;
    else assert.fail(x.issue.message);
  }
  assert.deepEqual([rows, skipped], [471, 239]);
});

test("GDELT 2.0 export: 61 columns mapped to our event", () => {
  const all = lines("data/gdelt/gdelt2_export_20191024143000.tsv");
  assert.equal(detectGdeltFormat(all[0]!), "gdelt2");
  // A row with one actor only is not a dyadic event.
  assert.deepEqual(parseGdeltLine(all[1]!, {format: "gdelt2"}), {kind: "skip", reason: "no-dyad"});
  const r = parseGdeltLine(all[4]!, {format: "gdelt2"});
  assert.ok(r.kind === "row");
  assert.deepEqual(gdeltRowToEvent(r.row, "gdelt:abc"), {
    id: "gdelt:881990836",
    sourceId: "gdelt:abc",
    date: "2018-10-24",
    source: "CAN",
    target: "AUS",
    code: "139",
    goldstein: -7,
    quad: 3,
    plover: "THREATEN",
    rule: "gdelt",
    url: "https://www.timescolonist.com/entertainment/jeremy-dutcher-brings-ancestors-songs-to-life-1.23985964",
    numMentions: 2,
    numSources: 1,
    numArticles: 2
  });
  const counts = {row: 0, skip: 0, issue: 0};
  for (const l of all) counts[parseGdeltLine(l, {format: "gdelt2"}).kind]++;
  assert.deepEqual(counts, {row: 1406, skip: 705, issue: 0});
});

test("bad GDELT rows give issues naming the file, line and column", () => {
  const all = readFileSync(join(ROOT, "test/fixtures/gdelt/gdelt2-bad-rows.tsv"), "utf8").split("\n");
  const issues = all
    .map((l, i) => parseGdeltLine(l, {format: "gdelt2", file: "gdelt2-bad-rows.tsv", line: i + 1}))
    .flatMap((r) => (r.kind === "issue" ? [r.issue] : []));
  assert.deepEqual(issues, [
    {
      code: "bad_columns",
      message: "Cannot read GDELT row: expected 61 tab-separated columns (GDELT 2.0), found 12",
      file: "gdelt2-bad-rows.tsv",
      line: 3
    },
    {
      code: "bad_date",
      message: `Cannot parse date "20190230" in column "SQLDATE": expected a real date as YYYYMMDD`,
      file: "gdelt2-bad-rows.tsv",
      line: 5,
      column: 2
    },
    {
      code: "bad_code",
      message: `Cannot read event code "XYZ" in column "EventCode": expected a CAMEO code such as 042`,
      file: "gdelt2-bad-rows.tsv",
      line: 7,
      column: 27
    }
  ]);
  assert.deepEqual(parseGdeltLine("GLOBALEVENTID\tSQLDATE\tMonthYear", {format: "gdelt1"}), {
    kind: "skip",
    reason: "header"
  });
});
