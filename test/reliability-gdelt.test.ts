/**
 * GDELT idempotence by event id (GLOBALEVENTID): re-imports, CRLF copies, partial files and files repeating
 * rows add nothing twice; a file whose every row is bad is not stored and fails; invalid UTF-8 in a row is
 * a bad row with its line, never an engine error.
 */
import assert from "node:assert/strict";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, test} from "node:test";
import {ingestPaths, openStore} from "../src/app/index.js";
import type {Store} from "../src/store/index.js";
import {sql} from "./helpers/sql.js";
import {ROOT, runCli, syntheticGdelt} from "./helpers/reliability.js";

const NOW = "2026-01-01T00:00:00.000Z";
const dir = mkdtempSync(join(tmpdir(), "multivector-gdelt-"));
let store: Store;
before(async () => {
  store = await openStore({store: join(dir, "store.duckdb")});
});
after(() => {
  store.close();
  rmSync(dir, {recursive: true, force: true});
});

async function counts(): Promise<{events: number; distinct: number; sources: number}> {
  const r = await sql(store).all(
    `SELECT (SELECT count(*) FROM events)::INTEGER AS events, (SELECT count(DISTINCT id) FROM events)::INTEGER AS distinct,
            (SELECT count(*) FROM sources)::INTEGER AS sources`
  );
  return {events: Number(r[0]!.events), distinct: Number(r[0]!.distinct), sources: Number(r[0]!.sources)};
}

const ingest = (files: string[], extra: object = {}) =>
  ingestPaths(store, files, {now: NOW, coder: null, format: "gdelt2", ...extra});

test("re-imports, CRLF copies, partial files and repeated rows add no event twice", async () => {
  const file = join(dir, "a.export.tsv");
  syntheticGdelt(file, 2);
  const first = await ingest([file]);
  assert.equal(first.documents[0]!.status, "stored", JSON.stringify(first.documents[0]!.issues));
  const base = await counts();
  assert.ok(base.events > 1000);
  assert.equal(base.events, base.distinct);

  const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
  const crlf = join(dir, "a-crlf.export.tsv");
  writeFileSync(crlf, lines.join("\r\n") + "\r\n");
  const partial = join(dir, "a-partial.export.tsv");
  writeFileSync(partial, lines.slice(0, 700).join("\n") + "\n");
  const twice = join(dir, "a-twice.export.tsv");
  writeFileSync(twice, [...lines.slice(0, 300), ...lines.slice(0, 300)].join("\n") + "\n");
  const again = await ingest([file, crlf, partial, twice]);
  for (const d of again.documents) assert.equal(d.status, "duplicate", `${d.file}: ${d.status}`);
  assert.deepEqual(await counts(), base);

  // A file with some new rows and some stored ones: only the new ones are added, the source records both.
  const mixed = join(dir, "mixed.export.tsv");
  syntheticGdelt(mixed, 1, {firstId: 800_000_000});
  writeFileSync(mixed, readFileSync(mixed, "utf8") + lines.slice(0, 100).join("\n") + "\n");
  const m = await ingest([mixed]);
  assert.equal(m.documents[0]!.status, "stored");
  const after = await counts();
  assert.equal(after.events, after.distinct);
  assert.equal(after.events - base.events, m.documents[0]!.events);
  assert.ok(m.documents[0]!.events > 1000);
});

test("a GDELT file whose every row is bad is not stored and exits 1 with the rows named", async () => {
  const bad = join(dir, "bad.export.tsv");
  const row = readFileSync(join(ROOT, "data/gdelt/gdelt2_export_20191024143000.tsv"), "utf8").split("\n")[0]!;
  const cols = row.split("\t");
  const broken = Array.from({length: 5}, (_, i) => {
    const c = [...cols];
    c[0] = String(700_000_000 + i);
    c[1] = "20191399"; // no such date
    return c.join("\t");
  });
  writeFileSync(bad, broken.join("\n") + "\n");
  const before = await counts();
  const r = await ingest([bad]);
  assert.equal(r.documents[0]!.status, "failed");
  assert.ok(r.documents[0]!.issues.some((i) => i.code === "no_valid_rows"));
  assert.deepEqual(await counts(), before);
  const cli = await runCli(join(dir, "cli.duckdb"), ["ingest", "--format", "gdelt2", bad]);
  assert.equal(cli.code, 1, cli.stderr);
  assert.match(cli.stderr, /none of its 5 rows is a valid GDELT event/);
});

test("invalid UTF-8 (a Latin-1 row) is a bad row with its line and column, the rest is stored", async () => {
  const file = join(dir, "latin1.export.tsv");
  syntheticGdelt(file, 1, {firstId: 600_000_000});
  const bytes = readFileSync(file);
  const nl = bytes.indexOf(10, bytes.indexOf(10) + 1); // end of line 2
  const latin = Buffer.concat([bytes.subarray(0, nl), Buffer.from("caf\xe9", "latin1"), bytes.subarray(nl)]);
  writeFileSync(file, latin);
  const r = await ingest([file]);
  const d = r.documents[0]!;
  assert.equal(d.status, "stored", JSON.stringify(d.issues));
  const w = d.warnings.find((i) => i.code === "bad_encoding");
  assert.ok(w, JSON.stringify(d.warnings.slice(0, 3)));
  assert.equal(w.line, 2);
  const c = await counts();
  assert.equal(c.events, c.distinct);
  // The store still answers (no engine invalidated).
  assert.ok((await store.documents.countSources()) > 0);
});
