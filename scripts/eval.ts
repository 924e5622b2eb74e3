/**
 * `npm run eval`: scores the event coder on the public yardsticks and prints the tables.
 *   - PETRARCH2 unit tests (284 sentences with Penn Treebank parses, PETR.Validate.* dictionaries): parse mode,
 *     and the same sentences in raw-text mode;
 *   - PLOVER gold standard (322 sentences, Phoenix dictionaries): raw-text mode;
 *   - PETRARCH-2 GSR validation (78 news sentences, Phoenix dictionaries): raw-text mode;
 *   - whole articles against a hand reading (test/fixtures/articles/seeds.gold.json, the corpus's development
 *     set): metadata, chrome, actors, events, claims and figures, with score_reader.py's definitions.
 * `--misses` lists what was missed (the yardsticks' sentences, the articles' figures); `--gold FILE --articles DIR` scores another gold file (an unseen set);
 * `--documents-only` skips the yardsticks.
 */
import {phoenixCoder, readYardstick, validationCoder} from "../src/app/coder.js";
import {evalDocuments} from "../src/app/document-eval.js";
import {tuneJitForBatches} from "../src/app/jit.js";
import type {DocumentScores, Ratio} from "../src/read/document-eval.js";
import {
  parsePetr2Gsr,
  parsePetrarchRecords,
  parsePloverGsr,
  scorePlover,
  scoreRecords,
  type TestScore
} from "../src/read/code-eval.js";
import {optionOf} from "./args.js";

const pct = (a: number, b: number) => (b === 0 ? "—" : `${((100 * a) / b).toFixed(1)}%`);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  "))
    .join("\n");
}

function printScore(title: string, s: TestScore): void {
  console.log(`\n${title}`);
  const rows = [["category", "codings", "exact", "share", "no-event", "none given", "share"]];
  const line = (name: string, t: TestScore["overall"]) => [
    name,
    String(t.codings),
    String(t.exact),
    pct(t.exact, t.codings),
    String(t.noEvent),
    String(t.noEventOk),
    pct(t.noEventOk, t.noEvent)
  ];
  for (const [k, t] of Object.entries(s.byCategory).sort()) rows.push(line(k, t));
  rows.push(line("ALL", s.overall));
  console.log(table(rows));
  const o = s.overall;
  console.log(
    `expectations met (codings + no-event): ${o.exact + o.noEventOk}/${o.codings + o.noEvent} = ${pct(o.exact + o.noEventOk, o.codings + o.noEvent)}`
  );
}

/** The pinned figures (test/eval.test.ts): counts, so that any drop shows. */
export function evalSummary() {
  const records = parsePetrarchRecords(readYardstick("petrarch"));
  const validation = validationCoder();
  const parse = scoreRecords(validation, records, {useParse: true}).overall;
  const raw = scoreRecords(validation, records, {useParse: false}).overall;
  const phoenix = phoenixCoder();
  const p = scorePlover(phoenix, parsePloverGsr(readYardstick("plover")));
  const gsr = scoreRecords(phoenix, parsePetr2Gsr(readYardstick("petr2gsr")), {useParse: false}).overall;
  return {
    petrarchParse: parse,
    petrarchRaw: raw,
    plover: {
      sentences: p.sentences,
      coded: p.coded,
      eventFirst: p.eventFirst,
      eventAny: p.eventAny,
      source: p.source,
      withTarget: p.withTarget,
      target: p.target
    },
    petr2gsr: gsr
  };
}

/** The document-level figures on the development set (pinned with floors in test/eval.test.ts). */
export function documentSummary(options: {gold?: string; articles?: string} = {}): DocumentScores {
  return evalDocuments(options);
}

function printDocuments(s: DocumentScores, showMisses = false): void {
  const r = (x: Ratio) => [String(x.hit), String(x.of), pct(x.hit, x.of)];
  console.log(`\nArticles against the hand reading (${s.documents} documents; definitions of score_reader.py)`);
  console.log(
    table([
      ["measure", "hit", "of", "share"],
      ["title stated, exact", ...r(s.metadata.title)],
      ["publisher stated, exact", ...r(s.metadata.publisher)],
      ["author stated, exact", ...r(s.metadata.author)],
      ["date stated, exact", ...r(s.metadata.date)],
      ["actors (count >= 2) recall", ...r(s.actors.recall)],
      ["actors (count >= 2) precision", ...r(s.actors.precision)],
      ["events strict recall", ...r(s.events.strict)],
      ["events lenient recall", ...r(s.events.lenient)],
      ["events auto precision", ...r(s.events.autoPrecision)],
      ["claims recall", ...r(s.claims.recall)],
      ["claims speaker right (of found)", ...r(s.claims.speaker)],
      ["claims kind right (of found)", ...r(s.claims.kind)],
      ["figures recall", ...r(s.figures.recall)]
    ])
  );
  console.log(
    `extracted: ${s.claims.extracted} claims, ${s.figures.extracted} figures; from site chrome: ${s.chrome.events} events, ${s.chrome.claims} claims, ${s.chrome.mentions} mentions`
  );
  if (showMisses)
    for (const m of s.figures.missed) console.log(`  figure missed in ${m.file}: ${m.value} — "${m.quote}"`);
}

export function runEval(showMisses = false): void {
  const records = parsePetrarchRecords(readYardstick("petrarch"));
  const validation = validationCoder();
  const parseMode = scoreRecords(validation, records, {useParse: true});
  printScore("PETRARCH2 unit tests, parse mode (PETR.Validate.* dictionaries; target ≥ 80% exact)", parseMode);
  const rawMode = scoreRecords(validation, records, {useParse: false});
  printScore("PETRARCH2 unit tests, raw-text mode (same sentences, no parse)", rawMode);
  if (showMisses)
    for (const m of parseMode.misses)
      console.log(`  ${m.id}: missing ${m.missing.join(" ")}; got ${m.got.join(" ") || "nothing"}`);

  const phoenix = phoenixCoder();
  const plover = scorePlover(phoenix, parsePloverGsr(readYardstick("plover")));
  console.log("\nPLOVER gold standard, raw-text mode (Phoenix + CAMEO 2.0; PLOVER 0.5 categories)");
  const prow = [["event", "sentences", "category found", "share"]];
  for (const [k, b] of Object.entries(plover.byEvent).sort())
    prow.push([k, String(b.n), String(b.eventAny), pct(b.eventAny, b.n)]);
  console.log(table(prow));
  console.log(
    table([
      ["measure", "count", "of", "share"],
      ["sentences with an event", String(plover.coded), String(plover.sentences), pct(plover.coded, plover.sentences)],
      [
        "first event's category = gold",
        String(plover.eventFirst),
        String(plover.sentences),
        pct(plover.eventFirst, plover.sentences)
      ],
      [
        "some event's category = gold",
        String(plover.eventAny),
        String(plover.sentences),
        pct(plover.eventAny, plover.sentences)
      ],
      ["source actor found", String(plover.source), String(plover.sentences), pct(plover.source, plover.sentences)],
      ["target actor found", String(plover.target), String(plover.withTarget), pct(plover.target, plover.withTarget)]
    ])
  );

  const gsr = scoreRecords(phoenix, parsePetr2Gsr(readYardstick("petr2gsr")), {useParse: false});
  printScore("PETRARCH-2 GSR validation (78 news sentences), raw-text mode (Phoenix + CAMEO 2.0)", gsr);
  if (showMisses)
    for (const m of gsr.misses)
      console.log(`  ${m.id}: missing ${m.missing.join(" ")}; got ${m.got.join(" ") || "nothing"}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // A batch of readings: V8 tuned as for an ingest (src/app/jit.ts; 3.96 -> 2.86 s of CPU, 2026-12-03).
  tuneJitForBatches();
  const arg = (name: string) => optionOf(process.argv, name);
  const gold = arg("--gold");
  const articles = arg("--articles");
  const showMisses = process.argv.includes("--misses");
  if (!process.argv.includes("--documents-only")) runEval(showMisses);
  printDocuments(documentSummary({...(gold ? {gold} : {}), ...(articles ? {articles} : {})}), showMisses);
}
