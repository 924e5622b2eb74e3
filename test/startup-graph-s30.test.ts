// Start-up (issue 16, session 30): the server and the commands that read no article load none of the reader's
// modules as they start. The reader (src/read/document.ts and the event coder, ~120 modules and their patterns:
// ~0.3 s of CPU to load) is imported where a document is read (src/app/ingest.ts's dynamic imports), not by the
// modules a command or the server load at start.
import assert from "node:assert/strict";
import {existsSync, readFileSync} from "node:fs";
import {dirname, join, relative, resolve} from "node:path";
import {test} from "node:test";

const ROOT = resolve(import.meta.dirname, "..");

/** The modules `entry` loads as it starts: its static imports, followed (a dynamic `import()` is not). */
function startGraph(entry: string): Map<string, string | undefined> {
  const from = new Map<string, string | undefined>([[entry, undefined]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const text = readFileSync(file, "utf8");
    for (const [, spec] of text.matchAll(
      /^(?:import|export)\s+(?!type\b)[^;]*?from\s+"(\.[^"]+)"|^import\s+"(\.[^"]+)"/gms
    )) {
      const path = resolve(dirname(file), spec!.replace(/\.js$/, ".ts"));
      if (!existsSync(path) || from.has(path)) continue;
      from.set(path, file);
      queue.push(path);
    }
  }
  return from;
}

/** The chain of imports from the entry to `file`, for the message. */
function chain(graph: Map<string, string | undefined>, file: string): string {
  const steps: string[] = [];
  for (let f: string | undefined = file; f; f = graph.get(f)) steps.unshift(relative(ROOT, f));
  return steps.join(" -> ");
}

const READER = ["src/read/document.ts", "src/read/coder.ts", "src/read/index.ts"].map((f) => join(ROOT, f));

for (const entry of [
  "src/server/index.ts",
  "src/cli/commands/serve.ts",
  "src/cli/commands/actors.ts",
  "src/cli/commands/measure.ts",
  "src/cli/commands/measure-evidence.ts",
  "src/cli/commands/forecasts.ts",
  "src/cli/commands/simulate.ts",
  "src/cli/commands/ingest.ts"
])
  test(`${entry} loads none of the reader's modules at start`, () => {
    const graph = startGraph(join(ROOT, entry));
    for (const reader of READER) assert.ok(!graph.has(reader), `loaded at start: ${chain(graph, reader)}`);
  });

test("the check follows re-exports: the app's index loads the reader (its coder)", () => {
  const graph = startGraph(join(ROOT, "src/app/index.ts"));
  assert.ok(graph.has(join(ROOT, "src/read/coder.ts")));
});
