/**
 * The store's schema as an ordered list of migrations. A store records the highest version it
 * has applied; opening a store written by a newer version is refused.
 *
 * To change the schema, append a migration: never edit one that has shipped.
 */
export interface Migration {
  version: number;
  description: string;
  statements: readonly string[];
}

const CITE = `cite_source VARCHAR, cite_quote VARCHAR`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description:
      "Actors, memberships, corridors, sources, sentences, events, stances, claims, indicators, UN votes, simulations",
    statements: [
      `CREATE TABLE IF NOT EXISTS packs (name VARCHAR PRIMARY KEY, hash VARCHAR NOT NULL, loaded_at VARCHAR NOT NULL)`,
      `CREATE TABLE IF NOT EXISTS actors (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, kind VARCHAR NOT NULL,
        lat DOUBLE, lon DOUBLE, ${CITE})`,
      `CREATE TABLE IF NOT EXISTS aliases (code VARCHAR NOT NULL, alias VARCHAR NOT NULL, norm VARCHAR NOT NULL,
        lang VARCHAR NOT NULL, role VARCHAR NOT NULL, "from" VARCHAR, "to" VARCHAR, ${CITE})`,
      `CREATE INDEX IF NOT EXISTS aliases_norm ON aliases(norm)`,
      `CREATE TABLE IF NOT EXISTS memberships (id VARCHAR PRIMARY KEY, actor VARCHAR NOT NULL, org VARCHAR NOT NULL,
        role VARCHAR NOT NULL, "from" DATE NOT NULL, "to" DATE, ${CITE})`,
      `CREATE TABLE IF NOT EXISTS corridors (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, kind VARCHAR NOT NULL,
        states VARCHAR NOT NULL, sponsor VARCHAR, ${CITE})`,
      `CREATE TABLE IF NOT EXISTS sources (id VARCHAR PRIMARY KEY, hash VARCHAR NOT NULL UNIQUE, title VARCHAR,
        publisher VARCHAR, author VARCHAR, date DATE, origin VARCHAR NOT NULL, format VARCHAR NOT NULL, text VARCHAR,
        dropped VARCHAR, ingested_at VARCHAR NOT NULL)`,
      `CREATE TABLE IF NOT EXISTS sentences (source_id VARCHAR NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, text VARCHAR NOT NULL, PRIMARY KEY (source_id, idx))`,
      `CREATE TABLE IF NOT EXISTS events (id VARCHAR NOT NULL, source_id VARCHAR NOT NULL, date DATE NOT NULL,
        source VARCHAR NOT NULL, target VARCHAR NOT NULL, source_agent VARCHAR, target_agent VARCHAR,
        code VARCHAR NOT NULL, goldstein DOUBLE NOT NULL, quad TINYINT NOT NULL, plover VARCHAR, sentence VARCHAR,
        start INTEGER, "end" INTEGER, rule VARCHAR, label VARCHAR, url VARCHAR)`,
      `CREATE INDEX IF NOT EXISTS events_dyad ON events(source, target, date)`,
      `CREATE TABLE IF NOT EXISTS stances (id VARCHAR PRIMARY KEY, source_id VARCHAR NOT NULL, speaker VARCHAR NOT NULL,
        target VARCHAR NOT NULL, polarity DOUBLE NOT NULL, quote VARCHAR NOT NULL, start INTEGER, "end" INTEGER, rule VARCHAR)`,
      `CREATE TABLE IF NOT EXISTS claims (id VARCHAR PRIMARY KEY, source_id VARCHAR NOT NULL, speaker VARCHAR NOT NULL,
        affiliation VARCHAR, kind VARCHAR NOT NULL, quote VARCHAR NOT NULL, about VARCHAR NOT NULL, horizon VARCHAR,
        resolution VARCHAR, start INTEGER, "end" INTEGER, rule VARCHAR)`,
      `CREATE TABLE IF NOT EXISTS indicators (id VARCHAR PRIMARY KEY, actor VARCHAR NOT NULL, partner VARCHAR,
        year INTEGER NOT NULL, dimension VARCHAR NOT NULL, metric VARCHAR NOT NULL, value DOUBLE NOT NULL,
        unit VARCHAR NOT NULL, ${CITE})`,
      `CREATE INDEX IF NOT EXISTS indicators_dyad ON indicators(actor, partner, year)`,
      `CREATE TABLE IF NOT EXISTS un_rollcalls (rcid INTEGER PRIMARY KEY, session INTEGER, important BOOLEAN,
        date DATE, unres VARCHAR, amend BOOLEAN, para BOOLEAN, short VARCHAR, descr VARCHAR)`,
      `CREATE TABLE IF NOT EXISTS un_rollcall_issues (rcid INTEGER NOT NULL, short_name VARCHAR NOT NULL, issue VARCHAR NOT NULL)`,
      `CREATE TABLE IF NOT EXISTS un_votes (rcid INTEGER NOT NULL, country VARCHAR NOT NULL, vote TINYINT NOT NULL)`,
      `CREATE TABLE IF NOT EXISTS simulations (id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, created_at VARCHAR NOT NULL,
        input_hash VARCHAR, params VARCHAR, result VARCHAR)`
    ]
  },
  {
    version: 2,
    description:
      "Events: date precision (day, month, year, article, unknown) and modality (asserted, planned); undated events (date NULL); event clusters",
    statements: [
      // DuckDB cannot alter a column an index depends on: drop the dyad index, alter, build it again.
      `DROP INDEX IF EXISTS events_dyad`,
      `ALTER TABLE events ALTER COLUMN date DROP NOT NULL`,
      `ALTER TABLE events ADD COLUMN IF NOT EXISTS precision VARCHAR`,
      `ALTER TABLE events ADD COLUMN IF NOT EXISTS modality VARCHAR`,
      // The dyad index is built again by migration 5, in a transaction of its own: DuckDB 1.5 aborts the
      // process ("pure virtual method called") when CREATE INDEX follows ALTER COLUMN in one transaction
      // on a table that holds rows (every store seeded by version 1).
      // One row per clustered event: the cluster it belongs to (reports of one happening). Events alone in
      // their cluster have no row; a cluster's id is "c:" + its earliest member's id.
      `CREATE TABLE IF NOT EXISTS event_clusters (event_id VARCHAR PRIMARY KEY, cluster_id VARCHAR NOT NULL,
        rule VARCHAR)`,
      `CREATE INDEX IF NOT EXISTS event_clusters_cluster ON event_clusters(cluster_id)`
    ]
  },
  {
    version: 3,
    description: "Forecast registry: forecasts read from claims, with their resolution and its history",
    statements: [
      `CREATE TABLE IF NOT EXISTS forecasts (id VARCHAR PRIMARY KEY, claim_id VARCHAR NOT NULL, source_id VARCHAR NOT NULL,
        speaker VARCHAR NOT NULL, publisher VARCHAR, made VARCHAR, quote VARCHAR NOT NULL, actors VARCHAR NOT NULL,
        modality VARCHAR, probability DOUBLE, outcome VARCHAR NOT NULL, horizon VARCHAR, horizon_kind VARCHAR NOT NULL,
        status VARCHAR NOT NULL, resolution VARCHAR, history VARCHAR NOT NULL)`
    ]
  },
  {
    version: 4,
    description:
      "Figures read from documents (amounts with units, what, year, actors, provenance): indicator candidates; each sentence's why (rules that fired, reasons for what it did not give)",
    statements: [
      `CREATE TABLE IF NOT EXISTS figures (id VARCHAR PRIMARY KEY, source_id VARCHAR NOT NULL, value DOUBLE NOT NULL,
        unit VARCHAR NOT NULL, amount DOUBLE NOT NULL, what VARCHAR NOT NULL, year INTEGER, approximate BOOLEAN NOT NULL,
        actors VARCHAR NOT NULL, text VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        quote VARCHAR NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, rule VARCHAR NOT NULL)`,
      `CREATE INDEX IF NOT EXISTS figures_source ON figures(source_id)`,
      `ALTER TABLE sentences ADD COLUMN IF NOT EXISTS why VARCHAR`
    ]
  },
  {
    version: 5,
    description: "Events: the dyad index rebuilt after migration 2 altered the date column",
    statements: [`CREATE INDEX IF NOT EXISTS events_dyad ON events(source, target, date)`]
  },
  {
    version: 6,
    description:
      "Events: how widely GDELT saw each event reported (num_mentions, num_sources, num_articles); the dyad index dropped (kept up row by row, it limited bulk loads to ~15k rows/s, and no query used it: the focal queries scan with zonemaps)",
    statements: [
      `DROP INDEX IF EXISTS events_dyad`,
      `ALTER TABLE events ADD COLUMN IF NOT EXISTS num_mentions INTEGER`,
      `ALTER TABLE events ADD COLUMN IF NOT EXISTS num_sources INTEGER`,
      `ALTER TABLE events ADD COLUMN IF NOT EXISTS num_articles INTEGER`
    ]
  },
  {
    version: 7,
    description:
      "Sources: the precision of the publication date (day, month, year; NULL: a day, as every source stored before), the date being the first day of its month or year",
    statements: [`ALTER TABLE sources ADD COLUMN IF NOT EXISTS date_precision VARCHAR`]
  },
  {
    version: 8,
    description:
      "Figures: the outlook of a level still to come ('target', 'forecast'; NULL: a level that is or was, as every figure stored before)",
    statements: [`ALTER TABLE figures ADD COLUMN IF NOT EXISTS outlook VARCHAR`]
  }
];

/** The schema version this build writes and reads. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
