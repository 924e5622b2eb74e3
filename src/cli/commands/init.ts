import type {Command} from "commander";
import {formatIssue} from "../../domain/index.js";
import {DEFAULT_PACK_DIR, loadPack, seedStore, withStore} from "../../app/index.js";
import {EXIT, printJson, table} from "../output.js";
import {optionsOf} from "../options.js";

/** `init` (create and seed the store) and `pack validate <dir>`. */
export function registerInit(program: Command): void {
  program
    .command("init")
    .description("create the store and seed it with the Central Asia pack and the bundled datasets (idempotent)")
    .option("--pack <dir>", "pack directory", DEFAULT_PACK_DIR)
    .action(async (_opts, command: Command) => {
      const opts = optionsOf<{pack: string}>(command);
      const result = await withStore(opts, (store) =>
        seedStore(store, {
          packDir: opts.pack,
          now: new Date().toISOString(),
          onProgress: (m) => process.stderr.write(`${m}…\n`)
        }).then((r) => ({...r, store: store.path}))
      );
      if (opts.json) return printJson(result);
      process.stdout.write(
        `${result.status === "seeded" ? "Seeded" : "Already up to date:"} pack "${result.pack}" in ${result.store}\n` +
          table(Object.entries(result.counts), [
            {header: "table", value: ([k]) => k},
            {header: "rows", value: ([, v]) => v, right: true}
          ]) +
          "\n" +
          (result.datasets.length
            ? table(result.datasets, [
                {header: "dataset", value: (d) => d.name},
                {header: "status", value: (d) => d.status},
                {header: "rows", value: (d) => d.rows, right: true}
              ]) + "\n"
            : "")
      );
    });

  program
    .command("pack")
    .description("work with knowledge packs")
    .command("validate")
    .argument("<dir>", "pack directory")
    .description("check every file of a pack and report every problem as file:line:column")
    .action(async (dir: string, _opts, command: Command) => {
      const opts = optionsOf(command);
      const result = loadPack(dir);
      if (opts.json) {
        printJson(result.ok ? {ok: true, warnings: result.warnings} : {ok: false, issues: result.issues});
      } else if (result.ok) {
        const p = result.value;
        process.stdout.write(
          `Pack "${p.name}" is valid: ${p.actors.length} actors, ${p.memberships.length} memberships, ${p.corridors.length} corridors, ${p.timeline.length} timeline events, ${p.indicators.length} indicators\n`
        );
      } else {
        for (const i of result.issues) process.stderr.write(`${formatIssue(i)}\n`);
        process.stderr.write(`${result.issues.length} problem${result.issues.length === 1 ? "" : "s"} in ${dir}\n`);
      }
      if (!result.ok) process.exitCode = EXIT.badInput;
    });
}
