import * as Plot from "@observablehq/plot";
import type {BalanceYear} from "../balance-data.js";
import {vectorColor} from "../colors.js";

/** Each vector's share of the focal state's ties per year; breaks in coverage as dashed rules. */
export function shareLines(
  years: readonly BalanceYear[],
  {width = 640, vectors, breaks = []}: {width?: number; vectors: readonly string[]; breaks?: readonly number[]}
): Element {
  const rows = years.flatMap((y) =>
    vectors.filter((v) => y.shares[v] !== undefined).map((v) => ({year: y.year, vector: v, share: y.shares[v]!}))
  );
  return Plot.plot({
    width,
    height: 240,
    marginLeft: 40,
    x: {tickFormat: "d", label: null},
    y: {percent: true, grid: true, label: "share of combined ties with the vectors shown (%)"},
    color: {legend: false, domain: vectors as string[], range: vectors.map(vectorColor)},
    marks: [
      Plot.ruleX(breaks, {stroke: "#8a949e", strokeDasharray: "4,3"}),
      Plot.lineY(rows, {x: "year", y: "share", stroke: "vector", strokeWidth: 2, tip: true})
    ]
  });
}
