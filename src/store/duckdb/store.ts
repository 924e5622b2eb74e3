import type {EventsPort, Store} from "../ports.js";
import {allAliases, countActors, findActors, listActors, putActors} from "./actors.js";
import {DuckDB} from "./connection.js";
import {describeStoreTables} from "./describe.js";
import {listCorridors, putCorridors} from "./corridors.js";
import {DuckDBEvents} from "./events-port.js";
import {listForecastClaims, listForecasts, listStancesToward, putForecasts} from "./evidence.js";
import {putBulkSource, sourceByQuickKey, sourceFormat, sourceIdByHash, sourceIdsByHash} from "./gdelt.js";
import {deletePackIndicators, knowsCode, listIndicators, putIndicators} from "./indicators.js";
import {datasetHash, listTies, loadAtopCsv, loadCowIgoCsv, loadCowTradeCsv, recordDataset} from "./measures.js";
import {listMemberships, putMemberships} from "./memberships.js";
import {listPacks, packHash, recordPack, replacePackSource} from "./packs.js";
import {putSimulation} from "./simulations.js";
import {countFigures, listFigures} from "./figures.js";
import {
  countClaims,
  countSources,
  getSource,
  getSourceRow,
  listClaims,
  listSources,
  putSource,
  putSources
} from "./sources.js";
import {listRollCallIssues, listRollCalls, listVotes, loadUnVotesCsv} from "./votes.js";
import {BALANCE_LOADERS, loadUnVotes2024Csv} from "./balance-datasets.js";

const DATASET_LOADERS = {"cow-trade": loadCowTradeCsv, "cow-igo": loadCowIgoCsv, atop: loadAtopCsv} as const;

/**
 * The {@link Store} bundle over one embedded DuckDB file: every port answered by the file, except
 * the events port when another engine is given (`events`, e.g. ClickHouse).
 */
export function duckdbStore(db: DuckDB, options: {events?: EventsPort; eventsLocation?: string} = {}): Store {
  const events: EventsPort = options.events ?? new DuckDBEvents(db);
  /** The events port when events live in another engine. */
  const external = options.events;
  const store: Store = {
    path: db.path,
    eventsLocation: options.eventsLocation ?? "duckdb",
    events,
    catalog: {
      putActors: (a) => putActors(db, a),
      listActors: (q) => listActors(db, q),
      findActors: (q, o) => findActors(db, q, o),
      allAliases: () => allAliases(db),
      countActors: () => countActors(db),
      putMemberships: (m) => putMemberships(db, m),
      listMemberships: (q) => listMemberships(db, q),
      putCorridors: (c) => putCorridors(db, c),
      listCorridors: () => listCorridors(db),
      packHash: (name) => packHash(db, name),
      recordPack: (name, hash, now) => recordPack(db, name, hash, now),
      listPacks: () => listPacks(db)
    },
    documents: {
      putSource: (r, o) => putSource(db, r, o, external),
      putSources: (r, o) => putSources(db, r, o, external),
      listSources: async (q) => {
        const rows = await listSources(db, q);
        if (!external) return rows;
        // The events are elsewhere: count them there (one query per listed source; pages are bounded).
        for (const r of rows) r.events = await external.countEvents({sourceId: r.id});
        return rows;
      },
      getSource: (id) => getSource(db, id, external),
      getSourceRow: (id) => getSourceRow(db, id),
      listClaims: (q) => listClaims(db, q),
      countClaims: (q) => countClaims(db, q),
      listFigures: (q) => listFigures(db, q),
      countFigures: (q) => countFigures(db, q),
      countSources: () => countSources(db),
      sourceIdByHash: (hash) => sourceIdByHash(db, hash),
      sourceIdsByHash: (hashes) => sourceIdsByHash(db, hashes),
      sourceByQuickKey: (quick) => sourceByQuickKey(db, quick),
      sourceFormat: (id) => sourceFormat(db, id),
      putBulkSource: (s) => putBulkSource(db, s),
      replacePackSource: (s) => replacePackSource(db, s),
      listStancesToward: (targets) => listStancesToward(db, targets),
      listForecastClaims: () => listForecastClaims(db)
    },
    indicators: {
      putIndicators: (i) => putIndicators(db, i),
      listIndicators: (q) => listIndicators(db, q),
      deletePackIndicators: () => deletePackIndicators(db),
      listTies: (q) => listTies(db, q),
      knowsCode: (code) => knowsCode(db, code),
      datasetHash: (name) => datasetHash(db, name),
      recordDataset: (name, hash, now) => recordDataset(db, name, hash, now),
      loadDataset: (kind, citeSource, files) => DATASET_LOADERS[kind](db, citeSource, files),
      loadUnVotes: (files, codes) => loadUnVotesCsv(db, files, codes),
      loadBalanceDataset: (kind, citeSource, file) => BALANCE_LOADERS[kind](db, citeSource, file),
      loadUnVotes2024: (files) => loadUnVotes2024Csv(db, files),
      listVotes: (q) => listVotes(db, q),
      listRollCallIssues: (q) => listRollCallIssues(db, q),
      listRollCalls: (rcids) => listRollCalls(db, rcids)
    },
    simulations: {
      putSimulation: (run) => putSimulation(db, run)
    },
    forecasts: {
      putForecasts: (f) => putForecasts(db, f),
      listForecasts: (q) => listForecasts(db, q)
    },
    transaction: (fn) => db.transaction(fn),
    version: () => (events?.version ? `${db.writeCount}:${events.version()}` : String(db.writeCount)),
    schemaVersion: () => db.version(),
    describeTables: () => describeStoreTables(db),
    limitMemory: async (limit) => {
      const restore = String((await db.all(`SELECT current_setting('memory_limit') AS v`))[0]?.v ?? "");
      await db.run(`SET memory_limit = '${limit.replace(/'/g, "")}'`);
      return async () => {
        if (restore) await db.run(`SET memory_limit = '${restore.replace(/'/g, "")}'`);
      };
    },
    checkpoint: () => db.checkpoint(),
    close: () => {
      if (events !== undefined && !(events instanceof DuckDBEvents)) void events.close();
      db.close();
    }
  };
  CONNECTIONS.set(store, db);
  return store;
}

const CONNECTIONS = new WeakMap<Store, DuckDB>();

/**
 * The DuckDB connection behind a store bundle, for tests and benchmarks that check what is in the
 * file with SQL (never for src/app, which only sees the ports). Undefined for another engine.
 */
export function duckdbOf(store: Store): DuckDB | undefined {
  return CONNECTIONS.get(store);
}

/** Opens (creating and migrating if needed) the embedded store at `path` (":memory:" for a throwaway one). */
export async function openDuckDBStore(
  path: string,
  options: {events?: EventsPort; eventsLocation?: string} = {}
): Promise<Store> {
  return duckdbStore(await DuckDB.open(path), options);
}
