import type {Command} from "commander";
import {openStore, seedStore} from "../../app/index.js";
import {serve} from "../../server/index.js";
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
    .action(async (_o, command: Command) => {
      const opts = optionsOf<{port: string; host: string; seed?: boolean}>(command);
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UsageError(`Invalid value for --port: expected 0–65535, found "${opts.port}"`);
      const store = await openStore(opts);
      if (opts.seed) {
        const r = await seedStore(store, {
          now: new Date().toISOString(),
          onProgress: (m) => process.stderr.write(`${m}…\n`)
        });
        process.stderr.write(`Store ${store.path}: pack "${r.pack}" ${r.status}\n`);
      }
      const envToken = process.env.MULTIVECTOR_TOKEN;
      const server = await serve({store, port, host: opts.host, ...(envToken ? {token: envToken} : {})});
      if (server.generated)
        process.stderr.write(`Write token (set MULTIVECTOR_TOKEN to choose one): ${server.token}\n`);
      process.stdout.write(`Multivector is serving the dashboard and API at ${server.url}\n`);
      // The command returns (and the process exits) once a signal has closed the server and the store.
      await new Promise<void>((resolve) => {
        const stop = async () => {
          await server.close();
          store.close();
          resolve();
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
    });
}
