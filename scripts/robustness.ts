/**
 * `npm run robustness`: the paraphrase-robustness harness (docs/robustness.md). For each gold event and
 * claim the reader gets right on the development sets, rewrites its sentence in meaning-preserving ways,
 * one transform at a time, reads the article again and reports whether the item survived.
 *
 *   npx tsx scripts/robustness.ts [--sets seeds,blind12] [--transforms capital,pronoun] [--variants 2]
 *                                 [--examples 5] [--json] [--baseline earlier.json] [--sample 0.3 --seed 1] [--missed]
 *
 * `--missed` also tries the rewrites on the gold items the reader misses and reports which rewrites make one
 * right (a guard narrower than the construction shows as a miss that a rewrite turns into a hit).
 *
 * `--baseline` takes an earlier run's `--json` output and adds, per transform, the share then and now, and the
 * rewrites an item survived then and not now (and the reverse).
 *
 * Progress goes to stderr; the table (or the JSON) to stdout. Run it with MULTIVECTOR_CACHE=off.
 */
import {readBaseline} from "./baseline.js";
import {formatIssue} from "../src/domain/index.js";
import {tuneJitForBatches} from "../src/app/jit.js";
import {pickRobustness, runRobustness} from "../src/app/robustness.js";
import {compareRuns, share, survivalTable, type ItemOutcome, type SurvivalRow} from "../src/read/robustness.js";
import {listOf, optionOf} from "./args.js";

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) => r.map((c, i) => (i <= 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  "))
    .join("\n");
}

const EVENT_LOSS = ["event", "source", "target", "code", "date"];
const CLAIM_LOSS = ["found", "speaker", "kind"];

function tableRows(rows: readonly SurvivalRow[]): string[][] {
  return [
    [
      "transform",
      "area",
      "ev n",
      "kept",
      "share",
      ...EVENT_LOSS.map((l) => `-${l}`),
      "cl n",
      "kept",
      "share",
      ...CLAIM_LOSS.map((l) => `-${l}`)
    ],
    ...rows.map((r) => [
      r.transform,
      r.area,
      String(r.events.applicable),
      String(r.events.survived),
      share(r.events.survived, r.events.applicable),
      ...EVENT_LOSS.map((l) => String(r.events.lost[l] ?? 0)),
      String(r.claims.applicable),
      String(r.claims.survived),
      share(r.claims.survived, r.claims.applicable),
      ...CLAIM_LOSS.map((l) => String(r.claims.lost[l] ?? 0))
    ])
  ];
}

function example(o: ItemOutcome): string {
  return [
    `  ${o.set}/${o.file} ${o.item.kind} ${o.item.label}: ${o.item.missed ? (o.survived ? "made right" : "still missed") : o.survived ? "kept" : `lost ${o.lost.join(", ")}`} [${o.note}] now: ${o.now}`,
    `    - ${o.original}`,
    `    + ${o.rewritten}`
  ].join("\n");
}

function main(argv: readonly string[]): number {
  const arg = (name: string) => optionOf(argv, name);
  const list = (name: string) => listOf(argv, name);
  const picked = pickRobustness(list("--sets"), list("--transforms"));
  if (!picked.ok) {
    for (const i of picked.issues) console.error(formatIssue(i));
    return 1;
  }
  const examples = Number(arg("--examples") ?? 3);
  const variants = Number(arg("--variants") ?? 2);
  if (!Number.isInteger(examples) || examples < 0 || !Number.isInteger(variants) || variants < 1) {
    console.error(
      `Cannot read --examples "${arg("--examples")}" or --variants "${arg("--variants")}": expected whole numbers`
    );
    return 1;
  }
  const share_ = arg("--sample") === undefined ? undefined : Number(arg("--sample"));
  const seed = Number(arg("--seed") ?? 1);
  if (share_ !== undefined && !(share_ > 0 && share_ <= 1)) {
    console.error(`Cannot read --sample "${arg("--sample")}": expected a share above 0 and at most 1`);
    return 1;
  }
  if (!Number.isInteger(seed)) {
    console.error(`Cannot read --seed "${arg("--seed")}": expected a whole number`);
    return 1;
  }
  const baselineFile = arg("--baseline");
  let baseline: {outcomes: ItemOutcome[]; rows: SurvivalRow[]} | undefined;
  if (baselineFile) {
    const read = readBaseline<NonNullable<typeof baseline>>(baselineFile, (b) =>
      Array.isArray(b?.outcomes) && Array.isArray(b?.rows) ? undefined : "no outcomes or rows"
    );
    if (!read.ok) {
      console.error(read.message);
      return 1;
    }
    baseline = read.value;
  }
  tuneJitForBatches();
  const t0 = Date.now();
  const run = runRobustness({
    ...picked.value,
    variants,
    ...(share_ !== undefined ? {sample: {share: share_, seed}} : {}),
    missed: argv.includes("--missed"),
    onProgress: (p) =>
      process.stderr.write(
        `\r[${p.done}/${p.of}] ${p.set}/${p.file.slice(0, 40).padEnd(40)} ${p.readings} readings, ${((Date.now() - t0) / 1000).toFixed(0)} s`
      )
  });
  process.stderr.write("\n");
  const all = run.outcomes;
  const kept = all.filter((o) => !o.item.missed);
  const gains = all.filter((o) => o.item.missed);
  const rows = survivalTable(kept, picked.value.transforms);
  if (argv.includes("--json")) {
    console.log(
      JSON.stringify(
        {
          carried: run.carried,
          unlocated: run.unlocated,
          readings: run.readings,
          rows,
          ...(gains.length ? {missedRows: survivalTable(gains, picked.value.transforms)} : {}),
          outcomes: all
        },
        null,
        1
      )
    );
    return 0;
  }
  const carried = Object.entries(run.carried)
    .map(([s, c]) => `${s} ${c.events}/${c.claims}`)
    .join(", ");
  const sampled = share_ !== undefined ? ` (a sample: share ${share_}, seed ${seed})` : "";
  console.log(`Items the reader gets right at their sentence${sampled} (events/claims): ${carried}`);
  if (argv.includes("--missed"))
    console.log(
      `Missed items tried (events/claims): ${Object.entries(run.carried)
        .map(([s, c]) => `${s} ${c.missedEvents}/${c.missedClaims}`)
        .join(", ")}`
    );
  console.log(
    `${run.readings} readings in ${((Date.now() - t0) / 1000).toFixed(0)} s; ${run.unlocated} rewrites not placed (sentence not found in the article's text)\n`
  );
  console.log(table(tableRows(rows)));
  // The pooled "all" row is dominated by the transforms that apply most: the mean of the per-transform shares too.
  const mean = (part: "events" | "claims") => {
    const with_ = rows.filter((r) => r.transform !== "all" && r[part].applicable > 0);
    const m = with_.reduce((a, r) => a + r[part].survived / r[part].applicable, 0) / (with_.length || 1);
    return `${with_.length ? `${Math.round(100 * m)}%` : "—"} over ${with_.length} transforms`;
  };
  console.log(`mean of the transforms' shares: events ${mean("events")}, claims ${mean("claims")}`);
  const sets = [...new Set(kept.map((o) => o.set))];
  console.log("\nBy set (all transforms):");
  console.log(
    table(
      tableRows(
        sets.map((s) => ({
          ...survivalTable(
            kept.filter((o) => o.set === s),
            []
          )[0]!,
          transform: s
        }))
      )
    )
  );
  if (baseline) {
    const then = new Map(baseline.rows.map((r) => [r.transform, r]));
    const pair = (a: {applicable: number; survived: number} | undefined, b: {applicable: number; survived: number}) => [
      a ? `${a.survived}/${a.applicable}` : "—",
      `${b.survived}/${b.applicable}`,
      a ? share(a.survived, a.applicable) : "—",
      share(b.survived, b.applicable)
    ];
    console.log(`\nAgainst the baseline ${baselineFile}:`);
    console.log(
      table([
        ["transform", "area", "events then", "now", "share then", "now", "claims then", "now", "share then", "now"],
        ...rows.map((r) => [
          r.transform,
          r.area,
          ...pair(then.get(r.transform)?.events, r.events),
          ...pair(then.get(r.transform)?.claims, r.claims)
        ])
      ])
    );
    const c = compareRuns(
      baseline.outcomes.filter((o) => !o.item.missed),
      kept
    );
    console.log(
      `\n${c.lost.length} rewrites survived then and are lost now, ${c.regained.length} the reverse; ${c.added} item-rewrites new, ${c.dropped} gone (items carried in one run only)`
    );
    for (const [title, list] of [
      ["Lost now", c.lost],
      ["Survive now", c.regained]
    ] as const)
      if (list.length) {
        console.log(`\n${title}:`);
        for (const o of list.slice(0, Math.max(examples, 10))) console.log(example(o));
      }
  }
  if (examples > 0)
    for (const t of picked.value.transforms) {
      const lost = kept.filter((o) => o.transform === t.name && !o.survived);
      if (!lost.length) continue;
      console.log(`\n${t.name} (${t.area}): ${lost.length} lost; ${t.describe}`);
      for (const o of lost.slice(0, examples)) console.log(example(o));
    }
  if (gains.length) {
    console.log("\nMisses a rewrite makes right (--missed; 'kept' = made right):");
    console.log(
      table(tableRows(survivalTable(gains, picked.value.transforms)).map((r) => r.slice(0, 5).concat(r.slice(10, 13))))
    );
    for (const t of picked.value.transforms) {
      const made = gains.filter((o) => o.transform === t.name && o.survived);
      if (!made.length) continue;
      console.log(`\n${t.name} (${t.area}): ${made.length} misses made right; ${t.describe}`);
      for (const o of made.slice(0, Math.max(examples, 1))) console.log(example(o));
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
