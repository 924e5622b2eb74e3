/**
 * The datasets `init` loads after the pack: UN General Assembly votes (Voeten et al.), Correlates of
 * War trade and IGO memberships, and ATOP alliance obligations, from data/. Each seeder is
 * idempotent: it records a hash of its files in the `packs` table under "dataset:<name>" and skips
 * the load when the hash is unchanged.
 *
 * @module
 */
import {readFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import type {BalanceDatasetKind, Store} from "../store/index.js";
import {sha256} from "./hash.js";
import type {DatasetSeeder, SeedProgress} from "./init.js";

/** Where the datasets live (data/ in the project). Computed here, not taken from init.ts, which imports this file. */
export const DATA_DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), "..", ".."), "data");

/** Bump when a loader changes what it writes, so stores reload. */
const LOADER_VERSION = "1";

/** Dissolved states and the one entity without a code in the UN votes: ISO 3166-3 codes (and CoW's YAR). */
const FORMER_CODES: Record<string, string> = {CS: "CSK", YU: "YUG", DD: "DDR", YD: "YMD"};

/** Entities with no alpha-2 code in the UN votes: West Germany is Germany (DEU, the continuing state); the others take their Correlates of War abbreviations. */
const NAME_CODES: Record<string, string> = {
  "Federal Republic of Germany": "DEU",
  "Yemen Arab Republic": "YAR",
  Zanzibar: "ZAN"
};

function read(rel: string): Buffer {
  return readFileSync(join(DATA_DIR, rel));
}

function hashFiles(files: readonly string[]): string {
  return sha256(`${LOADER_VERSION}\n${files.map((f) => `${f}:${sha256(read(f))}`).join("\n")}`);
}

const UNVOTES_FILES = [
  "unvotes/un_votes.csv.gz",
  "unvotes/un_roll_calls.csv.gz",
  "unvotes/un_roll_call_issues.csv",
  "crosswalks/country-codes.csv"
];

/** Loads the UN General Assembly votes (870k votes, 6,203 roll calls, issue tags). */
export const seedUnVotes: DatasetSeeder = async (store, {now, onProgress}) => {
  const name = "unvotes";
  const hash = hashFiles(UNVOTES_FILES);
  if ((await store.indicators.datasetHash(name)) === hash) return {name, status: "unchanged", rows: 0};
  onProgress?.(`Loading dataset "${name}" (UN General Assembly votes)`);
  const [votes, rollCalls, issues, crosswalk] = UNVOTES_FILES.map((f) => join(DATA_DIR, f)) as [
    string,
    string,
    string,
    string
  ];
  const rows = await store.transaction(async () => {
    const n = await store.indicators.loadUnVotes(
      {votes, rollCalls, issues, crosswalk},
      {extraCodes: FORMER_CODES, nameCodes: NAME_CODES}
    );
    await store.indicators.recordDataset(name, hash, now);
    return n;
  });
  onProgress?.(`Loaded ${rows} UN votes`);
  return {name, status: "loaded", rows};
};

/** A seeder of indicator rows from data files, under cite_source "dataset:<name>". */
function indicatorSeeder(
  name: string,
  label: string,
  files: readonly [string, string],
  kind: "cow-trade" | "cow-igo" | "atop"
): DatasetSeeder {
  return async (store: Store, {now, onProgress}: {now: string; onProgress?: SeedProgress}) => {
    const hash = hashFiles(files);
    if ((await store.indicators.datasetHash(name)) === hash) return {name, status: "unchanged", rows: 0};
    onProgress?.(`Loading dataset "${name}" (${label})`);
    const [dyad, state] = files;
    const rows = await store.transaction(async () => {
      const n = await store.indicators.loadDataset(kind, `dataset:${name}`, {
        dyad: join(DATA_DIR, dyad),
        state: join(DATA_DIR, state),
        dyadLabel: `data/${dyad}`,
        stateLabel: `data/${state}`
      });
      await store.indicators.recordDataset(name, hash, now);
      return n;
    });
    onProgress?.(`Loaded ${rows} indicators from "${name}"`);
    return {name, status: "loaded", rows};
  };
}

/** CoW Trade v4.0: dyadic trade (imports both ways) and each state's total trade, millions of current USD. */
export const seedCowTrade = indicatorSeeder(
  "cow-trade",
  "Correlates of War trade v4.0",
  ["cow/trade-dyad.csv.gz", "cow/trade-state.csv"],
  "cow-trade"
);

/** CoW IGO v3: IGOs shared as full members per dyad and year, and each state's full memberships. */
export const seedCowIgo = indicatorSeeder(
  "cow-igo",
  "Correlates of War IGO v3",
  ["igo/igo-dyad.csv.gz", "igo/igo-state.csv"],
  "cow-igo"
);

/** ATOP v5: alliance obligations per dyad and year (one row per obligation type), and each state's partners per type. */
export const seedAtop = indicatorSeeder(
  "atop",
  "ATOP alliance obligations v5",
  ["atop/atop-dyad.csv.gz", "atop/atop-state.csv"],
  "atop"
);

const UNVOTES_2024_FILES = ["balance/unga-rollcalls-2020-2024.csv.gz", "balance/unga-votes-2020-2024.csv.gz"];

/**
 * The UN roll calls of 2020 – June 2024 that the unvotes data lacks (Voeten 2024 file). Its hash
 * covers the unvotes files too, so that a reload of those (which replaces every vote) reloads these.
 */
export const seedUnVotes2024: DatasetSeeder = async (store, {now, onProgress}) => {
  const name = "unvotes-2024";
  const hash = hashFiles([...UNVOTES_FILES, ...UNVOTES_2024_FILES]);
  if ((await store.indicators.datasetHash(name)) === hash) return {name, status: "unchanged", rows: 0};
  onProgress?.(`Loading dataset "${name}" (UN General Assembly roll calls 2020–2024)`);
  const [rollCalls, votes] = UNVOTES_2024_FILES.map((f) => join(DATA_DIR, f)) as [string, string];
  const rows = await store.transaction(async () => {
    const n = await store.indicators.loadUnVotes2024({rollCalls, votes});
    await store.indicators.recordDataset(name, hash, now);
    return n;
  });
  onProgress?.(`Loaded ${rows} UN votes of 2020–2024`);
  return {name, status: "loaded", rows};
};

/** A seeder of indicator rows from one data file, under cite_source "dataset:<name>". */
function fileSeeder(name: BalanceDatasetKind, label: string, file: string): DatasetSeeder {
  return async (store, {now, onProgress}) => {
    const hash = hashFiles([file]);
    if ((await store.indicators.datasetHash(name)) === hash) return {name, status: "unchanged", rows: 0};
    onProgress?.(`Loading dataset "${name}" (${label})`);
    const rows = await store.transaction(async () => {
      const n = await store.indicators.loadBalanceDataset(name, `dataset:${name}`, {
        file: join(DATA_DIR, file),
        label: `data/${file}`
      });
      await store.indicators.recordDataset(name, hash, now);
      return n;
    });
    onProgress?.(`Loaded ${rows} indicators from "${name}"`);
    return {name, status: "loaded", rows};
  };
}

/** UN ideal points 1946–2024 (Bailey, Strezhnev & Voeten, July 2025 release). */
export const seedIdealPoints = fileSeeder(
  "un-idealpoints",
  "UN General Assembly ideal points",
  "balance/un-idealpoints.csv.gz"
);

/** Trade by partner from the national statistics of Kazakhstan (2018–2023), Kyrgyzstan (1994–2023) and Uzbekistan (2010–2023). */
export const seedNationalTrade = fileSeeder(
  "national-trade",
  "national trade statistics of KAZ, KGZ, UZB",
  "balance/ca_trade_by_partner_official.csv.gz"
);

/** SIPRI arms deliveries 2000–2023 (TIV per supplier, recipient and year). */
export const seedSipri = fileSeeder("sipri", "SIPRI arms transfers", "balance/sipri-tiv.csv.gz");

/** IMF direct-investment positions of CHN, DEU, JPN, SGP and USA, 2014–2024. */
export const seedImfDip = fileSeeder("imf-dip", "IMF direct investment positions", "balance/imf-dip.csv.gz");

/** UN DESA migrant stock by origin and destination, 1990–2019. */
export const seedMigrants = fileSeeder(
  "undesa-migrants",
  "UN DESA international migrant stock",
  "balance/undesa-migrants.csv.gz"
);

/** Every dataset seeder of the measures, in load order. */
export const MEASURE_SEEDERS: readonly DatasetSeeder[] = [
  seedUnVotes,
  seedUnVotes2024,
  seedCowTrade,
  seedCowIgo,
  seedAtop,
  seedIdealPoints,
  seedNationalTrade,
  seedSipri,
  seedImfDip,
  seedMigrants
];
