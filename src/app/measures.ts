/**
 * The measures use case shared by `multivector measure …` and GET /api/measures/*: validates the
 * query against the store (actors, period, vectors), reads the votes, indicators and events it
 * needs, and runs the pure measures.
 *
 * @module
 */
import {
  IssueError,
  type Break,
  type Coverage,
  type Issue,
  type MetricCoverage,
  type Parameter,
  type ParameterValues,
  type Stability
} from "../domain/index.js";
import {
  ALL_DIMENSIONS,
  alignment,
  balanceSeries,
  DIMENSIONS,
  blocMembersAt,
  checkParams,
  describeParams,
  DEFAULT_BLOCS,
  EU_MEMBERS,
  indexTies,
  influence,
  relationRecords,
  resolveParams,
  type Blocs,
  type CoverageMode,
  type Evidence,
  type MeasureRecord,
  type MembershipSpan,
  type Tie,
  type TieIndex
} from "../measure/index.js";
import type {Store} from "../store/index.js";
import {resolveActorCode} from "./catalog.js";
import {balanceEventEvidence, loadBalanceEvents} from "./event-inputs.js";
import {blocsOf, computeStructural, EU27_FIXED, measureJson, output, type StructuralInputs} from "./measure-panel.js";

export {blocsOf, EU27_FIXED, measureJson};

/** The four measures. */
export const MEASURE_NAMES = ["alignment", "influence", "relations", "balance"] as const;
export type MeasureName = (typeof MEASURE_NAMES)[number];

/** Defaults of a measure query. */
export const MEASURE_DEFAULTS = {
  focal: "KAZ",
  vectors: ["RUS", "CHN", "USA", "EU", "TUR"],
  from: 1992,
  to: 2024
} as const;

/** A measure query as typed by a person (CLI flags, query string). */
export interface RawMeasureQuery {
  focal?: string;
  /** Comma-separated codes or aliases. */
  vectors?: string;
  from?: number;
  to?: number;
  /** Three comma-separated vectors for the balance triangle. */
  triangle?: string;
  explain?: boolean;
  /** Parameter values by name (`--param name=value`, a parameters file, `param=name=value`). */
  params?: ParameterValues;
  /** "observed" (default), "fixed" (every dimension) or "fixed:economic,security". */
  coverage?: string;
  /** "dated" (default: members as of each date) or "fixed:EU27" (today's 27 members in every year). */
  blocComposition?: string;
  /** Run the sensitivity analysis (balance). Defaults to true. */
  sensitivity?: boolean;
  /** Comma-separated dimensions of the balance: economic, political, security (the default) and events. */
  dimensions?: string;
}

/** A resolved query. */
export interface MeasureQuery {
  focal: string;
  vectors: string[];
  from: number;
  to: number;
  triangle?: [string, string, string];
  explain: boolean;
  /** The parameters set (the output's `parameters` lists every one with the value used). */
  params: ParameterValues;
  coverage: CoverageMode;
  blocComposition: "dated" | "fixed:EU27";
  sensitivity: boolean;
  /** The dimensions the balance may rest on (economic, political, security when absent; events when asked). */
  dimensions?: string[];
}

/** What every measure returns: tidy records, warnings (years without data …) and, when asked, evidence. */
export interface MeasureOutput {
  measure: MeasureName;
  query: MeasureQuery;
  items: MeasureRecord[];
  warnings: Issue[];
  evidence?: Evidence[];
  /** Per year, what the figures rest on (balance, influence). */
  coverage?: Coverage[];
  /** Each change of coverage (balance). */
  breaks?: Break[];
  /** Every parameter with the value used. */
  parameters?: Parameter[];
  /** Per year, how the headline holds over the sensitivity (balance). */
  stability?: Stability[];
  /** Names of the focal state and the vectors, for people. */
  names?: Record<string, string>;
}

/**
 * Resolves a code: an actor of the store (code or alias, with "did you mean" on a miss), or else a
 * code the datasets know (any state with UN votes or indicators, and the blocs).
 */
async function resolveCode(store: Store, query: string, field: string): Promise<string> {
  try {
    return await resolveActorCode(store, query, {field});
  } catch (e) {
    const code = query.trim().toUpperCase();
    if (e instanceof IssueError && /^[A-Z]{2,4}$/.test(code)) {
      if (DEFAULT_BLOCS[code]) return code;
      if (await store.indicators.knowsCode(code)) return code;
    }
    throw e;
  }
}

function fail(code: string, message: string, field: string): never {
  throw new IssueError([{code, message, path: [field]}]);
}

/** Validates and resolves a query; throws an {@link IssueError} naming the field on bad input. */
export async function resolveMeasureQuery(store: Store, raw: RawMeasureQuery): Promise<MeasureQuery> {
  const from = raw.from ?? MEASURE_DEFAULTS.from;
  const to = raw.to ?? MEASURE_DEFAULTS.to;
  if (from > to) fail("bad_period", `Invalid period: from "${from}" is after to "${to}"`, "from");
  const focal = await resolveCode(store, raw.focal ?? MEASURE_DEFAULTS.focal, "focal");
  const list =
    raw.vectors === undefined
      ? [...MEASURE_DEFAULTS.vectors]
      : raw.vectors
          .split(",")
          .map((s) => s.trim())
          .filter((s) => s !== "");
  if (list.length === 0)
    fail(
      "empty_vectors",
      `Invalid vectors "${raw.vectors ?? ""}": expected at least one actor code, such as RUS,CHN,USA`,
      "vectors"
    );
  const vectors: string[] = [];
  for (const v of list) {
    const code = await resolveCode(store, v, "vectors");
    if (code === focal)
      fail(
        "focal_in_vectors",
        `Invalid vectors "${raw.vectors}": the focal state "${focal}" cannot be one of its own vectors`,
        "vectors"
      );
    if (!vectors.includes(code)) vectors.push(code);
  }
  let triangle: [string, string, string] | undefined;
  if (raw.triangle !== undefined) {
    const t = raw.triangle
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
    if (t.length !== 3)
      fail(
        "bad_triangle",
        `Invalid triangle "${raw.triangle}": expected three vectors, such as RUS,CHN,USA`,
        "triangle"
      );
    const codes: string[] = [];
    for (const v of t) codes.push(await resolveCode(store, v, "triangle"));
    const missing = codes.filter((c) => !vectors.includes(c));
    if (missing.length > 0)
      fail(
        "bad_triangle",
        `Invalid triangle "${raw.triangle}": "${missing[0]}" is not one of the vectors ${vectors.join(",")}`,
        "triangle"
      );
    if (new Set(codes).size !== 3)
      fail("bad_triangle", `Invalid triangle "${raw.triangle}": expected three different vectors`, "triangle");
    triangle = codes as [string, string, string];
  }
  const params = raw.params ?? {};
  const bad = checkParams(params);
  if (bad.length > 0) throw new IssueError(bad);
  const dimensions =
    raw.dimensions === undefined
      ? [...DIMENSIONS]
      : raw.dimensions
          .split(",")
          .map((d) => d.trim())
          .filter((d) => d !== "");
  const badDims = dimensions.filter((d) => !(ALL_DIMENSIONS as readonly string[]).includes(d));
  if (dimensions.length === 0 || badDims.length > 0)
    fail(
      "bad_dimensions",
      `Invalid dimensions "${raw.dimensions ?? ""}": expected a comma-separated list of ${ALL_DIMENSIONS.join(", ")}${badDims.length ? `, found "${badDims[0]}"` : ""}`,
      "dimensions"
    );
  let coverage: CoverageMode = {mode: "observed"};
  const cov = (raw.coverage ?? "observed").trim();
  if (cov === "fixed") coverage = {mode: "fixed", dimensions: [...new Set(dimensions)]};
  else if (cov.startsWith("fixed:")) {
    const dims = cov
      .slice(6)
      .split(",")
      .map((d) => d.trim())
      .filter((d) => d !== "");
    const unknown = dims.filter((d) => !dimensions.includes(d));
    if (dims.length === 0 || unknown.length > 0)
      fail(
        "bad_coverage",
        `Invalid coverage "${cov}": expected "observed", "fixed" or "fixed:" with dimensions among ${dimensions.join(", ")} (the --dimensions)`,
        "coverage"
      );
    coverage = {mode: "fixed", dimensions: dims};
  } else if (cov !== "observed")
    fail(
      "bad_coverage",
      `Invalid coverage "${cov}": expected "observed", "fixed" or "fixed:economic,security"`,
      "coverage"
    );
  const bc = (raw.blocComposition ?? "dated").trim();
  if (bc !== "dated" && bc !== "fixed:EU27")
    fail(
      "bad_bloc_composition",
      `Invalid bloc composition "${bc}": expected "dated" or "fixed:EU27"`,
      "blocComposition"
    );
  return {
    focal,
    vectors,
    from,
    to,
    ...(triangle ? {triangle} : {}),
    explain: raw.explain ?? false,
    params,
    coverage,
    blocComposition: bc,
    sensitivity: raw.sensitivity ?? true,
    // Echoed only when set (the default is the three structural dimensions).
    ...(raw.dimensions !== undefined ? {dimensions: [...new Set(dimensions)]} : {})
  };
}

/** Runs one measure for a resolved query. */
export async function runMeasure(store: Store, name: MeasureName, q: MeasureQuery): Promise<MeasureOutput> {
  switch (name) {
    case "alignment":
      return measureAlignment(store, q);
    case "influence":
      return measureInfluence(store, q);
    case "relations":
      return measureRelations(store, q);
    case "balance":
      return measureBalance(store, q);
  }
}

/** Validates the raw query and runs the measure: the one call the CLI and the API make. */
export async function measure(store: Store, name: MeasureName, raw: RawMeasureQuery): Promise<MeasureOutput> {
  return runMeasure(store, name, await resolveMeasureQuery(store, raw));
}

/** Names of the focal state and the vectors from the store's actors (the code when unknown). */
export async function namesOf(store: Store, q: MeasureQuery): Promise<Record<string, string>> {
  const codes = [q.focal, ...q.vectors];
  const rows = await store.catalog.listActors({codes});
  const names: Record<string, string> = Object.fromEntries(codes.map((c) => [c, c]));
  for (const r of rows) names[r.code] = r.name;
  return names;
}

/** The pack's memberships of organizations, for the institution metrics. */
export async function loadMembershipSpans(store: Store): Promise<MembershipSpan[]> {
  return (await store.catalog.listMemberships()).map((m) => ({
    actor: m.actor,
    org: m.org,
    role: m.role,
    from: m.from,
    ...(m.to ? {to: m.to} : {}),
    source: m.citation.source
  }));
}

/** Countries whose votes the alignment needs: the focal state, the vectors and the blocs' members over the period. */
function voteCountries(q: MeasureQuery): string[] {
  const set = new Set([q.focal, ...q.vectors]);
  for (const v of q.vectors)
    for (const m of blocsOf(q.blocComposition)[v] ?? [])
      if (m.from <= `${q.to}-12-31` && (!m.to || m.to >= `${q.from}-01-01`)) set.add(m.member);
  return [...set];
}

/** UN General Assembly alignment between the focal state and each vector, by year and issue. */
export async function measureAlignment(store: Store, q: MeasureQuery): Promise<MeasureOutput> {
  const votes = await store.indicators.listVotes({countries: voteCountries(q), from: q.from, to: q.to});
  const issues = await store.indicators.listRollCallIssues({from: q.from, to: q.to});
  const params = resolveParams(q.params);
  const ties = await store.indicators.listTies({
    actors: voteCountries(q),
    // The year before the window too: the first year's change needs it.
    from: q.from - 1,
    to: q.to,
    metrics: ["un_idealpoint", "un_idealpoint_votes"],
    quotes: false
  });
  const n = new Map(
    ties.filter((t) => t.metric === "un_idealpoint_votes").map((t) => [`${t.actor}|${t.year}`, t.value])
  );
  const idealPoints = ties
    .filter((t) => t.metric === "un_idealpoint")
    .map((t) => ({country: t.actor, year: t.year, value: t.value, n: n.get(`${t.actor}|${t.year}`) ?? 0}));
  const r = alignment(votes, {
    focal: q.focal,
    vectors: q.vectors,
    from: q.from,
    to: q.to,
    issues,
    explain: q.explain,
    blocs: blocsOf(q.blocComposition),
    minN: params["alignment.min_n"]!,
    idealPoints
  });
  return {...output("alignment", q, r), names: await namesOf(store, q)};
}

/** Reads and indexes the structural ties of one focal state (or of all states when `focal` is absent). */
export async function loadTieIndex(
  store: Store,
  options: {focal?: string; vectors?: readonly string[]; from: number; to: number}
): Promise<TieIndex> {
  return indexTies(await loadTies(store, options));
}

/**
 * The structural ties of one focal state (or of all states when `focal` is absent) that the measures of
 * the period read: the focal state's rows, and the vectors' (and their members') monadic rows such as
 * ideal points; a margin of years for rolling windows and hole checks.
 */
export async function loadTies(
  store: Store,
  {focal, vectors, from, to}: {focal?: string; vectors?: readonly string[]; from: number; to: number}
): Promise<Tie[]> {
  const ties = await store.indicators.listTies({
    ...(focal ? {actors: [focal]} : {}),
    from: from - 10,
    to: to + 4
  });
  if (focal && vectors) {
    const others = new Set<string>();
    for (const v of vectors) {
      others.add(v);
      for (const m of EU27_FIXED[v] ?? []) others.add(m.member);
      for (const m of DEFAULT_BLOCS[v] ?? []) others.add(m.member);
    }
    const extra = await store.indicators.listTies({
      actors: [...others],
      from: from - 10,
      to: to + 4,
      metrics: ["un_idealpoint", "un_idealpoint_votes"]
    });
    const seen = new Set(ties.map((t) => t.id));
    for (const t of extra) if (t.partner === null && !seen.has(t.id)) ties.push(t);
  }
  return ties;
}

/** The inputs of the structural measures (balance, influence) for a query. */
export async function loadStructuralInputs(store: Store, q: MeasureQuery): Promise<StructuralInputs> {
  return {
    index: await loadTieIndex(store, q),
    memberships: await loadMembershipSpans(store),
    ...(usesEvents(q) ? {events: await loadBalanceEvents(store, q)} : {})
  };
}

/** Structural influence capacity of each vector over the focal state. */
export async function measureInfluence(store: Store, q: MeasureQuery): Promise<MeasureOutput> {
  const r = computeStructural("influence", await loadStructuralInputs(store, q), q);
  return {...output("influence", q, r), names: await namesOf(store, q)};
}

/** The balance of the focal state over its vectors, year by year. */
export async function measureBalance(store: Store, q: MeasureQuery): Promise<MeasureOutput> {
  const inputs = await loadStructuralInputs(store, q);
  const r = computeStructural("balance", inputs, q);
  if (inputs.events && q.explain) {
    // Each change the event dimension makes traces to the clusters and documents behind it.
    const e = await balanceEventEvidence(store, q);
    r.evidence = [...(r.evidence ?? []), ...e.evidence];
    r.warnings.push(...e.warnings);
  }
  return {...output("balance", q, r), names: await namesOf(store, q)};
}

/** Whether a query's balance rests on the event dimension. */
export function usesEvents(q: Pick<MeasureQuery, "dimensions">): boolean {
  return q.dimensions?.includes("events") ?? false;
}

/** Event relations per directed dyad and month, from the events in the store. */
export async function measureRelations(store: Store, q: MeasureQuery): Promise<MeasureOutput> {
  const cells = await store.events.relationsByMonth({
    focal: q.focal,
    vectors: q.vectors,
    from: `${q.from}-01-01`,
    to: `${q.to}-12-31`
  });
  const r = relationRecords(cells, q);
  if (!q.explain) return output("relations", q, r);
  const evidence: Evidence[] = [];
  for (const c of cells) {
    for (const e of await store.events.relationEvidence({source: c.source, target: c.target, month: c.month})) {
      evidence.push({
        vector: c.source === q.focal ? c.target : c.source,
        year: Number(c.month.slice(0, 4)),
        month: c.month,
        kind: "event",
        ref: e.id,
        source: e.sourceId,
        value: e.goldstein,
        detail: `${e.date} ${c.source}→${c.target} CAMEO ${e.code} (Goldstein ${e.goldstein}, quad ${e.quad})${e.sentence ? `: "${e.sentence}"` : ""}${e.url ? ` ${e.url}` : ""}`
      });
    }
  }
  return output("relations", q, {...r, evidence});
}

/** One dimension's shares at a scenario's starting point, with where they come from. */
export interface DimensionStart {
  dimension: string;
  /** The latest year up to the asked year in which the dimension was measured (a partial year only when no complete one is). */
  year: number;
  /** Each vector's share of the focal state's ties with the vectors in this dimension (sum 1). */
  shares: Record<string, number>;
  /** The metrics behind the shares, how each was obtained and its sources (dataset names, citations). */
  metrics: MetricCoverage[];
  /** The indicator rows behind the shares (with `explain`). */
  rows?: number;
}

/** Starting points for a scenario: per dimension (and combined) the latest measured shares with their provenance. */
export interface BalanceStart {
  focal: string;
  vectors: string[];
  /** The year asked for; each dimension may come from an earlier year (see `dimensions[].year`). */
  year: number;
  dimensions: DimensionStart[];
  /** The combined shares of the latest year (≤ `year`) with a combined figure, and that year. */
  combined: {year: number; shares: Record<string, number>; partial: boolean} | null;
  parameters: Parameter[];
  warnings: Issue[];
}

/**
 * The balance at a scenario's starting point (for h12's scenario lab and `simulate`): for a focal
 * state, its vectors and a year, each dimension's shares in the latest year up to `year` that has
 * them, with the metrics and sources behind them. Looks back at most `lookback` years (default 10). A partial
 * year is skipped while a complete one is within the lookback (a warning says when none is).
 */
export async function balanceStartingPoint(
  store: Store,
  raw: {
    focal: string;
    vectors?: string;
    year: number;
    params?: ParameterValues;
    lookback?: number;
    /** Count the indicator rows behind each dimension's shares. */
    explain?: boolean;
  }
): Promise<BalanceStart> {
  const q = await resolveMeasureQuery(store, {
    focal: raw.focal,
    ...(raw.vectors !== undefined ? {vectors: raw.vectors} : {}),
    from: raw.year - (raw.lookback ?? 10),
    to: raw.year,
    ...(raw.params ? {params: raw.params} : {}),
    ...(raw.explain ? {explain: true} : {}),
    sensitivity: false
  });
  const out = await measureBalance(store, q);
  // A partial year (resting on half the metrics or fewer: the other sources are not yet published) is no
  // starting point while a complete year is within the lookback: its shares come from what happens to be out first.
  const partialYears = new Set((out.coverage ?? []).filter((c) => c.partial).map((c) => c.year));
  const warnings: Issue[] = [...out.warnings];
  const latest = (years: number[], what: string): number | undefined => {
    if (years.length === 0) return undefined;
    const complete = years.filter((y) => !partialYears.has(y));
    if (complete.length > 0) return Math.max(...complete);
    const y = Math.max(...years);
    warnings.push({
      code: "partial_start",
      path: ["year"],
      message: `The ${what} starting point of ${q.focal} comes from ${y}, a partial year (no complete year in the ${raw.lookback ?? 10} years before ${raw.year})`
    });
    return y;
  };
  const dimensions: DimensionStart[] = [];
  for (const dimension of ["economic", "political", "security"]) {
    const year = latest(
      out.items
        .filter((r) => r.measure === "share" && r.dimension === dimension && r.value !== null)
        .map((r) => r.year),
      dimension
    );
    if (year === undefined) continue;
    const shares = Object.fromEntries(
      out.items
        .filter((r) => r.measure === "share" && r.dimension === dimension && r.year === year)
        .map((r) => [r.vector, r.value ?? 0])
    );
    const cov = out.coverage?.find((c) => c.year === year);
    dimensions.push({
      dimension,
      year,
      shares,
      metrics: (cov?.metrics ?? []).filter((m) => m.dimension === dimension),
      ...(raw.explain
        ? {rows: (out.evidence ?? []).filter((e) => e.dimension === dimension && e.year === year).length}
        : {})
    });
  }
  const cy = latest(
    out.items.filter((r) => r.measure === "share" && r.dimension === "combined").map((r) => r.year),
    "combined"
  );
  return {
    focal: q.focal,
    vectors: q.vectors,
    year: raw.year,
    dimensions,
    combined:
      cy === undefined
        ? null
        : {
            year: cy,
            shares: Object.fromEntries(
              out.items
                .filter((r) => r.measure === "share" && r.dimension === "combined" && r.year === cy)
                .map((r) => [r.vector, r.value ?? 0])
            ),
            partial: out.coverage?.find((c) => c.year === cy)?.partial ?? false
          },
    parameters: out.parameters ?? [],
    warnings
  };
}

/** Every parameter of the measures with its default, range and meaning. */
export function measureParameters(): Parameter[] {
  return describeParams(resolveParams());
}

/** Members of a bloc at a date (for explanations and the dashboard). */
export function blocMembers(bloc: string, date: string): string[] {
  const members = DEFAULT_BLOCS[bloc];
  return members ? blocMembersAt(members, date) : [];
}
