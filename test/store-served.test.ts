// The store while `multivector serve` holds it: the CLI finds the server beside the store file and goes
// through its API (reads without a token, ingest with the token file), a command that cannot says what to
// do, a Python script with only its standard library reads the data through the API, and a file left by a
// dead server is ignored.
import assert from "node:assert/strict";
import {spawn, spawnSync, type ChildProcess} from "node:child_process";
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, test} from "node:test";
import {advertPath, openStore, seedStore, tokenPath} from "../src/app/index.js";
import {cli} from "./helpers/cli.js";

const BIN = join(import.meta.dirname, "..", "bin", "multivector.js");
const ARTICLE = join(import.meta.dirname, "fixtures", "articles", "seeds");

describe("the store while the server runs", {timeout: 240_000}, () => {
  const dir = mkdtempSync(join(tmpdir(), "mv-served-"));
  const store = join(dir, "store.duckdb");
  let server: ChildProcess;
  let url = "";
  let serverErr = "";

  before(async () => {
    const s = await openStore({store});
    await seedStore(s, {now: "2026-01-01T00:00:00.000Z", datasets: false});
    s.close();
    server = spawn(process.execPath, [BIN, "serve", "--port", "0"], {
      env: {...process.env, MULTIVECTOR_STORE: store, MULTIVECTOR_TOKEN: ""},
      stdio: ["ignore", "pipe", "pipe"]
    });
    url = await new Promise<string>((resolve, reject) => {
      let out = "";
      server.stdout!.on("data", (b) => {
        out += String(b);
        const m = /at (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      server.stderr!.on("data", (b) => (serverErr += String(b)));
      server.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${serverErr}`)));
    });
  });

  after(async () => {
    if (server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
    }
    rmSync(dir, {recursive: true, force: true});
  });

  test("the server advertises its address beside the store, and its token in a file only the user reads", () => {
    const advert = JSON.parse(readFileSync(advertPath(store), "utf8"));
    assert.equal(advert.url, url);
    assert.equal(advert.pid, server.pid);
    assert.equal(statSync(tokenPath(store)).mode & 0o777, 0o600);
  });

  test("claims, events and measure balance read through the API", () => {
    const events = cli(store, ["events", "--actor", "KAZ", "--limit", "3", "--format", "json"]);
    assert.equal(events.code, 0, events.stderr);
    const e = JSON.parse(events.stdout);
    assert.equal(e.items.length, 3);
    assert.ok(e.total > 3);
    const claims = cli(store, ["claims", "--format", "json"]);
    assert.equal(claims.code, 0, claims.stderr);
    assert.ok(Array.isArray(JSON.parse(claims.stdout).items));
    const balance = cli(store, ["measure", "balance", "--from", "2015", "--to", "2020", "--json"]);
    assert.equal(balance.code, 0, balance.stderr);
    assert.equal(JSON.parse(balance.stdout).measure, "balance");
  });

  test("ingest <file> goes through the API with the token file; the events are then in the store", () => {
    const file = join(ARTICLE, readdirFirst(ARTICLE));
    const r = cli(store, ["ingest", file, "--json"]);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.totals.stored, 1, r.stdout);
    const again = cli(store, ["ingest", file, "--json"]);
    assert.equal(JSON.parse(again.stdout).totals.duplicate, 1);
    const id = report.documents[0].sourceId;
    const events = JSON.parse(cli(store, ["events", "--source", id, "--format", "json"]).stdout);
    assert.equal(events.total, report.documents[0].events);
  });

  test("ingest <folder> through the API leaves the folder's README out, with one warning naming it", () => {
    const folder = join(dir, "papers");
    mkdirSync(folder);
    writeFileSync(
      join(folder, "item.txt"),
      "Peru and Vietnam agreed on Monday in Lima to open a coffee research office.\n"
    );
    writeFileSync(join(folder, "README.md"), "# Items\n\nOne item written for a test.\n");
    const r = cli(store, ["ingest", folder, "--json"]);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(
      report.documents.map((d: {file: string}) => d.file),
      [join(folder, "item.txt")]
    );
    assert.equal(report.warnings.length, 1);
    assert.match(report.warnings[0].message, new RegExp(`^Left out 1 file .*: ${join(folder, "README.md")};`));
    assert.match(r.stderr, /warning: Left out 1 file/);
  });

  test("a command that cannot go through the server says so and what to do", () => {
    const r = cli(store, ["init"]);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /held by the Multivector server at http:\/\/127\.0\.0\.1:\d+\/ \(pid \d+\)/);
    assert.match(r.stderr, /stop the server/);
    assert.doesNotMatch(r.stderr, /Conflicting lock/);
  });

  test("a Python script with only its standard library reads the data while the server runs", () => {
    const script = join(dir, "read.py");
    writeFileSync(
      script,
      [
        "import json, sys, urllib.request",
        "advert = json.load(open(sys.argv[1] + '.server.json'))",
        "with urllib.request.urlopen(advert['url'] + 'api/events?actor=KAZ&limit=1000') as r:",
        "    events = json.load(r)",
        "kaz_rus = sum(1 for e in events['items'] if {e['source'], e['target']} == {'KAZ', 'RUS'})",
        "print(json.dumps({'total': events['total'], 'kaz_rus': kaz_rus}))"
      ].join("\n")
    );
    const r = spawnSync("python3", [script, store], {encoding: "utf8", timeout: 30_000});
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    const cliEvents = JSON.parse(
      cli(store, ["events", "--actor", "KAZ", "--limit", "1000", "--format", "json"]).stdout
    );
    assert.equal(out.total, cliEvents.total);
    assert.equal(
      out.kaz_rus,
      cliEvents.items.filter((e: {source: string; target: string}) => [e.source, e.target].sort().join() === "KAZ,RUS")
        .length
    );
  });

  test("when the server stops, its files go and the CLI opens the store itself; a dead server's file is ignored", async () => {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    // Nothing was being answered: the stop says so briefly (with requests in flight it names how many it finishes).
    assert.match(serverErr, /^Stopping…$/m);
    assert.equal(existsSync(advertPath(store)), false);
    assert.equal(existsSync(tokenPath(store)), false);
    // A file left by a server that died (a pid that is not running).
    writeFileSync(advertPath(store), JSON.stringify({url: "http://127.0.0.1:9/", pid: 2 ** 22 + 12345, store}));
    const r = cli(store, ["events", "--actor", "KAZ", "--limit", "1", "--format", "json"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).items.length, 1);
  });
});

function readdirFirst(folder: string): string {
  const r = spawnSync("ls", [folder], {encoding: "utf8"});
  const name = r.stdout.split("\n").find((f) => /\.(txt|md|html)$/.test(f));
  if (!name) throw new Error(`no article in ${folder}`);
  return name;
}
