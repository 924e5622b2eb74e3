import type {Forecast} from "../../domain/index.js";
import {getJson, postJson, token} from "../api.js";
import {empty, failure, field, h, loading, select} from "../dom.js";
import type {Page} from "../main.js";
import {quoted} from "../quote.js";

interface Score {
  by: "speaker" | "publisher";
  key: string;
  forecasts: number;
  open: number;
  expired: number;
  resolved: number;
  scored: number;
  brier: number | null;
  unscored: number;
  shareTrue: number | null;
}

const QUADS = ["", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

function predicts(f: Forecast): string {
  const o = f.outcome;
  if (o.kind === "membership") return `${o.actor} ${o.change}s ${o.org}`;
  if (o.kind === "event") return `${QUADS[o.quad]} between ${o.actors.join(" and ")}`;
  if (o.kind === "measure") return `${o.vector}'s share of ${o.focal}'s balance goes ${o.direction}`;
  return "nothing checkable automatically";
}

function statusText(f: Forecast): string {
  if (f.status === "open") return "open";
  const by = f.resolution?.by === "auto" ? "automatic, unconfirmed" : "by a person";
  return `${f.status === "true" ? "came true" : f.status === "false" ? "did not happen" : "expired"} (${by})`;
}

/** Forecasts: open and resolved forecasts with their evidence, and the speakers' scores with their counts. */
const forecastsPage: Page = (main, params) => {
  const controller = new AbortController();
  const status = select(
    "status",
    [
      ["", "any"],
      ["open", "open"],
      ["true", "came true"],
      ["false", "did not happen"],
      ["expired", "expired"]
    ],
    params.get("status") ?? ""
  );
  const form = h(
    "form",
    {class: "controls", id: "forecast-filters"},
    field("Status", status),
    h("button", {type: "submit"}, "Filter")
  );
  const scores = h("section", {class: "panel", id: "forecast-scores"});
  const list = h("div", {id: "forecasts"}, loading("the forecasts"));
  main.append(
    h("h1", {}, "Forecasts"),
    h(
      "p",
      {class: "lede"},
      "Every forecast the experts made in the stored analyses: who said it and where, what it predicts, the probability its wording implies, the horizon, and how it resolved with the evidence. Automatic resolutions wait for a person's confirmation."
    ),
    form,
    scores,
    list
  );

  const load = async () => {
    list.replaceChildren(loading("the forecasts"));
    try {
      const r = await getJson<{forecasts: Forecast[]; scores: Score[]}>(
        "forecasts",
        status.value ? {status: status.value} : {},
        controller.signal
      );
      render(r.forecasts, r.scores);
    } catch (e) {
      if ((e as Error).name !== "AbortError") list.replaceChildren(failure("the forecasts", e));
    }
  };

  const render = (forecasts: Forecast[], all: Score[]) => {
    main.dataset.ready = "true";
    list.dataset.count = String(forecasts.length);
    const speakers = all.filter((s) => s.by === "speaker");
    const table = h(
      "table",
      {class: "scores"},
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ...["speaker", "forecasts", "open", "expired", "resolved", "Brier (n)", "share true (n)"].map((t) =>
            h("th", {}, t)
          )
        )
      ),
      h(
        "tbody",
        {},
        ...speakers.map((s) =>
          h(
            "tr",
            {"data-speaker": s.key},
            h("td", {}, s.key),
            h("td", {}, String(s.forecasts)),
            h("td", {}, String(s.open)),
            h("td", {}, String(s.expired)),
            h("td", {}, String(s.resolved)),
            h("td", {}, s.scored ? `${s.brier!.toFixed(3)} (${s.scored})` : "–"),
            h("td", {}, s.unscored ? `${s.shareTrue!.toFixed(2)} (${s.unscored})` : "–")
          )
        )
      )
    );
    scores.replaceChildren(
      h("h2", {}, "Speakers' scores"),
      h(
        "p",
        {class: "lede"},
        "Over resolved forecasts only. Brier score: 0 is perfect, 0.25 is what always saying 50% earns; each score shows the number it rests on. Not a ranking."
      ),
      table
    );
    if (forecasts.length === 0) {
      list.replaceChildren(empty("No forecasts (ingest analyses in Documents to collect some)"));
      return;
    }
    list.replaceChildren(
      ...forecasts.map((f) =>
        h(
          "article",
          {class: `panel forecast ${f.status}`, "data-forecast": f.id, "data-status": f.status},
          h(
            "div",
            {},
            h("span", {class: "tag"}, statusText(f)),
            h(
              "span",
              {class: "tag"},
              f.horizon
                ? `horizon ${f.horizon}${f.horizonKind === "default" ? " (default)" : ""}`
                : "no horizon (undated)"
            ),
            f.modality
              ? h(
                  "span",
                  {class: "tag", title: "the probability its wording implies"},
                  `“${f.modality}” ≈ ${Math.round(100 * f.probability!)}%`
                )
              : null
          ),
          h("blockquote", {}, quoted(f.quote)),
          h(
            "p",
            {class: "lede"},
            `${f.speaker}${f.publisher ? `, ${f.publisher}` : ""}${f.made ? `, ${f.made}` : ""} · predicts: ${predicts(f)}`
          ),
          f.resolution ? h("ul", {class: "evidence"}, ...f.resolution.evidence.map((e) => h("li", {}, e))) : null,
          token() ? resolveForm(f) : null
        )
      )
    );
  };

  const resolveForm = (f: Forecast) => {
    const evidence = h("input", {name: "evidence", placeholder: "what shows it", size: 40});
    const verdict = select(
      "verdict",
      [
        ["true", "came true"],
        ["false", "did not happen"]
      ],
      "true"
    );
    const form = h(
      "form",
      {class: "controls resolve"},
      field("Resolve", verdict),
      field("Evidence", evidence),
      h("button", {type: "submit"}, "Save")
    );
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      if (!evidence.value.trim()) return evidence.focus();
      try {
        await postJson(`forecasts/${encodeURIComponent(f.id)}/resolve`, {
          status: verdict.value,
          evidence: [evidence.value.trim()]
        });
        void load();
      } catch (err) {
        form.append(failure("the resolution", err));
      }
    });
    return form;
  };

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void load();
  });
  void load();
  return () => controller.abort();
};

export default forecastsPage;
