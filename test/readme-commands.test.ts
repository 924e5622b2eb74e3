// Docs that stay true: every `multivector` command shown in README.md and docs/*.md (console blocks'
// `$ …` lines, bash blocks' lines) runs, in document order, on one fresh store, and exits 0 (or the
// code its comment states: "# exits 1"). Only commands that cannot end are left out, with their reason.
import assert from "node:assert/strict";
import {spawnSync} from "node:child_process";
import {mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, test} from "node:test";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "multivector.js");

/** Commands that do not end by themselves: shown, not run. */
const NOT_RUN: readonly [RegExp, string][] = [[/^multivector serve\b/, "serves until stopped"]];

/** The `multivector` commands of a Markdown file, with their line numbers. */
export function commandsOf(markdown: string): {line: number; command: string; exit: number}[] {
  const out: {line: number; command: string; exit: number}[] = [];
  const lines = markdown.split("\n");
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const m = /^\s*```(\w*)/.exec(l);
    if (m) {
      fence = fence === undefined ? m[1] || "plain" : undefined;
      continue;
    }
    if (fence !== "console" && fence !== "bash" && fence !== "sh" && fence !== "shell") continue;
    let text = fence === "console" ? (l.startsWith("$ ") ? l.slice(2) : "") : l;
    while (text.endsWith("\\") && i + 1 < lines.length) text = text.slice(0, -1) + lines[++i]!.trim();
    // A comment "# exits N" shows a command that fails on purpose (bad input is exit 1).
    const exit = Number(/#.*\bexits (\d)\b/.exec(text)?.[1] ?? 0);
    text = text.replace(/\s+#\s.*$/, "").trim();
    if (/(^|\|\s*)(npx )?multivector\b/.test(text) || text.startsWith("node bin/multivector.js"))
      out.push({line: i + 1, command: text.replace(/\bnpx multivector\b/g, "multivector"), exit});
  }
  return out;
}

const docs = [
  "README.md",
  ...readdirSync(join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/${f}`)
];
const dir = mkdtempSync(join(tmpdir(), "mv-readme-"));
// Commands run in a scratch folder that sees the repository's files, so their outputs land there.
for (const entry of ["test", "data", "packs", "scenarios", "examples", "bin", "docs"])
  symlinkSync(join(ROOT, entry), join(dir, entry));
after(() => rmSync(dir, {recursive: true, force: true}));

test("the commands parsed from the docs include the README's session", () => {
  const readme = commandsOf(readFileSync(join(ROOT, "README.md"), "utf8")).map((c) => c.command);
  assert.ok(readme.includes("multivector init"), readme.join("\n"));
  assert.ok(
    readme.some((c) => c.startsWith("multivector ingest test/fixtures/articles/seeds/")),
    readme.join("\n")
  );
});

test("every command shown in README.md and docs/*.md exits as shown", {timeout: 900_000}, () => {
  const env = {...process.env, MULTIVECTOR_STORE: join(dir, "store.duckdb"), NO_COLOR: "1"};
  let ran = 0;
  for (const file of docs) {
    for (const {line, command, exit} of commandsOf(readFileSync(join(ROOT, file), "utf8"))) {
      if (NOT_RUN.some(([re]) => re.test(command))) continue;
      const r = spawnSync(
        "bash",
        ["-c", `set -o pipefail; multivector() { "${process.execPath}" "${BIN}" "$@"; }; ${command}`],
        {cwd: dir, env, encoding: "utf8", timeout: 300_000}
      );
      assert.equal(
        r.status,
        exit,
        `${file}:${line}: \`${command}\` exited ${r.status}, expected ${exit}:\n${r.stderr.slice(0, 2000)}`
      );
      ran++;
    }
  }
  assert.ok(ran >= 15, `ran ${ran} commands`);
});
