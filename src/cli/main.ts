#!/usr/bin/env node
// The `multivector` command line. See README.md for the commands.
// Every command exits once it is done: no timer, socket or worker left behind keeps a finished (or failed)
// process alive. Exit codes: 0 ok, 1 bad input, 2 usage, 3 internal failure.
import {run} from "./program.js";
import {EXIT, internalMessage} from "./output.js";

const fail = (e: unknown) => {
  process.stderr.write(`${internalMessage(e)}\n`);
  process.exit(EXIT.internal);
};
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

const code = await run(process.argv.slice(2));
// Let what was written reach the pipe before exiting (a large --json answer is written asynchronously).
const drained = (s: NodeJS.WriteStream) => new Promise<void>((r) => s.write("", () => r()));
await Promise.all([drained(process.stdout), drained(process.stderr)]);
process.exit(code);
