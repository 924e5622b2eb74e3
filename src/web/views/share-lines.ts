import * as Plot from "@observablehq/plot";
import type {BalanceYear} from "../balance-data.js";
import {vectorColor} from "../colors.js";

/**
 * Each vector's share of the focal state's ties per year; breaks in coverage as dashed rules; partial
 * years (resting on half the metrics or fewer) drawn dashed with hollow points, so that a jump into
 * them is not read as a shift.
 */
export function shareLines(
  years: readonly BalanceYear[],
  {
    width = 640,
    vectors,
    breaks = [],
    partial = []
  }: {width?: number; vectors: readonly string[]; breaks?: readonly number[]; partial?: readonly number[]}
): Element {
  const rows = years.flatMap((y) =>
    vectors.filter((v) => y.shares[v] !== undefined).map((v) => ({year: y.year, vector: v, share: y.shares[v]!}))
  );
  const isPartial = (year: number) => partial.includes(year);
  const full = rows.filter((r) => !isPartial(r.year));
  const lastFull = Math.max(...full.map((r) => r.year));
  const tail = rows.filter((r) => isPartial(r.year) || r.year === lastFull);
  return Plot.plot({
    width,
    height: 240,
    marginLeft: 40,
    x: {tickFormat: "d", label: null},
    y: {percent: true, grid: true, label: "share of combined ties with the vectors shown (%)"},
    color: {legend: false, domain: vectors as string[], range: vectors.map(vectorColor)},
    marks: [
      Plot.ruleX(breaks, {stroke: "#8a949e", strokeDasharray: "4,3"}),
      Plot.lineY(full, {x: "year", y: "share", stroke: "vector", strokeWidth: 2, tip: true}),
      ...(partial.length > 0
        ? [
            Plot.lineY(tail, {x: "year", y: "share", stroke: "vector", strokeWidth: 2, strokeDasharray: "3,3"}),
            Plot.dot(
              rows.filter((r) => isPartial(r.year)),
              {
                x: "year",
                y: "share",
                stroke: "vector",
                fill: "white",
                r: 3.5,
                className: "partial",
                title: (r: {year: number}) => `${r.year}: partial`
              }
            )
          ]
        : [])
    ]
  });
}
