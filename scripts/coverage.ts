/**
 * `npm run coverage`: the construction-coverage matrix (docs/coverage.md). Generates short news paragraphs
 * from our own grammar and lexicon (acts × constructions × actor forms × date forms, a seeded sample), reads
 * each with the reader `npm run eval` uses, and reports per construction × act class, act, actor form and
 * date form how many expected events were read strictly (dyad, CAMEO root, month) and leniently (any event
 * from the sentence), and how many events matched nothing expected (false events).
 *
 *   npx tsx scripts/coverage.ts [--seed 1] [--sample 3] [--acts meet,sign] [--constructions past,passive-agent]
 *                               [--forms state,title] [--family first|prose|variants] [--realism 0.25] [--contexts a,b]
 *                               [--examples 3] [--json]
 *                               [--baseline before.json]
 *
 * `--baseline` takes an earlier run's `--json` output (the same generator, seed and sample) and lists the items
 * read strictly then and not now, the reverse, and the items whose false events rose or fell.
 *
 * Progress goes to stderr; the tables (or the JSON) to stdout. Run it with MULTIVECTOR_CACHE=off.
 */
import {readBaseline} from "./baseline.js";
import {formatIssue} from "../src/domain/index.js";
import {tuneJitForBatches} from "../src/app/jit.js";
import {checkCoverageOptions, runCoverage} from "../src/app/coverage.js";
import {ALL_ACTS, familyOfItem} from "../src/read/coverage.js";
import {
  compareCoverage,
  coverageRows,
  percent,
  realismRows,
  type CoverageRow,
  type ItemScore,
  type RealismRow
} from "../src/read/coverage-score.js";
import {listOf, optionOf} from "./args.js";

const CLASSES = ["verbal-coop", "material-coop", "verbal-conflict", "material-conflict"] as const;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  "))
    .join("\n");
}

const LOST = ["event", "source", "target", "code", "date"];

function rowCells(r: CoverageRow): string[] {
  return [
    String(r.n),
    percent(r.strict, r.n),
    percent(r.lenient, r.n),
    ...LOST.map((l) => String(r.lost[l] ?? 0)),
    r.secondN ? `${r.secondStrict}/${r.secondN}` : "—",
    (r.sentences ? (100 * r.falseEvents) / r.sentences : 0).toFixed(0)
  ];
}

const HEAD = ["n", "strict", "lenient", ...LOST.map((l) => `-${l}`), "2nd", "false/100"];

function byKey(scores: readonly ItemScore[], title: string, key: (s: ItemScore) => string, order?: readonly string[]) {
  const rows = coverageRows(scores, key);
  if (order) rows.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  return `${title}\n${table([[title.split(" ").pop()!, ...HEAD], ...rows.map((r) => [r.key, ...rowCells(r)])])}`;
}

function example(s: ItemScore): string {
  const main = s.outcomes.filter((o) => o.main);
  const exp = main
    .map((o) => `${o.expected.source}>${o.expected.target} ${o.expected.root} ${o.expected.date}`)
    .join(", ");
  const lost = main.filter((o) => !o.strict).map((o) => o.lost.join("+"));
  const verdict = !main.length ? "no event expected" : lost.length ? `lost ${lost.join(", ")}` : "read";
  return [
    `    ${s.item.act} (${s.item.sourceForm} → ${s.item.targetForm}, ${s.item.dateForm}) expected ${exp || "nothing"}; ${verdict}; read: ${s.produced.join(", ") || "nothing"}`,
    `      ${s.item.sentences.join(" ")}`
  ].join("\n");
}

function main(argv: readonly string[]): number {
  const arg = (name: string) => optionOf(argv, name);
  const list = (name: string) => listOf(argv, name);
  const examples = Number(arg("--examples") ?? 3);
  if (!Number.isInteger(examples) || examples < 0) {
    console.error(`Cannot read --examples "${arg("--examples")}": expected a whole number`);
    return 1;
  }
  const checked = checkCoverageOptions({
    seed: Number(arg("--seed") ?? 1),
    sample: Number(arg("--sample") ?? 3),
    ...(list("--acts") ? {acts: list("--acts")!} : {}),
    ...(list("--constructions") ? {constructions: list("--constructions")!} : {}),
    ...(list("--forms") ? {forms: list("--forms")!} : {}),
    ...(arg("--family") ? {family: arg("--family")!} : {}),
    realism: Number(arg("--realism") ?? 0.25),
    ...(list("--contexts") ? {contexts: list("--contexts")!} : {})
  });
  if (!checked.ok) {
    for (const i of checked.issues) console.error(formatIssue(i));
    return 1;
  }
  const o = checked.value;
  const baselineFile = arg("--baseline");
  let baseline: {items: ItemScore[]; overall: CoverageRow | null} | undefined;
  if (baselineFile) {
    const read = readBaseline<NonNullable<typeof baseline>>(baselineFile, (b) =>
      Array.isArray(b?.items) ? undefined : "no items"
    );
    if (!read.ok) {
      console.error(read.message);
      return 1;
    }
    baseline = read.value;
  }
  tuneJitForBatches();
  const t0 = Date.now();
  const {scores: everyScore} = runCoverage(o, {
    onProgress: (p) => {
      if (p.done % 20 === 0 || p.done === p.of)
        process.stderr.write(`\r[${p.done}/${p.of}] ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    }
  });
  process.stderr.write("\n");
  // The tables count the plain items; the copies in contexts of real prose are reported apart (--realism).
  const scores = everyScore.filter((s) => !s.item.context);
  const realism = realismRows(everyScore);
  const all = coverageRows(scores, () => "all")[0];
  if (argv.includes("--json")) {
    const rows = (key: (s: ItemScore) => string) => coverageRows(scores, key);
    console.log(
      JSON.stringify(
        {
          options: o,
          overall: all ?? null,
          byFamily: rows((s) => familyOfItem(s.item)),
          byConstruction: rows((s) => s.item.construction),
          byAct: rows((s) => s.item.act),
          byClass: rows((s) => s.item.cls),
          matrix: rows((s) => `${s.item.construction} × ${s.item.cls}`),
          bySourceForm: rows((s) => s.item.sourceForm),
          byTargetForm: rows((s) => s.item.targetForm),
          byDateForm: rows((s) => s.item.dateForm),
          realism,
          realismByFamily: realismRows(everyScore, (s) => familyOfItem(s.item)),
          items: everyScore
        },
        null,
        1
      )
    );
    return 0;
  }
  if (!all) {
    console.log("No items: the options leave no construction, act and form that fit together.");
    return 0;
  }
  console.log(
    `Coverage matrix: seed ${o.seed}, ${o.sample} per construction × act; ${scores.length} paragraphs, ${all.sentences} sentences, read in ${((Date.now() - t0) / 1000).toFixed(0)} s`
  );
  console.log(
    `Overall: strict ${all.strict}/${all.n} = ${percent(all.strict, all.n)}, lenient ${all.lenient}/${all.n} = ${percent(all.lenient, all.n)}; second events (the talks of "after talks with", a purpose clause's travel) strict ${all.secondStrict}/${all.secondN}; false events ${all.falseEvents} = ${((100 * all.falseEvents) / all.sentences).toFixed(1)} per 100 sentences\n`
  );
  // The two families apart: the first matrix's constructions (session 14) and session 15's cells.
  const fam = (s: ItemScore) => familyOfItem(s.item);
  const famRows = coverageRows(scores, fam);
  if (famRows.length > 1)
    console.log(
      famRows
        .map(
          (r) =>
            `${r.key === "prose" ? "Session 15's cells (--family prose)" : r.key === "variants" ? "The cells' variant wordings (--family variants)" : "The first matrix (--family first)"}: strict ${r.strict}/${r.n} = ${percent(r.strict, r.n)}, lenient ${percent(r.lenient, r.n)}; false events ${r.falseEvents} = ${((100 * r.falseEvents) / r.sentences).toFixed(1)} per 100 sentences`
        )
        .join("\n") + "\n"
    );
  if (baseline) {
    const b = baseline.overall;
    const c = compareCoverage(baseline.items, everyScore);
    console.log(
      `Against the baseline ${baselineFile}: strict ${b ? `${b.strict}/${b.n}` : "?"} → ${all.strict}/${all.n}, false events ${b ? b.falseEvents : "?"} → ${all.falseEvents}; ${c.gained.length} items gained a strict event, ${c.lost.length} lost one; ${c.fewerFalse.length} fewer false events, ${c.moreFalse.length} more; ${c.unmatched} items in one run only`
    );
    const limit = Math.max(examples, 10);
    for (const [title, list] of [
      ["Lost", c.lost],
      ["Gained", c.gained],
      ["More false events", c.moreFalse],
      ["Fewer false events", c.fewerFalse]
    ] as const)
      if (list.length) {
        console.log(`${title} (${list.length}; the first ${Math.min(limit, list.length)}):`);
        for (const {then, now} of list.slice(0, limit))
          console.log(`${example(now)}\n      then read: ${then.produced.join(", ") || "nothing"}`);
      }
    console.log("");
  }
  if (realism.length) console.log(realismTable(everyScore, realism) + "\n");
  // The matrix: constructions down, act classes across (strict share and n).
  const cells = new Map(coverageRows(scores, (s) => `${s.item.construction}|${s.item.cls}`).map((r) => [r.key, r]));
  const cons = [...new Set(scores.map((s) => s.item.construction))];
  const byCons = new Map(coverageRows(scores, (s) => s.item.construction).map((r) => [r.key, r]));
  console.log(
    "Strict share (n) by construction × act class; lenient in the last column's brackets; a negation, false events per 100 sentences"
  );
  console.log(
    table([
      ["construction", ...CLASSES, "all (lenient)"],
      ...cons.map((c) => [
        c,
        ...CLASSES.map((k) => {
          const r = cells.get(`${c}|${k}`);
          if (!r) return "—";
          // a construction that expresses no event (a negation): its false events per 100 sentences
          return r.n
            ? `${percent(r.strict, r.n)} (${r.n})`
            : `${((100 * r.falseEvents) / r.sentences).toFixed(0)} false/100`;
        }),
        byCons.get(c)!.n
          ? `${percent(byCons.get(c)!.strict, byCons.get(c)!.n)} (${percent(byCons.get(c)!.lenient, byCons.get(c)!.n)})`
          : `${((100 * byCons.get(c)!.falseEvents) / byCons.get(c)!.sentences).toFixed(0)} false/100`
      ])
    ])
  );
  console.log("\n" + byKey(scores, "By construction", (s) => s.item.construction, cons));
  console.log(
    "\n" +
      byKey(
        scores,
        "By act",
        (s) => `${s.item.act} ${s.item.root}`,
        ALL_ACTS.map((a) => `${a.name} ${a.root}`)
      )
  );
  console.log("\n" + byKey(scores, "By source form", (s) => s.item.sourceForm));
  console.log("\n" + byKey(scores, "By target form", (s) => s.item.targetForm));
  console.log("\n" + byKey(scores, "By date form", (s) => s.item.dateForm));
  if (examples > 0) {
    // Failing cells: construction × act class below half strict, worst first, with examples of misses.
    const failing = [...cells.values()]
      .filter((r) => r.n && r.strict / r.n < 0.5)
      .sort((a, b) => a.strict / a.n - b.strict / b.n || b.n - a.n);
    console.log(`\nCells under 50% strict (${failing.length}), worst first, with ${examples} misses each:`);
    for (const r of failing) {
      const [c, k] = r.key.split("|");
      console.log(`  ${c} × ${k}: strict ${r.strict}/${r.n}, lenient ${r.lenient}/${r.n}`);
      const misses = scores.filter(
        (s) => s.item.construction === c && s.item.cls === k && s.outcomes.some((x) => x.main && !x.strict)
      );
      for (const s of spread(misses, examples)) console.log(example(s));
    }
    const falses = scores.filter((s) => s.falseEvents > 0);
    console.log(`\nParagraphs with false events (${falses.length}); ${examples} per construction:`);
    for (const c of cons)
      for (const s of spread(
        falses.filter((x) => x.item.construction === c),
        examples
      ))
        console.log(`  ${c}:\n${example(s)}`);
  }
  return 0;
}

/** What each context of real prose costs: strict on the plain items against their embedded copies. */
function realismTable(everyScore: readonly ItemScore[], rows: readonly RealismRow[]): string {
  const per100 = (f: number, n: number) => (n ? ((100 * f) / n).toFixed(0) : "—");
  const line = (r: RealismRow) => [
    r.context,
    String(r.items),
    String(r.n),
    percent(r.strictPlain, r.n),
    percent(r.strictEmbedded, r.n),
    `${r.strictEmbedded - r.strictPlain >= 0 ? "+" : ""}${r.strictEmbedded - r.strictPlain}`,
    `${r.broken}/${r.mended}`,
    percent(r.lenientEmbedded, r.n),
    per100(r.falsePlain, r.sentencesPlain),
    per100(r.falseEmbedded, r.sentencesEmbedded),
    r.secondN ? `${r.secondStrict}/${r.secondN}` : "—"
  ];
  const total = realismRows(everyScore, () => "all")[0]!;
  const fams = realismRows(everyScore, (s) => `all, ${familyOfItem(s.item)}`);
  return [
    "Realism: items copied into a context of real prose (--realism share, --contexts), strict on the same items plain and embedded",
    table([
      [
        "context",
        "items",
        "n",
        "plain",
        "embedded",
        "change",
        "broken/mended",
        "lenient",
        "false/100 plain",
        "embedded",
        "2nd act"
      ],
      ...rows.map(line),
      line(total),
      ...fams.map(line)
    ])
  ].join("\n");
}

/** Up to `n` items, one per act first (examples of different acts). */
function spread(xs: readonly ItemScore[], n: number): ItemScore[] {
  const out: ItemScore[] = [];
  const seen = new Set<string>();
  for (const x of xs) if (out.length < n && !seen.has(x.item.act)) (out.push(x), seen.add(x.item.act));
  for (const x of xs) if (out.length < n && !out.includes(x)) out.push(x);
  return out;
}

process.exitCode = main(process.argv.slice(2));
