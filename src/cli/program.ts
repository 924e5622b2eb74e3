import {Command, CommanderError} from "commander";
import {COMMAND_MODULES} from "./commands/index.js";
import {EXIT, reportError} from "./output.js";

/** Global options every command sees (through `command.optsWithGlobals()`). */
export interface GlobalOptions {
  store?: string;
  events?: string;
  json?: boolean;
}

/** Global options that take a value (so the value is not taken for the command's name). */
const VALUED = new Set(["--store", "--events"]);

/** The command `argv` names: its first word that is not a global option or an option's value. */
export function commandName(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (VALUED.has(a)) i++;
    else if (a === "help" && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith("-")) return argv[i + 1];
    else if (!a.startsWith("-")) return a;
  }
  return undefined;
}

/**
 * Builds the `multivector` program for `argv`: only the command file of the command it names is
 * loaded and registered (a command imports only what it uses); without a known command, every
 * command is listed by name and description for the help, with nothing loaded. `all` loads them all.
 */
export async function buildProgram(argv: readonly string[] = [], {all = false} = {}): Promise<Command> {
  const program = new Command("multivector")
    .description("Measure and simulate a state's multi-vector foreign policy")
    .option(
      "--store <file>",
      "DuckDB store file (default: $MULTIVECTOR_STORE or ~/.local/share/multivector/multivector.duckdb)"
    )
    .option(
      "--events <url>",
      "where events live: duckdb: (the store file, default) or clickhouse://host:port[,host:port…][?database=…] (default: $MULTIVECTOR_EVENTS)"
    )
    .option("--json", "print JSON instead of tables")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  const name = commandName(argv);
  const chosen = COMMAND_MODULES.filter((m) => all || (name !== undefined && name in m.commands));
  if (chosen.length) for (const m of chosen) (await m.load())(program);
  else
    for (const m of COMMAND_MODULES)
      for (const [n, description] of Object.entries(m.commands)) program.command(n).description(description);
  for (const c of program.commands) c.exitOverride();
  return program;
}

/** Runs the program on `argv` (without node and script) and returns the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  // An ingest's reader threads start before the command's modules load (they load the reader meanwhile); the
  // command takes them, and those it did not take are closed here whatever happened (ingest-early.ts).
  const early = commandName(argv) === "ingest" ? await import("./ingest-early.js") : undefined;
  try {
    early?.startReadersEarly(argv);
    const program = await buildProgram(argv);
    try {
      await program.parseAsync([...argv], {from: "user"});
      return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
    } catch (e) {
      if (e instanceof CommanderError) {
        if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help")
          return EXIT.ok;
        return EXIT.usage;
      }
      return reportError(e);
    }
  } finally {
    await early?.closeUntaken();
  }
}
