// Start-up: `multivector` loads only the command file of the command it runs, and the help lists every
// command without loading any. The list in src/cli/commands/index.ts must match what the files register.
import assert from "node:assert/strict";
import {test} from "node:test";
import {buildProgram, commandName} from "../src/cli/program.js";
import {COMMAND_MODULES} from "../src/cli/commands/index.js";

test("the command index names every command with the description its file registers", async () => {
  for (const m of COMMAND_MODULES) {
    const program = await buildProgram([], {all: false});
    const stubs = Object.fromEntries(program.commands.map((c) => [c.name(), c.description()]));
    const real = new (await import("commander")).Command("multivector");
    (await m.load())(real);
    for (const c of real.commands)
      assert.equal(
        stubs[c.name()],
        c.description(),
        `src/cli/commands/index.ts: "${c.name()}" should be listed with the description its file gives it`
      );
    assert.deepEqual(Object.keys(m.commands).sort(), real.commands.map((c) => c.name()).sort());
  }
});

test("the command is found past global options, and `help <command>` loads that command", async () => {
  assert.equal(commandName(["--store", "x.duckdb", "--json", "actors"]), "actors");
  assert.equal(commandName(["help", "measure"]), "measure");
  assert.equal(commandName(["--help"]), undefined);
  const program = await buildProgram(["measure", "balance"]);
  assert.deepEqual(
    program.commands.map((c) => c.name()),
    ["measure"]
  );
  assert.ok(program.commands[0]!.options.some((o) => o.long === "--format"));
});
