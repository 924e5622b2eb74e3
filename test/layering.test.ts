import {readdirSync, readFileSync} from "node:fs";
import {dirname, join, relative, resolve, sep} from "node:path";
import {test} from "node:test";
import assert from "node:assert/strict";

const allowed: Record<string, string[]> = {
  domain: [],
  read: ["domain"],
  measure: ["domain"],
  store: ["domain"],
  packs: ["domain"],
  simulate: ["domain", "measure"],
  app: ["domain", "read", "measure", "simulate", "store", "packs"],
  cli: ["app", "domain", "server"], // the `serve` command starts the HTTP surface
  server: ["app", "domain"],
  web: ["domain"]
};

/**
 * A SQL statement inside a string or template literal: SELECT … FROM, INSERT INTO, UPDATE … SET,
 * DELETE FROM, CREATE/DROP/ALTER TABLE, COPY … TO, SET memory_limit and the like (keywords in capitals,
 * as this project writes SQL).
 */
const SQL_PATTERN =
  /["'`]\s*(SELECT\b[^"'`]*\bFROM\b|INSERT (OR REPLACE )?INTO\b|UPDATE \w+ SET\b|DELETE FROM\b|(CREATE|DROP|ALTER) (TEMP |OR REPLACE )*(TABLE|INDEX|VIEW|DATABASE)\b|COPY\s*\(|COPY \w+ (TO|FROM)\b|SET \w+ = )/g;

/** Lists every import of a relative module in src/ that crosses a folder boundary it must not cross. */
export function layeringViolations(root = "src"): string[] {
  const violations: string[] = [];
  const files = readdirSync(root, {recursive: true, encoding: "utf8"}).filter((f) => /\.tsx?$/.test(f));
  for (const file of files) {
    const from = file.split(sep)[0]!;
    const text = readFileSync(join(root, file), "utf8");
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.\.?\/[^"']+)["']/g)) {
      const to = relative(root, resolve(root, dirname(file), spec!)).split(sep)[0]!;
      if (to !== from && !allowed[from]?.includes(to)) violations.push(`${file} imports ${spec}`);
    }
    if (from === "web") {
      for (const [line] of text.matchAll(/^import\s+(?!type\b)[^\n]*domain[^\n]*$/gm)) {
        violations.push(`${file} imports domain for values (use import type): ${line}`);
      }
    }
    if (from !== "store" && !file.endsWith(".test.ts")) {
      // No database engine outside src/store: neither its client library nor an engine folder of the store.
      // (a require() too: the store loads DuckDB's API with createRequire, src/store/duckdb/engine.ts)
      for (const [, spec] of text.matchAll(
        /(?:from|import|require|createRequire\([^)]*\))\s*\(?\s*["']([^"']+)["']/g
      )) {
        if (/^@duckdb\/|^@clickhouse\/|^duckdb$|(^|\/)store\/(duckdb|clickhouse)\//.test(spec!))
          violations.push(`${file} imports a database engine (${spec}): use the ports of src/store/index.ts`);
      }
      // No SQL outside src/store: a statement in a string literal.
      for (const [stmt] of text.matchAll(SQL_PATTERN))
        violations.push(`${file} holds SQL outside src/store: ${stmt.trim()}`);
    }
    if (
      ["read", "measure", "simulate", "domain"].includes(from) &&
      !file.endsWith(".test.ts") &&
      !file.includes("worker")
    ) {
      if (
        /\bMath\.random\(|\bDate\.now\(|new Date\(\)|\bperformance\.now\(|\bprocess\.hrtime\b|from "node:(fs|net|http|child_process|perf_hooks)/.test(
          text
        )
      ) {
        violations.push(`${file} uses the clock, Math.random or I/O in the pure core`);
      }
    }
  }
  return violations;
}

test("each folder imports only the folders upstream of it, and the core stays pure", () => {
  assert.deepEqual(layeringViolations(), []);
});

test("the layering check catches a violation", async () => {
  const {mkdtempSync, mkdirSync, writeFileSync} = await import("node:fs");
  const {tmpdir} = await import("node:os");
  const root = mkdtempSync(join(tmpdir(), "layering-"));
  mkdirSync(join(root, "measure"));
  mkdirSync(join(root, "store"));
  writeFileSync(
    join(root, "measure", "x.ts"),
    `import {a} from "../store/index.js";\nexport const r = Math.random();\n`
  );
  writeFileSync(join(root, "store", "index.ts"), `export const a = 1;\n`);
  // the other clocks: a monotonic timer is a clock too
  mkdirSync(join(root, "simulate"));
  writeFileSync(join(root, "simulate", "spin.ts"), `export const until = () => performance.now() + 0.2;\n`);
  mkdirSync(join(root, "read"));
  writeFileSync(join(root, "read", "timer.ts"), `export const t = () => process.hrtime.bigint();\n`);
  mkdirSync(join(root, "app"));
  writeFileSync(
    join(root, "app", "y.ts"),
    `import {DuckDB} from "../store/duckdb/connection.js";\nimport {DuckDBInstance} from "@duckdb/node-api";\n` +
      `const api = createRequire(import.meta.url)("@duckdb/node-api");\n` +
      `export const q = (db: DuckDB) => db.all(\`SELECT count(*) AS n FROM actors\`);\n` +
      `export const w = "DELETE FROM sources WHERE id = ?";\n`
  );
  assert.deepEqual(
    layeringViolations(root).sort(),
    [
      `app${sep}y.ts holds SQL outside src/store: "DELETE FROM`,
      `app${sep}y.ts holds SQL outside src/store: \`SELECT count(*) AS n FROM`,
      `app${sep}y.ts imports a database engine (../store/duckdb/connection.js): use the ports of src/store/index.ts`,
      `app${sep}y.ts imports a database engine (@duckdb/node-api): use the ports of src/store/index.ts`,
      `app${sep}y.ts imports a database engine (@duckdb/node-api): use the ports of src/store/index.ts`,
      `measure${sep}x.ts imports ../store/index.js`,
      `measure${sep}x.ts uses the clock, Math.random or I/O in the pure core`,
      `read${sep}timer.ts uses the clock, Math.random or I/O in the pure core`,
      `simulate${sep}spin.ts uses the clock, Math.random or I/O in the pure core`
    ].sort()
  );
});

test("an events engine is named only in its folder and store/open.ts (a new engine touches only those)", () => {
  const files = readdirSync("src", {recursive: true, encoding: "utf8"}).filter((f) => /\.tsx?$/.test(f));
  const named: string[] = [];
  for (const file of files) {
    const path = join("src", file);
    if (path.startsWith(join("src", "store", "clickhouse")) || path === join("src", "store", "open.ts")) continue;
    const text = readFileSync(path, "utf8");
    if (
      /(?:from|import)\s*\(?\s*["'][^"']*clickhouse\/[^"']*["']|\bClickHouseEvents\b|\bparseClickHouseUrl\b/.test(text)
    )
      named.push(file);
    // No use case branches on which engine answers.
    if (/\bevents\.engine\s*[!=]==/.test(text) && !file.endsWith(".test.ts"))
      named.push(`${file} (branches on the engine)`);
  }
  assert.deepEqual(named, []);
});

test("entry files list what they export (no `export *` in src/)", () => {
  const files = readdirSync("src", {recursive: true, encoding: "utf8"}).filter((f) => /\.tsx?$/.test(f));
  const star = files.filter((f) => /^\s*export \* from /m.test(readFileSync(join("src", f), "utf8")));
  assert.deepEqual(star, []);
});
