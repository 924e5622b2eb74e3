/**
 * The store's ports: what the use cases (src/app) may ask of storage, in domain terms. An engine
 * (embedded DuckDB in `duckdb/`, ClickHouse for events in `clickhouse/`) implements them; `open.ts`
 * chooses engines from a URL and returns one {@link Store} bundle. Nothing outside src/store knows
 * which engine answers, nor speaks SQL.
 *
 * Ports:
 * - {@link CatalogPort}: actors (with aliases), memberships, corridors, knowledge packs;
 * - {@link DocumentsPort}: sources, their sentences, mentions (events read from text), claims, stances;
 * - {@link EventsPort}: dated dyadic events (GDELT and read from articles) and their aggregates;
 * - {@link IndicatorsPort}: yearly indicators, shipped datasets, UN roll calls and votes;
 * - {@link SimulationsPort}: simulation runs and jobs.
 *
 * @module
 */
import type {
  Actor,
  Alias,
  Claim,
  Cluster,
  Corridor,
  Event,
  Forecast,
  Figure,
  GdeltRow,
  GdeltRule,
  Indicator,
  Membership,
  PeriodPrecision,
  Sentence,
  SentenceWhy,
  Source,
  Stance
} from "../domain/index.js";

export interface EventQuery {
  /** Directed or undirected pair of actor codes: events from a to b and from b to a. */
  dyad?: readonly [string, string];
  /** Events where this actor is source or target. */
  actor?: string;
  from?: string;
  to?: string;
  /** CAMEO code prefix: "05" matches 05, 051, 0511 … */
  code?: string;
  sourceId?: string;
  limit?: number;
  offset?: number;
}

/** Event counts and weights of one directed dyad in one month. */
export interface RelationRow {
  source: string;
  target: string;
  /** YYYY-MM */
  month: string;
  events: number;
  goldsteinSum: number;
  goldsteinMean: number;
  /** Events of quad classes 1 and 2 (cooperation) minus 3 and 4 (conflict). */
  netCooperation: number;
  cooperation: number;
  conflict: number;
}

/** A bulk load in progress. */
export interface GdeltLoad {
  /** Appends one row (the caller may reuse the object: the load copies what it keeps before returning). */
  append(row: GdeltRow): void;
  /**
   * Flushes what the load holds and resolves with the number of rows added: a row whose event id is
   * already stored (or repeated in the load) is added once.
   */
  finish(): Promise<number>;
  /** Stops after a failure (the transaction's rollback, or the caller's delete, removes what was appended). */
  abort(): Promise<void>;
}

/** What {@link insertGdeltCsv} did. */
export interface GdeltCsvLoad {
  /** Events inserted (valid rows with both actors whose event id was not stored yet). */
  events: number;
  /** Valid rows whose event id was already stored (or repeated in the file): not added again. */
  known?: number;
  /** Lines DuckDB rejected for their column count, in line order (at most `maxRejects`). */
  rejects: {line: number; text: string}[];
  /** All such lines. */
  rejectCount: number;
}

/** Thrown by {@link insertGdeltCsv} when a row needs the JavaScript path (bad value, odd bytes): nothing was inserted. */
export class GdeltCsvUnsupported extends Error {}

export interface ActorRow {
  code: string;
  name: string;
  kind: string;
  lat: number | null;
  lon: number | null;
  citation: {source: string; quote: string} | null;
  aliases: Alias[];
}

/** A match of a query against the stored codes and aliases. */
export interface ActorMatch {
  code: string;
  name: string;
  kind: string;
  /** The alias that matched. */
  matched: string;
  role: string;
}

export interface MembershipRow {
  id: string;
  actor: string;
  actorName: string;
  org: string;
  orgName: string;
  role: string;
  from: string;
  to: string | null;
  citation: {source: string; quote: string};
}

/** What a read document brings to the store, written together or not at all. */
export interface SourceRecord {
  source: Source;
  /** What the reader left out of the body and why (menus, "Latest news" …), as JSON-able data. */
  dropped?: unknown;
  sentences?: readonly Sentence[];
  events?: readonly Event[];
  stances?: readonly Stance[];
  claims?: readonly Claim[];
  /** Amounts read from the text: indicator candidates with their provenance. */
  figures?: readonly Figure[];
}

/** Query of {@link DocumentsPort.listFigures}. */
export interface FigureQuery {
  /** Figures whose sentence names this actor. */
  actor?: string;
  /** Unit (exact, case-insensitive: "billion USD", "%", "tonnes"). */
  unit?: string;
  year?: number;
  sourceId?: string;
  limit?: number;
  offset?: number;
}

export type PutSourceOutcome = {status: "stored"; id: string} | {status: "duplicate"; id: string};

/** What happened to one document of a group commit: stored, a duplicate, or failed alone (nothing of it stored). */
export type PutSourcesOutcome = PutSourceOutcome | {status: "failed"; id: string; message: string};

export interface SourceSummary {
  id: string;
  title: string | null;
  publisher: string | null;
  author: string | null;
  /** "2022-03-14", or "2022-03" / "2022" when only the month or the year is stated. */
  date: string | null;
  /** How precise `date` is (null without a date). */
  datePrecision: PeriodPrecision | null;
  origin: string;
  format: string;
  events: number;
  claims: number;
}

export interface ClaimQuery {
  speaker?: string;
  about?: string;
  kind?: string;
  sourceId?: string;
  limit?: number;
  offset?: number;
}

export interface IndicatorQuery {
  actor?: string;
  partner?: string;
  /** Either direction of the dyad. */
  dyad?: readonly [string, string];
  from?: number;
  to?: number;
  metric?: string;
  dimension?: string;
}

/** Indicator rows in columns, for bulk loads (partner "" means none). */
export interface IndicatorColumns {
  id: string[];
  actor: string[];
  partner: string[];
  year: number[];
  dimension: string[];
  metric: string[];
  value: number[];
  unit: string[];
  citeQuote: string[];
}

/** An indicator row as the measures read it. */
export interface TieRow {
  id: string;
  actor: string;
  /** null for a state's total. */
  partner: string | null;
  year: number;
  dimension: string;
  metric: string;
  value: number;
  unit: string;
  source: string;
  quote: string;
}

/** One UN General Assembly roll call. */
export interface RollCall {
  rcid: number;
  session: number | null;
  important: boolean | null;
  /** YYYY-MM-DD */
  date: string;
  unres: string | null;
  amend: boolean | null;
  para: boolean | null;
  short: string | null;
  descr: string | null;
}

/** Votes in columns (870k rows load faster without an object per row). Vote: 1 yes, 2 abstain, 3 no. */
export interface VoteColumns {
  rcid: Int32Array;
  country: string[];
  vote: Uint8Array;
  length: number;
}

/** A vote with its roll call's year and date. */
export interface VoteRow {
  rcid: number;
  year: number;
  date: string;
  country: string;
  vote: number;
}

/** The per-month relations of a focal actor with its vectors (both directions), between dates (inclusive, YYYY-MM-DD). */
export interface RelationsQuery {
  focal: string;
  vectors: readonly string[];
  from?: string;
  to?: string;
}

/**
 * An aggregate of events per directed dyad and period (`by`: month or year): with `focal`, only the
 * focal actor's dyads with `vectors` (both directions); without, every dyad (the full table).
 */
export interface AggregateQuery {
  by: "month" | "year";
  focal?: string;
  vectors?: readonly string[];
  from?: string;
  to?: string;
}

/** One directed dyad in one period: counts by quad class, Goldstein sum, distinct source documents. */
export interface AggregateRow {
  source: string;
  target: string;
  /** YYYY-MM or YYYY. */
  period: string;
  events: number;
  goldsteinSum: number;
  /** Events of quad classes 1 (verbal cooperation) … 4 (material conflict). */
  quad: [number, number, number, number];
  /** Distinct sources (documents or GDELT files) the events came from. */
  documents: number;
}

/** One event behind a relations cell, for "why this number". */
export interface RelationEvidence {
  id: string;
  date: string;
  code: string;
  goldstein: number;
  quad: number;
  sourceId: string;
  sentence: string | null;
  url: string | null;
}

/** A stored source as the use cases see it (text omitted for bulk sources). */
export interface StoredSource {
  id: string;
  hash: string;
  title: unknown;
  publisher: unknown;
  author: unknown;
  /** "2022-03-14", or "2022-03" / "2022" when only the month or the year is stated. */
  date: string | null;
  /** How precise `date` is (null without a date). */
  datePrecision: PeriodPrecision | null;
  origin: string;
  format: string;
  text: unknown;
  dropped: unknown;
  ingestedAt: string;
}

/** A source with everything read from it. */
export interface StoredDocument {
  source: StoredSource;
  sentences: {index: number; start: number; end: number; text: string; why?: SentenceWhy}[];
  events: Event[];
  stances: Record<string, unknown>[];
  claims: (Claim & {sourceTitle?: string; sourceDate?: string})[];
  figures: Figure[];
}

/** The source row of a bulk-loaded file (a GDELT file): no text, its load statistics. */
export interface BulkSourceRecord {
  id: string;
  hash: string;
  title: string;
  origin: string;
  format: string;
  now: string;
  stats?: unknown;
}

/** A load of GDELT rows through the engine's own CSV reader (see {@link EventsPort.insertGdeltCsv}). */
export interface GdeltCsvRequest {
  path: string;
  sourceId: string;
  format: "gdelt1" | "gdelt2";
  /** The GDELT row rule (src/read/gdelt.ts): the engine derives its mapping and validity tests from it. */
  rule: GdeltRule;
  codes: readonly {code: string; plover: string | null; goldstein: number | null}[];
  maxRejects: number;
}

/** Query of {@link EventsPort.listClusters}. */
export interface ClusterQuery {
  /** Clusters with this actor as source or target. */
  actor?: string;
  from?: string;
  to?: string;
  limit?: number;
}

/** Reports (events) and happenings (clusters) of one directed dyad in one month. */
export interface ClusterCount {
  source: string;
  target: string;
  /** YYYY-MM */
  month: string;
  events: number;
  clusters: number;
}

/** Dated dyadic events, whatever engine holds them. One conformance suite runs against every engine. */
export interface EventsPort {
  /** The engine's name, for messages ("duckdb", "clickhouse"): no use case branches on it. */
  readonly engine: string;
  insertEvents(events: readonly Event[]): Promise<void>;
  /** How many events match (limit and offset are ignored). */
  countEvents(query?: EventQuery): Promise<number>;
  /** The events that match, ordered by date then id, paged by limit (default 1000) and offset. */
  listEvents(query?: EventQuery): Promise<Event[]>;
  /** Per directed dyad and month: count, Goldstein sum and mean, net cooperation; by month, source, target. */
  relationsByMonth(query: RelationsQuery): Promise<RelationRow[]>;
  /**
   * Events per directed dyad and month or year, computed inside the engine (the event dimension and
   * the scale benchmark's full-table aggregate use it); ordered by period, source, target. Undated
   * events are left out.
   */
  aggregate(q: AggregateQuery): Promise<AggregateRow[]>;
  /** The events of one directed dyad in one month (YYYY-MM), by date then id. */
  relationEvidence(q: {source: string; target: string; month: string; limit?: number}): Promise<RelationEvidence[]>;
  /** Deletes the events of one source; they are gone when the promise resolves. */
  deleteEventsOf(sourceId: string): Promise<void>;
  /**
   * The dated events of some dyads (either direction) between two dates widened by `pad` days on
   * both sides, for re-clustering around newly stored events. `exceptSources`: sources whose events the caller
   * has in hand (a batch just stored); an engine may leave them out (the embedded one does), so the caller drops
   * them by id whatever comes back.
   */
  clusterCandidates(
    dyads: readonly (readonly [string, string])[],
    range: {from: string; to: string; pad: number; exceptSources?: readonly string[]}
  ): Promise<Event[]>;
  /** Records clusters: every event of `considered` loses its old cluster, then each cluster's members get theirs. */
  putClusters(considered: readonly string[], clusters: readonly Cluster[]): Promise<void>;
  /** Stored clusters (two or more reports of one happening), earliest first, with their members and sources. */
  listClusters(q?: ClusterQuery): Promise<Cluster[]>;
  /** Per directed dyad and month between a focal actor and partners: reports (events) and happenings (clusters). */
  clusterCounts(q: {focal: string; partners: readonly string[]; from?: string; to?: string}): Promise<ClusterCount[]>;
  /** The event dimension: clusters of reports per vector and month, weighted and summed. */
  eventMonths(q: EventClusterQuery): Promise<EventMonthRow[]>;
  /** The clusters themselves, earliest first, at most `limit`, with how many there are. */
  eventClusterList(q: EventClusterQuery, limit: number): Promise<{rows: ClusterListRow[]; total: number}>;
  /** The ids of the reports of one cluster (a key from {@link eventClusterList}). */
  clusterMembers(key: string, q: {focal: string; vector: string; date: string}): Promise<string[]>;
  /** Events by id, ordered by date then id. */
  eventsByIds(ids: readonly string[]): Promise<Event[]>;
  /** The latest event date (YYYY-MM-DD), or undefined when there is no dated event. */
  latestEventDate(): Promise<string | undefined>;
  /**
   * A version of the events engine's data when other processes can change it (ClickHouse: parts on the
   * shards, polled at most once a second; own writes counted at once). Absent for the embedded engine,
   * whose file only this process can write while it holds it.
   */
  version?(): string;
  /** Starts a bulk load of one source's GDELT rows (inside the store's transaction when the engine has them). */
  startGdeltLoad(sourceId: string): Promise<GdeltLoad>;
  /**
   * Loads a GDELT file with the engine's own CSV reader, or throws {@link GdeltCsvUnsupported} (nothing
   * inserted) when a row needs the JavaScript path. Absent when the engine has no such reader.
   */
  insertGdeltCsv?(request: GdeltCsvRequest): Promise<GdeltCsvLoad>;
  close(): Promise<void>;
}

/** Actors (with aliases), memberships, corridors and knowledge packs. */
export interface CatalogPort {
  putActors(actors: readonly Actor[]): Promise<void>;
  listActors(q?: {kind?: string; codes?: readonly string[]}): Promise<ActorRow[]>;
  findActors(query: string, o?: {at?: string}): Promise<ActorMatch[]>;
  /** Every alias, normalized, with its period when it has one (a leader's name in office). */
  allAliases(): Promise<{code: string; alias: string; norm: string; from?: string; to?: string}[]>;
  countActors(): Promise<number>;
  putMemberships(memberships: readonly (Membership & {id: string})[]): Promise<void>;
  listMemberships(q?: {at?: string; org?: string; actor?: string}): Promise<MembershipRow[]>;
  putCorridors(corridors: readonly Corridor[]): Promise<void>;
  listCorridors(): Promise<Corridor[]>;
  /** The content hash recorded for a loaded pack. */
  packHash(name: string): Promise<string | undefined>;
  /** Records a pack as loaded with this hash. */
  recordPack(name: string, hash: string, now: string): Promise<void>;
  /** Names of the loaded packs, sorted. */
  listPacks(): Promise<string[]>;
}

/** Sources and what was read from them: sentences, mentions, claims, stances. */
export interface DocumentsPort {
  /** Stores a read document with everything read from it, or reports the duplicate. */
  putSource(record: SourceRecord, o: {now: string}): Promise<PutSourceOutcome>;
  /**
   * Stores read documents with one commit, each still all or nothing: when one fails, the others are
   * stored without it. Outcomes in the records' order; a copy of an earlier record is a duplicate.
   */
  putSources(records: readonly SourceRecord[], o: {now: string}): Promise<PutSourcesOutcome[]>;
  listSources(q?: {limit?: number; offset?: number}): Promise<SourceSummary[]>;
  getSource(id: string): Promise<StoredDocument | undefined>;
  /** The source row alone (no text), or undefined. */
  getSourceRow(id: string): Promise<StoredSource | undefined>;
  listClaims(q?: ClaimQuery): Promise<(Claim & {sourceTitle?: string; sourceDate?: string})[]>;
  /** How many claims match (over all pages; limit and offset are ignored). */
  countClaims(q?: ClaimQuery): Promise<number>;
  /** Figures read from documents (indicator candidates), by source, actor, unit or year. */
  listFigures(q?: FigureQuery): Promise<(Figure & {sourceTitle?: string; sourceDate?: string})[]>;
  /** How many figures match (over all pages). */
  countFigures(q?: FigureQuery): Promise<number>;
  /** How many sources the store holds. */
  countSources(): Promise<number>;
  /** The id of the source stored with this content hash. */
  sourceIdByHash(hash: string): Promise<string | undefined>;
  /** The ids of the sources stored with any of these content hashes (hash → id): one query for a batch. */
  sourceIdsByHash(hashes: readonly string[]): Promise<Map<string, string>>;
  /** A GDELT source stored with this quick key (recorded in its stats), with its full hash. */
  sourceByQuickKey(quick: string): Promise<{id: string; hash: string} | undefined>;
  /** The format of a stored source, or undefined when there is none with this id. */
  sourceFormat(id: string): Promise<string | undefined>;
  /** Inserts the source row of a bulk-loaded file. */
  putBulkSource(s: BulkSourceRecord): Promise<void>;
  /** Replaces the source row that stands for a knowledge pack. */
  replacePackSource(s: {id: string; hash: string; title: string; origin: string; now: string}): Promise<void>;
  /** Stances toward any of `targets`, with their documents' date, publisher and title. */
  listStancesToward(targets: readonly string[]): Promise<StanceRow[]>;
  /** Claims of kind "forecast" with their documents' date and publisher (the forecast registry's input). */
  listForecastClaims(): Promise<ForecastClaimRow[]>;
}

/** A stance with its document's date, publisher and title. */
export interface StanceRow {
  id: string;
  sourceId: string;
  speaker: string;
  target: string;
  polarity: number;
  quote: string;
  /** The document's date as written: "2022-03-14", or "2022-03" / "2022" for a month- or year-only document. */
  date?: string;
  datePrecision?: PeriodPrecision;
  publisher?: string;
  title?: string;
}

/** A forecast claim with its document's metadata. */
export interface ForecastClaimRow {
  claimId: string;
  sourceId: string;
  speaker: string;
  quote: string;
  about: string[];
  horizon?: string;
  /** The document's date as written: "2022-03-14", or "2022-03" / "2022" for a month- or year-only document. */
  date?: string;
  datePrecision?: PeriodPrecision;
  publisher?: string;
}

/** The forecast registry: forecasts read from claims, with their resolutions. */
export interface ForecastsPort {
  /** Writes forecasts (insert or replace by id). */
  putForecasts(forecasts: readonly Forecast[]): Promise<void>;
  /** Forecasts filtered by status, speaker (part of the name, any case) or id; by date made, then id. */
  listForecasts(q?: ForecastQuery): Promise<Forecast[]>;
}

export interface ForecastQuery {
  status?: Forecast["status"];
  speaker?: string;
  id?: string;
}

/** The event dimension's query: the focal state with each vector, both directions, between dates (inclusive). */
export interface EventClusterQuery {
  focal: string;
  vectors: readonly string[];
  from?: string;
  to?: string;
  /** "reader" (the reader's clusters) or "dyad-day" (all reports of a dyad on one day). */
  rule: "reader" | "dyad-day";
  /** μ of the cluster weight log2(1 + sources + μ · mentions). */
  mentionWeight: number;
}

/** One vector and month of clusters, summed (see EventMonthAggregate in src/measure/events-dimension.ts). */
export interface EventMonthRow {
  vector: string;
  /** YYYY-MM. */
  month: string;
  clusters: number;
  reports: number;
  documents: number;
  volume: number;
  toneSum: number;
  quadSum: [number, number, number, number];
}

/** One cluster with its key (a reader cluster id, "report:<event id>", or the day) and earliest date. */
export interface ClusterListRow {
  key: string;
  vector: string;
  date: string;
  reports: number;
  documents: number;
  goldsteinSum: number;
}

/** Yearly indicators, the shipped datasets, UN roll calls and votes. */
/** A data file and the label put in cite_quote with the line ("data/balance/sipri-tiv.csv.gz:12"). */
export interface DataFile {
  file: string;
  label: string;
}

/** The balance datasets of data/balance loaded as indicators. */
export type BalanceDatasetKind = "un-idealpoints" | "national-trade" | "sipri" | "imf-dip" | "undesa-migrants";

export interface IndicatorsPort {
  putIndicators(indicators: readonly Indicator[]): Promise<void>;
  listIndicators(q?: IndicatorQuery): Promise<Indicator[]>;
  /** Deletes the indicators that came from packs (not from datasets). */
  deletePackIndicators(): Promise<void>;
  listTies(q: {
    actors?: readonly string[];
    from?: number;
    to?: number;
    metrics?: readonly string[];
    quotes?: boolean;
  }): Promise<TieRow[]>;
  /** Whether any UN vote or indicator names this code. */
  knowsCode(code: string): Promise<boolean>;
  datasetHash(name: string): Promise<string | undefined>;
  recordDataset(name: string, hash: string, now: string): Promise<void>;
  /** Loads a shipped dataset (its files and labels) replacing what `citeSource` loaded before; returns rows. */
  loadDataset(
    kind: "cow-trade" | "cow-igo" | "atop",
    citeSource: string,
    files: {dyad: string; state: string; dyadLabel: string; stateLabel: string}
  ): Promise<number>;
  /** Loads the UN votes files, replacing the votes; returns the number of votes. */
  loadUnVotes(
    files: {votes: string; rollCalls: string; issues: string; crosswalk: string},
    codes: {extraCodes: Readonly<Record<string, string>>; nameCodes: Readonly<Record<string, string>>}
  ): Promise<number>;
  /** Loads one of the balance datasets (data/balance) replacing what `citeSource` loaded before; returns rows. */
  loadBalanceDataset(kind: BalanceDatasetKind, citeSource: string, file: DataFile): Promise<number>;
  /** Adds the UN roll calls 2020–2024 (after the unvotes load), replacing an earlier load of them; returns votes. */
  loadUnVotes2024(files: {rollCalls: string; votes: string}): Promise<number>;
  listVotes(q: {countries: readonly string[]; from?: number; to?: number}): Promise<VoteRow[]>;
  listRollCallIssues(q?: {from?: number; to?: number}): Promise<{rcid: number; issue: string}[]>;
  listRollCalls(rcids: readonly number[]): Promise<RollCall[]>;
}

/** A stored simulation run. */
export interface SimulationRecord {
  id: string;
  kind: string;
  createdAt: string;
  inputHash?: string;
  params: unknown;
  result: unknown;
}

/** Simulation runs and jobs. */
export interface SimulationsPort {
  putSimulation(run: SimulationRecord): Promise<void>;
}

/** One column of a table of the store, as the embedded engine describes it. */
export interface StoreColumn {
  table: string;
  column: string;
  type: string;
  nullable: boolean;
}

/**
 * The bundle every use case takes: one port per part of the data, and the store's lifecycle.
 * `transaction` spans the embedded ports (all writes land or none); an events port on another
 * engine (ClickHouse) is outside it.
 */
export interface Store {
  /** Where the embedded store lives (a file path or ":memory:"). */
  readonly path: string;
  /** A description of the events engine's location ("duckdb" or the ClickHouse URL without credentials). */
  readonly eventsLocation: string;
  readonly catalog: CatalogPort;
  readonly documents: DocumentsPort;
  readonly events: EventsPort;
  readonly indicators: IndicatorsPort;
  readonly simulations: SimulationsPort;
  readonly forecasts: ForecastsPort;
  /**
   * Runs `fn` inside one transaction of the embedded store: its writes land together or not at all,
   * and the promise resolves once they are committed. Transactions go one at a time through one
   * writer; a call from inside `fn` joins it, any other waits its turn.
   */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * The stored data's version, cheap enough to ask on every request (the server's cache tags answers with
   * it): it changes with every commit made through this store at once, and, for an events engine other
   * processes can write to (ClickHouse), with their writes too, seen within a second.
   */
  version(): string;
  /** Every column of every table of the embedded store, in table and column order. */
  describeTables(): Promise<StoreColumn[]>;
  /** The schema version recorded in the embedded store. */
  schemaVersion(): Promise<number>;
  /**
   * Caps the embedded engine's memory ("256MB") until the returned function restores it (large
   * imports spill to disk instead of growing the process).
   */
  limitMemory(limit: string): Promise<() => Promise<void>>;
  /**
   * Writes what the embedded store holds in its write-ahead log into its file now, as closing it does (closing
   * then has little left to write); transactions asked for meanwhile wait for it, reads do not.
   */
  checkpoint(): Promise<void>;
  close(): void;
}
