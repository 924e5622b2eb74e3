import type {Command} from "commander";
import {formatIssue} from "../../domain/index.js";
import {
  MEASURE_DEFAULTS,
  MEASURE_NAMES,
  measure,
  withStore,
  type MeasureName,
  type MeasureOutput
} from "../../app/index.js";
import {table, UsageError, type Column} from "../output.js";
import {emit, withFormat, type FormatFlags} from "../export.js";
import {optionsOf} from "../options.js";
import {EVIDENCE_MEASURES, runEvidenceMeasure, type EvidenceMeasure} from "./measure-evidence.js";

type Item = MeasureOutput["items"][number];

interface MeasureFlags extends FormatFlags {
  focal: string;
  vectors: string;
  from: string;
  to: string;
  explain?: boolean;
  triangle?: string;
}

function year(flag: string, value: string): number {
  if (!/^\d{4}$/.test(value))
    throw new UsageError(`Invalid value for ${flag}: expected a year such as 1992, found "${value}"`);
  return Number(value);
}

/** A year × vector pivot of one measure (and dimension). */
function pivot(out: MeasureOutput, pick: (r: Item) => boolean, extra: Column<number>[] = []): string {
  const cells = new Map<string, number | null>();
  for (const r of out.items) if (pick(r)) cells.set(`${r.year}|${r.vector}`, r.value);
  const years = [...new Set(out.items.map((r) => r.year))].sort((a, b) => a - b);
  const columns: Column<number>[] = [
    {header: "year", value: (y) => y},
    ...out.query.vectors.map((v) => ({header: v, value: (y: number) => cells.get(`${y}|${v}`) ?? "–", right: true})),
    ...extra
  ];
  return table(years, columns);
}

function human(out: MeasureOutput): string {
  const find = (y: number, measure: string) => out.items.find((r) => r.year === y && r.measure === measure);
  switch (out.measure) {
    case "alignment":
      return (
        `Agreement in UN General Assembly votes (yes 1, abstain 0.5, no 0; 1 = always the same vote), ${out.query.focal} with each vector\n` +
        pivot(out, (r) => r.measure === "agreement" && r.issue === undefined, [
          {
            header: "roll calls",
            value: (y) =>
              Math.max(
                0,
                ...out.items.filter((r) => r.year === y && r.measure === "agreement" && !r.issue).map((r) => r.n ?? 0)
              ),
            right: true
          }
        ])
      );
    case "influence":
      return (
        `Structural influence capacity over ${out.query.focal} (0–1; economic, political and security combined)\n` +
        pivot(out, (r) => r.measure === "influence" && r.dimension === "combined")
      );
    case "balance":
      return (
        `Combined shares of ${out.query.focal}'s structural ties, with the balance (entropy 1 = even, HHI 1/n = even)\n` +
        pivot(out, (r) => r.measure === "share" && r.dimension === "combined", [
          {header: "entropy", value: (y) => find(y, "entropy")?.value ?? "–", right: true},
          {header: "HHI", value: (y) => find(y, "hhi")?.value ?? "–", right: true},
          {header: "dominant", value: (y) => find(y, "dominant")?.vector ?? "–"},
          {header: "lead", value: (y) => find(y, "lead")?.value ?? "–", right: true}
        ]) +
        triangleTable(out) +
        sensitivityTable(out)
      );
    case "relations": {
      const rows = out.items.filter((r) => r.measure === "events");
      const get = (r: Item, m: string) =>
        out.items.find((x) => x.month === r.month && x.source === r.source && x.target === r.target && x.measure === m)
          ?.value;
      return (
        `Events between ${out.query.focal} and each vector, per directed dyad and month\n` +
        table(rows, [
          {header: "month", value: (r) => r.month},
          {header: "source", value: (r) => r.source},
          {header: "target", value: (r) => r.target},
          {header: "events", value: (r) => r.value, right: true},
          {header: "goldstein sum", value: (r) => get(r, "goldstein_sum"), right: true},
          {header: "mean", value: (r) => get(r, "goldstein_mean"), right: true},
          {header: "net coop.", value: (r) => get(r, "net_cooperation"), right: true}
        ])
      );
    }
  }
}

/** The barycentric position in the triangle, per year. */
function triangleTable(out: MeasureOutput): string {
  const rows = out.items.filter((r) => r.measure === "triangle");
  const vertices = [...new Set(rows.map((r) => r.vector))];
  if (vertices.length !== 3) return "";
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const at = (y: number, v: string) => rows.find((r) => r.year === y && r.vector === v)?.value ?? "–";
  const xy = (y: number, m: string) => out.items.find((r) => r.year === y && r.measure === m)?.value ?? "–";
  return (
    `\n\nPosition in the triangle ${vertices.join("–")} (barycentric weights; x, y with ${vertices[0]} at (0, 0), ${vertices[1]} at (1, 0))\n` +
    table(years, [
      {header: "year", value: (y) => y},
      ...vertices.map((v) => ({header: v, value: (y: number) => at(y, v), right: true})),
      {header: "x", value: (y) => xy(y, "triangle_x"), right: true},
      {header: "y", value: (y) => xy(y, "triangle_y"), right: true}
    ])
  );
}

/** How the last year's entropy moves when each weight is halved or raised by half. */
function sensitivityTable(out: MeasureOutput): string {
  const rows = out.items.filter((r) => r.measure === "entropy_change");
  if (rows.length === 0) return "";
  const year = Math.max(...rows.map((r) => r.year));
  const last = rows.filter((r) => r.year === year);
  const params = [...new Set(last.map((r) => r.parameter!))];
  const change = (p: string, f: number) => last.find((r) => r.parameter === p && r.factor === f)?.value ?? null;
  const spread = (p: string) => Math.abs((change(p, 1.5) ?? 0) - (change(p, 0.5) ?? 0));
  params.sort((a, b) => spread(b) - spread(a) || a.localeCompare(b));
  // Changes that round to zero print without a sign, so float noise cannot flip it.
  const fmt = (v: number | null) =>
    v === null ? "–" : Math.abs(v) < 0.00005 ? "0.0000" : `${v > 0 ? "+" : ""}${v.toFixed(4)}`;
  return (
    `\n\nSensitivity in ${year}: change in entropy when one weight is moved (most influential first)\n` +
    table(params, [
      {header: "parameter", value: (p) => p},
      {header: "×0.5", value: (p) => fmt(change(p, 0.5)), right: true},
      {header: "×1.5", value: (p) => fmt(change(p, 1.5)), right: true}
    ])
  );
}

/** `measure alignment|influence|relations|balance`: the measures as tables, JSON or CSV. */
export function registerMeasure(program: Command): void {
  const command = program
    .command("measure")
    .description(
      "measure the multi-vector balance: alignment (UN votes), influence (structural ties), relations (events), balance"
    )
    .argument("<measure>", [...MEASURE_NAMES, ...EVIDENCE_MEASURES].join(" | "))
    .option("--focal <code>", "the focal state (code or alias)", MEASURE_DEFAULTS.focal)
    .option("--vectors <codes>", "comma-separated vectors (codes or aliases)", MEASURE_DEFAULTS.vectors.join(","))
    .option("--from <year>", "first year", String(MEASURE_DEFAULTS.from))
    .option("--to <year>", "last year", String(MEASURE_DEFAULTS.to))
    .option("--triangle <codes>", "three vectors for the balance triangle (default: the first three vectors)")
    .option("--csv", "print tidy records as CSV (the same as --format csv)")
    .option("--explain", "list the votes, indicators and events behind every figure, with their sources")
    .option(
      "--mention-weight <μ>",
      "events: how much one GDELT mention adds to a cluster's reach, in sources (default 0.1)"
    )
    .option("--event-weight <λ>", "nowcast: the events dimension's weight in the balance, 0–1 (default 0.25)")
    .option("--window <months>", "nowcast: trailing months of the event share (default 3)")
    .option("--z <z>", "nowcast: band half-width in standard deviations (default 1.645, a 90% band)");
  withFormat(command).action(async (name: string, _o, command: Command) => {
    const opts = optionsOf<MeasureFlags>(command);
    if ((EVIDENCE_MEASURES as readonly string[]).includes(name)) {
      year("--from", opts.from);
      year("--to", opts.to);
      return runEvidenceMeasure(name as EvidenceMeasure, opts, command);
    }
    if (!(MEASURE_NAMES as readonly string[]).includes(name)) {
      throw new UsageError(
        `Invalid measure "${name}": expected one of ${[...MEASURE_NAMES, ...EVIDENCE_MEASURES].join(", ")}`
      );
    }
    const raw = {
      focal: opts.focal,
      vectors: opts.vectors,
      from: year("--from", opts.from),
      to: year("--to", opts.to),
      ...(opts.triangle !== undefined ? {triangle: opts.triangle} : {}),
      explain: opts.explain ?? false
    };
    const out = await withStore(opts, (s) => measure(s, name as MeasureName, raw));
    for (const w of out.warnings) process.stderr.write(`warning: ${formatIssue(w)}\n`);
    await emit(opts, {
      name: "measures",
      items: out.items,
      json: {
        measure: out.measure,
        query: out.query,
        items: out.items,
        warnings: out.warnings,
        ...(out.evidence ? {evidence: out.evidence} : {})
      },
      table: () => {
        let text = human(out);
        if (opts.explain) {
          const ev = out.evidence ?? [];
          text +=
            `\n\nEvidence (${ev.length} rows)\n` +
            table(ev, [
              {header: "year", value: (e) => e.month ?? e.year},
              {header: "vector", value: (e) => e.vector},
              {header: "kind", value: (e) => e.kind},
              {header: "ref", value: (e) => e.ref},
              {header: "source", value: (e) => e.source},
              {header: "detail", value: (e) => e.detail, max: 100}
            ]);
        }
        return text;
      }
    });
  });
}
