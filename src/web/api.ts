/**
 * The dashboard's only way to data: JSON over HTTP from the API under /api. Errors come back as
 * {@link ApiFailure} carrying the API's `{error: {code, message}}`.
 *
 * @module
 */

/** A failed request: HTTP status (0 when the network failed), the API's error code and message. */
export class ApiFailure extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = "ApiFailure";
    this.status = status;
    this.code = code;
  }
}

/** A page of a list, as the API returns it. */
export interface Page<T> {
  items: T[];
  total?: number;
  limit?: number;
  offset?: number;
}

const TOKEN_KEY = "multivector.token";

/** The write token kept in this browser's session (typed once in the scenario lab or the documents view). */
export function token(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? "";
  } catch {
    return "";
  }
}

/** Remembers the write token for this browser session. */
export function setToken(value: string): void {
  try {
    sessionStorage.setItem(TOKEN_KEY, value);
  } catch {
    /* private mode: keep it in the field only */
  }
}

/** Builds `/api/<path>?<params>`, dropping empty parameters. */
export function apiUrl(path: string, params: Record<string, string | number | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return `/api/${path.replace(/^\//, "")}${s ? `?${s}` : ""}`;
}

async function parse<T>(res: Response): Promise<T> {
  const text = await res.text();
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  if (!res.ok) {
    const err = (data as {error?: {code?: string; message?: string}} | undefined)?.error;
    throw new ApiFailure(res.status, err?.code ?? "http_error", err?.message ?? `HTTP ${res.status} ${res.statusText}`);
  }
  return data as T;
}

/**
 * How long one read may keep the server working before it answers "still computing" (202, RFC 7240's
 * `Prefer: respond-async, wait=`); the server keeps computing, and the next request waits for the same work.
 */
export const READ_WAIT_SECONDS = 10;
/** How long a read is asked again while the server answers "still computing" before the view gives up. */
export const READ_GIVE_UP_SECONDS = 600;

/** What a view is told while the server is still computing a read: for how long it has been waiting. */
export type OnComputing = (waited: {seconds: number}) => void;

/** Resolves after `ms`, or rejects with an AbortError when `signal` aborts first. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(new DOMException("The read was aborted", "AbortError"));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", abort);
      resolve();
    }, ms);
    if (signal?.aborted) abort();
    else signal?.addEventListener("abort", abort, {once: true});
  });
}

/**
 * GET a JSON resource. A read that the server is still computing after {@link READ_WAIT_SECONDS} is answered 202
 * "computing" (not an error): it is asked again after the answer's Retry-After, `onComputing` told how long the view
 * has waited, until the answer comes or {@link READ_GIVE_UP_SECONDS} pass.
 */
export async function getJson<T>(
  path: string,
  params: Record<string, string | number | undefined> = {},
  signal?: AbortSignal,
  onComputing?: OnComputing
): Promise<T> {
  const started = Date.now();
  for (;;) {
    let res: Response;
    try {
      res = await fetch(apiUrl(path, params), {
        headers: {accept: "application/json", prefer: `respond-async, wait=${READ_WAIT_SECONDS}`},
        ...(signal ? {signal} : {})
      });
    } catch (e) {
      if ((e as Error).name === "AbortError") throw e;
      throw new ApiFailure(0, "network", `Cannot reach the API: ${(e as Error).message}`);
    }
    if (res.status !== 202) return parse<T>(res);
    await res.body?.cancel();
    const seconds = Math.round((Date.now() - started) / 1000);
    if (seconds >= READ_GIVE_UP_SECONDS)
      throw new ApiFailure(503, "timeout", `The server was still computing after ${seconds} s: try again later`);
    onComputing?.({seconds});
    const after = Number(res.headers.get("retry-after"));
    await pause(1000 * (Number.isFinite(after) && after >= 0 ? Math.min(after, 30) : 1), signal);
  }
}

/** POST a JSON body (or form data) with the bearer token. */
export async function postJson<T>(
  path: string,
  body: unknown,
  {bearer = token(), signal}: {bearer?: string; signal?: AbortSignal} = {}
): Promise<T> {
  const isForm = typeof FormData !== "undefined" && body instanceof FormData;
  let res: Response;
  try {
    res = await fetch(apiUrl(path), {
      method: "POST",
      headers: {
        accept: "application/json",
        ...(isForm ? {} : {"content-type": "application/json"}),
        ...(bearer ? {authorization: `Bearer ${bearer}`} : {})
      },
      body: isForm ? body : JSON.stringify(body),
      ...(signal ? {signal} : {})
    });
  } catch (e) {
    throw new ApiFailure(0, "network", `Cannot reach the API: ${(e as Error).message}`);
  }
  return parse<T>(res);
}

/** GET every page of a paged list (up to `max` items). */
export async function getAll<T>(
  path: string,
  params: Record<string, string | number | undefined> = {},
  max = 5000
): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; offset < max;) {
    const page = await getJson<Page<T>>(path, {...params, limit: 1000, offset});
    items.push(...page.items);
    offset += page.items.length;
    if (page.items.length === 0 || page.total === undefined || offset >= page.total) break;
  }
  return items;
}

let described: Promise<Set<string>> | undefined;

/**
 * True when the API describes `METHOD /api/path` in its OpenAPI document (path written with `{param}`). Lets a view
 * show "not available yet" without requesting a missing endpoint (which the browser would log as an error).
 */
export async function hasEndpoint(method: string, path: string): Promise<boolean> {
  described ??= getJson<{paths?: Record<string, Record<string, unknown>>}>("openapi.json")
    .then(
      (doc) =>
        new Set(
          Object.entries(doc.paths ?? {}).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toLowerCase()} ${p}`))
        )
    )
    .catch(() => new Set<string>());
  return (await described).has(`${method.toLowerCase()} ${path}`);
}

/** GET a resource when the API has it; otherwise throws a 404 {@link ApiFailure} without a request. */
export async function getIfDescribed<T>(
  describedPath: string,
  path: string,
  params: Record<string, string | number | undefined> = {},
  signal?: AbortSignal,
  onComputing?: OnComputing
): Promise<T> {
  if (!(await hasEndpoint("get", describedPath)))
    throw new ApiFailure(404, "not_found", `No such endpoint: GET ${describedPath}`);
  return getJson<T>(path, params, signal, onComputing);
}
