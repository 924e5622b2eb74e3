/**
 * Indicator rows ("ties") indexed for fast lookups by dyad, direction, year and metric. Built once,
 * it serves the balance of every focal state.
 *
 * @module
 */

/** An indicator row as the measures read it (`partner` null for a state's total). */
export interface Tie {
  id: string;
  actor: string;
  partner: string | null;
  year: number;
  metric: string;
  value: number;
  unit?: string;
  /** cite_source: "dataset:cow-trade", a URL … */
  source: string;
  quote?: string;
}

/**
 * Ties indexed for fast lookups: build once, measure many focal states. Codes and metrics are
 * interned to small integers so that every key is a small integer (V8 hashes those fastest).
 */
export interface TieIndex {
  /** Actor code → small integer. */
  readonly codes: Map<string, number>;
  /** Raw metric → small integer. */
  readonly metrics: Map<string, number>;
  /** pairKey(a, b) → rowKey(year, metric, direction) → row. Direction 0: the row's actor has the smaller code. */
  readonly dyads: Map<number, Map<number, Tie>>;
  /** actorMetricKey(year, actor, metric) → total row. */
  readonly totals: Map<number, Tie>;
  /** actorMetricKey(year, actor, metric) → sum over partners, both directions. */
  readonly partnerSums: Map<number, number>;
  /** actorMetricKey(year, actor, metric) → sum of the rows with the actor as partner (what flows into it). */
  readonly intoSums: Map<number, number>;
  /** metric id → the years with any row of it (dataset extent: census years, first and last year). */
  readonly years: Map<number, Set<number>>;
  /** Rows of a second dataset for a dyad, direction, year and metric already held (for cross-checks): pairKey → rowKey → rows. */
  readonly shadowed: Map<number, Map<number, Tie[]>>;
}

const SLOTS = 2048;
const METRIC_SLOTS = 256;

/** The key of an unordered pair of codes. */
export function pairKey(a: number, b: number): number {
  return a < b ? a * SLOTS + b : b * SLOTS + a;
}

/** The key of a row of a pair: year, metric and direction (0 when the actor has the smaller code). */
export function rowKey(year: number, metric: number, actor: number, partner: number): number {
  return ((year - 1800) * METRIC_SLOTS + metric) * 2 + (actor < partner ? 0 : 1);
}

/** The key of an actor's figure in a year. */
export function actorMetricKey(year: number, a: number, metric: number): number {
  return ((year - 1800) * SLOTS + a) * METRIC_SLOTS + metric;
}

/** Converts a money figure to millions of US dollars from its unit ("USD million", "USD bn" …); other units pass unchanged. */
export function toMillions(value: number, unit: string | undefined): number {
  const u = (unit ?? "").toLowerCase();
  if (!/usd|\$|dollar/.test(u)) return value;
  if (/billion|\bbn\b/.test(u)) return value * 1000;
  if (/million|\bmn\b|\bm\b/.test(u)) return value;
  if (/thousand|\bk\b/.test(u)) return value / 1000;
  return value / 1e6;
}

const MONEY = /usd|\$|dollar/i;

/**
 * Indexes ties by dyad, direction and year. When several rows give the same dyad, direction, year and
 * metric, the first from a "dataset:" source wins (CoW up to 2014), otherwise the first (the pack's
 * figures after that).
 */
export function indexTies(ties: readonly Tie[]): TieIndex {
  const codes = new Map<string, number>();
  const metrics = new Map<string, number>();
  const dyads = new Map<number, Map<number, Tie>>();
  const totals = new Map<number, Tie>();
  const partnerSums = new Map<number, number>();
  const intoSums = new Map<number, number>();
  const years = new Map<number, Set<number>>();
  const shadowed = new Map<number, Map<number, Tie[]>>();
  const intern = (map: Map<string, number>, c: string, slots: number) => {
    let i = map.get(c);
    if (i === undefined) {
      if (map.size >= slots) throw new RangeError(`indexTies: more than ${slots} distinct values`);
      map.set(c, (i = map.size));
    }
    return i;
  };
  const prefer = (old: Tie | undefined, t: Tie) =>
    !old || (!old.source.startsWith("dataset:") && t.source.startsWith("dataset:"));
  const factors = new Map<string, number>();
  let lastActor = "";
  let lastA = -1;
  let lastM = -1;
  let lastMetric = "";
  for (const raw of ties) {
    let t = raw;
    if (raw.unit !== undefined) {
      let factor = factors.get(raw.unit);
      if (factor === undefined) factors.set(raw.unit, (factor = MONEY.test(raw.unit) ? toMillions(1, raw.unit) : 1));
      if (factor !== 1) t = {...raw, value: raw.value * factor};
    }
    const a = t.actor === lastActor ? lastA : (lastA = intern(codes, (lastActor = t.actor), SLOTS));
    const m = t.metric === lastMetric ? lastM : (lastM = intern(metrics, (lastMetric = t.metric), METRIC_SLOTS));
    let ys = years.get(m);
    if (!ys) years.set(m, (ys = new Set()));
    ys.add(t.year);
    if (t.partner === null) {
      const key = actorMetricKey(t.year, a, m);
      if (prefer(totals.get(key), t)) totals.set(key, t);
      continue;
    }
    if (t.partner === t.actor) continue;
    const b = intern(codes, t.partner, SLOTS);
    const pk = pairKey(a, b);
    let pair = dyads.get(pk);
    if (!pair) dyads.set(pk, (pair = new Map()));
    const key = rowKey(t.year, m, a, b);
    const old = pair.get(key);
    if (old && old.source !== t.source && old.source.startsWith("dataset:") && t.source.startsWith("dataset:")) {
      let sp = shadowed.get(pk);
      if (!sp) shadowed.set(pk, (sp = new Map()));
      (sp.get(key) ?? (sp.set(key, []), sp.get(key)!)).push(t);
    }
    if (prefer(old, t)) {
      pair.set(key, t);
      const delta = t.value - (old?.value ?? 0);
      const ka = actorMetricKey(t.year, a, m);
      const kb = actorMetricKey(t.year, b, m);
      partnerSums.set(ka, (partnerSums.get(ka) ?? 0) + delta);
      partnerSums.set(kb, (partnerSums.get(kb) ?? 0) + delta);
      intoSums.set(kb, (intoSums.get(kb) ?? 0) + delta);
    }
  }
  return {codes, metrics, dyads, totals, partnerSums, intoSums, years, shadowed};
}

/** The row from `a` to `b` (a as the row's actor) of a metric in a year, if any. */
export function rowFrom(index: TieIndex, year: number, metric: number, a: number, b: number): Tie | undefined {
  if (a < 0 || b < 0) return undefined;
  return index.dyads.get(pairKey(a, b))?.get(rowKey(year, metric, a, b));
}

/** Rows of other datasets shadowed by the row from `a` to `b` (same dyad, direction, year and metric). */
export function shadowedFrom(index: TieIndex, year: number, metric: number, a: number, b: number): readonly Tie[] {
  if (a < 0 || b < 0) return [];
  return index.shadowed.get(pairKey(a, b))?.get(rowKey(year, metric, a, b)) ?? [];
}
