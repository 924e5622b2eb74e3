/**
 * Paging for long lists (events, claims): "51–100 of 144", previous and next, and the page size.
 * The page asks the API for one page at a time (`limit`, `offset`), so a list never becomes a
 * 10,000-pixel page.
 *
 * @module
 * @example
 * ```ts
 * const pager = paging({limit: 50, onChange: (offset, limit) => load(offset, limit)});
 * pager.update({total: 144, offset: 0, shown: 50});
 * ```
 */
import {h} from "./dom.js";

/** A pager element and how to tell it what is shown. */
export interface Pager {
  element: HTMLElement;
  update(state: {total: number; offset: number; shown: number}): void;
}

/** Builds a pager; `onChange(offset, limit)` is called when the reader moves or changes the page size. */
export function paging({
  limit: initial = 50,
  sizes = [25, 50, 100, 200],
  noun = "rows",
  onChange
}: {
  limit?: number;
  sizes?: readonly number[];
  noun?: string;
  onChange: (offset: number, limit: number) => void;
}): Pager {
  let limit = initial;
  let offset = 0;
  let total = 0;
  const status = h("span", {class: "pager-status", role: "status", "aria-live": "polite"});
  const prev = h("button", {type: "button", class: "secondary", "data-page": "prev"}, "← Previous");
  const next = h("button", {type: "button", class: "secondary", "data-page": "next"}, "Next →");
  const size = h("select", {name: "page-size", "aria-label": `${noun} per page`});
  for (const s of sizes)
    size.append(h("option", {value: String(s), ...(s === limit ? {selected: true} : {})}, String(s)));
  prev.addEventListener("click", () => onChange(Math.max(0, offset - limit), limit));
  next.addEventListener("click", () => onChange(offset + limit, limit));
  size.addEventListener("change", () => {
    limit = Number(size.value);
    onChange(0, limit);
  });
  const element = h(
    "nav",
    {class: "pager", "aria-label": `Pages of ${noun}`, "data-pager": noun},
    prev,
    status,
    next,
    h("label", {class: "pager-size"}, size, ` ${noun} per page`)
  );
  return {
    element,
    update(state) {
      ({offset, total} = state);
      status.textContent = total === 0 ? `No ${noun}` : `${offset + 1}–${offset + state.shown} of ${total} ${noun}`;
      prev.disabled = offset === 0;
      next.disabled = offset + state.shown >= total;
    }
  };
}
