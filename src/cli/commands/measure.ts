import {readFileSync} from "node:fs";
import type {Command} from "commander";
import {formatIssue, IssueError, type Issue} from "../../domain/index.js";
import {withStore} from "../../app/context.js";
import {
  MEASURE_DEFAULTS,
  MEASURE_NAMES,
  measure,
  measureJson,
  measureParameters,
  type MeasureName,
  type MeasureOutput
} from "../../app/measures.js";
import {printJson, table, UsageError, type Column} from "../output.js";
import {emit, withFormat, type FormatFlags} from "../export.js";
import {optionsOf} from "../options.js";
import {apiGet, servingServer} from "../remote.js";
import {EVIDENCE_MEASURES, runEvidenceMeasure, type EvidenceMeasure} from "./measure-evidence.js";

type Item = MeasureOutput["items"][number];

interface MeasureFlags extends FormatFlags {
  focal: string;
  vectors: string;
  from: string;
  to: string;
  explain?: boolean;
  triangle?: string;
  param?: string[];
  params?: string;
  coverage?: string;
  blocComposition?: string;
  sensitivity?: boolean;
  dimensions?: string;
}

/** Parses "name=value" into the map, or throws a usage error naming the flag. */
function parseParam(into: Record<string, number>, text: string, where: string): void {
  const m = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(text);
  if (!m) throw new UsageError(`Invalid ${where}: expected name=value such as mix=0.3, found "${text}"`);
  const value = Number(m[2]);
  if (!Number.isFinite(value)) throw new UsageError(`Invalid ${where}: expected a number for ${m[1]}, found "${m[2]}"`);
  into[m[1]!] = value;
}

/**
 * Reads a parameters file: a JSON object {"mix": 0.3, …} or lines "name=value" (# comments). Errors
 * name the file and line.
 */
export function readParamsFile(file: string): Record<string, number> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`Cannot read parameters file "${file}": ${(e as Error).message}`);
  }
  const out: Record<string, number> = {};
  if (text.trim().startsWith("{")) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new UsageError(`Invalid parameters file "${file}": ${(e as Error).message}`);
    }
    for (const [k, v] of Object.entries(json as Record<string, unknown>)) {
      if (typeof v !== "number")
        throw new UsageError(
          `Invalid parameters file "${file}": expected a number for "${k}", found ${JSON.stringify(v)}`
        );
      out[k] = v;
    }
    return out;
  }
  text.split("\n").forEach((line, i) => {
    const l = line.replace(/#.*/, "").trim();
    if (l) parseParam(out, l, `line ${i + 1} of parameters file "${file}"`);
  });
  return out;
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
  const partial = new Set((out.coverage ?? []).filter((c) => c.partial).map((c) => c.year));
  const columns: Column<number>[] = [
    {header: "year", value: (y) => (partial.has(y) ? `${y} (partial)` : y)},
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
        `Agreement in UN General Assembly votes (yes 1, abstain 0.5, no 0; 1 = always the same vote), ${out.names?.[out.query.focal] ?? out.query.focal} with each vector; null below ${out.query.params["alignment.min_n"] ?? 10} joint roll calls\n` +
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
        ]) +
        `\n\nS score (Signorino & Ritter: 1 − 2 × mean |vote difference| on the 0–1 scale; 1 = identical, −1 = opposite)\n` +
        pivot(out, (r) => r.measure === "s_score" && r.issue === undefined) +
        `\n\nCohen's κ (agreement beyond what the two states' own vote frequencies give by chance; 0 = chance, 1 = identical)\n` +
        pivot(out, (r) => r.measure === "kappa" && r.issue === undefined) +
        (out.items.some((r) => r.measure === "idealpoint_distance")
          ? `\n\nDistance between UN ideal points (Bailey, Strezhnev & Voeten; votes incl. the emergency special sessions), |${out.query.focal} − vector|\n` +
            pivot(out, (r) => r.measure === "idealpoint_distance") +
            `\n\nIts change from the year before (negative: ${out.query.focal} moved closer to the vector)\n` +
            pivot(out, (r) => r.measure === "idealpoint_distance_change")
          : "")
      );
    case "influence":
      return (
        `Structural influence capacity over ${out.query.focal} (0–1; economic, political and security combined)\n` +
        pivot(out, (r) => r.measure === "influence" && r.dimension === "combined") +
        (out.coverage?.some((c) => c.partial)
          ? `\n(partial: the year rests on half the metrics or fewer, the other sources not yet published; not a shift)`
          : "")
      );
    case "balance":
      return balanceText(out, find);
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

const DIM_LETTER: Record<string, string> = {economic: "E", political: "P", security: "S", events: "V"};
const PROV_MARK: Record<string, string> = {
  observed: "",
  mirror: "m",
  carried_forward: "c",
  interpolated: "i",
  flagged: "!"
};

/** A year's coverage in a few characters: "E(trade,migrants~i) P S", or "–" when null. */
function coverageCell(out: MeasureOutput, year: number): string {
  const c = out.coverage?.find((x) => x.year === year);
  if (!c || c.dimensions.length === 0) return "–";
  return (
    c.dimensions
      .map((d) => {
        const ms = c.metrics.filter((m) => m.dimension === d);
        return `${DIM_LETTER[d] ?? d}:${ms.map((m) => `${m.metric}${PROV_MARK[m.provenance] ? `~${PROV_MARK[m.provenance]}` : ""}`).join("+")}`;
      })
      .join(" ") + (c.partial ? " (partial)" : "")
  );
}

/** The balance as people read it: names, shares, headline, stability, coverage, breaks. */
function balanceText(out: MeasureOutput, find: (y: number, m: string) => Item | undefined): string {
  const names = out.names ?? {};
  const name = (c: string) => names[c] ?? c;
  const q = out.query;
  const rows = out.items.filter((r) => r.measure === "share" && r.dimension === "combined");
  const years = [...new Set(out.items.filter((r) => r.measure === "entropy").map((r) => r.year))].sort((a, b) => a - b);
  const cell = (y: number, v: string) => rows.find((r) => r.year === y && r.vector === v)?.value ?? "–";
  const stab = (y: number) => out.stability?.find((s) => s.year === y)?.mark ?? "";
  const head =
    `Balance of ${name(q.focal)}'s ${q.dimensions?.includes("events") ? "ties (structural, and the store's events)" : "structural ties"} over ${q.vectors.map(name).join(", ")}: each vector's share of ` +
    `the ties with these ${q.vectors.length} (not of all partners), combined over the dimensions observed that year\n` +
    `(entropy 1 = even, HHI ${(1 / q.vectors.length).toFixed(2)} = even; stability: stable / rank (order moves) / fragile (dominant moves) over the sensitivity)\n`;
  const t = table(years, [
    {header: "year", value: (y) => y},
    ...q.vectors.map((v) => ({header: name(v), value: (y: number) => cell(y, v), right: true})),
    {header: "entropy", value: (y) => find(y, "entropy")?.value ?? "–", right: true},
    {header: "HHI", value: (y) => find(y, "hhi")?.value ?? "–", right: true},
    {
      header: "dominant",
      value: (y) => {
        const d = find(y, "dominant")?.vector;
        return d ? name(d) : "–";
      }
    },
    {header: "lead", value: (y) => find(y, "lead")?.value ?? "–", right: true},
    {header: "stability", value: (y) => stab(y)},
    {header: "coverage", value: (y) => coverageCell(out, y)}
  ]);
  const measured = years.filter((y) => find(y, "entropy")?.value != null);
  const partial = measured.filter((y) => out.coverage?.find((x) => x.year === y)?.partial);
  const full = measured.filter((y) => !partial.includes(y));
  const last = full[full.length - 1] ?? measured[measured.length - 1];
  let headline = "";
  if (last !== undefined) {
    const d = find(last, "dominant");
    const s = out.stability?.find((x) => x.year === last);
    const c = out.coverage?.find((x) => x.year === last);
    headline =
      `\n\nLatest measured year ${last}${c?.partial ? " (partial)" : ""}: ${name(d!.vector)} leads with ${((d!.value ?? 0) * 100).toFixed(1)}% ` +
      `(lead ${(((find(last, "lead")?.value ?? 0) as number) * 100).toFixed(1)} points), resting on ${c?.dimensions.join(", ") ?? "–"}` +
      (partial.length ? ` (${partial.join(", ")}: partial, see the warnings)` : "") +
      (s
        ? `; ${s.mark}${s.dominantFlips.length ? `: the dominant vector changes under ${s.dominantFlips.slice(0, 4).join(", ")}${s.dominantFlips.length > 4 ? ` and ${s.dominantFlips.length - 4} more` : ""}` : ""}`
        : "");
  }
  const breaks = out.breaks ?? [];
  const breakText = breaks.length
    ? `\n\nBreaks (the inputs change here: a move across a break may come from the data, not the world)\n${breaks.map((b) => `  ${b.message}`).join("\n")}`
    : "";
  const legend = `\n\nCoverage: E economic, P political, S security,${q.dimensions?.includes("events") ? " V events," : ""} with their metrics; ~m mirror (the partner's report), ~c carried forward, ~i interpolated, ~! flagged by a data check.`;
  const set = Object.entries(q.params);
  const paramText = `\nParameters: ${set.length ? set.map(([k, v]) => `${k}=${v}`).join(", ") : "all defaults"} (every value used is in --json "parameters"); coverage ${q.coverage.mode === "fixed" ? `fixed:${q.coverage.dimensions.join(",")}` : "observed"}; EU ${q.blocComposition === "fixed:EU27" ? "fixed at today's 27 members" : "with dated membership"}.`;
  return head + t + headline + breakText + legend + paramText + triangleTable(out) + sensitivityTable(out);
}

/** The barycentric position in the triangle, per year. */
function triangleTable(out: MeasureOutput): string {
  const rows = out.items.filter((r) => r.measure === "triangle");
  const vertices = [...new Set(rows.map((r) => r.vector))];
  if (vertices.length !== 3) return "";
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const at = (y: number, v: string) => rows.find((r) => r.year === y && r.vector === v)?.value ?? "–";
  const xy = (y: number, m: string) => out.items.find((r) => r.year === y && r.measure === m)?.value ?? "–";
  const partial = new Set((out.coverage ?? []).filter((c) => c.partial).map((c) => c.year));
  return (
    `\n\nPosition in the triangle ${vertices.map((v) => out.names?.[v] ?? v).join("–")}: shares among these three only (barycentric weights; x, y with ${vertices[0]} at (0, 0), ${vertices[1]} at (1, 0))\n` +
    table(years, [
      {header: "year", value: (y) => (partial.has(y) ? `${y} (partial)` : y)},
      ...vertices.map((v) => ({header: v, value: (y: number) => at(y, v), right: true})),
      {header: "x", value: (y) => xy(y, "triangle_x"), right: true},
      {header: "y", value: (y) => xy(y, "triangle_y"), right: true}
    ])
  );
}

/** The latest measured year's sensitivity: the settings that move the entropy most, and those that change the headline. */
function sensitivityTable(out: MeasureOutput): string {
  const rows = out.items.filter((r) => r.measure === "entropy_change");
  if (rows.length === 0) return "";
  // The headline's year: the latest that is not partial (a partial year's sensitivity says little).
  const partial = new Set((out.coverage ?? []).filter((c) => c.partial).map((c) => c.year));
  const years = [...new Set(rows.map((r) => r.year))];
  const full = years.filter((y) => !partial.has(y));
  const year = Math.max(...(full.length ? full : years));
  const last = rows
    .filter((r) => r.year === year)
    .sort((a, b) => Math.abs(b.value ?? 0) - Math.abs(a.value ?? 0) || a.parameter!.localeCompare(b.parameter!));
  const s = out.stability?.find((x) => x.year === year);
  // Changes that round to zero print without a sign, so float noise cannot flip it.
  const fmt = (v: number | null) =>
    v === null ? "–" : Math.abs(v) < 0.00005 ? "0.0000" : `${v > 0 ? "+" : ""}${v.toFixed(4)}`;
  const flips = (p: string) =>
    s?.dominantFlips.some((f) => f.startsWith(`${p} `))
      ? "dominant changes"
      : s?.rankFlips.includes(p)
        ? "order changes"
        : "";
  const fragile = (out.stability ?? []).filter((x) => x.mark === "fragile").map((x) => x.year);
  return (
    `\n\nSensitivity in ${year}: each parameter moved alone to the ends of its range (${s?.settings ?? 0} settings); the 12 that move the entropy most\n` +
    table(last.slice(0, 12), [
      {header: "setting", value: (r) => r.parameter},
      {header: "entropy change", value: (r) => fmt(r.value), right: true},
      {header: "headline", value: (r) => flips(r.parameter!)}
    ]) +
    `\nYears whose dominant vector changes under some setting: ${fragile.length ? fragile.join(", ") : "none"}`
  );
}

/** `measure parameters`: every parameter with its default, range and meaning. */
function printParameters(json: boolean): void {
  if (json) return printJson(measureParameters());
  process.stdout.write(
    `Parameters of the balance and alignment (set with --param name=value or --params file; the sensitivity moves each over its range)\n` +
      table(measureParameters(), [
        {header: "name", value: (p) => p.name},
        {header: "default", value: (p) => p.default, right: true},
        {header: "range", value: (p) => `${p.min} – ${p.max}`, right: true},
        {header: "meaning", value: (p) => p.description, max: 110}
      ]) +
      "\n"
  );
}

/** `measure alignment|influence|relations|balance`: the measures as tables, JSON or CSV. */
export function registerMeasure(program: Command): void {
  const command = program
    .command("measure")
    .description(
      "measure the multi-vector balance: alignment (UN votes), influence (structural ties), relations (events), balance"
    )
    .argument("<measure>", [...MEASURE_NAMES, ...EVIDENCE_MEASURES, "parameters"].join(" | "))
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
    .option("--z <z>", "nowcast: band half-width in standard deviations (default 1.645, a 90% band)")
    .option(
      "--param <name=value>",
      "set a parameter (repeatable), such as mix=0.3 or metric.trade.half_saturation=5000; `multivector measure parameters` lists them",
      (v: string, prev: string[] = []) => [...prev, v]
    )
    .option("--params <file>", "read parameters from a file: a JSON object or name=value lines")
    .option(
      "--coverage <mode>",
      "observed (each year its own dimensions) | fixed | fixed:economic,security",
      "observed"
    )
    .option("--bloc-composition <rule>", "dated (members as of each date) | fixed:EU27", "dated")
    .option(
      "--dimensions <list>",
      "balance: the dimensions it may rest on, among economic,political,security (default) and events (the store's events)"
    )
    .option("--no-sensitivity", "skip the sensitivity analysis of the balance")
    .option(
      "--rule <rule>",
      "events, nowcast: reports of one happening are the reader's clusters (reader) or one dyad-day (dyad-day)"
    );
  withFormat(command).action(async (name: string, _o, command: Command) => {
    const opts = optionsOf<MeasureFlags>(command);
    if (name === "parameters") return printParameters(opts.json === true);
    if ((EVIDENCE_MEASURES as readonly string[]).includes(name)) {
      year("--from", opts.from);
      year("--to", opts.to);
      const params: Record<string, number> = opts.params ? readParamsFile(opts.params) : {};
      for (const p of opts.param ?? []) parseParam(params, p, "--param");
      return runEvidenceMeasure(name as EvidenceMeasure, opts, command, params);
    }
    if (!(MEASURE_NAMES as readonly string[]).includes(name)) {
      throw new UsageError(
        `Invalid measure "${name}": expected one of ${[...MEASURE_NAMES, ...EVIDENCE_MEASURES].join(", ")}, parameters`
      );
    }
    const params: Record<string, number> = opts.params ? readParamsFile(opts.params) : {};
    for (const p of opts.param ?? []) parseParam(params, p, "--param");
    const raw = {
      focal: opts.focal,
      vectors: opts.vectors,
      from: year("--from", opts.from),
      to: year("--to", opts.to),
      ...(opts.triangle !== undefined ? {triangle: opts.triangle} : {}),
      explain: opts.explain ?? false,
      params,
      ...(opts.coverage !== undefined ? {coverage: opts.coverage} : {}),
      ...(opts.blocComposition !== undefined ? {blocComposition: opts.blocComposition} : {}),
      ...(opts.dimensions !== undefined ? {dimensions: opts.dimensions} : {}),
      sensitivity: opts.sensitivity !== false
    };
    const server = servingServer(opts);
    const out = await (
      server
        ? apiGet<MeasureOutput>(server, `/api/measures/${name}`, {
            focal: raw.focal,
            vectors: Array.isArray(raw.vectors) ? raw.vectors.join(",") : raw.vectors,
            from: raw.from,
            to: raw.to,
            triangle: raw.triangle,
            explain: raw.explain ? "true" : undefined,
            coverage: raw.coverage,
            bloc_composition: raw.blocComposition,
            dimensions: raw.dimensions,
            sensitivity: raw.sensitivity ? undefined : "false",
            param: Object.entries(params).map(([k, v]) => `${k}=${v}`)
          })
        : withStore(opts, (s) => measure(s, name as MeasureName, raw))
    ).catch((e: unknown) => {
      if (e instanceof IssueError && e.issues.some((i: Issue) => i.path?.[0] === "param"))
        throw new UsageError(e.issues.map((i) => i.message).join("\n"));
      throw e;
    });
    for (const w of out.warnings) process.stderr.write(`warning: ${formatIssue(w)}\n`);
    await emit(opts, {
      name: "measures",
      items: out.items,
      json: measureJson(out),
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
