/**
 * Bounds on every request: how much a query may ask for (vectors, years, response size), how long a
 * request may take, how large a body may be (enforced while it streams in), which Host a loopback
 * server answers (DNS rebinding), and the security headers every answer carries. Each limit is a
 * named constant here, and each refusal names the limit it hit.
 *
 * @module
 */
import type {MiddlewareHandler} from "hono";
import {bodyLimit as honoBodyLimit} from "hono/body-limit";
import {ApiError} from "./errors.js";

/** Limits of one request; documented in docs/reliability.md. */
export const REQUEST_LIMITS = {
  /** Most vectors in one measure query. */
  maxVectors: 12,
  /** Longest period of one measure query, in years (from … to inclusive). */
  maxYears: 100,
  /** Largest JSON answer of a read (bytes): past it, a 422 asks for fewer vectors, fewer years or no explain. */
  maxResponseBytes: 8 * 1024 * 1024,
  /** Longest a GET may take before a 503 (ms). */
  readTimeoutMs: 15_000,
  /** Longest a write (ingest of a large document) may take before a 503 (ms). */
  writeTimeoutMs: 120_000,
  /** Largest POST /api/simulations body (bytes). */
  maxSimulationBody: 256 * 1024
} as const;

/** A 422 naming the limit a query went past. */
export function limitError(field: string, limit: string, message: string): ApiError {
  return new ApiError(422, "limit_exceeded", `${message} (limit ${limit})`, [
    {code: "limit_exceeded", message: `${message} (limit ${limit})`, path: [field]}
  ]);
}

/** Checks a measure query's vectors and period against {@link REQUEST_LIMITS}. */
export function checkMeasureQuery(q: {vectors?: string; from?: number; to?: number}): void {
  if (q.vectors !== undefined) {
    const n = q.vectors.split(",").filter((v) => v.trim()).length;
    if (n > REQUEST_LIMITS.maxVectors)
      throw limitError(
        "vectors",
        `maxVectors = ${REQUEST_LIMITS.maxVectors}`,
        `Too many vectors: ${n}, at most ${REQUEST_LIMITS.maxVectors} per request; ask for the others in a second request`
      );
  }
  if (q.from !== undefined && q.to !== undefined && q.to - q.from + 1 > REQUEST_LIMITS.maxYears) {
    throw limitError(
      "from",
      `maxYears = ${REQUEST_LIMITS.maxYears}`,
      `Period too long: ${q.from}–${q.to} is ${q.to - q.from + 1} years, at most ${REQUEST_LIMITS.maxYears} per request`
    );
  }
}

/** Checks the size of an answer before it is sent. */
export function checkResponseSize(bytes: number, hint: string): void {
  if (bytes > REQUEST_LIMITS.maxResponseBytes)
    throw limitError(
      "explain",
      `maxResponseBytes = ${REQUEST_LIMITS.maxResponseBytes}`,
      `Answer too large: ${bytes} bytes, at most ${REQUEST_LIMITS.maxResponseBytes}; ${hint}`
    );
}

/** Requests made by the server itself (a read cache's fill): never timed, whoever waits for them. */
const untimed = new WeakSet<Request>();

/** Marks a request the server makes itself, which {@link requestTimeout} lets run to its end. */
export function untimedRequest(req: Request): Request {
  untimed.add(req);
  return req;
}

/**
 * The client's `Prefer: respond-async` (RFC 7240) and its `wait=<seconds>`, if any: a client that would rather be told
 * "still computing" than wait. `undefined` when the request does not ask it.
 */
export function preferAsync(prefer: string | undefined): {wait?: number} | undefined {
  if (!prefer) return undefined;
  const prefs = prefer.split(",").map((p) => p.trim().toLowerCase());
  if (!prefs.some((p) => p === "respond-async" || p.startsWith("respond-async;"))) return undefined;
  const wait = prefs.map((p) => /^wait\s*=\s*"?(\d+(?:\.\d+)?)"?$/.exec(p)).find((m) => m)?.[1];
  return wait === undefined ? {} : {wait: Number(wait)};
}

/** Seconds a client told "still computing" waits before asking again (its next request waits for the same work). */
export const RETRY_AFTER_SECONDS = 1;

/**
 * Middleware: answers 503 when a request takes longer than its budget (the work may finish in the background; the
 * client is not kept waiting). A read whose client sent `Prefer: respond-async` gets a 202 `{status: "computing"}`
 * instead, after its `wait=` seconds when that is shorter than the budget: the answer is not an error, and a cached
 * read's answer is kept when its computation ends (the read cache computes it apart from any request), so asking
 * again gets it or waits for the same computation. Event streams and the server's own requests are not timed.
 */
export function requestTimeout(): MiddlewareHandler {
  return async (c, next) => {
    if ((c.req.header("accept") ?? "").includes("event-stream") || untimed.has(c.req.raw)) return next();
    const read = c.req.method === "GET" || c.req.method === "HEAD";
    const async = read ? preferAsync(c.req.header("prefer")) : undefined;
    const budget = read ? REQUEST_LIMITS.readTimeoutMs : REQUEST_LIMITS.writeTimeoutMs;
    const ms = async?.wait !== undefined ? Math.min(budget, async.wait * 1000) : budget;
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<"timeout">((r) => (timer = setTimeout(() => r("timeout"), ms)));
    try {
      const done = next().then(() => "done" as const);
      done.catch(() => undefined);
      if ((await Promise.race([done, expired])) === "timeout") {
        if (async) {
          c.res = c.json(
            {
              status: "computing",
              message: `Still computing after ${ms / 1000} s: ask again (Retry-After) for the same computation`,
              retryAfter: RETRY_AFTER_SECONDS
            },
            202,
            {
              "retry-after": String(RETRY_AFTER_SECONDS),
              "preference-applied": "respond-async",
              "cache-control": "no-store"
            }
          );
          return;
        }
        throw new ApiError(
          503,
          "timeout",
          `Request took longer than ${ms / 1000} s (limit readTimeoutMs/writeTimeoutMs): try a smaller query${read ? ", or ask again: a measure's answer is kept when its computation ends" : ""}`,
          [],
          read ? {"retry-after": String(RETRY_AFTER_SECONDS)} : {}
        );
      }
      await done;
    } finally {
      clearTimeout(timer);
    }
  };
}

/** Middleware: a 413 as soon as a body streams past `maxSize` bytes (chunked bodies included). */
export function bodyLimit(maxSize: number, what: string): MiddlewareHandler {
  return honoBodyLimit({
    maxSize,
    onError: () => {
      // The rest of the body is not read: the connection is closed after the answer, so no client reuses it.
      throw new ApiError(413, "too_large", `${what} too large: the limit is ${maxSize} bytes`, [], {
        connection: "close"
      });
    }
  });
}

/** Security headers on every answer: no sniffing, no framing, no referrer leaks; a CSP for the dashboard. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set("x-content-type-options", "nosniff");
    h.set("referrer-policy", "no-referrer");
    h.set("x-frame-options", "DENY");
    h.set("cross-origin-opener-policy", "same-origin");
    const type = h.get("content-type") ?? "";
    h.set(
      "content-security-policy",
      type.includes("text/html")
        ? "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
        : "default-src 'none'; frame-ancestors 'none'"
    );
  };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\]|::1)$/i;

/**
 * Whether a request's Host header may reach a server listening on `listenHost`: on loopback, only loopback
 * names (a web page cannot reach the API through a DNS name rebound to 127.0.0.1); elsewhere, any.
 */
export function hostAllowed(listenHost: string | undefined): (host: string | undefined) => boolean {
  const loopback = listenHost === undefined || LOOPBACK.test(listenHost) || listenHost === "::1";
  if (!loopback) return () => true;
  // In-process requests (app.request) carry no Host.
  return (host) => host === undefined || LOOPBACK.test(host.replace(/:\d+$/, ""));
}

/** Middleware: refuses (421) a request whose Host is not allowed by {@link hostAllowed}. */
export function hostCheck(listenHost: string | undefined): MiddlewareHandler {
  const allowed = hostAllowed(listenHost);
  return async (c, next) => {
    const host = c.req.header("host");
    if (!allowed(host)) {
      return c.json(
        {
          error: {
            code: "bad_host",
            message: `Host "${host!.slice(0, 100)}" is not this server: it listens on loopback only (use 127.0.0.1 or localhost)`,
            issues: []
          }
        },
        421
      );
    }
    return next();
  };
}
