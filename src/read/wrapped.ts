/**
 * Plain text laid out in fixed-width lines (a PDF's extracted text, a report saved as text, an e-mail wrapped at 72
 * columns): a paragraph runs over many lines, words are hyphenated across them ("Kyrgyz-" / "stan"), and a page's
 * running header or footer ("Policy Brief No. 4 · Title        2") stands between two halves of a sentence. The
 * blocks of such a text are joined back into paragraphs, so that a sentence is one sentence again; a text set as one
 * paragraph per line is left as it is.
 *
 * @module
 * @example
 * ```ts
 * unwrapLines(raw, textBlocks(raw)); // "… the presidents of Kazakhstan, Kyrgyz-\nstan and …" → one block "… Kyrgyzstan and …"
 * ```
 */
import type {TextBlock} from "./html.js";

/** A line that ends a sentence or a heading: its last character closes something. */
const CLOSED = /[.!?;:…]["”’»)\]]*(?:\d{1,2})?$/u;
/** Columns set apart by runs of spaces ("INSTITUTE            POLICY BRIEF"): a layout line, never joined. */
const COLUMNS = / {3,}/;
/** A list item's own start ("1. ", "• ", "- "): the line starts a new item. */
const ITEM = /^(?:\d{1,2}[.)]\s|[•▪◦·*–—-]\s)/u;
/** A page number alone ("3", "Page 3", "Page 3 of 8", "- 3 -"). */
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/iu;

/** The line's text without a page number at either end, in lower case: the same for every page's running line. */
function runningKey(t: string): string {
  return t
    .replace(/\s+\d{1,4}$/, "")
    .replace(/^\d{1,4}\s+/, "")
    .replace(/\s+/g, " ")
    .toLowerCase()
    .trim();
}

/** The number of lines between two blocks: 1 when they stand on adjacent lines. */
function newlinesBetween(raw: string, a: TextBlock, b: TextBlock): number {
  let n = 0;
  for (let i = a.end; i < b.start; i++) if (raw.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * True when the text is hard-wrapped: at least three times a long line that does not end a sentence is followed on
 * the very next line by a word in lower case (a paragraph per line never does that).
 */
export function isHardWrapped(raw: string, blocks: readonly TextBlock[]): boolean {
  let n = 0;
  for (let i = 0; i + 1 < blocks.length; i++) {
    const a = blocks[i]!;
    const b = blocks[i + 1]!;
    if (a.text.length < 45 || CLOSED.test(a.text) || COLUMNS.test(a.text)) continue;
    if (!/^\p{Ll}/u.test(b.text) || newlinesBetween(raw, a, b) !== 1) continue;
    if (++n >= 3) return true;
  }
  return false;
}

/** Joins a line and its continuation: a word hyphenated across the break loses its hyphen ("Kyrgyz-" + "stan"). */
function joinLines(a: string, b: string): string {
  if (/\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
  if (/[-–—/]$/.test(a)) return a + b;
  return `${a} ${b}`;
}

/**
 * The blocks of a hard-wrapped text joined into paragraphs; a page's running header or footer and bare page numbers
 * carry the hint "page-furniture" (left out of the body). Other texts' blocks are returned as they are.
 */
export function unwrapLines(raw: string, blocks: readonly TextBlock[]): TextBlock[] {
  if (!isHardWrapped(raw, blocks)) return [...blocks];
  const keys = new Map<string, number>();
  for (const b of blocks) {
    const k = runningKey(b.text);
    if (k.length >= 15 && !CLOSED.test(b.text)) keys.set(k, (keys.get(k) ?? 0) + 1);
  }
  const furniture = (b: TextBlock) => PAGE_NUMBER.test(b.text) || (keys.get(runningKey(b.text)) ?? 0) >= 2;
  // The text's width: most wrapped lines come close to it.
  const lengths = blocks
    .filter((b) => !COLUMNS.test(b.text))
    .map((b) => b.text.length)
    .sort((x, y) => x - y);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 80;
  const full = (t: string) => t.length >= width * 0.7;
  const out: TextBlock[] = [];
  let cur: TextBlock | undefined;
  /** The furniture passed since `cur`'s last line (a page break inside the paragraph), and inside `cur` before it. */
  let skipped: TextBlock[] = [];
  let carried: TextBlock[] = [];
  const flush = () => {
    if (cur) out.push(cur);
    out.push(...carried, ...skipped);
    cur = undefined;
    skipped = [];
    carried = [];
  };
  for (const b of blocks) {
    if (furniture(b)) {
      if (cur) skipped.push({...b, hint: "page-furniture"});
      else out.push({...b, hint: "page-furniture"});
      continue;
    }
    if (cur && continues(cur, b)) {
      carried.push(...skipped);
      skipped = [];
      cur = {...cur, text: joinLines(cur.text, b.text), end: b.end};
      continue;
    }
    flush();
    cur = b;
  }
  flush();
  return out;

  function continues(a: TextBlock, b: TextBlock): boolean {
    if (COLUMNS.test(a.text) || COLUMNS.test(b.text) || ITEM.test(b.text)) return false;
    const lines = newlinesBetween(raw, a, b);
    // A title over two lines: "… after the first summit:" / "connectivity without a corridor".
    if (lines === 1 && /:$/.test(a.text) && /^\p{Ll}/u.test(b.text)) return true;
    if (CLOSED.test(a.text)) return false;
    const last = lastSourceLine(a);
    // Across a page break (a running footer, a page number, blank lines): only a full line left mid-sentence.
    if (skipped.length > 0) return full(last);
    if (lines !== 1) return false;
    return full(last) || /^\p{Ll}/u.test(b.text) || /\p{L}-$/u.test(a.text);
  }

  /** A joined block's last line as the source has it: its length tells whether the line ran to the margin. */
  function lastSourceLine(a: TextBlock): string {
    const src = raw.slice(a.start, a.end);
    return src.slice(src.lastIndexOf("\n") + 1).trim();
  }
}
