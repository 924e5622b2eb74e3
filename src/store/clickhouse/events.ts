import {type Cluster, type Event, type GdeltRow} from "../../domain/index.js";
import {
  type ClusterListRow,
  type EventClusterQuery,
  type EventMonthRow,
  type AggregateQuery,
  type AggregateRow,
  type ClusterCount,
  type ClusterQuery,
  type EventQuery,
  type EventsPort,
  type GdeltLoad,
  type RelationEvidence,
  type RelationRow,
  type RelationsQuery
} from "../ports.js";
import {aggregateRow, relationRow, rowToEvent} from "../rows.js";

/**
 * {@link EventsPort} on a ClickHouse cluster (tested against Debian's 18.16), for GDELT-size event
 * tables. Talks to the HTTP interface with `fetch`: SQL in the POST body, JSONEachRow in and out.
 * ClickHouse 18.16 has no query parameters, so every literal goes through {@link chString} or a
 * strict check (dates, integers) before it is put into SQL.
 *
 * Layout: `events_local` (MergeTree, partitioned by month, ordered by source, target, date, id) on
 * each shard, and `events_dist` (Distributed over `eco_two_shards`, sharded by cityHash64(source))
 * on each shard too, so any node can take queries. Inserts go to `events_dist` with
 * insert_distributed_sync=1 (the rows are on their shards when the insert returns); deletes are
 * mutations on every shard's `events_local`, awaited until done.
 */
export interface ClickHouseOptions {
  /** The node that takes queries and inserts, e.g. "http://127.0.0.1:18123". */
  url: string;
  /** Every shard's HTTP URL (tables are created and deletes run on each); defaults to [url]. */
  shards?: readonly string[];
  /** Database (created if missing); "default" unless told. */
  database?: string;
  /** Cluster name in the servers' remote_servers config. */
  cluster?: string;
  /** Rows per INSERT request. */
  batchSize?: number;
}

/** The events table's columns, in the order of {@link Event}'s fields. */
const COLUMNS = `id String, source_id String, date Date, source String, target String,
  source_agent Nullable(String), target_agent Nullable(String), code String, goldstein Float64, quad Int8,
  plover Nullable(String), sentence Nullable(String), start Nullable(Int32), \`end\` Nullable(Int32),
  rule Nullable(String), label Nullable(String), url Nullable(String), precision Nullable(String),
  modality Nullable(String), dated UInt8 DEFAULT 1, num_mentions Nullable(UInt32), num_sources Nullable(UInt32),
  num_articles Nullable(UInt32)`;

/** The columns an insert sends, in the order of {@link tsvRow}. */
const INSERT_COLUMNS = `id, source_id, date, dated, source, target, source_agent, target_agent, code, goldstein, quad, plover,
  sentence, start, \`end\`, rule, label, url, precision, modality, num_mentions, num_sources, num_articles`;

/** Columns added after the first layout, with their types: added to older tables on open. */
const ADDED = [
  ["precision", "Nullable(String)"],
  ["modality", "Nullable(String)"],
  ["dated", "UInt8 DEFAULT 1"],
  ["num_mentions", "Nullable(UInt32)"],
  ["num_sources", "Nullable(UInt32)"],
  ["num_articles", "Nullable(UInt32)"]
] as const;

/**
 * Event ids assigned to clusters, on the query node (small: one row per clustered report). Newer
 * rows (higher `v`) win; an empty cluster_id removes an event from its cluster.
 */
const CLUSTER_COLUMNS = `event_id String, cluster_id String, rule String, v UInt64`;

/** A ClickHouse string literal: quotes, backslashes and every control or non-ASCII-safe byte escaped. */
export function chString(value: string): string {
  let out = "'";
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    if (ch === "'" || ch === "\\") out += "\\" + ch;
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + "'";
}

/** An identifier (database or cluster name): letters, digits and underscores only. */
function identifier(name: string, what: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
    throw new Error(`Invalid ClickHouse ${what} "${name}": use letters, digits and _`);
  return name;
}

function dateLiteral(iso: string, what: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`Invalid ${what} date "${iso}": expected YYYY-MM-DD`);
  return `toDate('${iso}')`;
}

function count(n: number | undefined, fallback: number, what: string): number {
  const v = n ?? fallback;
  if (!Number.isSafeInteger(v) || v < 0) throw new Error(`Invalid ${what} "${String(n)}": expected a whole number ≥ 0`);
  return v;
}

/** The shard (0 … n-1) of a row by its source actor: FNV-1a of the code, so one actor's rows stay together. */
function shardOf(source: string, n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
  return (h >>> 0) % n;
}

/** A TabSeparated field: backslash, tab, line ends escaped; `\\N` for NULL. */
function tsv(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return "\\N";
  if (typeof v === "number") return String(v);
  return /[\\\t\n\r]/.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => TSV_ESCAPES[c]!) : v;
}
const TSV_ESCAPES: Record<string, string> = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"};

/** The TabSeparated line an insert sends for one event (columns of {@link INSERT_COLUMNS}). */
function tsvRow(e: Event): string {
  // Undated events (date unknown) are stored on 1970-01-01 with dated = 0; queries by date skip them.
  return [
    tsv(e.id),
    tsv(e.sourceId),
    e.date ?? "1970-01-01",
    e.date ? "1" : "0",
    tsv(e.source),
    tsv(e.target),
    tsv(e.sourceAgent),
    tsv(e.targetAgent),
    tsv(e.code),
    String(e.goldstein),
    String(e.quad),
    tsv(e.plover),
    tsv(e.sentence),
    tsv(e.start),
    tsv(e.end),
    tsv(e.rule),
    tsv(e.label),
    tsv(e.url),
    tsv(e.precision),
    tsv(e.modality),
    tsv(e.numMentions),
    tsv(e.numSources),
    tsv(e.numArticles)
  ].join("\t");
}

/** The same line for a GDELT row of a source (no Event object: the bulk path's hot loop). */
function gdeltTsvRow(r: GdeltRow, sourceId: string): string {
  const d = r.sqldate;
  const date = `${Math.floor(d / 10000)}-${String(Math.floor(d / 100) % 100).padStart(2, "0")}-${String(d % 100).padStart(2, "0")}`;
  return `gdelt:${r.id}\t${tsv(sourceId)}\t${date}\t1\t${tsv(r.source)}\t${tsv(r.target)}\t${tsv(r.sourceAgent)}\t${tsv(
    r.targetAgent
  )}\t${r.code}\t${r.goldstein}\t${r.quad}\t${tsv(r.plover)}\t\\N\t\\N\t\\N\tgdelt\t\\N\t${tsv(r.url)}\t\\N\t\\N\t${tsv(
    r.numMentions
  )}\t${tsv(r.numSources)}\t${tsv(r.numArticles)}`;
}

/** A stored row back to an event: an undated one loses its placeholder date. */
function fromRow(r: Record<string, unknown>): Event {
  return rowToEvent(Number(r.dated) === 0 ? {...r, date: null} : r);
}

/** The WHERE clause of {@link EventQuery} (same meaning as the DuckDB one in events.ts). */
function where(q: EventQuery): string {
  const parts: string[] = [];
  if (q.dyad) {
    const [a, b] = [chString(q.dyad[0]), chString(q.dyad[1])];
    parts.push(`((source = ${a} AND target = ${b}) OR (source = ${b} AND target = ${a}))`);
  }
  if (q.actor) parts.push(`(source = ${chString(q.actor)} OR target = ${chString(q.actor)})`);
  if (q.from) parts.push(`dated = 1 AND date >= ${dateLiteral(q.from, "from")}`);
  if (q.to) parts.push(`dated = 1 AND date <= ${dateLiteral(q.to, "to")}`);
  if (q.code) parts.push(`substring(code, 1, length(${chString(q.code)})) = ${chString(q.code)}`);
  if (q.sourceId) parts.push(`source_id = ${chString(q.sourceId)}`);
  return parts.length ? `WHERE ${parts.join(" AND ")}` : "";
}

export class ClickHouseEvents implements EventsPort {
  readonly engine = "clickhouse";
  readonly url: string;
  readonly shards: readonly string[];
  readonly database: string;
  private readonly batchSize: number;
  private clusterSeq = 0;
  /** Writes made through this port (seen by {@link version} at once). */
  private writes = 0;
  /** The shards' parts as last polled, and when. */
  private parts = "-";
  private polledAt = 0;
  private polling = false;

  private constructor(url: string, shards: readonly string[], database: string, batchSize: number) {
    this.url = url;
    this.shards = shards;
    this.database = database;
    this.batchSize = batchSize;
  }

  /** Connects and creates the database and tables on every shard if they are missing. */
  static async open(options: ClickHouseOptions): Promise<ClickHouseEvents> {
    const database = identifier(options.database ?? "default", "database");
    const cluster = identifier(options.cluster ?? "eco_two_shards", "cluster");
    const shards = options.shards?.length ? options.shards : [options.url];
    const store = new ClickHouseEvents(options.url, shards, database, options.batchSize ?? 100_000);
    for (const shard of shards) {
      await request(shard, `CREATE DATABASE IF NOT EXISTS ${database}`);
      await request(
        shard,
        `CREATE TABLE IF NOT EXISTS ${database}.events_local (${COLUMNS})
         ENGINE = MergeTree() PARTITION BY toYear(date) ORDER BY (source, target, date, id) SETTINGS index_granularity = 1024`
      );
      const have = new Set(
        (
          await request(
            shard,
            `SELECT name FROM system.columns WHERE database = '${database}' AND table = 'events_local'`
          )
        )
          .split("\n")
          .filter(Boolean)
      );
      for (const [name, type] of ADDED)
        if (!have.has(name)) {
          await request(shard, `ALTER TABLE ${database}.events_local ADD COLUMN ${name} ${type}`);
          await request(shard, `DROP TABLE IF EXISTS ${database}.events_dist`);
        }
      await request(
        shard,
        `CREATE TABLE IF NOT EXISTS ${database}.events_dist AS ${database}.events_local
         ENGINE = Distributed(${cluster}, ${database}, events_local, cityHash64(source))`
      );
    }
    await request(
      options.url,
      `CREATE TABLE IF NOT EXISTS ${database}.event_clusters (${CLUSTER_COLUMNS}) ENGINE = MergeTree() ORDER BY event_id`
    );
    return store;
  }

  async insertEvents(events: readonly Event[]): Promise<void> {
    for (let i = 0; i < events.length; i += this.batchSize)
      await this.insertTsv(events.slice(i, i + this.batchSize).map(tsvRow));
  }

  /**
   * The data's version: this port's own writes, and the active parts of the database on every shard (any
   * writer's insert, merge or mutation changes them), polled in the background at most once a second, so
   * a write by another process is seen within about a second.
   */
  version(): string {
    const now = Date.now();
    if (!this.polling && now - this.polledAt >= 1000) {
      this.polling = true;
      this.polledAt = now;
      const sql = `SELECT count() AS n, sum(rows) AS r, toString(max(modification_time)) AS t FROM system.parts
        WHERE database = ${chString(this.database)} AND active FORMAT TabSeparated`;
      Promise.all(this.shards.map((shard) => request(shard, sql)))
        .then((answers) => {
          this.parts = answers.map((a) => a.trim()).join("|");
        })
        .catch(() => {
          this.parts = `unreachable:${now}`;
        })
        .finally(() => {
          this.polling = false;
        });
    }
    return `${this.writes}:${this.parts}`;
  }

  /**
   * Sends TabSeparated lines (columns of INSERT_COLUMNS); they are on their shards when it resolves. With
   * several shards listed, the client places each row by a hash of its source actor and sends each shard its
   * rows straight to its `events_local`, all shards at once: every row is parsed once, by the shard that keeps
   * it, instead of by the first node and again by the shard it forwards it to (the Distributed table's path,
   * used when one node is listed). Reads go through `events_dist`, which sees every shard whatever placed the rows.
   */
  private async insertTsv(lines: readonly string[], sources?: readonly string[]): Promise<void> {
    if (lines.length === 0) return;
    this.writes++;
    if (this.shards.length === 1) {
      await request(this.url, lines.join("\n") + "\n", {
        query: `INSERT INTO ${this.database}.events_dist (${INSERT_COLUMNS}) FORMAT TabSeparated`,
        insert_distributed_sync: "1"
      });
      return;
    }
    const parts: string[][] = this.shards.map(() => []);
    lines.forEach((line, i) => {
      const source = sources ? sources[i]! : line.split("\t", 5)[4]!;
      parts[shardOf(source, parts.length)]!.push(line);
    });
    await Promise.all(
      parts.map((rows, k) =>
        rows.length === 0
          ? undefined
          : request(this.shards[k]!, rows.join("\n") + "\n", {
              query: `INSERT INTO ${this.database}.events_local (${INSERT_COLUMNS}) FORMAT TabSeparated`
            })
      )
    );
  }

  /**
   * The clusters of the event dimension, one row per vector and cluster with its key, earliest day,
   * reports, distinct documents, Goldstein sum and quad shares. Rule "dyad-day": all reports of a dyad on
   * one day (the key is the day); rule "reader": the reader's clusters as recorded by {@link putClusters}
   * (the key is the cluster id), a report in no cluster being a cluster of its own ("report:<id>"). Same
   * definitions as the embedded engine's.
   */
  private clusters(q: EventClusterQuery): string {
    const focal = chString(q.focal);
    const list = q.vectors.map(chString).join(", ");
    let cond = `((source = ${focal} AND target IN (${list})) OR (target = ${focal} AND source IN (${list}))) AND dated = 1`;
    if (q.from) cond += ` AND date >= ${dateLiteral(q.from, "from")}`;
    if (q.to) cond += ` AND date <= ${dateLiteral(q.to, "to")}`;
    const byDay = q.rule === "dyad-day";
    const key = byDay ? `toString(date)` : `if(cid = '', concat('report:', id), cid)`;
    const from = byDay
      ? `${this.database}.events_dist`
      : `${this.database}.events_dist GLOBAL ANY LEFT JOIN ${this.latestClusters()} USING id`;
    // GDELT's NumSources (the largest among a cluster's rows) and NumMentions (summed); 0 for other reports.
    return `SELECT vector, key, min(date) AS day, count() AS reports, uniqExact(doc) AS documents, sum(goldstein) AS gsum,
        max(ns) AS ns, sum(nm) AS nm,
        avg(quad = 1) AS q1, avg(quad = 2) AS q2, avg(quad = 3) AS q3, avg(quad = 4) AS q4
      FROM (SELECT if(source = ${focal}, target, source) AS vector, ${key} AS key, date, goldstein, quad,
          if(ifNull(url, '') = '', source_id, ifNull(url, '')) AS doc, ifNull(num_sources, 0) AS ns,
          ifNull(num_mentions, 0) AS nm
        FROM ${from} WHERE ${cond})
      GROUP BY vector, key`;
  }

  async eventMonths(q: EventClusterQuery): Promise<EventMonthRow[]> {
    if (q.vectors.length === 0) return [];
    if (!(q.mentionWeight >= 0)) throw new Error(`Invalid mention weight "${q.mentionWeight}": expected a number ≥ 0`);
    // The weight log2(1 + sources + μ · mentions): sources the distinct documents or GDELT's NumSources when
    // larger (the largest of the day's rows), mentions GDELT's NumMentions summed (0 for other reports).
    const mu = Number(q.mentionWeight);
    const rows = await this.select(
      `SELECT vector, toYYYYMM(day) AS month, count() AS n_clusters, sum(reports) AS n_reports, sum(documents) AS n_documents,
         sum(w) AS volume, sum(w * gsum / reports) AS tone_sum, sum(w * q1) AS s1, sum(w * q2) AS s2, sum(w * q3) AS s3,
         sum(w * q4) AS s4
       FROM (SELECT *, log2(1 + greatest(greatest(toFloat64(documents), toFloat64(ns)), 1) + ${mu} * toFloat64(nm)) AS w
             FROM (${this.clusters(q)}))
       GROUP BY vector, month ORDER BY month, vector`
    );
    return rows.map((r) => ({
      vector: String(r.vector),
      month: `${Math.floor(Number(r.month) / 100)}-${String(Number(r.month) % 100).padStart(2, "0")}`,
      clusters: Number(r.n_clusters),
      reports: Number(r.n_reports),
      documents: Number(r.n_documents),
      volume: Number(r.volume),
      toneSum: Number(r.tone_sum),
      quadSum: [Number(r.s1), Number(r.s2), Number(r.s3), Number(r.s4)]
    }));
  }

  async eventClusterList(q: EventClusterQuery, limit: number): Promise<{rows: ClusterListRow[]; total: number}> {
    if (q.vectors.length === 0) return {rows: [], total: 0};
    const n = count(limit, 500, "limit");
    const inner = this.clusters(q);
    const [t] = await this.select(`SELECT count() AS n FROM (${inner})`);
    const rows = await this.select(
      `SELECT vector, key, toString(day) AS date, reports, documents, gsum FROM (${inner}) ORDER BY day, vector, key LIMIT ${n}`
    );
    return {
      rows: rows.map((r) => ({
        key: String(r.key),
        vector: String(r.vector),
        date: String(r.date),
        reports: Number(r.reports),
        documents: Number(r.documents),
        goldsteinSum: Number(r.gsum)
      })),
      total: Number(t?.n ?? 0)
    };
  }

  async clusterMembers(key: string, q: {focal: string; vector: string; date: string}): Promise<string[]> {
    if (key.startsWith("report:")) return [key.slice("report:".length)];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(key)) {
      const members = await this.select(
        `SELECT id FROM ${this.latestClusters()} WHERE cid = ${chString(key)} ORDER BY id`
      );
      return members.map((r) => String(r.id));
    }
    const rows = await this.select(
      `SELECT id FROM ${this.database}.events_dist
       WHERE ((source = ${chString(q.focal)} AND target = ${chString(q.vector)}) OR (source = ${chString(q.vector)} AND target = ${chString(q.focal)}))
         AND date = ${dateLiteral(q.date, "date")} ORDER BY id`
    );
    return rows.map((r) => String(r.id));
  }

  async eventsByIds(ids: readonly string[]): Promise<Event[]> {
    if (ids.length === 0) return [];
    const rows = await this.select(
      `SELECT * FROM ${this.database}.events_dist WHERE id IN (${ids.map(chString).join(", ")}) ORDER BY date, id`
    );
    return rows.map(rowToEvent);
  }

  async latestEventDate(): Promise<string | undefined> {
    const [r] = await this.select(`SELECT count() AS n, toString(max(date)) AS d FROM ${this.database}.events_dist`);
    return r && Number(r.n) > 0 ? String(r.d) : undefined;
  }

  async countEvents(q: EventQuery = {}): Promise<number> {
    const rows = await this.select(`SELECT count() AS n FROM ${this.database}.events_dist ${where(q)}`);
    return Number(rows[0]?.n ?? 0);
  }

  async listEvents(q: EventQuery = {}): Promise<Event[]> {
    const limit = count(q.limit, 1000, "limit");
    const offset = count(q.offset, 0, "offset");
    const rows = await this.select(
      `SELECT * FROM ${this.database}.events_dist ${where(q)} ORDER BY dated DESC, date, id LIMIT ${offset}, ${limit}`
    );
    return rows.map(fromRow);
  }

  async relationsByMonth(q: RelationsQuery): Promise<RelationRow[]> {
    if (q.vectors.length === 0) return [];
    const focal = chString(q.focal);
    const list = q.vectors.map(chString).join(", ");
    let cond = `((source = ${focal} AND target IN (${list})) OR (target = ${focal} AND source IN (${list}))) AND dated = 1`;
    if (q.from) cond += ` AND date >= ${dateLiteral(q.from, "from")}`;
    if (q.to) cond += ` AND date <= ${dateLiteral(q.to, "to")}`;
    const rows = await this.select(
      `SELECT source, target, toYYYYMM(date) AS month, count() AS events,
         sum(goldstein) AS gsum, avg(goldstein) AS gmean,
         countIf(quad IN (1, 2)) AS coop, countIf(quad IN (3, 4)) AS conf
       FROM ${this.database}.events_dist WHERE ${cond}
       GROUP BY source, target, month ORDER BY month, source, target`
    );
    return rows.map((r) =>
      relationRow(r, `${Math.floor(Number(r.month) / 100)}-${String(Number(r.month) % 100).padStart(2, "0")}`)
    );
  }

  async deleteEventsOf(sourceId: string): Promise<void> {
    this.writes++;
    // No DELETE on a Distributed table and no mutations_sync in 18.16: mutate each shard, then wait.
    for (const shard of this.shards)
      await request(shard, `ALTER TABLE ${this.database}.events_local DELETE WHERE source_id = ${chString(sourceId)}`);
    for (const shard of this.shards) {
      const pending = `SELECT count() AS n FROM system.mutations
        WHERE database = ${chString(this.database)} AND table = 'events_local' AND is_done = 0`;
      for (let i = 0; ; ++i) {
        const rows = JSON.parse(
          `[${(await request(shard, `${pending} FORMAT JSONEachRow`)).trim().split("\n").join(",")}]`
        );
        if (Number(rows[0]?.n ?? 0) === 0) break;
        if (i >= 600)
          throw new Error(`ClickHouse: deleting the events of ${chString(sourceId)} did not finish within 60 s`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  /** (`range.exceptSources` is a hint this engine does not take: the caller drops those events by id.) */
  async clusterCandidates(
    dyads: readonly (readonly [string, string])[],
    range: {from: string; to: string; pad: number; exceptSources?: readonly string[]}
  ): Promise<Event[]> {
    if (dyads.length === 0) return [];
    const pad = count(range.pad, 0, "pad");
    const parts = dyads.map(([a, b]) => {
      const [x, y] = [chString(a), chString(b)];
      return `((source = ${x} AND target = ${y}) OR (source = ${y} AND target = ${x}))`;
    });
    const rows = await this.select(
      `SELECT * FROM ${this.database}.events_dist WHERE (${parts.join(" OR ")}) AND dated = 1
         AND date >= ${dateLiteral(range.from, "from")} - ${pad} AND date <= ${dateLiteral(range.to, "to")} + ${pad}
       ORDER BY date, id`
    );
    return rows.map(fromRow);
  }

  async putClusters(considered: readonly string[], clusters: readonly Cluster[]): Promise<void> {
    this.writes++;
    // Newer versions win: the removals get v, the memberships v + 1 (an event may be both).
    const v = Date.now() * 1000 + (this.clusterSeq = (this.clusterSeq + 2) % 1000);
    const rows = [
      ...considered.map((id) => ({event_id: id, cluster_id: "", rule: "", v})),
      ...clusters.flatMap((c) => c.events.map((id) => ({event_id: id, cluster_id: c.id, rule: c.rule, v: v + 1})))
    ];
    for (let i = 0; i < rows.length; i += this.batchSize)
      await request(
        this.url,
        rows
          .slice(i, i + this.batchSize)
          .map((r) => JSON.stringify(r))
          .join("\n"),
        {query: `INSERT INTO ${this.database}.event_clusters FORMAT JSONEachRow`}
      );
  }

  /** The latest cluster of every clustered event, as a subquery with columns id, cid, crule. */
  private latestClusters(): string {
    return `(SELECT event_id AS id, argMax(cluster_id, v) AS cid, argMax(rule, v) AS crule
      FROM ${this.database}.event_clusters GROUP BY event_id HAVING cid != '')`;
  }

  async listClusters(q: ClusterQuery = {}): Promise<Cluster[]> {
    const limit = count(q.limit, 1000, "limit");
    const rows = await this.select(
      `SELECT id, toString(date) AS day, source, target, code, source_id, cid, crule
       FROM ${this.database}.events_dist GLOBAL ANY INNER JOIN ${this.latestClusters()} USING id
       WHERE dated = 1 ORDER BY date, id`
    );
    const byCluster = new Map<string, Record<string, unknown>[]>();
    for (const r of rows) {
      const members = byCluster.get(String(r.cid)) ?? [];
      members.push(r);
      byCluster.set(String(r.cid), members);
    }
    const out: Cluster[] = [];
    for (const [id, members] of byCluster) {
      const matches = members.some(
        (m) =>
          (!q.actor || m.source === q.actor || m.target === q.actor) &&
          (!q.from || String(m.day) >= q.from) &&
          (!q.to || String(m.day) <= q.to)
      );
      if (!matches) continue;
      const first = members[0]!;
      out.push({
        id,
        source: String(first.source),
        target: String(first.target),
        root: String(first.code).slice(0, 2),
        from: String(first.day),
        to: String(members.at(-1)!.day),
        events: members.map((m) => String(m.id)),
        sources: [...new Set(members.map((m) => String(m.source_id)))].sort(),
        rule: String(first.crule ?? "")
      });
    }
    return out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.id < b.id ? -1 : 1)).slice(0, limit);
  }

  async clusterCounts(q: {
    focal: string;
    partners: readonly string[];
    from?: string;
    to?: string;
  }): Promise<ClusterCount[]> {
    if (q.partners.length === 0) return [];
    const focal = chString(q.focal);
    const list = q.partners.map(chString).join(", ");
    let cond = `((source = ${focal} AND target IN (${list})) OR (target = ${focal} AND source IN (${list}))) AND dated = 1`;
    if (q.from) cond += ` AND date >= ${dateLiteral(q.from, "from")}`;
    if (q.to) cond += ` AND date <= ${dateLiteral(q.to, "to")}`;
    const rows = await this.select(
      `SELECT source, target, toYYYYMM(date) AS month, count() AS events, uniqExact(if(cid = '', id, cid)) AS clusters
       FROM ${this.database}.events_dist GLOBAL ANY LEFT JOIN ${this.latestClusters()} USING id
       WHERE ${cond} GROUP BY source, target, month ORDER BY month, source, target`
    );
    return rows.map((r) => ({
      source: String(r.source),
      target: String(r.target),
      month: `${Math.floor(Number(r.month) / 100)}-${String(Number(r.month) % 100).padStart(2, "0")}`,
      events: Number(r.events),
      clusters: Number(r.clusters)
    }));
  }

  async aggregate(q: AggregateQuery): Promise<AggregateRow[]> {
    const where: string[] = ["dated = 1"];
    if (q.focal !== undefined) {
      const vectors = q.vectors ?? [];
      if (vectors.length === 0) return [];
      const focal = chString(q.focal);
      const list = vectors.map(chString).join(", ");
      where.push(`((source = ${focal} AND target IN (${list})) OR (target = ${focal} AND source IN (${list})))`);
    }
    if (q.from) where.push(`date >= ${dateLiteral(q.from, "from")}`);
    if (q.to) where.push(`date <= ${dateLiteral(q.to, "to")}`);
    const period = q.by === "year" ? "toYear(date)" : "toYYYYMM(date)";
    const rows = await this.select(
      `SELECT source, target, ${period} AS period, count() AS events, sum(goldstein) AS gsum,
         countIf(quad = 1) AS q1, countIf(quad = 2) AS q2, countIf(quad = 3) AS q3, countIf(quad = 4) AS q4,
         uniqExact(source_id) AS docs
       FROM ${this.database}.events_dist ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
       GROUP BY source, target, period ORDER BY period, source, target`
    );
    return rows.map((r) => {
      const p = Number(r.period);
      return aggregateRow(
        r,
        q.by === "year" ? String(p) : `${Math.floor(p / 100)}-${String(p % 100).padStart(2, "0")}`
      );
    });
  }

  async relationEvidence(q: {
    source: string;
    target: string;
    month: string;
    limit?: number;
  }): Promise<RelationEvidence[]> {
    if (!/^\d{4}-\d{2}$/.test(q.month)) throw new Error(`Invalid month "${q.month}": expected YYYY-MM`);
    const limit = count(q.limit, 50, "limit");
    const rows = await this.select(
      `SELECT id, toString(date) AS day, code, goldstein, quad, source_id, sentence, url
       FROM ${this.database}.events_dist
       WHERE source = ${chString(q.source)} AND target = ${chString(q.target)}
         AND dated = 1 AND toYYYYMM(date) = ${Number(q.month.replace("-", ""))}
       ORDER BY date, id LIMIT ${limit}`
    );
    return rows.map((r) => ({
      id: String(r.id),
      date: String(r.day),
      code: String(r.code),
      goldstein: Number(r.goldstein),
      quad: Number(r.quad),
      sourceId: String(r.source_id),
      sentence: r.sentence == null ? null : String(r.sentence),
      url: r.url == null ? null : String(r.url)
    }));
  }

  /**
   * A bulk load of GDELT rows: rows are buffered as TabSeparated lines and sent in blocks of `batchSize`
   * as they come (one request at a time); {@link GdeltLoad.finish} sends the rest and waits. Like the
   * embedded engine, a row whose event id (GLOBALEVENTID) is already stored, or repeated in the load, is
   * added once: each block leaves out the ids seen earlier in the load and those the table already holds
   * within the block's dates. ClickHouse has no transactions: a failed load is removed with
   * {@link deleteEventsOf} (only this source's rows: the ids left out belong to others).
   */
  async startGdeltLoad(sourceId: string): Promise<GdeltLoad> {
    let ids: string[] = [];
    let lines: string[] = [];
    let sources: string[] = [];
    let lo = Infinity;
    let hi = -Infinity;
    const seen = new Set<string>();
    let sent: Promise<void> = Promise.resolve();
    let failure: unknown;
    let n = 0;
    const flush = () => {
      const [batchIds, batchLines, batchSources, from, to] = [ids, lines, sources, lo, hi];
      ids = [];
      lines = [];
      sources = [];
      lo = Infinity;
      hi = -Infinity;
      if (batchIds.length === 0) return;
      sent = sent
        .then(async () => {
          const known = await this.storedIds(batchIds, from, to);
          const keep = (_: unknown, i: number) => !known.has(batchIds[i]!);
          const fresh = known.size ? batchLines.filter(keep) : batchLines;
          await this.insertTsv(fresh, known.size ? batchSources.filter(keep) : batchSources);
          n += fresh.length;
        })
        .catch((e) => {
          failure ??= e;
        });
    };
    return {
      append: (r) => {
        const id = `gdelt:${r.id}`;
        if (seen.has(id)) return;
        seen.add(id);
        ids.push(id);
        lines.push(gdeltTsvRow(r, sourceId));
        sources.push(r.source);
        if (r.sqldate < lo) lo = r.sqldate;
        if (r.sqldate > hi) hi = r.sqldate;
        if (lines.length >= this.batchSize) flush();
      },
      finish: async () => {
        flush();
        await sent;
        if (failure) throw failure;
        return n;
      },
      abort: async () => {
        // No transactions here: what was sent is deleted (after the requests in flight land).
        ids = [];
        lines = [];
        await sent;
        await this.deleteEventsOf(sourceId);
      }
    };
  }

  /** Which of these event ids are stored with a date between two SQLDATEs (YYYYMMDD integers). */
  private async storedIds(ids: readonly string[], from: number, to: number): Promise<Set<string>> {
    const day = (d: number) =>
      `toDate('${Math.floor(d / 10000)}-${String(Math.floor(d / 100) % 100).padStart(2, "0")}-${String(d % 100).padStart(2, "0")}')`;
    const text = await request(
      this.url,
      `SELECT id FROM ${this.database}.events_dist WHERE date >= ${day(from)} AND date <= ${day(to)}
         AND id IN (${ids.map(chString).join(",")}) FORMAT TabSeparated`,
      {max_query_size: String(64 + ids.reduce((a, id) => a + id.length + 4, 0) + 512)}
    );
    return new Set(text.split("\n").filter(Boolean));
  }

  async close(): Promise<void> {
    // HTTP: nothing held open.
  }

  private async select(sql: string): Promise<Record<string, unknown>[]> {
    const text = await request(this.url, `${sql} FORMAT JSONEachRow`, {output_format_json_quote_64bit_integers: "0"});
    return text
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

/** POSTs `body` (SQL, or data when `params.query` holds the statement) to a ClickHouse HTTP endpoint. */
async function request(url: string, body: string, params: Record<string, string> = {}): Promise<string> {
  const target = new URL(url);
  for (const [k, v] of Object.entries(params)) target.searchParams.set(k, v);
  let res: Response;
  for (let attempt = 0; ; attempt++) {
    try {
      res = await fetch(target, {method: "POST", body});
      break;
    } catch (e) {
      // A kept-alive socket the server has closed meanwhile (its keep_alive_timeout is short) fails on write
      // before the server read a request: nothing was done, so one retry on a fresh socket is safe.
      const code = String(((e as Error).cause as {code?: string} | undefined)?.code ?? "");
      if (attempt === 0 && /^(EPIPE|ECONNRESET|UND_ERR_SOCKET)$/.test(code)) continue;
      throw new Error(`Cannot reach ClickHouse at "${url}": ${String((e as Error).cause ?? (e as Error).message)}`);
    }
  }
  const text = await res.text();
  if (!res.ok) throw new Error(`ClickHouse at "${url}" answered ${res.status}: ${text.trim().split("\n")[0]}`);
  return text;
}

/**
 * ClickHouse options from a URL: `clickhouse://host:port[,host:port…][?database=…&cluster=…&batch=…]`.
 * The first host takes queries and inserts; every host listed is a shard (tables are created on each).
 * Ports are HTTP ports (8123 when absent).
 */
export function parseClickHouseUrl(url: string): ClickHouseOptions {
  const m = /^clickhouse:\/\/([^/?#]+)\/?(?:\?([^#]*))?$/.exec(url.trim());
  if (!m) throw new Error(`Invalid ClickHouse URL "${url}": expected clickhouse://host:port[,host:port…][?database=…]`);
  const hosts = m[1]!
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const shards = hosts.map((h) => {
    if (!/^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/.test(h))
      throw new Error(`Invalid ClickHouse host "${h}" in "${url}": expected host:port`);
    return `http://${/:\d+$/.test(h) ? h : `${h}:8123`}`;
  });
  const params = new URLSearchParams(m[2] ?? "");
  const known = new Set(["database", "cluster", "batch"]);
  for (const k of params.keys())
    if (!known.has(k))
      throw new Error(`Unknown ClickHouse URL parameter "${k}" in "${url}": use database, cluster or batch`);
  const batch = params.get("batch");
  return {
    url: shards[0]!,
    shards,
    ...(params.get("database") ? {database: params.get("database")!} : {}),
    ...(params.get("cluster") ? {cluster: params.get("cluster")!} : {}),
    ...(batch ? {batchSize: Number(batch)} : {})
  };
}
