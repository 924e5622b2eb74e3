// `multivector measure …` and GET /api/measures/* on a real store seeded by `init` (pack and datasets).
import assert from "node:assert/strict";
import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, test} from "node:test";
import {aggregateEvents} from "../src/measure/index.js";
import {createApp} from "../src/server/index.js";
import {openStore, type Store} from "../src/store/index.js";
import {assertGolden} from "./golden.js";
import {cli} from "./helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "mv-measure-"));
const file = join(dir, "store.duckdb");

before(() => {
  const r = cli(file, ["init"]);
  assert.equal(r.code, 0, r.stderr);
});
after(() => rmSync(dir, {recursive: true, force: true}));

describe("multivector measure", () => {
  test("measure balance prints the combined shares, entropy, HHI, dominant vector and lead", () => {
    const r = cli(file, ["measure", "balance", "--from", "2008", "--to", "2014"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, "");
    assertGolden("measure/cli-balance-kaz-2008-2014.txt", r.stdout);
  });

  test("measure alignment --json prints tidy records; aliases resolve", () => {
    const r = cli(file, [
      "measure",
      "alignment",
      "--vectors",
      "the Kremlin,Beijing,USA",
      "--from",
      "2010",
      "--to",
      "2011",
      "--json"
    ]);
    assert.equal(r.code, 0, r.stderr);
    const {items} = JSON.parse(r.stdout) as {
      items: {
        focal: string;
        vector: string;
        year: number;
        measure: string;
        value: number;
        n: number;
        issue?: string;
      }[];
    };
    const kazRus2010 = items.find(
      (x) => x.vector === "RUS" && x.year === 2010 && x.measure === "agreement" && !x.issue
    )!;
    assert.equal(kazRus2010.focal, "KAZ");
    assert.ok(kazRus2010.value > 0.5 && kazRus2010.value <= 1 && kazRus2010.n > 50);
    assert.deepEqual([...new Set(items.map((x) => x.measure))], ["agreement", "identical", "s_score", "kappa"]);
  });

  test("measure influence --csv prints a header and one line per record", () => {
    const r = cli(file, ["measure", "influence", "--vectors", "RUS,CHN", "--from", "2014", "--to", "2014", "--csv"]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split("\n");
    assert.equal(lines[0], "focal,vector,year,month,source,target,measure,dimension,issue,parameter,factor,value,n");
    assert.equal(lines.length, 1 + 2 * 4 * 3); // 2 vectors × (3 dimensions + combined) × 3 measures
  });

  test("measure balance --explain lists the indicators behind the figures with their sources", () => {
    const r = cli(file, [
      "measure",
      "balance",
      "--vectors",
      "RUS,CHN,USA",
      "--from",
      "2014",
      "--to",
      "2014",
      "--explain",
      "--json"
    ]);
    assert.equal(r.code, 0, r.stderr);
    const {evidence} = JSON.parse(r.stdout) as {evidence: {ref: string; source: string; detail: string}[]};
    const rus = evidence.find((e) => e.ref === "cow-trade:RUS-KAZ-2014")!;
    assert.equal(rus.source, "dataset:cow-trade");
    assert.match(rus.detail, /^trade: trade RUS–KAZ 2014 = \d+ USD million \(data\/cow\/trade-dyad\.csv\.gz:\d+\)$/);
    assert.ok(
      evidence.some((e) => e.source === "dataset:cow-igo") && evidence.some((e) => e.source === "dataset:atop")
    );
  });

  test("years without data are null with a warning listing them", () => {
    const r = cli(file, ["measure", "alignment", "--vectors", "RUS", "--from", "2019", "--to", "2022", "--json"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stderr,
      `warning: No UN roll calls in which "KAZ" and "RUS" both voted in 2021–2022: values are null (at vectors.RUS)\n`
    );
    assert.equal(JSON.parse(r.stdout).items.find((x: {year: number}) => x.year === 2022).value, null);
  });

  test("bad input: unknown actor with a suggestion, reversed period, empty vectors, bad triangle, bad year", () => {
    const cases: [string[], number, string][] = [
      [
        ["--vectors", "Kremln,CHN"],
        1,
        `Cannot resolve actor "Kremln": no code or alias matches; did you mean RUS (alias "the Kremlin")? (at vectors)\n`
      ],
      [["--from", "2020", "--to", "2010"], 1, `Invalid period: from "2020" is after to "2010" (at from)\n`],
      [
        ["--vectors", ","],
        1,
        `Invalid vectors ",": expected at least one actor code, such as RUS,CHN,USA (at vectors)\n`
      ],
      [["--from", "92"], 2, `error: Invalid value for --from: expected a year such as 1992, found "92"\n`]
    ];
    for (const [args, code, stderr] of cases) {
      const r = cli(file, ["measure", "balance", ...args]);
      assert.equal(r.code, code, args.join(" "));
      assert.equal(r.stderr, stderr);
    }
  });
});

describe("GET /api/measures/*", () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    store = await openStore({store: file});
    app = createApp({store, token: "t"});
  });
  after(() => store.close());

  test("the API returns the same records as the CLI's --json", async () => {
    const res = await app.request("/api/measures/alignment?vectors=RUS,CHN,USA&from=2010&to=2011");
    assert.equal(res.status, 200);
    const body = (await res.json()) as {items: unknown[]; warnings: unknown[]; query: unknown};
    assert.deepEqual(body.query, {focal: "KAZ", vectors: ["RUS", "CHN", "USA"], from: 2010, to: 2011, explain: false});
    assert.deepEqual(body.warnings, []);
    store.close();
    try {
      const r = cli(file, [
        "measure",
        "alignment",
        "--vectors",
        "RUS,CHN,USA",
        "--from",
        "2010",
        "--to",
        "2011",
        "--json"
      ]);
      const cliBody = JSON.parse(r.stdout) as {items: unknown[]; warnings: unknown[]; query: unknown};
      assert.deepEqual(cliBody, body, "the CLI's --json is the API's body");
    } finally {
      store = await openStore({store: file});
      app = createApp({store, token: "t"});
    }
  });

  test("measures are cacheable: ETag, and If-None-Match gives a 304", async () => {
    const url = "/api/measures/balance?from=2010&to=2012&triangle=RUS,CHN,USA";
    const first = await app.request(url);
    assert.equal(first.status, 200);
    const tag = first.headers.get("etag")!;
    assert.match(tag, /^W\/".+"$/);
    const again = await app.request(url, {headers: {"if-none-match": tag}});
    assert.equal(again.status, 304);
    assert.equal(await again.text(), "");
  });

  test("bad query fields are 422s that name the field", async () => {
    const cases: [string, string, string][] = [
      ["/api/measures/influence?from=abc", "from", "Expected a year such as 1992"],
      ["/api/measures/influence?from=2010&to=2000", "from", `Invalid period: from "2010" is after to "2000"`],
      [
        "/api/measures/influence?vectors=",
        "vectors",
        `Invalid vectors "": expected at least one actor code, such as RUS,CHN,USA`
      ],
      ["/api/measures/influence?focal=Atlantis", "focal", `Cannot resolve actor "Atlantis": no code or alias matches`],
      [
        "/api/measures/balance?triangle=RUS",
        "triangle",
        `Invalid triangle "RUS": expected three vectors, such as RUS,CHN,USA`
      ],
      [
        "/api/measures/balance?triangle=RUS,CHN,IRN",
        "triangle",
        `Invalid triangle "RUS,CHN,IRN": "IRN" is not one of the vectors RUS,CHN,USA,EU,TUR`
      ],
      [
        "/api/measures/balance?vectors=KAZ,RUS",
        "vectors",
        `Invalid vectors "KAZ,RUS": the focal state "KAZ" cannot be one of its own vectors`
      ],
      ["/api/measures/balance?explain=maybe", "explain", ""]
    ];
    for (const [url, field, message] of cases) {
      const res = await app.request(url);
      assert.equal(res.status, 422, url);
      const {error} = (await res.json()) as {error: {code: string; issues: {path: string[]; message: string}[]}};
      assert.equal(error.code, "invalid_request");
      assert.deepEqual(error.issues[0]!.path, [field], url);
      if (message) assert.ok(error.issues[0]!.message.startsWith(message), `${url}: ${error.issues[0]!.message}`);
    }
  });

  test("relations: the SQL aggregation equals the pure one on the store's events", async () => {
    const vectors = ["RUS", "CHN", "USA", "EU", "TUR"];
    const sql = await store.events.relationsByMonth({focal: "KAZ", vectors});
    const pure = aggregateEvents(await store.events.listEvents({actor: "KAZ", limit: 100000}), {focal: "KAZ", vectors});
    assert.ok(sql.length > 0);
    assert.deepEqual(
      sql.map(({cooperation: _c, conflict: _f, ...r}) => r),
      pure
    );
    const res = await app.request("/api/measures/relations?from=2022&to=2022&explain=true");
    const body = (await res.json()) as {items: {measure: string}[]; evidence: {kind: string; source: string}[]};
    assert.ok(body.items.some((r) => r.measure === "net_cooperation"));
    assert.ok(body.evidence.length > 0 && body.evidence.every((e) => e.kind === "event" && e.source.length > 0));
  });
});
