import {dictionaryLines} from "./lines.js";

/** A discard phrase: a sentence (or, with `story`, the whole story) that contains it is not coded. */
export interface DiscardEntry {
  /** Upper-case text. */
  phrase: string;
  story: boolean;
  /** Must end at a word boundary (the phrase was written with a final "_"). */
  exact: boolean;
}

/** Reads a PETRARCH discards list: one phrase a line, `+` for story-level discards. */
export function parseDiscards(text: string): DiscardEntry[] {
  return dictionaryLines(text).map(({text: t}) => {
    const story = t.startsWith("+");
    const body = t.replace(/^\+/, "").trim().toUpperCase();
    const exact = body.endsWith("_");
    return {phrase: body.replace(/_/g, " ").trim(), story, exact};
  });
}

/** The first discard phrase found in a text (case-insensitive, at a word start), or undefined. */
export function findDiscard(text: string, discards: readonly DiscardEntry[]): DiscardEntry | undefined {
  if (discards.length === 0) return undefined;
  const upper = ` ${text.toUpperCase().replace(/\s+/g, " ")} `;
  for (const d of discards) {
    let at = upper.indexOf(` ${d.phrase}`);
    while (at >= 0) {
      const after = upper[at + 1 + d.phrase.length] ?? " ";
      if (!d.exact || !/[A-Z0-9]/.test(after)) return d;
      at = upper.indexOf(` ${d.phrase}`, at + 1);
    }
  }
  return undefined;
}
