/**
 * The dashboard's entry: a nav bar and hash routes (`#/overview`, `#/map?year=2022` …). Each page is loaded on
 * demand and draws into <main>; it returns a cleanup function called when the route changes.
 *
 * @module
 */
import "./style.css";
import {h} from "./dom.js";

/** A page draws into `main` for the route's parameters and returns its cleanup. */
export type Page = (main: HTMLElement, params: URLSearchParams) => (() => void) | void;

interface Route {
  path: string;
  label: string;
  load: () => Promise<{default: Page}>;
}

export const ROUTES: readonly Route[] = [
  {path: "overview", label: "Overview", load: () => import("./pages/overview.js")},
  {path: "map", label: "Map", load: () => import("./pages/map.js")},
  {path: "network", label: "Network", load: () => import("./pages/network.js")},
  {path: "events", label: "Events", load: () => import("./pages/events.js")},
  {path: "claims", label: "Claims", load: () => import("./pages/claims.js")},
  {path: "forecasts", label: "Forecasts", load: () => import("./pages/forecasts.js")},
  {path: "scenarios", label: "Scenario lab", load: () => import("./pages/scenarios.js")},
  {path: "documents", label: "Documents", load: () => import("./pages/documents.js")}
];

/** Splits `#/map?year=2022` into the route and its parameters. */
export function parseHash(hash: string): {path: string; params: URLSearchParams} {
  const [path = "", query = ""] = hash.replace(/^#\/?/, "").split("?");
  return {path: path || "overview", params: new URLSearchParams(query)};
}

const nav = document.getElementById("nav")!;
const main = document.getElementById("main")!;
let cleanup: (() => void) | void;
let generation = 0;

for (const r of ROUTES) nav.append(h("a", {href: `#/${r.path}`, "data-route": r.path}, r.label));

async function show(): Promise<void> {
  const {path, params} = parseHash(location.hash);
  const route = ROUTES.find((r) => r.path === path);
  const mine = ++generation;
  cleanup?.();
  cleanup = undefined;
  for (const a of nav.querySelectorAll("a")) {
    if (a.dataset.route === route?.path) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  if (!route) {
    main.replaceChildren(
      h("h1", {}, "Not found"),
      h("p", {class: "state empty", "data-state": "empty"}, `No view named "${path}"`)
    );
    return;
  }
  document.title = `${route.label} · Multivector`;
  main.replaceChildren(h("p", {class: "state loading", role: "status"}, `Loading ${route.label}…`));
  const mod = await route.load();
  if (mine !== generation) return;
  main.replaceChildren();
  main.dataset.view = route.path;
  cleanup = mod.default(main, params);
}

window.addEventListener("hashchange", () => void show());
void show();
