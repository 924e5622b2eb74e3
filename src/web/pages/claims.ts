import type {Claim} from "../../domain/index.js";
import {getIfDescribed, type Page as ApiPage} from "../api.js";
import {empty, failure, field, h, loading, select} from "../dom.js";
import type {Page} from "../main.js";
import {actorName, loadNames} from "../names.js";
import {paging} from "../paging.js";
import {periodLabel} from "../period-label.js";
import {quoted} from "../quote.js";

type ClaimRow = Claim & {sourceTitle?: string; sourceDate?: string};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Claims: expert assessments, forecasts and recommendations by speaker, actor and kind, with their quotes. */
const claimsPage: Page = (main, params) => {
  const controller = new AbortController();
  const speaker = h("input", {name: "speaker", value: params.get("speaker") ?? "", placeholder: "name"});
  const about = h("input", {name: "about", value: params.get("about") ?? "", placeholder: "RUS", size: 6});
  const kind = select(
    "kind",
    [
      ["", "any"],
      ["assessment", "assessments"],
      ["forecast", "forecasts"],
      ["recommendation", "recommendations"]
    ],
    params.get("kind") ?? ""
  );
  const form = h(
    "form",
    {class: "controls", id: "claim-filters"},
    field("Speaker", speaker),
    field("About actor", about),
    field("Kind", kind),
    h("button", {type: "submit"}, "Filter")
  );
  const list = h("div", {id: "claims"}, loading("the claims"));
  let at = {offset: 0, limit: 25};
  const pager = paging({
    limit: at.limit,
    sizes: [10, 25, 50, 100],
    noun: "claims",
    onChange: (offset, limit) => {
      at = {offset, limit};
      void load();
    }
  });
  main.append(
    h("h1", {}, "Expert claims"),
    h(
      "p",
      {class: "lede"},
      "What analysts assess, forecast and recommend, quoted and attributed. Forecasts show their horizon and, once known, how they resolved."
    ),
    form,
    pager.element,
    list
  );

  const load = async () => {
    list.replaceChildren(loading("the claims"));
    try {
      const page = await getIfDescribed<ApiPage<ClaimRow>>(
        "/api/claims",
        "claims",
        {
          speaker: speaker.value.trim(),
          about: about.value.trim().toUpperCase(),
          kind: kind.value,
          limit: at.limit,
          offset: at.offset
        },
        controller.signal
      );
      await loadNames();
      pager.update({total: page.total ?? page.items.length, offset: at.offset, shown: page.items.length});
      render(page.items, page.total ?? page.items.length);
    } catch (e) {
      if ((e as Error).name !== "AbortError") list.replaceChildren(failure("the claims", e));
    }
  };

  const render = (claims: ClaimRow[], total: number) => {
    main.dataset.ready = "true";
    list.dataset.count = String(claims.length);
    if (claims.length === 0) {
      list.replaceChildren(empty("No claims match (ingest articles in Documents to collect some)"));
      return;
    }
    const bySpeaker = new Map<string, ClaimRow[]>();
    for (const c of claims) bySpeaker.set(c.speaker, [...(bySpeaker.get(c.speaker) ?? []), c]);
    list.replaceChildren(
      h(
        "p",
        {class: "lede"},
        `${claims.length === total ? plural(total, "claim") : `${claims.length} of ${plural(total, "claim")}`} (this page by ${plural(bySpeaker.size, "speaker")}, grouped by speaker)`
      )
    );
    const grid = h("div", {class: "grid"});
    for (const [who, items] of [...bySpeaker].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
      const panel = h(
        "section",
        {class: "panel claim-speaker", "data-speaker": who},
        h("h2", {}, who, items[0]?.affiliation ? h("span", {class: "lede"}, ` · ${items[0].affiliation}`) : null)
      );
      for (const c of items) {
        panel.append(
          h(
            "article",
            {class: `claim ${c.kind}`, "data-kind": c.kind, "data-claim": c.id},
            h(
              "div",
              {},
              h("span", {class: `tag ${c.kind}`}, c.kind),
              c.kind === "forecast"
                ? h(
                    "span",
                    {class: "tag forecast horizon", "data-horizon": c.horizon ?? ""},
                    c.horizon ? `horizon ${c.horizon}` : "no horizon stated"
                  )
                : null,
              c.resolution && c.resolution !== "open" ? h("span", {class: "tag"}, `resolved ${c.resolution}`) : null,
              ...c.about.map((a) => h("span", {class: "tag", title: a}, actorName(a)))
            ),
            h("blockquote", {}, quoted(c.quote)),
            c.sourceTitle
              ? h("p", {class: "lede"}, `${c.sourceTitle}${c.sourceDate ? `, ${periodLabel(c.sourceDate)}` : ""}`)
              : null
          )
        );
      }
      grid.append(panel);
    }
    list.append(grid);
  };

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    at = {...at, offset: 0};
    void load();
  });
  void load();
  return () => controller.abort();
};

export default claimsPage;
