// CPU per pass of the reader over every .txt fixture article (test/fixtures/articles/*/), with and without the event
// coder, with V8's default settings and with the batch tuning of src/app/jit.ts (tuneJitForBatches). The V8 flags are
// process-wide, so each arm runs in a fresh process (one warm-up pass, then N timed passes, the process's CPU);
// the table gives the tuned arm's CPU against the default's.
// Run: node --import tsx bench/reader-pass.ts [passes] (default 3; or `npm run bench -- reader-pass`).
import {execFileSync} from "node:child_process";
import {readdirSync, readFileSync} from "node:fs";
import {loadavg} from "node:os";
import {join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {readDocument} from "../src/read/index.js";
import {defaultCoder, readPack, tuneJitForBatches} from "../src/app/index.js";
import {PATTERN_FLAG} from "../src/app/jit.js";

const ARTICLES = fileURLToPath(new URL("../test/fixtures/articles/", import.meta.url));

/** Every .txt article under test/fixtures/articles/<set>/, sets and files in name order. */
function fixtureTexts(): string[] {
  const texts: string[] = [];
  for (const set of readdirSync(ARTICLES, {withFileTypes: true}).filter((d) => d.isDirectory())) {
    const dir = join(ARTICLES, set.name);
    for (const file of readdirSync(dir).sort())
      if (file.endsWith(".txt")) texts.push(readFileSync(join(dir, file), "utf8"));
  }
  return texts;
}

/** One arm, in this process: ms of process CPU per pass. */
function pass(jit: "batch" | "default", withCoder: boolean, passes: number): {ms: number; docs: number; bytes: number} {
  if (jit === "batch") tuneJitForBatches();
  const coder = withCoder ? defaultCoder(readPack().actors) : undefined;
  const texts = fixtureTexts();
  const run = () => {
    for (const text of texts)
      readDocument(text, {format: "text", sourceId: "bench", ...(coder ? {coder} : {}), given: {date: "2024-01-01"}});
  };
  run();
  const c0 = process.cpuUsage();
  for (let k = 0; k < passes; k++) run();
  const c = process.cpuUsage(c0);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  return {ms: (c.user + c.system) / 1000 / passes, docs: texts.length, bytes};
}

/** `npm run bench -- reader-pass`: the four arms, each in a fresh process. */
export async function bench(passes = 3): Promise<void> {
  const script = fileURLToPath(import.meta.url);
  const arm = (jit: string, coder: string) =>
    JSON.parse(
      // (the pattern flag on the command line: set late it can crash V8, src/app/jit.ts)
      execFileSync(
        process.execPath,
        [...(jit === "batch" ? [PATTERN_FLAG] : []), "--import", "tsx", script, "--arm", jit, coder, String(passes)],
        {encoding: "utf8"}
      )
    ) as {ms: number; docs: number; bytes: number};
  console.log(
    `Reader CPU per pass over the fixture articles, ${passes} passes after one warm-up, a fresh process each:`
  );
  for (const coder of ["0", "1"]) {
    const plain = arm("default", coder);
    const tuned = arm("batch", coder);
    console.log(
      `  ${coder === "1" ? "with the coder   " : "without the coder"}  ${plain.docs} docs, ${(plain.bytes / 1e3).toFixed(0)} KB: ` +
        `default V8 ${plain.ms.toFixed(0)} ms, batch tuning ${tuned.ms.toFixed(0)} ms (${(plain.ms / tuned.ms).toFixed(2)}x; ` +
        `${(tuned.bytes / 1e6 / (tuned.ms / 1000)).toFixed(2)} MB/s)  load ${loadavg()[0]!.toFixed(1)}`
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf("--arm");
  if (at >= 0) {
    const [jit, coder, passes] = process.argv.slice(at + 1);
    process.stdout.write(JSON.stringify(pass(jit === "batch" ? "batch" : "default", coder === "1", Number(passes))));
  } else {
    const passes = Number(process.argv[2] ?? 3);
    if (!Number.isInteger(passes) || passes < 1) {
      console.error(`bench/reader-pass.ts: the pass count must be a positive integer, found "${process.argv[2]}"`);
      process.exit(2);
    }
    await bench(passes);
  }
}
