/**
 * The CLI's `sources --json` and `show --json` give a month- or year-only document's date as the period itself
 * ("2023-11", "2024"), with its precision, so that an exact comparison with a hand reading's "2023-11" holds; a date
 * given with `--date` may be a month too. The page is our own.
 */
import {test} from "node:test";
import assert from "node:assert/strict";
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {cli} from "./helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "mv-cli-date-"));
const store = join(dir, "s.duckdb");
const page = (issue: string, title: string) =>
  [
    "STEPPE POLICY CENTRE          POLICY BRIEF",
    issue,
    "",
    title,
    "",
    "Dilnoza Rahimova",
    "",
    "Summary",
    "Uzbekistan has spent two years courting its neighbours on rail, and the results are now visible on the map of the region's freight routes.",
    "",
    "Uzbekistan signed a transit agreement with Kyrgyzstan, opening a second rail route to the south for Uzbek freight and for Chinese containers.",
    ""
  ].join("\n");

interface Row {
  id: string;
  origin: string;
  date: string;
  datePrecision: string;
  format: string;
}

test("sources --json and show --json give the date as precisely as the document states it", () => {
  writeFileSync(join(dir, "m.txt"), page("No. 4 | November 2023", "A corridor without cargo"));
  writeFileSync(join(dir, "y.txt"), page("Annual Report | 2024", "Railways of the steppe"));
  writeFileSync(join(dir, "g.txt"), page("STEPPE POLICY CENTRE", "Ports and passes"));
  // A sidecar may give a month, as `--date` may.
  writeFileSync(join(dir, "g.txt.json"), JSON.stringify({date: "2022-06"}));
  const ing = cli(store, ["ingest", join(dir, "m.txt"), join(dir, "y.txt"), join(dir, "g.txt")]);
  assert.equal(ing.code, 0, ing.stderr);
  assert.match(
    cli(store, ["ingest", join(dir, "g.txt"), "--date", "2022-13"]).stderr,
    /expected a date as YYYY-MM-DD, YYYY-MM or YYYY/
  );
  const out = JSON.parse(cli(store, ["sources", "--json"]).stdout) as {items: Row[]} | Row[];
  const items = (Array.isArray(out) ? out : out.items).filter((s) => s.format !== "pack");
  // (Matched by the file each came from: which header line is the title is not what this test is about.)
  const byFile = Object.fromEntries(items.map((s) => [s.origin.split("/").pop()!, s]));
  assert.deepEqual(
    ["m.txt", "y.txt", "g.txt"].map((f) => [byFile[f]?.date, byFile[f]?.datePrecision]),
    [
      ["2023-11", "month"],
      ["2024", "year"],
      ["2022-06", "month"]
    ]
  );
  const show = JSON.parse(cli(store, ["show", byFile["m.txt"]!.id, "--json"]).stdout) as {
    source: {date: string; datePrecision: string};
    events: {date: string; precision: string; source: string; target: string}[];
  };
  assert.equal(show.source.date, "2023-11");
  assert.equal(show.source.datePrecision, "month");
  assert.deepEqual(
    show.events.filter((e) => e.source === "UZB" && e.target === "KGZ").map((e) => [e.date, e.precision]),
    [["2023-11-01", "month"]]
  );
});
