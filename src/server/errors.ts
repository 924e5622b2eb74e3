import type {Context} from "hono";
import {HTTPException} from "hono/http-exception";
import {formatIssue, IssueError, type Issue} from "../domain/index.js";

/** One error type for the API: maps to one JSON response `{error: {code, message, issues}}`. */
export class ApiError extends Error {
  readonly status: 400 | 401 | 403 | 404 | 406 | 409 | 413 | 415 | 421 | 422 | 429 | 500 | 503;
  readonly code: string;
  readonly issues: Issue[];
  /** Extra response headers (Retry-After on a 429). */
  readonly headers: Record<string, string>;
  constructor(
    status: ApiError["status"],
    code: string,
    message: string,
    issues: Issue[] = [],
    headers: Record<string, string> = {}
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.headers = headers;
  }
}

/** A 422 naming the bad fields. */
export function invalid(where: string, issues: Issue[]): ApiError {
  return new ApiError(422, "invalid_request", `${where}: ${issues.map(formatIssue).join("; ")}`, issues);
}

/** The single place that turns a thrown error into a JSON response. */
export function onError(err: Error, c: Context): Response {
  if (err instanceof ApiError) {
    return c.json({error: {code: err.code, message: err.message, issues: err.issues}}, err.status, err.headers);
  }
  if (err instanceof URIError) {
    return c.json(
      {
        error: {
          code: "bad_url",
          message: `Malformed URL: a "%" escape is not followed by two hex digits of UTF-8`,
          issues: []
        }
      },
      400
    );
  }
  if (err instanceof IssueError) {
    const status = err.issues.some((i) => i.code === "unknown_actor") ? 422 : 400;
    return c.json(
      {error: {code: err.issues[0]?.code ?? "bad_input", message: err.message, issues: err.issues}},
      status
    );
  }
  if (err instanceof HTTPException) {
    return c.json({error: {code: "http_error", message: err.message, issues: []}}, err.status);
  }
  // One line on the server's stderr (no stack in the answer, no absolute paths).
  console.error(`Internal error on ${c.req.method} ${c.req.path}: ${String(err.message ?? err).split("\n")[0]}`);
  return c.json({error: {code: "internal", message: "Internal server error", issues: []}}, 500);
}
