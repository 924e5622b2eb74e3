/**
 * Knowledge packs: a directory of CSV files (actors, aliases, memberships, corridors, timeline,
 * indicators), each row citing its source, parsed and validated into domain types. Every problem in
 * every file is reported at once, as issues naming `file:line:column`.
 *
 * @module
 * @example
 * ```ts
 * import {loadPack, findActor, membersAt} from "../packs/index.js";
 * import {formatIssue} from "../domain/index.js";
 * const r = loadPack("packs/central-asia");
 * if (!r.ok) console.error(r.issues.map(formatIssue).join("\n"));
 * else {
 *   findActor(r.value, "the Kremlin")?.code; // "RUS"
 *   membersAt(r.value, "CSTO", {at: "2022-01-01"}).map((m) => m.actor); // ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]
 * }
 * ```
 */
export {parsePack, loadPack, PACK_COLUMNS, type ParsePackOptions} from "./load.js";
export {PACK_FILES, type Pack, type PackEvent, type PackFile, type PackMembership} from "./pack.js";
export {findActor, suggestActors, type FindActorOptions, type ActorSuggestion} from "./find-actor.js";
export {membersAt, type MembersAtOptions} from "./members.js";
export {parseCsv, type CsvCell, type CsvRecord, type CsvParse, type ParseCsvOptions} from "../domain/index.js";
