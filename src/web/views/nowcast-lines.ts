import * as Plot from "@observablehq/plot";
import {vectorColor} from "../colors.js";

/** One month of the nowcast as the API sends it (`detail.months`). */
export interface NowcastMonthView {
  month: string;
  shares: Record<string, number>;
  low: Record<string, number>;
  high: Record<string, number>;
  carried: boolean;
}

/**
 * The structural shares by year (solid, each year drawn at its mid-point) and, after the last structural
 * year, the NOWCAST month by month (dashed, with its band), separated by a labelled rule.
 */
export function nowcastLines(
  structural: readonly {year: number; shares: Record<string, number | undefined>}[],
  months: readonly NowcastMonthView[],
  {width = 640, vectors, anchorYear}: {width?: number; vectors: readonly string[]; anchorYear: number}
): Element {
  const years = structural.filter((y) => y.year >= anchorYear - 5 && y.year <= anchorYear);
  const solid = years.flatMap((y) =>
    vectors
      .filter((v) => y.shares[v] !== undefined)
      .map((v) => ({date: new Date(Date.UTC(y.year, 6, 1)), vector: v, share: y.shares[v]!}))
  );
  const date = (m: string) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 15));
  const now = months.flatMap((m) =>
    vectors.map((v) => ({
      date: date(m.month),
      vector: v,
      share: m.shares[v] ?? 0,
      low: m.low[v] ?? 0,
      high: m.high[v] ?? 0,
      carried: m.carried
    }))
  );
  const boundary = new Date(Date.UTC(anchorYear + 1, 0, 1));
  return Plot.plot({
    width,
    height: 260,
    marginLeft: 40,
    x: {type: "utc", label: null},
    y: {percent: true, grid: true, label: "share (%)"},
    color: {legend: false, domain: vectors as string[], range: vectors.map(vectorColor)},
    marks: [
      Plot.areaY(now, {x: "date", y1: "low", y2: "high", fill: "vector", fillOpacity: 0.12}),
      Plot.lineY(solid, {x: "date", y: "share", stroke: "vector", strokeWidth: 2}),
      Plot.lineY(now, {x: "date", y: "share", stroke: "vector", strokeWidth: 2, strokeDasharray: "4,3", tip: true}),
      Plot.ruleX([boundary], {stroke: "#555", strokeDasharray: "2,2"}),
      Plot.text([boundary], {
        x: (d: Date) => d,
        frameAnchor: "top",
        dx: 4,
        textAnchor: "start",
        text: () => "nowcast →"
      })
    ]
  });
}
