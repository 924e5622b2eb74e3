import {readdirSync, readFileSync, statSync} from "node:fs";
import {
  Actor,
  ActorCode,
  ActorKind,
  Alias,
  CameoCode,
  Dimension,
  MembershipRole,
  fail,
  ok,
  parseCsv,
  type Corridor,
  type Indicator,
  type Issue,
  type Result
} from "../domain/index.js";
import {PACK_FILES, type Pack, type PackEvent, type PackFile, type PackMembership} from "./pack.js";
import {RowReader, tableRows, type ColumnSpec, type KindOf, type Row} from "./_table.js";

/** The columns of each pack file, in their documented order. */
export const PACK_COLUMNS: Readonly<Record<PackFile, readonly ColumnSpec[]>> = {
  "actors.csv": cols("code,name,kind,lat?,lon?,source,quote"),
  "aliases.csv": cols("code,alias,lang?,role?,from?,to?,source,quote"),
  "memberships.csv": cols("id,actor,org,role,from,to?,source,quote"),
  "corridors.csv": cols("id,name,kind,states,sponsor?,source,quote"),
  "timeline.csv": cols("id,date,source_actor,target_actor,cameo,label,source,quote"),
  "indicators.csv": cols("id,actor,partner?,year,dimension,metric,value,unit,source,quote")
};

const CORRIDOR_KINDS = ["rail", "road", "multimodal", "pipeline", "sea"] as const;
const ORG_KINDS = ["organization", "bloc"] as const;
/** Files a pack directory may hold besides its CSVs. */
const IGNORED = /\.(md|txt)$|^\./;

function cols(spec: string): ColumnSpec[] {
  return spec.split(",").map((s) => (s.endsWith("?") ? {name: s.slice(0, -1), optional: true} : {name: s}));
}

/** Options for {@link parsePack}. */
export interface ParsePackOptions {
  /** The pack's directory as the user gave it ("packs/central-asia"); issues name files under it. */
  dir: string;
}

/**
 * Parses and validates a pack from its files' texts (file name → text). Pure: reads nothing.
 * Every problem in every file is reported at once, each with its file, line and column.
 *
 * @example
 * ```ts
 * const r = parsePack({"actors.csv": "code,name,kind,source,quote\nKAZ,Kazakhstan,state,ISO 3166,KAZ\n"}, {dir: "packs/x"});
 * if (r.ok) r.value.actors[0]?.name; // "Kazakhstan"
 * ```
 */
export function parsePack(files: Readonly<Record<string, string>>, {dir}: ParsePackOptions): Result<Pack> {
  const base = dir.replace(/[\\/]+$/, "");
  const path = (name: string) => (base === "" ? name : `${base}/${name}`);
  const issues: Issue[] = [];
  for (const name of Object.keys(files).sort()) {
    if (!(PACK_FILES as readonly string[]).includes(name) && !IGNORED.test(name)) {
      issues.push({
        code: "unknown_file",
        message: `Unknown file "${name}" in pack: expected one of ${PACK_FILES.join(", ")}`,
        file: path(name)
      });
    }
  }
  if (files["actors.csv"] === undefined) {
    issues.push({
      code: "missing_file",
      message: `Missing required file "actors.csv": a pack needs its actors`,
      file: base
    });
  }
  const rowsOf = (name: PackFile): Row[] => {
    const text = files[name];
    if (text === undefined) return [];
    const {records, issues: csvIssues} = parseCsv(text, {file: path(name)});
    issues.push(...csvIssues);
    return tableRows(records, PACK_COLUMNS[name], path(name), issues);
  };
  const kinds = new Map<string, string | undefined>();
  const actors = readActors(rowsOf("actors.csv"), kinds, issues);
  const kindOf = files["actors.csv"] === undefined ? undefined : kinds;
  readAliases(rowsOf("aliases.csv"), actors, kindOf, issues);
  const pack: Pack = {
    name: base.split(/[\\/]/).pop() ?? base,
    actors,
    memberships: readMemberships(rowsOf("memberships.csv"), kindOf, issues),
    corridors: readCorridors(rowsOf("corridors.csv"), kindOf, issues),
    timeline: readTimeline(rowsOf("timeline.csv"), kindOf, issues),
    indicators: readIndicators(rowsOf("indicators.csv"), kindOf, issues)
  };
  return issues.length > 0 ? fail(sortIssues(issues)) : ok(pack);
}

/**
 * Reads a pack directory with node:fs and parses it with {@link parsePack}. Dotfiles are skipped;
 * issues name files as `dir/name`, with `dir` exactly as given.
 */
export function loadPack(dir: string): Result<Pack> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => !n.startsWith(".") && statSync(`${dir}/${n}`).isFile());
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    return fail([{code: "missing_pack", message: `Cannot read pack directory "${dir}": ${reason}`, file: dir}]);
  }
  const files: Record<string, string> = {};
  for (const n of names) files[n] = readFileSync(`${dir}/${n}`, "utf8");
  return parsePack(files, {dir});
}

function sortIssues(issues: Issue[]): Issue[] {
  const order = (f: string | undefined) => {
    const k = PACK_FILES.findIndex((p) => f?.endsWith(`/${p}`) || f === p);
    return k < 0 ? -1 : k;
  };
  return issues
    .map((issue, k) => ({issue, k}))
    .sort(
      (a, b) =>
        order(a.issue.file) - order(b.issue.file) ||
        (a.issue.line ?? 0) - (b.issue.line ?? 0) ||
        (a.issue.column ?? 0) - (b.issue.column ?? 0) ||
        a.k - b.k
    )
    .map((x) => x.issue);
}

/** Reads actors.csv; fills `kinds` with every well-formed code, even on rows with other problems. */
function readActors(rows: Row[], kinds: Map<string, string | undefined>, issues: Issue[]): Actor[] {
  const seen = new Map<string, number>();
  const actors: Actor[] = [];
  for (const row of rows) {
    const r = new RowReader(row, issues);
    const code = r.check(
      "code",
      r.required("code"),
      (v) => ActorCode.safeParse(v).success,
      "an actor code such as KAZ, CSTO or C5+1"
    );
    r.unique("code", code, seen);
    const name = r.required("name");
    const kind = r.oneOf("kind", ActorKind.options);
    const lat = r.number("lat", {optional: true, min: -90, max: 90});
    const lon = r.number("lon", {optional: true, min: -180, max: 180});
    const citation = r.citation();
    if (code !== undefined && !kinds.has(code)) kinds.set(code, kind);
    if (code === undefined || name === undefined || kind === undefined || citation === undefined) continue;
    if (seen.get(code) !== row.line) continue;
    actors.push({
      code,
      name,
      kind,
      aliases: [],
      ...(lat !== undefined && {lat}),
      ...(lon !== undefined && {lon}),
      citation
    });
  }
  return actors;
}

function readAliases(rows: Row[], actors: Actor[], kindOf: KindOf | undefined, issues: Issue[]): void {
  const byCode = new Map(actors.map((a) => [a.code, a]));
  for (const row of rows) {
    const r = new RowReader(row, issues);
    const code = r.actor("code", r.required("code"), kindOf);
    const alias = r.required("alias");
    const lang = r.check(
      "lang",
      r.optional("lang"),
      (v) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v),
      "a language tag such as en, ru or kk"
    );
    const role = r.oneOf("role", Alias.shape.role.unwrap().options, {optional: true});
    const from = r.date("from", {optional: true});
    const to = r.date("to", {optional: true});
    r.period(from, to);
    const citation = r.citation();
    const actor = code === undefined ? undefined : byCode.get(code);
    if (actor === undefined || alias === undefined || citation === undefined) continue;
    actor.aliases.push({
      alias,
      lang: lang ?? "en",
      role: role ?? "name",
      ...(from !== undefined && {from}),
      ...(to !== undefined && {to})
    });
  }
}

function readMemberships(rows: Row[], kindOf: KindOf | undefined, issues: Issue[]): PackMembership[] {
  const seen = new Map<string, number>();
  const out: PackMembership[] = [];
  for (const row of rows) {
    const r = new RowReader(row, issues);
    const id = r.required("id");
    r.unique("id", id, seen);
    const actor = r.actor("actor", r.required("actor"), kindOf);
    const org = r.actor("org", r.required("org"), kindOf, ORG_KINDS);
    const role = r.oneOf("role", MembershipRole.options);
    const from = r.date("from");
    const to = r.date("to", {optional: true});
    r.period(from, to);
    const citation = r.citation();
    if (!id || !actor || !org || !role || !from || !citation || (r.optional("to") !== undefined && to === undefined))
      continue;
    if (to !== undefined && to <= from) continue;
    out.push({id, actor, org, role, from, ...(to !== undefined && {to}), citation});
  }
  return out;
}

function readCorridors(rows: Row[], kindOf: KindOf | undefined, issues: Issue[]): Corridor[] {
  const seen = new Map<string, number>();
  const out: Corridor[] = [];
  for (const row of rows) {
    const r = new RowReader(row, issues);
    const id = r.check(
      "id",
      r.required("id"),
      (v) => /^[a-z0-9-]+$/.test(v),
      "a kebab-case id such as middle-corridor"
    );
    r.unique("id", id, seen);
    const name = r.required("name");
    const kind = r.oneOf("kind", CORRIDOR_KINDS);
    let states = r.actors("states", kindOf);
    if (states !== undefined && states.length < 2) {
      r.check("states", states.join(";"), () => false, "at least two actor codes separated by semicolons");
      states = undefined;
    }
    const sponsor = r.actor("sponsor", r.optional("sponsor"), kindOf);
    const citation = r.citation();
    if (!id || !name || !kind || !states || !citation || (r.optional("sponsor") !== undefined && !sponsor)) continue;
    out.push({id, name, kind, states, ...(sponsor !== undefined && {sponsor}), citation});
  }
  return out;
}

function readTimeline(rows: Row[], kindOf: KindOf | undefined, issues: Issue[]): PackEvent[] {
  const seen = new Map<string, number>();
  const out: PackEvent[] = [];
  for (const row of rows) {
    const r = new RowReader(row, issues);
    const id = r.required("id");
    r.unique("id", id, seen);
    const date = r.date("date");
    const source = r.actor("source_actor", r.required("source_actor"), kindOf);
    const target = r.actor("target_actor", r.required("target_actor"), kindOf);
    const code = r.check(
      "cameo",
      r.required("cameo"),
      (v) => CameoCode.safeParse(v).success,
      "a CAMEO code such as 042 or 1931"
    );
    const label = r.required("label");
    const citation = r.citation();
    if (!id || !date || !source || !target || !code || !label || !citation) continue;
    out.push({id, date, source, target, code, label, citation});
  }
  return out;
}

function readIndicators(rows: Row[], kindOf: KindOf | undefined, issues: Issue[]): Indicator[] {
  const seen = new Map<string, number>();
  const out: Indicator[] = [];
  for (const row of rows) {
    const r = new RowReader(row, issues);
    const id = r.required("id");
    r.unique("id", id, seen);
    const actor = r.actor("actor", r.required("actor"), kindOf);
    const partner = r.actor("partner", r.optional("partner"), kindOf);
    const year = r.number("year", {integer: true, min: 1800, max: 2200});
    const dimension = r.oneOf("dimension", Dimension.options);
    const metric = r.required("metric");
    const value = r.number("value");
    const unit = r.required("unit");
    const citation = r.citation();
    if (!id || !actor || year === undefined || !dimension || !metric || value === undefined || !unit || !citation)
      continue;
    if (r.optional("partner") !== undefined && !partner) continue;
    out.push({id, actor, ...(partner !== undefined && {partner}), year, dimension, metric, value, unit, citation});
  }
  return out;
}
