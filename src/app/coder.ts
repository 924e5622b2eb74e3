import {readFileSync} from "node:fs";
import {join} from "node:path";
import {deserialize, serialize} from "node:v8";
import type {Actor} from "../domain/index.js";
import {
  buildCoder,
  packActorEntries,
  parseCoderDictionaries,
  type ActorEntry,
  type Coder,
  type ParsedCoderDictionaries
} from "../read/index.js";
import {phraseRootKey, type PhraseEntry} from "../read/mentions.js";
import {cachedParse, coderCacheDir, readCached, writeCached} from "./coder-cache.js";
import {PROJECT_ROOT} from "./root.js";

/** The dictionary files of the default coder, relative to the project root. */
export const CODER_FILES = {
  actors: [
    "data/dictionaries/central-asia.actors.txt",
    "data/petrarch2/Phoenix.Countries.actors.txt",
    "data/petrarch2/Phoenix.International.actors.txt",
    "data/petrarch2/Phoenix.MilNonState.actors.txt"
  ],
  agents: "data/petrarch2/Phoenix.agents.txt",
  verbs: "data/petrarch2/CAMEO.2.0.txt",
  discards: "data/petrarch2/Phoenix.discards.txt"
} as const;

/** The article reader's supplement to CAMEO 2.0's verbs (verbs it lacks, such as "urge"); not for the yardsticks. */
export const EXTRA_VERBS_FILE = "data/dictionaries/central-asia.verbs.txt";

/** The PETRARCH validation dictionaries (fictional Middle-earth actors), for the unit-test yardstick. */
export const VALIDATION_FILES = {
  actors: ["data/petrarch2/PETR.Validate.actors.txt"],
  agents: "data/petrarch2/PETR.Validate.agents.txt",
  verbs: "data/petrarch2/PETR.Validate.verbs.txt",
  discards: "data/petrarch2/PETR.Validate.discards.txt"
} as const;

const cache = new Map<string, Coder>();

function read(rel: string, root: string): string {
  return readFileSync(join(root, rel), "utf8");
}

/** The dictionary files a coder is built from, relative to the project root. */
interface CoderFiles {
  readonly actors: readonly string[];
  readonly agents: string;
  readonly verbs: string;
  readonly extraVerbs?: string;
  readonly discards: string;
}

type CoderSettings = Omit<Parameters<typeof buildCoder>[0], "actors" | "agents" | "verbs" | "discards" | "files">;

/** The dictionaries of a coder as read from its files (texts and names). */
function dictionaries(files: CoderFiles, root: string, settings: CoderSettings) {
  return {
    actors: files.actors.map((f) => read(f, root)),
    agents: read(files.agents, root),
    verbs: read(files.verbs, root),
    ...(files.extraVerbs ? {extraVerbs: read(files.extraVerbs, root)} : {}),
    discards: read(files.discards, root),
    ...settings,
    files: {
      actors: [...files.actors],
      agents: files.agents,
      verbs: files.verbs,
      ...(files.extraVerbs ? {extraVerbs: files.extraVerbs} : {}),
      discards: files.discards
    }
  };
}

/** Reads the files, builds the coder once per cache key and keeps it (building takes about a second). */
function cachedCoder(
  key: string,
  files: CoderFiles,
  root: string,
  settings: CoderSettings,
  parsed?: ParsedCoderDictionaries
): Coder {
  const hit = cache.get(key);
  if (hit) return hit;
  // (with the files parsed already, their texts are not read again: the coder is built from the parse)
  const coder = buildCoder(parsed ? {actors: [], verbs: "", ...settings} : dictionaries(files, root, settings), parsed);
  cache.set(key, coder);
  return coder;
}

/** The default coder's dictionary files parsed ahead ({@link prepareDefaultCoder}), for the next one built. */
let prepared: {root: string; parsed: ParsedCoderDictionaries} | undefined;

/** The default coder's settings but its pack actors. */
const DEFAULT_SETTINGS = {happenedOnly: true} as const;

/**
 * Parses the default coder's dictionary files now (about 0.25 s; ~0.1 s from the parse cache in `cache`), for the
 * next {@link defaultCoder} built: a reader thread does it as it starts, while the calling thread opens the store and
 * reads its actors. Whatever is built, it is built from the same files as without this.
 */
export function prepareDefaultCoder(root: string = PROJECT_ROOT, cache: string | undefined = coderCacheDir()): void {
  if (prepared?.root === root) return;
  const dicts = dictionaries({...CODER_FILES, extraVerbs: EXTRA_VERBS_FILE}, root, DEFAULT_SETTINGS);
  // The parse kept on disk by an earlier process when it has the same inputs and code (coder-cache.ts), its phrase
  // entries by root key: a key's are deserialized when the coder's trie first asks for it.
  const inputs = {kept: KEPT_FORMAT, dicts};
  const kept = cache ? readCached<KeptParse>(cache, inputs) : undefined;
  if (kept && kept.bytes instanceof Uint8Array) prepared = {root, parsed: fromKept(kept)};
  else {
    const parsed = parseCoderDictionaries(dicts);
    if (cache) writeCached(cache, inputs, toKept(parsed));
    prepared = {root, parsed};
  }
}

/** What the parse cache holds of the default coder's parse (a change of the form is another key). */
const KEPT_FORMAT = "phrase entries by root key, each key serialized apart";

/**
 * A parse as the cache keeps it: the phrase entries grouped by their root key (mentions.ts phraseRootKey), in their
 * order within a key, each key's group serialized apart into `bytes` (`ends[i]`: the end of key i's); the entries of no
 * key (none in the dictionaries) as they are. Deserializing the 42,000 entries of the default coder at once took
 * ~0.18 s of a process's start and building their trie ~0.12 s; a text asks for a few hundred of the 18,500 keys.
 */
interface KeptParse extends Omit<ParsedCoderDictionaries, "later"> {
  keys: string[];
  ends: Uint32Array;
  bytes: Uint8Array;
}

function toKept(parsed: ParsedCoderDictionaries): KeptParse {
  const groups = new Map<string, PhraseEntry[]>();
  const keyless: PhraseEntry[] = [];
  for (const e of parsed.entries) {
    const key = phraseRootKey(e);
    const group = key === undefined ? keyless : groups.get(key);
    if (group) group.push(e);
    else groups.set(key!, [e]);
  }
  const parts = [...groups.values()].map((g) => serialize(g));
  const ends = new Uint32Array(parts.length);
  let end = 0;
  parts.forEach((p, i) => (ends[i] = end += p.length));
  const {later: _later, ...rest} = parsed;
  return {...rest, entries: keyless, keys: [...groups.keys()], ends, bytes: Buffer.concat(parts)};
}

function fromKept(kept: KeptParse): ParsedCoderDictionaries {
  const {keys, ends, bytes, ...rest} = kept;
  const at = new Map(keys.map((k, i) => [k, i]));
  return {
    ...rest,
    later: {
      keys,
      load: (key) => {
        const i = at.get(key)!;
        return deserialize(bytes.subarray(i === 0 ? 0 : ends[i - 1], ends[i])) as PhraseEntry[];
      }
    }
  };
}

/**
 * The coder for real articles: Phoenix actors + CAMEO 2.0 verbs + our Central Asia additions + the pack's
 * actors and aliases. Built once per set of pack actors and cached.
 */
export function defaultCoder(packActors: readonly Actor[] = [], root: string = PROJECT_ROOT): Coder {
  const key = defaultKey(packActors, root);
  const hit = cache.get(key);
  if (hit) return hit;
  // A parse made ahead serves one coder: its entries become that coder's.
  const parsed = prepared?.root === root ? prepared.parsed : undefined;
  if (parsed) prepared = undefined;
  return cachedCoder(
    key,
    {...CODER_FILES, extraVerbs: EXTRA_VERBS_FILE},
    root,
    {extraActors: [...packActors], packEntries: packEntries(packActors), ...DEFAULT_SETTINGS},
    parsed
  );
}

/** What the cache keeps of the pack's actors (another form is another key). */
const PACK_FORMAT = "pack actor entries";

/**
 * The pack actors' phrase entries (packActorEntries: names, aliases, their romanizations and spellings, dated names
 * merged), kept in the parse cache by what of the actors they are made from ({@link actorKey}) and the reader's code:
 * made anew they cost ~90 ms of a process's or a reader thread's start (257 actors, 3,337 entries; the tokenizer and
 * the transliterations run cold), deserialized ~4 ms (2026-12-07).
 */
export function packEntries(packActors: readonly Actor[], dir: string | undefined = coderCacheDir()): ActorEntry[] {
  return cachedParse(dir, {kept: PACK_FORMAT, actors: packActors.map(actorKey)}, () => packActorEntries(packActors));
}

/** The cache key of the default coder with these pack actors. */
function defaultKey(packActors: readonly Actor[], root: string): string {
  return `${root}\n${packActors.map(actorKey).join("\n")}`;
}

/**
 * {@link defaultCoder}, its dictionaries taken from the parse cache when it is built here ({@link prepareDefaultCoder}:
 * ~0.1 s against ~0.3–0.6 s of parsing the files), as a reader thread builds it: for a process that reads on its
 * own thread (a few documents, the server's reads).
 */
export function cachedDefaultCoder(packActors: readonly Actor[] = [], root: string = PROJECT_ROOT): Coder {
  if (!cache.has(defaultKey(packActors, root))) prepareDefaultCoder(root);
  return defaultCoder(packActors, root);
}

/**
 * What of an actor the coder reads (packActorEntries: code, name, kind, each alias with its role and period), as a
 * cache key: an alias renamed in place, with the count unchanged, is another coder.
 */
function actorKey(a: Actor): string {
  const aliases = a.aliases.map((al) => `${al.alias}|${al.role}|${al.from ?? ""}|${al.to ?? ""}`);
  return JSON.stringify([a.code, a.name, a.kind, aliases]);
}

/** The coder on the PETRARCH validation dictionaries, keeping PETRARCH's own codes (no mapping). */
export function validationCoder(root: string = PROJECT_ROOT): Coder {
  return cachedCoder(`validation\n${root}`, VALIDATION_FILES, root, {mapCodes: false, nullActors: true});
}

/**
 * The coder on the Phoenix dictionaries and CAMEO 2.0 alone, keeping Phoenix's codes (USAGOV, IGOUNO): the
 * setting the PLOVER and PETRARCH-2 gold standards were coded with.
 */
export function phoenixCoder(root: string = PROJECT_ROOT): Coder {
  const files = {...CODER_FILES, actors: CODER_FILES.actors.filter((f) => f.includes("Phoenix"))};
  return cachedCoder(`phoenix\n${root}`, files, root, {mapCodes: false, nullActors: true});
}

/** The yardstick files of the coder's evaluation, relative to the project root. */
export const YARDSTICK_FILES = {
  petrarch: "data/petrarch2/PETR.UnitTest.records.expected.jsonl",
  plover: "data/plover/PLOVER_GSR_CAMEO.txt",
  petr2gsr: "data/universalpetrarch/PETR2_GSR_validation.xml"
} as const;

/** Reads a yardstick file's text. */
export function readYardstick(name: keyof typeof YARDSTICK_FILES, root: string = PROJECT_ROOT): string {
  return read(YARDSTICK_FILES[name], root);
}
