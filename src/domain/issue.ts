/**
 * The error vocabulary shared by every stage: an {@link Issue} says what is wrong with an input,
 * precisely enough to fix it without reading our code; a {@link Result} carries a value with its
 * warnings, or the issues that prevented it.
 *
 * @module
 */

/** A problem with an input. */
export interface Issue {
  /** Machine-readable kind: "invalid_type", "unknown_actor", "bad_date", "duplicate_id", "missing_citation" … */
  code: string;
  /** Sentence case, no final period; quotes the value; detail after a colon. */
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** Field path inside a record or request body. */
  path?: readonly (string | number)[];
}

export type Result<T> = {ok: true; value: T; warnings: Issue[]} | {ok: false; issues: Issue[]};

/** Builds a successful result. */
export function ok<T>(value: T, warnings: Issue[] = []): Result<T> {
  return {ok: true, value, warnings};
}

/** Builds a failed result. */
export function fail<T = never>(issues: Issue[]): Result<T> {
  return {ok: false, issues};
}

/** Formats an issue like a compiler diagnostic: `file:line:column: message (at path)`. */
export function formatIssue({file, line, column, path, message}: Issue): string {
  let where = file ?? "";
  if (file !== undefined && line !== undefined) where += `:${line}`;
  if (file !== undefined && line !== undefined && column !== undefined) where += `:${column}`;
  const at = path && path.length > 0 ? ` (at ${path.join(".")})` : "";
  return `${where ? `${where}: ` : ""}${message}${at}`;
}

/** An error that carries issues across a boundary that can only throw (a transaction, a stream). */
export class IssueError extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(issues.map(formatIssue).join("\n"));
    this.name = "IssueError";
    this.issues = issues;
  }
}

/** Turns zod issues into our issues, with an optional file and a path prefix. */
export function fromZodIssues(
  zodIssues: readonly {code: string; message: string; path: readonly PropertyKey[]}[],
  where: Pick<Issue, "file" | "line" | "column"> & {prefix?: string} = {}
): Issue[] {
  const {prefix, ...position} = where;
  return zodIssues.map((z) => ({
    code: z.code,
    message: prefix ? `${prefix}: ${z.message}` : z.message,
    ...position,
    path: z.path.map((p) => (typeof p === "number" ? p : String(p)))
  }));
}
