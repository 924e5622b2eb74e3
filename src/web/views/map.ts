import {geoConicEqualArea, geoPath, geoGraticule10, type GeoPermissibleObjects} from "d3";
import type {Feature, FeatureCollection, Geometry} from "geojson";
import {vectorColor} from "../colors.js";
import {placeLabels, type Box} from "../labels.js";

/** A point actor on the map. */
export interface MapActor {
  code: string;
  name: string;
  lat: number;
  lon: number;
}

/** Options for {@link regionMap}. */
export interface RegionMapOptions {
  /** Countries (GeoJSON from world-atlas via topojson-client). */
  countries: FeatureCollection<Geometry, {name: string}>;
  /** The focal state (its name is matched against the countries' names to shade it). */
  focal: MapActor;
  /** Influence of each vector in the chosen year; the line's width follows it. */
  influence: readonly {vector: MapActor; value: number}[];
  /** Corridors as ordered lists of actors. */
  corridors: readonly {id: string; name: string; kind: string; points: readonly MapActor[]}[];
  width?: number;
  /** The largest influence the line widths are scaled to (default: the largest drawn), so years compare. */
  maxInfluence?: number;
}

/** Corridor colours, in corridor order (the legend repeats them with the names). */
export const CORRIDOR_COLORS = ["#148f77", "#6c3483", "#b9770e", "#2874a6", "#943126", "#1e8449", "#5d6d7e", "#af601a"];

/** The dash of a corridor's line by its kind: dotted pipelines, dashed land and sea routes. */
export function corridorDash(kind: string): string {
  return kind === "pipeline" ? "2,3" : "7,4";
}

/** The width of a vector's line for an influence value, on a scale whose widest line is `max`. */
export function influenceWidth(value: number, max: number): number {
  return 1 + (DEFAULTS.maxStroke - 1) * Math.max(0, value / Math.max(1e-9, max));
}

const DEFAULTS = {
  width: 900,
  extent: {
    type: "MultiPoint",
    coordinates: [
      [20, 28],
      [125, 28],
      [45, 62],
      [110, 60],
      [60, 22]
    ]
  },
  maxStroke: 14
} as const;

/** Central Asia and its neighbours: a line from the focal state to each vector (width = influence), corridors as dashed routes. */
export function regionMap(options: RegionMapOptions): SVGSVGElement {
  const width = options.width ?? DEFAULTS.width;
  const height = Math.round(width * 0.62);
  const projection = geoConicEqualArea()
    .parallels([35, 55])
    .rotate([-70, 0])
    .fitExtent(
      [
        [8, 8],
        [width - 8, height - 8]
      ],
      DEFAULTS.extent as unknown as GeoPermissibleObjects
    );
  const path = geoPath(projection);
  const svg = el("svg", {viewBox: `0 0 ${width} ${height}`, width, height, role: "img", class: "map"}) as SVGSVGElement;
  svg.append(el("title", {}, `Map of ${options.focal.name}'s vectors and corridors`));
  const clip = el("clipPath", {id: "map-clip"});
  clip.append(el("rect", {x: 0, y: 0, width, height}));
  svg.append(clip);
  const g = el("g", {"clip-path": "url(#map-clip)"});
  svg.append(g);
  g.append(el("rect", {x: 0, y: 0, width, height, fill: "#eaf2f8"}));
  g.append(el("path", {d: path(geoGraticule10()) ?? "", fill: "none", stroke: "#d5e3ee", "stroke-width": 0.5}));
  for (const f of options.countries.features) {
    const focal = f.properties?.name === options.focal.name;
    const p = el("path", {
      d: path(f as Feature) ?? "",
      fill: focal ? "#fdebd0" : "#fbfbf9",
      stroke: "#aab2ba",
      "stroke-width": 0.5,
      class: focal ? "country focal" : "country"
    });
    p.append(el("title", {}, f.properties?.name ?? ""));
    g.append(p);
  }
  const xy = (a: MapActor) => projection([a.lon, a.lat]) ?? [0, 0];
  const [fx, fy] = xy(options.focal);
  for (const [i, c] of options.corridors.entries()) {
    if (c.points.length < 2) continue;
    const line = {type: "LineString", coordinates: c.points.map((p) => [p.lon, p.lat])} as GeoPermissibleObjects;
    const p = el("path", {
      d: path(line) ?? "",
      fill: "none",
      stroke: CORRIDOR_COLORS[i % CORRIDOR_COLORS.length]!,
      "stroke-width": 2.2,
      "stroke-dasharray": corridorDash(c.kind),
      opacity: 0.85,
      class: "corridor",
      "data-corridor": c.id
    });
    p.append(el("title", {}, `${c.name} (${c.kind}): ${c.points.map((q) => q.code).join(" → ")}`));
    g.append(p);
  }
  const max = options.maxInfluence ?? Math.max(1e-9, ...options.influence.map((d) => d.value));
  const labels: {x: number; y: number; text: string; size: number; bold: boolean; priority: number}[] = [];
  const inset = 14;
  // A vector whose capital lies off the map (Washington) ends at the map's edge, labelled with an arrow.
  const clampToFrame = ([x, y]: [number, number]): {x: number; y: number; off: boolean} => {
    let t = 1;
    const dx = x - fx;
    const dy = y - fy;
    if (x < inset) t = Math.min(t, (inset - fx) / dx);
    if (x > width - inset) t = Math.min(t, (width - inset - fx) / dx);
    if (y < inset) t = Math.min(t, (inset - fy) / dy);
    if (y > height - inset) t = Math.min(t, (height - inset - fy) / dy);
    return {x: fx + dx * t, y: fy + dy * t, off: t < 1};
  };
  // A vector with no influence (zero or none measured) gets no line: the page lists it instead.
  for (const d of [...options.influence].filter((d) => d.value > 0).sort((a, b) => b.value - a.value)) {
    const end = clampToFrame(xy(d.vector) as [number, number]);
    const {x, y} = end;
    const w = influenceWidth(d.value, max);
    const line = el("line", {
      x1: fx,
      y1: fy,
      x2: x,
      y2: y,
      stroke: vectorColor(d.vector.code),
      "stroke-width": w.toFixed(2),
      "stroke-linecap": "round",
      opacity: 0.7,
      class: "vector",
      "data-vector": d.vector.code,
      "data-value": d.value
    });
    line.append(el("title", {}, `${d.vector.name}: influence ${d.value.toFixed(3)}`));
    g.append(line);
    g.append(el("circle", {cx: x, cy: y, r: 4, fill: vectorColor(d.vector.code)}));
    const name = d.vector.name.length <= 14 ? d.vector.name : d.vector.code;
    labels.push({x, y, text: end.off ? `${name} (off map)` : name, size: 12, bold: true, priority: 10 + d.value});
  }
  g.append(el("circle", {cx: fx, cy: fy, r: 6, fill: "#17202a", class: "focal-point"}));
  labels.push({x: fx, y: fy, text: options.focal.name, size: 13, bold: true, priority: 100});
  for (const p of placeLabels(labels, {width, height, obstacles: [] as Box[]}))
    g.append(
      el(
        "text",
        {
          x: p.x,
          y: p.y,
          "text-anchor": p.anchor,
          "font-size": p.request.size,
          "font-weight": p.request.size > 12 ? 700 : 600,
          fill: "#17202a",
          "paint-order": "stroke",
          stroke: "#fff",
          "stroke-width": 3,
          class: "map-label"
        },
        p.request.text
      )
    );
  return svg;
}

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e as SVGElement;
}
