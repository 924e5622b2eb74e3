/**
 * A call's or a hearing's transcript as transcript sites set it: each speaker's name on a line of its own over the
 * turn, no colon. Read by the article's extractor (the lines are the body's, no byline or signature) and by the voices
 * (each turn is its speaker's).
 */
import {isPersonName} from "./byline.js";

/**
 * The speakers' name lines of a call's or a hearing's transcript ("Jane Roe" / "Thank you. We have seen …"; "Operator"
 * / "The next question …"): two persons' names or more standing alone on lines at least twice each; then every person's
 * name alone on a line is a turn's label, and "Operator" too. Empty on any other page.
 */
export function turnLabels(blocks: readonly {text: string}[]): Set<string> {
  const count = new Map<string, number>();
  for (const b of blocks) {
    const t = b.text.trim();
    if (
      t.length <= 60 &&
      (t === "Operator" || (/^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u.test(t) && isPersonName(t)))
    )
      count.set(t, (count.get(t) ?? 0) + 1);
  }
  const repeated = [...count].filter(([t, n]) => n >= 2 && t !== "Operator");
  return repeated.length >= 2 ? new Set(count.keys()) : new Set();
}
