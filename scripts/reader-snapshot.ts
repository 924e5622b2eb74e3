/**
 * A byte-for-byte snapshot of everything the reader outputs, for speed work that must not change behaviour:
 * every seed article (test/fixtures/articles/seeds and ../shared/corpus/seeds when present) and held-out
 * article (every set under test/fixtures/articles: .txt, .html and .md, READMEs aside) read end to end (events, mentions, claims, figures, stances, why,
 * warnings; with the default coder, with and without a given date, and without a coder), and the coder's output
 * on the PETRARCH2 (parse and raw-text mode), PLOVER and PETRARCH-2 GSR sentences.
 *
 *   npx tsx scripts/reader-snapshot.ts write FILE   # take the snapshot (on main)
 *   npx tsx scripts/reader-snapshot.ts check FILE   # compare; exits 1 and names the first difference
 *   npx tsx scripts/reader-snapshot.ts check FILE --why-reasons-may-change
 *     # compare everything except the sentences' why reasons and the coder's dropped frames (which give those
 *     # reasons), and list each change of a sentence's reasons with its count
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {join, relative} from "node:path";
import {defaultCoder, phoenixCoder, readYardstick, validationCoder} from "../src/app/coder.js";
import {PROJECT_ROOT, readPack} from "../src/app/init.js";
import {tuneJitForBatches} from "../src/app/jit.js";
import {parsePetr2Gsr, parsePetrarchRecords, parsePloverGsr} from "../src/read/code-eval.js";
import {readDocument} from "../src/read/index.js";

function articles(): {name: string; text: string}[] {
  const fixtures = join(PROJECT_ROOT, "test/fixtures/articles");
  const first = [
    join(fixtures, "seeds"),
    join(PROJECT_ROOT, "../shared/corpus/seeds"),
    join(fixtures, "heldout"),
    join(fixtures, "blind")
  ];
  const rest = readdirSync(fixtures, {withFileTypes: true})
    .filter((e) => e.isDirectory())
    .map((e) => join(fixtures, e.name))
    .filter((d) => !first.includes(d))
    .sort();
  const out: {name: string; text: string}[] = [];
  for (const d of [...first, ...rest]) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort())
      if (/\.(txt|html|md)$/.test(f) && f !== "README.md")
        out.push({name: relative(PROJECT_ROOT, join(d, f)), text: readFileSync(join(d, f), "utf8")});
  }
  return out;
}

function lines(): string[] {
  const pack = readPack();
  const coder = defaultCoder(pack.actors);
  const aliases = pack.actors.flatMap((a) => a.aliases.map((x) => ({code: a.code, alias: x.alias})));
  const out: string[] = [];
  for (const a of articles()) {
    for (const [mode, opts] of [
      ["coder+date", {coder, given: {date: "2024-01-01"}}],
      ["coder", {coder}],
      ["nocoder", {aliases}]
    ] as const) {
      const r = readDocument(a.text, {
        format: a.name.endsWith(".html") ? "html" : a.name.endsWith(".md") ? "markdown" : "text",
        sourceId: "snap",
        ...opts
      });
      out.push(`${a.name} ${mode} ${JSON.stringify(r)}`);
    }
  }
  const petrarch = parsePetrarchRecords(readYardstick("petrarch"));
  const validation = validationCoder();
  for (const r of petrarch) {
    out.push(
      `petrarch-parse ${JSON.stringify(validation.codeSentence(r.text, {date: r.date, ...(r.parse ? {parse: r.parse} : {})}))}`
    );
    out.push(`petrarch-raw ${JSON.stringify(validation.codeSentence(r.text, {date: r.date}))}`);
  }
  const phoenix = phoenixCoder();
  for (const r of parsePloverGsr(readYardstick("plover"))) {
    out.push(`plover ${JSON.stringify(phoenix.codeSentence(r.text, {date: "2023-01-01"}))}`);
    out.push(`plover-default ${JSON.stringify(coder.codeSentence(r.text, {date: "2023-01-01"}))}`);
  }
  for (const r of parsePetr2Gsr(readYardstick("petr2gsr")))
    out.push(`gsr ${JSON.stringify(phoenix.codeSentence(r.text, {date: r.date}))}`);
  return out;
}

/**
 * A reading with the why reasons and the coder's dropped frames taken out, and the reasons per sentence (document
 * readings) or the dropped reasons (coder readings), to list what changed.
 */
function withoutReasons(line: string): {rest: string; reasons: string[]} {
  const at = line.indexOf(" {");
  const head = line.slice(0, at);
  const r = JSON.parse(line.slice(at + 1)) as Record<string, unknown>;
  const reasons: string[] = [];
  const value = r.value as {why?: {reasons?: string[]}[]; sentences?: {why?: {reasons?: string[]}}[]} | undefined;
  if (value?.why) {
    for (const w of value.why) {
      reasons.push((w.reasons ?? []).join(","));
      delete w.reasons;
    }
    for (const s of value.sentences ?? []) if (s.why) delete s.why.reasons;
  } else if (Array.isArray(r.dropped)) {
    reasons.push((r.dropped as {reason: string}[]).map((d) => d.reason).join(","));
    delete r.dropped;
  }
  return {rest: `${head} ${JSON.stringify(r)}`, reasons};
}

const [mode, file, flag] = process.argv.slice(2);
if ((mode !== "write" && mode !== "check") || !file || (flag !== undefined && flag !== "--why-reasons-may-change")) {
  console.error("usage: reader-snapshot.ts write|check FILE [--why-reasons-may-change]");
  process.exit(2);
}
const reasonsMayChange = flag !== undefined;
// A batch of readings: V8 tuned as for an ingest (src/app/jit.ts); the readings are the same either way.
tuneJitForBatches();
const got = lines();
if (mode === "write") {
  writeFileSync(file, got.join("\n") + "\n");
  console.log(`${got.length} readings written to ${file}`);
} else {
  // Readings are paired by their head (file and mode, or yardstick) and its occurrence, so a fixture set added
  // since the snapshot shows as new readings instead of shifting every line after it.
  const keyed = (ls: string[]): Map<string, string> => {
    const seen = new Map<string, number>();
    const m = new Map<string, string>();
    for (const l of ls) {
      const head = l.slice(0, l.indexOf(" {"));
      const n = (seen.get(head) ?? 0) + 1;
      seen.set(head, n);
      m.set(`${head} #${n}`, l);
    }
    return m;
  };
  const want = keyed(readFileSync(file, "utf8").trimEnd().split("\n"));
  const have = keyed(got);
  const added = [...have.keys()].filter((k) => !want.has(k));
  if (added.length > 0)
    console.log(`${added.length} readings not in the snapshot (not compared): ${added.slice(0, 6).join(", ")}…`);
  let bad = 0;
  /** The files (or yardsticks) whose readings differ, each once. */
  const differing = new Set<string>();
  const changes = new Map<string, number>();
  for (const [key, line] of want) {
    if (have.get(key) === line) continue;
    let w = line,
      g = have.get(key) ?? "";
    if (reasonsMayChange && w && g) {
      const a = withoutReasons(w),
        b = withoutReasons(g);
      if (a.rest === b.rest && a.reasons.length === b.reasons.length) {
        const kind = w.slice(0, w.indexOf(" {")).split(" ").at(-1)!;
        a.reasons.forEach((x, k) => {
          const y = b.reasons[k]!;
          if (x !== y) {
            const key = `${kind}: ${x || "(none)"} → ${y || "(none)"}`;
            changes.set(key, (changes.get(key) ?? 0) + 1);
          }
        });
        continue;
      }
      [w, g] = [a.rest, b.rest];
    }
    differing.add(key.split(" ")[0]!);
    if (++bad <= 3) {
      let k = 0;
      while (k < w.length && w[k] === g[k]) ++k;
      console.error(
        `${key} differs at ${k}:\n  want …${w.slice(Math.max(0, k - 150), k + 150)}\n  got  …${g.slice(Math.max(0, k - 150), k + 150)}`
      );
    }
  }
  if (changes.size > 0) {
    console.log("why reasons changed (reading kind: before → after, sentences or coder readings):");
    for (const [k, n] of [...changes].sort((x, y) => y[1] - x[1])) console.log(`  ${n}\t${k}`);
  }
  if (bad) {
    console.error(`${bad} of ${want.size} readings differ, in: ${[...differing].join(" ")}`);
    process.exit(1);
  }
  console.log(
    `all ${want.size} readings identical${reasonsMayChange ? " (events, mentions, claims, figures, stances, warnings; why reasons aside)" : ""}`
  );
}
