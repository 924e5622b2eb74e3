/**
 * The store while a server holds it. The embedded store is one file that one process opens at a
 * time, so `multivector serve` advertises itself beside the file: `<store>.server.json` (its URL and
 * pid, readable by anyone who can read the store) and `<store>.token` (the write token, mode 0600,
 * only the user can read it). Both are removed when the server stops; a file left by a server that
 * died is recognised by its pid and ignored. The CLI reads them to go through the server's API.
 *
 * @module
 */
import {chmodSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {IssueError} from "../domain/index.js";

/** What a running server advertises beside its store. */
export interface ServerAdvert {
  url: string;
  pid: number;
  store: string;
  startedAt: string;
}

/** The advert file of a store. */
export function advertPath(storePath: string): string {
  return `${storePath}.server.json`;
}

/** The token file of a store (mode 0600). */
export function tokenPath(storePath: string): string {
  return `${storePath}.token`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Writes the advert and the token file; returns a function that removes them. */
export function advertiseServer(storePath: string, url: string, token: string, now: string): () => void {
  if (storePath === ":memory:") return () => undefined;
  const advert: ServerAdvert = {url, pid: process.pid, store: storePath, startedAt: now};
  writeFileSync(tokenPath(storePath), `${token}\n`, {mode: 0o600});
  chmodSync(tokenPath(storePath), 0o600);
  writeFileSync(advertPath(storePath), `${JSON.stringify(advert, null, 2)}\n`);
  return () => {
    // Only our own files: a newer server may have replaced them.
    if (servingStore(storePath)?.pid === process.pid) rmSync(advertPath(storePath), {force: true});
    rmSync(tokenPath(storePath), {force: true});
  };
}

/** The live server holding this store (not this process), or undefined when none does. */
export function servingStore(storePath: string): ServerAdvert | undefined {
  if (storePath === ":memory:") return undefined;
  let advert: ServerAdvert;
  try {
    advert = JSON.parse(readFileSync(advertPath(storePath), "utf8")) as ServerAdvert;
  } catch {
    return undefined;
  }
  if (!Number.isInteger(advert.pid) || typeof advert.url !== "string") return undefined;
  if (!alive(advert.pid)) return undefined;
  return advert;
}

/** The write token the server left for the user, or undefined when the file is missing or unreadable. */
export function servedToken(storePath: string): string | undefined {
  try {
    return readFileSync(tokenPath(storePath), "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The error for a command that cannot run while a server holds the store. */
export function storeServedError(advert: ServerAdvert, command?: string): IssueError {
  return new IssueError([
    {
      code: "store_served",
      message:
        `The store "${advert.store}" is held by the Multivector server at ${advert.url} (pid ${advert.pid})` +
        `${command ? `, and \`${command}\` cannot go through it` : ""}: ` +
        `claims, events, measure and ingest of articles work while it runs; for this, stop the server ` +
        `(Ctrl-C where it runs, or kill ${advert.pid}) or choose another store with --store`
    }
  ]);
}
