/**
 * What every list and measure exports as a table (CSV, Parquet): the documented columns of each, in
 * one place. The CLI's `--format csv|parquet` and the API's `?format=csv|parquet` both use these, so
 * their columns agree; docs/data.md prints them (`npm run docs:data` regenerates that section, a
 * test checks it is current).
 *
 * A field an item has that is not listed here is still exported, after the listed ones, with its
 * type inferred from the values; list it here to document it.
 */
import {columnsOf, eventDateText, rowsOf, type Cell, type TableColumn} from "../domain/index.js";
import {writeParquet} from "../store/index.js";

/** An export's columns, and how an item becomes a flat record (when it is not flat already). */
export interface ExportTable {
  /** What one row is. */
  row: string;
  columns: TableColumn[];
  flatten?: (item: Record<string, unknown>) => Record<string, unknown>;
}

const V = "VARCHAR" as const;
const I = "BIGINT" as const;
const D = "DOUBLE" as const;

const EVENT_COLUMNS: TableColumn[] = [
  {name: "id", type: V, description: "event id (stable across re-ingests of the same document)"},
  {name: "sourceId", type: V, description: "the document or GDELT file it was read from (`sources` id)"},
  {
    name: "date",
    type: V,
    description:
      "when it happened: YYYY-MM-DD, or YYYY-MM / YYYY when the text gives only the month or the year; empty when it does not say"
  },
  {
    name: "precision",
    type: V,
    description: "how much of the date the text gives: day, month, year, article (the article's date) or unknown"
  },
  {
    name: "modality",
    type: V,
    description: "asserted (it happened) or planned (announced for later)"
  },
  {name: "source", type: V, description: "actor code of who acted (KAZ, RUS, CSTO …)"},
  {name: "target", type: V, description: "actor code of whom it was done to"},
  {name: "sourceAgent", type: V, description: "the acting person or body when named (GOV, MIL …)"},
  {name: "targetAgent", type: V, description: "the target's person or body when named"},
  {name: "code", type: V, description: "CAMEO event code, two to four digits (kept as text: 042 is not 42)"},
  {name: "goldstein", type: D, description: "Goldstein scale of the code, −10 (conflict) to +10 (cooperation)"},
  {
    name: "quad",
    type: I,
    description: "quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict"
  },
  {name: "plover", type: V, description: "PLOVER event type when mapped"},
  {name: "sentence", type: V, description: "the sentence that says so (empty for GDELT rows)"},
  {name: "start", type: I, description: "offset of the sentence in the document's text"},
  {name: "end", type: I, description: "end offset of the sentence"},
  {name: "rule", type: V, description: "what produced it: a verb pattern, `gdelt`, `pack:timeline`"},
  {name: "label", type: V, description: "a timeline entry's label"},
  {name: "url", type: V, description: "the article's address when known"},
  {
    name: "numMentions",
    type: I,
    description: "GDELT's NumMentions: mentions in all documents when first seen (GDELT rows only)"
  },
  {
    name: "numSources",
    type: I,
    description: "GDELT's NumSources: distinct information sources when first seen (GDELT rows only)"
  },
  {name: "numArticles", type: I, description: "GDELT's NumArticles: documents when first seen (GDELT rows only)"}
];

/** The two columns of a pack row's citation. */
const CITATION_COLUMNS = [
  {name: "citationSource", type: V, description: "where the row comes from"},
  {name: "citationQuote", type: V, description: "the passage or row quoted"}
];

/** A pack row with its citation as two flat columns. */
function withCitation({citation, ...rest}: Record<string, unknown>): Record<string, unknown> {
  const c = citation as {source?: string; quote?: string} | undefined;
  return {...rest, citationSource: c?.source, citationQuote: c?.quote};
}

/**
 * An event as a row: its date written at its precision ("2024-03" for a month, where the JSON keeps the stored first
 * day, "2024-03-01", with `precision`), as the sources' dates are.
 */
function eventRow(e: Record<string, unknown>): Record<string, unknown> {
  const date = typeof e.date === "string" ? e.date : undefined;
  const precision = typeof e.precision === "string" ? e.precision : undefined;
  return date ? {...e, date: eventDateText({date, precision})} : e;
}

/** Every export, by the name of its list (`/api/<name>`, the CLI command). */
export const EXPORT_TABLES = {
  events: {row: "one event (who did what to whom, when)", columns: EVENT_COLUMNS, flatten: eventRow},
  timeline: {row: "one event of a pack's timeline", columns: EVENT_COLUMNS, flatten: eventRow},
  claims: {
    row: "one expert's assessment, forecast or recommendation",
    columns: [
      {name: "id", type: V, description: "claim id"},
      {name: "sourceId", type: V, description: "the document it was read from"},
      {name: "speaker", type: V, description: "who said it"},
      {name: "kind", type: V, description: "assessment, forecast or recommendation"},
      {name: "quote", type: V, description: "the words quoted"},
      {name: "about", type: V, description: "actor codes it is about, separated by `;`"},
      {name: "affiliation", type: V, description: "the speaker's affiliation or title when stated"},
      {name: "horizon", type: V, description: "a forecast's horizon (YYYY or YYYY-MM-DD) when stated"},
      {name: "resolution", type: V, description: "a forecast's resolution: open, true or false"},
      {name: "start", type: I, description: "offset of the quote in the document's text"},
      {name: "end", type: I, description: "end offset of the quote"},
      {name: "rule", type: V, description: "the pattern that found it"},
      {name: "sourceTitle", type: V, description: "the document's title"},
      {
        name: "sourceDate",
        type: V,
        description: "the document's date: YYYY-MM-DD, or YYYY-MM / YYYY when it states only the month or the year"
      }
    ]
  },
  sources: {
    row: "one stored document or GDELT file",
    columns: [
      {name: "id", type: V, description: "source id (a hash of the document)"},
      {name: "title", type: V, description: "title when known"},
      {name: "publisher", type: V, description: "publisher when known"},
      {name: "author", type: V, description: "author when known"},
      {
        name: "date",
        type: V,
        description:
          "publication date: YYYY-MM-DD, or YYYY-MM / YYYY when the document states only the month or the year"
      },
      {name: "datePrecision", type: V, description: "how precise the date is: day, month or year"},
      {name: "origin", type: V, description: "file path or URL it was ingested from"},
      {name: "format", type: V, description: "html, markdown, text, gdelt-events …"},
      {name: "events", type: I, description: "events read from it"},
      {name: "claims", type: I, description: "claims read from it"}
    ]
  },
  actors: {
    row: "one actor (state, organization, bloc, non-state)",
    columns: [
      {name: "code", type: V, description: "actor code (ISO 3166 alpha-3 for states)"},
      {name: "name", type: V, description: "English name"},
      {name: "kind", type: V, description: "state, organization, bloc or non-state"},
      {name: "aliases", type: V, description: "the names it goes by, separated by `;`"},
      {name: "lat", type: D, description: "latitude of its capital or seat"},
      {name: "lon", type: D, description: "longitude of its capital or seat"},
      ...CITATION_COLUMNS
    ],
    flatten: ({aliases, ...rest}) => ({
      ...withCitation(rest),
      aliases: Array.isArray(aliases) ? aliases.map((a) => (a as {alias: string}).alias) : aliases
    })
  },
  memberships: {
    row: "one actor's membership of an organization over a period",
    columns: [
      {name: "org", type: V, description: "the organization's code"},
      {name: "actor", type: V, description: "the member's code"},
      {name: "actorName", type: V, description: "the member's name"},
      {name: "role", type: V, description: "member, observer, partner or founder"},
      {name: "from", type: V, description: "valid from, YYYY-MM-DD"},
      {name: "to", type: V, description: "valid until (exclusive), YYYY-MM-DD; empty while it lasts"},
      ...CITATION_COLUMNS
    ],
    flatten: withCitation
  },
  corridors: {
    row: "one transport or energy route",
    columns: [
      {name: "id", type: V, description: "corridor id"},
      {name: "name", type: V, description: "its name"},
      {name: "kind", type: V, description: "rail, road, multimodal, pipeline or sea"},
      {name: "states", type: V, description: "the states it crosses in order, separated by `;`"},
      {name: "sponsor", type: V, description: "who sponsors or leads it"},
      ...CITATION_COLUMNS
    ],
    flatten: withCitation
  },
  measures: {
    row: "one measured figure (tidy: one number per focal state, vector, year and measure)",
    columns: [
      {name: "focal", type: V, description: "the focal state"},
      {name: "vector", type: V, description: "a vector (RUS, CHN, EU …), or `*` for a figure of the whole balance"},
      {name: "year", type: I, description: "the year"},
      {name: "month", type: V, description: "YYYY-MM (relations)"},
      {name: "source", type: V, description: "a directed dyad's source (relations)"},
      {name: "target", type: V, description: "a directed dyad's target (relations)"},
      {
        name: "measure",
        type: V,
        description: "agreement, influence, share, entropy, hhi, dominant, lead, triangle, events …"
      },
      {name: "dimension", type: V, description: "economic, political, security, social or combined"},
      {name: "issue", type: V, description: "UN issue tag (alignment by issue)"},
      {name: "parameter", type: V, description: "sensitivity: the parameter moved"},
      {name: "factor", type: D, description: "sensitivity: by how much (0.5, 1.5)"},
      {name: "value", type: D, description: "the figure; empty when there is no data (no data is not zero)"},
      {name: "n", type: I, description: "how many observations (roll calls, events) it rests on"}
    ]
  }
} satisfies Record<string, ExportTable>;

/** The name of a documented export. */
export type ExportName = keyof typeof EXPORT_TABLES;

/** The export documented for `name`, if any. */
export function exportTable(name: string): ExportTable | undefined {
  return (EXPORT_TABLES as Record<string, ExportTable>)[name];
}

/** Items as a table: the documented columns of `name` first, then any other field found. */
export function tabulate(
  name: string | undefined,
  items: readonly unknown[]
): {columns: TableColumn[]; rows: Cell[][]} {
  const spec = name ? exportTable(name) : undefined;
  const flat = items.map((i) => {
    const o = (i && typeof i === "object" ? i : {value: i}) as Record<string, unknown>;
    return spec?.flatten ? spec.flatten(o) : o;
  });
  const columns = columnsOf(flat, spec?.columns ?? []);
  return {columns, rows: rowsOf(flat, columns)};
}

/** Writes items as a Parquet file (DuckDB's writer) with the documented columns of `name`. */
export async function writeParquetExport(
  file: string,
  name: string | undefined,
  items: readonly unknown[]
): Promise<void> {
  const {columns, rows} = tabulate(name, items);
  await writeParquet(file, columns, rows);
}
