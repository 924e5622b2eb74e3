import {vectorColor} from "../colors.js";
import {placeLabels, textWidth, type Box} from "../labels.js";

/** One year's position among three vectors: their shares (any scale; normalized over the three). */
export interface TrianglePoint {
  year: number;
  a: number;
  b: number;
  c: number;
}

/** Options for {@link triangle}. */
export interface TriangleOptions {
  /** The three vectors' codes, at the top, bottom left and bottom right corners. */
  labels: readonly [string, string, string];
  /** What the corners print (names); the codes when absent. */
  names?: readonly [string, string, string];
  /** Width in pixels (the height follows). Default 420. */
  width?: number;
  /**
   * Years resting on part of the metrics only (the other sources not yet published): drawn hollow and
   * dashed, joined by a dashed segment, and never the highlighted "latest" point.
   */
  partial?: readonly number[];
}

const DEFAULTS = {width: 420, margin: 34, grid: [0.2, 0.4, 0.6, 0.8]} as const;

/**
 * A ternary plot of the yearly path among three vectors: one circle per year (`data-year`), joined in time order.
 * Each point is the barycentre of the corners weighted by the three shares.
 */
export function triangle(data: readonly TrianglePoint[], options: TriangleOptions): SVGSVGElement {
  const width = options.width ?? DEFAULTS.width;
  const m = DEFAULTS.margin;
  const side = width - 2 * m;
  const tri = (side * Math.sqrt(3)) / 2;
  const height = tri + 2 * m + 8;
  const A = [width / 2, m] as const;
  const B = [m, m + tri] as const;
  const C = [width - m, m + tri] as const;
  const at = (a: number, b: number, c: number): [number, number] => {
    const s = a + b + c || 1;
    return [(a * A[0] + b * B[0] + c * C[0]) / s, (a * A[1] + b * B[1] + c * C[1]) / s];
  };
  const svg = el("svg", {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: "img",
    class: "triangle"
  }) as SVGSVGElement;
  const [la, lb, lc] = options.labels;
  svg.append(el("title", {}, `Position among ${la}, ${lb} and ${lc}, one point per year`));
  svg.append(el("path", {d: `M${A}L${B}L${C}Z`, fill: "#f7f9fb", stroke: "#8a949e"}));
  for (const g of DEFAULTS.grid) {
    for (const [p, q] of [
      [at(g, 1 - g, 0), at(g, 0, 1 - g)],
      [at(1 - g, g, 0), at(0, g, 1 - g)],
      [at(1 - g, 0, g), at(0, 1 - g, g)]
    ] as const) {
      svg.append(el("line", {x1: p[0], y1: p[1], x2: q[0], y2: q[1], stroke: "#e1e5e9"}));
    }
  }
  svg.append(
    el("circle", {cx: at(1, 1, 1)[0], cy: at(1, 1, 1)[1], r: 3, fill: "none", stroke: "#8a949e", class: "centre"})
  );
  const names = options.names ?? options.labels;
  const cornerBoxes: Box[] = [];
  const corner = (code: string, name: string, [x, y]: readonly [number, number], dy: number, anchor: string) => {
    const w = textWidth(name, 12, true);
    const left = anchor === "middle" ? x - w / 2 : anchor === "end" ? x - w : x;
    cornerBoxes.push([left, y + dy - 12, left + w, y + dy + 4]);
    svg.append(
      el(
        "text",
        {
          x,
          y: y + dy,
          "text-anchor": anchor,
          "font-weight": 700,
          "font-size": 12,
          fill: vectorColor(code),
          class: "corner",
          "data-code": code
        },
        name
      )
    );
  };
  corner(la, names[0], A, -10, "middle");
  corner(lb, names[1], B, 20, "start");
  corner(lc, names[2], C, 20, "end");
  const points = [...data].filter((d) => d.a + d.b + d.c > 0).sort((p, q) => p.year - q.year);
  const partial = new Set(options.partial ?? []);
  // The highlighted point is the latest full year: a partial year is not the latest measurement.
  const latest = points.filter((d) => !partial.has(d.year)).at(-1)?.year ?? points.at(-1)?.year;
  for (let i = 1; i < points.length; ++i) {
    const p = points[i - 1]!;
    const q = points[i]!;
    const dashed = partial.has(p.year) || partial.has(q.year);
    svg.append(
      el("path", {
        d: `M${at(p.a, p.b, p.c).join(",")}L${at(q.a, q.b, q.c).join(",")}`,
        fill: "none",
        stroke: "#5b6570",
        "stroke-width": 1.5,
        ...(dashed ? {"stroke-dasharray": "4,3"} : {}),
        class: dashed ? "path partial" : "path"
      })
    );
  }
  const labelled: {x: number; y: number; text: string; size: number; priority: number}[] = [];
  points.forEach((d, i) => {
    const [x, y] = at(d.a, d.b, d.c);
    const s = d.a + d.b + d.c;
    const last = d.year === latest;
    const part = partial.has(d.year);
    const dot = el("circle", {
      cx: x,
      cy: y,
      r: last ? 6 : 4,
      fill: last ? "#17202a" : "#fff",
      stroke: "#17202a",
      "stroke-width": 1.5,
      ...(part ? {"stroke-dasharray": "2,2"} : {}),
      "data-year": d.year,
      class: part ? "year partial" : last ? "year latest" : "year"
    });
    dot.append(
      el(
        "title",
        {},
        `${d.year}${part ? " (partial: some sources not yet published)" : ""}: ${names[0]} ${pc(d.a / s)}, ${names[1]} ${pc(d.b / s)}, ${names[2]} ${pc(d.c / s)} (shares among the three)`
      )
    );
    svg.append(dot);
    // The first and latest years first, then every fifth: where years crowd one spot, only those that fit are labelled.
    labelled.push({
      x,
      y,
      text: part ? `${d.year} partial` : String(d.year),
      size: 11,
      priority: last ? 3 : part ? 2 : i === 0 ? 2 : d.year % 5 === 0 ? 1 : 0
    });
  });
  // When the years crowd one spot (a path spanning under a quarter of the side), only the first, the latest
  // and the partial years are labelled: the tooltips and the table below give the others.
  const xs = labelled.map((l) => l.x);
  const ys = labelled.map((l) => l.y);
  const crowded =
    labelled.length > 0 && Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) < side / 4;
  for (const p of placeLabels(
    labelled.filter((l) => l.priority > (crowded ? 1 : 0)),
    {width, height, obstacles: cornerBoxes}
  ))
    svg.append(
      el(
        "text",
        {x: p.x, y: p.y, "text-anchor": p.anchor, "font-size": 11, fill: "#333", class: "year-label"},
        p.request.text
      )
    );
  return svg;
}

function pc(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e as SVGElement;
}
