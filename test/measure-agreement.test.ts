// The independent check: UN-vote agreement computed here from first principles, straight from the
// shipped CSV files (own parsing, own country codes, own arithmetic), must equal what the production
// path (DuckDB load → listVotes → alignment()) gives, exactly.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {gunzipSync} from "node:zlib";
import {after, before, describe, test} from "node:test";
import {measureAlignment, openStore, type Store} from "../src/app/index.js";
import {seedUnVotes} from "../src/app/datasets.js";
import {sql} from "./helpers/sql.js";

const DATA = join(import.meta.dirname, "..", "data", "unvotes");
const ISO2: Record<string, string> = {KAZ: "KZ", RUS: "RU", USA: "US", CHN: "CN", TUR: "TR", IRN: "IR", IND: "IN"};

/** rcid → year, from un_roll_calls.csv.gz: lines start `rcid,session,important,"YYYY-MM-DD"`. */
function rollCallYears(): Map<number, number> {
  const years = new Map<number, number>();
  for (const line of gunzipSync(readFileSync(join(DATA, "un_roll_calls.csv.gz")))
    .toString("utf8")
    .split("\n")) {
    const m = /^(\d+),\d*,\d*,"(\d{4})-\d\d-\d\d"/.exec(line);
    if (m) years.set(Number(m[1]), Number(m[2]));
  }
  return years;
}

/** country alpha-2 → rcid → vote text, for the countries asked for. */
function votesOf(codes: readonly string[]): Map<string, Map<number, string>> {
  const out = new Map(codes.map((c) => [c, new Map<number, string>()]));
  for (const line of gunzipSync(readFileSync(join(DATA, "un_votes.csv.gz")))
    .toString("utf8")
    .split("\n")) {
    const m = /^(\d+),".*","([A-Z]{2})","(yes|no|abstain)"$/.exec(line.trimEnd());
    if (m && out.has(m[2]!)) out.get(m[2]!)!.set(Number(m[1]), m[3]!);
  }
  return out;
}

const SCALE: Record<string, number> = {yes: 1, abstain: 0.5, no: 0};

/** Mean of 1 − |a − b| over roll calls of `year` in which both voted, and the share of identical votes. */
function byHand(a: Map<number, string>, b: Map<number, string>, years: Map<number, number>, year: number) {
  let n = 0;
  let sum = 0;
  let same = 0;
  for (const [rcid, va] of a) {
    const vb = b.get(rcid);
    if (vb === undefined || years.get(rcid) !== year) continue;
    n += 1;
    sum += 1 - Math.abs(SCALE[va]! - SCALE[vb]!);
    if (va === vb) same += 1;
  }
  return {n, agreement: n ? sum / n : null, identical: n ? same / n : null};
}

describe("UN-vote agreement, independently of the production code", () => {
  let store: Store;
  before(async () => {
    store = await openStore({store: ":memory:"});
    await seedUnVotes(store, {now: "2026-01-01T00:00:00.000Z"});
  });
  after(() => store.close());

  const CASES: [string, string, number][] = [
    ["KAZ", "RUS", 1993],
    ["KAZ", "RUS", 2000],
    ["KAZ", "USA", 2010],
    ["KAZ", "CHN", 2015],
    ["KAZ", "TUR", 2019],
    ["RUS", "USA", 1995],
    ["CHN", "USA", 2005],
    ["IND", "IRN", 2012]
  ];

  test("agreement and identical share for eight pairs and years equal the first-principles figures exactly", async () => {
    const years = rollCallYears();
    const votes = votesOf([...new Set(CASES.flatMap(([a, b]) => [ISO2[a]!, ISO2[b]!]))]);
    for (const [focal, vector, year] of CASES) {
      const expected = byHand(votes.get(ISO2[focal]!)!, votes.get(ISO2[vector]!)!, years, year);
      assert.ok(expected.n > 10, `${focal}–${vector} ${year}: only ${expected.n} roll calls`);
      const out = await measureAlignment(store, {
        focal,
        vectors: [vector],
        from: year,
        to: year,
        explain: false,
        params: {},
        coverage: {mode: "observed"},
        blocComposition: "dated",
        sensitivity: false
      });
      const get = (m: string) => out.items.find((r) => r.measure === m && r.issue === undefined)!;
      assert.equal(get("agreement").value, expected.agreement, `${focal}–${vector} ${year} agreement`);
      assert.equal(get("agreement").n, expected.n, `${focal}–${vector} ${year} roll calls`);
      assert.equal(get("identical").value, expected.identical, `${focal}–${vector} ${year} identical`);
    }
  });

  test("the load keeps every vote and codes every country", async () => {
    const rows = await sql(store).all(
      `SELECT count(*)::INTEGER AS n, count(DISTINCT country)::INTEGER AS c FROM un_votes`
    );
    assert.deepEqual(rows[0], {n: 870109, c: 199});
  });
});
