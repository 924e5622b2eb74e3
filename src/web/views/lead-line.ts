import * as Plot from "@observablehq/plot";
import {vectorColor} from "../colors.js";

/**
 * The dominant vector's lead over the runner-up per year (share points), coloured by the dominant
 * vector, with breaks in coverage as dashed rules.
 */
export function leadLine(
  rows: readonly {year: number; vector: string; value: number}[],
  {width = 640, breaks = [], names = {}}: {width?: number; breaks?: readonly number[]; names?: Record<string, string>}
): Element {
  const vectors = [...new Set(rows.map((r) => r.vector))];
  return Plot.plot({
    width,
    height: 200,
    marginLeft: 40,
    x: {tickFormat: "d", label: null},
    y: {percent: true, grid: true, label: "lead of the dominant vector (points)"},
    color: {legend: false, domain: vectors, range: vectors.map(vectorColor)},
    marks: [
      Plot.ruleX(breaks, {stroke: "#8a949e", strokeDasharray: "4,3"}),
      Plot.lineY(rows, {x: "year", y: "value", stroke: "#17202a", strokeWidth: 1}),
      Plot.dot(rows, {
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
