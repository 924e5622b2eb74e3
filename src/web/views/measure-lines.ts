import * as Plot from "@observablehq/plot";
import type {BalanceYear} from "../balance-data.js";

/** A dated marker drawn as a vertical rule (January 2022, February 2022 …). */
export interface Marker {
  date: string;
  label: string;
}

/** Options for {@link measureLines}. */
export interface MeasureLinesOptions {
  width?: number;
  height?: number;
  markers?: readonly Marker[];
  /** Years resting on part of the metrics only: drawn dashed with hollow points (not a shift). */
  partial?: readonly number[];
}

const DEFAULTS = {width: 640, height: 260} as const;

const yearDate = (y: number) => new Date(Date.UTC(y, 0, 1));

/** Entropy (evenness, 0–1) and HHI (concentration) per year, with key events as rules; partial years dashed and hollow. */
export function measureLines(years: readonly BalanceYear[], options: MeasureLinesOptions = {}): Element {
  const rows = years.flatMap((y) => [
    ...(y.entropy !== undefined
      ? [{date: yearDate(y.year), year: y.year, measure: "Entropy (evenness)", value: y.entropy}]
      : []),
    ...(y.hhi !== undefined
      ? [{date: yearDate(y.year), year: y.year, measure: "HHI (concentration)", value: y.hhi}]
      : [])
  ]);
  const partial = options.partial ?? [];
  const full = rows.filter((r) => !partial.includes(r.year));
  const lastFull = Math.max(...full.map((r) => r.year));
  const tail = rows.filter((r) => partial.includes(r.year) || r.year === lastFull);
  const first = years[0]?.year ?? 2000;
  const last = years.at(-1)?.year ?? 2025;
  const markers = (options.markers ?? [])
    .map((m) => ({...m, at: new Date(`${m.date}T00:00:00Z`)}))
    .filter((m) => m.at.getUTCFullYear() >= first);
  // The x axis runs to the latest event, so recent events show even when the measures stop earlier.
  const end = new Date(Math.max(yearDate(last + 1).getTime(), ...markers.map((m) => m.at.getTime())));
  return Plot.plot({
    width: options.width ?? DEFAULTS.width,
    height: options.height ?? DEFAULTS.height,
    marginLeft: 40,
    y: {domain: [0, 1], grid: true, label: "index"},
    x: {type: "utc", label: null, domain: [yearDate(first), end]},
    color: {legend: true, domain: ["Entropy (evenness)", "HHI (concentration)"], range: ["#1f5fa8", "#c0392b"]},
    marks: [
      Plot.ruleX(markers, {x: "at", stroke: "#b0b7be", strokeDasharray: "3,3", className: "event-markers"}),
      Plot.dot(markers, {
        x: "at",
        y: 1,
        fill: "#5b6570",
        r: 3,
        title: (d: Marker) => `${d.date}: ${d.label}`,
        className: "event-markers"
      }),
      Plot.lineY(full, {x: "date", y: "value", stroke: "measure", strokeWidth: 2, marker: "circle-stroke"}),
      ...(partial.length > 0
        ? [
            Plot.lineY(tail, {x: "date", y: "value", stroke: "measure", strokeWidth: 2, strokeDasharray: "3,3"}),
            Plot.dot(
              rows.filter((r) => partial.includes(r.year)),
              {x: "date", y: "value", stroke: "measure", fill: "white", r: 3.5, className: "partial"}
            )
          ]
        : []),
      Plot.tip(
        rows,
        Plot.pointerX({
          x: "date",
          y: "value",
          stroke: "measure",
          title: (d: {year: number; measure: string; value: number}) => `${d.year} ${d.measure}: ${d.value.toFixed(3)}`
        })
      )
    ]
  });
}
