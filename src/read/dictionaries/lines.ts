/**
 * The line reader shared by the PETRARCH/TABARI dictionary formats: drops `<!-- … -->` comments
 * (also over several lines), lines starting with `#`, and ` #` end-of-line comments.
 *
 * @module
 */

/** A content line of a dictionary, with its 1-based line number and the text without comments. */
export interface DictLine {
  line: number;
  text: string;
  /** The line as written, with its leading whitespace (continuation lines start with a tab). */
  raw: string;
}

/** Splits a dictionary text into content lines, without comments and blank lines. */
export function dictionaryLines(text: string): DictLine[] {
  const out: DictLine[] = [];
  eachDictionaryLine(text, (line) => out.push(line));
  return out;
}

/**
 * Calls `fn` with each content line of a dictionary text in turn ({@link dictionaryLines} without the list: a large
 * dictionary's lines then die young instead of being kept, and copied, until the last one is read).
 */
export function eachDictionaryLine(text: string, fn: (line: DictLine) => void): void {
  const rows = text.split(/\r?\n/);
  let inComment = false;
  for (let i = 0; i < rows.length; ++i) {
    let row = rows[i]!;
    if (inComment) {
      const end = row.indexOf("-->");
      if (end < 0) continue;
      row = row.slice(end + 3);
      inComment = false;
    }
    for (;;) {
      const start = row.indexOf("<!");
      if (start < 0) break;
      const end = row.indexOf("-->", start);
      if (end < 0) {
        row = row.slice(0, start);
        inComment = true;
        break;
      }
      row = row.slice(0, start) + row.slice(end + 3);
    }
    if (row.startsWith("#")) continue;
    const hash = row.search(/\s#|\]#/);
    if (hash >= 0 && row[hash] === "]") row = row.slice(0, hash + 1);
    else if (hash >= 0) row = row.slice(0, hash);
    const trimmed = row.trim();
    if (trimmed === "") continue;
    fn({line: i + 1, text: trimmed, raw: row});
  }
}

/**
 * Reads a TABARI/PETRARCH date: YYYYMMDD, or YYMMDD (00–30 → 20YY, else 19YY). Returns YYYY-MM-DD,
 * or undefined when it is not a date.
 */
export function dictionaryDate(s: string): string | undefined {
  const t = s.trim();
  let y: string, m: string, d: string;
  if (/^\d{8}$/.test(t)) [y, m, d] = [t.slice(0, 4), t.slice(4, 6), t.slice(6, 8)];
  else if (/^\d{6}$/.test(t)) {
    const yy = Number(t.slice(0, 2));
    [y, m, d] = [String(yy <= 30 ? 2000 + yy : 1900 + yy), t.slice(2, 4), t.slice(4, 6)];
  } else return undefined;
  if (Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31) return undefined;
  return `${y}-${m}-${d}`;
}

/** Splits a dictionary phrase (`NEW_ZEALAND_`, `GROUP OF 77`) into upper-case words, with exactness. */
export function phraseWords(phrase: string): {words: string[]; exact: boolean[]} {
  const words: string[] = [];
  const exact: boolean[] = [];
  const parts = phrase.trim().split(/\s+/);
  for (const part of parts) {
    const pieces = part.split("_");
    for (let i = 0; i < pieces.length; ++i) {
      const w = pieces[i]!;
      if (w === "") continue;
      words.push(w.toUpperCase());
      // A word followed by "_" (or inside a_b) is matched exactly; a bare final word is a stem.
      exact.push(i < pieces.length - 1);
    }
  }
  return {words, exact};
}
