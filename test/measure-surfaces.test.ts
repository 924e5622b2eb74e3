// `multivector measure …` and GET /api/measures/* on a real store seeded by `init` (pack and datasets).
import assert from "node:assert/strict";
import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {gunzipSync} from "node:zlib";
import {after, before, describe, test} from "node:test";
import {aggregateEvents} from "../src/measure/index.js";
import {createApp} from "../src/server/index.js";
import {
  depthMarkdown,
  measuredMethodsSections,
  metricsMarkdown,
  parametersMarkdown,
  replaceMethodsSection
} from "../src/app/index.js";
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
  test("measure balance prints names, shares, headline, stability, coverage and breaks; warnings go to stderr", () => {
    const r = cli(file, ["measure", "balance", "--from", "2008", "--to", "2014"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /warning: Data check: trade KAZ–RUS in 2010–2011 looks like a hole in dataset:cow-trade/);
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
    assert.deepEqual(
      [...new Set(items.map((x) => x.measure))],
      ["agreement", "identical", "s_score", "kappa", "idealpoint_distance", "idealpoint_distance_change"]
    );
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
      evidence.some((e) => e.source === "dataset:un-idealpoints") && evidence.some((e) => e.source === "dataset:atop")
    );
  });

  test("alignment to 2024: votes to 2023, the ideal-point series to 2024, and 2024 agreement null (too few roll calls)", () => {
    const r = cli(file, ["measure", "alignment", "--from", "2019", "--to", "2024", "--json"]);
    assert.equal(r.code, 0, r.stderr);
    const {items} = JSON.parse(r.stdout) as {
      items: {vector: string; year: number; measure: string; value: number | null; n?: number; issue?: string}[];
    };
    const get = (v: string, y: number, m: string) =>
      items.find((x) => x.vector === v && x.year === y && x.measure === m && !x.issue)!;
    for (const y of [2020, 2021, 2022, 2023])
      for (const v of ["RUS", "CHN", "USA", "EU", "TUR"])
        for (const m of ["agreement", "s_score", "kappa"])
          if (!(v === "TUR" && y === 2023)) assert.notEqual(get(v, y, m).value, null, `${v} ${y} ${m}`);
    // The Voeten file codes Türkiye absent or not a member in 79 of its 88 roll calls of 2023 (after
    // the country's renaming at the UN): 7 joint votes with Kazakhstan, below the minimum, so null.
    assert.equal(get("TUR", 2023, "agreement").value, null);
    assert.equal(get("TUR", 2023, "agreement").n, 7);
    assert.equal(get("RUS", 2024, "agreement").value, null);
    assert.equal(get("RUS", 2024, "agreement").n, 4); // Kazakhstan voted in 4 of the 6 roll calls of 2024
    assert.match(
      r.stderr,
      /Fewer than 10 UN roll calls in which "KAZ" and "RUS" both voted in 2024 \(alignment\.min_n\): values are null/
    );
    assert.ok(get("USA", 2024, "idealpoint_distance").value! > 2);
    assert.ok(get("RUS", 2024, "idealpoint_distance").value! < 0.5);
    // The table a person reads gives agreement, S and κ, each a year × vector table, and the ideal-point change.
    const text = cli(file, ["measure", "alignment", "--from", "2019", "--to", "2024"]).stdout;
    for (const [heading, m] of [
      [/^Agreement in UN General Assembly votes/m, "agreement"],
      [/^S score/m, "s_score"],
      [/^Cohen's κ/m, "kappa"],
      [/^Distance between UN ideal points/m, "idealpoint_distance"],
      [/^Its change from the year before/m, "idealpoint_distance_change"]
    ] as const) {
      const at = text.search(heading);
      assert.ok(at >= 0, `${heading} printed`);
      const row2022 = text
        .slice(at)
        .split("\n")
        .find((l) => l.startsWith("2022 "))!;
      assert.equal(row2022.trim().split(/\s+/)[1], get("RUS", 2022, m).value!.toFixed(3), `${m} 2022 RUS`);
    }
    // A lower minimum lets the four joint roll calls of 2024 count.
    const low = cli(file, [
      "measure",
      "alignment",
      "--vectors",
      "RUS",
      "--from",
      "2024",
      "--to",
      "2024",
      "--param",
      "alignment.min_n=3",
      "--json"
    ]);
    assert.notEqual(
      (JSON.parse(low.stdout) as {items: {measure: string; value: number | null}[]}).items.find(
        (x) => x.measure === "agreement"
      )!.value,
      null
    );
  });

  test("a partial latest year is marked in the triangle, and the sensitivity is the headline year's", () => {
    const r = cli(file, ["measure", "balance", "--from", "2022", "--to", "2024"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /2024 is partial for "KAZ"/);
    assert.match(r.stdout, /Latest measured year 2023: /);
    const tri = r.stdout.slice(r.stdout.indexOf("Position in the triangle"));
    assert.match(tri, /^2024 \(partial\)\s/m);
    assert.match(tri, /^2023\s/m);
    assert.match(r.stdout, /Sensitivity in 2023:/);
    // The influence (the map's figures) marks the same year by the same rule.
    const inf = cli(file, ["measure", "influence", "--from", "2022", "--to", "2024"]);
    assert.match(inf.stdout, /^2024 \(partial\)\s/m);
    assert.doesNotMatch(inf.stdout, /^2023 \(partial\)/m);
  });

  test("measure events|nowcast take --param (echoed) and --params; an unknown parameter is an error naming it", () => {
    const rus = (args: string[]) => {
      const r = cli(file, ["measure", "events", "--from", "2022", "--to", "2022", "--json", ...args]);
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout) as {
        query: {params: Record<string, number>};
        detail: {months: {vector: string; month: string; clusters: number}[]};
      };
      return {out, n: out.detail.months.find((m) => m.vector === "RUS" && m.month === "2022-01")?.clusters ?? 0};
    };
    // The pack's CSTO request and deployment (January 2022) count for Russia unless events.organization_share=0.
    const dflt = rus([]);
    const none = rus(["--param", "events.organization_share=0"]);
    assert.equal(dflt.n - none.n, 2);
    assert.equal(none.out.query.params["events.organization_share"], 0);
    const bad = cli(file, ["measure", "nowcast", "--param", "events.min_cluster=1"]);
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /Unknown parameter "events\.min_cluster": did you mean "events\.min_clusters"/);
  });

  test("the national statistics' partner shares 2018–2023 come through the store and the trade metric unchanged", () => {
    // Kazakhstan's published turnover shares (the BNS tables), read here with our own parsing.
    const text = gunzipSync(
      readFileSync(join(import.meta.dirname, "..", "data", "balance", "ca_trade_by_partner_official.csv.gz"))
    ).toString("utf8");
    const published = new Map<string, number>();
    for (const line of text.split("\n").slice(1)) {
      const f = line.split(",");
      if (f[0] === "KAZ" && f[5] === "0" && ["RUS", "CHN", "USA", "TUR"].includes(f[3]!))
        published.set(`${f[3]}|${f[1]}`, Number(f[11]));
    }
    const only = ["metric.migrants.weight=0", "metric.investment.weight=0"].flatMap((p) => ["--param", p]);
    const r = cli(file, [
      "measure",
      "influence",
      "--vectors",
      "RUS,CHN,USA,TUR",
      "--from",
      "2018",
      "--to",
      "2023",
      ...only,
      "--json"
    ]);
    assert.equal(r.code, 0, r.stderr);
    const {items} = JSON.parse(r.stdout) as {
      items: {vector: string; year: number; measure: string; dimension: string; value: number}[];
    };
    let n = 0;
    for (const x of items.filter((i) => i.measure === "dependence" && i.dimension === "economic")) {
      const pct = published.get(`${x.vector}|${x.year}`);
      assert.ok(pct !== undefined, `${x.vector} ${x.year}`);
      // The tables print shares with one decimal.
      assert.ok(Math.abs(100 * x.value - pct) <= 0.051, `${x.vector} ${x.year}: ${100 * x.value} vs ${pct}`);
      n += 1;
    }
    assert.equal(n, 4 * 6);
  });

  test("the 2010–11 Russia hole in CoW trade is flagged, and interpolated on request", () => {
    const flagged = cli(file, ["measure", "balance", "--from", "2008", "--to", "2013", "--no-sensitivity", "--json"]);
    const body = JSON.parse(flagged.stdout) as {
      coverage: {year: number; metrics: {metric: string; provenance: string}[]}[];
      warnings: {code: string; message: string}[];
      breaks: {year: number}[];
    };
    const prov = (b: typeof body, y: number) =>
      b.coverage.find((c) => c.year === y)!.metrics.find((m) => m.metric === "trade")!.provenance;
    assert.equal(prov(body, 2009), "observed");
    assert.equal(prov(body, 2010), "flagged");
    assert.equal(prov(body, 2011), "flagged");
    assert.equal(prov(body, 2012), "observed");
    assert.ok(
      body.warnings.some(
        (w) =>
          w.code === "check_hole" &&
          /KAZ–RUS in 2010–2011 .*9\.5%, 9\.9% against 17\.3% in 2009 and 22\.8% in 2012/.test(w.message)
      )
    );
    assert.ok(body.breaks.some((b) => b.year === 2010) && body.breaks.some((b) => b.year === 2012));
    const filled = JSON.parse(
      cli(file, [
        "measure",
        "balance",
        "--from",
        "2008",
        "--to",
        "2013",
        "--no-sensitivity",
        "--json",
        "--param",
        "checks.interpolate_holes=1"
      ]).stdout
    ) as typeof body;
    assert.equal(prov(filled, 2010), "interpolated");
  });

  test("KGZ, UZB, TJK and TKM: a balance every year with their gaps stated", () => {
    for (const focal of ["KGZ", "UZB", "TJK", "TKM"]) {
      const r = cli(file, [
        "measure",
        "balance",
        "--focal",
        focal,
        "--from",
        "1995",
        "--to",
        "2023",
        "--no-sensitivity",
        "--json"
      ]);
      assert.equal(r.code, 0, `${focal}: ${r.stderr}`);
      const body = JSON.parse(r.stdout) as {
        coverage: {year: number; dimensions: string[]}[];
        items: {measure: string; year: number; value: number | null}[];
      };
      assert.equal(body.coverage.length, 29, focal);
      const measured = body.items.filter((x) => x.measure === "entropy" && x.value !== null).length;
      assert.ok(measured >= 20, `${focal}: ${measured} years`);
      // Every year lacking a dimension is stated in a warning.
      if (body.coverage.some((c) => c.dimensions.length < 3))
        assert.match(r.stderr, /No (economic|political|security) indicators/, focal);
    }
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
    assert.deepEqual(body.query, {
      focal: "KAZ",
      vectors: ["RUS", "CHN", "USA"],
      from: 2010,
      to: 2011,
      explain: false,
      params: {},
      coverage: {mode: "observed"},
      blocComposition: "dated",
      sensitivity: true
    });
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

  test("parameters set from the CLI and from the API give the same figure, echoed in both", async () => {
    const url =
      "/api/measures/balance?from=2019&to=2023&param=mix=0.3&param=metric.trade.half_saturation=5000&coverage=fixed&bloc_composition=fixed:EU27";
    const res = await app.request(url);
    assert.equal(res.status, 200);
    const api = (await res.json()) as {
      items: {measure: string; value: number}[];
      parameters: {name: string; value: number}[];
    };
    const base = (await (await app.request("/api/measures/balance?from=2019&to=2023")).json()) as typeof api;
    store.close();
    try {
      const r = cli(file, [
        "measure",
        "balance",
        "--from",
        "2019",
        "--to",
        "2023",
        "--param",
        "mix=0.3",
        "--param",
        "metric.trade.half_saturation=5000",
        "--coverage",
        "fixed",
        "--bloc-composition",
        "fixed:EU27",
        "--json"
      ]);
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout) as typeof api;
      assert.deepEqual(out.items, api.items);
      assert.equal(out.parameters.find((p) => p.name === "mix")!.value, 0.3);
      assert.equal(api.parameters.find((p) => p.name === "metric.trade.half_saturation")!.value, 5000);
      // and the parameters matter: the figure differs from the defaults'.
      assert.notDeepEqual(
        api.items.filter((x) => x.measure === "entropy"),
        base.items.filter((x) => x.measure === "entropy")
      );
      const bad = cli(file, ["measure", "balance", "--param", "mixx=0.3"]);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /Unknown parameter "mixx": did you mean "mix"\?/);
    } finally {
      store = await openStore({store: file});
      app = createApp({store, token: "t"});
    }
  });

  test("docs/methods.md's generated tables are what the code and the shipped data give", async () => {
    const doc = readFileSync(join(import.meta.dirname, "..", "docs", "methods.md"), "utf8");
    let expected = doc;
    expected = replaceMethodsSection(expected, "parameters", parametersMarkdown());
    expected = replaceMethodsSection(expected, "metrics", metricsMarkdown());
    expected = replaceMethodsSection(expected, "depth", depthMarkdown());
    for (const [name, body] of Object.entries(await measuredMethodsSections(store)))
      expected = replaceMethodsSection(expected, name, body);
    assert.ok(
      doc === expected,
      "docs/methods.md is out of date with the code: run `npm run docs:methods` and commit it"
    );
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
      ["/api/measures/balance?explain=maybe", "explain", ""],
      ["/api/measures/balance?param=mixx=0.2", "param", `Unknown parameter "mixx": did you mean "mix"?`],
      ["/api/measures/balance?coverage=sometimes", "coverage", `Invalid coverage "sometimes"`],
      ["/api/measures/balance?bloc_composition=EU12", "blocComposition", `Invalid bloc composition "EU12"`]
    ];
    for (const [url, field, message] of cases) {
      const res = await app.request(url);
      assert.equal(res.status, 422, url);
      const {error} = (await res.json()) as {error: {code: string; issues: {path: string[]; message: string}[]}};
      assert.equal(error.code, "invalid_request");
      assert.deepEqual(error.issues[0]!.path.slice(0, 1), [field], url);
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
