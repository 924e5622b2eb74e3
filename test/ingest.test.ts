import assert from "node:assert/strict";
import {
  closeSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, test} from "node:test";
import {clusterAround, ingestPaths, ingestText, seedStore, sourceDetail} from "../src/app/index.js";
import type {SentenceCoder} from "../src/read/index.js";
import {openStore, type Store} from "../src/store/index.js";
import {sql} from "./helpers/sql.js";

const ROOT = join(import.meta.dirname, "..");
const A = join(ROOT, "test/fixtures/articles");
const NOW = "2026-01-01T00:00:00.000Z";
let store: Store;

const count = async (from: string, params: (string | number)[] = []) =>
  Number((await sql(store).all(`SELECT count(*)::INTEGER AS n ${from}`, params))[0]!.n);

before(async () => {
  store = await openStore({store: ":memory:"});
  await seedStore(store, {now: NOW, datasets: false});
});
after(() => store.close());

test("ingest the seeds: stored once, then idempotent by content hash", async () => {
  const first = await ingestPaths(store, [join(A, "seeds")], {now: NOW, coder: null, given: {date: "2024-11-20"}});
  assert.deepEqual(
    first.documents.map((d) => [d.file.split("/").pop(), d.status, d.sentences, d.claims]),
    // (claims about regions count since regions are actors: Central Asia, the West, Europe; in 003 "Then he wrote
    // that it's time for them to …" is Tokayev's, named as the narration's subject before it; "pose not only an
    // immediate threat …" in 000 and "a firm pragmatism in our relations" in 004 are judgements since session 3; since
    // session 5 000's "… and that in any configuration we have to count only on ourselves" is a claim of its own, a
    // second reported clause, as the seeds' gold lists it; since session 16 004's quoted clauses of different kinds
    // are a claim each, and two quoted sentences of how things stand are claims: 30 -> 34)
    [
      ["000_3fd4c63bc4bf2362.txt", "stored", 91, 69],
      ["001_fc5dbc409cae32f6.txt", "stored", 49, 28],
      ["002_0bde7e276bbc7bb2.txt", "stored", 45, 26],
      ["003_4b4c7042c2e079b4.txt", "stored", 47, 39],
      ["004_967f618bfd538b06.txt", "stored", 46, 34]
    ]
  );
  const sources = await count(`FROM sources WHERE format = 'text'`);
  const sentences = await count(`FROM sentences`);
  const claims = await count(`FROM claims`);
  const again = await ingestPaths(store, [join(A, "seeds")], {now: NOW, coder: null});
  assert.deepEqual(again.totals, {stored: 0, duplicate: 5, failed: 0, sentences: 0, events: 0, stances: 0, claims: 0});
  assert.deepEqual(
    [await count(`FROM sources WHERE format = 'text'`), await count(`FROM sentences`), await count(`FROM claims`)],
    [sources, sentences, claims]
  );
  const detail = await sourceDetail(store, first.documents[4]!.sourceId!);
  assert.equal(detail!.source.publisher, "Qazinform News Agency");
  assert.equal(detail!.sentences[3]!.claims[0]!.speaker, "Gaziz Abishev");
  assert.deepEqual(
    detail!.sentences[3]!.mentions.map((m) => m.code),
    ["KAZ", "USA", "RUS", "CHN"]
  );
});

test("a document's view lists a claim under every sentence its quote overlaps, and no sentence it does not touch", async () => {
  const text = [
    "Mongolia expects a record harvest",
    "",
    "Farm exports rose in the spring, the statistics office said on Monday.",
    "",
    '"For years the herders waited for rain. That time is over, and the harvest will be the largest in a decade," Agriculture Minister Batbayar Tseren told reporters in Ulaanbaatar.',
    "",
    "The minister said that grain prices were likely to fall by autumn."
  ].join("\n");
  const outcome = await ingestText(store, text, {
    name: "harvest.txt",
    now: NOW,
    coder: null,
    given: {date: "2024-11-20"}
  });
  const detail = await sourceDetail(store, outcome.sourceId!);
  const claimsOf = (needle: string) =>
    detail!.sentences.find((s) => s.text.includes(needle))!.claims.map((c) => c.quote.slice(0, 20));
  // the two-sentence quotation's claim is listed under both of its sentences; its second sentence's clauses are of two
  // kinds (a judgement, then a forecast after ", and"), so the forecast is a claim of its own, under that sentence only
  assert.deepEqual(claimsOf("herders waited"), ['"For years the herde']);
  assert.deepEqual(claimsOf("That time is over"), ['"For years the herde', "the harvest will be "]);
  // near misses: the sentence before it and the one after keep only their own
  assert.deepEqual(claimsOf("Farm exports"), []);
  assert.deepEqual(claimsOf("grain prices"), ["The minister said th"]);
});

test("a document that fails halfway leaves nothing behind, and the others of the batch still land", async () => {
  // A coder that returns an event the store refuses (no source actor) in one article only.
  const coder: SentenceCoder = {
    codeSentence(text) {
      if (!text.includes("Gorno-Badakhshan")) return {events: [], mentions: []};
      return {events: [{source: null as unknown as string, target: "TJK", code: "0874", rule: "test"}], mentions: []};
    }
  };
  // A batch: the HTML pages and the Markdown file land (the coder finds nothing to object to in them).
  const report = await ingestPaths(store, [join(A, "html"), join(A, "markdown", "caliber-ismagambetov.md")], {
    now: NOW,
    coder,
    given: {date: "2024-11-20"}
  });
  assert.deepEqual(
    report.documents.map((d) => d.status),
    ["stored", "stored", "stored"]
  );
  // Seed 001 (with a byte added, so it is new) mentions Gorno-Badakhshan: its event fails the insert after its
  // source row and sentences went in; the transaction takes them all back.
  const text = readFileSync(join(A, "seeds", "001_fc5dbc409cae32f6.txt"), "utf8") + "\n";
  const tables = ["sources", "sentences", "claims", "stances", "events"];
  const before = await Promise.all(tables.map((t) => count(`FROM ${t}`)));
  const outcome = await ingestText(store, text, {name: "001-copy.txt", now: NOW, coder});
  assert.equal(outcome.status, "failed");
  assert.equal(outcome.issues[0]!.code, "store_failed");
  assert.match(outcome.issues[0]!.message, /^Cannot store "001-copy\.txt": .*: nothing of it was stored$/);
  assert.deepEqual(await Promise.all(tables.map((t) => count(`FROM ${t}`))), before);
});

test("a fault of the reader on one document fails that document alone, naming it; the batch goes on", async () => {
  // A coder with a bug that shows on one article only (it throws), as a reader fault on unseen prose would.
  const coder: SentenceCoder = {
    codeSentence(text) {
      if (text.includes("Gorno-Badakhshan"))
        throw new TypeError("Cannot read properties of undefined (reading 'text')");
      return {events: [], mentions: []};
    }
  };
  const dir = mkdtempSync(join(tmpdir(), "mv-fault-"));
  try {
    const names = readdirSync(join(A, "seeds")).filter((f) => f.endsWith(".txt"));
    for (const f of names) writeFileSync(join(dir, f), readFileSync(join(A, "seeds", f), "utf8") + "\nFaulted.\n");
    const before = await count("FROM sources");
    const report = await ingestPaths(store, [dir], {now: NOW, coder, given: {date: "2024-11-20"}});
    assert.deepEqual(
      report.documents.map((d) => [d.file.split("/").pop()!.slice(0, 3), d.status]),
      [
        ["000", "stored"],
        ["001", "failed"],
        ["002", "stored"],
        ["003", "stored"],
        ["004", "stored"]
      ]
    );
    const issue = report.documents[1]!.issues[0]!;
    assert.equal(issue.code, "reader_failed");
    assert.match(
      issue.message,
      /^Cannot read ".*001_fc5dbc409cae32f6\.txt": the reader failed on it \(Cannot read properties/
    );
    assert.equal(await count("FROM sources"), before + 4);
    assert.equal(await count(`FROM sentences WHERE source_id = ?`, [report.documents[1]!.sourceId ?? "none"]), 0);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});

test("a batch commits in groups: a document that fails at the store fails alone, the others of its group land whole", async () => {
  const coder: SentenceCoder = {
    codeSentence(text) {
      if (!text.includes("Gorno-Badakhshan")) return {events: [], mentions: []};
      return {events: [{source: null as unknown as string, target: "TJK", code: "0874", rule: "test"}], mentions: []};
    }
  };
  // The five seeds, each with a line added (new documents): read on this thread, committed as one group.
  const dir = mkdtempSync(join(tmpdir(), "mv-group-"));
  try {
    const names = readdirSync(join(A, "seeds")).filter((f) => f.endsWith(".txt"));
    for (const f of names) writeFileSync(join(dir, f), readFileSync(join(A, "seeds", f), "utf8") + "\nGrouped.\n");
    const tables = ["sources", "sentences", "claims", "stances", "events", "figures"];
    const before = await Promise.all(tables.map((t) => count(`FROM ${t}`)));
    const report = await ingestPaths(store, [dir], {now: NOW, coder, given: {date: "2024-11-20"}});
    const statuses = report.documents.map((d) => [d.file.split("/").pop()!.slice(0, 3), d.status]);
    assert.deepEqual(statuses, [
      ["000", "stored"],
      ["001", "failed"],
      ["002", "stored"],
      ["003", "stored"],
      ["004", "stored"]
    ]);
    assert.match(
      report.documents[1]!.issues[0]!.message,
      /^Cannot store ".*001_fc5dbc409cae32f6\.txt": .*nothing of it was stored$/
    );
    const after = await Promise.all(tables.map((t) => count(`FROM ${t}`)));
    const stored = report.documents.filter((d) => d.status === "stored");
    // Each stored document whole (its counts as reported), nothing of the failed one.
    assert.equal(after[0]! - before[0]!, 4);
    assert.equal(
      after[1]! - before[1]!,
      stored.reduce((k, d) => k + d.sentences, 0)
    );
    assert.equal(
      after[2]! - before[2]!,
      stored.reduce((k, d) => k + d.claims, 0)
    );
    assert.equal(
      after[3]! - before[3]!,
      stored.reduce((k, d) => k + d.stances, 0)
    );
    assert.equal(await count(`FROM sentences WHERE source_id = ?`, [report.documents[1]!.sourceId ?? "none"]), 0);
    // Run again: the four are copies, the failing one fails again.
    const again = await ingestPaths(store, [dir], {now: NOW, coder, given: {date: "2024-11-20"}});
    assert.deepEqual(
      again.documents.map((d) => d.status),
      ["duplicate", "failed", "duplicate", "duplicate", "duplicate"]
    );
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});

test("bad input: empty, binary, non-UTF-8, too large, missing; each message names the file", async () => {
  const dir = mkdtempSync(join(tmpdir(), "mv-big-"));
  const big = join(dir, "huge-article.txt");
  const fd = openSync(big, "w");
  ftruncateSync(fd, 200 * 1024 * 1024); // sparse: 200 MB without writing them
  closeSync(fd);
  try {
    const bad = join(A, "bad");
    const report = await ingestPaths(
      store,
      [join(bad, "empty.txt"), join(bad, "archive.txt"), join(bad, "latin1.txt"), big, join(bad, "missing.txt")],
      {now: NOW, coder: null}
    );
    assert.deepEqual(
      report.documents.map((d) => d.issues),
      [
        [
          {
            code: "not_found",
            file: join(bad, "missing.txt"),
            message: `Cannot read "${join(bad, "missing.txt")}": no such file or folder`
          }
        ],
        [
          {
            code: "empty_file",
            file: join(bad, "empty.txt"),
            message: `Cannot read "${join(bad, "empty.txt")}": the file is empty`
          }
        ],
        [
          {
            code: "binary_file",
            file: join(bad, "archive.txt"),
            message: `Cannot read "${join(bad, "archive.txt")}": it looks like a binary file (a NUL byte at offset 5), not text`
          }
        ],
        [
          {
            code: "bad_encoding",
            file: join(bad, "latin1.txt"),
            line: 2,
            column: 8,
            message: `Cannot read "${join(bad, "latin1.txt")}": invalid UTF-8 byte 0xe9 at offset 50: convert the file to UTF-8`
          }
        ],
        [
          {
            code: "too_large",
            file: big,
            message: `Cannot read "${big}": it is 200.0 MB, above the 20.0 MB limit for an article: split it, or pass a larger limit`
          }
        ]
      ]
    );
    assert.deepEqual(report.totals, {
      stored: 0,
      duplicate: 0,
      failed: 5,
      sentences: 0,
      events: 0,
      stances: 0,
      claims: 0
    });
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});

test("a dangling or looping link and a file gone before it is read are issues naming them; the rest is stored", async () => {
  const dir = mkdtempSync(join(tmpdir(), "mv-links-"));
  try {
    const inner = join(dir, "inner");
    mkdirSync(inner);
    writeFileSync(join(dir, "a.txt"), "Mongolia and Japan agreed on a new rail line to the coast on Tuesday.\n");
    writeFileSync(
      join(inner, "b.txt"),
      "The ministers of Laos and Vietnam met in Vientiane to talk about river dams.\n"
    );
    const nowhere = join(dir, "gone", "x.txt");
    symlinkSync(nowhere, join(dir, "broken.txt"));
    symlinkSync(join(inner, "loop.txt"), join(inner, "loop.txt"));
    // not an article's name: skipped as any such file is, readable or not
    symlinkSync(nowhere, join(dir, "photo.jpg"));
    const r = await ingestPaths(store, [dir], {now: NOW, coder: null, given: {date: "2025-02-11"}});
    assert.deepEqual(
      r.documents.map((d) => [d.file.slice(dir.length + 1), d.status, d.issues]),
      [
        [
          "broken.txt",
          "failed",
          [
            {
              code: "not_found",
              file: join(dir, "broken.txt"),
              message: `Cannot read "${join(dir, "broken.txt")}": it is a link to "${nowhere}", which does not exist`
            }
          ]
        ],
        [
          "inner/loop.txt",
          "failed",
          [
            {
              code: "not_found",
              file: join(inner, "loop.txt"),
              message: `Cannot read "${join(inner, "loop.txt")}": it is a loop of symbolic links`
            }
          ]
        ],
        ["a.txt", "stored", []],
        ["inner/b.txt", "stored", []]
      ]
    );
    assert.deepEqual([r.totals.stored, r.totals.failed], [2, 2]);
    // A file listed and then gone before it is read (here listed by the caller) is a failed document, not a throw.
    const gone = join(dir, "c.txt");
    const late = await ingestPaths(store, [dir], {
      now: NOW,
      coder: null,
      expanded: {files: [gone, join(dir, "a.txt")], issues: []}
    });
    assert.deepEqual(
      late.documents.map((d) => [d.status, d.issues]),
      [
        ["failed", [{code: "not_found", file: gone, message: `Cannot read "${gone}": no such file or folder`}]],
        ["duplicate", []]
      ]
    );
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});

test("truncated HTML is stored with a warning; metadata from a sidecar JSON; stdin", async () => {
  const r = await ingestPaths(store, [join(A, "html", "korybko-truncated.html")], {now: NOW, coder: null});
  assert.ok(["stored", "duplicate"].includes(r.documents[0]!.status));
  const side = await ingestPaths(store, [join(A, "sidecar", "gas-deal.txt")], {
    now: NOW,
    coder: null,
    given: {publisher: "Flag publisher"}
  });
  const d = side.documents[0]!;
  assert.equal(d.status, "stored");
  assert.equal(d.date, "2024-03-05");
  const src = await sourceDetail(store, d.sourceId!);
  assert.deepEqual(
    [src!.source.publisher, src!.source.author, src!.source.title],
    ["The Astana Times", "Aruzhan Sarsen", "Astana and Moscow agree on gas supplies"]
  );
  const stdin = await ingestPaths(store, ["-"], {
    now: NOW,
    coder: null,
    stdin: async () => new TextEncoder().encode("Tokayev met Putin in Moscow on 12 November 2024.\n")
  });
  assert.deepEqual(
    [stdin.documents[0]!.file, stdin.documents[0]!.status, stdin.documents[0]!.sentences],
    ["<stdin>", "stored", 1]
  );
});

test("GDELT files: streamed in, idempotent; bad rows skipped with warnings, or the file failed with --strict", async () => {
  const g = join(ROOT, "data/gdelt");
  const r = await ingestPaths(
    store,
    [join(g, "gdelt1_events_sample_reed9999.tsv"), join(g, "gdelt2_export_20191024143000.tsv")],
    {now: NOW}
  );
  assert.deepEqual(
    r.documents.map((d) => [d.status, d.format, d.events, d.dropped]),
    [
      ["stored", "gdelt1", 471, 239],
      ["stored", "gdelt2", 1406, 705]
    ]
  );
  const id = r.documents[1]!.sourceId!;
  assert.equal(await count(`FROM events WHERE source_id = ?`, [id]), 1406);
  assert.deepEqual(
    await sql(store).all(
      `SELECT source, target, code, goldstein, quad, plover, rule FROM events WHERE id = 'gdelt:881990836'`
    ),
    [{source: "CAN", target: "AUS", code: "139", goldstein: -7, quad: 3, plover: "THREATEN", rule: "gdelt"}]
  );
  const again = await ingestPaths(store, [join(g, "gdelt2_export_20191024143000.tsv")], {now: NOW});
  assert.equal(again.documents[0]!.status, "duplicate");
  assert.equal(await count(`FROM events WHERE source_id = ?`, [id]), 1406);

  const badFile = join(ROOT, "test/fixtures/gdelt/gdelt2-bad-rows.tsv");
  const strict = await ingestPaths(store, [badFile], {now: NOW, strict: true});
  assert.deepEqual(strict.documents[0]!.issues, [
    {
      code: "bad_columns",
      message: "Cannot read GDELT row: expected 61 tab-separated columns (GDELT 2.0), found 12",
      file: badFile,
      line: 3
    }
  ]);
  assert.equal(await count(`FROM sources WHERE origin = ?`, [badFile]), 0);
  // Its good rows are rows of the export above (same GLOBALEVENTIDs): nothing new for this store.
  const known = await ingestPaths(store, [badFile], {now: NOW});
  assert.equal(known.documents[0]!.status, "duplicate");
  assert.equal(await count(`FROM events WHERE source_id = ?`, [id]), 1406);
  const fresh = await openStore({store: ":memory:"});
  const lenient = await ingestPaths(fresh, [badFile], {now: NOW}).finally(() => fresh.close());
  assert.equal(lenient.documents[0]!.status, "stored");
  assert.deepEqual(
    lenient.documents[0]!.warnings.map((w) => `${w.line}: ${w.code}`),
    ["3: bad_columns", "5: bad_date", "7: bad_code"]
  );
  assert.equal(lenient.documents[0]!.events, 3);
});

test("clustering a batch with its events in hand gives the clusters read back from the store", async () => {
  const own = await openStore({store: ":memory:"});
  const dir = mkdtempSync(join(tmpdir(), "mv-cluster-"));
  try {
    await seedStore(own, {now: NOW, datasets: false});
    // Copies of two news articles: each event has its copies' to join, and the pack's timeline is among the others.
    const texts = readdirSync(join(A, "blind"))
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .slice(0, 2)
      .map((f) => readFileSync(join(A, "blind", f), "utf8"));
    for (let i = 0; i < 6; ++i) writeFileSync(join(dir, `c${i}.txt`), `${texts[i % 2]}\n\nCopy ${i}.\n`);
    const report = await ingestPaths(own, [dir], {now: NOW, given: {date: "2024-03-01"}});
    assert.equal(report.totals.stored, 6);
    const inHand = await own.events.listClusters();
    assert.ok(inHand.length > 0, "the copies make clusters");
    const ids = report.documents.map((d) => d.sourceId!);
    await clusterAround(own, ids);
    assert.deepEqual(await own.events.listClusters(), inHand);
  } finally {
    own.close();
    rmSync(dir, {recursive: true, force: true});
  }
});
