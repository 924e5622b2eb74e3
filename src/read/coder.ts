/**
 * The event coder: PETRARCH-style CAMEO coding of one sentence, either from its Penn Treebank parse
 * (parse mode) or from raw text (our tokenizer, a light tagger and shallow parsing). Pure: dictionary
 * texts in, a {@link Coder} out.
 *
 * @module
 */
import {CUMULATIVE, RANKING} from "./totals.js";
import type {Actor, ActorMention, Event, Issue, QuadClass} from "../domain/index.js";
import {cameoInfo} from "./cameo.js";
import {codesOn, parseActorDictionary, type ActorEntry, type DatedCode} from "./dictionaries/actors.js";
import {byStart} from "./name-periods.js";
import {parseAgentDictionary, type AgentEntry} from "./dictionaries/agents.js";
import {findDiscard, parseDiscards, type DiscardEntry} from "./dictionaries/discards.js";
import {mergeVerbDictionary, parseVerbDictionary, type VerbDictionary} from "./dictionaries/verbs.js";
import {splitCode} from "./code-map.js";
import {buildPhraseIndex, findMentions, namesCurrency, type PhraseIndex, type TokenMention} from "./mentions.js";
import {isVerbTag, parseTree, type TreeNode} from "./parse-tree.js";
import {framesFromTree, LEADERS_OF, type SentenceContext} from "./code-parse.js";
import {framesFromText, sentenceGroups} from "./shallow.js";
import {canonicalClauses} from "./events-relative.js";
import {witnessedSignings} from "./events-witnessed.js";
import {alignWords, tokenize, type Token} from "./tokenize.js";
import {tagTokens} from "./tag.js";
import {createWordTable, type WordTable} from "./word-table.js";
import {insideInstitutionName} from "./institutions.js";
import {splitActorCompounds} from "./compounds.js";
import {
  agentOfLaterParticiple,
  agreedOccasion,
  notAnEvent,
  presentInTimeClause,
  presentScheduled,
  proposedGerund,
  proposedMeeting,
  standingSince
} from "./modality.js";
import {skippedByNegation, skippedByVerb} from "./modality-skipped.js";
import {otherClauseSide} from "./clause-sides.js";
import {findClauses, type Clause} from "./clauses.js";
import {transliterationVariants} from "./transliterate.js";
import {nounEvents} from "./nominal.js";
import {namesDate, resolveDate} from "./dates.js";
import {
  abstentions,
  flowChanges,
  inGroupPhrase,
  pledges,
  aidShipments,
  talksUnderWay,
  productions,
  measuredGoods,
  readLightVerb,
  refusedStatement,
  stays,
  gatherings
} from "./light-verbs.js";
import {protestNotes, signedPapers, tradeCurbs} from "./light-verbs-acts.js";

const REFUSAL = /^(REFUS|REJECT|DECLIN|FAIL|UNWILLING)/;
/** Words that place a meeting in a schedule: what is declared off with them is left out of a programme, not refused. */
const SCHEDULE_MARK =
  /\b(?:separate(?:ly)?|one-on-one|one-to-one|tete-a-tete|tête-à-tête|bilateral|on\s+the\s+(?:sidelines|margins)|this\s+time|on\s+this\s+(?:trip|visit|occasion|tour))\b/i;
/** Verbs of trade, the shares that make them a state of affairs, and verbs of ranking. */
const TRADE_VERB =
  /^(BUY|BUYS|BOUGHT|BUYING|PURCHASE|PURCHASES|PURCHASED|IMPORT|IMPORTS|IMPORTED|EXPORT|EXPORTS|EXPORTED|SELL|SELLS|SOLD|SUPPLY|SUPPLIES|SUPPLIED|TAKE|TAKES|TOOK|ACCOUNT|ACCOUNTS|ACCOUNTED)$/;
/**
 * Verbs a share makes a state of affairs: the trade verbs and "provide" ("provides 60% of …"); goods "provided" to a
 * state are aid or a supply, an act ("provided humanitarian goods worth $2 million to Afghanistan").
 */
const SHARE_VERB = /^(PROVIDE|PROVIDES|PROVIDED|PROVIDING)$/;
const SHARE = /^(\d+(?:[.,]\d+)?%|%|PERCENT|PER|BULK|MOST|HALF|THIRD|QUARTER|SHARE|MAJORITY|TWO-THIRDS|THIRDS)$/;
/** Flows of goods and money told in aggregate: "Kazakh exports to Russia rose …". */
const FLOW = /^(EXPORTS|IMPORTS|SHIPMENTS|SALES|PURCHASES|DELIVERIES|TURNOVER|REMITTANCES|EXPORT|IMPORT|TRADE)$/;
/** Verbs telling how a figure changed or what it came to. */
const CHANGE =
  /^(ROSE|RISEN|RISE|RISES|FELL|FALLEN|FALL|FALLS|GREW|GROWN|GROW|GROWS|INCREASED|DECREASED|DECLINED|DROPPED|DOUBLED|TRIPLED|HALVED|JUMPED|SURGED|SLUMPED|PLUNGED|SOARED|CLIMBED|SHRANK|CONTRACTED|EXPANDED|REACHED|TOTALLED|TOTALED|AMOUNTED|EXCEEDED|TOPPED|STOOD)$/;
/** Verbs of trade whose measured goods over a year are a year's total: "supplied 3.8 billion cubic metres in 2023". */
const YEAR_TRADE_VERB =
  /^(SUPPLIED|SUPPLIES|SUPPLY|EXPORTED|EXPORTS|SOLD|SELLS|SHIPPED|SHIPS|DELIVERED|DELIVERS|PUMPED|TRANSPORTED|BOUGHT|BUYS|IMPORTED|IMPORTS|PURCHASED|HANDLED|MOVED|CARRIED)$/;
/** Goods in aggregate: "bought Kazakh goods worth $11.9 billion" is a trade figure. */
const GOODS = /^(GOODS|PRODUCTS|COMMODITIES|EXPORTS|IMPORTS|MERCHANDISE)$/;
/** Gerunds of what one undergoes, not does: "after facing weeks of assaults", "after suffering losses". */
/** Time subordinators whose gerund clause is an act of the main verb's subject ("after hosting X", "while visiting X"). */
const SEQUEL_SUBORDINATOR = /^(AFTER|BEFORE|FOLLOWING|UPON|WHILE|WHEN|SINCE|ONCE|UNTIL)$/;
/** Gerunds of perceiving and studying (English's common verbs of them): what they take is no act toward its author. */
const PERCEIVING =
  /^(HEARING|WATCHING|SEEING|STUDYING|READING|REVIEWING|CONSIDERING|NOTING|EXAMINING|OBSERVING|LEARNING|VIEWING|ANALYSING|ANALYZING|ASSESSING|EVALUATING|NOTICING)$/;
/** English verbs of looking into a matter (study, consider, explore …): agreed to, they tell an intent, no act. */
const STUDY_VERB = /^(STUDY|CONSIDER|EXPLORE|EXAMINE|ASSESS|REVIEW|ANALYSE|ANALYZE|EVALUATE|LOOK|WEIGH)$/;
const UNDERGOING =
  /^(FACING|SUFFERING|ENDURING|UNDERGOING|SEEING|EXPERIENCING|WITNESSING|RECEIVING|LOSING|SUSTAINING|ABSORBING|WEATHERING)$/;
/** Heads of a military noun phrase after an actor's adjective: "Armenian forces", "Tajik patrols", "Russian assaults". */
const MILITARY_HEAD =
  /^(FORCES|TROOPS|PATROLS?|SOLDIERS|UNITS|POSITIONS|ASSAULTS?|ATTACKS?|SHELLING|FIRE|GUARDS|BORDER|ARMY|MILITARY|TANKS|DRONES|WARSHIPS|JETS|FIGHTERS|MILITANTS|REBELS|OFFENSIVES?)$/;
/** Verbs of needing: a state, never an act of demanding. */
const NEED = /^(NEED|NEEDS|NEEDED|NEEDING|NECESSITATE|NECESSITATES|NECESSITATED|NECESSITATING)$/;
/** Governors of a wish: coded only through the act they govern. */
const DESIRE =
  /^(HOPE|HOPES|HOPED|HOPING|WANT|WANTS|WANTED|WANTING|WISH|WISHES|WISHED|SEEK|SEEKS|SOUGHT|SEEKING|AIM|AIMS|AIMED|AIMING)$/;
import {matchVerb, pastForm, sentenceWords, verbFormsAt, type ActorRef} from "./verbs.js";

/** A coded event: who did what to whom in one sentence, and the rule that fired. */
export type CodedEvent = Pick<Event, "source" | "target" | "code" | "goldstein" | "quad"> &
  Partial<Pick<Event, "sourceAgent" | "targetAgent" | "plover" | "start" | "end">> & {
    /** The verb pattern (or the verb block's default) that fired. */
    rule: string;
    /** "planned": the verb is read as intended, announced or invited (will sign, agreed to visit), not done. */
    modality?: "planned";
  };

/** An actor or agent phrase found in the sentence. */
export type Mention = ActorMention;

/** The dictionaries a coder is built from (texts, as read from the files). */
export interface CoderDictionaries {
  /** Actor dictionary texts (Phoenix.Countries.actors.txt …). */
  actors: string[];
  agents?: string;
  verbs: string;
  /** A supplement to the verb dictionary, same format (blocks named as the dictionary's add to them). */
  extraVerbs?: string;
  discards?: string;
  /** Pack actors: their names and aliases become actor phrases (leaders' aliases carry GOV and their dates). */
  extraActors?: Actor[];
  /** File names for issues, in the order: actors…, agents, verbs, discards. */
  files?: {actors?: string[]; agents?: string; verbs?: string; extraVerbs?: string; discards?: string};
  /** Map dictionary codes to our codes (default: {@link splitCode}); identity keeps PETRARCH's codes. */
  mapCodes?: boolean;
  /** Code an agent found without an actor as PETRARCH's null actor, "---" (---GOV, ---COP). Default false. */
  nullActors?: boolean;
  /** Raw-text mode's tokenizer and tagger (default: {@link tokenize} + the light {@link tagTokens}). */
  tagger?: (text: string) => {tokens: Token[]; tags: string[]};
  /**
   * Raw text: code only acts that happened or were announced (src/read/modality.ts: no questions,
   * hypotheticals, negations, opinions, habits or goals), no self-dyads, actors only as proper nouns ("us" is not
   * the US) and not inside an institution's name. On for the article reader (the default coder); off for the
   * sentence yardsticks, whose gold codes such sentences in PETRARCH's way (docs/reading.md gives both figures).
   */
  happenedOnly?: boolean;
}

/** Options of {@link Coder.codeSentence}. */
export interface CodeOptions {
  /** YYYY-MM-DD: picks dated codes (leaders in office). Absent for an undated sentence: undated codes only. */
  date?: string;
  /** A Penn Treebank parse of the sentence: switches to parse mode. */
  parse?: string;
  /**
   * The sentence as written names a time of its own though this text does not: a copy rewritten for anaphora
   * that left out the clause holding the date ("X, who arrived on Sunday, held talks with Y").
   */
  timed?: boolean;
  /**
   * The sentence tells past acts in the present (a chronology's dated entry: "14 May – X visits Y and signs …"):
   * the article reader reads its present-tense verbs as past ones.
   */
  historicPresent?: boolean;
  /** The text is a clause said the plain way by the coder itself (src/read/events-relative.ts): not again. */
  canonical?: boolean;
}

/** A verb the coder found but did not code as an event, and why (the per-sentence "why"). */
export interface DroppedFrame {
  /** The code it would have had. */
  code?: string;
  /** question, hypothetical, negation, opinion, generic (src/read/modality.ts), self-dyad, list. */
  reason: string;
  /** The verb pattern that matched. */
  rule?: string;
}

/** What coding a sentence gives. */
export interface CodedSentence {
  events: CodedEvent[];
  mentions: Mention[];
  warnings: Issue[];
  /** Verbs read but not coded as events (raw-text mode), with the reason. */
  dropped: DroppedFrame[];
}

/** A built coder. */
export interface Coder {
  codeSentence(text: string, options: CodeOptions): CodedSentence;
  /** Problems met while reading the dictionaries. */
  readonly issues: Issue[];
  /** Entry counts, for reports. */
  readonly counts: {actors: number; agents: number; verbs: number; patterns: number; discards: number};
}

/** The coder's internals shared by the parse-mode and raw-text front ends. */
export interface CoderCore {
  index: PhraseIndex;
  verbs: VerbDictionary;
  discards: DiscardEntry[];
  /** Codes of the pack's regions (kind "region"): named places, which act only as "the West" or "Central Asian states". */
  regions?: ReadonlySet<string>;
  /** The word table over these dictionaries, made when first needed. */
  words?: WordTable;
}

/** A verb occurrence with its subject and object, ready to code. */
export interface Frame {
  /** Token span of the verb (with particles). */
  first: number;
  last: number;
  form: import("./dictionaries/verbs.js").VerbForm;
  subject: ActorRef[];
  object: ActorRef[];
  preStart: number;
  postEnd: number;
  passive: boolean;
  /**
   * Raw-text mode's reading of the verb's mood: "intent" (will, agreed to, ready to …: cooperation becomes
   * intent to cooperate, force becomes a threat), "negated" (will not, refused to: cooperation is rejected).
   */
  mood?: "intent" | "negated" | "threat";
  /** A governing verb (agree to, refuse to) whose meaning passed to the verb it governs: not coded itself … */
  skip?: boolean;
  /** … unless the governed verb gives no code: then the governor is coded, in this mood. */
  governs?: Frame;
  /** The governing verb's first token ("agreed" in "agreed last week to expand"): where the verb's subject ends. */
  anchor?: number;
  /** The subject phrase's last token ("Japarov" in "Tajikistan and Kyrgyz President Sadyr Japarov agreed"). */
  subjectEnd?: number;
  /** The object is the verb before's, taken by a coordinated verb whose own clause names no actor (shallow.ts). */
  sharedObject?: boolean;
  ownMood?: "intent" | "negated" | "threat";
}

/**
 * The code of a verb read in a mood. Intent: 04 → 036, 05 → 032, 06 → 031, 07 → 033, 08 → 035, 15–20 → 138
 * (threaten with force), 16–17 → 130; negated: 03–08 → 120 (reject); threat (threatened to …): 18–20 →
 * 138, anything else → 130.
 */
export function codeInMood(code: string, mood: Frame["mood"]): string {
  if (!mood) return code;
  const root = Number(code.slice(0, 2));
  if (mood === "threat") return root >= 18 ? "138" : root === 13 ? code : "130";
  if (mood === "negated") return root >= 3 && root <= 8 ? "120" : code;
  const intent: Record<number, string> = {
    4: "036",
    5: "032",
    6: "031",
    7: "033",
    8: "035",
    15: "138",
    16: "130",
    17: "130",
    18: "138",
    19: "138",
    20: "138"
  };
  return intent[root] ?? code;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Geographic nouns an adjective of a state may name a place with ("the Turkish coast"); not "side" or "region". */
const PLACE_NOUN =
  /^(COAST|COASTS|COASTLINE|SHORE|SHORES|PORT|PORTS|CITY|CITIES|TOWN|TOWNS|VILLAGE|VILLAGES|PROVINCE|OBLAST|STEPPE|STEPPES|MOUNTAINS|DESERT|LAKE|RIVER|SEAPORT|HINTERLAND)$/;
/** A state's adjective as written ("Turkish", "Russian", "Kazakh", "Chinese"), not a name in -stan. */
const PLACE_ADJECTIVE = /^(?!.*stan$)\p{Lu}\p{Ll}+(?:ian|ese|ish|ean|ek|akh|yz|men|ic|an|ani|ali|eli|aqi|ati|i)$/u;

/**
 * Turns pack actors into actor-dictionary entries: names and aliases; leaders carry GOV within their dates
 * (ELI outside them), seats of government carry GOV.
 */
export function packActorEntries(actors: readonly Actor[]): ActorEntry[] {
  const out: ActorEntry[] = [];
  for (const a of actors) {
    const add = (phrase: string, code: DatedCode) => {
      const words = tokenize(phrase).map((t) => t.text.toUpperCase());
      if (words.length === 0) return;
      const capitalized = /^\p{Lu}/u.test(phrase.trim());
      const allCaps = /^[A-Z][A-Z0-9+&]{1,5}$/.test(phrase.trim());
      out.push({
        words,
        exact: words.map(() => true),
        codes: [code],
        entry: `${a.code}: ${phrase}`,
        kind: "actor",
        ...(capitalized ? {capitalized} : {}),
        ...(allCaps ? {allCaps} : {})
      });
    };
    add(a.name, {code: a.code});
    // Other romanizations of the names: "Toqayev" for "Tokayev", "Aqorda" for "Akorda".
    for (const v of transliterationVariants(a.name)) add(v, {code: a.code});
    if (/^[A-Z0-9+]{2,}$/.test(a.code) && a.code.length > 3) add(a.code, {code: a.code});
    for (const al of a.aliases) {
      // A leader in office and a seat of government (the Kremlin, Akorda) stand for the government.
      const agent = al.role === "leader" || al.role === "seat" ? "GOV" : undefined;
      const dated = al.from || al.to;
      add(al.alias, {
        code: agent ? `${a.code}~${agent}` : a.code,
        ...(al.from ? {from: al.from} : {}),
        ...(al.to ? {to: al.to} : {})
      });
      // Outside its period a leader's name still names the state, as an elite (ELI) rather than the government.
      if (dated) out.at(-1)?.codes.push({code: agent ? `${a.code}~ELI` : a.code});
      const entry = out.at(-1);
      if (entry)
        for (const v of transliterationVariants(al.alias)) {
          add(v, entry.codes[0]!);
          const added = out.at(-1);
          if (added && added !== entry) added.codes = [...entry.codes];
        }
    }
  }
  // An abbreviation also listed as written in lower case ("Nato" beside "NATO") matches either way.
  const loose = new Set(out.filter((e) => !e.allCaps).map((e) => e.words.join(" ")));
  for (const e of out) if (e.allCaps && loose.has(e.words.join(" "))) delete e.allCaps;
  return mergeDatedNames(out);
}

/**
 * Entries with the same words and each with a period ("António Costa": Portugal until 2024, the EU after; "Trump"
 * twice) become one entry whose codes give, on a date, the actor of {@link periodOn}: in office, the government
 * (or the name's code); after or between its periods, the last actor as an elite (a former office holder); before
 * them, the first; undated, the latest. Otherwise the first entry of a phrase wins, as before.
 */
function mergeDatedNames(entries: ActorEntry[]): ActorEntry[] {
  const groups = new Map<string, ActorEntry[]>();
  for (const e of entries) {
    const key = `${e.capitalized ? "^" : ""}${e.words.join(" ")}`;
    const g = groups.get(key);
    if (g) g.push(e);
    else groups.set(key, [e]);
  }
  const drop = new Set<ActorEntry>();
  for (const group of groups.values()) {
    if (group.length < 2 || !group.every((e) => e.codes[0]?.from || e.codes[0]?.to)) continue;
    const periods = byStart(
      group.map((e) => {
        const held = e.codes[0]!;
        const after = e.codes.find((c) => !c.from && !c.to)?.code ?? held.code;
        return {code: held.code, after, ...(held.from ? {from: held.from} : {}), ...(held.to ? {to: held.to} : {})};
      })
    );
    const codes: DatedCode[] = periods.map(({code, from, to}) => ({
      code,
      ...(from ? {from} : {}),
      ...(to ? {to} : {})
    }));
    periods.forEach((p, i) => {
      const next = periods[i + 1]?.from;
      if (p.to && (next === undefined || next > p.to))
        codes.push({code: p.after, from: p.to, ...(next ? {to: next} : {})});
    });
    if (periods[0]!.from) codes.push({code: periods[0]!.after, to: periods[0]!.from});
    codes.push({code: periods.at(-1)!.after});
    const [first, ...rest] = group;
    first!.codes = codes;
    const actors = [...new Set(periods.map((p) => p.code.split("~")[0]))];
    if (actors.length > 1) first!.entry = `${actors.join("/")}: ${first!.entry.replace(/^[^:]*:\s*/, "")}`;
    for (const e of rest) drop.add(e);
  }
  return drop.size === 0 ? entries : entries.filter((e) => !drop.has(e));
}

/** The dictionary files of a coder parsed (all but the pack's actors): what {@link parseCoderDictionaries} gives. */
export interface ParsedCoderDictionaries {
  /** The actor dictionaries' then the agent dictionary's entries, in that order. */
  entries: (ActorEntry | AgentEntry)[];
  actorCount: number;
  agentCount: number;
  verbs: ReturnType<typeof parseVerbDictionary>;
  discards: DiscardEntry[];
  issues: Issue[];
}

/**
 * Parses a coder's dictionary files (about 0.25 s for the default coder's): the part of {@link buildCoder} that
 * does not depend on the pack's actors, so that a reader thread can do it before it knows them. A parse is made
 * for one coder: {@link buildCoder} takes its entries as they are.
 */
export function parseCoderDictionaries(
  dicts: Pick<CoderDictionaries, "actors" | "agents" | "verbs" | "extraVerbs" | "discards" | "files" | "happenedOnly">
): ParsedCoderDictionaries {
  const issues: Issue[] = [];
  const entries: (ActorEntry | AgentEntry)[] = [];
  let actorCount = 0;
  dicts.actors.forEach((text, i) => {
    const r = parseActorDictionary(text, dicts.files?.actors?.[i]);
    issues.push(...r.issues);
    entries.push(...r.entries);
    actorCount += r.entries.length;
  });
  let agentCount = 0;
  if (dicts.agents) {
    const r = parseAgentDictionary(dicts.agents, dicts.files?.agents);
    issues.push(...r.issues);
    entries.push(...r.entries);
    agentCount = r.entries.length;
  }
  const v = parseVerbDictionary(dicts.verbs, dicts.files?.verbs);
  issues.push(...v.issues);
  if (dicts.extraVerbs) {
    const x = parseVerbDictionary(dicts.extraVerbs, dicts.files?.extraVerbs);
    issues.push(...x.issues);
    mergeVerbDictionary(v.dictionary, x.dictionary);
  }
  const parsed = dicts.discards ? parseDiscards(dicts.discards) : [];
  // Phoenix discards every sentence naming a year from 1914 to 2013, or "years ago", to keep a wire service's
  // recollections out of its daily events. Analysis prose tells its events with such years: the article reader
  // keeps those sentences and dates their events by the year instead.
  const discards = dicts.happenedOnly
    ? parsed.filter(
        (d) => !/^\d{4}$/.test(d.phrase) && !/^(\w+ )?(YEARS|MONTHS|WEEKS|DAYS) (AGO|LATER)$/.test(d.phrase)
      )
    : parsed;
  return {entries, actorCount, agentCount, verbs: v, discards, issues};
}

/**
 * Builds a coder from dictionary texts: PETRARCH/Phoenix actor dictionaries, agents, a verb dictionary
 * (CAMEO.2.0 or TABARI style), discards, and pack actors. `parsed`: the files parsed already
 * ({@link parseCoderDictionaries} of the same texts and settings, made for this coder alone).
 */
export function buildCoder(dicts: CoderDictionaries, parsed = parseCoderDictionaries(dicts)): Coder {
  const {actorCount, agentCount, verbs: v, discards} = parsed;
  const issues = [...parsed.issues];
  // Pack actors and later dictionaries take precedence: put them first (earlier equal-length entries win).
  const pack = dicts.extraActors ? packActorEntries(dicts.extraActors) : [];
  const entries: (ActorEntry | AgentEntry)[] = [...pack];
  for (const e of parsed.entries) entries.push(e);
  const regions = new Set((dicts.extraActors ?? []).filter((a) => a.kind === "region").map((a) => a.code));
  const core: CoderCore = {index: buildPhraseIndex(entries), verbs: v.dictionary, discards, regions};
  const mapCodes = dicts.mapCodes ?? true;
  return {
    issues,
    counts: {
      actors: actorCount + pack.length,
      agents: agentCount,
      verbs: v.dictionary.forms.size,
      patterns: v.entries.reduce((n, b) => n + b.patterns.length, 0),
      discards: discards.length
    },
    codeSentence: (text, options) =>
      codeSentence(core, text, options, mapCodes, dicts.tagger, dicts.nullActors ?? false, dicts.happenedOnly ?? false)
  };
}

/** Resolves a token mention to an actor reference on a date (undefined for agents and null codes). */
export function refOf(m: TokenMention, date: string | undefined, mapCodes = true): ActorRef | undefined {
  if (m.entry.kind !== "actor") return undefined;
  // (One undated code, most entries: codesOn gives it on any date.)
  const only = m.entry.codes.length === 1 ? m.entry.codes[0]! : undefined;
  const code = only && !only.from && !only.to ? only.code : codesOn(m.entry.codes, date)[0];
  if (!code || code === "---" || code === "+++") return undefined;
  const {code: ours, actor, agent} = resolvedCode(code, mapCodes);
  return {
    code: ours,
    actor,
    ...(agent ? {agent} : {}),
    first: m.first,
    last: m.last,
    entry: m.entry.entry
  };
}

/** A dictionary code as an actor reference has it (USA~GOV → USAGOV, USA, GOV), remembered per code. */
const resolved = [new Map<string, Resolved>(), new Map<string, Resolved>()];
interface Resolved {
  code: string;
  actor: string;
  agent: string | undefined;
}

function resolvedCode(code: string, mapCodes: boolean): Resolved {
  const memo = resolved[mapCodes ? 1 : 0]!;
  let r = memo.get(code);
  if (!r) {
    let actor: string, agent: string | undefined;
    if (code.includes("~")) [actor, agent] = code.split("~") as [string, string];
    else if (mapCodes) ({actor, agent} = splitCode(code));
    else [actor, agent] = [code.slice(0, 3), code.slice(3) || undefined];
    r = {code: code.replace("~", ""), actor, agent};
    // (Codes come from the dictionaries: few; the bound only guards against a dictionary built per call.)
    if (memo.size >= 100_000) memo.clear();
    memo.set(code, r);
  }
  return r;
}

/** Kinds of fighting a pair can do against each other: the head nouns of "fought a (border) war", "three battles". */
const CONFLICT_NOUN =
  /^(WARS?|BATTLES?|CONFLICTS?|SKIRMISH(ES)?|CLASH(ES)?|HOSTILITIES|FIGHTS?|FIGHTING|DUELS?|INCURSIONS?|CAMPAIGNS?)$/;

/**
 * Whether a pair's verb of fighting (root 19) ending at `last` fights each other: it has no object (a preposition, an
 * adverb, a date or the clause's end follows), or its object noun phrase's head is a kind of fighting ("a border war",
 * "each other"), not a thing fought together ("wildfires", "the floods", "drug trafficking").
 */
function fightsEachOther(upper: readonly string[], tags: readonly string[], last: number): boolean {
  let head = -1;
  for (
    let k = last + 1;
    k < upper.length && /^(DT|CD|JJ|JJR|JJS|PRP\$|NN|NNS|NNP|NNPS|VBG)$/.test(tags[k] ?? "");
    k++
  ) {
    if (/^(DT|CD|JJ|JJR|JJS|PRP\$)$/.test(tags[k]!) && head >= 0) break;
    if (/^(EACH|ONE)$/.test(upper[k]!) && /^(OTHER|ANOTHER)$/.test(upper[k + 1] ?? "")) return true;
    if (/^(NN|NNS|NNP|NNPS|VBG)$/.test(tags[k]!)) head = k;
  }
  return head < 0 || CONFLICT_NOUN.test(upper[head]!);
}

/** Adds an agent's role to an actor reference (USA + GOV → USAGOV; NGO~ before the actor). */
export function withAgent(ref: ActorRef, agent: AgentEntry | undefined): ActorRef {
  if (!agent || ref.code.endsWith(agent.code)) return ref;
  if (agent.position === "suffix")
    return {...ref, code: `${ref.code}${agent.code}`, agent: `${ref.agent ?? ""}${agent.code}`};
  return {
    ...ref,
    code: `${agent.code}${ref.code}`,
    actor: agent.code,
    agent: `${ref.code.slice(0, 3)}${ref.agent ?? ""}`
  };
}

function codeSentence(
  core: CoderCore,
  text: string,
  options: CodeOptions,
  mapCodes: boolean,
  tagger: CoderDictionaries["tagger"],
  nullActors: boolean,
  happenedOnly: boolean
): CodedSentence {
  const warnings: Issue[] = [];
  if (options.date !== undefined && !DATE_RE.test(options.date))
    throw new Error(`codeSentence: date "${options.date}" is not YYYY-MM-DD`);
  let tokens: Token[];
  let tags: string[];
  let tree: TreeNode | undefined;
  if (options.parse !== undefined) {
    const parsed = parseTree(options.parse);
    if (typeof parsed === "string") {
      // A broken parse is bad input: say so and code nothing (PETRARCH's bad_input_parse).
      warnings.push({code: "bad_parse", message: parsed});
      return {events: [], mentions: [], warnings, dropped: []};
    }
    tree = parsed.root;
    tokens = alignWords(
      text,
      parsed.leaves.map((l) => l.word!)
    );
    tags = parsed.leaves.map((l) => l.label);
  } else if (tagger) {
    ({tokens, tags} = tagger(text));
  } else {
    // "Kazakh-Chinese", "US-Kazakhstan": a hyphenated pair of actors is two actors (src/read/compounds.ts).
    tokens = splitActorCompounds(tokenize(text), core.index);
    tags = []; // the light tagger runs below, on the words already upper-cased
  }
  const written = tokens.map((t) => t.text);
  // Each word's upper case, tagger lexicon, verb-form, trie-root and discard answers: one lookup per token.
  const table = (core.words ??= createWordTable(core));
  const infos = written.map((w) => table.get(w));
  const upper = infos.map((w) => w.upper);
  const ownTokens = options.parse === undefined && !tagger;
  if (ownTokens) tags = tagTokens(written, core.verbs, upper, infos);
  // A historic present ("Tokayev attends the summit and meets Xi"): each present-tense verb of the dictionary that
  // follows its subject (not a determiner's noun, not after "to" or a modal) is read as its past form.
  // (Not in a sentence already in the past — "signed a gas deal" — nor inside a quotation, after a verb of saying,
  // or with a habit's adverb: "Officials say China invests … every year".)
  if (
    ownTokens &&
    happenedOnly &&
    options.historicPresent &&
    !tags.some((t, k) => t === "VBD" && !/^(WAS|WERE|HAD|DID)$/.test(upper[k]!)) &&
    !/["“”«»]|\b(?:says|said|say|saying|tells|told)\b|\b(?:every|each)\s+(?:year|month|week|day|time)\b|\b(?:usually|often|regularly|always|traditionally|normally|generally)\b/i.test(
      text
    )
  )
    for (let k = 1; k < tags.length; ++k) {
      // (after a name, a plural, a pronoun, an adverb, "and" or a comma: "a military parade" is a noun)
      if ((tags[k] !== "VBZ" && tags[k] !== "VBP") || !/^(NNP|NNPS|NNS|PRP|RB|CC|,)$/.test(tags[k - 1] ?? "")) continue;
      if (tags[k - 1] === "CC" && /^(DT|JJ|PRP\$|POS|CD|IN)$/.test(tags[k - 2] ?? "")) continue;
      // ("a gas deal": a noun phrase's head after a determiner or an adjective and a noun)
      if (/^(NNS|NN)$/.test(tags[k - 1] ?? "") && /^(DT|JJ|PRP\$|POS|CD|NN)$/.test(tags[k - 2] ?? "")) continue;
      if (/^(IS|ARE|AM|HAS|HAVE|DOES|DO)$/.test(upper[k]!)) continue;
      const base = core.verbs.forms.get(upper[k]!)?.find((f) => pastForm(upper[k]!, f.base))?.base;
      const past = base ? pastForm(upper[k]!, base) : undefined;
      if (!past) continue;
      const was = written[k]!;
      written[k] = /^\p{Lu}/u.test(was) ? past[0] + past.slice(1).toLowerCase() : past.toLowerCase();
      infos[k] = table.get(written[k]!);
      upper[k] = infos[k]!.upper;
      tags[k] = "VBD";
    }
  // The article reader: a preposition of two or three words ("according to", "owing to", "thanks to", "in response
  // to", "similar to") is no verb and no infinitive: "according" is not the verb ACCORD (a grant, 060), and the word
  // after its "to" is a noun ("owing to pressure from X" is no act of pressing).
  if (ownTokens && happenedOnly) retagComplexPrepositions(upper, tags);
  // The article reader: the names of papers built as "<noun> of <-ing noun>" ("a memorandum of understanding", "a
  // memorandum of cooperation"): the -ing word is the paper's noun, no verb of its own that would take the signing
  // verb's object (review K11: "signed a memorandum of understanding with X" read nothing).
  if (ownTokens && happenedOnly)
    for (let k = 2; k < tags.length; ++k)
      if (
        tags[k] === "VBG" &&
        upper[k - 1] === "OF" &&
        /^(MEMORANDUM|MEMORANDA|MEMORANDUMS|MOU|MOUS|LETTER|LETTERS|DECLARATION|PROTOCOL|CHARTER|STATEMENT|AGREEMENT)$/.test(
          upper[k - 2]!
        )
      )
        tags[k] = "NN";
  // The article reader: "the Central Asian states", "the five Gulf states": a run of names after a determiner makes
  // "states" a noun, not the verb "state" (the yardsticks keep the light tagger's reading).
  if (ownTokens && happenedOnly)
    for (let i = 2; i < tags.length; ++i) {
      if (tags[i] !== "VBZ" || upper[i] !== "STATES" || tags[i - 1] !== "NNP") continue;
      let b = i - 1;
      while (b > 0 && tags[b - 1] === "NNP") --b;
      if (b > 0 && /^(DT|JJ|PRP\$|POS|CD)$/.test(tags[b - 1] ?? "")) {
        tags[i] = "NNS";
        // (the tagger read the next past form as a participle after the verb it took "states" for)
        if (tags[i + 1] === "VBN") tags[i + 1] = "VBD";
      }
    }
  // (With our own tokens, a sentence none of whose tokens a discard phrase may start with has none.)
  const discard = !ownTokens
    ? findDiscard(text, core.discards, upper, false)
    : infos.some((w) => w.discard)
      ? findDiscard(
          text,
          core.discards,
          upper,
          true,
          infos.map((w) => w.discards)
        )
      : undefined;
  const nominal = (i: number) => {
    const tag = tags[i] ?? "";
    return tag.startsWith("NN") || tag.startsWith("JJ") || tag === "FW";
  };
  // A capitalized name only where the text capitalizes it ("the West", not "west of the river").
  // An actor is named by a proper noun: some word of the mention is capitalized ("us" is not the US), a
  // capitalized pack name only where the text capitalizes it, and no place inside an institution's name.
  const found = findMentions(upper, core.index, nominal, infos).filter((m) => {
    if (m.entry.kind !== "actor" || !happenedOnly) return true;
    if (m.entry.capitalized && !/^\p{Lu}/u.test(written[m.first] ?? "")) return false;
    // An abbreviation only as one: "SEA" (Southeast Asia) is not the "Sea" of "the Caspian Sea".
    if (m.entry.allCaps && m.first === m.last && /\p{Ll}/u.test(written[m.first] ?? "")) return false;
    let cased = false;
    for (let k = m.first; k <= m.last && !cased; ++k) cased = /^[\p{Lu}\p{N}]/u.test(written[k] ?? "");
    // "US dollars", "US$2 billion", "Chinese yuan" name a currency, not a state (src/read/mentions.ts).
    // (a sign only glued to the name: "US$2 billion", not "lent Germany $300 million")
    if (namesCurrency(upper, m.last, tokens[m.last + 1]?.start === tokens[m.last]!.end)) return false;
    // "the Turkish coast", "the Russian port of Novorossiysk": an adjective naming a place is no actor.
    if (m.first === m.last && PLACE_NOUN.test(upper[m.last + 1] ?? "") && PLACE_ADJECTIVE.test(written[m.first] ?? ""))
      return false;
    // … and so is a state's possessive before a named place: "the use of Iran's Chabahar port", "Russia's port of Ust-Luga".
    if (/^['’]S$/.test(upper[m.last + 1] ?? "")) {
      let k = m.last + 2;
      while (k <= m.last + 4 && /^\p{Lu}/u.test(written[k] ?? "") && !PLACE_NOUN.test(upper[k] ?? "")) ++k;
      if (PLACE_NOUN.test(upper[k] ?? "") && (k > m.last + 2 || upper[k + 1] === "OF")) return false;
    }
    return cased && !insideInstitutionName(written, m.last, m.first);
  });
  const mentions: Mention[] = [];
  // Each actor mention's reference on the sentence's date, resolved once (for the mentions and the verb patterns).
  const refs = new Map<TokenMention, ActorRef | undefined>();
  for (const m of found) {
    const a = tokens[m.first]!,
      b = tokens[m.last]!;
    const span =
      a.start >= 0 && b.end >= 0
        ? text.slice(a.start, b.end)
        : tokens
            .slice(m.first, m.last + 1)
            .map((t) => t.text)
            .join(" ");
    if (m.entry.kind === "agent") {
      mentions.push({
        start: a.start,
        end: b.end,
        text: span,
        code: m.entry.code,
        agent: m.entry.code,
        entry: m.entry.entry
      });
      continue;
    }
    const ref = refOf(m, options.date, mapCodes);
    refs.set(m, ref);
    if (!ref) continue;
    mentions.push({
      start: a.start,
      end: b.end,
      text: span,
      code: ref.actor,
      ...(ref.agent ? {agent: ref.agent} : {}),
      entry: m.entry.entry
    });
  }
  if (discard) {
    warnings.push({
      code: "discarded",
      message: `Sentence not coded: it contains the discard phrase "${discard.phrase}"`
    });
    return {events: [], mentions, warnings, dropped: []};
  }
  const ctx = {upper, tags, mentions: found, date: options.date, core, mapCodes, nullActors, happenedOnly};
  // Raw text: a sentence whose mentions cannot give two different sides codes no event from its verbs, so its verbs
  // are not read (the costly part of coding); its event nouns still are (a domestic happening has one actor).
  const dyad = tree !== undefined || twoSides(found, refs, options.date, nullActors);
  const frames = tree ? framesFromTree(tree, ctx) : dyad ? framesFromText(ctx) : [];
  const events: CodedEvent[] = [];
  const seen = new Set<string>();
  const actorsAt = new Map<number, ActorRef[]>();
  for (const m of found) {
    const r = refs.has(m) ? refs.get(m) : refOf(m, options.date, mapCodes);
    if (r) actorsAt.set(m.first, [r]);
  }
  const words =
    frames.length > 0
      ? sentenceWords(
          upper,
          infos.map((w) => w.variants)
        )
      : undefined;
  const synsets = frames.length > 0 ? new Map<Set<string>, boolean>() : undefined;
  const matches = frames.map((f) => {
    return matchVerb(f.form, f.first, f.last, {
      upper,
      verb: f.first,
      preStart: f.preStart,
      postEnd: f.postEnd,
      actorsAt,
      compoundSubject: f.subject.length > 1,
      words: words!,
      synsets: synsets!
    });
  });
  const numeric = (code: string) => /^\d/.test(code);
  frames.forEach((f, i) => {
    // "agreed to study / consider / explore a new pipeline with X": what is agreed is to look into an act, no act of
    // study toward X (the dictionary's INSPECT, 090): the agreement is read in its own mood (an intent, 03x).
    if (
      happenedOnly &&
      !tree &&
      f.skip &&
      f.governs &&
      STUDY_VERB.test(upper[f.governs.first] ?? "") &&
      upper[f.governs.first - 1] === "TO"
    ) {
      f.governs.skip = true;
      if (f.object.length === 0) f.object = f.governs.object;
      matches[frames.indexOf(f.governs)]!.code = "---";
    }
    if (f.skip && f.governs && !numeric(matches[frames.indexOf(f.governs)]!.code)) {
      f.skip = false;
      if (f.ownMood) f.mood = f.ownMood;
      // "pledged to build ten outposts for X", "vowed to modernise X's grid": the governed verb codes nothing, and
      // its object is the pledge's other side (the article reader; the governor's own object comes first).
      // (One subject only: "X and Y agreed to …" stays the pair's mutual act. The object is the governed verb's other
      // side, not a modifier of its noun: "build a track on the X-Y railway" names no partner, "X's roads" does.)
      const other = f.governs.object;
      if (
        happenedOnly &&
        !tree &&
        f.object.length === 0 &&
        f.subject.length === 1 &&
        other.length > 0 &&
        other.every(
          (r) =>
            (!/^(NN|:|HYPH)/.test(tags[r.last + 1] ?? "") || /^(['’]S|['’])$/.test(upper[r.last + 1] ?? "")) &&
            // (a beneficiary or a place of the work — "for X", "in X", "to X" — or the verb's own object; not a route
            // "between X and Y" nor a thing "on the X railway")
            // ("with X" after a noun is the noun's: "a wall on its border with X": review K15)
            (/^(FOR|TO|IN|INTO)$/.test(upper[r.first - 1] ?? "") ||
              /^(DT|JJ|CD|PRP\$|VB|VBP|VBZ|VBD|VBN|VBG)$/.test(tags[r.first - 1] ?? ""))
        )
      )
        f.object = other;
    }
  });
  // The main verb a modifier or a means depends on: the nearest finite frame before frame `fi` that has a subject
  // (and, when `endsBefore` is given, ends before that token).
  const mainFrameBefore = (fi: number, endsBefore = Infinity): Frame | undefined => {
    for (let k = fi - 1; k >= 0; --k) {
      const fr = frames[k]!;
      const finite =
        /^VB[DZP]$/.test(tags[fr.first] ?? "") ||
        /^(HAS|HAVE|HAD|IS|ARE|WAS|WERE|WILL)$/.test(upper[fr.first - 1] ?? "");
      if (finite && fr.subject.length > 0 && fr.last < endsBefore) return fr;
    }
    return undefined;
  };
  // The subject of the main clause after a fronted clause ending at `last` ("After meeting X, | Peru's president
  // flew …"): the actor group right after the clause's comma (past an article) that a finite verb follows, past the
  // words of its noun phrase ("'s president", a name); nothing when a verb comes before the clause (it is no fronted
  // clause then) or none follows the group.
  const finiteAfter = (g: {last: number}): boolean => {
    for (let k = g.last + 1; k < Math.min(upper.length, g.last + 7); ++k) {
      if (/^(VBD|VBZ|VBP|MD)$/.test(tags[k] ?? "")) return true;
      if (!/^(NN|NNS|NNP|NNPS|POS|JJ|RB)$/.test(tags[k] ?? "")) return false;
    }
    return false;
  };
  // (review K14: a clause opening a reported clause, "said that, after meeting X, Y flew home", is fronted in it: the
  // search for a verb before the clause starts after the reported clause's "that")
  // (null: a fronted clause whose main clause names no actor — "after meeting X, trade grew" — nobody's act)
  const frontedSubject = (first: number, last: number): {refs: ActorRef[]; future: boolean} | null | undefined => {
    let from = 0;
    for (let k = first - 1; k >= 0; --k)
      if (upper[k] === "THAT" && (k === first - 1 || (k === first - 2 && upper[k + 1] === ","))) {
        from = k + 1;
        break;
      }
    if (upper[last + 1] !== "," || tags.slice(from, first).some((t) => /^(VB[DZP]|MD)$/.test(t))) return undefined;
    const g = sentenceGroups(ctx).find((g) => g.first > last + 1 && g.first <= last + 3);
    if (!g || !upper.slice(last + 2, g.first).every((u) => /^(THE|A|AN)$/.test(u)) || !finiteAfter(g))
      return from > 0 ? null : undefined;
    // (review K4: the main clause told as still to come — "will visit", "plans to visit", "is expected/due/set to" —
    // makes the clause's act planned too)
    let v = g.last + 1;
    while (v < upper.length && /^(NN|NNS|NNP|NNPS|POS|JJ|RB)$/.test(tags[v] ?? "")) ++v;
    const future =
      /^(WILL|SHALL|'LL|PLANS|PLAN|INTENDS|HOPES|WANTS)$/.test(upper[v] ?? "") ||
      (/^(IS|ARE)$/.test(upper[v] ?? "") && /^(EXPECTED|DUE|SET|SCHEDULED|TO|GOING)$/.test(upper[v + 1] ?? ""));
    return {refs: g.refs, future};
  };
  // The subject a gerund aside at `at` belongs to ("The president, receiving X …, praised …"): the actor group the
  // sentence opens with, ending right before the aside's comma, when the aside closes with a comma and a finite verb
  // follows it.
  const gerundAside = (at: number): ActorRef[] | undefined => {
    if (upper[at - 1] !== "," || tags[at] !== "VBG") return undefined;
    let close = at + 1;
    while (close < upper.length && !/^[,;:.]$/.test(upper[close]!)) ++close;
    if (upper[close] !== "," || !/^(VBD|VBZ|VBP|MD)$/.test(tags[close + 1] ?? "")) return undefined;
    const g = sentenceGroups(ctx).find((g) => g.first <= 2 && g.last < at - 1);
    if (!g || !upper.slice(0, g.first).every((u) => /^(THE|A|AN)$/.test(u))) return undefined;
    // (past the subject's noun phrase only: "The Peruvian president," — no verb between the group and the comma)
    if (!tags.slice(g.last + 1, at - 1).every((t) => /^(NN|NNS|NNP|NNPS|POS|JJ)$/.test(t))) return undefined;
    return g.refs;
  };
  const dropped: DroppedFrame[] = [];
  // The sentence's clauses (src/read/clauses.ts), found when a rule first asks.
  let clauseList: Clause[] | undefined;
  const clausesHere = () => (clauseList ??= findClauses(written, tags, upper));
  // Whether the sentence names a date of its own (computed once, when first asked).
  let ownDate: boolean | undefined;
  let namedTime: boolean | undefined;
  const meansAt = new Set<number>();
  // The sentence's trade figure, if it tells one (computed once, when first asked).
  let statistic: {from: number; to: number} | null | undefined;
  // Without the article's date only a match holding a four-digit year resolves: a sentence with none has no date.
  const timed = options.timed === true;
  const datesItself = () => (ownDate ??= timed || (/\d{4}/.test(text) && resolveDate(text, undefined) !== undefined));
  for (let fi = 0; fi < frames.length; ++fi) {
    const f = frames[fi]!;
    const match = matches[fi]!;
    if (f.skip) continue;
    // A wish or a hope with nothing coded after it ("hoped to attract technology") is no act of its own.
    if (happenedOnly && !tree && DESIRE.test(upper[f.first] ?? "") && upper[f.last + 1] === "TO") {
      if (numeric(match.code)) dropped.push({code: match.code, reason: "opinion", rule: match.rule});
      continue;
    }
    // A need is a state, not a demand: "Astana needed Russian financing", "Mongolia needs fuel" (CAMEO 2.0 lists NEED
    // under DEMAND, 100); what is asked for is read from the verbs of asking and demanding.
    if (happenedOnly && !tree && NEED.test(upper[f.first] ?? "")) {
      if (numeric(match.code)) dropped.push({code: match.code, reason: "generic", rule: match.rule});
      continue;
    }
    // Raw text: only acts that happened (or were announced) are events; parse mode keeps PETRARCH's reading.
    // "said Kazakhstan would not join BRICS", "will not sign the treaty": a cooperation declared off is a refusal
    // (12x), as "refused to join" is (a declaration, so no time of its own is needed).
    // (pr) A verb of taking part told under a negation, with an occasion as its object ("did not attend the summit",
    // "is not taking part in the session"): a meeting skipped, 125 (src/read/modality-skipped.ts), the refuser's own.
    // (toward its own object, not one past a comma: "X will not attend the summit, Japanese officials said")
    const ownObject = !(f.object[0] !== undefined && upper.slice(f.last + 1, f.object[0].first).includes(","));
    const negSkip = happenedOnly && !tree && ownObject && skippedByNegation(upper, f.first);
    const skipped = negSkip || (happenedOnly && !tree && ownObject && skippedByVerb(upper, f.first));
    if (skipped) {
      match.code = "125";
      match.rule = `SKIPPED: ${upper[f.first]} * MEETING [125]`;
      // (the negation is the skip's own form; a verb of skipping keeps the mood its governors give it: "threatened to
      // skip" a threat, "warned that it would boycott" planned, "did not want to miss" no act — review M4)
      if (negSkip) delete f.mood;
    } else if (happenedOnly && !tree && match.code === "125" && /^(SKIP_MEETING_?|STAY):/.test(match.rule ?? "")) {
      // (the dictionary's skipping frames hold to the same guards: "missed the meeting's deadline")
      dropped.push({code: match.code, reason: "modifier", rule: match.rule});
      continue;
    }
    const declaredOff =
      !skipped &&
      happenedOnly &&
      /^(NOT|N'T)$/.test(upper[f.first - 1] ?? "") &&
      /^(WILL|WOULD|WO)$/.test(upper[f.first - 2] ?? "") &&
      /^0[3-6]/.test(match.code) &&
      // (a meeting declared off with a mark of the schedule it is left out of is no refusal: "X will not hold a
      // separate meeting with Y", "will not meet Y one-on-one on this trip"; "Putin will not meet Zelensky" is one,
      // as joining, signing or supplying declared off is: review H2)
      !(/^04/.test(match.code) && SCHEDULE_MARK.test(text)) &&
      // (toward its own object, not one past a comma: "X will not attend the summit, Kremlin spokesman Y said")
      !(f.object[0] !== undefined && upper.slice(f.last + 1, f.object[0].first).includes(","));
    const refused = (REFUSAL.test(upper[f.first - 2] ?? "") && upper[f.first - 1] === "TO") || declaredOff || negSkip;
    const why =
      tree || !happenedOnly
        ? undefined
        : notAnEvent(upper, f.first, text, refused || REFUSAL.test(upper[f.first] ?? ""), tags);
    if (why) {
      if (numeric(match.code) || f.mood === "negated") dropped.push({code: match.code, reason: why, rule: match.rule});
      continue;
    }
    // "invited Biden to pay a visit to X": the invitation is the inviter's act (INVITED * TO, 036); the visit it asks
    // for is nobody's intent yet.
    if (happenedOnly && !tree && invitedTo(upper, tags, f.first)) {
      if (numeric(match.code)) dropped.push({code: match.code, reason: "planned", rule: match.rule});
      continue;
    }
    if (f.mood === "negated" && !numeric(match.code)) match.code = "120";
    let suspended = false;
    let followedTalks = false;
    let mutualAct = false;
    let swapAct = false;
    // Light verbs and idioms the dictionary codes by their first word (or not at all): "took part in the
    // negotiations" (046), "arrived in Baku" (042), "sent a delegation to X" (042), "received the Chinese foreign
    // minister" (043, and the guest's 042), "exchanged fire" (193, mutual).
    if (happenedOnly && !tree && !skipped) {
      // (an office holder named right after the verb: "received Lavrov", "welcomed Kazakh officials")
      // (not a possessor: "received Putin's letter", "welcomed Lavrov's remarks"; the name ends the object)
      const held = f.object[0];
      const holder =
        held?.first === f.last + 1 &&
        held.agent === "GOV" &&
        !/^(['’]S|['’])$/.test(upper[held.last + 1] ?? "") &&
        !/^(NN|NNS|NNP|NNPS|POS|VBG)$/.test(tags[held.last + 1] ?? "");
      const light = readLightVerb(upper, f.first, f.last, match.code, f.object[0]?.first, holder);
      if (light.action === "drop") {
        dropped.push({code: match.code, reason: light.reason, rule: match.rule});
        continue;
      }
      if (light.action === "recode") {
        // "suspended visa-free travel": the act is the suspension, told in its own tense.
        suspended = light.code.startsWith("16");
        // ("after talks in Astana": the noun the act followed, not a present form after a preposition)
        followedTalks = /^(AFTER|FOLLOWING) TALKS/.test(light.rule);
        mutualAct = light.mutual === true;
        swapAct = light.swap === true;
        match.code = light.code;
        match.rule = light.rule;
        if (light.targetAfter !== undefined) {
          const at = light.targetAfter;
          const after = found.find((m) => m.first > at && m.first <= at + 2);
          const ref = after ? refOf(after, options.date, mapCodes) : undefined;
          // (a frame that took the other side of the verb before keeps it where a pronoun stands in the target's
          // place: "met X … and banned imports of grain from it")
          if (!ref && !(f.sharedObject && f.object.length > 0)) {
            dropped.push({code: match.code, reason: "one-actor", rule: match.rule});
            continue;
          }
          if (ref) f.object = [ref];
        }
      }
    }
    if (!numeric(match.code)) continue;
    // Declining to condemn X is declining to take a position toward X (011); refusing any other hostile act is
    // no hostile act.
    if (!tree && happenedOnly && f.mood === "negated" && refusedStatement(upper, f.first)) {
      match.code = "011";
      match.rule = `DECLINE TO ${upper[f.first]} [011]`;
      delete f.mood;
    }
    // (A refusal verb's own rejection stays: "Turkmenistan declined the offer" is the rejection itself, 12x.)
    const ownRejection =
      REFUSAL.test(upper[f.first] ?? "") && match.code.startsWith("12") && upper[f.last + 1] !== "TO";
    if (!tree && happenedOnly && f.mood === "negated" && Number(match.code.slice(0, 2)) >= 9 && !ownRejection) {
      dropped.push({code: match.code, reason: "negation", rule: match.rule});
      continue;
    }
    // "declined an invitation to visit Lima", "turned down an offer to mediate": what a refused invitation names is
    // neither done nor intended (the refusal is the declining verb's own event, 125).
    if (
      !tree &&
      happenedOnly &&
      upper[f.first - 1] === "TO" &&
      /^(INVITATION|INVITATIONS|OFFER|OFFERS)$/.test(upper[f.first - 2] ?? "") &&
      upper
        .slice(Math.max(0, f.first - 6), f.first - 2)
        .some((u, k, a) => /^(DECLIN|REJECT|SPURN|REFUS)/.test(u) || (/^TURN/.test(u) && a[k + 1] === "DOWN"))
    ) {
      dropped.push({code: match.code, reason: "negation", rule: match.rule});
      continue;
    }
    // "accepted the invitation to visit Tokyo", "an offer to mediate": what an invitation, an offer or a plan names
    // is intended, not done.
    if (
      !tree &&
      happenedOnly &&
      !f.mood &&
      upper[f.first - 1] === "TO" &&
      /^(INVITATION|INVITATIONS|OFFER|OFFERS|PROPOSAL|PROPOSALS|REQUEST|PLAN|PLANS|INTENTION|READINESS|WILLINGNESS)$/.test(
        upper[f.first - 2] ?? ""
      )
    )
      f.mood = "intent";
    // (pr) A cooperative act told in the present with a time still to come ("visits Oslo next week", "meet in Hanoi
    // later this month", "is hosting X tomorrow") is a schedule: an intent, planned (modality.ts presentScheduled).
    if (!tree && happenedOnly && !f.mood && /^0[3-8]/.test(match.code) && presentScheduled(upper, tags, f.first))
      f.mood = "intent";
    // (pr) … and so is one told in the present in a clause of time under a present or future main clause ("comes two
    // weeks before the presidency hosts a meeting", "before it hosts the leaders"): English's future in such clauses.
    if (!tree && happenedOnly && !f.mood && /^0[3-8]/.test(match.code) && presentInTimeClause(upper, tags, f.first))
      f.mood = "intent";
    // (pr) An act proposed, suggested or discussed as a gerund ("proposed holding a summit in X", "discussed opening a
    // route") is intended, not done; a meeting proposed as a noun ("proposed a summit with X", "suggested talks") is
    // an intent to meet, 036 (CAMEO's 036 covers offering to meet), planned (modality.ts proposedGerund, proposedMeeting).
    if (!tree && happenedOnly && !f.mood && proposedGerund(upper, tags, f.first)) f.mood = "intent";
    // (pr) An agreement or a decision that a meeting will take place ("agreed that the next summit would be held in X")
    // is an intent to meet, 036, planned, as "agreed to hold a summit" is (modality-status.ts agreedOccasion).
    if (!tree && happenedOnly && !f.mood && /^0[1-5]/.test(match.code) && agreedOccasion(upper, f.first)) {
      match.code = "036";
      match.rule = `${upper[f.first]} THAT * MEETING WOULD BE HELD [036]`;
      f.mood = "intent";
    }
    if (!tree && happenedOnly && !f.mood && /^02/.test(match.code) && proposedMeeting(upper, f.first, f.last)) {
      match.code = "036";
      f.mood = "intent";
    }
    // (pr) A verbal act of conflict one only wants, plans or is going to make ("wants to irritate X", "plans to
    // condemn Y", "will criticise Z") has no intent code in CAMEO and is not done: no event.
    if (!tree && happenedOnly && f.mood === "intent" && /^(09|10|11|14)/.test(match.code)) {
      dropped.push({code: match.code, reason: "planned", rule: match.rule});
      continue;
    }
    // An intended act has no reply yet: "will visit X" is X's visitor's intent, not X hosting.
    if (!tree && happenedOnly && f.mood === "intent") match.code = match.code.split(":")[0]!;
    // (… and a refusal is the refuser's alone: "X will not sign the treaty with Y" is no refusal of Y's)
    // (… as is a refusal told by its verb: "Armenia declined to sign the treaty with Russia" is no refusal of Russia's)
    // ("Palestinians and Israelis failed to reach agreement": a compound subject's failure is both sides')
    if (declaredOff || (!tree && happenedOnly && f.mood === "negated" && f.subject.length < 2))
      match.code = match.code.split(":")[0]!;
    if (f.mood)
      match.code = match.code
        .split(":")
        .map((c) => (c && numeric(c) ? codeInMood(c, f.mood) : c))
        .join(":");
    let sources = match.source ?? f.subject;
    let targets = match.target ?? f.object;
    if (f.passive && !match.source && !match.target) [sources, targets] = [f.object, f.subject];
    // "X's neutrality, recognised by the UN in 1995, …": a participle after a comma, with its agent and its own
    // year, is a passive: the agent acts on the noun's owner.
    else if (
      happenedOnly &&
      !tree &&
      upper[f.first - 1] === "," &&
      upper[f.last + 1] === "BY" &&
      /(ED|EN)$/.test(upper[f.first] ?? "") &&
      dated(upper, f.last + 2) &&
      sources.every((r) => r.last < f.first) &&
      targets.every((r) => r.first > f.last)
    )
      [sources, targets] = [targets, sources];
    if (swapAct) [sources, targets] = [targets, sources];
    // "X did Y by signing the memorandum": the means of the main verb; with no object of its own, it acts on
    // the main verb's object.
    // ("by signing X and endorsing Y": a gerund coordinated with a means is one too.)
    const means =
      happenedOnly &&
      !tree &&
      tags[f.first] === "VBG" &&
      (upper[f.first - 1] === "BY" || (upper[f.first - 1] === "AND" && meansAt.has(fi - 1)));
    if (means) meansAt.add(fi);
    // "said on Tuesday after hosting the ministers of X", "before travelling on to X": a gerund right after "after" or
    // "before" is an act of the main verb's subject, done before or after it (in the main verb's mood: "will attend …
    // before travelling on to X" is planned).
    // (After "before" only a journey or a meeting: "demanded a truce before allowing aid convoys" names a condition.)
    // (Any time subordinator the clause finder opens a gerund's clause with — "while receiving X", "upon arriving in
    // X", "when meeting X", "since joining X" — tells an act of the main verb's subject too.)
    const sequel =
      happenedOnly &&
      !tree &&
      !means &&
      SEQUEL_SUBORDINATOR.test(upper[f.first - 1] ?? "") &&
      // (After "before", "until", "while" or "when" only a journey or a meeting: "demanded a truce before allowing
      // convoys in" names a condition, "will comply … while keeping its ties with X" a state kept up.)
      (!/^(BEFORE|UNTIL|WHILE|WHEN)$/.test(upper[f.first - 1]!) || /^04/.test(match.code)) &&
      clausesHere().some((c) => c.kind === "adverbial" && c.form === "gerund" && c.opener === f.first - 1) &&
      // (not what the subject underwent: "withdrew after facing weeks of Russian assaults": review J18; a guest
      // received is a reception: "while receiving the envoy")
      !(UNDERGOING.test(upper[f.first] ?? "") && !(upper[f.first] === "RECEIVING" && /^04/.test(match.code)));
    // "The president, receiving X in Lima on Monday, praised …": a gerund set off by commas between the sentence's
    // subject and its verb tells an act of that subject.
    const aside = happenedOnly && !tree && !means && !sequel ? gerundAside(f.first) : undefined;
    if (aside) sources = aside;
    if (sequel) {
      // "After meeting X on Monday, the president flew home": a gerund clause that opens the sentence (or a reported
      // clause) tells an act of the main clause's subject, named right after the clause's comma.
      const clause = clausesHere().find(
        (c) => c.kind === "adverbial" && c.form === "gerund" && c.opener === f.first - 1
      );
      const fronted = clause ? frontedSubject(clause.first, clause.last) : undefined;
      const main = fronted || fronted === null ? undefined : mainFrameBefore(fi, f.first);
      if (!main && !fronted) {
        dropped.push({code: match.code, reason: "modifier", rule: match.rule});
        continue;
      }
      // (review K5: what one perceives or studies is no act toward its author: "After hearing X's complaint",
      // "after studying X's proposal", "after watching X's parade" — English's verbs of perception and study)
      if (fronted && PERCEIVING.test(upper[f.first] ?? "")) {
        dropped.push({code: match.code, reason: "modifier", rule: match.rule});
        continue;
      }
      if (fronted?.future && !f.mood) {
        f.mood = "intent";
        match.code = intentOf(match.code);
      }
      // (a meeting needs people: "after confronting Armenian forces", "after encountering Tajik patrols" met no one:
      // review J18)
      if (/^04/.test(match.code) && targets.some((t) => MILITARY_HEAD.test(upper[t.last + 1] ?? ""))) {
        dropped.push({code: match.code, reason: "modifier", rule: match.rule});
        continue;
      }
      sources = main ? main.subject : fronted!.refs;
      if (main?.mood === "intent" && upper[f.first - 1] === "BEFORE" && !f.mood) {
        f.mood = "intent";
        match.code = intentOf(match.code);
      }
    }
    if (means) {
      // The main verb: the nearest finite verb before with a subject.
      const main = mainFrameBefore(fi);
      if (main) {
        sources = main.subject;
        if (targets.length === 0) targets = main.object;
      }
    }
    // "as part of X", "on behalf of X": the group the subject belongs to, not the act's target; "reroute trade
    // through X", "ship oil via X": a transit route, not a partner.
    if (happenedOnly && !tree)
      targets = targets.filter(
        (t) =>
          !inGroupPhrase(upper, t.first) &&
          !transitPlace(upper, tags, t.first) &&
          // (the by-agent of a later participle is that participle's: "secure minerals long coveted by X")
          !(t.first > f.last && agentOfLaterParticiple(upper, t.first, f.last)) &&
          // "Georgia and Armenia held talks in Batumi": a group's venue in one of its own states is no side.
          !(
            sources.length > 1 &&
            /^(IN|AT)$/.test(upper[t.first - 1] ?? "") &&
            sources.some((r) => r.actor === t.actor)
          ) &&
          // (session 19) … nor, for a meeting (04, or 036 to come), a venue elsewhere: "Mongolia and Laos agreed to
          // hold the next round of talks in Hanoi" is the two toward each other, Hanoi where they will meet
          !(
            /^(04|036)/.test(match.code) &&
            new Set(sources.map((r) => r.actor)).size > 1 &&
            t.first > f.last &&
            /^(IN|AT)$/.test(upper[t.first - 1] ?? "") &&
            !sources.some((r) => r.actor === t.actor)
          ) &&
          // (session 19) … nor the sides of another occasion the act is timed by: "agreed to work together ahead of
          // the summit between the EU and the Andean states", "… before the talks with X", "… after the meeting of Y"
          !(t.first > f.last && timedByOccasion(upper, tags, t.first, f.last))
      );
    // "spoke to a correspondent about relations with Russia and China": what a statement or a talk is about is its
    // topic, not its other side ("spoke with Putin about China": Putin is).
    if (happenedOnly && !tree && /^0[0-5]/.test(match.code) && !means)
      targets = targets.filter(
        (t) =>
          !(t.first > f.last && upper.slice(f.last + 1, t.first).some((u) => TOPIC_MARKER.test(u))) &&
          // … and a talk with a journalist is an interview, not a consultation.
          !(t.actor === "MED" && match.code.startsWith("04"))
      );
    const [forward, back] = match.code.split(":");
    const pairs: [ActorRef, ActorRef, string][] = [];
    // The article reader: a compound pattern's mutual reading needs no object ("Finland and Sweden decided to join
    // NATO" is each of them toward NATO, not Sweden toward Finland).
    const compound =
      ((match.pattern?.pre.some((p) => p.kind === "compound") ?? false) || (mutualAct && sources.length > 1)) &&
      !(happenedOnly && !tree && targets.length > 0);
    if (nullActors && tree && targets.length === 0 && sources.length > 0 && /^0[12]/.test(forward ?? "")) {
      // PETRARCH codes a statement without a target against the null actor: ---GOV said → ---GOV|---|023.
      for (const src of sources)
        pairs.push([src, {code: "---", actor: "---", first: -1, last: -1, entry: "---"}, forward!]);
    } else if (
      (targets.length === 0 || compound) &&
      sources.length > 1 &&
      // In raw text, only a reciprocal act (meet, agree, cooperate) of a small group is read as mutual.
      (tree ||
        compound ||
        ((sources.length <= 3 ||
          // ("X and the leaders of A, B, C and D signed …": one side and the others, however many)
          (happenedOnly &&
            upper[sources[1]!.first - 1] === "OF" &&
            LEADERS_OF.test(upper[sources[1]!.first - 2] ?? ""))) &&
          // (… or an act the dictionary tells both ways, "signed a ceasefire" 0871:0871, or a fight: "A and B fought
          // a war in 2020" is each against the other; review M9)
          // (not a perfect or a habit: "have clashed repeatedly" tells no one act)
          (/^0[3-6]/.test(forward ?? "") ||
            (happenedOnly &&
              (back === forward || /^19/.test(forward ?? "")) &&
              !/^(HAVE|HAS|HAD)$/.test(upper[f.first - 1] ?? "") &&
              !/^(REPEATEDLY|OFTEN|FREQUENTLY|REGULARLY|SOMETIMES|OCCASIONALLY)$/.test(upper[f.last + 1] ?? "") &&
              // (a fight is on each other only when it fights nothing else: "fought a war", "clashed on the border",
              // not "fought wildfires", "fought the floods together": review M13)
              (!/^19/.test(forward ?? "") || fightsEachOther(upper, tags, f.last)))) &&
          // (a visit or a hosting is no act between those who make it: "X and Y sent envoys to the region")
          !/^04[23]/.test(forward ?? "") &&
          // … and, in the article reader, only when the group is the verb's subject right before it ("X and Y
          // met"), not a list elsewhere in the sentence ("besides X, Y and Z").
          (!happenedOnly ||
            Math.max(f.subjectEnd ?? -1, ...sources.map((r) => r.last)) >= verbHead(upper, f.anchor ?? f.first) - 4)))
    ) {
      // A compound subject acting together: each member toward the others (in the article reader, a group of three
      // or more is its first-named member toward each other one: see groupPairs).
      if (happenedOnly && !tree) {
        if (forward) for (const [s, t] of groupPairs(sources)) pairs.push([s, t, forward]);
      } else for (const s of sources) for (const t of sources) if (s !== t && forward) pairs.push([s, t, forward]);
    } else {
      for (const s of sources)
        for (const t of targets) {
          if (forward && forward !== "---") pairs.push([s, t, forward]);
          // The article reader tells one happening once: a visit's hosting (042 → 043) or a hosting's visit is the
          // same happening seen from the other side, not a second event. A mutual act (040:040, 057:057) keeps
          // both directions.
          const reply =
            happenedOnly && !tree && forward && back && back !== forward && back.slice(0, 2) === forward.slice(0, 2);
          // (a verb that takes the other side of the verb before it, "met X … and suspended talks with him", gives a
          // hostile act one way: the other side's reply is not told; a cooperative reply, 057:057, stays)
          const untold = f.sharedObject === true && Number(back?.slice(0, 2)) >= 10;
          if (back && back !== "---" && !reply && !untold) pairs.push([t, s, back]);
        }
    }
    // The article reader: a region is a place, not an actor that does things, unless named as a group of states
    // ("Central Asian states", "the Central Asian leaders") or as the West; "the region ... has played a role" is
    // no event of Central Asia's. A present-tense verb with no time in the sentence tells a habit or a state of
    // affairs ("China views Kazakhstan as a partner", "the region plays a role"), and "makes a statement" (010)
    // with no more said is too vague to be an event.
    if (happenedOnly && !tree) {
      // Present tense: the word is the verb's base or its -s form (the light tagger reads "met" as VBP too).
      const w = upper[f.first] ?? "";
      const b = f.form.base;
      // (the base after "did" is past: "did sign", "did not only sign … but also …")
      const afterDid = upper.slice(Math.max(0, f.first - 3), f.first).includes("DID");
      const present =
        !afterDid && (w === b || w === `${b}S` || w === `${b}ES` || (b.endsWith("Y") && w === `${b.slice(0, -1)}IES`));
      // (A month or a weekday without a year is a time all the same: "in January", "on Tuesday".)
      // ("Brussels is competing on rules": a present progressive with no time is a state of affairs too.)
      const progressive = /ING$/.test(w) && /^(IS|ARE|AM)$/.test(upper[f.first - 1] ?? "");
      const generic =
        ((present && /^VB[ZP]$/.test(tags[f.first] ?? "")) || progressive) &&
        // ("held talks", "had consultations": a noun after a past light verb, not a present tense)
        !/^(HELD|HAD|CONDUCTED|BEGAN|STARTED|RESUMED|CONCLUDED|COMPLETED)$/.test(upper[f.first - 1] ?? "") &&
        // ("held summit talks", "held high-level talks": one word of kind between)
        !(
          /^(SUMMIT|SUMMIT-LEVEL|HIGH-LEVEL|BILATERAL|TRILATERAL|OFFICIAL|FORMAL)$/.test(upper[f.first - 1] ?? "") &&
          /^(HELD|HAD|CONDUCTED|BEGAN|STARTED|RESUMED|CONCLUDED|COMPLETED)$/.test(upper[f.first - 2] ?? "")
        ) &&
        !declaredOff &&
        !skipped &&
        !suspended &&
        !followedTalks &&
        !datesItself() &&
        !(namedTime ??= timed || namesDate(text)) &&
        !/\b(now|today|currently|this (week|month|year))\b/i.test(text);
      // "continued to support a two-state solution", "keeps supplying X with fuel": a standing policy or an ongoing
      // state, no act, unless the sentence names a time of its own ("continued to shell X on Monday").
      // (Only cooperation, support and trade, CAMEO 01–06: material aid, coercion and force kept up stay acts —
      // "continued to supply drones to X", "kept shelling X's positions": review J13.)
      const ongoing =
        /^0[1-6]/.test(forward ?? "") &&
        ((upper[f.first - 1] === "TO" &&
          /^(CONTINUE|CONTINUES|CONTINUED|CONTINUING)$/.test(upper[f.first - 2] ?? "")) ||
          (tags[f.first] === "VBG" &&
            /^(CONTINUE|CONTINUES|CONTINUED|CONTINUING|KEEP|KEEPS|KEPT|KEEPING)$/.test(upper[f.first - 1] ?? ""))) &&
        !(namedTime ??= timed || namesDate(text));
      // "Orlen, which has bought Kazakh crude since 2022", "six ministers have visited all five states since 2019",
      // "have been buying up mining assets for a decade": a present perfect of cooperation or trade (CAMEO 01–06)
      // running since a time or for a span is a standing activity or a count of acts, no one act. Aid and force kept
      // up stay acts ("has sent aid to X since the war began": 07), and so do talks under way in the progressive
      // ("have been negotiating since May", as "are still negotiating"): src/read/modality-status.ts standingSince.
      const standing = /^0[1-6]/.test(forward ?? "") && standingSince(upper, tags, f.first, f.last, forward!);
      const vague = forward === "010";
      // Trade told as a share ("China bought 60% of Kazakh uranium exports", "buys the bulk of Turkmen gas") or a
      // ranking (", overtaking Russia") is a state of affairs, a figure rather than an act.
      const share =
        (TRADE_VERB.test(w) || SHARE_VERB.test(w)) &&
        upper.slice(f.last + 1, f.last + 7).some((u, k, a) => SHARE.test(u) && a.includes("OF"));
      const ranking = RANKING.test(w) && upper[f.first - 1] === ",";
      // A trade figure ("Kazakh exports to Russia rose by a quarter", "Italy bought Kazakh goods worth $11.9 billion")
      // is no act: neither the flow's own verb nor a verb whose subject is the figure's owner ("…, as traders rushed
      // to …" after "Kazakh exports").
      const stat = (statistic ??= tradeFigure(upper));
      const figure =
        (stat !== null &&
          ((f.first >= stat.from && f.first <= stat.to) ||
            (f.first > stat.to && sources.some((r) => r.first >= stat.from && r.last <= stat.to)))) ||
        (TRADE_VERB.test(w) &&
          upper.slice(f.last + 1, f.last + 5).some((u) => GOODS.test(u)) &&
          upper.slice(f.last + 1, f.last + 8).some((u) => u === "WORTH" || u === "$")) ||
        // Goods measured over a whole year ("In 2023, Russia supplied 3.8 billion cubic metres of gas to X", "sold 2
        // million tonnes of grain to Y last year"): a year's total, a figure; aid ("as humanitarian aid") stays an act.
        (YEAR_TRADE_VERB.test(w) &&
          measuredGoods(upper, f.last) &&
          !/\b(?:humanitarian|aid|assistance|relief|donat\w*|gift)\b/i.test(text) &&
          resolveDate(text, options.date)?.precision === "year") ||
        // A total over years told in the perfect ("Since 1991, the United States has provided more than $2.3 billion
        // in assistance", "has invested more than $5 billion over the past decade") is a figure, not one act.
        ((/^(HAS|HAVE)$/.test(upper[f.first - 1] ?? "") ||
          (/^(HAS|HAVE)$/.test(upper[f.first - 2] ?? "") && tags[f.first - 1] === "RB")) &&
          CUMULATIVE.test(text) &&
          // (a running total says so: "more than", "a total of"; "has lent X $300 million since 2020" is one act)
          /\b(?:more\s+than|over|a\s+total\s+of|in\s+total|altogether|some)\s+(?:US\s*)?(?:\$|€|USD\s*|\d)/i.test(
            text
          ));
      // A participle or gerund that modifies a noun or follows a preposition is no predicate: "the crossroads
      // connecting Europe and Asia", "aims at engaging the region", "the conflict unfolding in Ukraine".
      const prev = tags[f.first - 1] ?? "";
      // "X's neutrality, recognised by the UN General Assembly in 1995, …": a participle with its agent and a time
      // of its own tells a dated act of the agent's on the noun's owner.
      const datedAgent = upper[f.first - 1] === "," && upper[f.last + 1] === "BY" && dated(upper, f.last + 2);
      const modifier =
        !means &&
        !sequel &&
        !suspended &&
        !followedTalks &&
        (((tags[f.first] === "VBG" || tags[f.first] === "VBN") &&
          (/^(NN|NNS|IN|TO|DT)$/.test(prev) ||
            (prev === "," && tags[f.first] === "VBN" && !datedAgent) ||
            (prev === "NNP" && !found.some((m) => m.last === f.first - 1))) &&
          !/^(IS|ARE|WAS|WERE|BE|BEEN|BEING|AM|HAS|HAVE|HAD)$/.test(upper[f.first - 1] ?? "")) ||
          // "X, supported by Y, …": a past participle after a comma with its agent is a reduced relative clause.
          (prev === "," && /ED$/.test(w) && upper[f.last + 1] === "BY" && !datedAgent) ||
          // "held talks in narrow and expanded formats", "in an enlarged composition", "at an extended session": a
          // participle right before the noun of a gathering's form, after a word of the noun phrase (a determiner, an
          // adjective, a conjunction, a preposition), describes that form; no act (session 21)
          (/ED$/.test(w) &&
            f.first === f.last &&
            /^(FORMAT|FORMATS|COMPOSITION|COMPOSITIONS|SESSION|SESSIONS|MEETING|MEETINGS)$/.test(
              upper[f.last + 1] ?? ""
            ) &&
            /^(AND|OR|A|AN|THE|THIS|THAT|ITS|THEIR|IN|AT|OF|NARROW|BROAD|BROADER|WIDER|PLENARY)$/.test(
              upper[f.first - 1] ?? ""
            )) ||
          // "the railway, estimated at US$4.8 billion, …": a participle of measuring with its amount describes the
          // noun before it (a lexicon of the language's verbs of valuing; ac15, ev's file: one line)
          (prev === "," && /^(ESTIMATED|VALUED|PRICED|PEGGED|COSTED|CAPPED)$/.test(w) && upper[f.last + 1] === "AT") ||
          // "made a state visit", "the visit", "an official visit": a noun the tagger took for a verb.
          (present &&
            /^(DT|PRP\$|POS|JJ)$/.test(prev) &&
            !/^(TO|WILL|WOULD|SHALL|CAN|MAY|MUST)$/.test(upper[f.first - 1] ?? "")) ||
          // Inside a noun phrase: "a major Israeli arms client", "the General Assembly debate" (a base form after a
          // determiner and nouns, or an -s form between them and a noun).
          (present && insideNounPhrase(tags, upper, f.first, w === b)) ||
          // The head of a verb's object: "cut gas supplies", "boost trade ties" (a verb, nouns, then this word).
          (present && objectHead(tags, upper, f.first)) ||
          // Right after a preposition a present form is a noun: "looking for allies", "a call for talks".
          (present &&
            prev === "IN" &&
            !/^(TO|THAT|WHILE|WHEN|IF|BECAUSE|AS|SINCE|THOUGH|ALTHOUGH|UNLESS|ONCE|WHETHER)$/.test(
              upper[f.first - 1] ?? ""
            )));
      // A past participle right after a plural noun and before a preposition, with the sentence's own verb later, is
      // a reduced relative clause: "Western sanctions imposed over the war in Ukraine hit Kyrgyz banks", "the
      // loans provided by China in 2019 helped …" (the noun's description, not an act told by the sentence).
      const reduced =
        !means &&
        !suspended &&
        (PAST_FORM.test(w) || /ED$/.test(w)) &&
        /^\p{Ll}/u.test(written[f.first - 1] ?? "") &&
        /S$/.test(upper[f.first - 1] ?? "") &&
        !/^(WAS|IS|HAS|DOES|THIS|ITS|HIS|HERS|THUS|AS|US|ALWAYS|PERHAPS|YES|LESS|UNLESS|WHEREAS)$/.test(
          upper[f.first - 1] ?? ""
        ) &&
        !found.some((m) => m.last === f.first - 1) &&
        POST_PREPOSITION.test(upper[f.last + 1] ?? "") &&
        laterFiniteVerb(frames, fi, upper, f.last);
      // A force or coercion verb whose subject is a thing ("Western sanctions hit Kyrgyz banks", "Russian tariffs
      // squeezed the traders") is a figure of speech: the actor only describes the thing.
      const thing =
        /^(1[5-9]|20)/.test(forward ?? "") &&
        sources.some((r) => r.last < f.first && THING_HEADS.test(upper[r.last + 1] ?? "") && r.last + 1 < f.first);
      // A present passive with no time ("the presence is reinforced by the union") states how things are; so does a
      // present perfect progressive over years ("has been investing in X for many years").
      const state =
        (/^(IS|ARE)$/.test(upper[f.first - 1] ?? "") &&
          /ED$|EN$/.test(w) &&
          !datesItself() &&
          !/\b(now|today|currently|this (week|month|year))\b/i.test(text)) ||
        (upper[f.first - 1] === "BEEN" &&
          tags[f.first] === "VBG" &&
          /\bfor (many|several|some|decades|years|the (past|last) \w+ (years|decades))\b/i.test(text));
      // A subject that is a pronoun after a conjunction ("…, yet it also allowed X") is not the actor before it.
      const before = (f.passive ? targets : sources).filter((r) => r.last < f.first);
      const lastSubject = before.length ? Math.max(...before.map((r) => r.last)) : -1;
      let pronoun = false;
      if (!means && lastSubject >= 0)
        for (let k = lastSubject + 1; k < f.first && !pronoun; ++k)
          pronoun =
            /^(IT|THEY|HE|SHE|WE|I|YOU|THIS|THESE)$/.test(upper[k]!) &&
            /^(,|AND|BUT|YET|SO|THEN|HOWEVER|;)$/.test(upper[k - 1] ?? "");
      if (
        generic ||
        vague ||
        modifier ||
        state ||
        pronoun ||
        share ||
        ranking ||
        reduced ||
        thing ||
        figure ||
        ongoing ||
        standing
      ) {
        dropped.push({
          code: match.code,
          reason:
            generic || state || share || ranking || figure || ongoing || standing
              ? "generic"
              : vague
                ? "vague"
                : pronoun
                  ? "pronoun"
                  : "modifier",
          rule: match.rule
        });
        continue;
      }
    }
    // (pr) A side named in another clause of the sentence is no side of this verb's act: inside a relative, adverbial or
    // complement clause the verb is not in, outside the finite adverbial or relative clause the verb is in, the next
    // coordinated clause's subject, or before a subject pronoun opening the verb's clause (src/read/clause-sides.ts).
    // (Not the sides a means, a sequel or an aside takes from the main clause by design.) With no pair left, no event.
    if (happenedOnly && !tree && pairs.length > 0) {
      const byDesign = (r: ActorRef) => (means || sequel || aside !== undefined) && sources.includes(r);
      const apartAt = (r: {first: number; last: number}) =>
        otherClauseSide(upper, tags, clausesHere(), f.first, f.last, r);
      // (… unless the same actor is also named in the verb's own clause: "who is paying a visit to the Republic of X at
      // the invitation of …, held talks with his X counterpart")
      const apart = (r: ActorRef) =>
        r.first >= 0 && !byDesign(r) && apartAt(r) && !found.some((m) => refs.get(m)?.actor === r.actor && !apartAt(m));
      const kept = pairs.filter(([s, t]) => !apart(s) && !apart(t));
      if (kept.length === 0) {
        dropped.push({code: match.code, reason: "other-clause", rule: match.rule});
        continue;
      }
      pairs.splice(0, pairs.length, ...kept);
    }
    for (const [s, t, code] of pairs) {
      // "The West" and "Europe" act in political prose ("Europe cut its gas imports"); other regions are places.
      if (happenedOnly && !tree && core.regions?.has(s.actor) && s.actor !== "WST" && s.actor !== "EUR") {
        const next = upper[s.last + 1] ?? "";
        if (
          !/^(STATES|COUNTRIES|LEADERS|GOVERNMENTS|REPUBLICS|NATIONS|PRESIDENTS|HEADS|PARTNERS|NEIGHBOURS|NEIGHBORS)$/.test(
            next
          )
        ) {
          dropped.push({code, reason: "region-not-actor", rule: match.rule});
          continue;
        }
      }
      // No self-dyads: "the Kremlin condemned the attack on Moscow" is not Russia acting on Russia.
      // (Two agents of one state are a domestic event: "the government arrested opposition leaders".)
      const self = !tree && happenedOnly && s.actor === t.actor && s.actor !== "---" && (!s.agent || !t.agent);
      if (s.code === t.code || self || (s.actor === "---" && t.actor === "---")) {
        if (self) dropped.push({code, reason: "self-dyad", rule: match.rule});
        continue;
      }
      const key = `${s.code}|${t.code}|${code}`;
      if (seen.has(key)) continue;
      // (a verb that takes the other side of the verb before it adds no act of that verb's root: "met X's officials
      // and toured the port" is one meeting-and-visit, 04)
      if (
        f.sharedObject &&
        events.some((x) => x.source === s.actor && x.target === t.actor && x.code.slice(0, 2) === code.slice(0, 2))
      )
        continue;
      seen.add(key);
      const ev = makeEvent(s, t, code, match.rule, tokens[f.first], tokens[f.last]);
      if (f.mood === "intent") ev.modality = "planned";
      events.push(ev);
    }
  }
  // Happenings named by nouns ("Russia's invasion of Ukraine in 2022"), in a sentence that dates them itself.
  // Abstentions (011), which the verb dictionary does not list.
  if (happenedOnly && !tree && dyad && found.length > 1 && /bstain/i.test(text))
    for (const a of abstentions(ctx)) {
      const why = notAnEvent(upper, a.verb, text, false, tags);
      if (why) {
        dropped.push({code: "011", reason: why, rule: "ABSTAIN [011]"});
        continue;
      }
      for (const src of a.subject)
        for (const tgt of a.object)
          if (
            src.actor !== tgt.actor &&
            !events.some((e) => e.source === src.actor && e.target === tgt.actor && e.code === "011")
          )
            events.push(makeEvent(src, tgt, "011", "ABSTAIN [011]", tokens[a.verb], tokens[a.verb]));
    }
  /** Each subject toward each object of a being-somewhere frame, where the pair has no event yet. */
  const addStays = (frames: ReturnType<typeof stays>, code: string, label: string) => {
    for (const st of frames) {
      if (notAnEvent(upper, st.verb, text, false, tags)) continue;
      for (const src of st.subject)
        for (const tgt of st.object)
          if (src.actor !== tgt.actor && !events.some((e) => e.source === src.actor && e.target === tgt.actor))
            events.push(makeEvent(src, tgt, code, label, tokens[st.verb], tokens[st.verb]));
    }
  };
  // A stay: "the President was in Beijing in January" (042), in a sentence with a time of its own.
  if (happenedOnly && !tree && dyad && found.length > 1 && /\b(was|were) in\b/.test(text) && (timed || namesDate(text)))
    addStays(stays(ctx), "042", "BE IN <place> [042]");
  // Talks under way: "Kazakhstan is in talks with China on a loan" (046).
  if (happenedOnly && !tree && dyad && found.length > 1 && /\b(?:talks|negotiations|consultations)\b/i.test(text))
    addStays(talksUnderWay(ctx), "046", "BE IN TALKS WITH [046]");
  // An organisation's meeting in a state ("Leaders of the OTS met in Astana", 040 toward the host) and a grant of
  // membership ("signed a decision granting Belarus full membership", 050).
  if (
    happenedOnly &&
    !tree &&
    dyad &&
    found.length > 1 &&
    /\b(met|gathered|convened|held|opened|grant|gave|giving|admitt|offer)/i.test(text)
  )
    for (const g of gatherings(ctx, core.regions)) {
      const why = notAnEvent(upper, g.verb, text, false, tags);
      if (why) {
        dropped.push({code: g.code, reason: why, rule: g.rule});
        continue;
      }
      for (const src of g.subject)
        for (const tgt of g.object)
          if (src.actor !== tgt.actor && !events.some((e) => e.source === src.actor && e.target === tgt.actor))
            events.push(makeEvent(src, tgt, g.code, g.rule, tokens[g.verb], tokens[g.verb]));
    }
  // More goods sent: "X will increase oil exports to Y" (031 planned), "X boosted gas supplies to Y in March" (061).
  if (
    happenedOnly &&
    !tree &&
    dyad &&
    found.length > 1 &&
    /\b(increas|rais|doubl|tripl|expand|boost|resum)/i.test(text)
  )
    for (const fc of flowChanges(ctx, timed || namesDate(text))) {
      const code = fc.planned ? "031" : "061";
      if (notAnEvent(upper, fc.verb, text, false, tags)) continue;
      for (const src of fc.subject)
        for (const tgt of fc.object)
          if (src.actor !== tgt.actor && !events.some((e) => e.source === src.actor && e.target === tgt.actor)) {
            const ev = makeEvent(
              src,
              tgt,
              code,
              `${upper[fc.verb]} * EXPORTS TO [${code}]`,
              tokens[fc.verb],
              tokens[fc.verb]
            );
            if (fc.planned) ev.modality = "planned";
            events.push(ev);
          }
    }
  // A light-verb act found by its own reader (money pledged, aid sent): one event per pair of its subject and object,
  // unless the verb is negated or hedged; a vaguer reading of the same dyad (codes matching `yields`) gives way to it.
  const addActs = (acts: ReturnType<typeof pledges>, code: string, verb: string, thing: string, yields: RegExp) => {
    for (const p of acts) {
      const why = notAnEvent(upper, p.verb, text, false, tags);
      if (why) {
        dropped.push({code, reason: why, rule: `${verb} * ${thing} [${code}]`});
        continue;
      }
      for (const src of p.subject)
        for (const tgt of p.object) {
          if (src.actor === tgt.actor) continue;
          const own = p.code ?? code;
          const rule = `${upper[p.verb]} * ${p.thing ?? thing} [${own}]`;
          const ev = makeEvent(src, tgt, own, rule, tokens[p.verb], tokens[p.verb]);
          const same = events.findIndex((e) => e.source === src.actor && e.target === tgt.actor);
          if (same < 0) events.push(ev);
          else if (yields.test(events[same]!.code)) events[same] = ev;
        }
    }
  };
  // Money committed or pledged: "Japan committed $2 billion to projects in Mongolia" (0331). A statement or a
  // cooperation the dictionary read in the same dyad ("unveiled a package" → 050), or the aid the money is for
  // ("promised $25 million to help X" → 070), gives way to the pledge, which says more.
  if (happenedOnly && !tree && dyad && found.length > 1 && /[$€£¥]|billion|million/i.test(text))
    addActs(pledges(ctx), "0331", "PLEDGE", "MONEY", /^(01|03|05|07)/);
  // Aid sent: "Kazakhstan sent 5,000 tonnes of wheat flour to Afghanistan as humanitarian aid" (073); a vague reading
  // of the same dyad gives way (the aid says more), and so does aid of no kind (070) where the finder names one; an
  // aid reading of its own kind stays.
  if (happenedOnly && !tree && dyad && found.length > 1 && /\b(?:humanitarian|aid|assistance|relief)\b/i.test(text))
    addActs(aidShipments(ctx), "073", "SEND", "AID", /^(01|06|070)/);
  // A flow of goods stopped or checked: "Turkey suspended imports of Russian grain", "tightened checks on goods bound
  // for X" (163); the dictionary's threat reading of "tightened controls" (130) or a vaguer one gives way.
  if (
    happenedOnly &&
    !tree &&
    dyad &&
    found.length > 1 &&
    /\b(?:imports?|exports?|shipments|deliveries|purchases|supplies|checks|controls|inspections|scrutiny|screening|vetting|aid|assistance|funding|loans|credits|grants)\b/i.test(
      text
    )
  )
    addActs(tradeCurbs(ctx), "163", "CURB", "GOODS", /^(01|03|06|13|16[0-2])/);
  // A paper signed with its size or kind before its noun: "signed a $2 billion loan agreement with X" (057).
  if (happenedOnly && !tree && dyad && found.length > 1 && /\b(?:signed|concluded|inked|sealed)\b/i.test(text))
    addActs(signedPapers(ctx), "057", "SIGN", "PAPER WITH", /^(01|030|05[0-6]|07)/);
  // An official complaint: "handed a note of protest to the X ambassador" (114).
  if (happenedOnly && !tree && dyad && found.length > 1 && /\b(?:protest|d[ée]marches?)\b/i.test(text))
    addActs(protestNotes(ctx), "114", "HAND", "PROTEST", /^(01|11|14)/);
  // Production in another state: "Türkiye will produce drones in Kazakhstan" (planned 031/032), "built a plant in Y".
  if (
    happenedOnly &&
    !tree &&
    dyad &&
    found.length > 1 &&
    /produc|manufactur|assembl|build|built|construct/i.test(text)
  )
    for (const p of productions(ctx, timed || namesDate(text))) {
      const why = notAnEvent(upper, p.verb, text, false, tags);
      if (why) {
        dropped.push({code: p.code, reason: why, rule: "PRODUCE * IN"});
        continue;
      }
      for (const src of p.subject)
        for (const tgt of p.object)
          if (src.actor !== tgt.actor && !events.some((e) => e.source === src.actor && e.target === tgt.actor)) {
            const ev = makeEvent(src, tgt, p.code, `${upper[p.verb]} * IN [${p.code}]`, tokens[p.verb], tokens[p.verb]);
            if (p.planned) ev.modality = "planned";
            events.push(ev);
          }
    }
  // A state of affairs ("X is a Turkish drone client") or a new arrangement ("the EAEU's new deal with Iran") needs
  // no date; a sentence naming a time without a year ("on November 11") dates itself all the same.
  if (happenedOnly && !tree) {
    let dated: boolean | undefined;
    const done = new Set(events.map((e) => `${e.source}|${e.target}|${e.code.slice(0, 2)}`));
    for (const n of nounEvents(ctx)) {
      if (!n.undatedOk && !(dated ??= timed || namesDate(text))) continue;
      const why = notAnEvent(upper, n.noun, text, false, tags);
      if (why) {
        dropped.push({code: n.code, reason: why, rule: n.rule});
        continue;
      }
      // A group's joint happening ("X, Y and Z held talks"): its first-named member toward the others (groupPairs).
      const group = !n.self && n.subject === n.object && n.subject.length > 2;
      const nounPairs: [ActorRef, ActorRef][] = group ? groupPairs(n.subject) : [];
      if (!group) for (const src of n.subject) for (const tgt of n.object) nounPairs.push([src, tgt]);
      for (const [src, tgt] of nounPairs) {
        // Self-dyads only as the noun means them (a domestic happening, a group's own meeting).
        if (n.self ? src !== tgt : src.actor === tgt.actor) continue;
        // (pr) … and no side named in another clause than the noun's (src/read/clause-sides.ts).
        if (
          happenedOnly &&
          !tree &&
          [src, tgt].some(
            (r) =>
              r.first >= 0 &&
              r.actor !== n.teller &&
              otherClauseSide(upper, tags, clausesHere(), n.sidesAt ?? n.noun, n.sidesAt ?? n.noun, r) &&
              !found.some(
                (m) =>
                  refs.get(m)?.actor === r.actor &&
                  !otherClauseSide(upper, tags, clausesHere(), n.sidesAt ?? n.noun, n.sidesAt ?? n.noun, m)
              )
          )
        ) {
          dropped.push({code: n.code, reason: "other-clause", rule: n.rule});
          continue;
        }
        const key = `${src.actor}|${tgt.actor}|${n.code.slice(0, 2)}`;
        const back = `${tgt.actor}|${src.actor}|${n.code.slice(0, 2)}`;
        if (done.has(key) || (n.mutual && done.has(back))) continue;
        done.add(key);
        const ev = makeEvent(src, tgt, n.code, n.rule, tokens[n.noun], tokens[n.noun]);
        if (n.planned) ev.modality = "planned";
        events.push(ev);
      }
    }
  }
  // (the two passes below read a clause said the plain way as a sentence of its own, and keep what the sentence as
  // written did not already give: the same dyad with the same root)
  const recode = (plain: string) =>
    codeSentence(core, plain, {...options, canonical: true}, mapCodes, tagger, nullActors, happenedOnly);
  const hasDyadRoot = (e: CodedEvent) =>
    events.some((x) => x.source === e.source && x.target === e.target && x.code.slice(0, 2) === e.code.slice(0, 2));
  // Acts told inside an object relative or a passive reduced relative with its agent, read from the clause said
  // the plain way (src/read/events-relative.ts): "the aid that X delivered to Y" as "X delivered the aid to Y", "the
  // sanctions imposed on Y by X" as "X imposed the sanctions on Y"; a dyad the sentence already gave keeps its event.
  if (happenedOnly && !tree && !options.canonical && /\b(?:that|which|by)\b/i.test(text))
    for (const c of canonicalClauses(written, upper, tags, clausesHere())) {
      const again = recode(c.text);
      for (const e of again.events) {
        if (hasDyadRoot(e)) continue;
        const plain = {
          ...e,
          start: tokens[c.verb]!.start,
          end: tokens[c.verb]!.end,
          rule: `${e.rule ?? ""} clause:plain`
        };
        // (the same verb read in the sentence as written without its object, "imposed" 170, gives way to the plain
        // clause's reading with it, "imposed the sanctions" 163)
        const same = events.findIndex(
          (x) => x.source === e.source && x.target === e.target && x.start === tokens[c.verb]!.start
        );
        if (same >= 0) events[same] = plain;
        else events.push(plain);
      }
    }
  // Signings told as a noun after a verb of presence ("the two presidents witnessed the signing of 30 agreements",
  // "oversaw the exchange of six memoranda"): the signing read from the sentence said the plain way ("… signed 30
  // agreements"; src/read/events-witnessed.ts), its signing events only (root 05 at the verb said plainly).
  if (
    happenedOnly &&
    !tree &&
    !options.canonical &&
    /\b(?:signing|exchange|conclusion|initiall?ing)\s+of\b/i.test(text)
  )
    for (const w of witnessedSignings(written, upper, tags)) {
      const at = written.slice(0, w.verb).join(" ").length + (w.verb > 0 ? 1 : 0);
      const again = recode(w.text);
      for (const e of again.events) {
        if (e.code.slice(0, 2) !== "05" || (e.start ?? -1) !== at || hasDyadRoot(e)) continue;
        events.push({
          ...e,
          start: tokens[w.verb]!.start,
          end: tokens[w.verb]!.end,
          rule: `${e.rule ?? ""} witnessed:plain`
        });
      }
    }
  // Acts told as the gerund a verb of judging takes ("thanked X for lifting the ban on Y in March", "criticised X for
  // blocking Y"): the judged one's own act, read from the complement said the plain way ("X lifted the ban on Y in
  // March"; src/read/clauses.ts finds the complement).
  if (happenedOnly && !tree && !options.canonical && /\b(?:for|of)\s+\w+ing\b/i.test(text))
    for (const c of clausesHere()) {
      if (c.kind !== "complement") continue;
      const judged = sentenceGroups(ctx).find((g) => g.first > c.anchor && g.last < c.first);
      const base = core.verbs.forms.get(upper[c.opener]!)?.[0]?.base;
      if (!judged || !base) continue;
      // (the judged one's noun phrase: "his Kazakh counterpart", "the Togolese government")
      let end = judged.last;
      while (end + 1 < c.first && /^(NN|NNS|NNP|NNPS|POS)$/.test(tags[end + 1] ?? "")) ++end;
      const past = pastForm(base, base)!.toLowerCase();
      const plain = [...written.slice(c.anchor + 1, end + 1), past, ...written.slice(c.opener + 1, c.last + 1)].join(
        " "
      );
      const again = recode(`${plain}.`);
      for (const e of again.events) {
        if (!judged.refs.some((r) => r.actor === e.source)) continue;
        if (hasDyadRoot(e)) continue;
        events.push({
          ...e,
          start: tokens[c.opener]!.start,
          end: tokens[c.opener]!.end,
          rule: `${e.rule ?? ""} complement:plain`
        });
      }
    }
  // "A met B on Monday, as did C", "…, and so did C", "C did too": the ellipsis repeats the main clause's acts with C
  // as their author (events-ellipsis: each act of the clause's first author before the ellipsis, C in its place).
  if (
    happenedOnly &&
    !tree &&
    events.length > 0 &&
    /\b(?:as|so)\s+(?:did|has|have|had|were|was)\b|\bdid\b|followed suit/i.test(text)
  ) {
    const more = ellipsisActs(ctx, events, tokens);
    for (const e of more)
      if (!events.some((x) => x.source === e.source && x.target === e.target && x.code === e.code)) events.push(e);
  }
  return {events, mentions, warnings, dropped};
}

/**
 * The acts an ellipsis after the main clause repeats with other authors: "A urged B to …, as did C and D", "A recalled
 * its envoy from B on 3 June, and so did C", "… came, as has D". The clause's acts are the events told before the
 * ellipsis whose source is the first of them told; each actor group after "as/so did" (up to the clause's end, not
 * one after a preposition other than "of") becomes their source, toward the same target, with the same code.
 */
function ellipsisActs(ctx: SentenceContext, events: readonly CodedEvent[], tokens: readonly Token[]): CodedEvent[] {
  const {upper} = ctx;
  let m = -1;
  for (let k = 1; k + 1 < upper.length; ++k)
    if (
      /^(AS|SO)$/.test(upper[k]!) &&
      /^(DID|HAS|HAVE|HAD|WERE|WAS)$/.test(upper[k + 1]!) &&
      // (", as did C", ", and so did C": not "as was the case", "so did not")
      (upper[k - 1] === "," || (upper[k] === "SO" && upper[k - 1] === "AND")) &&
      !/^(NOT|N'T)$/.test(upper[k + 2] ?? "")
    ) {
      m = k;
      break;
    }
  // (review K15: "…, as Peru did (on Tuesday)", "…, and Peru followed suit": the actor before the ellipsis's verb)
  let asGroup: {first: number; last: number; refs: ActorRef[]} | undefined;
  if (m < 0)
    for (const g of sentenceGroups(ctx)) {
      const next = upper[g.last + 1] ?? "";
      const lead = upper[g.first - 1] ?? "";
      if (
        g.first >= 2 &&
        ((lead === "AS" && upper[g.first - 2] === "," && /^(DID|HAS|HAD)$/.test(next)) ||
          (lead === "AND" && upper[g.first - 2] === "," && next === "FOLLOWED" && upper[g.last + 2] === "SUIT"))
      ) {
        m = g.first - 1;
        asGroup = g;
        break;
      }
    }
  if (m < 0) return [];
  const at = tokens[m]!.start;
  const before = events.filter((e) => e.start !== undefined && e.start < at);
  if (before.length === 0) return [];
  const first = before.reduce((a, b) => (b.start! < a.start! ? b : a));
  const acts = before.filter((e) => e.source === first.source);
  const out: CodedEvent[] = [];
  for (const g of asGroup ? [asGroup] : sentenceGroups(ctx)) {
    if (!asGroup && g.first <= m + 1) continue;
    // (review K15: "as did its ambassador in X": a possessed noun phrase is the main subject's own)
    if (!asGroup && upper.slice(m + 2, g.first).some((u) => /^(ITS|HIS|HER|THEIR)$/.test(u))) continue;
    // (to the clause's end: a stop or another clause)
    if (upper.slice(m + 2, g.first).some((u) => /^(;|:|\.|WHICH|WHO|BUT|WHILE|WHEREAS|BECAUSE|AFTER|BEFORE)$/.test(u)))
      break;
    const lead = upper[g.first - 1] ?? "";
    if (/^(IN|ON|AT|TO|FROM|WITH|FOR|BY|AGAINST|DURING|NEAR|INTO|OVER|ABOUT)$/.test(lead)) continue;
    for (const ref of g.refs)
      for (const e of acts) {
        if (ref.actor === e.target || ref.actor === e.source) continue;
        const {sourceAgent: _agent, ...rest} = e;
        out.push({
          ...rest,
          source: ref.actor,
          ...(ref.agent ? {sourceAgent: ref.agent} : {}),
          rule: `${e.rule ?? ""} ellipsis:${upper[m]} ${upper[m + 1]}`
        });
      }
  }
  return out;
}

/** First words of prepositions ending in "to": "according to", "owing to", "thanks to", "prior to", "similar to" … */
const PREPOSITION_HEAD =
  /^(ACCORDING|OWING|THANKS|PRIOR|SIMILAR|CONTRARY|PURSUANT|DUE|COMPARED|RELATIVE|IDENTICAL|EQUIVALENT|ADDITION|RESPONSE|REFERENCE|REGARD|RELATION|CONTRAST|OPPOSED)$/;
/** Of those, the nouns that make one only inside "in/with/as … to": "in response to", "with regard to", "as opposed to". */
const PREPOSITION_NOUN = /^(ADDITION|RESPONSE|REFERENCE|REGARD|RELATION|CONTRAST|OPPOSED)$/;

/**
 * Retags, in place, each preposition of two or three words that ends in "to" as prepositions (IN), and the word after
 * its "to" as a noun when the tagger read it as an infinitive ("owing to pressure", "in response to attacks"). "Due
 * to" after a form of "be" is a schedule ("is due to arrive") and stays as it is.
 */
function retagComplexPrepositions(upper: readonly string[], tags: string[]): void {
  for (let k = 1; k < upper.length; ++k) {
    if (upper[k] !== "TO" || !PREPOSITION_HEAD.test(upper[k - 1]!)) continue;
    const head = upper[k - 1]!;
    if (PREPOSITION_NOUN.test(head) && !/^(IN|WITH|AS|BY)$/.test(upper[k - 2] ?? "")) continue;
    if (head === "DUE" && /^(IS|ARE|WAS|WERE|BE|BEEN|ALSO|NOW)$/.test(upper[k - 2] ?? "")) continue;
    tags[k - 1] = "IN";
    tags[k] = "IN";
    if (/^VB[PZ]?$/.test(tags[k + 1] ?? "")) tags[k + 1] = /S$/.test(upper[k + 1]!) ? "NNS" : "NN";
  }
}

/**
 * The pairs a joint act of a group gives in the article reader. Two members: each toward the other (a mutual act).
 * Three or more ("Kyrgyzstan, Tajikistan and Uzbekistan signed …", "the three presidents met"): the first-named
 * member toward each of the others, one event per other member, not every ordered pair (a trilateral is two events,
 * not six). The first-named member is the one the sentence tells the act of (the host, the initiator or the
 * story's own state, as reports list them); the pairs among the others are left out, so a measure over dyads counts
 * a summit of N once per partner of its first member.
 */
function groupPairs<T extends {actor: string}>(members: readonly T[]): [T, T][] {
  const distinct: T[] = [];
  for (const m of members) if (!distinct.some((d) => d.actor === m.actor)) distinct.push(m);
  const out: [T, T][] = [];
  if (distinct.length === 2) {
    out.push([distinct[0]!, distinct[1]!], [distinct[1]!, distinct[0]!]);
    return out;
  }
  for (const t of distinct.slice(1)) out.push([distinct[0]!, t]);
  return out;
}

/** Whether the verb at `at` is the infinitive an invitation asks for: "invited X to <verb>" (X at most six words). */
function invitedTo(upper: readonly string[], tags: readonly string[], at: number): boolean {
  if (upper[at - 1] !== "TO") return false;
  for (let k = at - 2; k >= Math.max(0, at - 9); --k) {
    if (/^(INVITED|INVITES|INVITE|INVITING)$/.test(upper[k]!)) return k < at - 2;
    if (/^(,|;|TO|AND|THAT|WHO|WHICH)$/.test(upper[k]!) || /^VB/.test(tags[k] ?? "")) return false;
  }
  return false;
}

/** Whether the phrase from token `from` to the next comma or stop names a year ("… by the UN in 1995,"). */
function dated(upper: readonly string[], from: number): boolean {
  for (let k = from; k < upper.length && !/^[,;.:()]$/.test(upper[k]!); ++k)
    if (/^(1[89]|20)\d\d$/.test(upper[k]!)) return true;
  return false;
}

/** Words that open what a statement or a talk is about. */
const TOPIC_MARKER = /^(ABOUT|REGARDING|CONCERNING)$/;

/** Irregular past participles that can head a reduced relative clause ("the loans lent by …", "troops sent to …"). */
const PAST_FORM =
  /^(MADE|BUILT|GIVEN|TAKEN|SENT|LENT|HELD|SET|BROUGHT|SOLD|PAID|LED|LEFT|SHOT|HIT|CUT|SPENT|WON|BOUGHT)$/;
/** Prepositions that open a reduced relative's complement right after its participle. */
const POST_PREPOSITION = /^(OVER|BY|IN|ON|AFTER|FOR|AGAINST|SINCE|DURING|AT|FROM|WITH|UNDER|TO|THROUGH|LAST|EARLIER)$/;
/**
 * A trade figure told by the sentence: a flow noun ("exports", "imports", "trade") followed in its clause, within
 * eight words, by a verb of change or amount ("rose", "fell", "reached"). Returns the span from the flow's owner (up
 * to three words before the noun) to that verb, or null.
 */
function tradeFigure(upper: readonly string[]): {from: number; to: number} | null {
  for (let p = 0; p < upper.length; ++p) {
    if (!FLOW.test(upper[p]!)) continue;
    for (let q = p + 1; q < Math.min(upper.length, p + 9); ++q) {
      if (/^(;|:|,|\(|\)|AND|BUT|WHILE|WHICH|THAT|WHEN)$/.test(upper[q]!)) break;
      if (CHANGE.test(upper[q]!)) return {from: Math.max(0, p - 3), to: q};
    }
  }
  return null;
}

/** Head nouns that make an actor before them a mere modifier of a thing ("Western sanctions", "Russian tariffs"). */
const THING_HEADS =
  /^(SANCTIONS|SANCTION|RESTRICTIONS|MEASURES|TARIFFS|DUTIES|POLICY|POLICIES|ECONOMY|PRICES|EXPORTS|IMPORTS|INFLATION|DECISION|DECISIONS|CRISIS|PROPAGANDA|MEDIA|RHETORIC|BUREAUCRACY|REGULATIONS|RULES|LAWS|LAW|BAN|EMBARGO)$/;

/**
 * Whether a finite verb of the sentence's own comes after token `after`, not one coordinated with the verb before it
 * ("… imposed over the war hit the banks": yes; "… gathered in Astana and agreed …": no).
 */
function laterFiniteVerb(frames: readonly Frame[], fi: number, upper: readonly string[], after: number): boolean {
  for (let k = fi + 1; k < frames.length; ++k) {
    const g = frames[k]!;
    if (g.first <= after + 1) continue;
    let b = g.first - 1;
    while (b > after && /^(HAS|HAVE|HAD|IS|ARE|WAS|WERE|WILL|ALSO|ALREADY|THEN|NOT)$/.test(upper[b]!)) --b;
    if (/^(AND|OR|,|THEN|BUT|WHICH|THAT|WHO|TO)$/.test(upper[b] ?? "")) continue;
    return true;
  }
  return false;
}

/** Occasions an act may be timed by. */
const OCCASION_NOUN =
  /^(SUMMIT|SUMMITS|MEETING|MEETINGS|TALKS|FORUM|CONFERENCE|SESSION|VISIT|TRIP|TOUR|CONGRESS|MINISTERIAL|DIALOGUE|NEGOTIATIONS|ELECTION|ELECTIONS|VOTE|G20|CEREMONY|GATHERING)$/;
/**
 * Whether the actor at `i` is named inside an occasion that times the act: a time preposition relating it to another
 * occasion ("ahead of", "before", "after", "following", "in the run-up to", "on the eve of"), the occasion's noun
 * with its determiners and modifiers, then the actor within a few words and no verb ("ahead of the first summit
 * between the EU and the Andean states", "before the EU-Mercosur summit", "after talks with X"). Such an actor is a
 * side of that occasion, not of the act. Not after the verb's own span (`verbLast`).
 */
function timedByOccasion(upper: readonly string[], tags: readonly string[], i: number, verbLast: number): boolean {
  // the occasion noun, with sides of its own: "the summit between A and B", "the summit of A and B" (within eight
  // words before the actor), or "the A–B summit" (a dash between the actor and the next, right before the noun); not
  // "talks with X", whose X is often the act's own partner ("signed 30 deals after talks with X")
  let noun = -1;
  for (let k = i - 1; k > verbLast && k >= i - 8; --k) {
    if (/^(VB[DZPN]?|MD)$/.test(tags[k] ?? "") && !OCCASION_NOUN.test(upper[k]!)) return false;
    if (/^[,;:]$/.test(upper[k]!) || upper[k] === "WITH") return false;
    if (OCCASION_NOUN.test(upper[k]!)) {
      const link = upper[k + 1] ?? "";
      if (link === "BETWEEN" || (link === "OF" && upper.slice(k + 2, i + 8).includes("AND"))) noun = k;
      break;
    }
  }
  if (noun < 0) {
    let dash = false;
    for (let k = i + 1; k <= i + 5 && k < upper.length; ++k)
      if (OCCASION_NOUN.test(upper[k]!)) {
        if (dash) noun = k;
        break;
      } else if (/^[-–—]$/.test(upper[k]!)) dash = true;
      else if (!/^(NNP|NNPS|NN|JJ)$/.test(tags[k] ?? "")) break;
    if (noun < 0) return false;
  }
  // the time preposition before the occasion's phrase: determiners, ordinals, adjectives and names between
  let k = Math.min(noun, i) - 1;
  while (k > verbLast && k >= Math.min(noun, i) - 6 && /^(DT|JJ|JJS|CD|NNP|NNPS|NN|PRP\$|POS|-)$/.test(tags[k] ?? ""))
    --k;
  const w = upper[k] ?? "";
  return (
    /^(BEFORE|AFTER|FOLLOWING)$/.test(w) ||
    (w === "OF" && /^(AHEAD|EVE)$/.test(upper[k - 1] ?? "")) ||
    (w === "OF" && upper[k - 1] === "THE" && upper[k - 2] === "EVE") ||
    (w === "TO" && /^RUN-UP$/.test(upper[k - 1] ?? "")) ||
    (w === "TO" && upper[k - 1] === "UP" && upper[k - 2] === "RUN")
  );
}

/** Whether the actor at `i` is named after "through" or "via" (past a list: "through Kazakhstan and Kyrgyzstan"). */
function transitPlace(upper: readonly string[], tags: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 8 && /^(NNP|NNPS|JJ|DT|CC|,)$/.test(tags[k] ?? "") && !/^(THROUGH|VIA)$/.test(upper[k]!))
    --k;
  return /^(THROUGH|VIA)$/.test(upper[k] ?? "");
}

/**
 * Whether a sentence's mentions can give an event's two sides, which must differ in code: two actor codes or more,
 * an actor named with several codes at once ([A/B]), or an agent (it joins an actor to make a second code,
 * USA and USAGOV, or stands alone as PETRARCH's null actor, ---GOV). Every side a verb, its patterns, a light verb,
 * an abstention or a production can take is one of these, so when this says no, none of them gives an event.
 */
function twoSides(
  found: readonly TokenMention[],
  refs: ReadonlyMap<TokenMention, ActorRef | undefined>,
  date: string | undefined,
  nullActors: boolean
): boolean {
  let code: string | undefined;
  for (const m of found) {
    if (m.entry.kind === "agent") {
      if (nullActors || code !== undefined || found.some((x) => x.entry.kind === "actor" && refs.get(x))) return true;
      continue;
    }
    if (m.entry.codes.length > 1 && codesOn(m.entry.codes, date).length > 1) return true;
    const ref = refs.get(m);
    if (!ref) continue;
    if (code !== undefined && ref.code !== code) return true;
    code = ref.code;
  }
  return false;
}

/**
 * Whether the word at `i` (read as a present-tense verb) sits inside a noun phrase: a determiner, then only
 * adjectives and nouns up to it, and — for an -s form, which may be a verb after its subject ("the minister
 * visits Beijing") — a common noun right after it ("arms client").
 */
function insideNounPhrase(tags: readonly string[], upper: readonly string[], i: number, base: boolean): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 5 && (/^(JJ|NN|NNP|NNS|CD|\$)$/.test(tags[k] ?? "") || upper[k] === "$")) --k;
  if (k === i - 1 || !/^(DT|PRP\$)$/.test(tags[k] ?? "")) return false;
  if (/^(THAT|THIS|THESE|THOSE|ALL|BOTH|EACH)$/.test(upper[k] ?? "")) return false;
  return base || /^NNS?$/.test(tags[i + 1] ?? "");
}

/** Whether the word at `i` ends a noun phrase that follows a verb: "cut gas supplies" (VB, NN, then the word). */
function objectHead(tags: readonly string[], upper: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && /^NNS?$/.test(tags[k] ?? "")) --k;
  const verb =
    /^VB/.test(tags[k] ?? "") && !/^(IS|ARE|WAS|WERE|BE|BEEN|BEING|AM|HAS|HAVE|HAD|DO|DOES|DID)$/.test(upper[k] ?? "");
  // Nouns between ("cut gas supplies"), or none after a past form ("received aid", "secured loans"), which a
  // present form cannot follow except after a catenative ("helped build", "let go").
  return (
    verb &&
    (k < i - 1 || (/^VB[DN]$/.test(tags[k] ?? "") && !/^(HELPED|LET|MADE|HEARD|SAW|WATCHED)$/.test(upper[k] ?? "")))
  );
}

/**
 * Where the verb's clause begins, for how near its subject must be: the verb, or the comma opening a parenthesis
 * right before it ("Turkey and Azerbaijan, for their part, agreed …", "X and Y, in turn, signed …").
 */
function verbHead(upper: readonly string[], at: number): number {
  // (an aside before the verb group's auxiliaries and adverbs: "X and Y, according to officials, have agreed …")
  let v = at;
  while (v > 0 && VERB_GROUP_WORD.test(upper[v - 1]!)) --v;
  if (upper[v - 1] !== ",") return at;
  for (let j = v - 2; j >= Math.max(0, v - 9); --j) if (upper[j] === ",") return j;
  return at;
}

/** Auxiliaries and adverbs of a verb group before its verb ("have also agreed", "will jointly build"). */
const VERB_GROUP_WORD =
  /^(HAVE|HAS|HAD|WILL|WOULD|SHALL|IS|ARE|WAS|WERE|BE|BEEN|ALSO|THEN|LATER|JOINTLY|ALREADY|RECENTLY|FINALLY|FORMALLY|REPORTEDLY|EVENTUALLY|NOW)$/;

function makeEvent(
  src: ActorRef,
  tgt: ActorRef,
  code: string,
  rule: string,
  a: Token | undefined,
  b: Token | undefined
): CodedEvent {
  const info = cameoInfo(code);
  const quad =
    info?.quad ??
    ((): QuadClass => {
      const root = Number(code.slice(0, 2));
      return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    })();
  return {
    source: src.actor,
    target: tgt.actor,
    ...(src.agent ? {sourceAgent: src.agent} : {}),
    ...(tgt.agent ? {targetAgent: tgt.agent} : {}),
    code,
    goldstein: info?.goldstein ?? 0,
    quad,
    ...(info?.plover ? {plover: info.plover} : {}),
    rule,
    ...(a && a.start >= 0 ? {start: a.start} : {}),
    ...(b && b.end >= 0 ? {end: b.end} : {})
  };
}

export {isVerbTag, verbFormsAt};

/** A match's code in the intent mood (codeInMood on its numeric part): the act of a fronted clause still to come. */
function intentOf(code: string): string {
  return code
    .split(":")[0]!
    .split(":")
    .map((c) => (/^\d/.test(c) ? codeInMood(c, "intent") : c))
    .join(":");
}
