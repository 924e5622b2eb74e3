import * as Plot from "@observablehq/plot";
import {vectorColor} from "../colors.js";

/** Positions by round of a bargaining run (round 0 = the inputs), with the predicted outcome as a rule. */
export function positionsChart(
  positions: readonly {round: number; actor: string; position: number}[],
  {predicted, title, width = 560}: {predicted: number; title: string; width?: number}
): Element {
  const actors = [...new Set(positions.map((p) => p.actor))];
  return Plot.plot({
    title,
    width,
    height: 260,
    marginLeft: 44,
    className: "positions-chart",
    x: {label: "round", tickFormat: "d", ticks: Math.max(...positions.map((p) => p.round)) + 1},
    y: {domain: [0, 100], label: "position on the issue scale (0–100)", grid: true},
    color: {domain: actors, range: actors.map(vectorColor), legend: true},
    marks: [
      Plot.ruleY([predicted], {stroke: "#222", strokeDasharray: "4,3"}),
      Plot.text([predicted], {y: (d: number) => d, x: 0, text: () => "predicted outcome", dy: -6, textAnchor: "start"}),
      Plot.lineY(positions, {x: "round", y: "position", stroke: "actor", strokeWidth: 2, className: "actor-line"}),
      Plot.dot(positions, {x: "round", y: "position", fill: "actor", r: 3})
    ]
  });
}
