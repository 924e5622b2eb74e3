import assert from "node:assert/strict";
import {test} from "node:test";
import {formatIssue} from "../src/domain/index.js";
import {loadPack, parsePack} from "../src/packs/index.js";

const DIR = "test/fixtures/packs";

/** The formatted issues of a fixture pack (empty when it loads). */
function problems(kind: string): string[] {
  const r = loadPack(`${DIR}/${kind}`);
  return r.ok ? [] : r.issues.map(formatIssue);
}

const EXPECTED: Record<string, string[]> = {
  "unknown-actor": [
    `${DIR}/unknown-actor/memberships.csv:2:14: Unknown actor code "XYZ" in column "org": no row in actors.csv has it`
  ],
  "bad-date": [
    `${DIR}/bad-date/memberships.csv:2:26: Cannot parse date "2022-13-01" in column "from": expected YYYY-MM-DD`
  ],
  "bad-period": [
    `${DIR}/bad-period/memberships.csv:2:37: Period ends before it starts: column "to" is "1999-04-20", expected a date after "2002-10-07" in column "from"`
  ],
  "duplicate-id": [
    `${DIR}/duplicate-id/memberships.csv:3:1: Duplicate id "csto-kaz" in column "id": first used on line 2`
  ],
  "missing-citation": [`${DIR}/missing-citation/timeline.csv:2:96: Row has no citation: column "quote" is empty`],
  "missing-column": [
    `${DIR}/missing-column/corridors.csv:1:1: Missing column "quote" in header: expected id, name, kind, states, sponsor, source, quote`
  ],
  "bad-value": [
    `${DIR}/bad-value/memberships.csv:2:19: Invalid value "ally" in column "role": expected one of member, observer, partner, founder`
  ],
  "ragged-row": [`${DIR}/ragged-row/aliases.csv:3:1: Wrong number of fields: row has 7, header has 8`],
  "missing-actors-file": [`${DIR}/missing-actors-file: Missing required file "actors.csv": a pack needs its actors`],
  "unterminated-quote": [
    `${DIR}/unterminated-quote/timeline.csv:2:96: Unterminated quoted field: the quote opened here is never closed`
  ]
};

for (const [kind, expected] of Object.entries(EXPECTED)) {
  test(`fixture ${kind} is reported exactly`, () => {
    assert.deepEqual(problems(kind), expected);
  });
}

test("every problem of a pack is reported at once, in file and line order", () => {
  const d = `${DIR}/several-problems`;
  assert.deepEqual(problems("several-problems"), [
    `${d}/notes.csv: Unknown file "notes.csv" in pack: expected one of actors.csv, aliases.csv, memberships.csv, corridors.csv, timeline.csv, indicators.csv`,
    `${d}/actors.csv:3:1: Duplicate id "KAZ" in column "code": first used on line 2`,
    `${d}/actors.csv:3:28: Cannot parse number "north" in column "lat": expected a decimal number`,
    `${d}/actors.csv:4:46: Invalid value "alliance" in column "kind": expected one of state, organization, bloc, non-state, region`,
    `${d}/actors.csv:4:71: Row has no citation: column "quote" is empty`,
    `${d}/memberships.csv:2:26: Cannot parse date "1992-02-30" in column "from": expected YYYY-MM-DD`,
    `${d}/memberships.csv:3:14: Unknown actor code "EAEU" in column "org": no row in actors.csv has it`,
    `${d}/memberships.csv:3:37: Period ends before it starts: column "to" is "2014-05-29", expected a date after "2015-01-01" in column "from"`,
    `${d}/memberships.csv:4:13: Actor "KAZ" in column "org" is a state: expected organization or bloc`,
    `${d}/timeline.csv:2:23: Invalid value "999" in column "cameo": expected a CAMEO code such as 042 or 1931`
  ]);
});

test("issue codes name the kind of problem", () => {
  const codes = (kind: string) => {
    const r = loadPack(`${DIR}/${kind}`);
    return r.ok ? [] : r.issues.map((i) => i.code);
  };
  assert.deepEqual(
    Object.keys(EXPECTED).map((k) => codes(k)[0]),
    [
      "unknown_actor",
      "bad_date",
      "bad_period",
      "duplicate_id",
      "missing_citation",
      "missing_column",
      "bad_value",
      "wrong_column_count",
      "missing_file",
      "unterminated_quote"
    ]
  );
});

test("a pack with CRLF line ends, a BOM and quoted commas and line breaks loads", () => {
  const r = loadPack(`${DIR}/valid-crlf-bom`);
  assert.ok(r.ok, r.ok ? "" : r.issues.map(formatIssue).join("\n"));
  assert.deepEqual(
    r.value.actors.map((a) => [a.code, a.name, a.citation?.quote]),
    [
      ["KAZ", "Kazakhstan, Republic of", '705,"Kazakhstan","Astana"'],
      ["CSTO", "Collective Security Treaty Organization", "line one\nline two"]
    ]
  );
  assert.deepEqual(r.value.memberships, [
    {
      id: "csto-kaz",
      actor: "KAZ",
      org: "CSTO",
      role: "founder",
      from: "1992-05-15",
      citation: {source: "public record", quote: "Tashkent treaty"}
    }
  ]);
});

test("parsePack is pure: it takes texts and names files under the given dir", () => {
  const r = parsePack({"actors.csv": "code,name,kind,source,quote\nkaz,Kazakhstan,state,x,y\n"}, {dir: "packs/demo/"});
  assert.deepEqual(r.ok ? [] : r.issues.map(formatIssue), [
    `packs/demo/actors.csv:2:1: Invalid value "kaz" in column "code": expected an actor code such as KAZ, CSTO or C5+1`
  ]);
  const good = parsePack(
    {"actors.csv": "code,name,kind,source,quote\nKAZ,Kazakhstan,state,x,y\n", "README.md": "# demo"},
    {dir: "packs/demo"}
  );
  assert.ok(good.ok);
  assert.equal(good.value.name, "demo");
});

test("a missing pack directory is an issue, not an exception", () => {
  assert.deepEqual(problems("no-such-pack"), [
    `${DIR}/no-such-pack: Cannot read pack directory "${DIR}/no-such-pack": ENOENT`
  ]);
});
