import * as Plot from "@observablehq/plot";
import {vectorColor} from "../colors.js";

/**
 * The dominant vector's lead over the runner-up per year (share points), coloured by the dominant
 * vector, with breaks in coverage as dashed rules; partial years dashed with hollow points.
 */
export function leadLine(
  rows: readonly {year: number; vector: string; value: number}[],
  {
    width = 640,
    breaks = [],
    names = {},
    partial = []
  }: {width?: number; breaks?: readonly number[]; names?: Record<string, string>; partial?: readonly number[]}
): Element {
  const vectors = [...new Set(rows.map((r) => r.vector))];
  const isPartial = (r: {year: number}) => partial.includes(r.year);
  const full = rows.filter((r) => !isPartial(r));
  const lastFull = Math.max(...full.map((r) => r.year));
  const tail = rows.filter((r) => isPartial(r) || r.year === lastFull);
  return Plot.plot({
    width,
    height: 200,
    marginLeft: 40,
    x: {tickFormat: "d", label: null},
    y: {percent: true, grid: true, label: "lead of the dominant vector (points)"},
    color: {legend: false, domain: vectors, range: vectors.map(vectorColor)},
    marks: [
      Plot.ruleX(breaks, {stroke: "#8a949e", strokeDasharray: "4,3"}),
      Plot.lineY(full, {x: "year", y: "value", stroke: "#17202a", strokeWidth: 1}),
      ...(partial.length > 0
        ? [Plot.lineY(tail, {x: "year", y: "value", stroke: "#17202a", strokeWidth: 1, strokeDasharray: "3,3"})]
        : []),
      Plot.dot(rows.filter(isPartial), {
        x: "year",
        y: "value",
        stroke: "vector",
        fill: "white",
        r: 3.5,
        className: "partial",
        title: (r: {year: number; vector: string; value: number}) =>
          `${r.year} (partial: some sources not yet published): ${names[r.vector] ?? r.vector} leads by ${(100 * r.value).toFixed(1)} points`
      }),
      Plot.dot(full, {
        x: "year",
        y: "value",
        fill: "vector",
        r: 3,
        title: (r: {year: number; vector: string; value: number}) =>
          `${r.year}: ${names[r.vector] ?? r.vector} leads by ${(100 * r.value).toFixed(1)} points`
      })
    ]
  });
}
