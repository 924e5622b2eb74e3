import type {Claim} from "../../domain/index.js";
import {storedDate} from "./source-date.js";
import {insertEvents, listEvents} from "./events.js";
import {insertFigures, listFigures} from "./figures.js";
import {hasEventSummary, keysOfSources, refreshEventSummary} from "./event-summary.js";
import type {DuckDB} from "./connection.js";
import {
  type SourceRecord,
  type PutSourceOutcome,
  type PutSourcesOutcome,
  type SourceSummary,
  type ClaimQuery,
  type StoredSource,
  type StoredDocument,
  type EventsPort
} from "../ports.js";

const SOURCE_COLUMNS = [
  "id",
  "hash",
  "title",
  "publisher",
  "author",
  "date",
  "date_precision",
  "origin",
  "format",
  "text",
  "dropped",
  "ingested_at"
] as const;
const SENTENCE_COLUMNS = ["source_id", "idx", "start", "end", "text", "why"] as const;
const STANCE_COLUMNS = ["id", "source_id", "speaker", "target", "polarity", "quote", "start", "end", "rule"] as const;
const CLAIM_COLUMNS = [
  "id",
  "source_id",
  "speaker",
  "affiliation",
  "kind",
  "quote",
  "about",
  "horizon",
  "resolution",
  "start",
  "end",
  "rule"
] as const;

/**
 * Appends the rows of documents not stored yet, inside the caller's transaction: one appender per table for
 * all of them (not one statement per row). Events go to `events` when they live in another engine.
 */
async function appendDocuments(
  store: DuckDB,
  records: readonly SourceRecord[],
  now: string,
  events?: EventsPort
): Promise<void> {
  await store.appendRows(
    "sources",
    SOURCE_COLUMNS,
    records.map(({source: s, dropped}) => [
      s.id,
      s.hash,
      s.title,
      s.publisher,
      s.author,
      s.date,
      s.date === undefined || s.datePrecision === undefined || s.datePrecision === "day" ? null : s.datePrecision,
      s.origin,
      s.format,
      s.text,
      dropped === undefined ? null : JSON.stringify(dropped),
      now
    ])
  );
  await store.appendRows(
    "sentences",
    SENTENCE_COLUMNS,
    records.flatMap((r) =>
      (r.sentences ?? []).map((t) => [
        t.sourceId,
        t.index,
        t.start,
        t.end,
        t.text,
        t.why ? JSON.stringify(t.why) : null
      ])
    )
  );
  const read = records.flatMap((r) => r.events ?? []);
  if (events) await events.insertEvents(read);
  else {
    await insertEvents(store, read);
    // The event dimension's per-day summary, when the store keeps one, follows in the same transaction (as every
    // other write of events does); without this the next measure found it short and rebuilt it whole.
    const dated = read.filter((e) => e.date);
    if (dated.length > 0 && (await hasEventSummary(store)))
      await refreshEventSummary(store, keysOfSources([...new Set(dated.map((e) => e.sourceId))]));
  }
  await store.appendRows(
    "stances",
    STANCE_COLUMNS,
    records.flatMap((r) =>
      (r.stances ?? []).map((t) => [t.id, t.sourceId, t.speaker, t.target, t.polarity, t.quote, t.start, t.end, t.rule])
    )
  );
  await store.appendRows(
    "claims",
    CLAIM_COLUMNS,
    records.flatMap((r) =>
      (r.claims ?? []).map((c) => [
        c.id,
        c.sourceId,
        c.speaker,
        c.affiliation,
        c.kind,
        c.quote,
        c.about.join(";"),
        c.horizon,
        c.resolution,
        c.start,
        c.end,
        c.rule
      ])
    )
  );
  await insertFigures(
    store,
    records.flatMap((r) => r.figures ?? [])
  );
}

/**
 * Stores a read document with everything read from it in one transaction: the source row, sentences,
 * events, stances, claims and figures land together or not at all. A source whose content hash is already
 * stored is left as it is (ingestion is idempotent); the check runs inside the transaction. Events go to
 * `events` when they live in another engine (inside the transaction: if they cannot be written, nothing of
 * the document stays).
 */
export async function putSource(
  store: DuckDB,
  record: SourceRecord,
  {now}: {now: string},
  events?: EventsPort
): Promise<PutSourceOutcome> {
  return store.transaction(async () => {
    const existing = await store.all(`SELECT id FROM sources WHERE hash = ?`, [record.source.hash]);
    if (existing.length > 0) return {status: "duplicate", id: String(existing[0]!.id)};
    await appendDocuments(store, [record], now, events);
    return {status: "stored", id: record.source.id};
  });
}

/**
 * Stores several read documents with one commit (a group commit: one write of the log for all of them
 * instead of one each). Each document is still all or nothing: when anything of the group fails, the group
 * writes nothing and each document is written again in its own transaction, so that only the failing one
 * fails (its outcome carries the message). A copy of a stored document, or of one earlier in the group, is
 * a duplicate. With events in another engine, documents are written one transaction each (a failed group
 * could not take back its events there).
 */
export async function putSources(
  store: DuckDB,
  records: readonly SourceRecord[],
  {now}: {now: string},
  events?: EventsPort
): Promise<PutSourcesOutcome[]> {
  const alone = async (): Promise<PutSourcesOutcome[]> => {
    const out: PutSourcesOutcome[] = [];
    for (const r of records) {
      try {
        out.push(await putSource(store, r, {now}, events));
      } catch (e) {
        out.push({status: "failed", id: r.source.id, message: String((e as Error).message ?? e).split("\n")[0]!});
      }
    }
    return out;
  };
  if (records.length <= 1 || events) return alone();
  try {
    return await store.transaction(async () => {
      const hashes = [...new Set(records.map((r) => r.source.hash))];
      const rows = await store.all(
        `SELECT hash, id FROM sources WHERE hash IN (${hashes.map(() => "?").join(", ")})`,
        hashes
      );
      const known = new Map(rows.map((r) => [String(r.hash), String(r.id)]));
      const fresh: SourceRecord[] = [];
      const outcomes = records.map((r): PutSourcesOutcome => {
        const id = known.get(r.source.hash);
        if (id !== undefined) return {status: "duplicate", id};
        known.set(r.source.hash, r.source.id);
        fresh.push(r);
        return {status: "stored", id: r.source.id};
      });
      await appendDocuments(store, fresh, now);
      return outcomes;
    });
  } catch {
    return alone();
  }
}

/** Lists sources with their event and claim counts, newest first. */
export async function listSources(store: DuckDB, {limit = 100, offset = 0} = {}): Promise<SourceSummary[]> {
  const rows = await store.all(
    `SELECT s.id, s.title, s.publisher, s.author, s.date, s.date_precision, s.origin, s.format,
            (SELECT count(*) FROM events e WHERE e.source_id = s.id)::INTEGER AS events,
            (SELECT count(*) FROM claims c WHERE c.source_id = s.id)::INTEGER AS claims
       FROM sources s ORDER BY s.date DESC NULLS LAST, s.id LIMIT ? OFFSET ?`,
    [limit, offset]
  );
  return rows.map((r) => ({
    id: String(r.id),
    title: (r.title as string | null) ?? null,
    publisher: (r.publisher as string | null) ?? null,
    author: (r.author as string | null) ?? null,
    ...storedDate(r.date, r.date_precision),
    origin: String(r.origin),
    format: String(r.format),
    events: Number(r.events),
    claims: Number(r.claims)
  }));
}

/** A stored source row as the API and CLI show it; `text` is left out for bulk sources (GDELT files). */
export function sourceFromRow(r: Record<string, unknown>, {withText = true}: {withText?: boolean} = {}): StoredSource {
  return {
    id: String(r.id),
    hash: String(r.hash),
    title: r.title ?? null,
    publisher: r.publisher ?? null,
    author: r.author ?? null,
    ...storedDate(r.date, r.date_precision),
    origin: String(r.origin),
    format: String(r.format),
    text: withText ? (r.text ?? null) : null,
    dropped: r.dropped ? JSON.parse(String(r.dropped)) : null,
    ingestedAt: String(r.ingested_at)
  };
}

/** One source with its sentences, events, stances and claims; undefined when absent. */
export async function getSource(store: DuckDB, id: string, events?: EventsPort): Promise<StoredDocument | undefined> {
  const rows = await store.all(`SELECT * FROM sources WHERE id = ?`, [id]);
  const r = rows[0];
  if (!r) return undefined;
  const sentences = (await store.all(`SELECT * FROM sentences WHERE source_id = ? ORDER BY idx`, [id])).map((t) => ({
    index: Number(t.idx),
    start: Number(t.start),
    end: Number(t.end),
    text: String(t.text),
    ...(t.why ? {why: JSON.parse(String(t.why))} : {})
  }));
  const stances = await store.all(`SELECT * FROM stances WHERE source_id = ? ORDER BY start`, [id]);
  const claims = await listClaims(store, {sourceId: id});
  return {
    source: sourceFromRow(r),
    sentences,
    events: events
      ? await events.listEvents({sourceId: id, limit: 100000})
      : await listEvents(store, {sourceId: id, limit: 100000}),
    stances,
    claims,
    figures: await listFigures(store, {sourceId: id, limit: 100000})
  };
}

function claimsWhere(q: ClaimQuery): {sql: string; params: (string | number)[]} {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  if (q.speaker) {
    parts.push(`lower(c.speaker) LIKE ?`);
    params.push(`%${q.speaker.toLowerCase()}%`);
  }
  if (q.about) {
    parts.push(`list_contains(string_split(c.about, ';'), ?)`);
    params.push(q.about);
  }
  if (q.kind) {
    parts.push(`c.kind = ?`);
    params.push(q.kind);
  }
  if (q.sourceId) {
    parts.push(`c.source_id = ?`);
    params.push(q.sourceId);
  }
  return {sql: parts.length ? `WHERE ${parts.join(" AND ")}` : "", params};
}

/** How many claims match (over all pages). */
export async function countClaims(store: DuckDB, q: ClaimQuery = {}): Promise<number> {
  const {sql, params} = claimsWhere(q);
  const rows = await store.all(`SELECT count(*)::INTEGER AS n FROM claims c ${sql}`, params);
  return Number(rows[0]?.n ?? 0);
}

/** How many sources the store holds. */
export async function countSources(store: DuckDB): Promise<number> {
  const rows = await store.all(`SELECT count(*)::INTEGER AS n FROM sources`);
  return Number(rows[0]?.n ?? 0);
}

/** Claims filtered by speaker (substring, case-insensitive), actor, kind or source. */
export async function listClaims(
  store: DuckDB,
  q: ClaimQuery = {}
): Promise<(Claim & {sourceTitle?: string; sourceDate?: string})[]> {
  const {sql, params} = claimsWhere(q);
  const rows = await store.all(
    `SELECT c.*, s.title AS source_title, s.date AS source_date, s.date_precision AS source_date_precision FROM claims c LEFT JOIN sources s ON s.id = c.source_id
      ${sql} ORDER BY s.date, c.source_id, c.start LIMIT ? OFFSET ?`,
    [...params, q.limit ?? 1000, q.offset ?? 0]
  );
  return rows.map((r) => {
    const c: Record<string, unknown> = {
      id: String(r.id),
      sourceId: String(r.source_id),
      speaker: String(r.speaker),
      kind: String(r.kind),
      quote: String(r.quote),
      about: r.about ? String(r.about).split(";").filter(Boolean) : []
    };
    for (const k of ["affiliation", "horizon", "resolution", "rule"]) if (r[k] != null) c[k] = String(r[k]);
    if (r.start != null) c.start = Number(r.start);
    if (r.end != null) c.end = Number(r.end);
    if (r.source_title != null) c.sourceTitle = String(r.source_title);
    if (r.source_date != null) c.sourceDate = storedDate(r.source_date, r.source_date_precision).date!;
    return c as Claim & {sourceTitle?: string; sourceDate?: string};
  });
}

/** The source row alone (without its text), or undefined. */
export async function getSourceRow(store: DuckDB, id: string): Promise<StoredSource | undefined> {
  const rows = await store.all(`SELECT * FROM sources WHERE id = ?`, [id]);
  return rows[0] ? sourceFromRow(rows[0], {withText: false}) : undefined;
}
