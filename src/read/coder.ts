/**
 * The event coder: PETRARCH-style CAMEO coding of one sentence, either from its Penn Treebank parse
 * (parse mode) or from raw text (our tokenizer, a light tagger and shallow parsing). Pure: dictionary
 * texts in, a {@link Coder} out.
 *
 * @module
 */
import {narrow} from "./one-byte.js";
import type {Actor, ActorMention, Event, Issue} from "../domain/index.js";
import {codesOn, parseActorDictionary, type ActorEntry, type DatedCode} from "./dictionaries/actors.js";
import {byStart} from "./name-periods.js";
import {parseAgentDictionary, type AgentEntry} from "./dictionaries/agents.js";
import {findDiscard, parseDiscards, type DiscardEntry} from "./dictionaries/discards.js";
import {mergeVerbDictionary, parseVerbDictionary, type VerbDictionary} from "./dictionaries/verbs.js";
import {splitCode} from "./code-map.js";
import {buildPhraseIndex, findMentions, type LaterEntries, type PhraseIndex, type TokenMention} from "./mentions.js";
import {isVerbTag, parseTree, type TreeNode} from "./parse-tree.js";
import {framesFromTree, LEADERS_OF, type SentenceContext} from "./code-parse.js";
import {framesFromText, sentenceGroups} from "./shallow.js";
import {canonicalClauses, hasNamedContactRelative} from "./events-relative.js";
import {witnessedSignings} from "./events-witnessed.js";
import {alignWords, tokenize, type Token} from "./tokenize.js";
import {tagTokens} from "./tag.js";
import {createWordTable, type WordTable} from "./word-table.js";
import {splitActorCompounds} from "./compounds.js";
import {mayTellHistoricPresent, readHistoricPresent} from "./historic-present.js";
import {retagArticleWords} from "./article-retag.js";
import {namedAsActor} from "./named-actors.js";
import {frontedSubject, gerundAside, mainFrameBefore} from "./main-clause.js";
import {passGovernors} from "./governors.js";
import {dated, noActReason, type NoActSentence} from "./no-act.js";
import {
  arguedThat,
  coSubjectsJoin,
  condemnedAttackPlace,
  restatementAside,
  statedSupport,
  thingRelative
} from "./no-act-asides.js";
import {groupPairs, makeEvent} from "./coded-event.js";
import {addOtherActs} from "./other-acts.js";
import {isOrganisationCode} from "./page-home.js";
import {
  agentOfLaterParticiple,
  agreedOccasion,
  notAnEvent,
  presentInTimeClause,
  presentScheduled,
  presentTense,
  proposedGerund,
  proposedMeeting
} from "./modality.js";
import {skippedByNegation, skippedByVerb} from "./modality-skipped.js";
import {otherClauseSide} from "./clause-sides.js";
import {routeOrigin} from "./route-places.js";
import {findClauses, pastShaped, type Clause} from "./clauses.js";
import {spellingVariants, transliterationVariants} from "./transliterate.js";
import {inGroupPhrase, readLightVerb, refusedStatement} from "./light-verbs.js";

/** Verbs of talking a matter over (English): what they govern as a gerund is the matter, no act (session 31). */
const TALKED_OVER = /^(DISCUSS|DISCUSSED|DISCUSSES|DISCUSSING|DEBATE|DEBATED|DEBATES|DEBATING)$/;
const REFUSAL = /^(REFUS|REJECT|DECLIN|FAIL|UNWILLING)/;
/** A round of talks ("the third round of political consultations"), which a discard phrase of sport may also hold. */
const ROUND_OF_TALKS =
  /\bround\s+of\s+(?:[\w-]+\s+){0,3}?(?:talks|consultations|negotiations|dialogue|meetings|strategic\s+dialogue)\b/i;
/** Words that place a meeting in a schedule: what is declared off with them is left out of a programme, not refused. */
const SCHEDULE_MARK =
  /\b(?:separate(?:ly)?|one-on-one|one-to-one|tete-a-tete|tête-à-tête|bilateral|on\s+the\s+(?:sidelines|margins)|this\s+time|on\s+this\s+(?:trip|visit|occasion|tour))\b/i;
/** Gerunds of what one undergoes, not does: "after facing weeks of assaults", "after suffering losses". */
/** Time subordinators whose gerund clause is an act of the main verb's subject ("after hosting X", "while visiting X"). */
const SEQUEL_SUBORDINATOR = words(/^(AFTER|BEFORE|FOLLOWING|UPON|WHILE|WHEN|SINCE|ONCE|UNTIL)$/);
/** Gerunds of perceiving and studying (English's common verbs of them): what they take is no act toward its author. */
const PERCEIVING = words(
  /^(HEARING|WATCHING|SEEING|STUDYING|READING|REVIEWING|CONSIDERING|NOTING|EXAMINING|OBSERVING|LEARNING|VIEWING|ANALYSING|ANALYZING|ASSESSING|EVALUATING|NOTICING)$/
);
const UNDERGOING = words(
  /^(FACING|SUFFERING|ENDURING|UNDERGOING|SEEING|EXPERIENCING|WITNESSING|RECEIVING|LOSING|SUSTAINING|ABSORBING|WEATHERING)$/
);
/** Heads of a military noun phrase after an actor's adjective: "Armenian forces", "Tajik patrols", "Russian assaults". */
const MILITARY_HEAD =
  /^(FORCES|TROOPS|PATROLS?|SOLDIERS|UNITS|POSITIONS|ASSAULTS?|ATTACKS?|SHELLING|FIRE|GUARDS|BORDER|ARMY|MILITARY|TANKS|DRONES|WARSHIPS|JETS|FIGHTERS|MILITANTS|REBELS|OFFENSIVES?)$/;
/** Verbs of needing: a state, never an act of demanding. */
const NEED = words(/^(NEED|NEEDS|NEEDED|NEEDING|NECESSITATE|NECESSITATES|NECESSITATED|NECESSITATING)$/);
/** Governors of a wish: coded only through the act they govern. */
const DESIRE = words(
  /^(HOPE|HOPES|HOPED|HOPING|WANT|WANTS|WANTED|WANTING|WISH|WISHES|WISHED|SEEK|SEEKS|SOUGHT|SEEKING|AIM|AIMS|AIMED|AIMING)$/
);
import {matchVerb, pastForm, sentenceWords, verbFormsAt, type ActorRef, type VerbMatch} from "./verbs.js";
import {words} from "./word-set.js";
import {cue} from "./cue.js";

/** A noun of an act before "of" ("the signing of", "the exchange of"): the plain reading is tried only then (pre-filtered). */
const ACT_NOUN_OF = cue(/\b(?:signing|exchange|conclusion|initiall?ing)\s+of\b/i);

// Word lists tested inside the functions below, made once (a pattern written inside a function is a new object
// at each call; a set answers as the pattern did: see word-set.ts).
const NOT_NT = words(/^(NOT|N'T)$/);

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
  /**
   * {@link packActorEntries} of `extraActors` made already (kept between processes by the caller: src/app/coder.ts),
   * taken as they are.
   */
  packEntries?: ActorEntry[];
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
  /**
   * The sentence is a schedule's entry dated after the page ("TASHKENT - X visits Uzbekistan" under "MONDAY,
   * SEPTEMBER 18"): its present tense tells acts still to come (src/read/dates-schedule.ts).
   */
  scheduled?: boolean;
  /** The text is a clause said the plain way by the coder itself (src/read/events-relative.ts): not again. */
  canonical?: boolean;
  /**
   * The two sides of the occasion the text is telling, each toward the other (the article reader): a
   * one-sided act of one of them whose clause names no other side ("Dobrindt agreed.", "The
   * Afghan side confirmed its readiness to …") is toward the other. Only requests, intents and cooperation (02, 03,
   * 05 but praise). Set by src/read/document.ts (Anaphora.occasionSides).
   */
  addressee?: Readonly<Record<string, string>>;
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
      // (a name with diacritics also as news writes it without them: "Rinkēvičs", "Rinkevics"; session 25)
      if (entry)
        for (const v of spellingVariants(al.alias)) {
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
  /**
   * Entries after all of `entries`, kept apart by root key and given to the phrase trie when a text first asks for
   * that key (a parse taken from a cache: src/app/coder.ts); the same coder as with them in `entries`.
   */
  later?: LaterEntries;
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
  const pack = dicts.packEntries ?? (dicts.extraActors ? packActorEntries(dicts.extraActors) : []);
  const entries: (ActorEntry | AgentEntry)[] = [...pack];
  for (const e of parsed.entries) entries.push(e);
  const regions = new Set((dicts.extraActors ?? []).filter((a) => a.kind === "region").map((a) => a.code));
  const core: CoderCore = {index: buildPhraseIndex(entries, parsed.later), verbs: v.dictionary, discards, regions};
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
    // (the sentence one-byte when its characters allow it: one-byte.ts)
    codeSentence: (text, options) =>
      codeSentence(
        core,
        narrow(text),
        options,
        mapCodes,
        dicts.tagger,
        dicts.nullActors ?? false,
        dicts.happenedOnly ?? false
      )
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
    // "Azerbaijan Railways (ADY) and KTZ agreed …": the article reader reads a name's short form in parentheses as
    // no words of the sentence, so the brackets do not cut the name off from its clause (session 25).
    if (happenedOnly) tokens = withoutShortNameInBrackets(tokens);
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
  // follows its subject is read as its past form (src/read/historic-present.ts).
  if (ownTokens && happenedOnly && options.historicPresent && mayTellHistoricPresent(text, tags, upper))
    readHistoricPresent(written, tags, upper, infos, table, core.verbs);
  // The article reader: words the light tagger reads as verbs that are none here (src/read/article-retag.ts): a
  // preposition of two or three words ("according to"), the -ing noun of a paper's name ("a memorandum of
  // understanding"), "states" after a run of names ("the Central Asian states").
  if (ownTokens && happenedOnly) retagArticleWords(upper, tags);
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
  const found = findMentions(upper, core.index, nominal, infos).filter(
    (m) => m.entry.kind !== "actor" || !happenedOnly || namedAsActor(m.entry, m, tokens, written, upper)
  );
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
  // (session 29) Phoenix discards "third round" as sport's; diplomatic prose holds rounds of talks ("held their third
  // round of political consultations"): the article reader keeps a round of talks.
  if (discard && !(happenedOnly && / ROUND$/.test(discard.phrase) && ROUND_OF_TALKS.test(text))) {
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
  // (… unless the occasion told the other side of one side named: options.addressee)
  const addressee = happenedOnly ? options.addressee : undefined;
  const addressed = addressee !== undefined && found.some((m) => addressee[refs.get(m)?.actor ?? ""] !== undefined);
  const frames = tree ? framesFromTree(tree, ctx) : dyad || addressed ? framesFromText(ctx) : [];
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
  // A governing verb (agree to, pledge to) whose governed verb codes nothing is coded itself (src/read/governors.ts).
  passGovernors(frames, matches, upper, tags, happenedOnly && !tree);
  const dropped: DroppedFrame[] = [];
  // The sentence's clauses (src/read/clauses.ts), found when a rule first asks.
  let clauseList: Clause[] | undefined;
  const clausesHere = () => (clauseList ??= findClauses(written, tags, upper));
  const meansAt = new Set<number>();
  const timed = options.timed === true;
  // The sentence as the rules of verbs that tell no act read it (src/read/no-act.ts).
  const noAct: NoActSentence = {text, upper, tags, written, found, frames, date: options.date, timed};
  for (let fi = 0; fi < frames.length; ++fi) {
    const f = frames[fi]!;
    const match = matches[fi]!;
    if (f.skip) continue;
    // Verbs that give no event before their mood is read, and light verbs recoded (src/read/coder.ts frameGate).
    const gate = frameGate(f, match, ctx, text, happenedOnly, happenedOnly && !tree, dropped);
    if (!gate) continue;
    const {skipped, declaredOff, suspended, followedTalks, mutualAct, swapAct} = gate;
    if (!numeric(match.code)) continue;
    // The verb's mood, which may recode it or drop it (src/read/coder.ts frameMood).
    if (!frameMood(f, match, upper, tags, happenedOnly && !tree, declaredOff, dropped, options.scheduled === true))
      continue;
    // "imposed no quotas on wheat sold to X", "a share of grain shipped to Y": a participle right after a noun that a
    // preposition governs is a reduced relative with no agent, which describes the goods and tells no act of the
    // sentence's subject (session 31).
    if (happenedOnly && !tree && describingParticiple(f.first, written, upper, tags)) continue;
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
    const aside = happenedOnly && !tree && !means && !sequel ? gerundAside(ctx, f.first) : undefined;
    if (aside) sources = aside;
    if (sequel) {
      const from = sequelSources(ctx, frames, fi, match, targets, clausesHere(), dropped);
      if (!from) continue;
      sources = from;
    }
    if (means) {
      // The main verb: the nearest finite verb before with a subject.
      const main = mainFrameBefore(frames, tags, upper, fi);
      if (main) {
        sources = main.subject;
        if (targets.length === 0) targets = main.object;
      }
    }
    // The article reader: targets that are no other side of the act (src/read/coder.ts articleTargets).
    if (happenedOnly && !tree) targets = articleTargets(f, sources, targets, match.code, means, upper, tags);
    // An act whose addressee the occasion told (options.addressee): toward the occasion's other side.
    let toAddressee = false;
    if (!tree && addressee && targets.length === 0 && sources.length === 1) {
      const other = addressee[sources[0]!.actor];
      // (the verb's own block, or the verb that governs it: "promised to simplify visas", "agreed to expand …")
      const governor = f.anchor !== undefined && f.anchor !== f.first ? (upper[f.anchor] ?? "") : "";
      // (not a side asked to act, "We urge Germany to ensure …": the infinitive's subject is the asker's addressee)
      // (nor a passive, "Peru was offered a discount", nor "asked to postpone": a request to do, not of someone)
      if (
        other &&
        !f.passive &&
        !/^(WAS|WERE|BEEN|BEING|IS|ARE|BE)$/.test(upper[f.first - 1] ?? "") &&
        !(/^ASK\b/.test(match.rule ?? "") && upper[f.last + 1] === "TO") &&
        !ASKED_BEFORE.test(upper[sources[0]!.first - 1] ?? "") &&
        ADDRESSED_CODE.test(match.code) &&
        (ADDRESSED_VERB.test(match.rule ?? "") || ADDRESSING_GOVERNOR.test(governor))
      ) {
        targets = [{code: other, actor: other, first: -1, last: -1, entry: "addressee"}];
        toAddressee = true;
      }
    }
    const [forward, back] = match.code.split(":");
    // The article reader: a compound pattern's mutual reading needs no object ("Finland and Sweden decided to join
    // NATO" is each of them toward NATO, not Sweden toward Finland).
    const compound =
      ((match.pattern?.pre.some((p) => p.kind === "compound") ?? false) || (mutualAct && sources.length > 1)) &&
      !(happenedOnly && !tree && targets.length > 0);
    const pairs = framePairs(
      f,
      sources,
      targets,
      forward,
      back,
      compound,
      nullActors,
      tree !== undefined,
      happenedOnly,
      upper,
      tags,
      // (a visit's pattern read as an intent, "are expected to send delegations to the expo" (036 of SEND … [042]), is
      // still a journey of each: session 30)
      /\[04[23]/.test(match.rule ?? "")
    );
    // The article reader: a region is a place, not an actor that does things, unless named as a group of states
    // ("Central Asian states", "the Central Asian leaders") or as the West; "the region ... has played a role" is
    // no event of Central Asia's. A present-tense verb with no time in the sentence tells a habit or a state of
    // affairs ("China views Kazakhstan as a partner", "the region plays a role"), and "makes a statement" (010)
    // with no more said is too vague to be an event.
    // (src/read/no-act.ts)
    // "Kazakhstan joined the WTO in 2015", "the first state to join the EU's Erasmus+ programme", "its bid to join the
    // WTO": joining an organisation, a treaty or a programme is an accession, no meeting (the dictionary's ASSEMBLE
    // block reads JOIN as 040, made for "joined the talks", "joined X at the summit"). Session 25.
    if (
      happenedOnly &&
      !tree &&
      f.form.base === "JOIN" &&
      /^04/.test(match.code) &&
      accession(upper, f.last, targets)
    ) {
      dropped.push({code: match.code, reason: "accession", rule: match.rule});
      continue;
    }
    if (happenedOnly && !tree) {
      const why = noActReason(
        noAct,
        fi,
        forward,
        sources,
        targets,
        means,
        sequel,
        suspended,
        followedTalks,
        declaredOff,
        skipped
      );
      if (why) {
        dropped.push({code: match.code, reason: why, rule: match.rule});
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
      const ev = makeEvent(
        s,
        t,
        code,
        toAddressee ? `${match.rule} addressee:occasion` : match.rule,
        tokens[f.first],
        tokens[f.last]
      );
      if (f.mood === "intent") ev.modality = "planned";
      events.push(ev);
    }
  }
  // Acts the verb patterns do not read, found by readers of their own (src/read/other-acts.ts): abstentions, stays,
  // talks under way, gatherings, flows changed, money pledged, aid sent, trade curbed, papers signed, protests
  // handed, production abroad, happenings named by nouns.
  if (happenedOnly && !tree) addOtherActs(ctx, text, tokens, dyad, timed, refs, clausesHere, events, dropped);
  // Acts read again from a clause said the plain way (relatives, witnessed signings, judged gerunds) and repeated
  // by an ellipsis ("…, as did C").
  if (happenedOnly && !tree)
    addPlainReadings(ctx, text, written, tokens, options, tagger, nullActors, clausesHere, events);
  return {events, mentions, warnings, dropped};
}

/** The codes of an act an occasion's other side is the addressee of: a request, an intent, cooperation but praise. */
const ADDRESSED_CODE = /^(?:02|03|05[05-9])/;
/**
 * The verbs (the dictionary's blocks) of an act addressed to someone: asking, urging, offering, promising, inviting,
 * hosting, agreeing, accepting, giving and financing — not a verb that tells a state of affairs or a plan of one's own
 * ("accounted for 40% of investment", "expects to produce", "plans to build").
 */
const ADDRESSED_VERB =
  /^(?:ASK|APPEAL|URGE|OFFER|PLEDGE|PROMISE|INVITE|HOST|AGREE|EMBRACE|AID|GRANT|FINANCE|MOBILIZE)\b/;
/** A verb of asking right before a side: the side is asked to act ("urged Germany to …", "called on Kabul to …"). */
const ASKED_BEFORE = words(/^(URGE|URGES|URGED|ASK|ASKS|ASKED|ON|PRESS|PRESSES|PRESSED|REQUEST|REQUESTS|REQUESTED)$/);
/** A governing verb of an act addressed to someone: "agreed to …", "promised to …", "offered to …". */
const ADDRESSING_GOVERNOR = words(/^(AGREED|AGREES|PROMISED|PROMISES|PLEDGED|PLEDGES|OFFERED|OFFERS|VOWED|VOWS)$/);

/** A gathering one may join: "joined the talks", "joined the summit", "joined them at the session". */
const JOINED_GATHERING = words(
  /^(TALKS|SUMMIT|SUMMITS|MEETING|MEETINGS|SESSION|SESSIONS|CONFERENCE|FORUM|NEGOTIATIONS|CONSULTATIONS|DISCUSSIONS|DIALOGUE|CEREMONY|GATHERING|VISIT|TOUR|TRIP|CALL|DELEGATION|LEADERS|PRESIDENTS|MINISTERS|AT)$/
);

/**
 * Whether a verb of joining at `verb` joins an organisation rather than people or a gathering: every target an
 * organisation's code ("the WTO", "the EU's Erasmus+ programme", "NATO"), and no gathering or "at" named between the
 * verb and the target ("joined the talks with X", "joined the SCO leaders at the summit" stay meetings).
 */
function accession(upper: readonly string[], verb: number, targets: readonly ActorRef[]): boolean {
  if (targets.length === 0 || !targets.every((t) => isOrganisationCode(t.actor))) return false;
  const first = Math.min(...targets.map((t) => t.first));
  if (first <= verb) return false;
  for (let k = verb + 1; k < Math.min(upper.length, targets.reduce((a, t) => Math.max(a, t.last), first) + 4); ++k)
    if (JOINED_GATHERING.test(upper[k]!)) return false;
  return true;
}

/** What the gate of a coded verb found it to be (src/read/coder.ts frameGate). */
interface FrameGate {
  /** A meeting skipped (125), by a negation or a verb of skipping. */
  skipped: boolean;
  /** A cooperation declared off ("will not join"): a refusal. */
  declaredOff: boolean;
  /** A light verb's act recoded as a suspension (16x): "suspended visa-free travel". */
  suspended: boolean;
  /** A light verb's act that followed talks ("after talks in Astana"). */
  followedTalks: boolean;
  /** A light verb's act told as mutual, or with its sides swapped. */
  mutualAct: boolean;
  swapAct: boolean;
}

/**
 * Whether the verb at `v` is a participle that describes the noun right before it, inside a prepositional phrase
 * ("quotas on wheat sold to X", "most of the grain shipped to Y"): a past form after a lower-case common noun that a
 * preposition governs (only the noun's modifiers between), with no auxiliary and no agent after it. A noun after a
 * preposition is no subject, so the participle tells no act of the sentence's.
 */
function describingParticiple(
  v: number,
  written: readonly string[],
  upper: readonly string[],
  tags: readonly string[]
): boolean {
  const w = written[v] ?? "";
  if (w !== w.toLowerCase() || !(/^(VBN|VBD)$/.test(tags[v] ?? "") || pastShaped(w))) return false;
  // (a word, not a dash the tagger reads as a noun: "Turkey — under pressure at home — met …")
  if (!/^(NN|NNS)$/.test(tags[v - 1] ?? "") || !/^[a-z][a-z-]*$/.test(written[v - 1] ?? "")) return false;
  let k = v - 2;
  while (k >= 0 && /^(NN|NNS|JJ|CD|DT|PRP\$|HYPH)$/.test(tags[k] ?? "") && /^[\w$-]+$/.test(written[k] ?? "")) --k;
  if (k < 0 || tags[k] !== "IN" || /^(THAT|WHILE|BECAUSE|AS|SINCE|IF|AFTER|BEFORE)$/.test(upper[k]!)) return false;
  // (the clause's own finite verb before the phrase, "would not impose quotas on wheat sold to X": not an adverbial
  // phrase before the verb itself, "The official in turn sought …")
  let finite = false;
  for (
    let n = k - 1;
    n >= 0 && !/^(,|;|:|—|–|AND|BUT|WHICH|WHO|THAT)$/.test(upper[n]!) && !/^(:|,|-LRB-|-RRB-)$/.test(tags[n] ?? "");
    --n
  )
    if (/^(VBD|VBZ|VBP|MD)$/.test(tags[n] ?? "")) finite = true;
  if (!finite) return false;
  // (an agent makes it a passive with its doer, read elsewhere: "the aid sent to X by Y")
  for (let n = v + 1; n < Math.min(upper.length, v + 10); ++n) if (upper[n] === "BY") return false;
  return true;
}

/**
 * The gate a coded verb passes before its mood is read: a wish or a need (no act), a meeting skipped (125), a
 * cooperation declared off, a verb under a question, a hypothesis, a negation, an opinion or a goal
 * (src/read/modality.ts notAnEvent), an invitation's named act, a negated cooperation (120), and light verbs and
 * idioms recoded (src/read/light-verbs.ts readLightVerb). Undefined when the verb gives no event (its reason added to
 * `dropped`); `match` is recoded in place. `articleReader`: the article reader's raw text.
 */
function frameGate(
  f: Frame,
  match: VerbMatch,
  ctx: SentenceContext,
  text: string,
  happenedOnly: boolean,
  articleReader: boolean,
  dropped: DroppedFrame[]
): FrameGate | undefined {
  const {upper, tags, mentions: found} = ctx;
  // A wish or a hope with nothing coded after it ("hoped to attract technology") is no act of its own.
  if (articleReader && DESIRE.test(upper[f.first] ?? "") && upper[f.last + 1] === "TO") {
    if (/^\d/.test(match.code)) dropped.push({code: match.code, reason: "opinion", rule: match.rule});
    return undefined;
  }
  // (session 32) An anniversary kept is no act toward the other side: "the UK and Uzbekistan celebrated 30 years of
  // diplomatic relations in 2022", "the two countries mark the 30th anniversary of relations" (the relation's start is
  // its own event, 05, told by "established").
  if (articleReader && ANNIVERSARY_KEPT.test(upper[f.first] ?? "") && anniversaryAfter(upper, f.last + 1)) {
    if (/^\d/.test(match.code)) dropped.push({code: match.code, reason: "generic", rule: match.rule});
    return undefined;
  }
  // (session 32) What commentators, analysts, observers or critics say or do is their view, not their state's act:
  // "pro-government commentators accused Paris of poaching", "Western analysts in Moscow criticised the deal".
  if (articleReader && commentatorsSubject(upper, tags, f.first)) {
    if (/^\d/.test(match.code)) dropped.push({code: match.code, reason: "opinion", rule: match.rule});
    return undefined;
  }
  // A need is a state, not a demand: "Astana needed Russian financing", "Mongolia needs fuel" (CAMEO 2.0 lists NEED
  // under DEMAND, 100); what is asked for is read from the verbs of asking and demanding.
  if (articleReader && NEED.test(upper[f.first] ?? "")) {
    if (/^\d/.test(match.code)) dropped.push({code: match.code, reason: "generic", rule: match.rule});
    return undefined;
  }
  // Raw text: only acts that happened (or were announced) are events; parse mode keeps PETRARCH's reading.
  // "said Kazakhstan would not join BRICS", "will not sign the treaty": a cooperation declared off is a refusal
  // (12x), as "refused to join" is (a declaration, so no time of its own is needed).
  // (pr) A verb of taking part told under a negation, with an occasion as its object ("did not attend the summit",
  // "is not taking part in the session"): a meeting skipped, 125 (src/read/modality-skipped.ts), the refuser's own.
  // (toward its own object, not one past a comma: "X will not attend the summit, Japanese officials said")
  const ownObject = !(f.object[0] !== undefined && upper.slice(f.last + 1, f.object[0].first).includes(","));
  const negSkip = articleReader && ownObject && skippedByNegation(upper, f.first);
  const skipped = negSkip || (articleReader && ownObject && skippedByVerb(upper, f.first));
  if (skipped) {
    match.code = "125";
    match.rule = `SKIPPED: ${upper[f.first]} * MEETING [125]`;
    // (the negation is the skip's own form; a verb of skipping keeps the mood its governors give it: "threatened to
    // skip" a threat, "warned that it would boycott" planned, "did not want to miss" no act — review M4)
    if (negSkip) delete f.mood;
  } else if (articleReader && match.code === "125" && /^(SKIP_MEETING_?|STAY):/.test(match.rule ?? "")) {
    // (the dictionary's skipping frames hold to the same guards: "missed the meeting's deadline")
    dropped.push({code: match.code, reason: "modifier", rule: match.rule});
    return undefined;
  }
  const declaredOff =
    !skipped &&
    happenedOnly &&
    NOT_NT.test(upper[f.first - 1] ?? "") &&
    /^(WILL|WOULD|WO)$/.test(upper[f.first - 2] ?? "") &&
    /^0[3-6]/.test(match.code) &&
    // (a meeting declared off with a mark of the schedule it is left out of is no refusal: "X will not hold a
    // separate meeting with Y", "will not meet Y one-on-one on this trip"; "Putin will not meet Zelensky" is one,
    // as joining, signing or supplying declared off is: review H2)
    !(/^04/.test(match.code) && SCHEDULE_MARK.test(text)) &&
    // (toward its own object, not one past a comma: "X will not attend the summit, Kremlin spokesman Y said")
    !(f.object[0] !== undefined && upper.slice(f.last + 1, f.object[0].first).includes(","));
  const refused = (REFUSAL.test(upper[f.first - 2] ?? "") && upper[f.first - 1] === "TO") || declaredOff || negSkip;
  const why = !articleReader
    ? undefined
    : notAnEvent(upper, f.first, text, refused || REFUSAL.test(upper[f.first] ?? ""), tags);
  if (why) {
    if (/^\d/.test(match.code) || f.mood === "negated") dropped.push({code: match.code, reason: why, rule: match.rule});
    return undefined;
  }
  // (session 33) Clauses that tell no act of the sides the coder would give them (src/read/no-act-asides.ts): an
  // apposition renaming what was said or done ("…, a line Astana has repeated to every European visitor since 2022",
  // "…, the first time all five leaders had sat down with …"), a relative whose subject is a thing ("the contracts
  // that have so far gone to China"), an attack condemned where it struck ("condemns the terrorist attack in
  // Islamabad"), a coordinated subject joining an occasion ("X and Y joined the talks"), an argument ("argued that").
  if (articleReader && !skipped) {
    const aside = restatementAside(upper, tags, f.first)
      ? "generic"
      : thingRelative(upper, tags, found, f.first)
        ? "modifier"
        : condemnedAttackPlace(upper, f.first, f.last, f.object) || coSubjectsJoin(upper, f.first, f.subject, f.object)
          ? "one-actor"
          : arguedThat(upper, f.first)
            ? "opinion"
            : undefined;
    if (aside) {
      if (/^\d/.test(match.code)) dropped.push({code: match.code, reason: aside, rule: match.rule});
      return undefined;
    }
    // "expressed its support for Morocco's autonomy plan": an endorsement (051) of the plan's owner, one way, whatever
    // noun after "support for" the dictionary read (a plan as intent, 032 both ways; a fight as concern, 012)
    if (/^0[1-3]/.test(match.code) && statedSupport(upper, f.first, f.last)) {
      match.code = "051";
      match.rule = "STATED: * SUPPORT (FOR) [051]";
    }
  }
  // "invited Biden to pay a visit to X": the invitation is the inviter's act (INVITED * TO, 036); the visit it asks
  // for is nobody's intent yet.
  // (… and so is the visit of an invitation's addressee: "conveyed an invitation from President X to President Y to
  // visit Astana", "an invitation for Y to visit": the invitation is the inviter's, the visit nobody's yet; session 29)
  if (articleReader && (invitedTo(upper, tags, f.first) || invitationTo(upper, tags, f.first))) {
    if (/^\d/.test(match.code)) dropped.push({code: match.code, reason: "planned", rule: match.rule});
    return undefined;
  }
  if (f.mood === "negated" && !/^\d/.test(match.code)) match.code = "120";
  let suspended = false;
  let followedTalks = false;
  let mutualAct = false;
  let swapAct = false;
  // Light verbs and idioms the dictionary codes by their first word (or not at all): "took part in the
  // negotiations" (046), "arrived in Baku" (042), "sent a delegation to X" (042), "received the Chinese foreign
  // minister" (043, and the guest's 042), "exchanged fire" (193, mutual).
  if (articleReader && !skipped) {
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
      return undefined;
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
        const ref = after ? refOf(after, ctx.date, ctx.mapCodes) : undefined;
        // (a frame that took the other side of the verb before keeps it where a pronoun stands in the target's
        // place: "met X … and banned imports of grain from it")
        if (!ref && !(f.sharedObject && f.object.length > 0)) {
          dropped.push({code: match.code, reason: "one-actor", rule: match.rule});
          return undefined;
        }
        if (ref) f.object = [ref];
      }
    }
  }
  return {skipped, declaredOff, suspended, followedTalks, mutualAct, swapAct};
}

/**
 * The sources of a sequel, a gerund after a time subordinator ("After meeting X on Monday, the president flew home",
 * "said on Tuesday after hosting X"): the subject of the main clause after a fronted clause, or of the main verb
 * before; undefined when the gerund tells no act of theirs (its reason added to `dropped`). Reads, in place, the
 * sequel's mood from a main clause told as still to come.
 */
function sequelSources(
  ctx: SentenceContext,
  frames: readonly Frame[],
  fi: number,
  match: VerbMatch,
  targets: readonly ActorRef[],
  clauses: readonly Clause[],
  dropped: DroppedFrame[]
): ActorRef[] | undefined {
  const {upper, tags} = ctx;
  const f = frames[fi]!;
  // "After meeting X on Monday, the president flew home": a gerund clause that opens the sentence (or a reported
  // clause) tells an act of the main clause's subject, named right after the clause's comma.
  const clause = clauses.find((c) => c.kind === "adverbial" && c.form === "gerund" && c.opener === f.first - 1);
  const fronted = clause ? frontedSubject(ctx, clause.first, clause.last) : undefined;
  const main = fronted || fronted === null ? undefined : mainFrameBefore(frames, tags, upper, fi, f.first);
  if (!main && !fronted) {
    dropped.push({code: match.code, reason: "modifier", rule: match.rule});
    return undefined;
  }
  // (review K5: what one perceives or studies is no act toward its author: "After hearing X's complaint",
  // "after studying X's proposal", "after watching X's parade" — English's verbs of perception and study)
  if (fronted && PERCEIVING.test(upper[f.first] ?? "")) {
    dropped.push({code: match.code, reason: "modifier", rule: match.rule});
    return undefined;
  }
  if (fronted?.future && !f.mood) {
    f.mood = "intent";
    match.code = intentOf(match.code);
  }
  // (a meeting needs people: "after confronting Armenian forces", "after encountering Tajik patrols" met no one:
  // review J18)
  if (/^04/.test(match.code) && targets.some((t) => MILITARY_HEAD.test(upper[t.last + 1] ?? ""))) {
    dropped.push({code: match.code, reason: "modifier", rule: match.rule});
    return undefined;
  }
  const sources = main ? main.subject : fronted!.refs;
  if (main?.mood === "intent" && upper[f.first - 1] === "BEFORE" && !f.mood) {
    f.mood = "intent";
    match.code = intentOf(match.code);
  }
  return sources;
}

/**
 * Reads, in place, the mood of a coded verb and its code in that mood (`match`): a refused statement (011), a
 * refused hostile act or invitation (dropped), what an invitation, an offer, a schedule, a proposal or an agreement
 * names (an intent), a verbal act of conflict only intended (dropped), and the code of an intent, a refusal or a threat
 * (codeInMood). False when the verb gives no event (its reason added to `dropped`). `articleReader`: the article
 * reader's raw text; `declaredOff`: a cooperation declared off ("will not join").
 */
function frameMood(
  f: Frame,
  match: VerbMatch,
  upper: readonly string[],
  tags: readonly string[],
  articleReader: boolean,
  declaredOff: boolean,
  dropped: DroppedFrame[],
  scheduled = false
): boolean {
  // Declining to condemn X is declining to take a position toward X (011); refusing any other hostile act is
  // no hostile act.
  if (articleReader && f.mood === "negated" && refusedStatement(upper, f.first)) {
    match.code = "011";
    match.rule = `DECLINE TO ${upper[f.first]} [011]`;
    delete f.mood;
  }
  // (A refusal verb's own rejection stays: "Turkmenistan declined the offer" is the rejection itself, 12x.)
  const ownRejection = REFUSAL.test(upper[f.first] ?? "") && match.code.startsWith("12") && upper[f.last + 1] !== "TO";
  if (articleReader && f.mood === "negated" && Number(match.code.slice(0, 2)) >= 9 && !ownRejection) {
    dropped.push({code: match.code, reason: "negation", rule: match.rule});
    return false;
  }
  // "declined an invitation to visit Lima", "turned down an offer to mediate": what a refused invitation names is
  // neither done nor intended (the refusal is the declining verb's own event, 125).
  if (
    articleReader &&
    upper[f.first - 1] === "TO" &&
    /^(INVITATION|INVITATIONS|OFFER|OFFERS)$/.test(upper[f.first - 2] ?? "") &&
    upper
      .slice(Math.max(0, f.first - 6), f.first - 2)
      .some((u, k, a) => /^(DECLIN|REJECT|SPURN|REFUS)/.test(u) || (/^TURN/.test(u) && a[k + 1] === "DOWN"))
  ) {
    dropped.push({code: match.code, reason: "negation", rule: match.rule});
    return false;
  }
  // "accepted the invitation to visit Tokyo", "an offer to mediate": what an invitation, an offer or a plan names
  // is intended, not done.
  if (
    articleReader &&
    !f.mood &&
    upper[f.first - 1] === "TO" &&
    /^(INVITATION|INVITATIONS|OFFER|OFFERS|PROPOSAL|PROPOSALS|REQUEST|PLAN|PLANS|INTENTION|READINESS|WILLINGNESS)$/.test(
      upper[f.first - 2] ?? ""
    )
  )
    f.mood = "intent";
  // (pr) A cooperative act told in the present with a time still to come ("visits Oslo next week", "meet in Hanoi
  // later this month", "is hosting X tomorrow") is a schedule: an intent, planned (modality.ts presentScheduled).
  if (articleReader && !f.mood && /^0[3-8]/.test(match.code) && presentScheduled(upper, tags, f.first, f.form.base))
    f.mood = "intent";
  // (dt26) A schedule's entry dated after the page tells its acts in the present ("X visits Uzbekistan", "Y hosts the
  // leaders …" under "MONDAY, SEPTEMBER 18"): a cooperation is its intent, planned; any other act told so is not yet
  // done, and has no intent code (modality-status.ts presentTense).
  if (articleReader && scheduled && !f.mood && presentTense(upper, tags, f.first)) {
    if (!/^0[3-8]/.test(match.code)) {
      dropped.push({code: match.code, reason: "planned", rule: match.rule});
      return false;
    }
    f.mood = "intent";
  }
  // (pr) … and so is one told in the present in a clause of time under a present or future main clause ("comes two
  // weeks before the presidency hosts a meeting", "before it hosts the leaders"): English's future in such clauses.
  if (articleReader && !f.mood && /^0[3-8]/.test(match.code) && presentInTimeClause(upper, tags, f.first))
    f.mood = "intent";
  // (pr) An act proposed, suggested or discussed as a gerund ("proposed holding a summit in X", "discussed opening a
  // route") is intended, not done; a meeting proposed as a noun ("proposed a summit with X", "suggested talks") is
  // an intent to meet, 036 (CAMEO's 036 covers offering to meet), planned (modality.ts proposedGerund, proposedMeeting).
  // (session 31) … but one discussed or debated is the matter of the talk ("the two discussed financing for the
  // project", "discussed raising gas deliveries to Iraq"): the talk is the event, read from its own verb.
  if (articleReader && proposedGerund(upper, tags, f.first) && TALKED_OVER.test(upper[f.first - 1] ?? "")) {
    dropped.push({code: match.code, reason: "topic", rule: match.rule});
    return false;
  }
  if (articleReader && !f.mood && proposedGerund(upper, tags, f.first)) f.mood = "intent";
  // (pr) An agreement or a decision that a meeting will take place ("agreed that the next summit would be held in X")
  // is an intent to meet, 036, planned, as "agreed to hold a summit" is (modality-status.ts agreedOccasion).
  if (articleReader && !f.mood && /^0[1-5]/.test(match.code) && agreedOccasion(upper, f.first)) {
    match.code = "036";
    match.rule = `${upper[f.first]} THAT * MEETING WOULD BE HELD [036]`;
    f.mood = "intent";
  }
  if (articleReader && !f.mood && /^02/.test(match.code) && proposedMeeting(upper, f.first, f.last)) {
    match.code = "036";
    f.mood = "intent";
  }
  // (pr) A verbal act of conflict one only wants, plans or is going to make ("wants to irritate X", "plans to
  // condemn Y", "will criticise Z") has no intent code in CAMEO and is not done: no event.
  if (articleReader && f.mood === "intent" && /^(09|10|11|14)/.test(match.code)) {
    dropped.push({code: match.code, reason: "planned", rule: match.rule});
    return false;
  }
  // An intended act has no reply yet: "will visit X" is X's visitor's intent, not X hosting.
  if (articleReader && f.mood === "intent") match.code = match.code.split(":")[0]!;
  // (… and a refusal is the refuser's alone: "X will not sign the treaty with Y" is no refusal of Y's)
  // (… as is a refusal told by its verb: "Armenia declined to sign the treaty with Russia" is no refusal of Russia's)
  // ("Palestinians and Israelis failed to reach agreement": a compound subject's failure is both sides')
  if (declaredOff || (articleReader && f.mood === "negated" && f.subject.length < 2))
    match.code = match.code.split(":")[0]!;
  if (f.mood)
    match.code = match.code
      .split(":")
      .map((c) => (c && /^\d/.test(c) ? codeInMood(c, f.mood) : c))
      .join(":");
  return true;
}

/**
 * The article reader's targets of a verb's act (`code`) left once those that are no other side of it are set aside:
 * the group the subject belongs to ("as part of X"), a transit route ("via X"), a later participle's agent, a group's
 * venue, the sides of another occasion the act is timed by, and the topic of a statement or a talk ("spoke … about
 * relations with X").
 */
function articleTargets(
  f: Frame,
  sources: readonly ActorRef[],
  targets: ActorRef[],
  code: string,
  means: boolean,
  upper: readonly string[],
  tags: readonly string[]
): ActorRef[] {
  // "as part of X", "on behalf of X": the group the subject belongs to, not the act's target; "reroute trade
  // through X", "ship oil via X": a transit route, not a partner.
  targets = targets.filter(
    (t) =>
      !inGroupPhrase(upper, t.first) &&
      !transitPlace(upper, tags, t.first) &&
      // (session 27) "container trains from the Chinese border to the Black Sea", "arrived from Hanoi": where a route
      // or a journey starts is a place, not a side (src/read/route-places.ts)
      !routeOrigin(upper, tags, t.first, t.last) &&
      // (the by-agent of a later participle is that participle's: "secure minerals long coveted by X")
      !(t.first > f.last && agentOfLaterParticiple(upper, t.first, f.last)) &&
      // "Georgia and Armenia held talks in Batumi": a group's venue in one of its own states is no side.
      !(sources.length > 1 && /^(IN|AT)$/.test(upper[t.first - 1] ?? "") && sources.some((r) => r.actor === t.actor)) &&
      // (session 19) … nor, for a meeting (04, or 036 to come), a venue elsewhere: "Mongolia and Laos agreed to
      // hold the next round of talks in Hanoi" is the two toward each other, Hanoi where they will meet
      !(
        /^(04|036)/.test(code) &&
        new Set(sources.map((r) => r.actor)).size > 1 &&
        t.first > f.last &&
        /^(IN|AT)$/.test(upper[t.first - 1] ?? "") &&
        !sources.some((r) => r.actor === t.actor)
      ) &&
      // (session 19) … nor the sides of another occasion the act is timed by: "agreed to work together ahead of
      // the summit between the EU and the Andean states", "… before the talks with X", "… after the meeting of Y"
      !(t.first > f.last && timedByOccasion(upper, tags, t.first, f.last)) &&
      // (session 29) … nor, for any act but a meeting, the place of the occasion it was done at: "raised the issue at a
      // summit in Dushanbe", "announced the package at a forum in Astana" (the act's side is named otherwise, or not)
      !(!/^0[34]/.test(code) && t.first > f.last && occasionVenue(upper, tags, t.first, f.last))
  );
  // "spoke to a correspondent about relations with Russia and China": what a statement or a talk is about is its
  // topic, not its other side ("spoke with Putin about China": Putin is).
  if (/^0[0-5]/.test(code) && !means)
    targets = targets.filter(
      (t) =>
        !(t.first > f.last && upper.slice(f.last + 1, t.first).some((u) => TOPIC_MARKER.test(u))) &&
        // … and a talk with a journalist is an interview, not a consultation.
        !(t.actor === "MED" && code.startsWith("04"))
    );
  return targets;
}

/**
 * The pairs of sides (and the code of each) a verb's act gives: its sources toward its targets (and the reply, a
 * code's second half, back), or a group's joint act (each member toward the others, or in the article reader its
 * first-named member toward each other one: groupPairs), or, in parse mode with null actors, a statement without a
 * target against the null actor. `forward` and `back` are the code's halves; `compound`: a compound pattern's mutual
 * reading; `parsed`: parse mode; `journey`: the verb's pattern is a visit's or a hosting's (042, 043), its code turned
 * to an intent or a plan.
 */
function framePairs(
  f: Frame,
  sources: readonly ActorRef[],
  targets: readonly ActorRef[],
  forward: string | undefined,
  back: string | undefined,
  compound: boolean,
  nullActors: boolean,
  parsed: boolean,
  happenedOnly: boolean,
  upper: readonly string[],
  tags: readonly string[],
  journey = false
): [ActorRef, ActorRef, string][] {
  const pairs: [ActorRef, ActorRef, string][] = [];
  if (nullActors && parsed && targets.length === 0 && sources.length > 0 && /^0[12]/.test(forward ?? "")) {
    // PETRARCH codes a statement without a target against the null actor: ---GOV said → ---GOV|---|023.
    for (const src of sources)
      pairs.push([src, {code: "---", actor: "---", first: -1, last: -1, entry: "---"}, forward!]);
  } else if (
    (targets.length === 0 || compound) &&
    sources.length > 1 &&
    // In raw text, only a reciprocal act (meet, agree, cooperate) of a small group is read as mutual.
    (parsed ||
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
        !(happenedOnly && journey) &&
        // … and, in the article reader, only when the group is the verb's subject right before it ("X and Y
        // met"), not a list elsewhere in the sentence ("besides X, Y and Z").
        (!happenedOnly ||
          Math.max(f.subjectEnd ?? -1, ...sources.map((r) => r.last)) >= verbHead(upper, f.anchor ?? f.first) - 4)))
  ) {
    // A compound subject acting together: each member toward the others (in the article reader, a group of three
    // or more is its first-named member toward each other one: see groupPairs).
    if (happenedOnly && !parsed) {
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
          happenedOnly && !parsed && forward && back && back !== forward && back.slice(0, 2) === forward.slice(0, 2);
        // (a verb that takes the other side of the verb before it, "met X … and suspended talks with him", gives a
        // hostile act one way: the other side's reply is not told; a cooperative reply, 057:057, stays)
        const untold = f.sharedObject === true && Number(back?.slice(0, 2)) >= 10;
        if (back && back !== "---" && !reply && !untold) pairs.push([t, s, back]);
      }
  }
  return pairs;
}

/**
 * Adds, in place, to a sentence's `events` (the article reader) the acts read from a clause of it said the plain way
 * as a sentence of its own — an object relative or a passive reduced relative with its agent, a signing witnessed,
 * a gerund a verb of judging takes — and the acts an ellipsis repeats with other authors ("…, as did C"). Only what
 * the sentence as written did not already give is kept: the same dyad with the same root.
 */
function addPlainReadings(
  ctx: SentenceContext,
  text: string,
  written: readonly string[],
  tokens: readonly Token[],
  options: CodeOptions,
  tagger: CoderDictionaries["tagger"],
  nullActors: boolean,
  clausesHere: () => Clause[],
  events: CodedEvent[]
): void {
  const {core, mapCodes, upper, tags} = ctx;
  // (the two passes below read a clause said the plain way as a sentence of its own, and keep what the sentence as
  // written did not already give: the same dyad with the same root)
  const recode = (plain: string) =>
    codeSentence(core, plain, {...options, canonical: true}, mapCodes, tagger, nullActors, true);
  const hasDyadRoot = (e: CodedEvent) =>
    events.some((x) => x.source === e.source && x.target === e.target && x.code.slice(0, 2) === e.code.slice(0, 2));
  // Acts told inside an object relative or a passive reduced relative with its agent, read from the clause said
  // the plain way (src/read/events-relative.ts): "the aid that X delivered to Y" as "X delivered the aid to Y", "the
  // sanctions imposed on Y by X" as "X imposed the sanctions on Y"; a dyad the sentence already gave keeps its event.
  // (and the same with no pronoun, "the partnership the EU signed with X": session 27)
  if (!options.canonical && (/\b(?:that|which|by)\b/i.test(text) || hasNamedContactRelative(written, upper, tags)))
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
  if (!options.canonical && ACT_NOUN_OF.test(text))
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
  if (!options.canonical && /\b(?:for|of)\s+\w+ing\b/i.test(text))
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
  if (events.length > 0 && /\b(?:as|so)\s+(?:did|has|have|had|were|was)\b|\bdid\b|followed suit/i.test(text)) {
    const more = ellipsisActs(ctx, events, tokens);
    for (const e of more)
      if (!events.some((x) => x.source === e.source && x.target === e.target && x.code === e.code)) events.push(e);
  }
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
      !NOT_NT.test(upper[k + 2] ?? "")
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

/** Whether the verb at `at` is the infinitive an invitation asks for: "invited X to <verb>" (X at most six words). */
function invitedTo(upper: readonly string[], tags: readonly string[], at: number): boolean {
  if (upper[at - 1] !== "TO") return false;
  for (let k = at - 2; k >= Math.max(0, at - 9); --k) {
    if (/^(INVITED|INVITES|INVITE|INVITING)$/.test(upper[k]!)) return k < at - 2;
    if (/^(,|;|TO|AND|THAT|WHO|WHICH)$/.test(upper[k]!) || /^VB/.test(tags[k] ?? "")) return false;
  }
  return false;
}

const INVITATION_NOUN = words(/^(INVITATION|INVITATIONS)$/);
/** What ends the phrase between an invitation noun and its infinitive: a clause's punctuation or joint. */
const CLAUSE_BREAK = words(/^(,|;|AND|THAT|WHO|WHICH)$/);
/** What opens the phrase of an occasion an act was done at: "at a summit", "during the forum", "the sidelines of". */
const OCCASION_OPENER = words(/^(AT|DURING|OF)$/);
/** The tags of a noun phrase's words: a determiner, adjectives, nouns, numbers, a possessive, a hyphen. */
const NOMINAL_TAG = words(/^(DT|JJ|JJS|NN|NNS|NNP|NNPS|CD|POS|PRP\$|HYPH)$/);

/**
 * Whether the verb at `at` is the infinitive of an invitation noun that names its addressee before it: "an invitation
 * (from X) to Y to <verb>", "an invitation for Y to <verb>" (at most twelve words back). Not "accepted the invitation to
 * visit" nor "an invitation from X to visit", whose visit is the guest's intent (the subject's).
 */
function invitationTo(upper: readonly string[], tags: readonly string[], at: number): boolean {
  if (upper[at - 1] !== "TO") return false;
  let addressee = false;
  for (let k = at - 2; k >= Math.max(0, at - 14); --k) {
    const u = upper[k]!;
    if (INVITATION_NOUN.test(u)) return addressee;
    if (u === "TO" || u === "FOR") {
      if (k === at - 2) return false;
      addressee = true;
      continue;
    }
    if (CLAUSE_BREAK.test(u) || /^VB/.test(tags[k] ?? "")) return false;
  }
  return false;
}

/**
 * Whether the actor at `i` is the place of an occasion the act at `verbLast` was done at: "at a summit in X", "during
 * the forum in X", "on the sidelines of the session in X" — "in" right after the occasion's noun, whose phrase opens
 * with "at", "during" or "of" (a determiner, ordinals, adjectives and names between).
 */
function occasionVenue(upper: readonly string[], tags: readonly string[], i: number, verbLast: number): boolean {
  if (upper[i - 1] !== "IN" || !OCCASION_NOUN.test(upper[i - 2] ?? "")) return false;
  for (let k = i - 3; k > verbLast && k >= i - 9; --k) {
    if (OCCASION_OPENER.test(upper[k]!)) return true;
    if (!NOMINAL_TAG.test(tags[k] ?? "") && upper[k] !== "'S") return false;
  }
  return false;
}

/** Words that open what a statement or a talk is about. */
const TOPIC_MARKER = words(/^(ABOUT|REGARDING|CONCERNING)$/);

/** Occasions an act may be timed by. */
const OCCASION_NOUN = words(
  /^(SUMMIT|SUMMITS|MEETING|MEETINGS|TALKS|FORUM|CONFERENCE|SESSION|VISIT|TRIP|TOUR|CONGRESS|MINISTERIAL|DIALOGUE|NEGOTIATIONS|ELECTION|ELECTIONS|VOTE|G20|CEREMONY|GATHERING)$/
);
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

/** A short name as written in brackets after a name: two to eight capitals, digits or "&" ("ADY", "KTZ", "CNNC"). */
const SHORT_NAME = /^\p{Lu}[\p{Lu}\d&]{1,7}$/u;

/**
 * A US legislator's party and state as the American press tags a name: "R-Mont", "D-N", "I-Vt", "R-TX", "D-Iowa"
 * (the tokenizer cuts "(D-N.H.)" into "D-N", ".", "H", "."). The rest of the tag is its dots and one or two letters.
 */
const PARTY_STATE = /^[RDI]-\p{Lu}[\p{L}]{0,11}$/u;
const PARTY_STATE_REST = /^(?:\.|\p{Lu}\p{Ll}?)$/u;

/**
 * Where a party-and-state tag that starts at `k` ends (the index of its closing ")" or ","), when the tokens from
 * `k` are one: "(R-Mont.)", "(D-N.H.)", "(R-TX)" in brackets, or ", R-Mont.," between commas (the AP's form).
 */
function partyStateTagEnd(tokens: readonly Token[], k: number): number | undefined {
  const open = tokens[k]!.text;
  if (open !== "(" && open !== ",") return undefined;
  if (!PARTY_STATE.test(tokens[k + 1]?.text ?? "")) return undefined;
  const close = open === "(" ? ")" : ",";
  for (let j = k + 2; j < tokens.length && j <= k + 6; ++j) {
    const t = tokens[j]!.text;
    if (t === close) return j;
    if (!PARTY_STATE_REST.test(t)) return undefined;
  }
  return undefined;
}

/**
 * The tokens without each "(ABBR)" right after a capitalised word ("Azerbaijan Railways (ADY)", "the Asian Development
 * Bank (ADB)"): the short name a text gives a name it has just written, which says nothing more. The same for a US
 * legislator's party-and-state tag after the name ("Senator Steve Daines (R-Mont.) met …", "Sen. Jane Roe, D-Ore.,
 * met …": session 35), which would cut the name off from its verb; the tag's side is read by
 * {@link partyStateTagged}. The rest keep their offsets into the text.
 */
export function withoutShortNameInBrackets(tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  for (let k = 0; k < tokens.length; ++k) {
    if (k === 0 || !/^\p{Lu}/u.test(tokens[k - 1]!.text)) {
      out?.push(tokens[k]!);
      continue;
    }
    if (tokens[k]!.text === "(" && tokens[k + 2]?.text === ")" && SHORT_NAME.test(tokens[k + 1]!.text)) {
      out ??= tokens.slice(0, k);
      k += 2;
      continue;
    }
    const end = partyStateTagEnd(tokens, k);
    if (end !== undefined) {
      out ??= tokens.slice(0, k);
      k = end;
      continue;
    }
    out?.push(tokens[k]!);
  }
  return out ?? tokens;
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
const VERB_GROUP_WORD = words(
  /^(HAVE|HAS|HAD|WILL|WOULD|SHALL|IS|ARE|WAS|WERE|BE|BEEN|ALSO|THEN|LATER|JOINTLY|ALREADY|RECENTLY|FINALLY|FORMALLY|REPORTEDLY|EVENTUALLY|NOW)$/
);

export {isVerbTag, verbFormsAt};

/** A match's code in the intent mood (codeInMood on its numeric part): the act of a fronted clause still to come. */
function intentOf(code: string): string {
  return code
    .split(":")[0]!
    .split(":")
    .map((c) => (/^\d/.test(c) ? codeInMood(c, "intent") : c))
    .join(":");
}

/** Verbs of keeping an anniversary (English, all forms): "celebrated", "marks", "commemorating". */
const ANNIVERSARY_KEPT = /^(CELEBRAT|MARK|COMMEMORAT)/;

/**
 * Whether an anniversary is named within six words from `from`, in the clause: "the 30th anniversary of", "30 years
 * of diplomatic relations", "a jubilee".
 */
function anniversaryAfter(upper: readonly string[], from: number): boolean {
  for (let k = from; k < upper.length && k < from + 6; ++k) {
    const w = upper[k]!;
    if (/^[,;:.()]$/.test(w)) return false;
    if (/^(ANNIVERSARY|ANNIVERSARIES|JUBILEE)$/.test(w)) return true;
    if (
      /^(YEARS|DECADES)$/.test(w) &&
      upper[k + 1] === "OF" &&
      /^(\d+|[A-Z]+TY(-[A-Z]+)?|TEN|TWO|THREE|FIVE)$/.test(upper[k - 1] ?? "")
    )
      return true;
  }
  return false;
}

/** Words for those who comment on acts, not do them (English plurals and singulars). */
const COMMENTATORS = words(
  /^(COMMENTATOR|COMMENTATORS|ANALYST|ANALYSTS|OBSERVERS|PUNDIT|PUNDITS|CRITICS|COLUMNIST|COLUMNISTS|BLOGGER|BLOGGERS)$/
);

/**
 * Whether the subject of the verb at `first` ends in a word for commentators: right before the verb ("commentators
 * accused"), or before a place of theirs ("analysts in Moscow criticised"), an adverb aside.
 */
function commentatorsSubject(upper: readonly string[], tags: readonly string[], first: number): boolean {
  let k = first - 1;
  while (k > 0 && tags[k] === "RB") --k;
  if (COMMENTATORS.test(upper[k] ?? "")) return true;
  // "… in / from <Name>": a place after the head noun
  let b = k;
  while (b > 0 && /^NNPS?$/.test(tags[b] ?? "")) --b;
  return b < k && /^(IN|FROM)$/.test(upper[b] ?? "") && COMMENTATORS.test(upper[b - 1] ?? "");
}
