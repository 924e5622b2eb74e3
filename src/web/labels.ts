/**
 * Label placement that never overlaps: each label tries positions around its anchor (right, left,
 * above, below, then the diagonals) and takes the first whose box stays inside the frame and clear
 * of every label already placed and of the obstacles given; a label with no free position is left
 * out (its mark keeps its tooltip). Labels are placed in priority order, so the important ones win.
 *
 * Text boxes are estimated from the font size (a conservative 0.62 em per character), so the result
 * does not depend on fonts being loaded; the browser tests check the rule on the real boxes.
 *
 * @module
 */

/** A rectangle: left, top, right, bottom. */
export type Box = [number, number, number, number];

/** A label to place near a point. */
export interface LabelRequest {
  x: number;
  y: number;
  text: string;
  /** Font size in px (default 11). */
  size?: number;
  /** Bold text is wider. */
  bold?: boolean;
  /** Higher first (default 0). */
  priority?: number;
  /** Distance from the point (default 6). */
  offset?: number;
  /** Only these positions, in this order (default all). */
  positions?: readonly Position[];
}

export type Position =
  "right" | "left" | "above" | "below" | "above-right" | "above-left" | "below-right" | "below-left";

/** A placed label: where its text goes (`x`, `y` baseline, `anchor`) and its box. */
export interface PlacedLabel<R extends LabelRequest = LabelRequest> {
  request: R;
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  box: Box;
}

const ALL: readonly Position[] = [
  "right",
  "left",
  "above",
  "below",
  "above-right",
  "above-left",
  "below-right",
  "below-left"
];

/** The estimated box of a text of `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? 0.66 : 0.62) + 2;
}

function intersects(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** Places labels without overlaps inside `frame` (width, height); dropped labels are not returned. */
export function placeLabels<R extends LabelRequest>(
  requests: readonly R[],
  {width, height, obstacles = []}: {width: number; height: number; obstacles?: readonly Box[]}
): PlacedLabel<R>[] {
  const placed: PlacedLabel<R>[] = [];
  const taken: Box[] = [...obstacles];
  const order = [...requests].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
  for (const r of order) {
    const size = r.size ?? 11;
    const w = textWidth(r.text, size, r.bold);
    const asc = size * 0.95;
    const desc = size * 0.3;
    const off = r.offset ?? 6;
    for (const pos of r.positions ?? ALL) {
      let x = r.x;
      let y = r.y + size * 0.35;
      let anchor: PlacedLabel["anchor"] = "start";
      if (pos.includes("right")) x = r.x + off;
      if (pos.includes("left")) {
        x = r.x - off;
        anchor = "end";
      }
      if (pos === "above" || pos === "below") anchor = "middle";
      if (pos.startsWith("above")) y = r.y - off - desc;
      if (pos.startsWith("below")) y = r.y + off + asc;
      const left = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
      const box: Box = [left, y - asc, left + w, y + desc];
      if (box[0] < 0 || box[1] < 0 || box[2] > width || box[3] > height) continue;
      if (taken.some((t) => intersects(t, box))) continue;
      taken.push(box);
      placed.push({request: r, x, y, anchor, box});
      break;
    }
  }
  return placed;
}
