import * as Plot from "@observablehq/plot";
import {vectorColor} from "../colors.js";

/** Quantiles over runs of one measure at one step (the Monte Carlo result's bands). */
export interface FanBand {
  t: number;
  measure: string;
  vector?: string;
  p05: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

/** Options for {@link fanChart}. */
export interface FanOptions {
  /** The measure to draw: "share" (one fan per vector) or a balance measure such as "entropy". */
  measure: string;
  /** Calendar year of step 0 (the x axis shows years when set). */
  startYear?: number;
  width?: number;
  height?: number;
  title?: string;
  /** Label of the y axis (default: the measure, in % for shares, entropy and HHI). */
  yLabel?: string;
  /** Draw a rule at 0 (effects: scenario − baseline). */
  zero?: boolean;
  /** Extra class on the chart (tests and styles). */
  className?: string;
}

/** A fan chart: the 5–95% and 25–75% bands over runs as areas, the median as a line, per vector for shares. */
export function fanChart(bands: readonly FanBand[], options: FanOptions): Element {
  const rows = bands
    .filter((b) => b.measure === options.measure)
    .map((b) => ({...b, x: (options.startYear ?? 0) + b.t, series: b.vector ?? b.measure}));
  const series = [...new Set(rows.map((r) => r.series))];
  const color =
    options.measure === "share"
      ? {domain: series, range: series.map(vectorColor), legend: true}
      : {domain: series, range: ["#1f5fa8"]};
  const percent = options.measure === "share" || options.measure === "hhi" || options.measure === "entropy";
  return Plot.plot({
    width: options.width ?? 560,
    height: options.height ?? 260,
    marginLeft: 44,
    ...(options.title ? {title: options.title} : {}),
    ...(options.className ? {className: options.className} : {}),
    x: {tickFormat: "d", label: options.startYear ? "year" : "years from the start"},
    y: {
      grid: true,
      ...(percent ? {percent: true} : {}),
      label: options.yLabel ?? (percent ? `${options.measure} (%)` : options.measure)
    },
    color,
    marks: [
      ...(options.zero ? [Plot.ruleY([0], {stroke: "#555", strokeDasharray: "3,3"})] : []),
      Plot.areaY(rows, {x: "x", y1: "p05", y2: "p95", fill: "series", fillOpacity: 0.14, className: "band-90"}),
      Plot.areaY(rows, {x: "x", y1: "p25", y2: "p75", fill: "series", fillOpacity: 0.3, className: "band-50"}),
      Plot.lineY(rows, {x: "x", y: "p50", stroke: "series", strokeWidth: 2, className: "median"}),
      Plot.tip(
        rows,
        Plot.pointerX({
          x: "x",
          y: "p50",
          title: (d: FanBand & {x: number; series: string}) => {
            const f = (v: number) => (percent ? `${(v * 100).toFixed(1)}` : v.toFixed(3));
            const unit = percent ? (options.zero ? " pp" : "%") : "";
            return `${d.series} ${d.x}: median ${f(d.p50)}${unit}, 50% of runs in ${f(d.p25)}–${f(d.p75)}, 90% in ${f(d.p05)}–${f(d.p95)}`;
          }
        })
      )
    ]
  });
}
