import {getJson} from "../api.js";
import {failure, field, h, loading, empty} from "../dom.js";
import type {Page} from "../main.js";
import {
  FOCAL_COLOR,
  linksAroundFocal,
  membershipNetwork,
  nodeColor,
  ORG_COLOR,
  OTHER_COLOR,
  type NetworkLink
} from "../views/network.js";
import {chartTools} from "../download.js";
import {legend} from "../legend.js";
import {actorName, loadNames} from "../names.js";

const DEFAULTS = {at: "2022-01-01", focal: "KAZ", vectors: ["RUS", "CHN", "USA", "EU", "TUR"]} as const;

/** Network: the memberships valid at a chosen date (d3-force); hovering or focusing a node shows its roles and dates. */
const networkPage: Page = (main, params) => {
  const controller = new AbortController();
  const date = h("input", {
    type: "date",
    name: "at",
    value: params.get("at") ?? DEFAULTS.at,
    min: "1991-01-01",
    max: "2030-12-31"
  });
  // With every state in the pack, the whole network is a hairball: by default the focal state's region.
  const every = h("input", {type: "checkbox", name: "all", checked: params.get("all") === "1"});
  const slot = h("div", {class: "chart", id: "network"}, loading("the memberships"));
  const caption = h("p", {class: "lede", id: "network-caption"});
  const tip = h("div", {class: "tooltip", role: "tooltip", hidden: true, id: "network-tip"});
  const form = h(
    "form",
    {class: "controls"},
    field("Memberships valid on", date),
    field("Every state (not only the region's)", every),
    h("button", {type: "submit"}, "Show")
  );
  main.append(
    h("h1", {}, "Memberships network"),
    h(
      "p",
      {class: "lede"},
      "States and organizations, linked by the memberships valid on the chosen date. Squares are organizations; dashed links are observers and partners. Hover or tab to a node for its roles and dates."
    ),
    form,
    caption,
    h("section", {class: "panel"}, slot),
    tip
  );
  const load = async () => {
    const at = date.value;
    slot.replaceChildren(loading("the memberships"));
    main.dataset.ready = "false";
    try {
      const [{items: all}] = await Promise.all([
        getJson<{items: NetworkLink[]}>("memberships", {at}, controller.signal),
        loadNames()
      ]);
      const items = every.checked ? all : linksAroundFocal(all, DEFAULTS.focal, new Set(DEFAULTS.vectors));
      const width = Math.max(340, Math.min(1180, (main.clientWidth || 900) - 30));
      const height = width < 600 ? 620 : 600;
      if (items.length === 0) slot.replaceChildren(empty(`No memberships valid on ${at}`));
      else {
        const states = [...new Set(items.map((m) => m.actor))];
        const vectors = states.filter((c) => c !== DEFAULTS.focal && nodeColor(c, false) !== OTHER_COLOR).sort();
        const svg = membershipNetwork(items, {
          width,
          height,
          focal: DEFAULTS.focal,
          onHover: (text, p) => {
            if (text === null) tip.hidden = true;
            else {
              tip.textContent = "";
              for (const [i, line] of text.split("\n").entries())
                tip.append(i === 0 ? h("strong", {}, line) : h("div", {}, line));
              tip.style.left = `${Math.min(p.x, window.innerWidth - 290)}px`;
              tip.style.top = `${p.y}px`;
              tip.hidden = false;
            }
          }
        });
        slot.replaceChildren(
          svg,
          legend("Node colour", [
            {label: "organization", color: ORG_COLOR},
            {label: `${actorName(DEFAULTS.focal)} (focal state)`, color: FOCAL_COLOR, shape: "dot"},
            ...vectors.map((c) => ({label: actorName(c), color: nodeColor(c, false), shape: "dot" as const})),
            {label: "other state", color: OTHER_COLOR, shape: "dot"}
          ]),
          legend("Links", [
            {label: "member or founder", color: "#7f8c8d", shape: "line", size: 1.5},
            {label: "observer or partner", color: "#c8ced3", shape: "dash", size: 1.5}
          ]),
          chartTools(`memberships-${at}`, {svg: () => svg, data: () => items})
        );
      }
      const orgs = new Set(items.map((m) => m.org));
      caption.textContent =
        `${at}: ${items.length} memberships in ${orgs.size} organizations` +
        (items.length < all.length
          ? ` (the states that share a regional organization with ${actorName(DEFAULTS.focal)}, and its vectors; ${all.length} in all: tick "Every state")`
          : "");
      slot.dataset.at = at;
      main.dataset.ready = "true";
    } catch (e) {
      if ((e as Error).name !== "AbortError") slot.replaceChildren(failure("the memberships", e));
    }
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    history.replaceState(null, "", `#/network?at=${date.value}${every.checked ? "&all=1" : ""}`);
    void load();
  });
  void load();
  return () => controller.abort();
};

export default networkPage;
