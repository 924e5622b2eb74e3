import assert from "node:assert/strict";
import {existsSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {dirname} from "node:path";
import {test} from "node:test";
import {formatIssue} from "../src/domain/index.js";
import {PACK_FILES, findActor, loadPack, membersAt, parseCsv, suggestActors, type Pack} from "../src/packs/index.js";

const DIR = "packs/central-asia";
const GOLDEN = "test/golden/packs/central-asia.summary.json";

function load(): Pack {
  const r = loadPack(DIR);
  if (!r.ok) assert.fail(`The Central Asia pack has issues:\n${r.issues.map(formatIssue).join("\n")}`);
  return r.value;
}

/** What the golden file pins: counts per file, the actor codes, and CSTO's members on 2022-01-01. */
function summarize(pack: Pack) {
  return {
    name: pack.name,
    counts: {
      actors: pack.actors.length,
      aliases: pack.actors.reduce((n, a) => n + a.aliases.length, 0),
      memberships: pack.memberships.length,
      corridors: pack.corridors.length,
      timeline: pack.timeline.length,
      indicators: pack.indicators.length
    },
    actors: pack.actors.map((a) => a.code),
    cstoMembersAt20220101: membersAt(pack, "CSTO", {at: "2022-01-01"}).map((m) => m.actor),
    corridors: Object.fromEntries(pack.corridors.map((c) => [c.id, c.states]))
  };
}

test("the Central Asia pack loads with no issues", () => {
  const r = loadPack(DIR);
  assert.deepEqual(r.ok ? [] : r.issues.map(formatIssue), []);
  assert.equal(r.ok && r.warnings.length, 0);
});

test("the Central Asia pack matches its golden summary", () => {
  const actual = summarize(load());
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(dirname(GOLDEN), {recursive: true});
    writeFileSync(GOLDEN, JSON.stringify(actual, null, 2) + "\n");
  }
  assert.ok(existsSync(GOLDEN), `Missing golden file ${GOLDEN}: run with UPDATE_GOLDEN=1 to write it`);
  assert.deepEqual(actual, JSON.parse(readFileSync(GOLDEN, "utf8")));
});

test("CSTO members on 2022-01-01 are Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan", () => {
  const pack = load();
  const names = membersAt(pack, "CSTO", {at: "2022-01-01"}).map(
    (m) => pack.actors.find((a) => a.code === m.actor)?.name
  );
  assert.deepEqual(names, ["Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"]);
  assert.ok(membersAt(pack, "CSTO", {at: "2008-01-01"}).some((m) => m.actor === "UZB"));
  assert.ok(!membersAt(pack, "CSTO", {at: "2013-01-01"}).some((m) => m.actor === "UZB"));
});

test("the pack has the required actors, and every row cites a source", () => {
  const pack = load();
  const codes = new Set(pack.actors.map((a) => a.code));
  const required =
    "KAZ KGZ TJK UZB TKM RUS CHN USA EU DEU TUR IRN IND AFG PAK AZE GEO ARM BLR UKR HUN FIN CSTO EAEU CIS SCO OTS C5+1 OIC CICA UN NATO ASEAN";
  assert.deepEqual(
    required.split(" ").filter((c) => !codes.has(c)),
    []
  );
  assert.equal(pack.actors.find((a) => a.code === "EU")?.kind, "bloc");
  assert.ok(pack.timeline.length >= 30);
  for (const row of [...pack.actors, ...pack.memberships, ...pack.corridors, ...pack.timeline, ...pack.indicators]) {
    assert.ok(row.citation && row.citation.source && row.citation.quote);
  }
});

test("findActor resolves codes, names, aliases and leaders", () => {
  const pack = load();
  const code = (q: string, at?: string) => findActor(pack, q, at === undefined ? {} : {at})?.code;
  assert.equal(code("the Kremlin"), "RUS");
  assert.equal(code("Kremlin"), "RUS");
  assert.equal(code("Celestial Empire"), "CHN");
  assert.equal(code("the Celestial Empire"), "CHN");
  assert.equal(code("Akorda"), "KAZ");
  assert.equal(code("Türkiye"), "TUR");
  assert.equal(code("Turkiye"), "TUR");
  assert.equal(code("Turkey"), "TUR");
  assert.equal(code("kaz"), "KAZ");
  assert.equal(code("Қазақстан"), "KAZ");
  assert.equal(code("Tokayev", "2020"), "KAZ");
  assert.equal(code("Tokayev", "2018"), undefined);
  assert.equal(code("Nazarbayev", "2010-05-01"), "KAZ");
  assert.equal(code("Nazarbayev", "2020-01-01"), undefined);
  assert.equal(code("Trump", "2023-06-01"), undefined);
  assert.equal(code("Trump", "2025"), "USA");
  assert.equal(code("Xi Jinping"), "CHN");
  assert.equal(code("Atlantis"), undefined);
});

test("suggestActors offers the nearest names for a misspelling", () => {
  const pack = load();
  assert.deepEqual(suggestActors(pack, "Kazakstan"), [
    {code: "KAZ", name: "Kazakhstan", matched: "Kazakhstan", distance: 1}
  ]);
  assert.equal(suggestActors(pack, "Tokaev")[0]?.code, "KAZ");
  assert.deepEqual(suggestActors(pack, "qqqqqqqq"), []);
});

const SEEDS = "test/fixtures/articles/seeds"; // verbatim copies of ../shared/corpus/seeds (see its SOURCES.md)

test("every quote citing a seed is a verbatim passage of it", () => {
  const missing: string[] = [];
  let checked = 0;
  for (const file of PACK_FILES) {
    const [header, ...records] = parseCsv(readFileSync(`${DIR}/${file}`, "utf8")).records;
    const at = (name: string) => header?.cells.findIndex((c) => c.value === name) ?? -1;
    const [source, quote] = [at("source"), at("quote")];
    for (const r of records) {
      const s = r.cells[source]?.value ?? "";
      const q = r.cells[quote]?.value ?? "";
      if (!/^\d{3}_[0-9a-f]{16}\.txt$/.test(s)) continue;
      checked += 1;
      if (!readFileSync(`${SEEDS}/${s}`, "utf8").includes(q)) missing.push(`${file}:${r.line}: ${s}: ${q}`);
    }
  }
  assert.deepEqual(missing, []);
  assert.ok(checked > 100);
});
