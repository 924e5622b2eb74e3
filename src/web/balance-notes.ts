/**
 * What a balance or influence figure rests on, for people: the coverage of a year (dimensions,
 * metrics and how each was obtained), the breaks where that changes, the stability of a year's
 * headline, and the sources under a chart. Read tolerantly from the measures API's answer.
 *
 * @module
 */
import {h} from "./dom.js";

/** One metric of a year's coverage. */
export interface CoverageMetric {
  metric: string;
  dimension: string;
  provenance: string;
  sources: string[];
}

/** What one year rests on. */
export interface YearCoverage {
  year: number;
  dimensions: string[];
  metrics: CoverageMetric[];
  partial: boolean;
}

/** A change of coverage. */
export interface BreakNote {
  year: number;
  message: string;
}

/** How a year's headline holds over the sensitivity. */
export interface StabilityNote {
  year: number;
  mark: string;
  dominant: string;
  dominantFlips: string[];
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const strs = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === "string") : []);

/** The coverage, breaks, stability and per-year lead of a measures answer (empty lists when absent). */
export function balanceNotes(raw: unknown): {
  coverage: YearCoverage[];
  breaks: BreakNote[];
  stability: StabilityNote[];
  lead: {year: number; vector: string; value: number}[];
} {
  const o = isObj(raw) ? raw : {};
  const coverage = (Array.isArray(o.coverage) ? o.coverage : []).filter(isObj).map((c) => ({
    year: Number(c.year),
    dimensions: strs(c.dimensions),
    metrics: (Array.isArray(c.metrics) ? c.metrics : []).filter(isObj).map((m) => ({
      metric: String(m.metric),
      dimension: String(m.dimension),
      provenance: String(m.provenance),
      sources: strs(m.sources)
    })),
    partial: c.partial === true
  }));
  const breaks = (Array.isArray(o.breaks) ? o.breaks : [])
    .filter(isObj)
    .map((b) => ({year: Number(b.year), message: String(b.message)}));
  const stability = (Array.isArray(o.stability) ? o.stability : []).filter(isObj).map((s) => ({
    year: Number(s.year),
    mark: String(s.mark),
    dominant: String(s.dominant),
    dominantFlips: strs(s.dominantFlips)
  }));
  const lead = (Array.isArray(o.items) ? o.items : [])
    .filter(isObj)
    .filter((r) => r.measure === "lead" && typeof r.value === "number")
    .map((r) => ({year: Number(r.year), vector: String(r.vector), value: r.value as number}));
  return {coverage, breaks, stability, lead};
}

const PROVENANCE: Record<string, string> = {
  observed: "",
  mirror: "partner's report",
  carried_forward: "carried forward",
  interpolated: "interpolated",
  flagged: "flagged by a data check"
};

const METRIC: Record<string, string> = {
  trade: "trade",
  investment: "direct investment",
  migrants: "migrants",
  institutions: "institutions",
  un_alignment: "UN alignment",
  alliance: "alliances",
  defence_org: "defence organizations",
  arms: "arms imports"
};

/** "economic (trade, migrants: carried forward); political (institutions, UN alignment); …" */
export function coverageText(c: YearCoverage): string {
  if (c.dimensions.length === 0) return "no data";
  return c.dimensions
    .map((d) => {
      const ms = c.metrics
        .filter((m) => m.dimension === d)
        .map(
          (m) => `${METRIC[m.metric] ?? m.metric}${PROVENANCE[m.provenance] ? `: ${PROVENANCE[m.provenance]}` : ""}`
        );
      return `${d} (${ms.join(", ")})`;
    })
    .join("; ");
}

const SOURCE: Record<string, string> = {
  "dataset:cow-trade": "Correlates of War trade v4.0",
  "dataset:national-trade": "national trade statistics (BNS Kazakhstan, NSC Kyrgyzstan, stat.uz)",
  "dataset:imf-dip": "IMF Direct Investment Positions",
  "dataset:undesa-migrants": "UN DESA International Migrant Stock 2019",
  "dataset:un-idealpoints": "UN ideal points (Bailey, Strezhnev & Voeten)",
  "dataset:atop": "ATOP v5 alliances",
  "dataset:sipri": "SIPRI Arms Transfers Database"
};

/** The sources a range of years rests on, in words, for the line under a chart. */
export function sourcesLine(coverage: readonly YearCoverage[]): HTMLElement {
  const set = new Set<string>();
  let pack = false;
  for (const c of coverage)
    for (const m of c.metrics) {
      if (m.metric === "institutions" || m.metric === "defence_org") pack = true;
      for (const s of m.sources) set.add(SOURCE[s] ?? (s.startsWith("dataset:") ? s.slice(8) : "cited pack figures"));
    }
  if (pack) set.add("the knowledge pack's cited memberships");
  return h(
    "p",
    {class: "legend-note sources"},
    `Data: ${[...set].sort().join("; ") || "none"}. How each figure is built: docs/methods.md.`
  );
}

/** The breaks as a list (a move across a break may come from the data, not the world). */
export function breaksList(breaks: readonly BreakNote[]): HTMLElement | null {
  if (breaks.length === 0) return null;
  return h(
    "details",
    {class: "events breaks"},
    h(
      "summary",
      {},
      `${breaks.length} breaks in coverage (the inputs change: a move across one may come from the data)`
    ),
    h("ul", {}, ...breaks.map((b) => h("li", {}, b.message)))
  );
}
