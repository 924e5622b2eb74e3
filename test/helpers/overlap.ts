/**
 * The overlap rule of the dashboard: no two text boxes of a view intersect. {@link textOverlaps} lists
 * every pair of visible texts under `root` (SVG <text> elements and HTML text) whose boxes intersect
 * by more than `tolerance` pixels each way, with their words, so a failing test says which labels collide.
 *
 * @module
 */
import type {Page} from "playwright-core";

/** Two texts that overlap, with their boxes. */
export interface Overlap {
  a: string;
  b: string;
  box: [number, number, number, number];
}

/** The pairs of visible text boxes under `root` that intersect (by more than `tolerance` px both ways). */
export async function textOverlaps(page: Page, root = "main", tolerance = 1): Promise<Overlap[]> {
  // Passed as source text: the test runner's transpiler would otherwise add helpers the page does not have.
  return page.evaluate(`(${IN_PAGE})(${JSON.stringify(root)}, ${Number(tolerance)})`) as Promise<Overlap[]>;
}

const IN_PAGE = `function (selector, tol) {
  const base = document.querySelector(selector);
  if (!base) return [];
  const boxes = [];
  const visible = function (el) {
    if (el.closest("details:not([open]) > :not(summary)")) return false;
    if (el.closest("[hidden], option, select, script, style, title, desc")) return false;
    for (let e = el; e; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.display === "none" || cs.visibility === "hidden" || Number(cs.opacity) === 0) return false;
    }
    return true;
  };
  const add = function (text, rect, owner) {
    if (rect.width < 1 || rect.height < 1 || !text.trim()) return;
    boxes.push({text: text.trim().slice(0, 60), l: rect.left, t: rect.top, r: rect.right, b: rect.bottom, owner});
  };
  for (const t of base.querySelectorAll("svg text")) if (visible(t)) add(t.textContent || "", t.getBoundingClientRect(), t);
  const walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || parent.closest("svg") || !(n.textContent || "").trim() || !visible(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    // One box per line of a wrapped text.
    for (const rect of range.getClientRects()) add(n.textContent, rect, parent);
  }
  const out = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const p = boxes[i];
      const q = boxes[j];
      if (p.owner === q.owner && p.text === q.text) continue; // the lines of one wrapped text
      const w = Math.min(p.r, q.r) - Math.max(p.l, q.l);
      const h = Math.min(p.b, q.b) - Math.max(p.t, q.t);
      if (w > tol && h > tol) out.push({a: p.text, b: q.text, box: [Math.round(p.l), Math.round(p.t), Math.round(w), Math.round(h)]});
    }
  return out;
}`;

/** The overlaps as lines a person can read in a failed assertion. */
export function describeOverlaps(overlaps: readonly Overlap[]): string {
  return overlaps
    .map((o) => `"${o.a}" overlaps "${o.b}" (${o.box[2]}×${o.box[3]} px at ${o.box[0]},${o.box[1]})`)
    .join("\n");
}
