/**
 * The ingest pipeline: files, folders (recursive) or text in; each document read (body, sentences,
 * mentions, events, stances, claims) and stored all or nothing (alone, or in a group commit that stores
 * the others when one fails), idempotent by content hash. A document that fails leaves nothing behind; the other documents of the batch still land.
 * GDELT event files go through the streaming bulk path (gdelt.ts).
 *
 * @module
 * @example
 * ```ts
 * const report = await ingestPaths(store, ["articles/"], {now: new Date().toISOString()});
 * report.documents; // [{file, status: "stored", sourceId, sentences, events, claims, …}]
 * ```
 */
import {clusterAround} from "./clusters.js";
import {closeSync, existsSync, openSync, readFileSync, readSync, statSync, type Stats} from "node:fs";
import {basename, extname, join} from "node:path";
import {
  isIsoDate,
  parsePeriod,
  periodText,
  IssueError,
  type Actor,
  type Claim,
  type Event,
  type Figure,
  type Issue,
  type Result,
  type SentenceWhy
} from "../domain/index.js";
// The reader's light modules only: a batch read on reader threads loads neither the reader nor the coder on this
// thread (they load where a document is read here: see readerOf and readingContext).
import {detectFormat} from "../read/format.js";
import {buildGazetteer, type ActorAlias, type Gazetteer} from "../read/gazetteer.js";
import {countColumns, gdeltFormatOf} from "../read/gdelt.js";
import type {DocumentFormat, GivenMetadata, ReadOptions, SentenceCoder} from "../read/index.js";
import type {
  ClaimQuery,
  EventQuery,
  FigureQuery,
  PutSourceOutcome,
  PutSourcesOutcome,
  SourceRecord,
  Store
} from "../store/index.js";
import type {ReadPool} from "./read-pool.js";
import {
  GDELT_EXT,
  READER_THREADS_FROM,
  expandPaths,
  startReadPool,
  unreadablePath,
  type ExpandedPaths
} from "./ingest-paths.js";
export {ALL_CORES_FROM, expandPaths, startIngestReaders, type ExpandedPaths} from "./ingest-paths.js";
import type {ReadingInputs, StoredReading} from "./read-worker.js";
import {importGdelt} from "./gdelt.js";
import {sha256} from "./hash.js";
import {threadCpu} from "./thread-cpu.js";
import {firstInvalidUtf8} from "./utf8.js";

export type IngestFormat = "auto" | DocumentFormat | "gdelt1" | "gdelt2";
export const INGEST_FORMATS: readonly IngestFormat[] = ["auto", "text", "html", "markdown", "gdelt1", "gdelt2"];

/** Defaults of {@link IngestOptions}. */
export const INGEST_DEFAULTS = {
  format: "auto" as IngestFormat,
  /** Largest article read (bytes): 20 MB. GDELT files have no limit (they are streamed). */
  maxBytes: 20 * 1024 * 1024,
  /**
   * A batch of this many documents or more is read on reader threads, one per core but one; a shorter one on one
   * reader thread where the build bundled the reader (see READER_THREADS_FROM), else on the calling thread.
   */
  readerThreadsFrom: READER_THREADS_FROM,
  /**
   * A group commit holds at most this many documents (and {@link INGEST_DEFAULTS}.`groupBytes` of text): the
   * documents read while the previous group was written are committed together, each still all or nothing.
   */
  groupDocuments: 64,
  groupBytes: 8 * 1024 * 1024,
  /**
   * The writer waits for this many documents (or this much text, or {@link INGEST_DEFAULTS}.`groupWaitMs`
   * since the first one waits, or the end of the input) before it commits: a commit of one document costs
   * about as much as one of thirty-two (the log's write, the appenders' flush, the summary check; 1,000 news articles
   * took 85 commits with 16, each with its fixed cost in DuckDB's threads).
   */
  groupMin: 32,
  groupMinBytes: 1024 * 1024,
  groupWaitMs: 250,
  /** Documents read ahead of the writer (and their bytes) at most. */
  aheadDocuments: 160,
  aheadBytes: 64 * 1024 * 1024
};

/** Options for {@link ingestPaths} and {@link ingestText}. */
export interface IngestOptions {
  /** The time recorded with what is stored (ISO 8601); the caller reads the clock. */
  now: string;
  format?: IngestFormat;
  /** Metadata for documents that do not state it (CLI flags); a sidecar JSON beside a file wins over it. */
  given?: GivenMetadata;
  /**
   * The event coder. Defaults to the project's coder built with the store's actors; `null` codes no
   * events and finds mentions with the store's aliases only.
   */
  coder?: SentenceCoder | null;
  maxBytes?: number;
  /** GDELT: fail a file at its first bad row (default: skip bad rows with warnings). */
  strict?: boolean;
  /** GDELT: cap DuckDB's memory during an import ("256MB") so that large files stream with flat memory. */
  memoryLimit?: string;
  onProgress?: (p: IngestProgress) => void;
  /**
   * Where documents are read: a pool of reader threads (the server's), `false` for this thread; by default a
   * batch of {@link INGEST_DEFAULTS}.`readerThreadsFrom` documents or more starts its own pool.
   */
  reader?: ReadPool | false;
  /**
   * Reader threads a batch starts for itself (default on 2+ cores: one per core but one, the calling thread writing,
   * and from {@link ALL_CORES_FROM} articles one more when other processes leave a core free; at most 4; below
   * {@link INGEST_DEFAULTS}.`readerThreadsFrom` articles one where the reader is bundled, else none; on one core
   * none); 0 reads on this thread.
   */
  readerThreads?: number;
  /** The paths as {@link expandPaths} listed them, when the caller has (see {@link startIngestReaders}): not walked again. */
  expanded?: ExpandedPaths;
  /**
   * The caller closes the store right after (the CLI): the store's checkpoint, which closing would do, is done at
   * the batch's end beside clustering (a server that stays open leaves it to the store's own checkpoints).
   */
  closing?: boolean;
}

export interface IngestProgress {
  file: string;
  done: number;
  total: number;
  sentences: number;
  events: number;
  claims: number;
}

/** What happened to one document. */
export interface DocumentOutcome {
  file: string;
  status: "stored" | "duplicate" | "failed";
  sourceId?: string;
  format?: string;
  title?: string;
  date?: string;
  sentences: number;
  events: number;
  stances: number;
  claims: number;
  dropped: number;
  issues: Issue[];
  warnings: Issue[];
}

/**
 * Where a batch's time went: wall clock and CPU, the calling thread (decoding, duplicate checks, the writes'
 * JavaScript side, and the reading when there are no reader threads) apart from the reader threads. CPU times
 * per thread are known on Linux only.
 */
export interface IngestTiming {
  /** Wall-clock milliseconds of the batch, clustering included. */
  ms: number;
  /** Of which clustering the stored events with their neighbours, at the end. */
  clusterMs: number;
  /** Reader threads that read the documents (0: this thread read them). */
  readerThreads: number;
  /** CPU milliseconds of the whole process during the batch (every thread, DuckDB's included). */
  processCpuMs: number;
  /** CPU milliseconds of the calling thread. */
  mainCpuMs?: number;
  /** CPU milliseconds of each reader thread during the batch (building its coder included). */
  readerCpuMs?: number[];
  /**
   * CPU milliseconds each reader thread spent before the batch started (loading the reader, parsing its
   * dictionaries: the CLI starts its threads as the process starts, beside the calling thread's own start), where
   * known; not in `readerCpuMs` nor in `processCpuMs`.
   */
  readerStartCpuMs?: number[];
  /** Milliseconds the reader threads were ready to run but waited for a CPU (other processes held the cores). */
  readerWaitMs?: number[];
}

export interface IngestReport {
  documents: DocumentOutcome[];
  /**
   * Warnings about the batch rather than one document: files a folder's walk left out as the folder's own papers
   * (README.md, LICENSE.txt …; src/app/ingest-paths.ts), named in one warning.
   */
  warnings: Issue[];
  timing?: IngestTiming;
  totals: {
    stored: number;
    duplicate: number;
    failed: number;
    sentences: number;
    events: number;
    stances: number;
    claims: number;
  };
}

/** The sidecar metadata of an article (`article.txt.json` or `article.json`), when present. */
export function readSidecar(file: string): {given: GivenMetadata; issues: Issue[]} {
  const candidates = [`${file}.json`, join(file, "..", `${basename(file, extname(file))}.json`)];
  const path = candidates.find((c) => c !== file && existsSync(c));
  if (!path) return {given: {}, issues: []};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    return {
      given: {},
      issues: [{code: "bad_sidecar", file: path, message: `Cannot parse sidecar JSON: ${String((e as Error).message)}`}]
    };
  }
  const given: GivenMetadata = {};
  const issues: Issue[] = [];
  if (data && typeof data === "object") {
    const d = data as Record<string, unknown>;
    for (const k of ["title", "publisher", "author", "date"] as const) {
      if (d[k] === undefined) continue;
      if (typeof d[k] !== "string") {
        issues.push({
          code: "bad_sidecar",
          file: path,
          path: [k],
          message: `Invalid sidecar field "${k}": expected a string`
        });
        continue;
      }
      if (k === "date" && !parsePeriod(d[k])) {
        issues.push({
          code: "bad_date",
          file: path,
          path: [k],
          message: `Cannot parse date "${d[k]}" in sidecar field "date": expected YYYY-MM-DD, YYYY-MM or YYYY`
        });
        continue;
      }
      given[k] = d[k];
    }
  }
  return {given, issues};
}

/** Checks raw bytes are readable text and decodes them; an issue naming the file (and line) otherwise. */
export function decodeText(
  bytes: Uint8Array,
  file: string,
  {maxBytes = INGEST_DEFAULTS.maxBytes}: {maxBytes?: number} = {}
): {text?: string; issue?: Issue} {
  if (bytes.length === 0)
    return {issue: {code: "empty_file", file, message: `Cannot read "${file}": the file is empty`}};
  if (bytes.length > maxBytes) {
    return {
      issue: {
        code: "too_large",
        file,
        message: `Cannot read "${file}": it is ${formatMb(bytes.length)}, above the ${formatMb(maxBytes)} limit for an article: split it, or pass a larger limit`
      }
    };
  }
  const head = bytes.subarray(0, 8192);
  const nul = head.indexOf(0);
  if (nul >= 0)
    return {
      issue: {
        code: "binary_file",
        file,
        message: `Cannot read "${file}": it looks like a binary file (a NUL byte at offset ${nul}), not text`
      }
    };
  try {
    const text = new TextDecoder("utf-8", {fatal: true}).decode(bytes);
    return {text: text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n")};
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) if (bytes[i] === 10) (line++, (lineStart = i + 1));
    return {
      issue: {
        code: "bad_encoding",
        file,
        line,
        column: at - lineStart + 1,
        message: `Cannot read "${file}": invalid UTF-8 byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, "0")} at offset ${at}: convert the file to UTF-8`
      }
    };
  }
}

function formatMb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** The store's actors as domain actors (for the coder). */
export async function storeActors(store: Store): Promise<Actor[]> {
  return (await store.catalog.listActors()).map((a) => ({
    code: a.code,
    name: a.name,
    kind: a.kind as Actor["kind"],
    aliases: a.aliases,
    ...(a.lat !== null ? {lat: a.lat} : {}),
    ...(a.lon !== null ? {lon: a.lon} : {})
  }));
}

/** What reading needs from the store: the coder and the alias gazetteer. */
export interface ReadingContext {
  coder: SentenceCoder | null;
  gazetteer: Gazetteer;
  /** What the context was built from, when it is the project's coder: reader threads build the same one. */
  inputs?: ReadingInputs;
}

/** The store's aliases the gazetteer finds (a two-letter code only where the pack lists it as an alias too). */
async function readingAliases(store: Store): Promise<ActorAlias[]> {
  // An actor's code is stored as one of its aliases. A two-letter code names the actor in prose only when the pack
  // lists it as an alias too ("EU"), not by itself ("UN" is ambiguous beside "UNGA").
  const all = await store.catalog.allAliases();
  const listed = new Map<string, number>();
  for (const a of all) if (a.alias === a.code) listed.set(a.code, (listed.get(a.code) ?? 0) + 1);
  return all.filter((a) => a.alias !== a.code || a.alias.length > 2 || (listed.get(a.code) ?? 0) > 1);
}

/**
 * What reader threads build the project's reading context from (the store's actors and aliases), read without
 * loading the coder here: a batch read on reader threads sends them this much sooner.
 */
export async function readingInputs(store: Store): Promise<ReadingInputs> {
  const aliases = await readingAliases(store);
  return {actors: await storeActors(store), aliases};
}

/**
 * The batch's warning when the store holds no actors (a store never `init`-ed): the reader then names sides with its
 * own dictionaries alone and finds far fewer events than with the pack (8 against 19 on one page of blind34), with
 * nothing else to tell the difference. None when the caller gives its own coder.
 */
async function noPackWarning(store: Store, coder: SentenceCoder | null | undefined): Promise<Issue | undefined> {
  if (coder || (await store.catalog.countActors()) > 0) return undefined;
  return {
    code: "no_actor_pack",
    message:
      'The store holds no actors: run "multivector init" first (it seeds the Central Asia pack); ' +
      "these documents were read without the pack's actors and aliases, so they name fewer sides and hold fewer events"
  };
}

/** Builds the reading context once per batch. */
export async function readingContext(store: Store, coder?: SentenceCoder | null): Promise<ReadingContext> {
  const aliases = await readingAliases(store);
  // Built when first asked (~50 ms for a pack's aliases): a batch read by the project's coder never asks.
  let built: Gazetteer | undefined;
  const gazetteer: Gazetteer = {find: (text, date) => (built ??= buildGazetteer(aliases)).find(text, date)};
  if (coder !== undefined) return {coder, gazetteer};
  const actors = await storeActors(store);
  // The coder's module (the reader and its dictionaries) loads with the first context that codes here; the cue
  // pre-filter's lists first, from the cache a reader thread uses too (src/app/read-worker.ts), before the reader's
  // modules make their patterns.
  const {keepCueNeeds} = await import("./cue-cache.js");
  const {cachedDefaultCoder} = await import("./coder.js");
  keepCueNeeds();
  // Built on first use: a caller that only sends the inputs to reader threads never codes here (0.4 s saved). The
  // dictionaries' parse comes from the parse cache when an earlier process of the same code kept it (coder-cache.ts).
  let coded: SentenceCoder | undefined;
  return {
    get coder() {
      return (coded ??= cachedDefaultCoder(actors));
    },
    gazetteer,
    inputs: {actors, aliases}
  };
}

/** Reads and stores one document's text. */
/** The outcome of a document that has not (yet) been stored: nothing counted, with the issues that stopped it. */
function failedOutcome(file: string, issues: Issue[] = []): DocumentOutcome {
  return {file, status: "failed", sentences: 0, events: 0, stances: 0, claims: 0, dropped: 0, issues, warnings: []};
}

export async function ingestText(
  store: Store,
  input: string | Uint8Array,
  options: IngestOptions & {name: string; context?: ReadingContext}
): Promise<DocumentOutcome> {
  const p = await prepareText(store, input, options);
  if ("outcome" in p) return p.outcome;
  try {
    return p.stored(await store.documents.putSource(p.record, {now: options.now}));
  } catch (e) {
    return p.failed(e instanceof IssueError ? e.message : String((e as Error).message ?? e).split("\n")[0]!);
  }
}

/**
 * A document read and ready to store (its record, and its outcome once the store answers), or its outcome
 * when it stopped before the store.
 */
type Prepared =
  | {outcome: DocumentOutcome}
  | {
      record: SourceRecord;
      /** The text's size in bytes (a group commit is bounded by bytes as well as documents). */
      bytes: number;
      stored: (put: PutSourceOutcome) => DocumentOutcome;
      failed: (message: string) => DocumentOutcome;
    };

/** A document's text decoded and hashed (the cheap part, on this thread), or its outcome when it stopped there. */
type Decoded = {outcome: DocumentOutcome} | {text: string; hash: string; sourceId: string; bytes: number};

function decodeDocument(input: string | Uint8Array, file: string, maxBytes: number): Decoded {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const decoded = decodeText(bytes, file, {maxBytes});
  if (decoded.issue) return {outcome: {...failedOutcome(file), issues: [decoded.issue]}};
  const text = decoded.text!;
  // Idempotent by normalised text (no BOM, LF line ends, NFC): the same article saved with CRLF is one source.
  const hash = sha256(new TextEncoder().encode(text.normalize("NFC")));
  return {text, hash, sourceId: hash.slice(0, 12), bytes: bytes.length};
}

/** Reads one document's text where `options.reader` says: a pool of reader threads, or this thread. */
type ReadText = (text: string, options: Omit<ReadOptions, "coder" | "aliases">) => Promise<Result<StoredReading>>;

/**
 * Reads a document (the CPU part) and returns what to store (the store part), so that a batch can read the
 * next documents while earlier ones are written.
 */
async function prepareText(
  store: Store,
  input: string | Uint8Array,
  options: IngestOptions & {name: string; context?: ReadingContext}
): Promise<Prepared> {
  const decoded = decodeDocument(input, options.name, options.maxBytes ?? INGEST_DEFAULTS.maxBytes);
  if ("outcome" in decoded) return decoded;
  const existing = await store.documents.sourceIdByHash(decoded.hash);
  if (existing !== undefined)
    return {outcome: {...failedOutcome(options.name), status: "duplicate", sourceId: existing}};
  const context = options.context ?? (await readingContext(store, options.coder));
  return readDecoded(decoded, options, readerOf(context, options.reader));
}

/** The reader's module, loaded when a document is first read on this thread (reader threads load their own). */
let readerModule: Promise<typeof import("../read/document.js")> | undefined;

/** How a batch reads: on reader threads when there is a pool and the context is the project's coder (a custom coder stays here). */
function readerOf(context: ReadingContext, pool: ReadPool | false | undefined): ReadText {
  if (pool && context.inputs) {
    const inputs = context.inputs;
    return (text, options) => pool.read(text, options, inputs);
  }
  return async (text, options) => {
    const {readDocument} = await (readerModule ??= import("../read/document.js"));
    return readDocument(text, {
      ...options,
      ...(context.coder ? {coder: context.coder} : {}),
      aliases: context.gazetteer
    });
  };
}

/**
 * Reads on this thread one document at a time, each after a turn of the event loop (the writer's commits
 * and the next duplicate checks go on between two documents).
 */
function turnByTurn(read: ReadText): ReadText {
  let last: Promise<unknown> = Promise.resolve();
  return (text, options) => {
    // `last` never rejects (its failure is the caller's, below).
    const mine = last.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(() => read(text, options));
    last = mine.catch(() => undefined);
    return mine;
  };
}

async function readDecoded(
  decoded: Exclude<Decoded, {outcome: DocumentOutcome}>,
  options: IngestOptions & {name: string},
  readText: ReadText
): Promise<Prepared> {
  const file = options.name;
  const outcome = failedOutcome(file);
  const {text, hash, sourceId} = decoded;
  const requested = options.format ?? "auto";
  const format: DocumentFormat =
    requested === "auto" || requested === "gdelt1" || requested === "gdelt2" ? detectFormat(file, text) : requested;
  const readOptions = {format, sourceId, file, ...(options.given ? {given: options.given} : {})};
  // A fault of the reader on one document (a bug, not the document's) fails that document alone, naming it; the batch
  // goes on and nothing of it is stored.
  let read: Awaited<ReturnType<ReadText>>;
  try {
    read = await readText(text, readOptions);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      outcome: {
        ...outcome,
        issues: [
          {
            code: "reader_failed",
            message: `Cannot read "${file}": the reader failed on it (${why}); nothing of it was stored, and the other documents go on. This is a fault of the reader, not of the file: please report it with the file`,
            file
          }
        ]
      }
    };
  }
  if (!read.ok) return {outcome: {...outcome, issues: read.issues}};
  const d = read.value;
  const m = d.metadata;
  return {
    record: {
      source: {
        id: sourceId,
        hash,
        origin: file,
        format,
        text: d.body,
        ...(m.title ? {title: m.title} : {}),
        ...(m.publisher ? {publisher: m.publisher} : {}),
        ...(m.author ? {author: m.author} : {}),
        ...(m.date ? {date: m.date} : {}),
        ...(m.date && m.datePrecision && m.datePrecision !== "day" ? {datePrecision: m.datePrecision} : {})
      },
      dropped: {
        dropped: d.dropped,
        metadata: {section: m.section, experts: m.experts, interview: m.interview, genre: m.genre, from: m.from}
      },
      sentences: d.sentences,
      events: d.events,
      stances: d.stances,
      claims: d.claims,
      figures: d.figures
    },
    bytes: decoded.bytes,
    // A copy found inside the transaction (another copy committed meanwhile) stored nothing: it counts nothing,
    // as a copy found before reading does.
    stored: (put) =>
      put.status === "duplicate"
        ? {...outcome, status: "duplicate", sourceId: put.id}
        : {
            ...outcome,
            status: put.status,
            sourceId: put.id,
            format,
            ...(m.title ? {title: m.title} : {}),
            ...(m.date ? {date: periodText(m.date, m.datePrecision)} : {}),
            sentences: d.sentences.length,
            events: d.events.length,
            stances: d.stances.length,
            claims: d.claims.length,
            dropped: d.dropped.length,
            warnings: d.warnings
          },
    failed: (message) => ({
      ...outcome,
      issues: [{code: "store_failed", file, message: `Cannot store "${file}": ${message}: nothing of it was stored`}]
    })
  };
}

/**
 * The duplicate checks of the documents read ahead: the hashes asked for in one turn of the event loop (at most
 * `most`) go to the store in one query (it was one query per document, each waiting behind the writer's commit).
 */
function batchedCheck(store: Store, most = 64): (hash: string) => Promise<string | undefined> {
  let waiting: {hash: string; resolve: (id: string | undefined) => void; reject: (e: unknown) => void}[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const batch = waiting;
    waiting = [];
    if (batch.length === 0) return;
    store.documents.sourceIdsByHash(batch.map((b) => b.hash)).then(
      (found) => batch.forEach((b) => b.resolve(found.get(b.hash))),
      (e: unknown) => batch.forEach((b) => b.reject(e))
    );
  };
  return (hash) =>
    new Promise((resolve, reject) => {
      waiting.push({hash, resolve, reject});
      if (waiting.length >= most) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
}

/** Sniffs whether a file is a GDELT events file (by the first line's tab-separated column count). */
function gdeltFormatOfFile(file: string): "gdelt1" | "gdelt2" | undefined {
  if (!GDELT_EXT.test(file)) return undefined;
  // Only the first 64 KB: GDELT files can be larger than memory.
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(65536);
    const n = readSync(fd, head, 0, head.length, 0);
    return gdeltFormatOf(countColumns(head.subarray(0, n).toString("utf8").split("\n")[0] ?? ""));
  } finally {
    closeSync(fd);
  }
}

/**
 * Ingests files and folders ("-" reads stdin). Every document is stored all or nothing (group commits:
 * the documents read while the previous group was written share one commit; when one of them fails, the
 * others are stored without it); a failed document is reported with its issues and the others still land.
 * A document is reported stored only once its commit is done.
 */
export async function ingestPaths(
  store: Store,
  paths: readonly string[],
  options: IngestOptions & {stdin?: () => Promise<Uint8Array>}
): Promise<IngestReport> {
  const started = {ms: performance.now(), cpu: process.cpuUsage(), main: threadCpu()};
  const {files, issues, warnings = []} = options.expanded ?? expandPaths(paths);
  const documents: DocumentOutcome[] = issues.map((i) => ({
    file: i.file!,
    status: "failed" as const,
    sentences: 0,
    events: 0,
    stances: 0,
    claims: 0,
    dropped: 0,
    issues: [i],
    warnings: []
  }));
  const totals = {stored: 0, duplicate: 0, failed: documents.length, sentences: 0, events: 0, stances: 0, claims: 0};
  let done = 0;
  const ownReader = startReadPool(files, options);
  const reader = options.reader || ownReader || undefined;
  // A pool given (the CLI's, started as the process started) has run a while: its CPU so far is its start, read by
  // thread id once each thread's first message is taken (without this, when that message still waited, the start
  // counted as 0 and the batch's reader CPU included it). A pool started here has barely run.
  if (options.reader) await options.reader.known();
  const readerCpuFrom = reader?.cpu();

  // The writer: documents are read ahead (on reader threads, several at once) and committed in file order, in
  // groups: whatever was read while the previous group was written goes in the next one (one commit for all,
  // each document still all or nothing). A document is reported only once its group has committed.
  type Waiting = {prepared: Prepared; pre: Issue[]; bytes: number; settle: () => void};
  const ready: Waiting[] = [];
  let order: Promise<void> = Promise.resolve();
  let writing: Promise<void> | undefined;
  /**
   * Set once every document is queued: the writer no longer waits for a fuller group once every queued document
   * is read (`reading` 0); while some are still being read it groups as before (without that, the last 160
   * documents of a batch, read ahead when the last file was queued, went in commits of 1–4 as each was read).
   */
  let finishing = false;
  /** Documents queued and not yet read (or stopped) into `ready`. */
  let reading = 0;
  let waitTimer: NodeJS.Timeout | undefined;
  let readyBytes = 0;
  /** The first error that stopped reading (a reader thread that died): later documents are not stored. */
  let broken: {error: unknown} | undefined;
  const ahead: {done: Promise<void>; bytes: number}[] = [];
  /** The events of the documents stored (for clustering, without reading them back). */
  const storedEvents: Event[] = [];
  let aheadBytes = 0;

  const commitGroup = async (group: Waiting[]): Promise<void> => {
    const toStore = group.filter((w) => "record" in w.prepared);
    let puts: PutSourcesOutcome[];
    try {
      puts = await store.documents.putSources(
        toStore.map((w) => (w.prepared as Extract<Prepared, {record: unknown}>).record),
        {now: options.now}
      );
    } catch (e) {
      const message = e instanceof IssueError ? e.message : String((e as Error).message ?? e).split("\n")[0]!;
      puts = toStore.map((w) => ({
        status: "failed",
        id: (w.prepared as Extract<Prepared, {record: unknown}>).record.source.id,
        message
      }));
    }
    const byWaiting = new Map(toStore.map((w, i) => [w, puts[i]!]));
    for (const w of group) {
      const p = w.prepared;
      let o: DocumentOutcome;
      if ("outcome" in p) o = p.outcome;
      else {
        const put = byWaiting.get(w)!;
        o = put.status === "failed" ? p.failed(put.message) : p.stored(put);
        if (put.status === "stored") storedEvents.push(...(p.record.events ?? []));
      }
      o.warnings.unshift(...w.pre);
      record(o);
      w.settle();
    }
  };
  /** Starts the next group commit when the writer is idle and the group is full enough (or `force`). */
  const pump = (force = false): void => {
    if (writing || ready.length === 0) return;
    if (
      !force &&
      !(finishing && reading === 0) &&
      ready.length < INGEST_DEFAULTS.groupMin &&
      readyBytes < INGEST_DEFAULTS.groupMinBytes
    ) {
      waitTimer ??= setTimeout(() => {
        waitTimer = undefined;
        pump(true);
      }, INGEST_DEFAULTS.groupWaitMs);
      return;
    }
    if (waitTimer) {
      clearTimeout(waitTimer);
      waitTimer = undefined;
    }
    let n = 0;
    let bytes = 0;
    while (n < ready.length && n < INGEST_DEFAULTS.groupDocuments) {
      const b = ready[n]!.bytes;
      if (n > 0 && bytes + b > INGEST_DEFAULTS.groupBytes) break;
      bytes += b;
      n++;
    }
    readyBytes -= bytes;
    writing = commitGroup(ready.splice(0, n)).finally(() => {
      writing = undefined;
      pump();
    });
  };
  /** Queues a document (being read) behind the others; resolves once it is recorded. */
  const enqueue = (preparing: Promise<Prepared>, pre: Issue[], bytes: number): Promise<void> => {
    let settle!: () => void;
    let fail!: (e: unknown) => void;
    const recorded = new Promise<void>((resolve, reject) => ((settle = resolve), (fail = reject)));
    // Awaited by the loop below or at the end; not an unhandled rejection meanwhile.
    recorded.catch(() => undefined);
    reading++;
    order = order.then(async () => {
      if (broken) return (reading--, fail(broken.error));
      let prepared: Prepared;
      try {
        prepared = await preparing;
      } catch (e) {
        reading--;
        broken = {error: e};
        return fail(e);
      }
      reading--;
      const size = "record" in prepared ? prepared.bytes : 0;
      ready.push({prepared, pre, bytes: size, settle});
      readyBytes += size;
      pump();
    });
    ahead.push({done: recorded, bytes});
    aheadBytes += bytes;
    return recorded;
  };
  /** Waits until at most `docs` documents and `bytes` bytes are read ahead of the writer. */
  const bound = async (docs: number, bytes: number): Promise<void> => {
    while (ahead.length > docs || (ahead.length > 0 && aheadBytes > bytes)) {
      const first = ahead.shift()!;
      aheadBytes -= first.bytes;
      await first.done;
    }
  };
  /** Waits until everything queued is recorded (the writer idle), whatever the size of the last group. */
  const drain = async (): Promise<void> => {
    await order;
    const was = finishing;
    finishing = true;
    pump();
    while (writing) await writing;
    finishing = was;
  };

  let readerCpu: {cpuMs: number; waitMs: number}[] | undefined;
  /** How this batch reads a document (set with the reading context). */
  let readText: ReadText | undefined;
  const checkHash = batchedCheck(store);
  try {
    for (const file of files) {
      let stats: Stats | undefined;
      if (file !== "-") {
        try {
          stats = statSync(file);
        } catch (e) {
          // Listed and gone meanwhile (or listed by the caller): the file is named, the batch goes on.
          void enqueue(Promise.resolve({outcome: failedOutcome(file, [unreadablePath(file, e)])}), [], 0);
          continue;
        }
      }
      if (stats && !stats.isFile()) {
        // A device (/dev/zero), socket or pipe has no end to wait for: refused before anything is read.
        void enqueue(
          Promise.resolve({
            outcome: failedOutcome(file, [
              {
                code: "not_a_file",
                file,
                message: `Cannot read "${file}": not a regular file (a device, a socket or a pipe): save the text to a file, or pipe it to "-"`
              }
            ])
          }),
          [],
          0
        );
        continue;
      }
      const requested = options.format ?? "auto";
      const gdelt =
        requested === "gdelt1" || requested === "gdelt2"
          ? requested
          : requested === "auto" && file !== "-"
            ? gdeltFormatOfFile(file)
            : undefined;
      if (gdelt) {
        await drain();
        await bound(0, 0);
        const outcome = await ingestGdeltFile(store, file, gdelt, options, (events) =>
          options.onProgress?.({
            file,
            done,
            total: files.length,
            sentences: totals.sentences,
            events: totals.events + events,
            claims: totals.claims
          })
        );
        record(outcome);
        continue;
      }
      if (!readText) {
        const noPack = await noPackWarning(store, options.coder);
        if (noPack) warnings.push(noPack);
        if (reader && options.coder === undefined) {
          // The project's coder, built on the reader threads from the store's actors and aliases.
          const inputs = await readingInputs(store);
          reader.warm(inputs);
          readText = (text, o) => reader.read(text, o, inputs);
        } else readText = turnByTurn(readerOf(await readingContext(store, options.coder), false));
      }
      let bytes: Uint8Array;
      let given = options.given ?? {};
      const pre: Issue[] = [];
      if (file === "-") {
        bytes = options.stdin ? await options.stdin() : new Uint8Array();
      } else {
        const size = stats!.size;
        const max = options.maxBytes ?? INGEST_DEFAULTS.maxBytes;
        if (size > max) {
          const tooLarge = failedOutcome(file, [
            {
              code: "too_large",
              file,
              message: `Cannot read "${file}": it is ${formatMb(size)}, above the ${formatMb(max)} limit for an article: split it, or pass a larger limit`
            }
          ]);
          void enqueue(Promise.resolve({outcome: tooLarge}), [], 0);
          continue;
        }
        try {
          bytes = readFileSync(file);
        } catch (e) {
          void enqueue(Promise.resolve({outcome: failedOutcome(file, [unreadablePath(file, e)])}), [], 0);
          continue;
        }
        const side = readSidecar(file);
        given = {...given, ...side.given};
        pre.push(...side.issues);
      }
      // Decoded and hashed here; the duplicate checks of the documents ahead go to the store in batches; each new
      // document is read (on the reader threads, or here one per turn of the event loop) while earlier ones are
      // written.
      const name = file === "-" ? "<stdin>" : file;
      const decoded = decodeDocument(bytes, name, options.maxBytes ?? INGEST_DEFAULTS.maxBytes);
      const read = readText!;
      const preparing: Promise<Prepared> =
        "outcome" in decoded
          ? Promise.resolve(decoded)
          : checkHash(decoded.hash).then((existing) =>
              existing !== undefined
                ? {outcome: {...failedOutcome(name), status: "duplicate" as const, sourceId: existing}}
                : readDecoded(decoded, {...options, name, given}, read)
            );
      void enqueue(preparing, pre, bytes.length);
      await bound(INGEST_DEFAULTS.aheadDocuments, INGEST_DEFAULTS.aheadBytes);
    }
    finishing = true;
    await drain();
    await bound(0, 0);
  } finally {
    // Whatever was read is committed (or failed) before the reader threads stop and the caller closes the store.
    finishing = true;
    await drain();
    if (waitTimer) clearTimeout(waitTimer);
    const before = readerCpuFrom;
    readerCpu = reader?.cpu().map((c, i) => ({
      cpuMs: c.cpuMs - (before?.[i]?.cpuMs ?? 0),
      waitMs: c.waitMs - (before?.[i]?.waitMs ?? 0)
    }));
    await ownReader?.close();
  }
  // Reports of one happening across these documents, the pack's timeline and GDELT become one cluster.
  const clusterFrom = performance.now();
  const stored = documents.filter((d) => d.status === "stored" && d.sourceId && !d.sourceId.startsWith("gdelt:"));
  // A caller that closes the store next has its checkpoint (what closing writes) done now, beside clustering's
  // JavaScript; clustering's own writes wait for it. Closing then writes only theirs.
  const checkpoint = options.closing && totals.stored > 0 ? store.checkpoint().catch(() => undefined) : undefined;
  if (stored.length > 0)
    await clusterAround(
      store,
      stored.map((d) => d.sourceId!),
      {},
      storedEvents
    );
  await checkpoint;
  const end = performance.now();
  const cpu = process.cpuUsage(started.cpu);
  const main = threadCpu();
  const timing: IngestTiming = {
    ms: end - started.ms,
    clusterMs: end - clusterFrom,
    readerThreads: reader?.size ?? 0,
    processCpuMs: (cpu.user + cpu.system) / 1000,
    ...(main && started.main ? {mainCpuMs: main.cpuMs - started.main.cpuMs} : {}),
    ...(readerCpu && readerCpu.length > 0
      ? {
          readerCpuMs: readerCpu.map((c) => c.cpuMs),
          readerWaitMs: readerCpu.map((c) => c.waitMs),
          ...(readerCpuFrom ? {readerStartCpuMs: readerCpuFrom.map((c) => c.cpuMs)} : {})
        }
      : {})
  };
  return {documents, warnings, totals, timing};

  function record(o: DocumentOutcome) {
    documents.push(o);
    if (o.status === "stored") totals.stored++;
    else if (o.status === "duplicate") totals.duplicate++;
    else totals.failed++;
    totals.sentences += o.sentences;
    totals.events += o.events;
    totals.stances += o.stances;
    totals.claims += o.claims;
    done++;
    options.onProgress?.({
      file: o.file,
      done,
      total: files.length,
      sentences: totals.sentences,
      events: totals.events,
      claims: totals.claims
    });
  }
}

async function ingestGdeltFile(
  store: Store,
  file: string,
  format: "gdelt1" | "gdelt2",
  options: IngestOptions,
  progress?: (events: number) => void
): Promise<DocumentOutcome> {
  const base: DocumentOutcome = {...failedOutcome(file), format};
  if (statSync(file).size === 0)
    return {...base, issues: [{code: "empty_file", file, message: `Cannot read "${file}": the file is empty`}]};
  try {
    const r = await importGdelt(store, file, {
      format,
      now: options.now,
      ...(options.strict ? {strict: true} : {}),
      ...(options.memoryLimit ? {memoryLimit: options.memoryLimit} : {}),
      ...(progress ? {onProgress: (p) => progress(p.events)} : {})
    });
    return {
      ...base,
      status: r.status,
      sourceId: r.sourceId,
      events: r.events,
      dropped: r.skipped + r.bad,
      warnings: r.warnings
    };
  } catch (e) {
    if (e instanceof IssueError) return {...base, issues: e.issues};
    throw e;
  }
}

/** Events matching a query (dyad, actor, period, CAMEO code prefix), with the total count. */
export async function queryEvents(store: Store, q: EventQuery): Promise<{items: Event[]; total: number}> {
  const {limit, offset, ...filter} = q;
  return {items: await store.events.listEvents(q), total: await store.events.countEvents(filter)};
}

/** Claims filtered by speaker (substring), actor, kind or source. */
export async function queryClaims(
  store: Store,
  q: ClaimQuery
): Promise<{items: Awaited<ReturnType<Store["documents"]["listClaims"]>>; total: number}> {
  const {limit, offset, ...filter} = q;
  return {items: await store.documents.listClaims(q), total: await store.documents.countClaims(filter)};
}

/** Figures read from documents (indicator candidates), by actor, unit, year or source, with the total count. */
export async function queryFigures(
  store: Store,
  q: FigureQuery
): Promise<{items: Awaited<ReturnType<Store["documents"]["listFigures"]>>; total: number}> {
  const {limit, offset, ...filter} = q;
  return {items: await store.documents.listFigures(q), total: await store.documents.countFigures(filter)};
}

/** A sentence of a stored document with what was read from it. */
export interface SentenceDetail {
  index: number;
  start: number;
  end: number;
  text: string;
  mentions: {start: number; end: number; text: string; code: string}[];
  events: Event[];
  claims: Claim[];
  stances: Record<string, unknown>[];
  figures: Figure[];
  /** Why it did or did not give an event, a claim or a figure (absent for documents stored before schema 3). */
  why?: SentenceWhy;
}

/** A stored document with its sentences, and under each the mentions (offsets into the body), events, claims and stances. */
export async function sourceDetail(
  store: Store,
  id: string,
  {context, maxEvents = 1000}: {context?: ReadingContext; maxEvents?: number} = {}
) {
  const format = await store.documents.sourceFormat(id);
  if (format === undefined) return undefined;
  if (format.startsWith("gdelt")) {
    // Millions of rows and no sentences: the first events and the count.
    const source = (await store.documents.getSourceRow(id))!;
    const bulk = {
      source,
      events: await store.events.listEvents({sourceId: id, limit: maxEvents}),
      eventCount: await store.events.countEvents({sourceId: id})
    };
    return {
      ...bulk,
      sentences: [] as SentenceDetail[],
      stances: [],
      claims: [] as Claim[],
      figures: [] as Figure[],
      mentions: []
    };
  }
  const found = await store.documents.getSource(id);
  if (!found) return undefined;
  const ctx = context ?? (await readingContext(store, null));
  const events = found.events.slice(0, maxEvents);
  // The day the names are read at: the first day of a month- or year-only date.
  const date = found.source.date ? parsePeriod(found.source.date)?.date : undefined;
  const sentences: SentenceDetail[] = found.sentences.map((s) => {
    const coded =
      ctx.coder && date ? ctx.coder.codeSentence(s.text, {date}).mentions : ctx.gazetteer.find(s.text, date);
    return {
      ...s,
      mentions: coded.map((m) => ({start: m.start + s.start, end: m.end + s.start, text: m.text, code: m.code})),
      events: events.filter((e) => e.start === s.start && e.end === s.end),
      // A claim under every sentence its quote overlaps: a quotation that runs over two sentences, and a claim
      // made of a clause (a reported "that …" clause) rather than its whole sentence.
      claims: found.claims.filter(
        (c) => c.start !== undefined && c.end !== undefined && c.start < s.end && c.end > s.start
      ),
      stances: found.stances.filter((t) => Number(t.start) === s.start && Number(t.end) === s.end),
      figures: found.figures.filter((f) => f.sentenceStart === s.start && f.sentenceEnd === s.end)
    };
  });
  const mentions = sentences.flatMap((s) => s.mentions.map((m) => ({...m, sentence: s.index})));
  return {...found, events, eventCount: found.events.length, sentences, mentions};
}
