import {formatIssue, IssueError, type Issue} from "../domain/issue.js"; // not the index: the help needs no zod

/** Exit codes: 0 ok, 1 bad input, 2 usage, 3 internal failure (a bug or a broken environment, one line on stderr). */
export const EXIT = {ok: 0, badInput: 1, usage: 2, internal: 3} as const;

/** A usage error: wrong flags or arguments (exit code 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface Column<T> {
  header: string;
  value: (row: T) => unknown;
  /** Right-align (numbers). */
  right?: boolean;
  /** Truncate to this many characters. */
  max?: number;
  /** Fixed number of decimals for numbers (default: integers as they are, others with 3). */
  digits?: number;
}

/** Renders rows as a plain-text table with a header and a rule. */
export function table<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((r) =>
    columns.map((c) => {
      const v = c.value(r);
      let s = v === null || v === undefined ? "" : typeof v === "number" ? formatNumber(v, c.digits) : String(v);
      s = s.replace(/\s+/g, " ");
      if (c.max && s.length > c.max) s = `${s.slice(0, c.max - 1)}…`;
      return s;
    })
  );
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const line = (vals: string[]) =>
    vals
      .map((v, i) => (columns[i]!.right ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => "─".repeat(w)).join("  "), ...cells.map(line)].join(
    "\n"
  );
}

function formatNumber(v: number, digits?: number): string {
  if (digits !== undefined) return v.toFixed(digits);
  if (Number.isInteger(v)) return String(v);
  return Math.abs(v) >= 100 ? v.toFixed(1) : v.toFixed(3);
}

/** Writes JSON to stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Writes issues to stderr, one per line, like compiler diagnostics. */
export function printIssues(issues: readonly Issue[], stream: NodeJS.WritableStream = process.stderr): void {
  for (const i of issues) stream.write(`${formatIssue(i)}\n`);
}

/** Maps a thrown error to its exit code, printing it for a person. */
export function reportError(e: unknown): number {
  if (e instanceof IssueError) {
    printIssues(e.issues);
    return EXIT.badInput;
  }
  if (e instanceof UsageError) {
    process.stderr.write(`error: ${e.message}\n`);
    return EXIT.usage;
  }
  process.stderr.write(`${internalMessage(e)}\n`);
  return EXIT.internal;
}

/**
 * One line for an internal failure: its first message line, with the stack only when MULTIVECTOR_DEBUG is set
 * (a person reads the line; a developer asks for the stack).
 */
export function internalMessage(e: unknown, env: NodeJS.ProcessEnv = process.env): string {
  const first = (e instanceof Error ? e.message : String(e)).split("\n")[0]!.trim() || "unknown error";
  if (env.MULTIVECTOR_DEBUG && e instanceof Error && e.stack) return `Internal error: ${e.stack}`;
  return `Internal error: ${first} (exit ${EXIT.internal}; set MULTIVECTOR_DEBUG=1 for the stack trace)`;
}
