import type {Event} from "../../domain/index.js";
import {getIfDescribed, getJson, type Page as ApiPage} from "../api.js";
import {normalizeBalance, type BalanceSeries} from "../balance-data.js";
import {computing, empty, failure, field, h, loading, pct, select} from "../dom.js";
import type {Page} from "../main.js";
import {dimensionBars} from "../views/dimension-bars.js";
import {measureLines} from "../views/measure-lines.js";
import {shareLines} from "../views/share-lines.js";
import {leadLine} from "../views/lead-line.js";
import {balanceNotes, breaksList, coverageText, sourcesLine} from "../balance-notes.js";
import {triangle} from "../views/triangle.js";
import {vectorColor} from "../colors.js";
import {chartTools} from "../download.js";
import {legend} from "../legend.js";
import {actorName, actorShortName, loadNames} from "../names.js";
import {notes, type ApiIssue} from "../notes.js";
import {nowcastLines, type NowcastMonthView} from "../views/nowcast-lines.js";

const DEFAULTS = {focal: "KAZ", vectors: ["RUS", "CHN", "USA", "EU", "TUR"], triangle: ["RUS", "CHN", "USA"]} as const;

/** Overview: the triangle with the yearly path, entropy and HHI with key events, and the current shares by dimension. */
const overview: Page = (main, params) => {
  const focal = (params.get("focal") ?? DEFAULTS.focal).toUpperCase();
  const corners = (params.get("triangle")?.split(",") ?? [...DEFAULTS.triangle])
    .map((s) => s.trim().toUpperCase())
    .slice(0, 3);
  while (corners.length < 3) corners.push(DEFAULTS.triangle[corners.length]!);
  const vectors = [
    ...new Set([
      ...(params
        .get("vectors")
        ?.split(",")
        .map((s) => s.trim().toUpperCase()) ?? DEFAULTS.vectors),
      ...corners
    ])
  ];
  const controller = new AbortController();

  const form = h("form", {class: "controls", "aria-label": "Triangle vectors"});
  const selects = corners.map((c, i) =>
    select(
      `corner${i}`,
      vectors.map((v) => [v, actorName(v)] as const),
      c
    )
  );
  selects.forEach((s, i) => form.append(field(["Top corner", "Bottom left", "Bottom right"][i]!, s)));
  form.append(h("button", {type: "submit"}, "Show"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const chosen = selects.map((s) => s.value);
    location.hash = `#/overview?focal=${focal}&triangle=${chosen.join(",")}`;
  });

  const triSlot = h("div", {class: "chart", id: "triangle"});
  const linesSlot = h("div", {class: "chart", id: "measures"});
  const sharesSlot = h("div", {class: "chart", id: "shares"});
  const dimsSlot = h("div", {class: "chart", id: "dimensions"});
  const nowcastSlot = h("div", {class: "chart", id: "nowcast"});
  const leadSlot = h("div", {class: "chart", id: "lead"});
  const summary = h("p", {class: "lede", id: "summary"});
  const title = h("h1", {}, `${focal}: balance among its vectors`);
  const notesSlot = h("div", {id: "balance-notes"});
  main.append(
    title,
    h(
      "p",
      {class: "lede"},
      `How evenly the focal state's structural ties (economic: trade, investment, migrants; political: institutions, UN alignment; security: alliances, defence organizations, arms imports) spread over ${vectors.length} vectors, year by year. Each share is a share of the focal state's ties with these ${vectors.length} vectors, not with all its partners; each point of the triangle is one year, a share of the three corners only. Dashed rules mark breaks in coverage.`
    ),
    form,
    summary,
    notesSlot,
    h(
      "div",
      {class: "grid two"},
      h(
        "section",
        {class: "panel", "aria-labelledby": "h-tri"},
        h("h2", {id: "h-tri"}, `Triangle ${corners.join("–")}`),
        triSlot
      ),
      h(
        "section",
        {class: "panel", "aria-labelledby": "h-lines"},
        h("h2", {id: "h-lines"}, "Entropy and concentration, with key events"),
        linesSlot
      ),
      h(
        "section",
        {class: "panel", "aria-labelledby": "h-shares"},
        h("h2", {id: "h-shares"}, "Shares by vector"),
        sharesSlot,
        h("h3", {}, "Lead of the dominant vector over the runner-up"),
        leadSlot
      ),
      h(
        "section",
        {class: "panel", "aria-labelledby": "h-dims"},
        h("h2", {id: "h-dims"}, "Latest shares by dimension"),
        dimsSlot
      ),
      h(
        "section",
        {class: "panel", "aria-labelledby": "h-nowcast"},
        h("h2", {id: "h-nowcast"}, "Since the last structural year: the event dimension and the nowcast"),
        nowcastSlot
      )
    )
  );
  for (const s of [triSlot, linesSlot, sharesSlot, dimsSlot]) s.replaceChildren(loading("the balance"));

  const width = (slot: HTMLElement) => Math.max(280, Math.min(640, slot.clientWidth || 600));
  const balance = getIfDescribed<unknown>(
    "/api/measures/balance",
    "measures/balance",
    {focal, vectors: vectors.join(","), triangle: corners.join(",")},
    controller.signal,
    ({seconds}) => {
      for (const s of [triSlot, linesSlot, sharesSlot, dimsSlot]) s.replaceChildren(computing("the balance", seconds));
    }
  ).then((raw) => {
    warnings = ((raw as {warnings?: ApiIssue[]})?.warnings ?? []).filter((w) => w && typeof w.message === "string");
    extra = balanceNotes(raw);
    return normalizeBalance(raw, {focal, vectors});
  });
  let warnings: ApiIssue[] = [];
  let extra: ReturnType<typeof balanceNotes> = {coverage: [], breaks: [], stability: [], lead: []};
  const timeline = getJson<ApiPage<Event>>("timeline", {limit: 1000}, controller.signal)
    .then((p) => p.items)
    .catch(() => [] as Event[]);

  void Promise.all([balance, timeline, loadNames()]).then(
    ([series, events]) => draw(series, events),
    (e: unknown) => {
      if ((e as Error).name === "AbortError") return;
      for (const s of [triSlot, linesSlot, sharesSlot, dimsSlot]) s.replaceChildren(failure("the balance measures", e));
    }
  );

  nowcastSlot.replaceChildren(loading("the nowcast"));
  const nowcast = Promise.all([
    getJson<{detail: {anchor: {year: number}; months: NowcastMonthView[]} | null; warnings: ApiIssue[]}>(
      "measures/nowcast",
      {focal, vectors: vectors.join(",")},
      controller.signal
    ),
    getJson<{detail: {months: {month: string; clusters: number}[]}}>(
      "measures/events",
      {focal, vectors: vectors.join(",")},
      controller.signal
    ),
    balance
  ]);
  void nowcast.then(
    ([n, ev, series]) => {
      const d = n.detail;
      if (!d || d.months.length === 0) {
        nowcastSlot.replaceChildren(
          empty(n.warnings[0]?.message ?? `No events after the last structural year: nothing to nowcast for ${focal}`)
        );
        return;
      }
      const clusters = ev.detail.months
        .filter((m) => m.month > `${d.anchor.year}-12`)
        .reduce((t, m) => t + m.clusters, 0);
      const chart = nowcastLines(series.years, d.months, {
        width: width(nowcastSlot),
        vectors,
        anchorYear: d.anchor.year
      });
      nowcastSlot.replaceChildren(
        h(
          "p",
          {class: "legend-note"},
          `NOWCAST, not a measurement: the ${d.anchor.year} structural shares (solid) carried forward month by month by the event dimension's change (dashed), from ${clusters} clusters of reports after ${d.anchor.year}; the shaded band is the event series' own variability. A month whose window holds fewer clusters than the balance's minimum (events.min_clusters) carries the previous month: a few reports do not move it.`
        ),
        ...[notes("the nowcast", n.warnings)].filter((x): x is HTMLElement => x !== null),
        chart,
        legend(
          "Vectors",
          vectors.map((v) => ({label: actorName(v), color: vectorColor(v), shape: "line" as const}))
        ),
        chartTools(`nowcast-${focal}`, {
          svg: () => chart,
          data: () => d.months.map((m) => ({month: m.month, carried: m.carried, ...m.shares}))
        }),
        h(
          "p",
          {class: "legend-note sources"},
          `Data: the ${d.anchor.year} structural shares (the sources under the charts above) and the store's events after it (GDELT imports, coded articles, the knowledge pack's timeline), counted as clusters of reports. How it is built: docs/methods.md, "The nowcast".`
        )
      );
    },
    (e: unknown) => {
      if ((e as Error).name !== "AbortError") nowcastSlot.replaceChildren(failure("the nowcast", e));
    }
  );

  function draw(series: BalanceSeries, events: Event[]): void {
    main.dataset.ready = "true";
    title.textContent = `${actorName(focal)}: balance among its vectors`;
    document.title = `${actorName(focal)} · Multivector`;
    selects.forEach((s) => {
      for (const o of s.options) o.textContent = actorName(o.value);
    });
    const n = notes("the balance", warnings);
    notesSlot.replaceChildren(...(n ? [n] : []));
    if (series.years.length === 0) {
      for (const s of [triSlot, linesSlot, sharesSlot])
        s.replaceChildren(empty(`No balance measured for ${focal} yet`));
    } else {
      const [a, b, c] = corners as [string, string, string];
      const partialYears = extra.coverage.filter((c) => c.partial).map((c) => c.year);
      const pts = series.years
        .filter((y) => (y.shares[a] ?? 0) + (y.shares[b] ?? 0) + (y.shares[c] ?? 0) > 0)
        .map((y) => ({year: y.year, a: y.shares[a] ?? 0, b: y.shares[b] ?? 0, c: y.shares[c] ?? 0}));
      const triSvg = pts.length
        ? triangle(pts, {
            labels: [a, b, c],
            names: [actorShortName(a), actorShortName(b), actorShortName(c)],
            width: Math.min(width(triSlot), 480),
            partial: partialYears
          })
        : null;
      triSlot.replaceChildren(triSvg ?? empty(`No year has a share for ${corners.join(", ")}`));
      if (triSvg) {
        const shares = pts.map((p) => {
          const s = p.a + p.b + p.c || 1;
          return {year: p.year, [a]: p.a / s, [b]: p.b / s, [c]: p.c / s};
        });
        const latest = pts.filter((p) => !partialYears.includes(p.year)).at(-1)?.year ?? pts.at(-1)?.year;
        const partialDrawn = pts.filter((p) => partialYears.includes(p.year)).map((p) => p.year);
        triSlot.append(
          legend("Triangle", [
            {label: "one year", color: "#17202a", shape: "ring", size: 4},
            {label: `${latest ?? "latest"} (latest full year)`, color: "#17202a", shape: "dot", size: 5},
            ...(partialDrawn.length
              ? [
                  {
                    label: `${partialDrawn.join(", ")} partial (dashed: some sources not yet published; not a shift)`,
                    color: "#17202a",
                    shape: "dash" as const
                  }
                ]
              : []),
            {label: "even among the three (centre)", color: "#8a949e", shape: "ring", size: 3}
          ]),
          h(
            "p",
            {class: "legend-note"},
            `A corner is 100% of the ties among ${actorName(a)}, ${actorName(b)} and ${actorName(c)} only (other vectors left out).`
          ),
          chartTools(`triangle-${focal}-${corners.join("-")}`, {svg: () => triSvg, data: () => shares}),
          triangleTable(pts, [a, b, c], partialYears)
        );
      }
      const markers = events
        .filter((e): e is Event & {date: string} => Boolean(e.label && e.date))
        .map((e) => ({date: e.date, label: e.label!}));
      const breakYears = extra.breaks.map((b) => b.year);
      const linesChart = measureLines(series.years, {
        width: width(linesSlot),
        partial: partialYears,
        markers: [
          ...markers,
          ...extra.breaks.map((b) => ({date: `${b.year}-01-01`, label: `Break in coverage: ${b.message}`}))
        ]
      });
      linesSlot.replaceChildren(
        linesChart,
        chartTools(`balance-${focal}`, {
          svg: () => linesChart,
          data: () => series.years.map((y) => ({year: y.year, entropy: y.entropy ?? null, hhi: y.hhi ?? null}))
        }),
        h(
          "details",
          {class: "events"},
          h("summary", {}, `${markers.length} key events`),
          h("ul", {}, ...markers.map((m) => h("li", {}, h("time", {datetime: m.date}, m.date), " ", m.label)))
        )
      );
      const shown = series.vectors.filter((v) => series.years.some((y) => y.shares[v] !== undefined));
      const sharesChart = shareLines(series.years, {
        width: width(sharesSlot),
        vectors: shown,
        breaks: breakYears,
        partial: partialYears
      });
      const names = Object.fromEntries(shown.map((v) => [v, actorName(v)]));
      const leadChart = extra.lead.length
        ? leadLine(extra.lead, {width: width(sharesSlot), breaks: breakYears, names, partial: partialYears})
        : null;
      sharesSlot.replaceChildren(
        sharesChart,
        legend(
          "Vectors",
          shown.map((v) => ({label: actorName(v), color: vectorColor(v), shape: "line" as const}))
        ),
        chartTools(`shares-${focal}`, {
          svg: () => sharesChart,
          data: () =>
            series.years.map((y) => ({year: y.year, ...Object.fromEntries(shown.map((v) => [v, y.shares[v] ?? null]))}))
        }),
        ...[breaksList(extra.breaks)].filter((x): x is HTMLElement => x !== null),
        ...(partialYears.length
          ? [
              h(
                "p",
                {class: "legend-note"},
                `Dashed, hollow points: ${partialYears.join(", ")} partial (resting on half the metrics or fewer; the other sources are not yet published), not a shift.`
              )
            ]
          : []),
        sourcesLine(extra.coverage)
      );
      leadSlot.replaceChildren(
        ...(leadChart
          ? [
              leadChart,
              chartTools(`lead-${focal}`, {svg: () => leadChart, data: () => extra.lead}),
              sourcesLine(extra.coverage)
            ]
          : [empty("No lead measured")])
      );
      linesSlot.append(sourcesLine(extra.coverage));
      triSlot.append(sourcesLine(extra.coverage));
      // The headline is the latest measured year that is not partial; partial years are named.
      const partial = new Set(extra.coverage.filter((c) => c.partial).map((c) => c.year));
      const full = series.years.filter((y) => y.entropy !== undefined && !partial.has(y.year));
      const last = full.at(-1) ?? series.years.at(-1)!;
      const dominant = last.dominant ?? Object.entries(last.shares).sort((p, q) => q[1] - p[1])[0]?.[0];
      const cov = extra.coverage.find((c) => c.year === last.year);
      const stab = extra.stability.find((s) => s.year === last.year);
      const lead = extra.lead.find((l) => l.year === last.year);
      const mark: Record<string, string> = {
        stable: "stable: no parameter in its range changes the order of the vectors",
        rank: "the dominant vector holds over every parameter in its range; the order of the others can change",
        fragile: `fragile: the dominant vector changes under ${stab?.dominantFlips.slice(0, 3).join(", ") ?? ""}`
      };
      summary.textContent =
        `${last.year}: the dominant vector is ${dominant ? actorName(dominant) : "–"} with ${pct(dominant ? last.shares[dominant] : undefined)} of ${actorName(focal)}'s combined structural ties with the ${series.vectors.length} vectors shown` +
        `${lead ? `, ${(100 * lead.value).toFixed(1)} points ahead of the next` : ""}; entropy ${last.entropy?.toFixed(2) ?? "–"} (1 = even), HHI ${last.hhi?.toFixed(2) ?? "–"}.` +
        (cov ? ` It rests on ${coverageText(cov)}.` : "") +
        (stab ? ` Stability over the parameters: ${mark[stab.mark] ?? stab.mark}.` : "") +
        (partial.size ? ` ${[...partial].join(", ")}: partial (some sources not yet published).` : "");
    }
    const dimYears = series.dimensionYears ?? {};
    const dims = series.dimensions.map((d) => ({
      ...d,
      dimension: dimYears[d.dimension] !== undefined ? `${d.dimension} ${dimYears[d.dimension]}` : d.dimension
    }));
    const dimsChart = dims.length ? dimensionBars(dims, {width: width(dimsSlot), vectors: series.vectors}) : null;
    dimsSlot.replaceChildren(dimsChart ?? empty("No shares by dimension for the latest year"));
    if (dimsChart)
      dimsSlot.append(
        chartTools(`dimensions-${focal}`, {
          svg: () => dimsChart.querySelector("svg:not(.legend svg)") ?? dimsChart,
          data: () => dims
        }),
        // Each bar's data: the coverage of the year it is drawn from.
        sourcesLine(extra.coverage.filter((c) => Object.values(dimYears).includes(c.year)))
      );
  }

  return () => controller.abort();
};

/** The triangle's numbers as a table (shares among the three corners), for keyboard and screen-reader users. */
function triangleTable(
  pts: readonly {year: number; a: number; b: number; c: number}[],
  labels: readonly [string, string, string],
  partial: readonly number[]
): HTMLElement {
  const share = (x: number, p: {a: number; b: number; c: number}) => pct(x / (p.a + p.b + p.c || 1));
  return h(
    "details",
    {class: "events"},
    h("summary", {}, "Data"),
    h(
      "table",
      {},
      h("thead", {}, h("tr", {}, h("th", {}, "Year"), ...labels.map((l) => h("th", {}, l)))),
      h(
        "tbody",
        {},
        ...pts.map((p) =>
          h(
            "tr",
            {},
            h("td", {}, partial.includes(p.year) ? `${p.year} (partial)` : p.year),
            h("td", {}, share(p.a, p)),
            h("td", {}, share(p.b, p)),
            h("td", {}, share(p.c, p))
          )
        )
      )
    )
  );
}

export default overview;
