/**
 * Small DOM helpers: build elements, and show a view's loading, empty and error states the same way everywhere.
 *
 * @module
 */
import {ApiFailure} from "./api.js";

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | EventListener>;

/** Creates an element: `h("button", {type: "button", onclick}, "Run")`. Attributes starting with `on` are listeners. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

/** Appends children, skipping empty ones. */
export function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "number" ? String(c) : c);
  }
}

/** A "Loading …" placeholder with role=status. */
export function loading(what: string): HTMLElement {
  return h("p", {class: "state loading", role: "status", "data-state": "loading"}, `Loading ${what}…`);
}

/** The waiting state of a read the server is still computing (it answered 202): what, and for how long. */
export function computing(what: string, seconds: number): HTMLElement {
  return h(
    "p",
    {class: "state loading computing", role: "status", "data-state": "computing"},
    `Still computing ${what} on the server (${seconds} s so far); it will appear here when it is ready…`
  );
}

/** The empty state: nothing to show, and why. */
export function empty(message: string): HTMLElement {
  return h("p", {class: "state empty", "data-state": "empty"}, message);
}

/** The error state: what failed, with the API's message. */
export function failure(what: string, error: unknown): HTMLElement {
  const status = error instanceof ApiFailure ? error.status : 0;
  const message = error instanceof Error ? error.message : String(error);
  const text =
    status === 404 ? `Not available yet: ${what} (the API has no such endpoint)` : `Cannot load ${what}: ${message}`;
  return h("p", {class: "state error", role: "alert", "data-state": "error", "data-status": status}, text);
}

/** Replaces the content of `slot` with the result of `render(await load())`, showing loading, empty and error states. */
export async function fill<T>(
  slot: Element,
  what: string,
  load: () => Promise<T>,
  render: (data: T) => Node | null,
  emptyMessage = `No ${what} to show`
): Promise<T | undefined> {
  slot.replaceChildren(loading(what));
  slot.setAttribute("aria-busy", "true");
  try {
    const data = await load();
    const node = render(data);
    slot.replaceChildren(node ?? empty(emptyMessage));
    return data;
  } catch (e) {
    if ((e as Error).name === "AbortError") return undefined;
    slot.replaceChildren(failure(what, e));
    return undefined;
  } finally {
    slot.removeAttribute("aria-busy");
  }
}

/** A labelled form control. */
export function field(label: string, control: HTMLElement): HTMLLabelElement {
  return h("label", {class: "field"}, h("span", {}, label), control);
}

/** A <select> with options `[value, label]`. */
export function select(
  name: string,
  options: readonly (readonly [string, string])[],
  value: string
): HTMLSelectElement {
  const s = h("select", {name});
  for (const [v, l] of options) s.append(h("option", {value: v, ...(v === value ? {selected: true} : {})}, l));
  return s;
}

/** Formats a share 0–1 as a percentage. */
export function pct(x: number | undefined | null, digits = 0): string {
  return x === undefined || x === null || !Number.isFinite(x) ? "–" : `${(x * 100).toFixed(digits)}%`;
}
