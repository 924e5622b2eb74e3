/**
 * Coverage and breaks: what each year's figure rests on, and the years where that changes.
 *
 * @module
 */
import type {Break, Coverage, MetricCoverage, Provenance} from "../domain/index.js";

/** Precedence when one metric's vectors were obtained differently: the weakest provenance names the metric. */
const RANK: Readonly<Record<Provenance, number>> = {
  observed: 0,
  mirror: 1,
  carried_forward: 2,
  interpolated: 3,
  flagged: 4
};

/** The weaker of two provenances. */
export function weakest(a: Provenance, b: Provenance): Provenance {
  return RANK[a] >= RANK[b] ? a : b;
}

function key(m: MetricCoverage): string {
  return `${m.dimension}:${m.metric}`;
}

/** The datasets a metric rests on (sorted), leaving out cited pack facts and the store's events, whose labels vary by year. */
function datasets(m: MetricCoverage | undefined): string[] {
  return m ? [...new Set(m.sources.filter((x) => x.startsWith("dataset:")))].sort() : [];
}

/**
 * The breaks in a coverage sequence (sorted by year, consecutive years): one record per year whose
 * dimensions, metrics, provenance or datasets differ from the year before (a move between observed and
 * interpolated is not one: census-year stocks interpolated in between are one series). A year without any coverage (a null
 * figure) after one with coverage is a break too, and so is the year data resumes.
 */
export function coverageBreaks(coverage: readonly Coverage[]): Break[] {
  const out: Break[] = [];
  for (let i = 1; i < coverage.length; ++i) {
    const a = coverage[i - 1]!;
    const b = coverage[i]!;
    const am = new Map(a.metrics.map((m) => [key(m), m]));
    const bm = new Map(b.metrics.map((m) => [key(m), m]));
    const addedDims = b.dimensions.filter((d) => !a.dimensions.includes(d));
    const removedDims = a.dimensions.filter((d) => !b.dimensions.includes(d));
    const added = [...addedDims, ...[...bm.keys()].filter((k) => !am.has(k) && !addedDims.includes(k.split(":")[0]!))];
    const removed = [
      ...removedDims,
      ...[...am.keys()].filter((k) => !bm.has(k) && !removedDims.includes(k.split(":")[0]!))
    ];
    const changed: string[] = [];
    for (const [k, m] of bm) {
      const old = am.get(k);
      // A stock interpolated between censuses is one continuous series: observed ↔ interpolated is no break.
      const continuous = [old?.provenance, m.provenance].every((p) => p === "observed" || p === "interpolated");
      if (old && old.provenance !== m.provenance && !continuous)
        changed.push(`${k} ${old.provenance} → ${m.provenance}`);
      // A metric that passes from one dataset to another (CoW trade to a national statistics office)
      // is a break too: the two need not agree on the level (the data checks compare them).
      const was = datasets(old);
      const now = datasets(m);
      if (old && was.length > 0 && now.length > 0 && was.join() !== now.join())
        changed.push(`${k} ${was.join("+")} → ${now.join("+")}`);
    }
    if (added.length === 0 && removed.length === 0 && changed.length === 0) continue;
    const parts: string[] = [];
    if (added.length) {
      const from = added
        .map((r) => bm.get(r) ?? b.metrics.find((m) => m.dimension === r))
        .filter((m): m is MetricCoverage => m !== undefined)
        .flatMap((m) => datasets(m));
      parts.push(
        `${added.join(", ")} ${added.length === 1 ? "enters" : "enter"}${from.length ? ` (from ${[...new Set(from)].join(", ")})` : ""}`
      );
    }
    if (removed.length) {
      const why = removed
        .map((r) => am.get(r) ?? a.metrics.find((m) => m.dimension === r))
        .filter((m): m is MetricCoverage => m !== undefined)
        .flatMap((m) => m.sources);
      parts.push(
        `${removed.join(", ")} ${removed.length === 1 ? "leaves" : "leave"}${why.length ? ` (last data in ${a.year}: ${[...new Set(why)].join(", ")})` : ""}`
      );
    }
    if (changed.length) parts.push(changed.join(", "));
    if (b.dimensions.length === 0) parts.push("no data: the figure is null");
    out.push({year: b.year, added, removed, changed, message: `${b.year}: ${parts.join("; ")}`});
  }
  return out;
}

/**
 * Marks the partial years in place: a year after the best-covered years that rests on half the
 * metrics or fewer (the other sources have not published it yet: 2024). One rule for the balance and
 * the influence, so the overview, the triangle and the map name the same years.
 */
export function markPartialYears(coverage: Coverage[]): void {
  const most = Math.max(0, ...coverage.map((c) => c.metrics.length));
  const full = coverage.filter((c) => c.metrics.length === most).map((c) => c.year);
  if (full.length === 0) return;
  const lastFull = Math.max(...full);
  for (const c of coverage)
    if (c.year > lastFull && c.dimensions.length > 0 && c.metrics.length <= most / 2) c.partial = true;
}
