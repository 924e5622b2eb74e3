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
    x: {tickFormat: options.startYear ? "d" : undefined, label: options.startYear ? null : "step"},
    y: {grid: true, ...(percent ? {percent: true, label: `${options.measure} (%)`} : {label: options.measure})},
    color,
    marks: [
      Plot.areaY(rows, {x: "x", y1: "p05", y2: "p95", fill: "series", fillOpacity: 0.14, className: "band-90"}),
      Plot.areaY(rows, {x: "x", y1: "p25", y2: "p75", fill: "series", fillOpacity: 0.3, className: "band-50"}),
      Plot.lineY(rows, {x: "x", y: "p50", stroke: "series", strokeWidth: 2, className: "median"}),
      Plot.tip(
        rows,
        Plot.pointerX({
          x: "x",
          y: "p50",
          title: (d: FanBand & {x: number; series: string}) =>
            `${d.series} ${d.x}: median ${(d.p50 * 100).toFixed(1)}%, 50% in ${(d.p25 * 100).toFixed(1)}–${(d.p75 * 100).toFixed(1)}, 90% in ${(d.p05 * 100).toFixed(1)}–${(d.p95 * 100).toFixed(1)}`
        })
      )
    ]
  });
}
