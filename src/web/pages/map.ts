import type {FeatureCollection, Geometry} from "geojson";
import {feature} from "topojson-client";
import type {Topology} from "topojson-specification";
import worldUrl from "world-atlas/countries-110m.json?url";
import type {Corridor} from "../../domain/index.js";
import {getIfDescribed, getJson} from "../api.js";
import {normalizeInfluence, type InfluenceRow} from "../balance-data.js";
import {empty, failure, field, h, loading} from "../dom.js";
import type {Page} from "../main.js";
import {regionMap, type MapActor} from "../views/map.js";

interface ActorRow {
  code: string;
  name: string;
  kind: string;
  lat: number | null;
  lon: number | null;
}

const DEFAULTS = {focal: "KAZ", vectors: ["RUS", "CHN", "USA", "EU", "TUR", "IRN", "IND"]} as const;

/** Map: the focal state's vectors as lines whose width is their influence, the corridors as routes, a year slider. */
const mapPage: Page = (main, params) => {
  const focal = (params.get("focal") ?? DEFAULTS.focal).toUpperCase();
  const controller = new AbortController();
  const slot = h("div", {class: "chart", id: "map"}, loading("the map"));
  const note = h("p", {class: "lede", id: "map-note"});
  const slider = h("input", {
    type: "range",
    name: "year",
    min: 2000,
    max: 2024,
    step: 1,
    value: params.get("year") ?? 2024,
    "aria-label": "Year"
  });
  const yearLabel = h("output", {for: "year"}, slider.value);
  main.append(
    h("h1", {}, `${focal} and its vectors on the map`),
    h(
      "p",
      {class: "lede"},
      "Each line runs from the focal state to a vector's capital or seat; its width is that vector's influence in the chosen year. Dashed lines are the corridors."
    ),
    h("div", {class: "controls"}, field("Year", h("span", {}, slider, " ", yearLabel))),
    note,
    h("section", {class: "panel"}, slot)
  );

  const signal = controller.signal;
  const data = Promise.all([
    fetch(worldUrl, {signal}).then((r) => r.json() as Promise<Topology>),
    getJson<{items: ActorRow[]}>("actors", {}, signal),
    getJson<{items: Corridor[]}>("corridors", {}, signal)
  ]);
  const influence = getIfDescribed<unknown>(
    "/api/measures/influence",
    "measures/influence",
    {focal, vectors: DEFAULTS.vectors.join(",")},
    signal
  ).then(
    (raw) => ({rows: normalizeInfluence(raw), error: undefined as unknown}),
    (error: unknown) => ({rows: [] as InfluenceRow[], error})
  );

  void data.then(
    async ([topo, actors, corridors]) => {
      const countries = feature(topo, topo.objects.countries!) as unknown as FeatureCollection<
        Geometry,
        {name: string}
      >;
      const located = new Map<string, MapActor>();
      for (const a of actors.items)
        if (a.lat !== null && a.lon !== null) located.set(a.code, {code: a.code, name: a.name, lat: a.lat, lon: a.lon});
      const focalActor = located.get(focal);
      if (!focalActor) {
        slot.replaceChildren(empty(`${focal} has no coordinates in the catalog`));
        return;
      }
      const corridorLines = corridors.items.map((c) => ({
        id: c.id,
        name: c.name,
        kind: c.kind,
        points: c.states.map((s) => located.get(s)).filter((p): p is MapActor => !!p)
      }));
      const {rows, error} = await influence;
      if (error) note.replaceChildren(failure("the influence measures", error));
      const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
      if (years.length) {
        slider.min = String(years[0]);
        slider.max = String(years.at(-1));
        if (!params.get("year")) slider.value = String(years.at(-1));
      }
      const draw = () => {
        const year = Number(slider.value);
        yearLabel.textContent = String(year);
        const chosen = rows
          .filter((r) => r.year === year && r.vector !== focal && located.has(r.vector))
          .map((r) => ({vector: located.get(r.vector)!, value: r.value}));
        const width = Math.max(320, Math.min(1180, (main.clientWidth || 900) - 30));
        slot.replaceChildren(
          regionMap({countries, focal: focalActor, influence: chosen, corridors: corridorLines, width})
        );
        slot.dataset.year = String(year);
        if (rows.length && chosen.length === 0) note.textContent = `No influence measured for ${year}`;
        else if (rows.length)
          note.textContent = `${year}: ${chosen
            .sort((a, b) => b.value - a.value)
            .map((c) => `${c.vector.code} ${c.value.toFixed(2)}`)
            .join(" · ")}`;
      };
      slider.addEventListener("input", draw);
      draw();
      main.dataset.ready = "true";
    },
    (e: unknown) => {
      if ((e as Error).name !== "AbortError") slot.replaceChildren(failure("the map", e));
    }
  );
  return () => controller.abort();
};

export default mapPage;
