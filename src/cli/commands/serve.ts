import type {Command} from "commander";
import {basename} from "node:path";
import {openStore} from "../../app/context.js";
import {followFolder} from "../../app/follow.js";
import {DEFAULT_PACK_DIR, seedStore} from "../../app/init.js";
import {advertiseServer} from "../../app/served.js";
import {CLOSE_GRACE_MS, serve} from "../../server/index.js";
import {UsageError} from "../output.js";
import {optionsOf} from "../options.js";

/** `serve`: the API and the dashboard on localhost. */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the HTTP API and the dashboard (PORT, default 8787; HOST, default 127.0.0.1)")
    .option("--port <n>", "port", process.env.PORT ?? "8787")
    .option("--host <host>", "interface to listen on", process.env.HOST ?? "127.0.0.1")
    .option("--seed", "seed the store with the Central Asia pack first when needed")
    .option(
      "--cors <origins>",
      "let these browser origins read the API (comma-separated, such as http://localhost:8888 for a notebook; off by default)"
    )
    .option(
      "--follow <folder>",
      "also import new GDELT 2.0 export files from this folder as they arrive (see ingest --follow)"
    )
    .action(async (_o, command: Command) => {
      const opts = optionsOf<{port: string; host: string; seed?: boolean; cors?: string; follow?: string}>(command);
      const cors = opts.cors === undefined ? [] : corsOrigins(opts.cors);
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UsageError(`Invalid value for --port: expected 0–65535, found "${opts.port}"`);
      const store = await openStore(opts);
      const seed = async () => {
        const r = await seedStore(store, {
          now: new Date().toISOString(),
          onProgress: (m) => process.stderr.write(`${m}…\n`)
        });
        process.stderr.write(`Store ${store.path}: pack "${r.pack}" ${r.status}\n`);
      };
      // A store that holds no pack is seeded before the server listens; a seeded one is checked for a changed
      // pack or dataset after the URL is printed (a change is written in one transaction and seen at once).
      const seedFirst = opts.seed === true && (await store.catalog.packHash(basename(DEFAULT_PACK_DIR))) === undefined;
      if (seedFirst) await seed();
      const envToken = process.env.MULTIVECTOR_TOKEN;
      const server = await serve({
        store,
        port,
        host: opts.host,
        ...(envToken ? {token: envToken} : {}),
        ...(cors.length ? {cors} : {})
      });
      if (server.generated)
        process.stderr.write(`Write token (set MULTIVECTOR_TOKEN to choose one): ${server.token}\n`);
      // Beside the store: the URL for the CLI (which then goes through the API) and the token (mode 0600).
      const withdraw = advertiseServer(store.path, server.url, server.token, new Date().toISOString());
      process.stdout.write(`Multivector is serving the dashboard and API at ${server.url}\n`);
      const seeding =
        opts.seed && !seedFirst
          ? seed().catch((e: unknown) =>
              process.stderr.write(`Seeding failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}\n`)
            )
          : undefined;
      if (cors.length) process.stderr.write(`Browsers at ${cors.join(", ")} may read the API (CORS)\n`);
      // The follower runs in this process: the served figures change as files are imported (the read cache
      // is keyed by the store's version), with no restart.
      const following = new AbortController();
      const follower = opts.follow
        ? followFolder(store, opts.follow, {
            pollMs: 5000,
            signal: following.signal,
            now: () => new Date().toISOString(),
            onFile: (f) =>
              process.stderr.write(
                `follow: ${f.status === "duplicate" ? "already stored" : f.status} ${f.file} (${f.events} events)${f.issues.length ? `: ${f.issues.map((i) => i.message).join("; ")}` : ""}\n`
              )
          }).catch((e: unknown) =>
            process.stderr.write(`follow stopped: ${e instanceof Error ? e.message : String(e)}\n`)
          )
        : undefined;
      // The command returns (and the process exits) once a signal has closed the server and the store.
      await new Promise<void>((resolve) => {
        const stop = async () => {
          // Requests being answered (an ingest's commit, a measure) get CLOSE_GRACE_MS to finish and are stored
          // whole; then the process exits anyway (what was not answered was not committed). A second Ctrl-C stops at once.
          const n = server.answering();
          process.stderr.write(
            n === 0
              ? "Stopping…\n"
              : `Stopping: finishing the ${n === 1 ? "request" : `${n} requests`} being answered (at most ${CLOSE_GRACE_MS / 1000} s)…\n`
          );
          setTimeout(() => process.exit(0), CLOSE_GRACE_MS + 2000).unref();
          following.abort();
          await follower;
          await seeding;
          withdraw();
          await server.close();
          store.close();
          resolve();
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
    });
}

/** `--cors` origins: explicit `scheme://host[:port]` only, never `*`. */
export function corsOrigins(value: string): string[] {
  const origins = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (origins.length === 0)
    throw new UsageError(`Invalid value for --cors: expected origins such as http://localhost:8888, found "${value}"`);
  for (const o of origins) {
    let ok = false;
    try {
      const u = new URL(o);
      ok = (u.protocol === "http:" || u.protocol === "https:") && u.origin === o.replace(/\/$/, "");
    } catch {
      ok = false;
    }
    if (!ok)
      throw new UsageError(
        `Invalid value for --cors: expected an origin such as http://localhost:8888 (scheme, host and port, no path, no "*"), found "${o}"`
      );
  }
  return origins.map((o) => o.replace(/\/$/, ""));
}
