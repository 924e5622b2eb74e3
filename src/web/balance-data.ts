/**
 * Turns the measures API's answers into the rows the views draw. The API's exact field names are read
 * tolerantly (`shares` as a record or a list, `year` or `date`), so a view survives additive changes.
 *
 * @module
 */
import type {MeasureRecord} from "../domain/index.js";

/** One year of the focal state's balance. */
export interface BalanceYear {
  year: number;
  shares: Record<string, number>;
  entropy: number | undefined;
  hhi: number | undefined;
  dominant: string | undefined;
}

/** The latest shares per dimension: `{dimension, vector, share}` rows. */
export interface DimensionShare {
  dimension: string;
  vector: string;
  share: number;
}

export interface BalanceSeries {
  focal: string;
  vectors: string[];
  years: BalanceYear[];
  dimensions: DimensionShare[];
  /** The year each dimension's shares are from (the latest with data). */
  dimensionYears?: Record<string, number>;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const num = (x: unknown): number | undefined =>
  typeof x === "number" && Number.isFinite(x)
    ? x
    : typeof x === "string" && x !== "" && Number.isFinite(Number(x))
      ? Number(x)
      : undefined;

/** A record `{RUS: 0.4, …}` from a record or a list of `{vector|code|actor, share|value}`. */
export function sharesOf(x: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (Array.isArray(x)) {
    for (const r of x) {
      if (!isObj(r)) continue;
      const k = String(r.vector ?? r.code ?? r.actor ?? r.id ?? "");
      const v = num(r.share ?? r.value ?? r.weight);
      if (k && v !== undefined) out[k] = v;
    }
  } else if (isObj(x)) {
    for (const [k, v] of Object.entries(x)) {
      const n = num(isObj(v) ? (v.share ?? v.value) : v);
      if (n !== undefined) out[k] = n;
    }
  }
  return out;
}

function yearOf(r: Obj): number | undefined {
  const y = num(r.year) ?? num(r.t);
  if (y !== undefined) return y;
  const d = typeof r.date === "string" ? r.date : typeof r.period === "string" ? r.period : undefined;
  return d ? num(d.slice(0, 4)) : undefined;
}

function rowsOf(raw: unknown): unknown[] {
  if (Array.isArray(raw)) return raw;
  if (!isObj(raw)) return [];
  for (const k of ["years", "series", "items", "balance", "path", "rows"])
    if (Array.isArray(raw[k])) return raw[k] as unknown[];
  return [];
}

/** A tidy measure record, as GET /api/measures/:measure returns them (src/domain/measure-record.ts). */
export type {MeasureRecord};

function isTidy(raw: unknown): raw is {
  items: MeasureRecord[];
  query?: {vectors?: string[]; focal?: string};
  coverage?: {year: number; partial?: boolean}[];
} {
  return (
    isObj(raw) &&
    Array.isArray(raw.items) &&
    raw.items.length > 0 &&
    isObj(raw.items[0]) &&
    typeof raw.items[0].measure === "string"
  );
}

/** Balance from tidy records: combined shares, entropy and HHI (vector "*"), the dominant vector, and per-dimension shares. */
function balanceFromTidy(
  raw: {
    items: MeasureRecord[];
    query?: {vectors?: string[]; focal?: string};
    coverage?: {year: number; partial?: boolean}[];
  },
  focal: string,
  vectors: string[]
): BalanceSeries {
  const byYear = new Map<number, BalanceYear>();
  const year = (y: number) => {
    let r = byYear.get(y);
    if (!r) byYear.set(y, (r = {year: y, shares: {}, entropy: undefined, hhi: undefined, dominant: undefined}));
    return r;
  };
  const dimShares = new Map<number, DimensionShare[]>();
  for (const r of raw.items) {
    if (r.value === null || !Number.isFinite(r.value)) continue;
    const y = year(r.year);
    if (r.measure === "share" && (r.dimension === undefined || r.dimension === "combined"))
      y.shares[r.vector] = r.value;
    else if (r.measure === "share" && r.dimension)
      dimShares.set(r.year, [
        ...(dimShares.get(r.year) ?? []),
        {dimension: r.dimension, vector: r.vector, share: r.value}
      ]);
    else if (r.measure === "entropy") y.entropy = r.value;
    else if (r.measure === "hhi") y.hhi = r.value;
    else if (r.measure === "dominant") y.dominant = r.vector;
  }
  const years = [...byYear.values()]
    .filter((y) => Object.keys(y.shares).length > 0 || y.entropy !== undefined)
    .sort((a, b) => a.year - b.year);
  // Each dimension from the latest year that has it (dimensions' data end in different years), skipping
  // partial years (a year resting on half the metrics or fewer: 2024's security is the CSTO alone, which
  // would draw as 100% Russia) unless the dimension has no other year.
  const partial = new Set(
    (Array.isArray(raw.coverage) ? raw.coverage : []).filter((c) => c.partial).map((c) => c.year)
  );
  const latestFirst = [...dimShares.keys()].sort((a, b) => b - a);
  const ordered = [...latestFirst.filter((y) => !partial.has(y)), ...latestFirst.filter((y) => partial.has(y))];
  const dimensions: DimensionShare[] = [];
  const dimensionYears: Record<string, number> = {};
  for (const y of ordered) {
    for (const d of dimShares.get(y)!) {
      if (dimensionYears[d.dimension] === undefined) dimensionYears[d.dimension] = y;
      if (dimensionYears[d.dimension] === y) dimensions.push(d);
    }
  }
  return {focal: raw.query?.focal ?? focal, vectors: raw.query?.vectors ?? vectors, years, dimensions, dimensionYears};
}

/** Normalizes GET /api/measures/balance. */
export function normalizeBalance(raw: unknown, {focal, vectors}: {focal: string; vectors: string[]}): BalanceSeries {
  if (isTidy(raw)) return balanceFromTidy(raw, focal, vectors);
  const years: BalanceYear[] = [];
  for (const r of rowsOf(raw)) {
    if (!isObj(r)) continue;
    const year = yearOf(r);
    if (year === undefined) continue;
    const bal = isObj(r.balance) ? r.balance : r;
    years.push({
      year,
      shares: sharesOf(bal.shares ?? bal.vectors ?? bal.share),
      entropy: num(bal.entropy ?? bal.normalizedEntropy ?? bal.evenness),
      hhi: num(bal.hhi ?? bal.concentration),
      dominant: typeof bal.dominant === "string" ? bal.dominant : undefined
    });
  }
  years.sort((a, b) => a.year - b.year);
  const dims: DimensionShare[] = [];
  const rawDims = isObj(raw) ? (raw.dimensions ?? raw.byDimension ?? raw.current) : undefined;
  const lastRow = rowsOf(raw).at(-1);
  const source = rawDims ?? (isObj(lastRow) ? (lastRow.byDimension ?? lastRow.dimensions) : undefined);
  if (isObj(source)) {
    for (const [dimension, shares] of Object.entries(source)) {
      for (const [vector, share] of Object.entries(
        sharesOf(isObj(shares) && "shares" in shares ? shares.shares : shares)
      ))
        dims.push({dimension, vector, share});
    }
  } else if (Array.isArray(source)) {
    for (const r of source) {
      if (!isObj(r)) continue;
      const dimension = String(r.dimension ?? "");
      if (!dimension) continue;
      if (r.vector !== undefined) {
        const share = num(r.share ?? r.value);
        if (share !== undefined) dims.push({dimension, vector: String(r.vector), share});
      } else {
        for (const [vector, share] of Object.entries(sharesOf(r.shares))) dims.push({dimension, vector, share});
      }
    }
  }
  const seen = new Set<string>(vectors);
  for (const y of years) for (const k of Object.keys(y.shares)) seen.add(k);
  const outVectors = isObj(raw) && Array.isArray(raw.vectors) ? (raw.vectors as unknown[]).map(String) : [...seen];
  return {
    focal: isObj(raw) && typeof raw.focal === "string" ? raw.focal : focal,
    vectors: outVectors,
    years,
    dimensions: dims
  };
}

/** One vector's influence over the focal state in a year. */
export interface InfluenceRow {
  year: number;
  vector: string;
  value: number;
}

/** Normalizes GET /api/measures/influence into `{year, vector, value}` rows (the total over dimensions). */
export function normalizeInfluence(raw: unknown): InfluenceRow[] {
  const out = new Map<string, InfluenceRow>();
  const add = (year: number, vector: string, value: number) => {
    const k = `${year}|${vector}`;
    const r = out.get(k);
    if (r) r.value += value;
    else out.set(k, {year, vector, value});
  };
  if (isTidy(raw)) {
    const combined = raw.items.some((r) => r.measure === "influence" && r.dimension === "combined");
    for (const r of raw.items) {
      if (r.measure !== "influence" || r.value === null || !Number.isFinite(r.value)) continue;
      if (combined ? r.dimension === "combined" : true) add(r.year, r.vector, r.value);
    }
    return [...out.values()].sort((a, b) => a.year - b.year || a.vector.localeCompare(b.vector));
  }
  for (const r of rowsOf(raw)) {
    if (!isObj(r)) continue;
    const year = yearOf(r);
    if (year === undefined) continue;
    const vector = r.vector ?? r.source ?? r.actor ?? r.code;
    if (typeof vector === "string") {
      const v = num(r.total ?? r.influence ?? r.value ?? r.share ?? r.score);
      if (v !== undefined) {
        if (r.dimension !== undefined && r.total === undefined) add(year, vector, v);
        else if (!out.has(`${year}|${vector}`)) add(year, vector, v);
      }
    } else {
      const shares = sharesOf(r.influence ?? r.vectors ?? r.shares ?? r.values);
      for (const [k, v] of Object.entries(shares)) add(year, k, v);
    }
  }
  return [...out.values()].sort((a, b) => a.year - b.year || a.vector.localeCompare(b.vector));
}
