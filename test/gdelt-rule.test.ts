// One GDELT row rule (GDELT_RULE in src/read/gdelt.ts), three ways of applying it: the JavaScript parser,
// the byte scanner of the bulk import, and the SQL the embedded engine derives from it for its CSV reader.
// Each line of a sample with good rows, rows to skip and rows bad in every field is run through all three:
// they must accept the same rows (as the same events), skip the same rows and reject the same rows.
import assert from "node:assert/strict";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, test} from "node:test";
import {
  GDELT_RULE,
  gdeltCodeTable,
  gdeltRowToEvent,
  gdeltScanner,
  parseGdeltLine,
  type GdeltFormat
} from "../src/read/index.js";
import {GdeltCsvUnsupported, openStore} from "../src/store/index.js";

const ROOT = join(import.meta.dirname, "..");
const DIR = mkdtempSync(join(tmpdir(), "mv-gdelt-rule-"));
after(() => rmSync(DIR, {recursive: true, force: true}));

const G2 = readFileSync(join(ROOT, "data/gdelt/gdelt2_export_20191024143000.tsv"), "utf8").split("\n")[4]!;
const G1 = readFileSync(join(ROOT, "data/gdelt/gdelt1_events_sample_reed9999.tsv"), "utf8")
  .split("\n")
  .find((l) => l.startsWith("564137808\t"))!;

/** The line with some columns (0-based) replaced. */
function edit(line: string, changes: Record<number, string>): string {
  const f = line.split("\t");
  for (const [i, v] of Object.entries(changes)) f[Number(i)] = v;
  return f.join("\t");
}

/** Good rows, rows to skip and rows with one bad or unusual value in every field of the rule. */
function sample(base: string): string[] {
  return [
    base,
    edit(base, {0: "12a"}), // id not digits
    edit(base, {0: ""}), // id blank
    edit(base, {0: "1234567890123456"}), // id too long
    edit(base, {1: "20190230"}), // no such day
    edit(base, {1: "2019103"}), // 7 digits
    edit(base, {1: ""}),
    edit(base, {26: "XYZ"}),
    edit(base, {26: "21"}), // root 21
    edit(base, {26: "04321"}), // 5 digits
    edit(base, {26: ""}),
    edit(base, {29: "5"}),
    edit(base, {29: ""}), // blank quad: from the code's root
    edit(base, {29: "1.0"}),
    edit(base, {30: "abc"}),
    edit(base, {30: "11"}), // out of range
    edit(base, {30: "-10"}),
    edit(base, {30: "10.0"}),
    edit(base, {30: "1e1"}), // not a plain decimal
    edit(base, {30: " 5"}),
    edit(base, {30: ".5"}),
    edit(base, {30: ""}), // blank: the code's weight
    edit(base, {26: "0", 30: ""}), // a one-digit code: bad code first
    edit(base, {31: ""}), // blank counts: absent
    edit(base, {32: "x"}),
    edit(base, {33: "-1"}),
    edit(base, {33: "1234567890"}), // 10 digits
    edit(base, {7: "", 5: ""}), // no source actor: skipped
    edit(base, {17: "", 15: ""}), // no target actor
    edit(base, {7: "", 5: "ABCDEF"}), // the actor code when the country is blank
    edit(base, {7: "", 5: "", 1: "bad"}), // bad value before the skip
    edit(base, {12: "", 22: "GOV"}), // agents
    edit(base, {17: "ÄÖÜ"}), // non-ASCII actor code
    edit(base, {[base.split("\t").length - 1]: ""}), // no URL
    base.split("\t").slice(0, 40).join("\t"), // too few columns
    base + "\textra"
  ];
}

type Outcome = {kind: "row"; event: unknown} | {kind: "skip"} | {kind: "bad"};

async function check(format: GdeltFormat, lines: readonly string[]) {
  const store = await openStore({store: ":memory:"});
  const scanner = gdeltScanner(format);
  try {
    for (const [i, line] of lines.entries()) {
      // 1. The JavaScript parser.
      const p = parseGdeltLine(line, {format});
      const parsed: Outcome =
        p.kind === "row"
          ? {kind: "row", event: gdeltRowToEvent(p.row, "s")}
          : p.kind === "skip"
            ? {kind: "skip"}
            : {kind: "bad"};
      // 2. The byte scanner ("check" hands the line to the parser: a bad row, or a blank value to derive).
      const buf = Buffer.from(line, "utf8");
      const got = scanner.line(buf, 0, buf.length);
      if (got === "row") assert.deepEqual(parsed, {kind: "row", event: gdeltRowToEvent(scanner.row, "s")}, `line ${i}`);
      else if (got === "skip") assert.deepEqual(parsed, {kind: "skip"}, `line ${i}`);
      else {
        const f = line.split("\t");
        const derived = f[29] === "" || f[30] === "";
        assert.ok(
          parsed.kind === "bad" || (parsed.kind === "row" && derived),
          `line ${i}: scanner says check, parser ${p.kind}`
        );
      }
      // 3. The SQL derived from the rule, through DuckDB's CSV reader (a bad row stops it: the import then takes the JS path).
      const path = join(DIR, `${format}-${i}.tsv`);
      writeFileSync(path, line + "\n");
      const sourceId = `s${format}${i}`;
      let viaSql: Outcome;
      try {
        const r = await store.transaction(() =>
          store.events.insertGdeltCsv!({
            path,
            sourceId,
            format,
            rule: GDELT_RULE,
            codes: gdeltCodeTable(),
            maxRejects: 5
          })
        );
        if (r.rejectCount > 0) viaSql = {kind: "bad"};
        else if (r.events === 0) viaSql = {kind: "skip"};
        else {
          const [e] = await store.events.listEvents({sourceId});
          viaSql = {kind: "row", event: {...e, sourceId: "s"}};
          await store.events.deleteEventsOf(sourceId);
        }
      } catch (e) {
        if (!(e instanceof GdeltCsvUnsupported)) throw e;
        viaSql = {kind: "bad"};
      }
      assert.deepEqual(viaSql, parsed, `line ${i}: SQL vs parser`);
    }
  } finally {
    store.close();
  }
}

test("GDELT 2.0: the parser, the byte scanner and the SQL accept, skip and reject the same rows", async () => {
  const lines = sample(G2);
  await check("gdelt2", lines);
  const kinds = lines.map((l) => parseGdeltLine(l, {format: "gdelt2"}).kind);
  // The sample has all three outcomes (so the agreement means something).
  assert.deepEqual(
    [
      kinds.filter((k) => k === "row").length,
      kinds.filter((k) => k === "skip").length,
      kinds.filter((k) => k === "issue").length
    ],
    [10, 2, 24]
  );
});

test("GDELT 1.0 (58 and 57 columns): the same", async () => {
  await check("gdelt1", [...sample(G1), G1.split("\t").slice(0, 57).join("\t")]);
});

test("the rule's counts reach the event: NumMentions, NumSources, NumArticles", () => {
  const p = parseGdeltLine(G2, {format: "gdelt2"});
  assert.ok(p.kind === "row");
  const e = gdeltRowToEvent(p.row, "s");
  assert.deepEqual([e.numMentions, e.numSources, e.numArticles], [2, 1, 2]);
  const blank = parseGdeltLine(edit(G2, {31: "", 32: "", 33: ""}), {format: "gdelt2"});
  assert.ok(blank.kind === "row");
  assert.deepEqual(
    Object.keys(gdeltRowToEvent(blank.row, "s")).filter((k) => k.startsWith("num")),
    []
  );
});
