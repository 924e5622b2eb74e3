/**
 * Commands on a store a server holds: the CLI finds the server beside the store file and goes through
 * its API (reads without a token; writes with the token the server left in `<store>.token`, mode 0600).
 *
 * @module
 */
import {existsSync, readdirSync, readFileSync, statSync} from "node:fs";
import {basename, join} from "node:path";
// The app's modules this file uses, not its index: `ingest` loads no more than it needs (see commands/ingest.ts).
import {defaultStorePath} from "../app/context.js";
import type {DocumentOutcome, IngestReport} from "../app/ingest.js";
import {folderPapersWarning, isFolderPaper} from "../app/ingest-paths.js";
import {servedToken, servingStore, storeServedError, type ServerAdvert} from "../app/served.js";
import {IssueError, type Issue} from "../domain/index.js";
import type {GlobalOptions} from "./program.js";

/** The server holding the store these options name, or undefined (then the CLI opens the file itself). */
export function servingServer(opts: GlobalOptions): ServerAdvert | undefined {
  const store = opts.store ?? defaultStorePath();
  return servingStore(store.startsWith("duckdb:") ? store.slice("duckdb:".length) : store);
}

async function answer<T>(server: ServerAdvert, res: Response): Promise<T> {
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new IssueError([
      {
        code: "server_answer",
        message: `The server at ${server.url} answered ${res.status} without JSON: ${text.slice(0, 200)}`
      }
    ]);
  }
  if (!res.ok) {
    const e = (body as {error?: {code?: string; message?: string; issues?: Issue[]}}).error ?? {};
    const issues = e.issues?.length
      ? e.issues
      : [{code: e.code ?? "server_error", message: e.message ?? `HTTP ${res.status}`}];
    throw new IssueError(issues);
  }
  return body as T;
}

type Params = Record<string, string | number | readonly string[] | undefined>;

function endpoint(server: ServerAdvert, path: string, params: Params = {}): URL {
  const url = new URL(path, server.url);
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) for (const x of v) url.searchParams.append(k, x);
    else if (v !== undefined && v !== "") url.searchParams.set(k, String(v));
  }
  return url;
}

/** GET a read route of the server (no token needed). */
export async function apiGet<T>(server: ServerAdvert, path: string, params: Params = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(endpoint(server, path, params), {signal: AbortSignal.timeout(120_000)});
  } catch (e) {
    throw unreachable(server, e);
  }
  return answer<T>(server, res);
}

/** POST to a write route with the token from `<store>.token`; says what to do when it cannot be read. */
export async function apiPost<T>(server: ServerAdvert, path: string, body: unknown): Promise<T> {
  const token = process.env.MULTIVECTOR_TOKEN ?? servedToken(server.store);
  if (!token)
    throw new IssueError([
      {
        code: "token_unreadable",
        message: `The store "${server.store}" is held by the server at ${server.url}, and writing through it needs its token: the file "${server.store}.token" is missing or not readable by you; run this as the user who started the server, or set MULTIVECTOR_TOKEN`
      }
    ]);
  let res: Response;
  try {
    res = await fetch(endpoint(server, path), {
      method: "POST",
      headers: {authorization: `Bearer ${token}`, "content-type": "application/json"},
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(300_000)
    });
  } catch (e) {
    throw unreachable(server, e);
  }
  return answer<T>(server, res);
}

function unreachable(server: ServerAdvert, e: unknown): IssueError {
  return new IssueError([
    {
      code: "server_unreachable",
      message: `The store "${server.store}" is held by the server at ${server.url} (pid ${server.pid}), which does not answer: ${String((e as Error).message ?? e)}; wait for it or stop it (kill ${server.pid})`
    }
  ]);
}

export {storeServedError};

/** Ingests article files through the server (one POST /api/ingest each); GDELT files need the store itself. */
export async function remoteIngest(
  server: ServerAdvert,
  paths: readonly string[],
  o: {format: string; given: Record<string, string>; readStdin: () => Promise<Uint8Array>}
): Promise<IngestReport> {
  // (a folder's own papers, README.md, LICENSE.txt …, are left out of its walk and named in one warning, as
  // expandPaths does for an ingest into the store)
  const skipped: string[] = [];
  const files = paths.flatMap((p) =>
    p !== "-" && existsSync(p) && statSync(p).isDirectory()
      ? readdirSync(p, {recursive: true, encoding: "utf8"})
          .map((f) => join(p, f))
          .filter((f) => /\.(txt|text|html?|md|markdown)$/i.test(f) && statSync(f).isFile())
          .filter((f) => {
            if (!isFolderPaper(basename(f))) return true;
            skipped.push(f);
            return false;
          })
          .sort()
      : [p]
  );
  skipped.sort();
  const documents: DocumentOutcome[] = [];
  for (const file of files) {
    const failed = (issues: Issue[]): DocumentOutcome => ({
      file,
      status: "failed",
      sentences: 0,
      events: 0,
      stances: 0,
      claims: 0,
      dropped: 0,
      issues,
      warnings: []
    });
    if (o.format === "gdelt1" || o.format === "gdelt2" || /\.(tsv|csv|zip)$/i.test(file)) {
      documents.push(failed([storeServedError(server, "ingest of a GDELT file").issues[0]!]));
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = file === "-" ? await o.readStdin() : readFileSync(file);
    } catch (e) {
      documents.push(failed([{code: "unreadable", file, message: `Cannot read "${file}": ${(e as Error).message}`}]));
      continue;
    }
    let text: string;
    try {
      text = new TextDecoder("utf-8", {fatal: true}).decode(bytes);
    } catch {
      documents.push(
        failed([
          {code: "bad_encoding", file, message: `Cannot read "${file}": it is not UTF-8: convert the file to UTF-8`}
        ])
      );
      continue;
    }
    try {
      const format = ["text", "html", "markdown"].includes(o.format) ? o.format : "auto";
      const outcome = await apiPost<DocumentOutcome>(server, "/api/ingest", {text, format, name: file, ...o.given});
      documents.push({...outcome, file});
    } catch (e) {
      if (e instanceof IssueError) documents.push(failed(e.issues.map((i) => ({...i, file: i.file ?? file}))));
      else throw e;
    }
  }
  const sum = (k: "sentences" | "events" | "stances" | "claims") =>
    documents.filter((d) => d.status === "stored").reduce((t, d) => t + d[k], 0);
  return {
    documents,
    warnings: folderPapersWarning(skipped),
    totals: {
      stored: documents.filter((d) => d.status === "stored").length,
      duplicate: documents.filter((d) => d.status === "duplicate").length,
      failed: documents.filter((d) => d.status === "failed").length,
      sentences: sum("sentences"),
      events: sum("events"),
      stances: sum("stances"),
      claims: sum("claims")
    }
  };
}
