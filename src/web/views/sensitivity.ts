import * as Plot from "@observablehq/plot";

/** One input's Sobol' indices for one output (the API's sensitivity result). */
export interface SensitivityBar {
  key: string;
  label: string;
  group: boolean;
  first: number;
  total: number;
}

/**
 * A ranked chart of what drives one output: a bar per input for its total Sobol' index (its share of the output's
 * variance over runs, with interactions), a tick for its first-order index (alone); groups (the hedge rule) in
 * another colour.
 */
export function sensitivityChart(
  indices: readonly SensitivityBar[],
  {title, width = 560}: {title: string; width?: number}
): Element {
  const rows = indices
    .filter((i) => i.total >= 0.005 || i.group)
    .map((i) => ({
      ...i,
      total: Math.max(0, i.total),
      first: Math.max(0, i.first),
      kind: i.group ? "group of inputs" : "input"
    }));
  return Plot.plot({
    title,
    width,
    height: 40 + 22 * rows.length,
    marginLeft: 260,
    className: "sensitivity-chart",
    x: {domain: [0, 100], percent: true, label: "share of the variance over runs (%)", grid: true},
    y: {label: null, domain: rows.sort((a, b) => b.total - a.total).map((r) => r.label)},
    color: {domain: ["input", "group of inputs"], range: ["#1f5fa8", "#c2571a"], legend: true},
    marks: [
      Plot.barX(rows, {x: "total", y: "label", fill: "kind", fillOpacity: 0.75, className: "total-index"}),
      Plot.tickX(rows, {x: "first", y: "label", stroke: "#222", strokeWidth: 2, className: "first-index"}),
      Plot.tip(
        rows,
        Plot.pointerY({
          x: "total",
          y: "label",
          title: (d: SensitivityBar) =>
            `${d.label}: total ${(d.total * 100).toFixed(0)}% (with interactions), first order ${(d.first * 100).toFixed(0)}% (alone)`
        })
      )
    ]
  });
}
