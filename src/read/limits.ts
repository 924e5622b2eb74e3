/**
 * Reader limits: what a document may be before reading it would stall the process (a page nested
 * 100,000 elements deep, megabytes without a space, millions of characters). A document past a limit
 * is refused with a message naming the limit and where it was passed, before any reading starts.
 * Linear in the document's length.
 *
 * @module
 */
import type {Issue} from "../domain/index.js";
import type {DocumentFormat} from "./document.js";

/** The limits of {@link checkReaderLimits}; every one settable (ReadOptions.limits, ingest options). */
export interface ReaderLimits {
  /** Most characters in a document (20 million, about the ingest byte limit). */
  maxChars: number;
  /** Deepest nesting of HTML elements (browsers stop nesting at 512). */
  maxDepth: number;
  /** Longest run of characters without white space (a "word"): 10,000, far past any URL or compound. */
  maxToken: number;
}

export const READER_LIMITS: ReaderLimits = {maxChars: 20_000_000, maxDepth: 512, maxToken: 10_000};

/** Elements that never take children (their start tags do not nest). */
const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|p|li|td|th|tr|option|dt|dd)$/i;

/** The line (1-based) of offset `at` in `text`. */
function lineOf(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** Issues for a document past a reader limit (empty when it is within all of them). */
export function checkReaderLimits(
  raw: string,
  format: DocumentFormat,
  {file, limits = READER_LIMITS}: {file?: string; limits?: Partial<ReaderLimits>} = {}
): Issue[] {
  const l = {...READER_LIMITS, ...limits};
  const name = file ? `"${file}"` : "the document";
  const where = file ? {file} : {};
  if (raw.length > l.maxChars) {
    return [
      {
        code: "too_large",
        message: `Cannot read ${name}: ${raw.length} characters, above the reader's limit of ${l.maxChars}: split it`,
        ...where
      }
    ];
  }
  if (format === "html") {
    const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
    let depth = 0;
    for (let m = tag.exec(raw); m; m = tag.exec(raw)) {
      if (m[3] || VOID.test(m[2]!)) continue;
      depth += m[1] ? -1 : 1;
      if (depth < 0) depth = 0;
      if (depth > l.maxDepth) {
        return [
          {
            code: "too_deep",
            message: `Cannot read ${name}: HTML elements nested more than ${l.maxDepth} deep (at <${m[2]}>): not an article page`,
            ...where,
            line: lineOf(raw, m.index)
          }
        ];
      }
    }
  }
  // The longest run without white space, outside HTML tags (attributes may hold long data URLs).
  let run = 0;
  let inTag = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (format === "html") {
      if (c === 60 /* < */) inTag = true;
      else if (c === 62 /* > */) {
        inTag = false;
        run = 0;
        continue;
      }
      if (inTag) continue;
    }
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0 || c === 0x3000) run = 0;
    else if (++run > l.maxToken) {
      return [
        {
          code: "token_too_long",
          message: `Cannot read ${name}: more than ${l.maxToken} characters without a space (from offset ${i - run + 1}): not prose`,
          ...where,
          line: lineOf(raw, i)
        }
      ];
    }
  }
  return [];
}
