/**
 * Loaders of the balance datasets in data/balance (issue 9): UN roll calls 2020–2024, UN ideal
 * points, national trade statistics, SIPRI arms deliveries, IMF direct-investment positions and UN
 * DESA migrant stocks. DuckDB reads the gzipped CSV files natively; each loader replaces what it
 * loaded before, so loading twice changes nothing.
 *
 * @module
 */
import type {DuckDB} from "./connection.js";
import {loadIndicatorsCsv} from "./measures.js";
import {readCsvSql} from "./votes.js";
import type {DataFile} from "../ports.js";

const num = (c: string) => `TRY_CAST(nullif(${c}, '') AS DOUBLE)`;

/**
 * Adds the roll calls of the Voeten 2024 file that the unvotes data lacks (their rcids are already
 * distinct: a reused rcid is stored + 1,000,000 by prepare.py), with issue tags and votes; replaces
 * any earlier load of the same roll calls (call inside a transaction, after the unvotes load).
 */
export async function loadUnVotes2024Csv(store: DuckDB, files: {rollCalls: string; votes: string}): Promise<number> {
  const rc = readCsvSql(files.rollCalls);
  await store.run(`CREATE OR REPLACE TEMP TABLE un_rc_2024 AS SELECT * FROM ${rc}`);
  try {
    for (const t of ["un_votes", "un_rollcall_issues", "un_rollcalls"])
      await store.run(`DELETE FROM ${t} WHERE rcid IN (SELECT rcid::INTEGER FROM un_rc_2024)`);
    await store.run(
      `INSERT INTO un_rollcalls SELECT rcid::INTEGER, NULL, NULL, date::DATE, NULL, NULL, NULL,
         'Voeten rcid ' || rcid_source, NULL FROM un_rc_2024`
    );
    const names: Record<string, string> = {
      me: "Palestinian conflict",
      nu: "Nuclear weapons and nuclear material",
      di: "Arms control and disarmament",
      hr: "Human rights",
      co: "Colonialism",
      ec: "Economic development"
    };
    for (const [tag, issue] of Object.entries(names))
      await store.run(
        `INSERT INTO un_rollcall_issues SELECT rcid::INTEGER, '${tag}', '${issue}' FROM un_rc_2024 WHERE ${tag} = '1'`
      );
    await store.run(
      `INSERT INTO un_votes SELECT rcid::INTEGER, country, vote::TINYINT FROM ${readCsvSql(files.votes)}
       WHERE rcid::INTEGER IN (SELECT rcid::INTEGER FROM un_rc_2024)`
    );
  } finally {
    await store.run(`DROP TABLE IF EXISTS un_rc_2024`);
  }
  const n = await store.all(
    `SELECT count(*)::INTEGER AS n FROM un_votes WHERE rcid IN (SELECT rcid FROM un_rollcalls WHERE date >= DATE '2020-01-15')`
  );
  return Number(n[0]?.n ?? 0);
}

/** UN ideal points: monadic "un_idealpoint" and "un_idealpoint_votes" per country and year. */
export async function loadIdealPointsCsv(store: DuckDB, citeSource: string, f: DataFile): Promise<number> {
  return loadIndicatorsCsv(store, citeSource, [
    {
      file: f.file,
      label: f.label,
      select: `'idealpoint:' || iso3 || '-' || year AS id, iso3 AS actor, NULL AS partner, year, 'political' AS dimension,
        'un_idealpoint' AS metric, ${num("idealpoint")} AS value, 'ideal point' AS unit, line`,
      where: `${num("idealpoint")} IS NOT NULL`
    },
    {
      file: f.file,
      label: f.label,
      select: `'idealpoint-n:' || iso3 || '-' || year AS id, iso3 AS actor, NULL AS partner, year, 'political' AS dimension,
        'un_idealpoint_votes' AS metric, ${num("nvotes")} AS value, 'votes' AS unit, line`,
      where: `${num("nvotes")} IS NOT NULL`
    }
  ]);
}

/**
 * National trade statistics (reporter-side, thousand US$): dyadic "trade" (exports + imports, USD
 * million) with the reporter as actor, and "trade_total" from each reporter's total row.
 */
export async function loadNationalTradeCsv(store: DuckDB, citeSource: string, f: DataFile): Promise<number> {
  const flow = `coalesce(${num("exports_kusd")}, 0) + coalesce(${num("imports_kusd")}, 0)`;
  return loadIndicatorsCsv(store, citeSource, [
    {
      file: f.file,
      label: f.label,
      select: `'ntrade:' || reporter_iso3 || '-' || partner_iso3 || '-' || year AS id, reporter_iso3 AS actor,
        partner_iso3 AS partner, year, 'economic' AS dimension, 'trade' AS metric, (${flow}) / 1000 AS value,
        'USD million' AS unit, line`,
      where: `partner_is_aggregate = '0' AND coalesce(partner_iso3, '') <> '' AND partner_iso3 <> reporter_iso3
        AND (${num("exports_kusd")} IS NOT NULL OR ${num("imports_kusd")} IS NOT NULL)`
    },
    {
      file: f.file,
      label: f.label,
      select: `'ntrade:' || reporter_iso3 || '-' || year AS id, reporter_iso3 AS actor, NULL AS partner, year,
        'economic' AS dimension, 'trade_total' AS metric, (${flow}) / 1000 AS value, 'USD million' AS unit, line`,
      where: `partner_is_aggregate = '1' AND (partner_name_source LIKE 'Всего%')`
    }
  ]);
}

/** SIPRI deliveries: dyadic "arms_tiv" with the supplier as actor and the recipient as partner (TIV million). */
export async function loadSipriCsv(store: DuckDB, citeSource: string, f: DataFile): Promise<number> {
  return loadIndicatorsCsv(store, citeSource, [
    {
      file: f.file,
      label: f.label,
      select: `'sipri:' || supplier || '-' || recipient || '-' || year AS id, supplier AS actor, recipient AS partner, year,
        'security' AS dimension, 'arms_tiv' AS metric, ${num("tiv")} AS value, 'TIV million' AS unit, line`,
      where: `${num("tiv")} >= 0`
    }
  ]);
}

/**
 * IMF direct-investment positions: "fdi_outward" (the reporter's position in the counterpart) and
 * "fdi_inward" (the counterpart's position in the reporter), USD million, the reporter as actor
 * (prepare.py keeps the reported figure, O, over the one derived from the counterpart, SCC).
 */
export async function loadImfDipCsv(store: DuckDB, citeSource: string, f: DataFile): Promise<number> {
  return loadIndicatorsCsv(store, citeSource, [
    {
      file: f.file,
      label: f.label,
      select: `'imf-dip:' || reporter || '-' || counterpart || '-' || year || '-' || direction AS id, reporter AS actor,
        counterpart AS partner, year, 'economic' AS dimension, 'fdi_' || direction AS metric, ${num("usd_million")} AS value,
        'USD million' AS unit, line`,
      where: `reporter <> counterpart AND ${num("usd_million")} IS NOT NULL`
    }
  ]);
}

/** UN DESA migrant stock: dyadic "migrant_stock" (people born in the partner living in the actor), census years. */
export async function loadMigrantsCsv(store: DuckDB, citeSource: string, f: DataFile): Promise<number> {
  return loadIndicatorsCsv(store, citeSource, [
    {
      file: f.file,
      label: f.label,
      select: `'undesa:' || destination || '-' || origin || '-' || year AS id, destination AS actor, origin AS partner, year,
        'economic' AS dimension, 'migrant_stock' AS metric, ${num("migrants")} AS value, 'people' AS unit, line`,
      where: `${num("migrants")} > 0`
    }
  ]);
}

/** The balance datasets by kind (IndicatorsPort.loadBalanceDataset). */
export const BALANCE_LOADERS = {
  "un-idealpoints": loadIdealPointsCsv,
  "national-trade": loadNationalTradeCsv,
  sipri: loadSipriCsv,
  "imf-dip": loadImfDipCsv,
  "undesa-migrants": loadMigrantsCsv
} as const;
