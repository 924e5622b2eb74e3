/**
 * Legends: one component for every encoding a chart uses (colour, line, dot, line width with its
 * scale, dash), so no mark is left unexplained. A legend is HTML beside the SVG: it wraps at any
 * width and never overlaps the chart's labels.
 *
 * @module
 * @example
 * ```ts
 * slot.append(chart, legend("Vectors", vectors.map((v) => ({label: actorName(v), color: vectorColor(v)}))));
 * slot.append(legend("Line width: influence over Kazakhstan (0–1)", widthEntries([0.1, 0.3, 0.6], (x) => 1 + 10 * x)));
 * ```
 */
import {h} from "./dom.js";

/** One entry of a legend. */
export interface LegendEntry {
  label: string;
  /** Fill or stroke colour. */
  color?: string;
  /** How the mark is drawn: a square swatch (default), a line, a dot, a dashed line. */
  shape?: "swatch" | "line" | "dot" | "dash" | "ring";
  /** Line width or dot radius, in pixels, when the size encodes something. */
  size?: number;
  /** A note after the label ("of combined ties"). */
  note?: string;
}

const SVG = "http://www.w3.org/2000/svg";

function mark(e: LegendEntry): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  const size = e.size ?? (e.shape === "dot" || e.shape === "ring" ? 5 : 3);
  const w = e.shape === "line" || e.shape === "dash" ? 28 : Math.max(12, 2 * size + 2);
  const hgt = Math.max(12, e.shape === "dot" || e.shape === "ring" ? 2 * size + 2 : size + 4);
  svg.setAttribute("width", String(w));
  svg.setAttribute("height", String(hgt));
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", "legend-mark");
  const color = e.color ?? "#555";
  let el: SVGElement;
  if (e.shape === "line" || e.shape === "dash") {
    el = document.createElementNS(SVG, "line");
    el.setAttribute("x1", "1");
    el.setAttribute("x2", String(w - 1));
    el.setAttribute("y1", String(hgt / 2));
    el.setAttribute("y2", String(hgt / 2));
    el.setAttribute("stroke", color);
    el.setAttribute("stroke-width", String(size));
    if (e.shape === "dash") el.setAttribute("stroke-dasharray", "4 3");
  } else if (e.shape === "dot" || e.shape === "ring") {
    el = document.createElementNS(SVG, "circle");
    el.setAttribute("cx", String(w / 2));
    el.setAttribute("cy", String(hgt / 2));
    el.setAttribute("r", String(size));
    el.setAttribute("fill", e.shape === "ring" ? "none" : color);
    el.setAttribute("stroke", color);
  } else {
    el = document.createElementNS(SVG, "rect");
    el.setAttribute("x", "1");
    el.setAttribute("y", String((hgt - 10) / 2));
    el.setAttribute("width", "10");
    el.setAttribute("height", "10");
    el.setAttribute("rx", "2");
    el.setAttribute("fill", color);
  }
  svg.append(el);
  return svg;
}

/** A titled legend: one entry per encoding value. `data-legend` names it for tests. */
export function legend(title: string, entries: readonly LegendEntry[]): HTMLElement {
  return h(
    "div",
    {class: "legend", role: "group", "aria-label": title, "data-legend": title},
    h("span", {class: "legend-title"}, title),
    ...entries.map((e) =>
      h(
        "span",
        {class: "legend-entry"},
        mark(e),
        h("span", {}, e.label),
        e.note ? h("span", {class: "legend-note"}, ` ${e.note}`) : null
      )
    )
  );
}

/** Entries for a line-width scale: one sample line per value, drawn at the width the chart uses. */
export function widthEntries(
  values: readonly number[],
  width: (value: number) => number,
  format: (value: number) => string = (v) => String(v),
  color = "#555"
): LegendEntry[] {
  return values.map((v) => ({label: format(v), color, shape: "line" as const, size: width(v)}));
}
