import * as Plot from "@observablehq/plot";
import type {BalanceYear} from "../balance-data.js";
import {vectorColor} from "../colors.js";

/** Each vector's share of the focal state's ties per year. */
export function shareLines(
  years: readonly BalanceYear[],
  {width = 640, vectors}: {width?: number; vectors: readonly string[]}
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
    marks: [Plot.lineY(rows, {x: "year", y: "share", stroke: "vector", strokeWidth: 2, tip: true})]
  });
}
