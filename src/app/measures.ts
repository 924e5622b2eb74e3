/**
 * The measures use case shared by `multivector measure …` and GET /api/measures/*: validates the
 * query against the store (actors, period, vectors), reads the votes, indicators and events it
 * needs, and runs the pure measures.
 *
 * @module
 */
import {IssueError, type Issue} from "../domain/index.js";
import {
  alignment,
  balanceSeries,
  blocMembersAt,
  DEFAULT_BLOCS,
  indexTies,
  influence,
  relationRecords,
  type Evidence,
  type MeasureRecord,
  type TieIndex
} from "../measure/index.js";
import type {Store} from "../store/index.js";
import {resolveActorCode} from "./catalog.js";

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
}

/** A resolved query. */
export interface MeasureQuery {
  focal: string;
  vectors: string[];
  from: number;
  to: number;
  triangle?: [string, string, string];
  explain: boolean;
}

/** What every measure returns: tidy records, warnings (years without data …) and, when asked, evidence. */
export interface MeasureOutput {
  measure: MeasureName;
  query: MeasureQuery;
  items: MeasureRecord[];
  warnings: Issue[];
  evidence?: Evidence[];
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
  return {focal, vectors, from, to, ...(triangle ? {triangle} : {}), explain: raw.explain ?? false};
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

function output(
  name: MeasureName,
  query: MeasureQuery,
  r: {records: MeasureRecord[]; warnings: Issue[]; evidence?: Evidence[]}
): MeasureOutput {
  return {
    measure: name,
    query,
    items: r.records,
    warnings: r.warnings,
    ...(query.explain ? {evidence: r.evidence ?? []} : {})
  };
}

/** Countries whose votes the alignment needs: the focal state, the vectors and the blocs' members over the period. */
function voteCountries(q: MeasureQuery): string[] {
  const set = new Set([q.focal, ...q.vectors]);
  for (const v of q.vectors)
    for (const m of DEFAULT_BLOCS[v] ?? [])
      if (m.from <= `${q.to}-12-31` && (!m.to || m.to >= `${q.from}-01-01`)) set.add(m.member);
  return [...set];
}

/** UN General Assembly alignment between the focal state and each vector, by year and issue. */
export async function measureAlignment(store: Store, q: MeasureQuery): Promise<MeasureOutput> {
  const votes = await store.indicators.listVotes({countries: voteCountries(q), from: q.from, to: q.to});
  const issues = await store.indicators.listRollCallIssues({from: q.from, to: q.to});
  return output(
    "alignment",
    q,
    alignment(votes, {focal: q.focal, vectors: q.vectors, from: q.from, to: q.to, issues, explain: q.explain})
  );
}

/** Reads and indexes the structural ties of one focal state (or of all states when `focal` is absent). */
export async function loadTieIndex(
  store: Store,
  {focal, from, to}: {focal?: string; from: number; to: number}
): Promise<TieIndex> {
  const ties = await store.indicators.listTies({...(focal ? {actors: [focal]} : {}), from, to});
  return indexTies(ties);
}

/** Structural influence capacity of each vector over the focal state. */
export async function measureInfluence(store: Store, q: MeasureQuery): Promise<MeasureOutput> {
  const index = await loadTieIndex(store, q);
  return output(
    "influence",
    q,
    influence(index, {focal: q.focal, vectors: q.vectors, from: q.from, to: q.to, explain: q.explain})
  );
}

/** The balance of the focal state over its vectors, year by year. */
export async function measureBalance(store: Store, q: MeasureQuery): Promise<MeasureOutput> {
  const index = await loadTieIndex(store, q);
  return output(
    "balance",
    q,
    balanceSeries(index, {
      focal: q.focal,
      vectors: q.vectors,
      from: q.from,
      to: q.to,
      explain: q.explain,
      ...(q.triangle ? {triangle: q.triangle} : {})
    })
  );
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

/** Members of a bloc at a date (for explanations and the dashboard). */
export function blocMembers(bloc: string, date: string): string[] {
  const members = DEFAULT_BLOCS[bloc];
  return members ? blocMembersAt(members, date) : [];
}
