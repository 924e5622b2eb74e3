import {Command, CommanderError} from "commander";
import {COMMANDS} from "./commands/index.js";
import {EXIT, reportError} from "./output.js";

/** Global options every command sees (through `command.optsWithGlobals()`). */
export interface GlobalOptions {
  store?: string;
  events?: string;
  json?: boolean;
}

/** Builds the `multivector` program with every command registered. */
export function buildProgram(): Command {
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
  for (const register of COMMANDS) register(program);
  for (const c of program.commands) c.exitOverride();
  return program;
}

/** Runs the program on `argv` (without node and script) and returns the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
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
}
