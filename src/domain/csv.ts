import type {Issue} from "./issue.js";

/** One field of a CSV record, with the 1-based line and column where it starts. */
export interface CsvCell {
  readonly value: string;
  readonly line: number;
  readonly column: number;
}

/** One record: its cells and the line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly CsvCell[];
}

/** A parsed CSV text: the records (the first is the header) and the problems met on the way. */
export interface CsvParse {
  readonly records: CsvRecord[];
  readonly issues: Issue[];
}

/** Options for {@link parseCsv}. */
export interface ParseCsvOptions {
  /** File name put on issues. Defaults to none. */
  file?: string;
}

/**
 * Parses RFC 4180 CSV: comma-separated, fields optionally wrapped in double quotes (`""` inside
 * a quoted field is one quote), quoted fields may hold commas and line breaks. Accepts LF, CRLF
 * and CR line ends and a leading byte-order mark. Blank lines are skipped. Line breaks inside
 * quoted fields come out as "\n". Spaces before an opening quote are dropped (`a, "b, c"` is two
 * fields, as hand-written files mean it). The one CSV reader of the project: packs, KTAB and BDM
 * scenario files all use it.
 *
 * It never throws on bad input: problems (an unterminated or stray quote) are returned as issues
 * with their line and column, and parsing goes on where it sensibly can.
 *
 * @example
 * ```ts
 * parseCsv('code,name\nKAZ,"Kazakhstan, Republic of"\n').records[1]?.cells[1]?.value; // "Kazakhstan, Republic of"
 * ```
 */
export function parseCsv(text: string, {file}: ParseCsvOptions = {}): CsvParse {
  const issues: Issue[] = [];
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let column = 1;
  let cells: CsvCell[] = [];
  let recordLine = 1;
  const at = (l: number, c: number) => (file === undefined ? {line: l, column: c} : {file, line: l, column: c});

  /** Consumes a line break at `i` if there is one; returns whether it did. */
  const newline = (): boolean => {
    if (text[i] === "\r") i += text[i + 1] === "\n" ? 2 : 1;
    else if (text[i] === "\n") i += 1;
    else return false;
    line += 1;
    column = 1;
    return true;
  };

  for (;;) {
    const fieldLine = line;
    const fieldColumn = column;
    let value = "";
    let lead = 0;
    while (text[i + lead] === " " || text[i + lead] === "\t") lead += 1;
    if (text[i + lead] === '"') {
      i += lead + 1;
      column += lead + 1;
      let closed = false;
      while (i < n) {
        const ch = text[i]!;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            column += 2;
            continue;
          }
          i += 1;
          column += 1;
          closed = true;
          break;
        }
        if (newline()) {
          value += "\n";
          continue;
        }
        value += ch;
        i += 1;
        column += 1;
      }
      if (!closed) {
        issues.push({
          code: "unterminated_quote",
          message: "Unterminated quoted field: the quote opened here is never closed",
          ...at(fieldLine, fieldColumn)
        });
        cells.push({value, line: fieldLine, column: fieldColumn});
        records.push({line: recordLine, cells});
        break;
      }
      if (i < n && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
        issues.push({
          code: "bad_quote",
          message: `Unexpected character "${text[i]}" after a closing quote: expected a comma or the end of the line`,
          ...at(line, column)
        });
        while (i < n && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
          value += text[i];
          i += 1;
          column += 1;
        }
      }
    } else {
      const start = i;
      while (i < n && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") i += 1;
      value = text.slice(start, i);
      const quote = value.indexOf('"');
      if (quote >= 0) {
        issues.push({
          code: "bad_quote",
          message: 'Unexpected quote inside an unquoted field: wrap the field in quotes and double the quote ("")',
          ...at(line, column + quote)
        });
      }
      column += i - start;
    }
    cells.push({value, line: fieldLine, column: fieldColumn});
    if (text[i] === ",") {
      i += 1;
      column += 1;
      continue;
    }
    const blank = cells.length === 1 && cells[0]!.value === "" && text[i - 1] !== '"';
    if (!blank) records.push({line: recordLine, cells});
    cells = [];
    if (!newline()) break;
    recordLine = line;
  }
  return {records, issues};
}
