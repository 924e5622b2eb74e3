import type {Claim, Event, Figure, SentenceWhy} from "../../domain/index.js";
import {periodLabel} from "../period-label.js";
import {ApiFailure, getIfDescribed, getJson, hasEndpoint, postJson, setToken, token} from "../api.js";
import {empty, failure, field, h, loading} from "../dom.js";
import {findMentions, highlighted} from "../highlight.js";
import type {Page} from "../main.js";

interface SourceDetail {
  /** Actor mentions with offsets into the body (when the API reads them). */
  mentions?: {start: number; end: number; code: string; text: string}[];
  source: {
    id: string;
    title: string | null;
    publisher: string | null;
    author: string | null;
    /** "2022-03-14", or "2022-03" / "2022" when the document states only the month or the year. */
    date: string | null;
    datePrecision?: "day" | "month" | "year" | null;
    origin: string;
    format: string;
    text: string | null;
  };
  events: Event[];
  claims: Claim[];
  figures?: Figure[];
  /** Each sentence with why it did or did not give an event or a claim (stored since schema 4). */
  sentences?: {index: number; text: string; why?: SentenceWhy}[];
}

/** Words for the reader's reason codes (src/read/why.ts). */
const REASONS: Record<string, string> = {
  question: "a question",
  "no-coder": "read without the event coder",
  "no-actor": "names no actor",
  "one-actor": "names one actor (no dyad)",
  "no-verb": "no verb links its actors",
  opinion: "an opinion: a claim, not an event",
  negation: "negated",
  hypothetical: "hypothetical",
  generic: "a general statement",
  planned: "planned or announced, not done",
  undated: "no date for the event",
  "no-cue": "no judgement, forecast or recommendation",
  fact: "reports a fact: not a claim",
  "no-speaker": "a quotation with no named speaker",
  "too-short": "too short",
  heading: "a subheading"
};

/** The "why" table: each sentence, what it gave, and why not the rest. */
function whyTable(sentences: NonNullable<SourceDetail["sentences"]>): HTMLElement {
  const rows = sentences.filter((s) => s.why);
  if (!rows.length)
    return empty("This document was stored before the reader kept its reasons: ingest it again to see them");
  return h(
    "details",
    {id: "doc-why"},
    h("summary", {}, `Why each sentence gave an event or a claim, or did not (${rows.length} sentences)`),
    h(
      "div",
      {class: "scroll"},
      h(
        "table",
        {},
        h(
          "thead",
          {},
          h("tr", {}, h("th", {}, "#"), h("th", {}, "Sentence"), h("th", {}, "Gave"), h("th", {}, "Why not"))
        ),
        h(
          "tbody",
          {},
          ...rows.map((s) =>
            h(
              "tr",
              {},
              h("td", {}, String(s.index)),
              h("td", {}, s.text),
              h(
                "td",
                {},
                [
                  ...s.why!.events.map((e) => `event ${e}`),
                  ...(s.why!.claim ? [s.why!.claim] : []),
                  ...(s.why!.figures ? [`${s.why!.figures} figure${s.why!.figures === 1 ? "" : "s"}`] : [])
                ].join("; ") || "—"
              ),
              h("td", {}, s.why!.reasons.map((r) => REASONS[r] ?? r).join("; ") || "—")
            )
          )
        )
      )
    )
  );
}

interface SourceSummary {
  id: string;
  title: string | null;
  date: string | null;
  format: string;
  events: number;
  claims: number;
}

/** The source id in an ingest answer, whatever its exact shape (`{id}`, `{source: {id}}`, `{sources: [{id}]}`, `{items: […]}`). */
export function ingestedId(raw: unknown): string | undefined {
  const r = raw as Record<string, unknown> | undefined;
  if (!r || typeof r !== "object") return undefined;
  if (typeof r.id === "string") return r.id;
  if (typeof r.sourceId === "string") return r.sourceId;
  const src = r.source as Record<string, unknown> | undefined;
  if (src && typeof src.id === "string") return src.id;
  for (const k of ["sources", "items", "results"]) {
    const list = r[k];
    if (Array.isArray(list) && list.length) return ingestedId(list[0]);
  }
  return undefined;
}

function formatOf(name: string): string {
  if (/\.html?$/i.test(name)) return "html";
  if (/\.(md|markdown)$/i.test(name)) return "markdown";
  return name ? "text" : "auto";
}

/** Documents: ingest an article (paste or upload, with the write token) and read it back: actors highlighted, events and claims listed. */
const documentsPage: Page = (main, params) => {
  const controller = new AbortController();
  const title = h("input", {name: "title", placeholder: "optional", size: 30});
  const date = h("input", {type: "date", name: "date", "aria-label": "Publication date"});
  const text = h("textarea", {
    name: "text",
    rows: 8,
    cols: 60,
    placeholder: "Paste an article…",
    "aria-label": "Article text"
  });
  const file = h("input", {type: "file", name: "file", accept: ".txt,.md,.markdown,.html,.htm,text/*"});
  const tok = h("input", {
    type: "password",
    name: "token",
    value: token(),
    autocomplete: "off",
    placeholder: "bearer token",
    size: 16
  });
  const submit = h("button", {type: "submit"}, "Ingest");
  const form = h(
    "form",
    {class: "panel", id: "ingest"},
    h("h2", {}, "Ingest an article"),
    h(
      "div",
      {class: "controls"},
      field("Title", title),
      field("Published on", date),
      field("Or upload a file", file),
      field("Write token", tok)
    ),
    field("Text", text),
    h("div", {class: "controls"}, submit)
  );
  const outcome = h("div", {id: "ingest-status", role: "status", "aria-live": "polite"});
  const reader = h(
    "section",
    {class: "panel", id: "document"},
    h("p", {class: "state empty", "data-state": "empty"}, "Ingest an article or choose one below to read it.")
  );
  const list = h("div", {id: "sources", class: "panel"}, loading("the documents"));
  main.append(
    h("h1", {}, "Documents"),
    h(
      "p",
      {class: "lede"},
      "Feed the reader an article and see what it found: actors, coded events with their sentences, and expert claims."
    ),
    form,
    outcome,
    reader,
    list
  );

  let fileName = "";
  file.addEventListener("change", async () => {
    const f = file.files?.[0];
    if (!f) return;
    fileName = f.name;
    text.value = await f.text();
    if (!title.value) title.value = f.name.replace(/\.[^.]+$/, "");
  });

  let aliases: Promise<{code: string; alias: string}[]> | undefined;
  const loadAliases = () =>
    (aliases ??= getJson<{items: {code: string; name: string; aliases: {alias: string}[]}[]}>(
      "actors",
      {},
      controller.signal
    )
      .then((r) =>
        r.items.flatMap((a) => [
          {code: a.code, alias: a.code},
          {code: a.code, alias: a.name},
          ...a.aliases.map((x) => ({code: a.code, alias: x.alias}))
        ])
      )
      .catch(() => []));

  const open = async (id: string) => {
    reader.replaceChildren(loading("the document"));
    try {
      const [d, names] = await Promise.all([
        getJson<SourceDetail>(`sources/${encodeURIComponent(id)}`, {}, controller.signal),
        loadAliases()
      ]);
      const body = d.source.text ?? "";
      const mentions = d.mentions?.length
        ? d.mentions.map((m) => ({start: m.start, end: m.end, code: m.code, alias: m.text}))
        : findMentions(body, names);
      const doc = h("div", {class: "doc", tabindex: 0, "aria-label": "Document text"});
      doc.append(highlighted(body, mentions));
      const codes = [...new Set(mentions.map((m) => m.code))];
      reader.replaceChildren(
        h("h2", {}, d.source.title ?? d.source.id),
        h(
          "p",
          {class: "lede"},
          [
            d.source.publisher,
            d.source.author,
            d.source.date && periodLabel(d.source.date, d.source.datePrecision),
            d.source.format
          ]
            .filter(Boolean)
            .join(" · ")
        ),
        h("p", {}, "Actors: ", ...codes.map((c) => h("span", {class: "tag"}, c))),
        doc,
        h("h2", {}, `Events (${d.events.length})`),
        d.events.length
          ? h(
              "div",
              {class: "scroll"},
              h(
                "table",
                {id: "doc-events"},
                h(
                  "thead",
                  {},
                  h("tr", {}, h("th", {}, "Date"), h("th", {}, "Dyad"), h("th", {}, "Code"), h("th", {}, "Sentence"))
                ),
                h(
                  "tbody",
                  {},
                  ...d.events.map((e) =>
                    h(
                      "tr",
                      {},
                      // (a year the reader estimated for a page with no date, as src/domain/event.ts yearEstimated
                      // reads the rule: the dashboard imports no values from the domain)
                      h(
                        "td",
                        {},
                        e.date
                          ? `${periodLabel(e.date, e.precision)}${e.rule?.includes("+estimated-year") ? " (year estimated: the page states none)" : ""}`
                          : "undated"
                      ),
                      h("td", {}, `${e.source} → ${e.target}`),
                      h("td", {}, h("code", {}, e.code)),
                      h("td", {}, e.sentence ?? "")
                    )
                  )
                )
              )
            )
          : empty("No events coded"),
        h("h2", {}, `Claims (${d.claims.length})`),
        d.claims.length
          ? h(
              "ul",
              {id: "doc-claims"},
              ...d.claims.map((c) =>
                h(
                  "li",
                  {},
                  h("span", {class: `tag ${c.kind}`}, c.kind),
                  h("strong", {}, c.speaker),
                  ": “",
                  c.quote,
                  "”",
                  c.horizon ? ` (horizon ${c.horizon})` : ""
                )
              )
            )
          : empty("No claims found"),
        h("h2", {}, `Figures (${d.figures?.length ?? 0})`),
        d.figures?.length
          ? h(
              "div",
              {class: "scroll"},
              h(
                "table",
                {id: "doc-figures"},
                h(
                  "thead",
                  {},
                  h(
                    "tr",
                    {},
                    h("th", {}, "Value"),
                    h("th", {}, "Unit"),
                    h("th", {}, "What"),
                    h("th", {}, "Year"),
                    h(
                      "th",
                      {title: "A level still to come: a target a side sets, or a forecast someone makes"},
                      "Outlook"
                    ),
                    h("th", {}, "Sentence")
                  )
                ),
                h(
                  "tbody",
                  {},
                  ...d.figures.map((f) =>
                    h(
                      "tr",
                      {},
                      h("td", {}, `${f.approximate ? "~" : ""}${f.value}`),
                      h("td", {}, f.unit),
                      h("td", {}, f.what),
                      h("td", {}, f.year === undefined ? "" : String(f.year)),
                      // (absent for a level that is or was)
                      h("td", {class: f.outlook ? `outlook ${f.outlook}` : "outlook"}, f.outlook ?? ""),
                      h("td", {}, f.quote)
                    )
                  )
                )
              )
            )
          : empty("No figures found"),
        whyTable(d.sentences ?? [])
      );
      reader.dataset.source = id;
      main.dataset.ready = "true";
    } catch (e) {
      reader.replaceChildren(failure("the document", e));
    }
  };

  const refresh = async () => {
    try {
      const r = await getIfDescribed<{items: SourceSummary[]}>(
        "/api/sources",
        "sources",
        {limit: 50},
        controller.signal
      );
      const docs = r.items.filter((s) => s.format !== "pack" && s.format !== "dataset");
      if (docs.length === 0) {
        list.replaceChildren(h("h2", {}, "Stored documents"), empty("No documents ingested yet"));
        return;
      }
      list.replaceChildren(
        h("h2", {}, "Stored documents"),
        h(
          "ul",
          {},
          ...docs.map((s) =>
            h(
              "li",
              {},
              h(
                "a",
                {
                  href: `#/documents?id=${encodeURIComponent(s.id)}`,
                  onclick: (e: Event | globalThis.Event) => {
                    (e as globalThis.Event).preventDefault();
                    history.replaceState(null, "", `#/documents?id=${encodeURIComponent(s.id)}`);
                    void open(s.id);
                  }
                },
                s.title ?? s.id
              ),
              ` · ${s.date ? periodLabel(s.date) : "undated"} · ${s.events} event${s.events === 1 ? "" : "s"}, ${s.claims} claim${s.claims === 1 ? "" : "s"}`
            )
          )
        )
      );
    } catch (e) {
      list.replaceChildren(h("h2", {}, "Stored documents"), failure("the documents", e));
    }
  };

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (!text.value.trim()) {
      outcome.replaceChildren(h("p", {class: "state error", role: "alert"}, "Paste a text or choose a file first"));
      return;
    }
    setToken(tok.value);
    submit.disabled = true;
    outcome.replaceChildren(loading("the article into the store"));
    try {
      if (!(await hasEndpoint("post", "/api/ingest")))
        throw new ApiFailure(404, "not_found", "No such endpoint: POST /api/ingest");
      const raw = await postJson<unknown>(
        "ingest",
        {
          text: text.value,
          ...(title.value ? {title: title.value} : {}),
          ...(date.value ? {date: date.value} : {}),
          format: formatOf(fileName),
          ...(fileName ? {name: fileName} : {})
        },
        {bearer: tok.value}
      );
      const id = ingestedId(raw);
      const st = (raw as {status?: string}).status;
      outcome.replaceChildren(
        h("p", {"data-state": "done"}, `Ingested${st ? ` (${st})` : ""}${id ? `: ${id.slice(0, 16)}…` : ""}`)
      );
      if (id) await open(id);
      await refresh();
    } catch (err) {
      outcome.replaceChildren(failure("the article (ingest)", err));
    } finally {
      submit.disabled = false;
    }
  });

  const id = params.get("id");
  if (id) void open(id);
  void refresh();
  return () => controller.abort();
};

export default documentsPage;
