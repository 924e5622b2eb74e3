import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum
} from "d3";
import {VECTOR_COLORS} from "../colors.js";
import {placeLabels, type Box} from "../labels.js";

/** A membership valid at the chosen date. */
export interface NetworkLink {
  actor: string;
  actorName: string;
  org: string;
  orgName: string;
  role: string;
  from: string;
  to: string | null;
}

/** Options for {@link membershipNetwork}. */
export interface NetworkOptions {
  width?: number;
  height?: number;
  /** The focal state, drawn larger. */
  focal?: string;
  /** Called with a node's text when it is hovered or focused, and with null when left. */
  onHover?: (text: string | null, at: {x: number; y: number}) => void;
}

interface Node extends SimulationNodeDatum {
  id: string;
  name: string;
  org: boolean;
  degree: number;
}

const DEFAULTS = {width: 900, height: 560, ticks: 300} as const;

/**
 * Actors and organizations linked by their memberships (d3-force, run to rest before drawing, so the layout is the
 * same on every load). Lines carry `data-actor`/`data-org`; nodes `data-code`; hovering or focusing a node reports its roles.
 */
export function membershipNetwork(links: readonly NetworkLink[], options: NetworkOptions = {}): SVGSVGElement {
  const width = options.width ?? DEFAULTS.width;
  const height = options.height ?? DEFAULTS.height;
  const nodes = new Map<string, Node>();
  const node = (id: string, name: string, org: boolean) => {
    let n = nodes.get(id);
    if (!n) nodes.set(id, (n = {id, name, org, degree: 0}));
    n.org ||= org;
    n.degree += 1;
    return n;
  };
  const edges = links.map((l) => ({
    source: node(l.actor, l.actorName, false),
    target: node(l.org, l.orgName, true),
    link: l
  }));
  const list = [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id));
  list.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / list.length;
    n.x = width / 2 + (n.org ? 80 : 220) * Math.cos(angle);
    n.y = height / 2 + (n.org ? 80 : 220) * Math.sin(angle);
  });
  const sim = forceSimulation(list)
    .force(
      "link",
      forceLink<Node, SimulationLinkDatum<Node>>(edges)
        .distance(Math.min(width, height) / 5)
        .strength(0.25)
    )
    .force("charge", forceManyBody().strength(-Math.min(width, height) * 1.1))
    .force(
      "collide",
      forceCollide<Node>((n) => radius(n) + 4)
    )
    .force("center", forceCenter(width / 2, height / 2))
    .force("x", forceX(width / 2).strength(0.04))
    .force("y", forceY(height / 2).strength(0.06))
    .stop();
  sim.tick(DEFAULTS.ticks);
  for (const n of list) {
    n.x = Math.max(24, Math.min(width - 24, n.x ?? 0));
    n.y = Math.max(18, Math.min(height - 28, n.y ?? 0));
  }
  const svg = el("svg", {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: "group",
    class: "network",
    "aria-label": `${list.length} actors and organizations, ${edges.length} memberships`
  }) as SVGSVGElement;
  const gl = el("g", {class: "links"});
  const gn = el("g", {class: "nodes"});
  svg.append(gl, gn);
  for (const e of edges) {
    const s = e.source;
    const t = e.target;
    gl.append(
      el("line", {
        x1: s.x!,
        y1: s.y!,
        x2: t.x!,
        y2: t.y!,
        stroke: e.link.role === "member" || e.link.role === "founder" ? "#7f8c8d" : "#c8ced3",
        "stroke-dasharray": e.link.role === "observer" || e.link.role === "partner" ? "4,3" : "none",
        "stroke-width": 1.2,
        "data-actor": e.link.actor,
        "data-org": e.link.org,
        "data-role": e.link.role,
        class: "link"
      })
    );
  }
  const roles = new Map<string, string[]>();
  for (const l of links) {
    const line = `${l.role} of ${l.org} since ${l.from}${l.to ? ` until ${l.to}` : ""}`;
    const orgLine = `${l.actor}: ${l.role} since ${l.from}${l.to ? ` until ${l.to}` : ""}`;
    roles.set(l.actor, [...(roles.get(l.actor) ?? []), line]);
    roles.set(l.org, [...(roles.get(l.org) ?? []), orgLine]);
  }
  for (const n of list) {
    const g = el("g", {
      transform: `translate(${n.x!.toFixed(1)},${n.y!.toFixed(1)})`,
      class: n.org ? "node org" : "node actor",
      "data-code": n.id,
      tabindex: 0,
      role: "img",
      "aria-label": `${n.name} (${n.id}): ${n.degree} memberships`
    });
    const r = radius(n);
    const fill = nodeColor(n.id, n.org, options.focal);
    g.append(
      n.org
        ? el("rect", {x: -r, y: -r, width: 2 * r, height: 2 * r, rx: 3, fill})
        : el("circle", {r, fill, stroke: "#fff", "stroke-width": 1.5})
    );
    const text = `${n.name} (${n.id})\n${(roles.get(n.id) ?? []).join("\n")}`;
    const show = () => {
      const box = g.getBoundingClientRect();
      options.onHover?.(text, {x: box.right + 6, y: box.top});
      highlight(svg, n.id, true);
    };
    const hide = () => {
      options.onHover?.(null, {x: 0, y: 0});
      highlight(svg, n.id, false);
    };
    g.addEventListener("mouseenter", show);
    g.addEventListener("focus", show);
    g.addEventListener("mouseleave", hide);
    g.addEventListener("blur", hide);
    gn.append(g);
  }
  // Labels after the nodes, placed so that none overlaps another or covers a node: names when short, codes otherwise.
  const gt = el("g", {class: "labels", "aria-hidden": "true"});
  svg.append(gt);
  const nodeBoxes: Box[] = list.map((n) => {
    const r = radius(n) + 1;
    return [n.x! - r, n.y! - r, n.x! + r, n.y! + r];
  });
  const requests = list.map((n) => ({
    x: n.x!,
    y: n.y!,
    text: n.name && n.name.length <= 12 ? n.name : n.id,
    size: n.org ? 11 : 10,
    bold: n.org,
    offset: radius(n) + 3,
    priority: (n.org ? 100 : 0) + (n.id === options.focal ? 200 : 0) + n.degree,
    code: n.id,
    org: n.org
  }));
  for (const p of placeLabels(requests, {width, height, obstacles: nodeBoxes}))
    gt.append(
      el(
        "text",
        {
          x: p.x,
          y: p.y,
          "text-anchor": p.anchor,
          "font-size": p.request.size,
          "font-weight": p.request.org ? 700 : 400,
          "data-code": p.request.code,
          class: "node-label"
        },
        p.request.text
      )
    );
  return svg;
}

/** The colour of a node: organizations dark, the focal state amber, a vector its colour everywhere, other states grey. */
export function nodeColor(code: string, org: boolean, focal?: string): string {
  if (org) return ORG_COLOR;
  if (code === focal) return FOCAL_COLOR;
  return VECTOR_COLORS[code] ?? OTHER_COLOR;
}
export const ORG_COLOR = "#17202a";
export const FOCAL_COLOR = "#f5b041";
export const OTHER_COLOR = "#aab2ba";

function radius(n: Node): number {
  return n.org ? 7 + Math.sqrt(n.degree) * 2 : 5 + Math.sqrt(n.degree);
}

function highlight(svg: SVGSVGElement, id: string, on: boolean): void {
  for (const line of svg.querySelectorAll<SVGLineElement>("line.link")) {
    const hit = line.dataset.actor === id || line.dataset.org === id;
    line.setAttribute("stroke-opacity", on && !hit ? "0.15" : "1");
    if (hit) line.setAttribute("stroke-width", on ? "2.5" : "1.2");
  }
}

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e as SVGElement;
}

/**
 * The links worth drawing around a focal state: those of the focal state, of the states in `keep` (the vectors),
 * and of every state that shares with the focal state an organization of at most `maxMembers` members on the date
 * (the regional ones: CSTO, SCO, EAEU, OTS …; not the UN, the OSCE or the OIC, which would bring in half the world).
 * The links kept are all of those states' links, so the OSCE still shows among them.
 */
export function linksAroundFocal(
  items: readonly NetworkLink[],
  focal: string,
  keep: ReadonlySet<string>,
  maxMembers = 20
): NetworkLink[] {
  const size = new Map<string, number>();
  for (const m of items) size.set(m.org, (size.get(m.org) ?? 0) + 1);
  const focalOrgs = new Set(
    items.filter((m) => m.actor === focal && (size.get(m.org) ?? 0) <= maxMembers).map((m) => m.org)
  );
  const states = new Set([focal, ...keep]);
  for (const m of items) if (focalOrgs.has(m.org)) states.add(m.actor);
  return items.filter((m) => states.has(m.actor));
}
