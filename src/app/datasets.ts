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
import {gunzipSync} from "node:zlib";
import {parseCsv} from "../packs/index.js";
import {datasetHash, loadAtopCsv, loadCowIgoCsv, loadCowTradeCsv, recordDataset} from "../store/measures.js";
import {loadUnVotesCsv, type VoteColumns} from "../store/votes.js";
import type {Store} from "../store/index.js";
import {sha256} from "./hash.js";
import type {DatasetSeeder, SeedProgress} from "./init.js";

/** Where the datasets live (data/ in the project). Computed here, not taken from init.ts, which imports this file. */
export const DATA_DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), "..", ".."), "data");

/** Bump when a loader changes what it writes, so stores reload. */
const LOADER_VERSION = "1";

/** UN vote coding in the store: 1 yes, 2 abstain, 3 no (Voeten's coding). */
const VOTE_CODE: Record<string, number> = {yes: 1, abstain: 2, no: 3};

/** Dissolved states and the one entity without a code in the UN votes: ISO 3166-3 codes (and CoW's YAR). */
const FORMER_CODES: Record<string, string> = {CS: "CSK", YU: "YUG", DD: "DDR", YD: "YMD"};

/** Entities with no alpha-2 code in the UN votes: West Germany is Germany (DEU, the continuing state); the others take their Correlates of War abbreviations. */
const NAME_CODES: Record<string, string> = {"Federal Republic of Germany": "DEU", "Yemen Arab Republic": "YAR", Zanzibar: "ZAN"};

function read(rel: string): Buffer {
  return readFileSync(join(DATA_DIR, rel));
}

function text(rel: string): string {
  const bytes = read(rel);
  return (rel.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
}

function hashFiles(files: readonly string[]): string {
  return sha256(`${LOADER_VERSION}\n${files.map((f) => `${f}:${sha256(read(f))}`).join("\n")}`);
}

/** ISO 3166 alpha-2 → alpha-3 from data/crosswalks/country-codes.csv, plus the former states. */
export function iso2to3(): Map<string, string> {
  const {records} = parseCsv(text("crosswalks/country-codes.csv"));
  const header = records[0]!.cells.map((c) => c.value);
  const a2 = header.indexOf("ISO3166-1-Alpha-2");
  const a3 = header.indexOf("ISO3166-1-Alpha-3");
  const map = new Map<string, string>(Object.entries(FORMER_CODES));
  for (const r of records.slice(1)) {
    const k = r.cells[a2]?.value;
    const v = r.cells[a3]?.value;
    if (k && v) map.set(k, v);
  }
  return map;
}

function unquote(s: string): string {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s;
}

/** Parses un_votes.csv (rcid,"country","country_code","vote") into columns with ISO3 codes. */
export function parseUnVotes(csv: string, iso: ReadonlyMap<string, string>): VoteColumns {
  const lines = csv.split("\n");
  const n = lines.length;
  const rcid = new Int32Array(n);
  const vote = new Uint8Array(n);
  const country: string[] = new Array(n);
  let k = 0;
  for (let i = 1; i < n; ++i) {
    const line = lines[i]!.endsWith("\r") ? lines[i]!.slice(0, -1) : lines[i]!;
    if (line === "") continue;
    const c1 = line.indexOf(",");
    const c3 = line.lastIndexOf(",");
    const c2 = line.lastIndexOf(",", c3 - 1);
    const code = unquote(line.slice(c2 + 1, c3));
    const name = unquote(line.slice(c1 + 1, c2));
    const iso3 = code ? iso.get(code) : NAME_CODES[name];
    const v = VOTE_CODE[unquote(line.slice(c3 + 1))];
    if (!iso3) throw new Error(`parseUnVotes: no ISO 3166 alpha-3 code for "${code}" ("${name}") at line ${i + 1}`);
    if (v === undefined) throw new Error(`parseUnVotes: unknown vote at line ${i + 1}: ${line}`);
    rcid[k] = Number(line.slice(0, c1));
    country[k] = iso3;
    vote[k] = v;
    ++k;
  }
  country.length = k;
  return {rcid: rcid.subarray(0, k), country, vote: vote.subarray(0, k), length: k};
}

/** Rows of a small CSV as objects keyed by header. */
function rowsOf(csv: string): {line: number; get: (col: string) => string}[] {
  const {records} = parseCsv(csv);
  const header = records[0]!.cells.map((c) => c.value);
  return records.slice(1).map((r) => ({line: r.line, get: (col: string) => r.cells[header.indexOf(col)]?.value ?? ""}));
}

function bool(s: string): boolean | null {
  return s === "" || s === "NA" ? null : s === "1" || s.toUpperCase() === "TRUE";
}

function nullable(s: string): string | null {
  return s === "" || s === "NA" ? null : s;
}

const UNVOTES_FILES = ["unvotes/un_votes.csv.gz", "unvotes/un_roll_calls.csv.gz", "unvotes/un_roll_call_issues.csv", "crosswalks/country-codes.csv"];

/** Loads the UN General Assembly votes (870k votes, 6,203 roll calls, issue tags). */
export const seedUnVotes: DatasetSeeder = async (store, {now, onProgress}) => {
  const name = "unvotes";
  const hash = hashFiles(UNVOTES_FILES);
  if ((await datasetHash(store, name)) === hash) return {name, status: "unchanged", rows: 0};
  onProgress?.(`Loading dataset "${name}" (UN General Assembly votes)`);
  const [votes, rollCalls, issues, crosswalk] = UNVOTES_FILES.map((f) => join(DATA_DIR, f)) as [string, string, string, string];
  const rows = await store.transaction(async () => {
    const n = await loadUnVotesCsv(store, {votes, rollCalls, issues, crosswalk}, {extraCodes: FORMER_CODES, nameCodes: NAME_CODES});
    await recordDataset(store, name, hash, now);
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
  load: (store: Store, citeSource: string, files: {dyad: string; state: string; dyadLabel: string; stateLabel: string}) => Promise<number>
): DatasetSeeder {
  return async (store: Store, {now, onProgress}: {now: string; onProgress?: SeedProgress}) => {
    const hash = hashFiles(files);
    if ((await datasetHash(store, name)) === hash) return {name, status: "unchanged", rows: 0};
    onProgress?.(`Loading dataset "${name}" (${label})`);
    const [dyad, state] = files;
    const rows = await store.transaction(async () => {
      const n = await load(store, `dataset:${name}`, {dyad: join(DATA_DIR, dyad), state: join(DATA_DIR, state), dyadLabel: `data/${dyad}`, stateLabel: `data/${state}`});
      await recordDataset(store, name, hash, now);
      return n;
    });
    onProgress?.(`Loaded ${rows} indicators from "${name}"`);
    return {name, status: "loaded", rows};
  };
}

/** CoW Trade v4.0: dyadic trade (imports both ways) and each state's total trade, millions of current USD. */
export const seedCowTrade = indicatorSeeder("cow-trade", "Correlates of War trade v4.0", ["cow/trade-dyad.csv.gz", "cow/trade-state.csv"], loadCowTradeCsv);

/** CoW IGO v3: IGOs shared as full members per dyad and year, and each state's full memberships. */
export const seedCowIgo = indicatorSeeder("cow-igo", "Correlates of War IGO v3", ["igo/igo-dyad.csv.gz", "igo/igo-state.csv"], loadCowIgoCsv);

/** ATOP v5: alliance obligations per dyad and year (one row per obligation type), and each state's partners per type. */
export const seedAtop = indicatorSeeder("atop", "ATOP alliance obligations v5", ["atop/atop-dyad.csv.gz", "atop/atop-state.csv"], loadAtopCsv);

/** Every dataset seeder of the measures, in load order. */
export const MEASURE_SEEDERS: readonly DatasetSeeder[] = [seedUnVotes, seedCowTrade, seedCowIgo, seedAtop];
