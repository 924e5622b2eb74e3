import type {Command} from "commander";
import {withStore} from "../../app/context.js";
import {
  measureDiscourse,
  measureEvents,
  measureNowcast,
  type EvidenceOutput,
  type EvidenceParams
} from "../../app/evidence.js";
import {formatIssue} from "../../domain/index.js";
import {table, UsageError} from "../output.js";
import {emit, type FormatFlags} from "../export.js";

/** The measures of evidence (events, the nowcast, the experts' discourse), run by `measure <name>`. */
export const EVIDENCE_MEASURES = ["events", "nowcast", "discourse"] as const;
export type EvidenceMeasure = (typeof EVIDENCE_MEASURES)[number];

interface Flags extends FormatFlags {
  focal: string;
  vectors: string;
  from: string;
  to: string;
  explain?: boolean;
  store?: string;
  mentionWeight?: string;
  eventWeight?: string;
  window?: string;
  z?: string;
  rule?: string;
  blocComposition?: string;
}

function num(
  flag: string,
  value: string | undefined,
  check: (n: number) => boolean,
  expected: string
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || !check(n))
    throw new UsageError(`Invalid value for ${flag}: expected ${expected}, found "${value}"`);
  return n;
}

/** The parameters of the event dimension and the nowcast from their flags. */
export function evidenceParams(o: Flags): EvidenceParams {
  const p: EvidenceParams = {};
  const mu = num("--mention-weight", o.mentionWeight, (n) => n >= 0, "a number >= 0");
  const lambda = num("--event-weight", o.eventWeight, (n) => n >= 0 && n <= 1, "a number between 0 and 1");
  const window = num(
    "--window",
    o.window,
    (n) => Number.isInteger(n) && n >= 1 && n <= 24,
    "a whole number of months from 1 to 24"
  );
  const z = num("--z", o.z, (n) => n >= 0, "a number >= 0");
  if (mu !== undefined) p.mentionWeight = mu;
  if (lambda !== undefined) p.eventWeight = lambda;
  if (window !== undefined) p.window = window;
  if (z !== undefined) p.z = z;
  if (o.rule !== undefined) {
    if (o.rule !== "reader" && o.rule !== "dyad-day")
      throw new UsageError(`Invalid value for --rule: expected reader or dyad-day, found "${o.rule}"`);
    p.clusterRule = o.rule;
  }
  return p;
}

const pct = (v: number | null | undefined) => (v === null || v === undefined ? "–" : `${(100 * v).toFixed(1)}%`);
const fixed = (v: number | null | undefined, d = 2) => (v === null || v === undefined ? "–" : v.toFixed(d));

function eventsText(out: Awaited<ReturnType<typeof measureEvents>>): string {
  const vectors = out.query.vectors;
  const months = [...new Set(out.detail.months.map((m) => m.month))];
  const cell = (month: string, v: string) => out.detail.months.find((m) => m.month === month && m.vector === v);
  const gaps = out.detail.coverage.filter((c) => !c.covered).length;
  return (
    `Event dimension of ${out.query.focal}'s balance: per month, each vector's share of the interaction volume ` +
    `(clusters of reports weighted by their independent sources) and the mean Goldstein tone in brackets\n` +
    table(months, [
      {header: "month", value: (m) => m},
      ...vectors.map((v) => ({
        header: v,
        value: (m: string) => {
          const c = cell(m, v);
          return c ? `${pct(c.share)} (${fixed(c.tone, 1)})` : "–";
        },
        right: true
      })),
      {header: "clusters", value: (m) => vectors.reduce((s, v) => s + (cell(m, v)?.clusters ?? 0), 0), right: true}
    ]) +
    `\n${months.length} months with events${gaps ? `, ${gaps} months without (gaps, not zero)` : ""}`
  );
}

function nowcastText(out: Awaited<ReturnType<typeof measureNowcast>>): string {
  const n = out.detail;
  if (!n) return "No nowcast: there is no structural balance to carry forward";
  const vectors = Object.keys(n.anchor.shares);
  const head =
    `NOWCAST, not a measurement: ${out.query.focal}'s combined balance of ${n.anchor.year} (the latest structural year) ` +
    `carried forward month by month by the event dimension's change; [low–high] is the band from the event series' own variability\n` +
    `${n.anchor.year} structural: ${vectors.map((v) => `${v} ${pct(n.anchor.shares[v])}`).join(", ")}\n`;
  if (n.months.length === 0) return head + "No month after it has events: nothing to nowcast";
  return (
    head +
    table(n.months, [
      {header: "month", value: (m) => m.month},
      ...vectors.map((v) => ({
        header: v,
        value: (m: (typeof n.months)[number]) => `${pct(m.shares[v])} [${pct(m.low[v])}–${pct(m.high[v])}]`,
        right: true
      })),
      {
        header: "entropy",
        value: (m) => `${fixed(m.entropy, 3)} [${fixed(m.entropyLow, 3)}–${fixed(m.entropyHigh, 3)}]`,
        right: true
      },
      {header: "events", value: (m) => (m.carried ? "none: carried" : `${m.clusters} clusters`)}
    ])
  );
}

function discourseText(out: Awaited<ReturnType<typeof measureDiscourse>>): string {
  const cells = out.detail;
  let text =
    `Expert stance on each vector of ${out.query.focal}, per quarter of publication: judgements for (+) and against (−), ` +
    `balance (+ − −)/(+ + −) from −1 to +1, and the speakers\n` +
    table(cells, [
      {header: "vector", value: (c) => c.vector},
      {header: "quarter", value: (c) => c.quarter},
      {header: "+", value: (c) => c.positive, right: true},
      {header: "−", value: (c) => c.negative, right: true},
      {header: "0", value: (c) => c.neutral, right: true},
      {header: "balance", value: (c) => fixed(c.balance), right: true},
      {header: "speakers", value: (c) => c.speakers.map((s) => `${s.speaker} (${s.n})`).join(", "), max: 70}
    ]);
  for (const c of cells) {
    text += `\n\n${c.vector} ${c.quarter}: the quotes\n`;
    text += c.quotes
      .slice(0, 5)
      .map(
        (q) =>
          `  ${q.polarity > 0 ? "+" : q.polarity < 0 ? "−" : "0"} ${q.speaker}${q.publisher ? ` (${q.publisher})` : ""}: "${q.quote.length > 200 ? q.quote.slice(0, 199) + "…" : q.quote}" [${q.stanceId}]`
      )
      .join("\n");
    if (c.quotes.length + c.more > 5) text += `\n  … ${c.quotes.length + c.more - 5} more (--json lists them)`;
  }
  return text;
}

/** Runs `measure events|nowcast|discourse` and prints it. */
export async function runEvidenceMeasure(
  name: EvidenceMeasure,
  opts: Flags,
  command: Command,
  parameters: Record<string, number> = {}
): Promise<void> {
  const given = (flag: string) => command.getOptionValueSource(flag) !== "default";
  const raw = {
    focal: opts.focal,
    vectors: opts.vectors,
    ...(given("from") ? {from: Number(opts.from)} : name === "events" ? {from: 2000} : {}),
    ...(given("to") ? {to: Number(opts.to)} : {}),
    // The balance's parameters and bloc rule hold here too (--param, --params, --bloc-composition).
    params: parameters,
    ...(given("blocComposition") ? {blocComposition: opts.blocComposition} : {}),
    explain: opts.explain ?? false
  };
  const params = evidenceParams(opts);
  const out: EvidenceOutput<unknown> = await withStore(opts, async (s): Promise<EvidenceOutput<unknown>> => {
    if (name === "events") return measureEvents(s, raw, params);
    if (name === "nowcast") return measureNowcast(s, raw, params);
    return measureDiscourse(s, raw);
  });
  for (const w of out.warnings) process.stderr.write(`warning: ${formatIssue(w)}\n`);
  await emit(opts, {
    name: "measures",
    items: out.items,
    json: {
      measure: out.measure,
      query: out.query,
      items: out.items,
      warnings: out.warnings,
      detail: out.detail,
      ...(out.evidence ? {evidence: out.evidence} : {})
    },
    table: () => {
      let text =
        name === "events"
          ? eventsText(out as Awaited<ReturnType<typeof measureEvents>>)
          : name === "nowcast"
            ? nowcastText(out as Awaited<ReturnType<typeof measureNowcast>>)
            : discourseText(out as Awaited<ReturnType<typeof measureDiscourse>>);
      if (opts.explain) {
        const ev = out.evidence ?? [];
        text +=
          `\n\nEvidence: the clusters of reports behind the figures (${ev.length})\n` +
          table(ev, [
            {header: "month", value: (e) => e.month ?? e.year},
            {header: "vector", value: (e) => e.vector},
            {header: "cluster", value: (e) => e.ref},
            {header: "documents", value: (e) => e.source, max: 40},
            {header: "detail", value: (e) => e.detail, max: 120}
          ]);
      }
      return text;
    }
  });
}
