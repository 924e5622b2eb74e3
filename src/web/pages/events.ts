import type {Event} from "../../domain/index.js";
import {getJson, hasEndpoint, type Page as ApiPage} from "../api.js";
import {empty, failure, field, h, loading} from "../dom.js";
import type {Page} from "../main.js";
import {chartTools} from "../download.js";
import {actorName, cameoLabel, cameoName, loadNames} from "../names.js";
import {paging} from "../paging.js";
import {eventDate, periodLabel} from "../period-label.js";
import {eventTimeline} from "../views/event-timeline.js";

interface SourceDetail {
  source: {
    id: string;
    title: string | null;
    publisher: string | null;
    date: string | null;
    origin: string;
    text: string | null;
  };
}

/** Keeps events of the dyad (either direction), whose CAMEO code starts with `code`, within the period. */
export function filterEvents(
  events: readonly Event[],
  {a, b, code, from, to}: {a?: string; b?: string; code?: string; from?: string; to?: string}
): Event[] {
  return events.filter((e) => {
    if (a && e.source !== a && e.target !== a) return false;
    if (
      b &&
      !(
        (e.source === a && e.target === b) ||
        (e.source === b && e.target === a) ||
        (!a && (e.source === b || e.target === b))
      )
    )
      return false;
    if (code && !e.code.startsWith(code)) return false;
    // An undated event is outside every period.
    if (from && (!e.date || e.date < from)) return false;
    if (to && (!e.date || e.date > to)) return false;
    return true;
  });
}

/** Events: a timeline and a table filtered by dyad, code and period; each event opens its sentence in its source. */
const eventsPage: Page = (main, params) => {
  const controller = new AbortController();
  const input = (name: string, label: string, attrs: Record<string, string> = {}) =>
    field(label, h("input", {name, value: params.get(name) ?? "", ...attrs}));
  const form = h(
    "form",
    {class: "controls", id: "event-filters"},
    input("a", "Actor", {placeholder: "KAZ", size: "6"}),
    input("b", "With", {placeholder: "RUS", size: "6"}),
    input("code", "CAMEO code", {placeholder: "04", size: "5", inputmode: "numeric"}),
    input("from", "From", {type: "date"}),
    input("to", "To", {type: "date"}),
    h("button", {type: "submit"}, "Filter")
  );
  const chart = h("div", {class: "chart", id: "event-chart"}, loading("the events"));
  const table = h("div", {class: "scroll", id: "event-table"});
  const doc = h(
    "section",
    {class: "panel", id: "event-source", "aria-live": "polite"},
    h("p", {class: "state empty"}, "Choose an event to read its sentence in its source.")
  );
  main.append(
    h("h1", {}, "Events"),
    h("p", {class: "lede"}, "Who did what to whom, when, with the sentence that says so."),
    form,
    h("section", {class: "panel"}, chart),
    h("div", {class: "grid"}, h("section", {class: "panel"}, table), doc)
  );

  let all: Event[] | undefined;
  let total = 0;
  let pageAt = {offset: 0, limit: 50};
  const pager = paging({
    limit: pageAt.limit,
    noun: "events",
    onChange: (offset, limit) => {
      pageAt = {offset, limit};
      renderTable();
    }
  });
  let origin = "events";
  const filters = () => {
    const f = Object.fromEntries(new FormData(form)) as Record<string, string>;
    return {
      a: f.a?.trim().toUpperCase() || undefined,
      b: f.b?.trim().toUpperCase() || undefined,
      code: f.code?.trim() || undefined,
      from: f.from || undefined,
      to: f.to || undefined
    };
  };
  /** Asks the API for the filtered events (GET /api/events), or filters the pack timeline here when it has no events route. */
  const fetchEvents = async (): Promise<Event[]> => {
    const {a, b, code, from, to} = filters();
    if (await hasEndpoint("get", "/api/events")) {
      const dyad = a && b ? `${a}-${b}` : undefined;
      const actor = !dyad ? (a ?? b) : undefined;
      const page = await getJson<ApiPage<Event>>(
        "events",
        {dyad, actor, code, from, to, limit: 1000},
        controller.signal
      );
      total = page.total ?? page.items.length;
      return page.items;
    }
    origin = "timeline";
    const items = (await getJson<ApiPage<Event>>("timeline", {limit: 1000}, controller.signal)).items;
    const chosen = filterEvents(items, filters());
    total = chosen.length;
    return chosen;
  };

  let chosen: Event[] = [];
  const render = () => {
    chosen = filterEvents(all ?? [], filters());
    pageAt = {...pageAt, offset: 0};
    const width = Math.max(320, Math.min(1180, (main.clientWidth || 900) - 30));
    const svg = chosen.length ? eventTimeline(chosen, {width}) : null;
    chart.replaceChildren(svg ?? empty("No events match these filters"));
    if (svg)
      chart.append(
        chartTools("events", {
          svg: () => svg,
          data: () =>
            chosen.map((e) => ({
              date: e.date ? eventDate(e) : null,
              source: e.source,
              target: e.target,
              code: e.code,
              event: cameoName(e.code) ?? null,
              goldstein: e.goldstein,
              quad: e.quad,
              sourceId: e.sourceId
            }))
        })
      );
    chart.dataset.count = String(chosen.length);
    renderTable();
    main.dataset.ready = "true";
  };

  const renderTable = () => {
    const shown = chosen.slice(pageAt.offset, pageAt.offset + pageAt.limit);
    const tbody = h("tbody");
    for (const e of shown) {
      const tr = h(
        "tr",
        {class: "selectable", tabindex: 0, "data-event": e.id},
        h("td", {}, eventDate(e)),
        h("td", {title: `${e.source} → ${e.target}`}, `${actorName(e.source)} → ${actorName(e.target)}`),
        h("td", {}, h("code", {}, e.code), cameoName(e.code) ? ` ${cameoName(e.code)}` : ""),
        h("td", {}, e.label ?? e.sentence ?? "")
      );
      const open = () => {
        for (const r of tbody.querySelectorAll("tr.selected")) r.classList.remove("selected");
        tr.classList.add("selected");
        void openSource(e);
      };
      tr.addEventListener("click", open);
      tr.addEventListener("keydown", (k) => {
        if (k.key === "Enter" || k.key === " ") {
          k.preventDefault();
          open();
        }
      });
      tbody.append(tr);
    }
    pager.update({total: chosen.length, offset: pageAt.offset, shown: shown.length});
    table.replaceChildren(
      h(
        "p",
        {class: "lede"},
        `${chosen.length === total ? total : `${chosen.length} of ${total}`} events (from /api/${origin})`
      ),
      pager.element,
      h(
        "table",
        {},
        h(
          "thead",
          {},
          h("tr", {}, h("th", {}, "Date"), h("th", {}, "Who → whom"), h("th", {}, "Event (CAMEO)"), h("th", {}, "What"))
        ),
        tbody
      )
    );
  };

  const openSource = async (e: Event) => {
    doc.replaceChildren(loading("the source"));
    const heading = h(
      "h2",
      {},
      `${eventDate(e)}: ${actorName(e.source)} → ${actorName(e.target)} (${cameoLabel(e.code)})`
    );
    if (e.sourceId.startsWith("pack:")) {
      doc.replaceChildren(
        heading,
        h(
          "p",
          {class: "lede"},
          `From the knowledge pack (${e.rule ?? e.sourceId}), citing ${e.url ?? "its seed document"}:`
        ),
        h("blockquote", {}, h("mark", {class: "sentence"}, e.sentence ?? e.label ?? ""))
      );
      void appendCluster(e.id);
      return;
    }
    try {
      const d = await getJson<SourceDetail>(`sources/${encodeURIComponent(e.sourceId)}`, {}, controller.signal);
      const text = d.source.text ?? "";
      const body = h("div", {class: "doc", tabindex: 0});
      if (text && e.start !== undefined && e.end !== undefined) {
        const mark = h("mark", {class: "sentence"}, text.slice(e.start, e.end));
        body.append(text.slice(0, e.start), mark, text.slice(e.end));
        doc.replaceChildren(
          heading,
          h(
            "p",
            {class: "lede"},
            [d.source.title, d.source.publisher, d.source.date && periodLabel(d.source.date)]
              .filter(Boolean)
              .join(" · ")
          ),
          body
        );
        mark.scrollIntoView({block: "center"});
      } else {
        doc.replaceChildren(heading, h("blockquote", {}, h("mark", {class: "sentence"}, e.sentence ?? "")), body);
        body.textContent = text;
      }
    } catch (err) {
      doc.replaceChildren(heading, h("blockquote", {}, e.sentence ?? ""), failure("the source document", err));
    }
    void appendCluster(e.id);
  };

  /** The cluster of reports behind the event: every report of the same happening, with its document. */
  const appendCluster = async (id: string) => {
    const section = h("section", {class: "cluster", id: "event-cluster"}, loading("the reports of this happening"));
    doc.append(section);
    try {
      const c = await getJson<{
        cluster: {id: string; rule: string};
        reports: {
          id: string;
          date?: string;
          precision?: string;
          source: string;
          target: string;
          code: string;
          sentence?: string;
          sourceId: string;
          url?: string;
        }[];
        documents: {sourceId: string; url?: string; title?: string; publisher?: string; date?: string}[];
      }>(`events/${encodeURIComponent(id)}/cluster`, {}, controller.signal);
      section.dataset.reports = String(c.reports.length);
      section.replaceChildren(
        h(
          "h3",
          {},
          c.reports.length === 1
            ? "Reported once: no other report of this happening is stored"
            : `${c.reports.length} reports of this happening in ${c.documents.length} documents (counted once in the event dimension)`
        ),
        h(
          "ul",
          {},
          ...c.reports.map((r) =>
            h(
              "li",
              {"data-event": r.id},
              `${eventDate(r)} ${actorName(r.source)} → ${actorName(r.target)} (${cameoLabel(r.code)}) `,
              r.url
                ? h("a", {href: r.url, rel: "noopener noreferrer", target: "_blank"}, "source")
                : h("span", {class: "lede"}, r.sourceId),
              r.sentence ? h("blockquote", {}, r.sentence) : null
            )
          )
        )
      );
    } catch (err) {
      if ((err as Error).name !== "AbortError") section.replaceChildren(failure("the reports of this happening", err));
    }
  };

  const load = () => {
    chart.replaceChildren(loading("the events"));
    delete chart.dataset.count;
    void Promise.all([fetchEvents(), loadNames()]).then(
      ([events]) => {
        all = events;
        render();
      },
      (e: unknown) => {
        if ((e as Error).name !== "AbortError") {
          chart.replaceChildren(failure("the events", e));
          table.replaceChildren();
        }
      }
    );
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    load();
  });
  load();
  return () => controller.abort();
};

export default eventsPage;
