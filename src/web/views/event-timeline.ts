import * as Plot from "@observablehq/plot";
import type {Event} from "../../domain/index.js";
import {eventDate} from "../period-label.js";

const QUADS = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"] as const;

/** Events over time: one dot per event at its Goldstein weight, coloured by quad class. */
export function eventTimeline(events: readonly Event[], {width = 900}: {width?: number} = {}): Element {
  const rows = events.map((e) => ({
    ...e,
    at: new Date(`${e.date}T00:00:00Z`),
    quadLabel: QUADS[e.quad - 1] ?? String(e.quad)
  }));
  return Plot.plot({
    width,
    height: 220,
    marginLeft: 40,
    x: {type: "utc", label: null},
    y: {domain: [-10, 10], grid: true, label: "Goldstein"},
    color: {legend: true, domain: [...QUADS], range: ["#5dade2", "#1f5fa8", "#f0b27a", "#c0392b"]},
    marks: [
      Plot.ruleY([0], {stroke: "#aab2ba"}),
      Plot.dot(rows, {
        x: "at",
        y: "goldstein",
        fill: "quadLabel",
        r: 4,
        stroke: "#fff",
        className: "event-dots",
        tip: true,
        title: (d: Event) => `${eventDate(d)} ${d.source} → ${d.target} (${d.code})\n${d.label ?? d.sentence ?? ""}`
      })
    ]
  });
}
