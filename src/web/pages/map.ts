import type {FeatureCollection, Geometry} from "geojson";
import {feature} from "topojson-client";
import type {Topology} from "topojson-specification";
import worldUrl from "world-atlas/countries-110m.json?url";
import type {Corridor} from "../../domain/index.js";
import {getIfDescribed, getJson} from "../api.js";
import {normalizeInfluence, type InfluenceRow} from "../balance-data.js";
import {empty, failure, field, h, loading} from "../dom.js";
import type {Page} from "../main.js";
import {CORRIDOR_COLORS, corridorDash, influenceWidth, regionMap, type MapActor} from "../views/map.js";
import {vectorColor} from "../colors.js";
import {chartTools} from "../download.js";
import {legend, widthEntries} from "../legend.js";
import {actorName, loadNames} from "../names.js";
import {balanceNotes, breaksList, coverageText, sourcesLine} from "../balance-notes.js";
import {notes, type ApiIssue} from "../notes.js";

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
  const warningsSlot = h("div", {id: "map-warnings"});
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
  const title = h("h1", {}, `${focal} and its vectors on the map`);
  const legends = h("div", {id: "map-legends"});
  main.append(
    title,
    h(
      "p",
      {class: "lede"},
      "Each line runs from the focal state to a vector's capital or seat; its width is that vector's structural influence over the focal state in the chosen year (0–1: economic, political and security ties combined). Dashed and dotted lines are the corridors."
    ),
    h("div", {class: "controls"}, field("Year", h("span", {}, slider, " ", yearLabel))),
    note,
    warningsSlot,
    h("section", {class: "panel"}, slot, legends)
  );

  const signal = controller.signal;
  const data = Promise.all([
    fetch(worldUrl, {signal}).then((r) => r.json() as Promise<Topology>),
    getJson<{items: ActorRow[]}>("actors", {}, signal),
    getJson<{items: Corridor[]}>("corridors", {}, signal),
    loadNames()
  ]);
  const influence = getIfDescribed<unknown>(
    "/api/measures/influence",
    "measures/influence",
    {focal, vectors: DEFAULTS.vectors.join(",")},
    signal
  ).then(
    (raw) => {
      // The API's warnings (data checks, missing years, partial years) shown with the map, as on the overview.
      const n = notes(
        "the influence",
        ((raw as {warnings?: ApiIssue[]})?.warnings ?? []).filter((w) => w && typeof w.message === "string")
      );
      warningsSlot.replaceChildren(...(n ? [n] : []));
      return {rows: normalizeInfluence(raw), error: undefined as unknown, extra: balanceNotes(raw)};
    },
    (error: unknown) => ({rows: [] as InfluenceRow[], error, extra: balanceNotes(undefined)})
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
      title.textContent = `${actorName(focal)} and its vectors on the map`;
      const {rows, error, extra} = await influence;
      // One scale for every year, so a line's width compares across the slider.
      const maxInfluence = Math.max(1e-9, ...rows.filter((r) => r.vector !== focal).map((r) => r.value));
      if (error) note.replaceChildren(failure("the influence measures", error));
      const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
      // The slider opens on the latest full year: a partial year (some sources not yet published) is
      // reachable but named as such, never shown first as the present.
      const partial = new Set(extra.coverage.filter((c) => c.partial).map((c) => c.year));
      const fullYears = years.filter((y) => !partial.has(y));
      if (years.length) {
        slider.min = String(years[0]);
        slider.max = String(years.at(-1));
        if (!params.get("year")) slider.value = String(fullYears.at(-1) ?? years.at(-1));
      }
      const draw = () => {
        const year = Number(slider.value);
        yearLabel.textContent = String(year);
        const chosen = rows
          .filter((r) => r.year === year && r.vector !== focal && located.has(r.vector))
          .map((r) => ({vector: located.get(r.vector)!, value: r.value}));
        const width = Math.max(320, Math.min(1180, (main.clientWidth || 900) - 30));
        const svg = regionMap({
          countries,
          focal: focalActor,
          influence: chosen,
          corridors: corridorLines,
          width,
          maxInfluence
        });
        slot.replaceChildren(
          svg,
          chartTools(`map-${focal}-${year}`, {
            svg: () => svg,
            data: () => chosen.map((c) => ({year, focal, vector: c.vector.code, influence: c.value}))
          })
        );
        slot.dataset.year = String(year);
        const drawn = chosen.filter((c) => c.value > 0).sort((a, b) => b.value - a.value);
        const none = DEFAULTS.vectors.filter((v) => v !== focal && !drawn.some((c) => c.vector.code === v));
        const ticks = niceTicks(maxInfluence);
        legends.replaceChildren(
          legend(
            `Line width: influence over ${actorName(focal)} (0–1)`,
            widthEntries(
              ticks,
              (v) => influenceWidth(v, maxInfluence),
              (v) => v.toFixed(2)
            )
          ),
          legend(
            "Line colour: vector",
            drawn.map((c) => ({
              label: actorName(c.vector.code),
              color: vectorColor(c.vector.code),
              shape: "line" as const
            }))
          ),
          legend(
            "Corridors",
            corridorLines.map((c, i) => ({
              label: c.name,
              note: `(${c.kind})`,
              color: CORRIDOR_COLORS[i % CORRIDOR_COLORS.length]!,
              shape: corridorDash(c.kind) === "2,3" ? ("dash" as const) : ("line" as const),
              size: 2.2
            }))
          )
        );
        const cov = extra.coverage.find((c) => c.year === year);
        const measured = extra.coverage.filter((c) => c.dimensions.length > 0 && !c.partial).map((c) => c.year);
        const latest = measured.length ? Math.max(...measured) : undefined;
        slot.dataset.partial = String(partial.has(year));
        if (rows.length && drawn.length === 0) note.textContent = `No influence measured for ${year}`;
        else if (rows.length)
          note.textContent =
            `${year}${partial.has(year) ? " (PARTIAL: some sources not yet published, so the lines rest on part of the metrics; not a shift)" : latest !== undefined && year === latest ? " (latest full year)" : ""}: ${drawn.map((c) => `${actorName(c.vector.code)} ${c.value.toFixed(2)}`).join(" · ")}` +
            (none.length ? ` · no line (no influence measured): ${none.map(actorName).join(", ")}` : "") +
            (cov ? `. Rests on ${coverageText(cov)}.` : "");
        const breaks = breaksList(extra.breaks);
        legends.append(...(breaks ? [breaks] : []), sourcesLine(extra.coverage.filter((c) => c.year === year)));
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

/** Three round values up to `max` for the width scale (0.1, 0.2, 0.4 …). */
function niceTicks(max: number): number[] {
  const step = 10 ** Math.floor(Math.log10(max));
  const top = Math.floor(max / step) * step;
  return [...new Set([top / 4, top / 2, top].map((v) => +v.toPrecision(2)))].filter((v) => v > 0);
}

export default mapPage;
