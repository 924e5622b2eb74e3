/**
 * `npm run layout-coverage`: the page-layout matrix (docs/layout-coverage.md). Generates news and analysis pages
 * from parts in many forms and orders (masthead, menus, rubric, series line, headline, standfirst, byline, date stamp,
 * dateline, photo credit, tags, share bar, related headlines, disclosure, copyright), reads each with the reader
 * `npm run eval` uses, and reports per part and form how often the title, publisher, author and date were the
 * page's, whether chrome was read as body and whether the story's first sentence was lost.
 *
 *   npx tsx scripts/layout-coverage.ts [--seed 1] [--sample 3] [--parts masthead,byline] [--examples 2] [--json]
 *                                      [--baseline before.json]
 *
 * Progress goes to stderr; the tables (or the JSON) to stdout. Run it with MULTIVECTOR_CACHE=off.
 */
import {readBaseline} from "./baseline.js";
import {formatIssue} from "../src/domain/index.js";
import {tuneJitForBatches} from "../src/app/jit.js";
import {checkLayoutOptions, runLayoutCoverage} from "../src/app/layout-coverage.js";
import {LAYOUT_PARTS} from "../src/read/layout-coverage.js";
import {
  compareLayouts,
  LAYOUT_FIELDS,
  layoutRows,
  type LayoutRow,
  type LayoutScore
} from "../src/read/layout-coverage-score.js";
import {percent} from "../src/read/coverage-score.js";
import {listOf, optionOf} from "./args.js";

const cells = (r: LayoutRow) => [
  String(r.pages),
  ...LAYOUT_FIELDS.map((f) => percent(r.right[f], r.pages)),
  percent(r.all, r.pages),
  String(r.chrome),
  String(r.leadLost)
];

/** A Markdown table (the matrix's tables paste into notes and commit messages). */
function markdown(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(" | ")} |`,
    `|${head.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`)
  ].join("\n");
}

/** What went wrong on a page, and its header lines. */
function example(s: LayoutScore): string {
  const wrong = LAYOUT_FIELDS.filter((f) => !s.right[f]).map(
    (f) => `${f}: expected ${JSON.stringify(s.item.expected[f])}, read ${JSON.stringify(s.read[f])}`
  );
  if (s.chrome.length) wrong.push(`chrome read as body: ${s.chrome.map((c) => JSON.stringify(c)).join(", ")}`);
  if (!s.lead) wrong.push("the first sentence was lost");
  const head = s.item.text.split("\n\n")[0]!.split("\n").slice(0, 12);
  return `    ${s.item.id} (${Object.entries(s.item.forms)
    .map(([p, f]) => `${p}=${f}`)
    .join(" ")})\n      ${wrong.join("; ")}\n${head.map((l) => `      > ${l}`).join("\n")}`;
}

function main(argv: readonly string[]): number {
  const examples = Number(optionOf(argv, "--examples") ?? 2);
  const checked = checkLayoutOptions({
    seed: Number(optionOf(argv, "--seed") ?? 1),
    perCell: Number(optionOf(argv, "--sample") ?? 3),
    ...(listOf(argv, "--parts") ? {parts: listOf(argv, "--parts")!} : {})
  });
  if (!checked.ok) {
    for (const i of checked.issues) console.error(formatIssue(i));
    return 1;
  }
  if (!Number.isInteger(examples) || examples < 0) {
    console.error(`Cannot read --examples "${optionOf(argv, "--examples")}": expected a whole number`);
    return 1;
  }
  let baseline: LayoutScore[] | undefined;
  const baselineFile = optionOf(argv, "--baseline");
  if (baselineFile) {
    const read = readBaseline<{pages: LayoutScore[]}>(baselineFile, (b) =>
      Array.isArray(b?.pages) ? undefined : "no pages"
    );
    if (!read.ok) {
      console.error(read.message);
      return 1;
    }
    baseline = read.value.pages;
  }
  tuneJitForBatches();
  const t0 = Date.now();
  const scores = runLayoutCoverage(checked.value, {
    onProgress: (done, of) => {
      if (done % 20 === 0 || done === of)
        process.stderr.write(`\r[${done}/${of}] ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    }
  });
  process.stderr.write("\n");
  const all = layoutRows(scores, () => "all")[0];
  const byForm = layoutRows(scores, (s) => `${s.item.part} ${s.item.form}`);
  if (argv.includes("--json")) {
    console.log(JSON.stringify({options: checked.value, overall: all ?? null, byForm, pages: scores}, null, 1));
    return 0;
  }
  if (!all) {
    console.log("No pages: the options select no part.");
    return 0;
  }
  const head = ["", "pages", ...LAYOUT_FIELDS, "all four", "chrome in body", "lead lost"];
  console.log(
    `Page-layout matrix: seed ${checked.value.seed}, ${checked.value.perCell} per part × form; ${scores.length} pages read in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`
  );
  console.log(markdown(head, [["all", ...cells(all)]]) + "\n");
  if (baseline) {
    const c = compareLayouts(baseline, scores);
    const b = layoutRows(baseline, () => "all")[0];
    console.log(
      `Against the baseline ${baselineFile}: all four right ${b ? `${b.all}/${b.pages}` : "?"} → ${all.all}/${all.pages}; ${c.gained.length} pages now wholly right, ${c.lost.length} no longer; ${c.unmatched} pages in one run only`
    );
    for (const [t, list] of [
      ["Lost", c.lost],
      ["Gained", c.gained]
    ] as const)
      if (list.length) {
        console.log(`${t} (${list.length}; the first 10):`);
        for (const s of list.slice(0, 10)) console.log(example(s));
      }
    console.log("");
  }
  // By part and form: the cell each page was drawn for.
  const order = Object.entries(LAYOUT_PARTS).flatMap(([p, fs]) => fs.map((f) => `${p} ${f.name}`));
  byForm.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  console.log("By part and form (the cell each page was drawn for; the other parts at random)\n");
  console.log(
    markdown(
      head,
      byForm.map((r) => [r.key, ...cells(r)])
    ) + "\n"
  );
  // Every page under its forms of every part (not only the drawn one) and its order of stamp and byline.
  const every = new Map<string, LayoutScore[]>();
  for (const s of scores)
    for (const [p, f] of Object.entries(s.item.forms)) every.set(`${p} ${f}`, [...(every.get(`${p} ${f}`) ?? []), s]);
  const wide = [...every.entries()]
    .map(([k, ss]) => ({...layoutRows(ss, () => k)[0]!}))
    .filter((r) => r.all < r.pages)
    .sort((a, b) => a.all / a.pages - b.all / b.pages);
  console.log("Every form over all pages that have it, failing ones only (worst first)\n");
  console.log(
    markdown(
      head,
      wide.map((r) => [r.key, ...cells(r)])
    ) + "\n"
  );
  if (examples > 0) {
    const failing = byForm.filter((r) => r.all < r.pages || r.chrome || r.leadLost);
    console.log(`Cells with a page wrong (${failing.length}), ${examples} pages each:`);
    for (const r of failing) {
      console.log(`  ${r.key}: all four right ${r.all}/${r.pages}, chrome ${r.chrome}, lead lost ${r.leadLost}`);
      const bad = scores.filter(
        (s) =>
          `${s.item.part} ${s.item.form}` === r.key &&
          (!LAYOUT_FIELDS.every((f) => s.right[f]) || s.chrome.length || !s.lead)
      );
      for (const s of bad.slice(0, examples)) console.log(example(s));
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
