// `ingest --follow`: files appearing while it runs (zipped as GDELT writes them, and plain files written in two
// steps), a kill in the middle and a restart: nothing lost, nothing doubled; a second run imports nothing.
import assert from "node:assert/strict";
import {spawn} from "node:child_process";
import {appendFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {deflateRawSync, crc32} from "node:zlib";
import {after, test} from "node:test";
import {openStore} from "../src/store/index.js";
import {sql} from "./helpers/sql.js";
import {cli} from "./helpers/cli.js";

const BIN = join(import.meta.dirname, "..", "bin", "multivector.js");
const SAMPLE = readFileSync(
  join(import.meta.dirname, "..", "data", "gdelt", "gdelt2_export_20191024143000.tsv"),
  "utf8"
)
  .split("\n")
  .filter((l) => l.trim() !== "");
const dir = mkdtempSync(join(tmpdir(), "multivector-follow-test-"));
after(() => rmSync(dir, {recursive: true, force: true}));

/** The sample's rows `copies` times with GLOBALEVENTIDs unique to file `n` (so files differ in content and ids). */
function gdeltFile(n: number, copies = 1): string {
  const out: string[] = [];
  for (let c = 0; c < copies; c++)
    SAMPLE.forEach((line, i) => out.push(line.replace(/^\d+/, String(n * 10_000_000 + c * 10_000 + i))));
  return out.join("\n") + "\n";
}

/** A ZIP archive with one deflated entry, as GDELT publishes its 15-minute files. */
function zip(name: string, text: string): Buffer {
  const data = Buffer.from(text);
  const body = deflateRawSync(data);
  const nameBuf = Buffer.from(name);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const cen = Buffer.alloc(46);
  cen.writeUInt32LE(0x02014b50, 0);
  cen.writeUInt16LE(20, 4);
  cen.writeUInt16LE(20, 6);
  cen.writeUInt16LE(8, 10);
  cen.writeUInt32LE(crc, 16);
  cen.writeUInt32LE(body.length, 20);
  cen.writeUInt32LE(data.length, 24);
  cen.writeUInt16LE(nameBuf.length, 28);
  cen.writeUInt32LE(0, 42);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBuf.length, 12);
  end.writeUInt32LE(30 + nameBuf.length + body.length, 16);
  return Buffer.concat([local, nameBuf, body, cen, nameBuf, end]);
}

async function counts(path: string): Promise<{sources: number; events: number; distinct: number}> {
  const store = await openStore({store: path});
  try {
    const [r] = await sql(store).all(
      `SELECT (SELECT count(*) FROM sources WHERE format = 'gdelt2')::INTEGER AS sources,
              count(*)::INTEGER AS events, count(DISTINCT source_id || '|' || id)::INTEGER AS distinct
       FROM events`
    );
    return {sources: Number(r!.sources), events: Number(r!.events), distinct: Number(r!.distinct)};
  } finally {
    store.close();
  }
}

function waitFor(out: {text: string}, pattern: RegExp, ms: number): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const t = setInterval(() => {
      if (pattern.test(out.text)) return (clearInterval(t), resolve());
      if (Date.now() - start > ms)
        (clearInterval(t), reject(new Error(`Timed out waiting for ${pattern}: output so far:\n${out.text}`)));
    }, 50);
  });
}

test(
  "ingest --follow: files appear while it runs; a kill mid-way and a restart lose and double nothing",
  {timeout: 120_000},
  async () => {
    const folder = join(dir, "incoming");
    mkdirSync(folder);
    const store = join(dir, "follow.duckdb");
    const child = spawn(process.execPath, [BIN, "ingest", "--follow", folder, "--poll", "0.2"], {
      env: {...process.env, MULTIVECTOR_STORE: store, NO_COLOR: "1"}
    });
    const out = {text: ""};
    child.stdout.on("data", (d) => (out.text += d));
    child.stderr.on("data", (d) => (out.text += d));
    // A zipped 15-minute file, written to a temporary name and renamed (as a downloader does).
    writeFileSync(join(folder, ".part"), zip("20250101000000.export.CSV", gdeltFile(1)));
    renameSync(join(folder, ".part"), join(folder, "20250101000000.export.CSV.zip"));
    await waitFor(out, /stored {2}\S*20250101000000\.export\.CSV\.zip {2}1406 events/, 30_000);
    // A plain export written in two steps: the first half must not be imported on its own.
    const text = gdeltFile(2);
    const half = text.indexOf("\n", text.length >> 1) + 1;
    writeFileSync(join(folder, "20250101001500.export.CSV"), text.slice(0, half));
    await new Promise((r) => setTimeout(r, 100));
    appendFileSync(join(folder, "20250101001500.export.CSV"), text.slice(half));
    await waitFor(out, /stored {2}\S*20250101001500\.export\.CSV {2}1406 events/, 30_000);
    // A large file, then a kill while it is being imported.
    writeFileSync(join(folder, "20250101003000.export.CSV.zip"), zip("20250101003000.export.CSV", gdeltFile(3, 60)));
    await new Promise((r) => setTimeout(r, 700));
    child.kill("SIGKILL");
    await new Promise((r) => child.once("close", r));
    const killed = await counts(store);
    // Whatever the kill interrupted is either wholly stored or not at all.
    assert.ok(killed.sources === 2 || killed.sources === 3, `sources after the kill: ${killed.sources}`);
    assert.equal(killed.events, killed.sources === 2 ? 2 * 1406 : 62 * 1406);
    // Restart: the rest is imported, once.
    const again = cli(store, ["ingest", "--follow", folder, "--once"]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(
      again.stdout,
      killed.sources === 2 ? /^1 stored, 2 already stored, 0 failed; 84360 events$/m : /^0 stored, 3 already stored/m
    );
    const done = await counts(store);
    assert.deepEqual(done, {sources: 3, events: 62 * 1406, distinct: 62 * 1406});
    // A second run over the same folder imports nothing.
    const third = cli(store, ["ingest", "--follow", folder, "--once"]);
    assert.match(third.stdout, /^0 stored, 3 already stored, 0 failed; 0 events$/m);
    assert.deepEqual(await counts(store), done);
  }
);

test("ingest --follow names a missing folder and refuses other paths", () => {
  const missing = cli(join(dir, "x.duckdb"), ["ingest", "--follow", join(dir, "nope"), "--once"]);
  assert.notEqual(missing.code, 0);
  assert.match(missing.stderr, /Cannot follow ".*nope": expected a folder of GDELT export files/);
  const both = cli(join(dir, "x.duckdb"), ["ingest", "a.txt", "--follow", dir]);
  assert.equal(both.code, 2);
  assert.match(both.stderr, /--follow takes a folder and no other paths, found "a\.txt"/);
});
