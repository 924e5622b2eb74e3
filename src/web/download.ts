/**
 * Every chart downloadable: as SVG, as PNG and its data as CSV. {@link chartTools} returns the row of
 * buttons to put under a chart; the SVG is serialised with the styles it is drawn with, the PNG
 * rendered from it at twice the size, the CSV written from the rows the chart was drawn from.
 *
 * @module
 * @example
 * ```ts
 * const svg = triangle(points, {labels});
 * slot.append(svg, chartTools("triangle-KAZ", {svg: () => svg, data: () => points}));
 * ```
 */
import {h} from "./dom.js";

/** A chart's data: records (their keys are the columns) or explicit columns and rows. */
export type ChartData = readonly object[] | {columns: readonly string[]; rows: readonly unknown[][]};

/** Where {@link chartTools} finds the chart and its data when a button is pressed. */
export interface ChartSource {
  /** The SVG to save (the first <svg> under an element is taken when an element is given). */
  svg: () => Element | null | undefined;
  data: () => ChartData;
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = Array.isArray(v) ? v.join(";") : typeof v === "object" ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Data as CSV: a header, then one line per row; no value is an empty cell. */
export function dataToCsv(data: ChartData): string {
  let columns: readonly string[];
  let rows: readonly unknown[][];
  if (Array.isArray(data)) {
    const records = data as readonly Record<string, unknown>[];
    columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
    rows = records.map((r) => columns.map((c) => r[c]));
  } else ({columns, rows} = data as {columns: readonly string[]; rows: readonly unknown[][]});
  return [columns.map(cell).join(","), ...rows.map((r) => r.map(cell).join(","))].join("\n") + "\n";
}

const STYLE_PROPS = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "paint-order"
];

/** The SVG as a standalone file: namespaces, size, a white background and each element's computed style inlined. */
export function svgText(source: Element): string {
  // A Plot figure holds small legend swatches too: the chart is its largest <svg>.
  const area = (e: SVGSVGElement) => e.getBoundingClientRect().width * e.getBoundingClientRect().height;
  const svg =
    source instanceof SVGSVGElement
      ? source
      : ([...source.querySelectorAll("svg")].sort((p, q) => area(q) - area(p))[0] ?? null);
  if (!svg) throw new Error("No chart to save");
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [clone, ...clone.querySelectorAll("*")];
  originals.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`)
      .filter((s) => !s.endsWith(":"))
      .join(";");
    copies[i]!.setAttribute("style", style);
  });
  const box = svg.getBoundingClientRect();
  const width = svg.getAttribute("width") ?? String(Math.round(box.width));
  const height = svg.getAttribute("height") ?? String(Math.round(box.height));
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", width);
  clone.setAttribute("height", height);
  if (!clone.getAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const bg = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", "#fff");
  clone.insertBefore(bg, clone.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}

function save(blob: Blob, file: string): void {
  const url = URL.createObjectURL(blob);
  const a = h("a", {href: url, download: file});
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Renders SVG text to a PNG at `scale` times its size. */
export async function svgToPng(text: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([text], {type: "image/svg+xml"}));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("The chart could not be drawn as an image"));
      img.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(img.width * scale));
    canvas.height = Math.max(1, Math.round(img.height * scale));
    const ctx = canvas.getContext("2d")!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png")
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The row of download buttons for one chart: "SVG", "PNG", "Data (CSV)". `name` becomes the file names. */
export function chartTools(name: string, source: ChartSource): HTMLElement {
  const file = name.replace(/[^\w.-]+/g, "-");
  const status = h("span", {class: "chart-tools-status", role: "status"});
  const run = (f: () => Promise<void> | void) => async () => {
    status.textContent = "";
    try {
      await f();
    } catch (e) {
      status.textContent = (e as Error).message;
    }
  };
  const svgOf = () => {
    const el = source.svg();
    if (!el) throw new Error("No chart to save");
    return svgText(el);
  };
  return h(
    "div",
    {class: "chart-tools", "data-chart-tools": name},
    h(
      "button",
      {
        type: "button",
        class: "secondary",
        "data-download": "svg",
        "aria-label": `Download ${name} as SVG`,
        onclick: run(() => save(new Blob([svgOf()], {type: "image/svg+xml"}), `${file}.svg`))
      },
      "SVG"
    ),
    h(
      "button",
      {
        type: "button",
        class: "secondary",
        "data-download": "png",
        "aria-label": `Download ${name} as PNG`,
        onclick: run(async () => save(await svgToPng(svgOf()), `${file}.png`))
      },
      "PNG"
    ),
    h(
      "button",
      {
        type: "button",
        class: "secondary",
        "data-download": "csv",
        "aria-label": `Download the data of ${name} as CSV`,
        onclick: run(() => save(new Blob([dataToCsv(source.data())], {type: "text/csv"}), `${file}.csv`))
      },
      "Data (CSV)"
    ),
    status
  );
}
