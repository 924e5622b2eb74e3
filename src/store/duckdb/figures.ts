import type {Figure} from "../../domain/index.js";
import type {FigureQuery} from "../ports.js";
import type {DuckDB} from "./connection.js";
import {storedDate} from "./source-date.js";

const FIGURE_COLUMNS = [
  "id",
  "source_id",
  "value",
  "unit",
  "amount",
  "what",
  "year",
  "approximate",
  "actors",
  "text",
  "start",
  "end",
  "quote",
  "sentence_start",
  "sentence_end",
  "rule",
  "outlook"
] as const;

/** Inserts the figures read from documents through an appender (call inside their transaction). */
export async function insertFigures(store: DuckDB, figures: readonly Figure[]): Promise<void> {
  await store.appendRows(
    "figures",
    FIGURE_COLUMNS,
    figures.map((f) => [
      f.id,
      f.sourceId,
      f.value,
      f.unit,
      f.amount,
      f.what,
      f.year ?? null,
      f.approximate,
      f.actors.join(";"),
      f.text,
      f.start,
      f.end,
      f.quote,
      f.sentenceStart,
      f.sentenceEnd,
      f.rule,
      f.outlook ?? null
    ])
  );
}

function figuresWhere(q: FigureQuery): {sql: string; params: (string | number)[]} {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  if (q.actor) {
    parts.push(`list_contains(string_split(f.actors, ';'), ?)`);
    params.push(q.actor);
  }
  if (q.unit) {
    parts.push(`lower(f.unit) = ?`);
    params.push(q.unit.toLowerCase());
  }
  if (q.year !== undefined) {
    parts.push(`f.year = ?`);
    params.push(q.year);
  }
  if (q.sourceId) {
    parts.push(`f.source_id = ?`);
    params.push(q.sourceId);
  }
  return {sql: parts.length ? `WHERE ${parts.join(" AND ")}` : "", params};
}

/** How many figures match (over all pages). */
export async function countFigures(store: DuckDB, q: FigureQuery = {}): Promise<number> {
  const {sql, params} = figuresWhere(q);
  const rows = await store.all(`SELECT count(*)::INTEGER AS n FROM figures f ${sql}`, params);
  return Number(rows[0]?.n ?? 0);
}

/** Figures filtered by actor, unit, year or source, in reading order, with their source's title and date. */
export async function listFigures(
  store: DuckDB,
  q: FigureQuery = {}
): Promise<(Figure & {sourceTitle?: string; sourceDate?: string})[]> {
  const {sql, params} = figuresWhere(q);
  const rows = await store.all(
    `SELECT f.*, s.title AS source_title, s.date AS source_date, s.date_precision AS source_date_precision FROM figures f LEFT JOIN sources s ON s.id = f.source_id
      ${sql} ORDER BY s.date, f.source_id, f.start LIMIT ? OFFSET ?`,
    [...params, q.limit ?? 1000, q.offset ?? 0]
  );
  return rows.map((r) => ({
    id: String(r.id),
    sourceId: String(r.source_id),
    value: Number(r.value),
    unit: String(r.unit),
    amount: Number(r.amount),
    what: String(r.what),
    ...(r.year != null ? {year: Number(r.year)} : {}),
    approximate: Boolean(r.approximate),
    actors: r.actors ? String(r.actors).split(";").filter(Boolean) : [],
    text: String(r.text),
    start: Number(r.start),
    end: Number(r.end),
    quote: String(r.quote),
    sentenceStart: Number(r.sentence_start),
    sentenceEnd: Number(r.sentence_end),
    rule: String(r.rule),
    ...(r.outlook === "target" || r.outlook === "forecast" ? {outlook: r.outlook} : {}),
    ...(r.source_title != null ? {sourceTitle: String(r.source_title)} : {}),
    ...(r.source_date != null ? {sourceDate: storedDate(r.source_date, r.source_date_precision).date!} : {})
  }));
}
