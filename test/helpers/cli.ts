// Runs the real `multivector` binary in a child process against a given store.
import {spawnSync} from "node:child_process";
import {join} from "node:path";

const BIN = join(import.meta.dirname, "..", "..", "bin", "multivector.js");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `multivector <args>` with MULTIVECTOR_STORE set to `store`. */
export function cli(store: string, args: readonly string[], input?: string): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: {...process.env, MULTIVECTOR_STORE: store, NO_COLOR: "1"},
    ...(input !== undefined ? {input} : {})
  });
  return {code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr};
}
