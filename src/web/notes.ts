/**
 * The API's warnings and data breaks, shown where the figure is: a short list under the chart
 * they concern ("No UN roll calls in 2021–2022: values are null"). A figure never hides what the
 * API said about it.
 *
 * @module
 */
import {h} from "./dom.js";

/** An issue as the API returns it in `warnings`. */
export interface ApiIssue {
  code?: string;
  message: string;
  path?: (string | number)[];
}

/** A list of the warnings (none: nothing is added). `data-notes` names the figure for tests. */
export function notes(figure: string, warnings: readonly ApiIssue[] | undefined): HTMLElement | null {
  if (!warnings?.length) return null;
  const unique = [...new Set(warnings.map((w) => w.message))];
  return h(
    "ul",
    {class: "notes", "data-notes": figure, "aria-label": `Notes on ${figure}`},
    ...unique.map((m) => h("li", {}, m))
  );
}
