/**
 * Events named by a noun rather than a verb, as analysis prose tells them: "Russia's invasion of Ukraine in
 * 2022", "the withdrawal of the United States from Afghanistan in 2021", "the Russian-Ukrainian war",
 * "clashes between Kyrgyzstan and Tajikistan", "the EAEU's free trade deal with Iran", "Western sanctions
 * against Russia". The actor before the noun (possessive, adjective, or "of X" after it) acts; the actor after
 * the noun's preposition is the target. Only a sentence that anchors the happening in time (it names a date of
 * its own) reports it; elsewhere such nouns refer back to what is known ("since the war began…") and give nothing.
 *
 * @module
 */
import type {ActorRef} from "./verbs.js";
import {findMentions} from "./mentions.js";
import {refOf} from "./coder.js";
import type {SentenceContext} from "./code-parse.js";
import {sentenceGroups} from "./shallow.js";
import {callOffNounBefore, calledOffCode, passiveCallOff, reportingTeller, tellingBefore} from "./events-called-off.js";
import {occasionStatus, passiveToCome, stateSince} from "./modality.js";
import {words} from "./word-set.js";

// Word lists tested inside the functions below, made once (a pattern written inside a function is a new object
// at each call; a set answers as the pattern did: see word-set.ts).
const WILL_SHALL_LL_ETC = words(/^(WILL|SHALL|'LL|UPCOMING|FORTHCOMING|PLANNED|PLANS|PLAN|FUTURE)$/);
const BEFORE_UNTIL_TILL_ETC = words(/^(BEFORE|UNTIL|TILL|ONCE)$/);
const READY_WILLING_PREPARED_ETC = words(/^(READY|WILLING|PREPARED|READINESS|WILLINGNESS|ABLE)$/);

/** An event noun: its CAMEO code and the prepositions that introduce its target. */
interface EventNoun {
  code: string;
  to: readonly string[];
  /** The noun needs one of these words right before it ("military operation", "special operation"). */
  after?: readonly string[];
  /** Either direction is the same happening (clashes between X and Y). */
  mutual?: boolean;
  /** A domestic happening ("unrest in X", "the civil war in X"): the place is both sides (X→X). */
  domestic?: boolean;
  /** A state of affairs told with a copula ("X is a Turkish drone client"): the copula's subject is the target. */
  copula?: boolean;
  /** The noun needs one of these verbs before its phrase for a source ("Iran built a factory in Y"). */
  madeBy?: RegExp;
  /**
   * Participles whose passive after the noun tells the happening ("the accord was signed by X and Y", "the treaty,
   * signed by X in 2011, …", "diplomatic relations between X and Y were established in 1990"): its "by" names who
   * acts (two of them, for a mutual noun, each toward the other).
   */
  passive?: RegExp;
  /** The noun is a happening only with such a passive after it (the active is the verb dictionary's). */
  onlyPassive?: boolean;
  /**
   * The noun is a happening here only when it is put off or called off (src/read/events-called-off.ts): a mission, a
   * stop, a leg of a journey, a signing, a conference held is no act of two sides the noun names.
   */
  onlyCalledOff?: boolean;
  /** A state's adjective right before the noun names the place, not the actor ("the Uzbek leg of the trip"). */
  placeBefore?: boolean;
}

/** Nouns of policies and words, the target of a verbal attack ("an attack on X's pension reform"). */
const POLICY_NOUN = words(
  /^(POLICY|POLICIES|REFORM|REFORMS|PLAN|PLANS|LAW|LAWS|REMARKS|RECORD|DECISION|DECISIONS|PROPOSAL|PROPOSALS|STANCE|BARRIERS|TARIFFS|RULES|BUDGET|STATEMENT|STATEMENTS|POSITION|CLAIMS|LEADERSHIP|GOVERNMENT'S)$/
);
/** Nouns of negotiation ("the suspension of talks with X"). */
const TALK_WORDS = words(/^(TALKS|NEGOTIATIONS|DIALOGUE|CONSULTATIONS)$/);
/** Participles of signing a paper (English's common verbs of it). */
const SIGNED_PASSIVE = words(/^(SIGNED|INKED|CONCLUDED|SEALED|RATIFIED|ADOPTED)$/);

/** Event nouns (upper case, singular and plural). Codes: CAMEO 1.1b3. */
export const EVENT_NOUNS: ReadonlyMap<string, EventNoun> = new Map<string, EventNoun>(
  (
    [
      [["WAR", "WARS"], {code: "190", to: ["IN", "ON", "AGAINST", "WITH"], mutual: true}],
      [["INVASION", "INVASIONS"], {code: "192", to: ["OF", "INTO"]}],
      [["OCCUPATION", "ANNEXATION"], {code: "192", to: ["OF"]}],
      [["OPERATION"], {code: "190", to: ["IN", "AGAINST"], after: ["MILITARY", "SPECIAL", "“SPECIAL", '"SPECIAL']}],
      [["CLASHES", "CLASH", "HOSTILITIES", "FIGHTING"], {code: "193", to: ["WITH"], mutual: true}],
      [["SANCTIONS", "EMBARGO"], {code: "163", to: ["AGAINST", "ON"]}],
      [["WITHDRAWAL", "RETREAT", "PULLOUT"], {code: "087", to: ["FROM"]}],
      [["VISIT", "VISITS", "TRIP", "TRIPS", "TOUR"], {code: "042", to: ["TO", "OF"]}],
      [["UNREST", "RIOTS", "UPRISING", "COUP", "PUTSCH"], {code: "145", to: ["IN"], domestic: true}],
      [["PROTESTS", "DEMONSTRATIONS", "RALLIES"], {code: "141", to: ["IN"], domestic: true}],
      [
        ["CLIENT", "CLIENTS", "CUSTOMER", "CUSTOMERS", "BUYER", "BUYERS", "IMPORTER", "IMPORTERS"],
        {code: "061", to: [], copula: true}
      ],
      [
        ["FACTORY", "FACTORIES", "PLANT", "PLANTS", "BASE", "BASES", "FACILITY", "FACILITIES", "HUB"],
        {
          code: "061",
          to: ["IN"],
          madeBy:
            /^(BUILT|BUILDS|BUILD|BUILDING|OPENED|OPENS|CONSTRUCTED|CONSTRUCTS|LAUNCHED|ESTABLISHED|SET|FINANCED|FUNDED)$/
        }
      ],
      [["TALKS", "NEGOTIATIONS"], {code: "046", to: ["WITH"], mutual: true}],
      // "held a phone call with X", "had a telephone conversation with X": a discussion by telephone (041).
      [
        ["CALL", "CALLS", "CONVERSATION", "CONVERSATIONS"],
        {code: "041", to: ["WITH"], mutual: true, after: ["PHONE", "TELEPHONE", "VIDEO", "TELEPHONIC"]}
      ],
      [["SUMMIT", "MEETING", "CONSULTATIONS"], {code: "040", to: ["WITH"], mutual: true}],
      // Journeys and their parts, occasions and ceremonies that are happenings here only when put off or called off
      // ("a planned trade mission to X was postponed", "a planned stop by X in Y was postponed", "the Y leg of the trip
      // was cancelled", "a signing between X and Y was pushed back", "the forum with X was called off").
      [["MISSION", "MISSIONS", "TOURS"], {code: "042", to: ["TO"], onlyCalledOff: true}],
      [["STOP", "STOPOVER", "LEG"], {code: "042", to: ["IN", "TO"], onlyCalledOff: true, placeBefore: true}],
      [
        ["SIGNING", "CONFERENCE", "FORUM", "SESSION", "MEETINGS", "SUMMITS"],
        {code: "040", to: ["WITH"], mutual: true, onlyCalledOff: true}
      ],
      [
        ["AGREEMENT", "AGREEMENTS", "TREATY", "MEMORANDUM", "DEAL", "ACCORD", "DECLARATION"],
        {code: "057", to: ["WITH"], mutual: true, passive: SIGNED_PASSIVE}
      ],
      // "diplomatic relations between X and Y were established in 1990", "X-Y diplomatic ties were restored": the
      // relations' start (050) in the passive (the dictionary reads "X established diplomatic relations with Y").
      [
        ["RELATIONS", "TIES"],
        {
          code: "050",
          to: ["WITH"],
          mutual: true,
          after: ["DIPLOMATIC"],
          passive:
            /^(ESTABLISHED|RE-ESTABLISHED|REESTABLISHED|RESTORED|RESUMED|NORMALISED|NORMALIZED|OPENED|SEVERED|CUT|BROKEN|SUSPENDED|DOWNGRADED|FROZEN)$/,
          onlyPassive: true
        }
      ],
      // "X and Y signed 14 documents", "signed a roadmap on metals": papers signed by the subject (057, mutual).
      [
        [
          "DOCUMENTS",
          "ROADMAP",
          "ROADMAPS",
          "PROTOCOL",
          "PROTOCOLS",
          "MEMORANDA",
          "MEMORANDUMS",
          "TREATIES",
          "ACCORDS",
          "DECLARATIONS",
          "PLAN",
          "PROGRAMME",
          "PROGRAM"
        ],
        {code: "057", to: ["WITH"], mutual: true, madeBy: /^(SIGNED|INKED|CONCLUDED)$/}
      ],
      // … a paper named by two words: "signed a road map", "adopted a joint statement".
      [
        ["MAP", "MAPS"],
        {code: "057", to: ["WITH"], mutual: true, madeBy: /^(SIGNED|INKED|CONCLUDED|ADOPTED)$/, after: ["ROAD"]}
      ],
      [
        ["STATEMENT", "STATEMENTS"],
        {code: "057", to: ["WITH"], mutual: true, madeBy: /^(SIGNED|INKED|ADOPTED)$/, after: ["JOINT"]}
      ],
      // … and a communiqué, joint or not: "signed a (final) communiqué" is a paper of its signers (a statement is
      // one only when joint: "adopted a statement" may be one side's).
      [
        ["COMMUNIQUE", "COMMUNIQUÉ", "COMMUNIQUES", "COMMUNIQUÉS"],
        {code: "057", to: ["WITH"], mutual: true, madeBy: /^(SIGNED|INKED|ADOPTED)$/}
      ],
      [["AID", "ASSISTANCE"], {code: "070", to: ["TO", "FOR"]}],
      // Nouns of verbal and material acts, as news names them with their author before and their target after
      // ("the EU's criticism of X on Tuesday", "X's appeal to Y", "X's attack on Y"): English's common nominalisations
      // of CAMEO's roots (02 appeal, 03 pledge and offer, 036 invitation, 055 apology, 054 recognition, 11
      // criticism, 112 accusation, 12 rejection, 13 threat and warning, 16 suspension and expulsion, 19 attack).
      // Not "demand" nor "support", which name markets and stances as often as acts.
      [["APPEAL", "APPEALS", "PLEA"], {code: "020", to: ["TO"]}],
      [["PLEDGE", "PLEDGES", "PROMISE"], {code: "030", to: ["TO", "FOR"]}],
      [["INVITATION"], {code: "036", to: ["TO"]}],
      [["APOLOGY"], {code: "055", to: ["TO"]}],
      [["RECOGNITION"], {code: "054", to: ["OF"]}],
      [["CRITICISM", "CONDEMNATION", "DENUNCIATION", "REBUKE"], {code: "111", to: ["OF", "AGAINST"]}],
      [["ACCUSATION", "ACCUSATIONS"], {code: "112", to: ["AGAINST"]}],
      [["REJECTION"], {code: "120", to: ["OF"]}],
      [["THREAT", "THREATS", "WARNING", "WARNINGS", "ULTIMATUM"], {code: "130", to: ["TO", "AGAINST"]}],
      [["SUSPENSION", "FREEZING"], {code: "160", to: ["WITH"]}],
      [["EXPULSION", "EXPULSIONS"], {code: "161", to: ["OF"]}],
      [["ATTACK", "ATTACKS", "STRIKE", "STRIKES", "OFFENSIVE", "ASSAULT"], {code: "190", to: ["ON", "AGAINST"]}],
      [
        ["LOAN", "LOANS", "CREDIT", "GRANT", "GRANTS"],
        {
          code: "071",
          to: ["TO", "FOR"],
          madeBy:
            /^(PROVIDED|EXTENDED|GRANTED|GAVE|ISSUED|APPROVED|DISBURSED|ANNOUNCED|PLEDGED|PROMISED|OFFERED|PROVIDE|GIVE|EXTEND|GRANT|ALLOCATE|LEND|DISBURSE|ISSUE)$/
        }
      ],
      [
        ["EXERCISES", "EXERCISE", "DRILLS", "MANOEUVRES", "MANEUVERS", "WARGAMES"],
        {code: "062", to: ["WITH"], mutual: true, after: ["JOINT", "MILITARY", "NAVAL", "COMBINED"]}
      ]
    ] as [string[], EventNoun][]
  ).flatMap(([words, n]) => words.map((w) => [w, n] as [string, EventNoun]))
);

/** A happening named by a noun, ready to code. */
export interface NounEvent {
  noun: number;
  subject: ActorRef[];
  object: ActorRef[];
  code: string;
  mutual: boolean;
  rule: string;
  /** The actor on both sides is meant: a domestic happening, or a meeting of a group's own members. */
  self?: boolean;
  /** A state of affairs or a new arrangement ("X is a Turkish drone client", "the new deal"): reported without a date. */
  undatedOk?: boolean;
  /** Still to come ("plans to host the summit", "the upcoming visit"): an intent to meet (036). */
  planned?: boolean;
  /**
   * The token whose clause the sides must share, when not {@link noun}'s: a meeting called off is told by its verb,
   * but its sides are named in the meeting noun's phrase ("a planned stop by X in Y after the summit was postponed").
   */
  sidesAt?: number;
  /** A side named only as the teller of a reporting clause (", the Y embassy said"), in a clause of its own by nature. */
  teller?: string;
}

/** A relative clause telling that a happening is still to come: ", which is expected to be held …", "that will open …". */
const STILL_TO_COME =
  /\b(?:WHICH|THAT)\s+(?:(?:IS|ARE|WILL)\s+(?:(?:NOW|ALSO)\s+)?(?:EXPECTED|SCHEDULED|PLANNED|DUE|SET|TO\s+BE|BE)\b|(?:[A-Z][\w'’.-]*\s+){1,3}(?:PLANS|PLAN|INTENDS|INTEND|IS\s+TO|ARE\s+TO|WILL|IS\s+DUE\s+TO|IS\s+SET\s+TO)\s+(?:TO\s+)?(?:HOST|HOLD|CONVENE|ORGANI[SZ]E|STAGE)\b)/;
/** Verbs that carry an event noun as their object: "made a state visit", "paid a visit", "held talks", "began a tour". */
const LIGHT = words(
  /^(MADE|MAKE|MAKES|MAKING|PAID|PAY|PAYS|PAYING|CONDUCTED|CONDUCTS|UNDERTOOK|UNDERTAKES|BEGAN|BEGINS|STARTED|STARTS|HELD|HOLDS|HOLD|HAD|HAS|HAVE|CONCLUDED|COMPLETED|ENDED|WRAPPED|ON)$/
);
/** Words before a carrying verb that make its happening wanted or planned: "invited X to pay a visit", "will hold talks". */
const UNREALISED = words(/^(TO|WILL|WOULD|SHALL|SHOULD|COULD|MAY|MIGHT|MUST|CAN|'LL)$/);
/** Words between a preposition and the actor it introduces: "with the leaders of X". */
const TITLE_WORDS = words(
  /^(THE|A|AN|HIS|HER|ITS|THEIR|COUNTERPART|COUNTERPARTS|LEADERS|LEADER|PRESIDENT|PRESIDENTS|MEMBER|MEMBERS|OFFICIALS|GOVERNMENT|GOVERNMENTS|DELEGATION|DELEGATIONS|REPRESENTATIVES|HEADS|HEAD|MINISTERS|MINISTER|FOREIGN|PRIME|OF)$/
);
/** Verbs of demand and request: what they govern is wanted, not done. */
const DEMAND = words(
  /^(DEMAND|DEMANDS|DEMANDED|DEMANDING|URGE|URGES|URGED|URGING|CALLING|CALLED|CALLS|SEEKING|SOUGHT|SEEKS|REQUESTED|REQUESTING|REQUESTS|PROPOSED|PROPOSING|PROPOSES)$/
);
/** Words of arms: a client or a factory of these is military cooperation (062). */
const ARMS = words(
  /^(DRONE|DRONES|ARMS|WEAPONS|WEAPON|AMMUNITION|MILITARY|DEFENCE|DEFENSE|MISSILE|MISSILES|TANK|TANKS|WARPLANE|FIGHTER|ARTILLERY)$/
);
/** Verbs that call a happening off: "suspended its talks with X", "postponed the visit". */
const CALLED_OFF = words(
  /^(SUSPEND|SUSPENDS|SUSPENDED|SUSPENDING|CANCEL|CANCELS|CANCELLED|CANCELED|POSTPONE|POSTPONES|POSTPONED|FROZE|FROZEN|FREEZE|HALTED|CALLED|SCRAPPED|ABANDONED|BROKE|BROKEN)$/
);
/** Plural heads after a group's name make it a group of members: "a meeting of Central Asian heads of state". */
const MEMBERS = words(
  /^(HEADS|LEADERS|MINISTERS|STATES|COUNTRIES|MEMBERS|PRESIDENTS|GOVERNMENTS|NATIONS|REPUBLICS|PARTNERS)$/
);
const PREPOSITIONS = words(/^(IN|OF|FOR|FROM|WITH|ON|AT|ABOUT|AGAINST|AMONG|TO|BY|VIA|INTO|TOWARD|TOWARDS|BETWEEN)$/);
const CLAUSE_STOP = words(/^(;|:|\(|\)|WHILE|WHEREAS|ALTHOUGH|THOUGH|BECAUSE|WHEN|WHICH|WHO|THAT|BUT|YET)$/);

/** The nearest actor group before token `k` in its clause, not inside a prepositional phrase. */
function subjectBefore(
  ctx: SentenceContext,
  groups: readonly {first: number; last: number; refs: ActorRef[]}[],
  k: number
) {
  let start = 0;
  for (let j = k - 1; j >= 0; --j)
    if (CLAUSE_STOP.test(ctx.upper[j]!)) {
      start = j + 1;
      break;
    }
  return [...groups]
    .reverse()
    .find((g) => g.last < k && g.first >= start && !(g.first > 0 && PREPOSITIONS.test(ctx.upper[g.first - 1]!)));
}

const SKIP_BEFORE = words(/^(JJ|NN|NNS|NNP|NNPS|``|''|"|CD)$/);
/** Nouns that modify an event noun, which the light tagger may take for verbs ("trade deal", "state visit"). */
const NOUN_MODIFIER = words(
  /^(TRADE|FREE|PEACE|SECURITY|DEFENCE|DEFENSE|GAS|OIL|ENERGY|ARMS|BORDER|TRANSIT|INVESTMENT|COOPERATION|PARTNERSHIP|STATE|OFFICIAL|WORKING|NEW|DRONE|SUPPLY|LOAN|CREDIT|VISA|CUSTOMS)$/
);
const STOP_AFTER = new Set([".", ",", ";", ":", "(", ")"]);

/** Actor refs of a hyphenated token such as "Russian-Ukrainian" ("Russian" and "Ukrainian"). */
function hyphenRefs(ctx: SentenceContext, i: number): ActorRef[] {
  const w = ctx.upper[i] ?? "";
  if (!w.includes("-")) return [];
  const parts = w.split("-").filter(Boolean);
  if (parts.length < 2) return [];
  const out: ActorRef[] = [];
  for (const p of parts) {
    const m = findMentions([p], ctx.core.index, () => true)[0];
    const r = m ? refOf({...m, first: i, last: i}, ctx.date, ctx.mapCodes) : undefined;
    if (!r) return [];
    out.push(r);
  }
  return out;
}

/**
 * Who put off the meeting at token `i` and toward whom: the agent a passive names ("by X", "at the request of X")
 * toward the meeting's other sides; else the meeting's own sides ("the visit of X to Y", "the summit between X and
 * Y"); else, for a meeting that names none, the teller toward the told ("X informed Y that the summit would be
 * postponed").
 */
/**
 * Whether a ref names another actor than the ref before it (a filter: "Kazakh President X" names Kazakhstan twice in a
 * row, as one party).
 */
function newActor(r: ActorRef, k: number, all: readonly ActorRef[]): boolean {
  return k === 0 || all[k - 1]!.actor !== r.actor;
}

function calledOffSides(
  ctx: SentenceContext,
  groups: readonly {first: number; last: number; refs: ActorRef[]}[],
  i: number,
  agent: number | undefined,
  subject: ActorRef[],
  object: ActorRef[]
): {subject: ActorRef[]; object: ActorRef[]; at?: number; teller?: string} | undefined {
  // (one side named, the other only as the teller of a reporting clause after it: "a meeting with X in Milan was
  // cancelled, the Y embassy said", "…was put off at the request of X, Y officials said": a side announces its own
  // meeting called off; not a teller that is the named side, nor one with no actor)
  // (a list the group finder ran across the clause's comma, "at the request of the X side, Y officials said", is
  // split there: the teller's refs start after it)
  const tellerAt = reportingTeller(ctx.upper, i);
  const tellerSide = (named: readonly ActorRef[]): ActorRef[] => {
    // (the group holding the teller, or starting right after its first word; its last ref is the teller's: a group
    // may have run on from the clause before, "… held in Y next month, Uzbek officials said")
    const g = groups.find((g) => g.last >= tellerAt && g.first <= tellerAt + 3);
    const told = g?.refs.at(-1);
    return told && !named.some((n) => n.actor === told.actor) ? [told] : [];
  };
  if (agent !== undefined) {
    const g = groups.find(
      (g) =>
        g.first >= agent && g.first <= agent + 3 && ctx.upper.slice(agent, g.first).every((u) => TITLE_WORDS.test(u))
    );
    if (g) {
      const agents = g.refs.filter((r) => tellerAt < 0 || r.first < tellerAt);
      const others = [...subject, ...object].filter((r) => !agents.some((a) => a.actor === r.actor));
      if (others.length > 0) return {subject: agents, object: others};
      const told = tellerSide(agents);
      return told.length > 0 ? {subject: agents, object: told, teller: told[0]!.actor} : undefined;
    }
  }
  if (subject.length > 0 && object.length > 0) return {subject, object};
  // ("X announced the postponement of its summit with Y": the subject of the clause the noun of calling off is in;
  // "X said that its summit with Y had been postponed": past the "that", the sayer its possessive points to, review K11)
  if (object.length > 0) {
    let g = subjectBefore(ctx, groups, i);
    if (!g) {
      const that = ctx.upper.lastIndexOf("THAT", i);
      if (
        that > 0 &&
        /^(ITS|THEIR|HIS|HER)$/.test(ctx.upper.slice(that + 1, i).find((u) => /^(ITS|THEIR|HIS|HER)$/.test(u)) ?? "")
      )
        g = subjectBefore(ctx, groups, that);
    }
    if (g && !g.refs.some((r) => object.some((o) => o.actor === r.actor))) return {subject: g.refs, object};
    const told = tellerSide(object);
    return told.length > 0 ? {subject: told, object, teller: told[0]!.actor} : undefined;
  }
  if (subject.length > 0) {
    const told = tellerSide(subject);
    return told.length > 0 ? {subject, object: told, teller: told[0]!.actor} : undefined;
  }
  const tell = tellingBefore(ctx.upper, i);
  if (tell < 0) return undefined;
  const teller = subjectBefore(ctx, groups, tell);
  const told = groups.find(
    (g) =>
      g.first > tell &&
      g.first <= tell + 6 &&
      ctx.upper
        .slice(tell + 1, g.first)
        .every((u) => TITLE_WORDS.test(u) || /^(FIVE|FOUR|THREE|TWO|SIX|SEVEN|ALL|OTHER)$/.test(u))
  );
  return teller && told ? {subject: teller.refs, object: told.refs, at: tell} : undefined;
}

/**
 * The "by" of an ordinal whose noun English leaves out after a visit told at `i`: "the visit is / was the first by X",
 * "the visit, the first such trip by X" (-1 for none; not "will be the first", a plan, nor "the first step by").
 */
function ordinalBy(upper: readonly string[], i: number): number {
  let k = i + 1;
  if (!/^(IS|WAS|,)$/.test(upper[k] ?? "")) return -1;
  if (upper[++k] !== "THE") return -1;
  if (!/^(FIRST|SECOND|THIRD|FOURTH|FIFTH|LAST|LATEST|ONLY)$/.test(upper[++k] ?? "")) return -1;
  if (upper[k + 1] === "SUCH") ++k;
  if (/^(VISIT|TRIP|ONE)$/.test(upper[k + 1] ?? "")) ++k;
  return upper[k + 1] === "BY" ? k + 1 : -1;
}

/** The happenings named by event nouns in a sentence (call only for a sentence that names its own date). */
export function nounEvents(ctx: SentenceContext): NounEvent[] {
  const out: NounEvent[] = [];
  // Most sentences name no event noun: group the actors only for one that does.
  let groups: ReturnType<typeof sentenceGroups> = [];
  let grouped = false;
  for (let i = 0; i < ctx.upper.length; ++i) {
    const noun = EVENT_NOUNS.get(ctx.upper[i]!);
    if (!noun) continue;
    if (!grouped) {
      groups = sentenceGroups(ctx);
      grouped = true;
    }
    // The light tagger takes some event nouns for verbs or adjectives ("sanctions", "withdrawal"): after a
    // determiner, a possessive, an adjective or a name they are nouns.
    const tag = ctx.tags[i] ?? "";
    const before = ctx.tags[i - 1] ?? "";
    if (
      !/^(NN|JJ)/.test(tag) &&
      !/^(DT|POS|JJ|NNP|NNPS|NN|``|''|PRP\$|CD|IN)$/.test(before) &&
      !NOUN_MODIFIER.test(ctx.upper[i - 1] ?? "") &&
      i > 0
    )
      continue;
    // (dt26) "Szijjarto visits Uzbekistan", "Tokayev meets Xi": an -s form between a name and the name of its object is
    // the present tense of the verb, not a plural noun ("Tokayev's visits to China", "two visits by Xi" are nouns).
    if (
      /S$/.test(ctx.upper[i]!) &&
      /^NNPS?$/.test(before) &&
      groups.some(
        (g) => g.first === i + 1 || (g.first === i + 2 && /^(THE|HIS|HER|ITS|THEIR)$/.test(ctx.upper[i + 1]!))
      )
    )
      continue;
    if (
      noun.after &&
      !noun.after.includes(ctx.upper[i - 1] ?? "") &&
      !(noun.code === "062" && noun.after.includes(ctx.upper[i - 2] ?? ""))
    )
      continue;
    // (session 34) A noun inside an organisation's name is no happening: "the Collective Security Treaty
    // Organization", "the North Atlantic Treaty Organisation", "the Shanghai Cooperation Organisation".
    if (/^(ORGANIZATION|ORGANISATION|ORGANIZATION['’]S|ORGANISATION['’]S)$/.test(ctx.upper[i + 1] ?? "")) continue;
    // (session 32) "The two governments plan to sign an agreement", "Astana and Baku plan to build a cable": "plan"
    // after its subject and before an infinitive is the verb of intending, no paper ("signed a plan to expand trade",
    // after its article, stays one).
    if (/^PLANS?$/.test(ctx.upper[i]!) && ctx.upper[i + 1] === "TO" && /^(NNS|NNP|NNPS|PRP|RB|NN)$/.test(before))
      continue;
    // A happening demanded, urged or called for has not happened: "the resolution demanding Russia's withdrawal";
    // sanctions joined, lifted or evaded are the verb's event, not a new imposition.
    const lead = ctx.upper.slice(Math.max(0, i - 4), i);
    if (lead.some((w) => DEMAND.test(w))) continue;
    // … and so is one an invitation asks for ("conveyed an invitation to a first EU-Central Asia summit"): the
    // invitation is the inviter's act, the meeting nobody's yet.
    if (ctx.upper.slice(Math.max(0, i - 10), i).some((w, k, a) => /^INVITATIONS?$/.test(w) && a[k + 1] === "TO"))
      continue;
    // … and one suspended, cancelled or postponed is that verb's event, not the happening itself.
    if (lead.some((w) => CALLED_OFF.test(w))) continue;
    // A meeting or a journey put off in the passive ("the summit … was postponed at the request of X") or by a noun
    // ("the postponement of the summit with X"): the putting off is the event (src/read/events-called-off.ts).
    const offCode = calledOffCode(ctx.upper[i]!, "");
    let off: {at: number; code: string; agent?: number} | undefined;
    if (offCode) {
      const byNoun = callOffNounBefore(ctx.upper, ctx.tags, i);
      // (the passive's subject, not a noun inside another's phrase: "preparations for the summit were postponed")
      let b = i - 1;
      while (
        b >= 0 &&
        /^(DT|PRP\$|POS|JJ|JJR|CD|NN|NNS|NNP|NNPS|VBN|HYPH)$/.test(ctx.tags[b] ?? "") &&
        !/^(THAT|WHICH|THIS|THESE|THOSE)$/.test(ctx.upper[b]!)
      )
        --b;
      const inPhrase = b >= 0 && PREPOSITIONS.test(ctx.upper[b]!);
      const passive = byNoun < 0 && !inPhrase ? passiveCallOff(ctx.upper, ctx.tags, i) : undefined;
      if (byNoun >= 0) off = {at: byNoun, code: calledOffCode(ctx.upper[i]!, ctx.upper[byNoun]!)!};
      else if (passive)
        off = {
          at: passive.last,
          code: calledOffCode(ctx.upper[i]!, ctx.upper[passive.first]!)!,
          ...(passive.agent !== undefined ? {agent: passive.agent} : {})
        };
    }
    if (noun.onlyCalledOff && !off) continue;
    // "plans to host the first Korea–Central Asia summit in 2025", "will hold talks", "the upcoming visit": a meeting
    // still to come is an intent to meet (036, planned); any other happening still to come is none yet.
    let from = i - 1;
    while (from > 0 && from > i - 10 && !/^[.,;:]$/.test(ctx.upper[from - 1]!)) --from;
    const far = ctx.upper.slice(from, i);
    let toCome =
      far.some((w) => WILL_SHALL_LL_ETC.test(w)) ||
      // "a summit planned for next spring", "talks scheduled for June", "a visit due in May"
      /^(PLANNED|SCHEDULED|SET|DUE|EXPECTED)$/.test(ctx.upper[i + 1] ?? "") ||
      // "the summit, which is expected to be held in New Delhi later this year"
      STILL_TO_COME.test(ctx.upper.slice(i + 1, i + 9).join(" ")) ||
      // "discussed preparations for the second summit", "to prepare the summit"
      far.some((w) => /^(PREPARATIONS?|PREPARE|PREPARING)$/.test(w)) ||
      // (session 28) "Yoon also proposed a first Korea-Central Asia summit in Seoul in 2025": a meeting proposed, past
      // the four words the verb's own pattern and DEMAND look over (a compound's names between), is an intent to meet
      far.some((w) => /^(PROPOSED|PROPOSES|PROPOSING|SUGGESTED|SUGGESTS|SUGGESTING)$/.test(w)) ||
      // (session 26) "two weeks before the presidency hosts a meeting of A and B": a present in a clause of time is
      // English's future there
      far.some(
        (w, k) =>
          BEFORE_UNTIL_TILL_ETC.test(w) &&
          far.slice(k + 1).some((_, j) => /^VB[ZP]$/.test(ctx.tags[from + k + 1 + j] ?? ""))
      ) ||
      far.some((w, k) => w === "TO" && k + 1 < far.length && /^VB$/.test(ctx.tags[i - far.length + k + 1] ?? ""));
    // (pr) A schedule told of the occasion ("the next summit", "the talks are to be held / are due / will take place",
    // ", planned for April,"): still to come; one told as a past plan unfulfilled ("was supposed to") or called off
    // without a reading of its own here is no happening (modality.ts occasionStatus); one called off that events-called-off
    // reads (`off`) is that act.
    const status = noun.code.startsWith("04") && !off ? occasionStatus(ctx.upper, i, ctx.tags) : undefined;
    if (status === "unreal") continue;
    // "A new date for the talks between A and B has yet to be found", "a date for the visit has not been set": an
    // occasion named only as what a date is sought for has not happened, and no plan of it is told.
    if (dateSoughtFor(ctx.upper, from, i)) continue;
    if (status === "planned") toCome = true;
    if (toCome && !noun.code.startsWith("04") && !off) continue;
    // "Türkiye was ready to host a new round of talks between Moscow and Kyiv": a readiness, no plan of the talks' sides.
    if (far.some((w) => READY_WILLING_PREPARED_ETC.test(w))) continue;
    if (
      noun.code === "163" &&
      lead.some((w) => /^(JOIN|ADOPT|COMPL|ADHER|OBSERV|ENFORC|LIFT|EAS|RELAX|EVAD|CIRCUMVENT)/.test(w))
    )
      continue;
    let subject: ActorRef[] = [];
    let object: ActorRef[] = [];
    // Before the noun: "Russia's (special) war", "Western sanctions", "the Russian-Ukrainian war".
    let k = i - 1;
    while (
      k >= 0 &&
      k >= i - 3 &&
      (SKIP_BEFORE.test(ctx.tags[k] ?? "") || /^["“”]/.test(ctx.upper[k]!) || NOUN_MODIFIER.test(ctx.upper[k]!))
    ) {
      const pair = hyphenRefs(ctx, k);
      if (pair.length >= 2) {
        subject = [pair[0]!];
        object = [pair[1]!];
        break;
      }
      // (The noun may belong to the group as an agent: "Chinese customer" is one chunk.)
      const g = groups.find((g) => g.first <= k && g.last >= k);
      if (g) {
        // "the Georgian-Russian war", its pair split into two actors by src/read/compounds.ts.
        const left = /^[-–—]$/.test(ctx.upper[g.first - 1] ?? "")
          ? groups.find((h) => h.last === g.first - 2)
          : undefined;
        if (left && left.refs.length > 0 && g.refs.length > 0) {
          subject = left.refs;
          object = g.refs;
          break;
        }
        subject = g.refs;
        break;
      }
      --k;
    }
    // ("the Uzbek leg of the trip", "a Kyrgyz stop": the adjective names the place, not who travels)
    if (noun.placeBefore && subject.length > 0) {
      object = subject;
      subject = [];
    }
    if (subject.length === 0 && (ctx.upper[k] === "'S" || ctx.upper[k] === "’S")) {
      const g = groups.find((g) => g.last === k - 1);
      if (g) subject = g.refs;
    }
    // "made a state visit to X", "paid a visit", "on a tour of X", "built a drone factory in X": the carrying
    // verb's subject acts.
    if (subject.length === 0 && (noun.code === "042" || noun.mutual || noun.madeBy)) {
      let v = i - 1;
      while (
        v >= 0 &&
        v >= i - 6 &&
        (/^(DT|JJ|NN|NNS|CD|PRP\$|VBN|VBG|\$)$/.test(ctx.tags[v] ?? "") ||
          ctx.upper[v] === "$" ||
          NOUN_MODIFIER.test(ctx.upper[v]!) ||
          // "held a new round of talks", "a series of visits"
          (ctx.upper[v] === "OF" && /^(ROUND|SERIES|NUMBER|COUPLE)$/.test(ctx.upper[v - 1] ?? "")) ||
          // "$2 billion in loans and grants"
          (ctx.upper[v] === "IN" &&
            /^(BILLION|MILLION|THOUSAND|DOLLARS|EUROS|YUAN|RUBLES|BN|M)$/.test(ctx.upper[v - 1] ?? "")) ||
          (ctx.upper[v] === "AND" &&
            noun.madeBy !== undefined &&
            /^(LOANS|LOAN|CREDITS|CREDIT|AID)$/.test(ctx.upper[v - 1] ?? ""))) &&
        !LIGHT.test(ctx.upper[v]!) &&
        !noun.madeBy?.test(ctx.upper[v]!)
      )
        --v;
      // "took part in talks with X"
      if (
        !noun.madeBy &&
        ctx.upper[v] === "IN" &&
        ctx.upper[v - 1] === "PART" &&
        /^(TAK|TOOK)/.test(ctx.upper[v - 2] ?? "")
      )
        v -= 2;
      const carrier = noun.madeBy
        ? noun.madeBy.test(ctx.upper[v] ?? "")
        : LIGHT.test(ctx.upper[v] ?? "") || /^(TAK|TOOK)/.test(ctx.upper[v] ?? "");
      // "invited X to pay a visit to Y", "plans to hold talks", "will make a visit": not (yet) a happening; the
      // governing verb tells the plan.
      if (carrier && UNREALISED.test(ctx.upper[v - 1] ?? "")) continue;
      if (carrier) {
        const g = subjectBefore(ctx, groups, v);
        if (g) subject = g.refs;
      }
      // "X and Y signed a treaty following negotiations in Baku": the talks an act followed were held by its subject.
      if (!carrier && noun.mutual && !noun.madeBy) {
        let b = i - 1;
        while (b > 0 && b >= i - 3 && /^(DT|JJ|NN)$/.test(ctx.tags[b] ?? "")) --b;
        // (not in an aside after a verb, "launched, after long talks, a route": the aside's own reading, asideEnd)
        if (/^(AFTER|FOLLOWING)$/.test(ctx.upper[b] ?? "") && ctx.upper[b - 1] !== ",") {
          const g = subjectBefore(ctx, groups, b);
          if (g) subject = g.refs;
        }
      }
      // "a drone factory in X built by Y"
      if (noun.madeBy && subject.length === 0) {
        for (let b = i + 1; b < Math.min(ctx.upper.length, i + 8); ++b)
          if (ctx.upper[b] === "BY" && noun.madeBy.test(ctx.upper[b - 1]!)) {
            const g = groups.find((g) => g.first === b + 1 || (g.first === b + 2 && ctx.upper[b + 1] === "THE"));
            if (g) subject = g.refs;
            break;
          }
      }
      if (noun.madeBy && subject.length === 0) continue;
    }
    // "X is a Turkish drone client", "X became a major buyer of Russian arms": the seller acts toward X.
    let copulaTarget: ActorRef[] = [];
    if (noun.copula) {
      let v = i - 1;
      while (
        v >= 0 &&
        v >= i - 6 &&
        !/^(IS|ARE|WAS|WERE|BECAME|BECOME|BECOMES|REMAINS|REMAINED|REMAIN)$/.test(ctx.upper[v]!)
      )
        --v;
      // (session 28) "China remains Turkmenistan's dominant buyer": "remain" tells a standing trade kept up, no purchase
      // of its own ("became a major buyer" is the change, "is a Turkish drone client" what the seeds' gold reads)
      if (v >= 0 && /^(REMAINS|REMAINED|REMAIN)$/.test(ctx.upper[v]!)) continue;
      const g =
        v >= 0 ? groups.find((g) => g.last === v - 1 || (g.last === v - 2 && ctx.upper[v - 1] === "ALSO")) : undefined;
      if (!g) continue;
      copulaTarget = g.refs;
    }
    // After it: "of X" (the actor, or for an invasion the target), "between X and Y", "to/with/from/against Y".
    let j = i + 1;
    let limit = i + 10;
    // "The visit is the first by a Czech president to X since 2015", "The minister's trip, the first by a member of the
    // Commission to X, …": English leaves out the noun an ordinal repeats; the "by" and "to" after it are the visit's own.
    if (subject.length === 0 && /^(VISIT|VISITS|TRIP|TRIPS)$/.test(ctx.upper[i]!)) {
      const by = ordinalBy(ctx.upper, i);
      if (by > 0) {
        j = by;
        limit = by + 10;
      }
    }
    let sawVerb = false;
    // The noun's passive participle after it ("was signed", "were established", ", signed by …"), when it has one.
    const passiveHere = (k: number) =>
      noun.passive !== undefined &&
      noun.passive.test(ctx.upper[k] ?? "") &&
      (/^(WAS|WERE|BEEN|BE|IS|ARE)$/.test(ctx.upper[k - 1] ?? "") || ctx.upper[k - 1] === "," || k === i + 1);
    let passiveAt = -1;
    if (noun.passive)
      for (let k = i + 1; k < ctx.upper.length && k <= i + 10; ++k) {
        if (passiveHere(k)) {
          passiveAt = k;
          break;
        }
        if (STOP_AFTER.has(ctx.upper[k]!) && !(k === i + 1 && ctx.upper[k] === ",")) break;
      }
    for (; j < ctx.upper.length && j <= limit; ++j) {
      const w = ctx.upper[j]!;
      // ("the treaty, signed by X in 2011, …": the comma before a reduced relative's participle)
      if (w === "," && j === i + 1 && passiveHere(j + 1)) continue;
      if (STOP_AFTER.has(w)) break;
      if (j === passiveAt) {
        sawVerb = true;
        continue;
      }
      // "clashes broke out between X and Y": past a verb only "between" still belongs to the noun. (A word after
      // "of" is a noun whatever the light tagger says: "the pledge of aid to X", "the suspension of talks with X".)
      if (((ctx.tags[j] ?? "").startsWith("VB") && ctx.upper[j - 1] !== "OF") || w === "OUT") {
        if (!noun.mutual) break;
        sawVerb = true;
        continue;
      }
      // (past its passive participle, "by X (and Y)" names who acts; "with Y" the other side)
      if (passiveAt >= 0 && (w === "BY" || w === "WITH") && j <= passiveAt + 4) {
        const g = groups.find(
          (g) => g.first > j && g.first <= j + 3 && ctx.upper.slice(j + 1, g.first).every((u) => TITLE_WORDS.test(u))
        );
        if (g && w === "BY" && subject.length === 0) {
          if (noun.mutual && g.refs.length >= 2) {
            subject = [g.refs[0]!];
            object = [g.refs[1]!];
            break;
          }
          subject = g.refs;
          j = g.last;
          continue;
        }
        if (g && w === "WITH" && object.length === 0) {
          object = g.refs;
          j = g.last;
          continue;
        }
      }
      if (sawVerb && w !== "BETWEEN") continue;
      if (w === "BETWEEN") {
        // "between X and Y" names two parties ("between CSTO members X and Y": the last two named).
        const refs = groups
          .filter(
            (g) => g.first > j && g.last <= j + 7 && !ctx.upper.slice(j + 1, g.first).some((u) => STOP_AFTER.has(u))
          )
          .flatMap((g) => g.refs)
          .filter(newActor);
        if (refs.length >= 2) {
          subject = [refs.at(-2)!];
          object = [refs.at(-1)!];
          break;
        }
      }
      // The group right after the word, or after a title that names it: "with the leaders of X", "to the president of X".
      const g = groups.find(
        (g) =>
          g.first > j &&
          g.first <= j + 5 &&
          ctx.upper.slice(j + 1, g.first).every((u) => TITLE_WORDS.test(u)) &&
          // ("by a member of the Norwegian government": "of the" before the group)
          (g.first <= j + 2 ||
            ctx.upper[g.first - 1] === "OF" ||
            (ctx.upper[g.first - 1] === "THE" && ctx.upper[g.first - 2] === "OF"))
      );
      if (!g) continue;
      const distinct = g.refs.filter(newActor);
      if (w === "BETWEEN" && distinct.length >= 2) {
        // "between X and Y" names two parties; "between CSTO members X and Y": the last two. (Each party once: "between
        // Kazakh President X and Italian business leaders" names the Kazakh and the Italian side twice each.)
        subject = [distinct.at(-2)!];
        object = [distinct.at(-1)!];
        break;
      }
      // "a visit by X to Y": the agent.
      if (w === "BY" && subject.length === 0 && !noun.madeBy) {
        subject = g.refs;
        j = g.last;
        continue;
      }
      // "the visit of X", "a meeting of X": only right after the noun ("talks with the leaders of X" is the target's).
      // ("the visit of the Peruvian president to Chile": a visit's or a trip's "of" with a "to" after it is the
      // visitor's; "a tour of X" names the places)
      const visitor =
        /^(VISIT|VISITS|TRIP|TRIPS)$/.test(ctx.upper[i]!) && ctx.upper.slice(g.last + 1, g.last + 4).includes("TO");
      if (w === "OF" && j === i + 1 && subject.length === 0 && (!noun.to.includes("OF") || visitor)) {
        subject = g.refs;
        j = g.last;
        // "the meeting of the Turkish-Azerbaijani commission", "the summit of the India–Central Asia format": a pair.
        const right = /^[-–—]$/.test(ctx.upper[g.last + 1] ?? "")
          ? groups.find((h) => h.first === g.last + 2)
          : undefined;
        if (right && noun.mutual) {
          object = right.refs;
          break;
        }
        continue;
      }
      if (noun.to.includes(w) && object.length === 0) {
        object = g.refs;
        // (session 29) "a visit to X by Y": the visitor named after the place, as "a visit by Y to X" names it before
        // (a visit put off keeps its own reading of who put it off: events-called-off.ts)
        if (
          !off &&
          subject.length === 0 &&
          /^(VISIT|VISITS|TRIP|TRIPS)$/.test(ctx.upper[i]!) &&
          ctx.upper[g.last + 1] === "BY" &&
          g.last + 1 <= limit
        ) {
          j = g.last;
          continue;
        }
        break;
      }
    }
    if (noun.onlyPassive && passiveAt < 0) continue;
    // (session 26) A paper still in the making or only in force is no signing: the object of a process toward it
    // ("launched negotiations on a digital economy agreement", "called for an early conclusion of the Free Trade
    // Agreement", "work on a new treaty") or a paper told by its entry into force ("…'s agreement with Iran, which
    // entered into force in May").
    if (noun.code === "057" && !noun.madeBy && passiveAt < 0 && paperNotMade(ctx.upper, ctx.tags, i)) continue;
    // (pr, review K26 of session 14) relations told in a state since a time or for a while ("have been frozen since
    // 2020", "had been severed for a decade") name the state, not the act that began it (modality.ts stateSince).
    if (noun.onlyPassive && stateSince(ctx.upper, passiveAt)) continue;
    // (pr) A paper whose signing is still to come ("the accord is expected / due / set to be signed on Friday", "is to
    // be signed", "will be signed"): an intent (032, as "was due to sign"), planned and dated when told
    // (modality-status.ts passiveToCome), not a signing on the day named.
    const signingToCome = noun.code === "057" && passiveAt >= 0 && passiveToCome(ctx.upper, passiveAt);
    let self = false;
    // "the civil war in X", "unrest in X", "the Kazakh protests": X on itself.
    const domestic = noun.domestic || (ctx.upper[i] === "WAR" && ctx.upper[i - 1] === "CIVIL");
    if (domestic) {
      // (session 28) "since the coup in Niamey in July 2023", "a share that has grown since last July's coup in Niger":
      // a domestic happening that opens a period is the period's start told as background, no act between sides
      // (src/read/dates-since.ts dates nothing else by it)
      let k = i - 1;
      while (k >= 0 && k >= i - 5 && /^(DT|JJ|NNP|NNPS|NN|POS|CD|PRP\$)$/.test(ctx.tags[k] ?? "")) --k;
      if (ctx.upper[k] === "SINCE") continue;
      const place = object.length ? object : subject;
      if (place.length === 0 || (object.length && subject.length && subject[0]!.actor !== object[0]!.actor)) continue;
      subject = place;
      object = place;
      self = true;
    }
    // "a meeting of Central Asian heads of state", "the summit of EU leaders": the group's members meet.
    if (noun.mutual && object.length === 0 && subject.length > 0 && ctx.upper[i + 1] === "OF") {
      const last = Math.max(...subject.map((r) => r.last));
      // "Central Asian heads of state", "EU foreign ministers": the plural head within three words.
      if (ctx.upper.slice(last + 1, last + 4).some((w) => MEMBERS.test(w))) {
        object = subject;
        // (session 26: the members of two sides or more meet each other, not each side itself: "a meeting of EU and
        // Central Asian foreign ministers", "the first summit of Germany and the five Central Asian states")
        self = new Set(subject.map((r) => r.actor)).size === 1;
        // "… signed at the summit of Central Asian heads of state": the members sign (057).
        for (let k = i - 1; k >= Math.max(1, i - 5); --k)
          if (/^(AT|DURING)$/.test(ctx.upper[k]!)) {
            if (/^(SIGNED|ADOPTED|APPROVED|ENDORSED|CONCLUDED)$/.test(ctx.upper[k - 1]!))
              out.push({
                noun: k - 1,
                subject,
                object,
                code: "057",
                mutual: true,
                rule: `${ctx.upper[k - 1]} AT noun:${ctx.upper[i]} [057]`,
                ...(self ? {self} : {})
              });
            break;
          }
      }
    }
    if (noun.copula) object = copulaTarget;
    // "…, including the meeting with Chancellor Scholz on 17 September", "During the talks with X on Monday, Y …": a
    // meeting with someone, named as part or occasion of the sentence's own story, is its main subject's.
    // (… and so is a visit: "returned home after a visit to X", "During his visit to X, the president signed …")
    if ((noun.mutual || noun.code === "042") && subject.length === 0 && object.length > 0 && !noun.madeBy) {
      let b = i - 1;
      while (
        b >= 0 &&
        /^(THE|A|AN|HIS|HER|ITS|THEIR|FIRST|SECOND|THIRD|RECENT|LATEST|OFFICIAL|BILATERAL|JOINT)$/.test(ctx.upper[b]!)
      )
        --b;
      if (/^(INCLUDING|DURING|AT|AFTER|FOLLOWING)$/.test(ctx.upper[b] ?? "")) {
        const main = groups.find(
          (g) =>
            !(g.first > 0 && PREPOSITIONS.test(ctx.upper[g.first - 1]!)) &&
            !/^(AS|LIKE)$/.test(ctx.upper[g.first - 1] ?? "") &&
            !g.refs.some((r) => object.some((o) => o.actor === r.actor))
        );
        if (main) subject = main.refs;
      }
    }
    // "Armenia and Azerbaijan held border talks", "X and Y held joint exercises": the members toward each other.
    if (noun.mutual && object.length === 0 && subject.length >= 2 && subject.length <= 3 && !self) object = subject;
    if (off) {
      const sides = calledOffSides(ctx, groups, i, off.agent, subject, object);
      if (!sides) continue;
      out.push({
        // (told to someone, "informed X that the summit would be postponed": the telling is the act reported, and
        // what dates it)
        noun: sides.at ?? off.at,
        subject: sides.subject,
        object: sides.object,
        code: off.code,
        mutual: false,
        rule: `noun:${ctx.upper[i]} called off [${off.code}]`,
        sidesAt: i,
        ...(sides.teller ? {teller: sides.teller} : {}),
        // (a report of an act, told in the past or the perfect without a date of its own: the article's, review K11)
        undatedOk: true
      });
      continue;
    }
    if (subject.length === 0 || object.length === 0) continue;
    let code = domestic && ctx.upper[i] === "WAR" ? "190" : noun.code;
    // (review K26: relations severed, cut, broken, suspended, downgraded or frozen are reduced, 161)
    if (noun.code === "050" && /^(SEVERED|CUT|BROKEN|SUSPENDED|DOWNGRADED|FROZEN)$/.test(ctx.upper[passiveAt] ?? ""))
      code = "161";
    // (review K26: an attack or offensive that is diplomatic, verbal or on a policy is a criticism, 111, not force)
    if (
      noun.code === "190" &&
      (/^(DIPLOMATIC|VERBAL|RHETORICAL|CHARM|MEDIA|LEGAL|POLITICAL|PUBLIC|SCATHING|FIERCE)$/.test(
        ctx.upper[i - 1] ?? ""
      ) ||
        ctx.upper.slice(i + 1, i + 9).some((w) => POLICY_NOUN.test(w)))
    )
      code = "111";
    // "the suspension of talks with X": negotiations halted (164).
    if (noun.code === "160" && ctx.upper.slice(i + 1, i + 4).some((w) => TALK_WORDS.test(w))) code = "164";
    // "held phone talks with X": talks by telephone (041).
    if (noun.code === "046" && /^(PHONE|TELEPHONE|VIDEO|TELEPHONIC)$/.test(ctx.upper[i - 1] ?? "")) code = "041";
    // "announced / pledged a loan to X": the intent to give economic aid (0331).
    // … and so is "will provide $2 billion in loans" (a plain future: a pledge, not yet given).
    if (
      noun.code === "071" &&
      ctx.upper
        .slice(Math.max(0, i - 9), i)
        .some(
          (w, k, a) =>
            /^(ANNOUNCED|PLEDGED|PROMISED|OFFERED)$/.test(w) || (w === "WILL" && /^[A-Z]+$/.test(a[k + 1] ?? ""))
        )
    )
      code = "0331";
    if ((noun.copula || noun.madeBy) && ctx.upper.slice(Math.max(0, i - 3), i).some((w) => ARMS.test(w))) code = "062";
    const fresh =
      /^(NEW|RECENT|LATEST)$/.test(ctx.upper[i - 1] ?? "") ||
      ctx.upper.slice(Math.max(0, i - 4), i).some((w) => /^(NEW|RECENT|LATEST)$/.test(w));
    // (session 33) "Political consultations between X and Y were held in Z", "talks between X and Y took place in Z": a
    // meeting told as held, in the past, is a reported happening as "X and Y held talks" is, dated by the article if need
    // be (a meeting named without such a verb refers back to one known, and needs a date of its own).
    const held =
      noun.code.startsWith("04") &&
      noun.mutual === true &&
      !toCome &&
      !off &&
      subject.length > 0 &&
      object.length > 0 &&
      heldAfter(ctx.upper, i);
    out.push({
      // (a passive's participle is where the act is told, and what dates it: "the accord … was signed on 3 May")
      noun: passiveAt >= 0 ? passiveAt : i,
      subject,
      object,
      code,
      mutual: noun.mutual ?? false,
      rule: `noun:${ctx.upper[i]} [${code}]`,
      ...(self ? {self} : {}),
      // Papers signed ("signed 14 documents") are a reported act told in the past: dated by the article if need be.
      ...(noun.copula || fresh || held || (noun.code === "057" && noun.madeBy) ? {undatedOk: true} : {}),
      ...(toCome ? {planned: true, code: "036", rule: `noun:${ctx.upper[i]} planned [036]`} : {}),
      ...(signingToCome ? {planned: true, code: "032", rule: `noun:${ctx.upper[i]} planned [032]`} : {})
    });
  }
  return out;
}

/**
 * Whether the meeting noun at `i` is the subject of a past "was / were held" or "took place" in its clause ("talks
 * between X and Y were held in Z"): not "will be held", "were to be held", "were not held", nor past a stop or a
 * relative.
 */
function heldAfter(upper: readonly string[], i: number): boolean {
  for (let k = i + 1; k < Math.min(upper.length, i + 16); ++k) {
    const u = upper[k]!;
    if (/^(\.|;|:|WHICH|WHO|THAT|WHILE|BUT|WHEN|WHERE)$/.test(u)) return false;
    if (u === "HELD" && /^(WAS|WERE)$/.test(upper[k - 1] ?? "")) return true;
    if (u === "TOOK" && upper[k + 1] === "PLACE") return true;
  }
  return false;
}

/**
 * Whether the occasion noun at `i` is named only as what a date is sought for: "a (new) date for the talks …" opening
 * its clause (from `from`), with the clause's verb saying that no date is there yet ("has yet to be found", "has not
 * been set", "is still not fixed").
 */
function dateSoughtFor(upper: readonly string[], from: number, i: number): boolean {
  const d = upper.slice(from, i).findIndex((w, k, a) => /^DATES?$/.test(w) && a[k + 1] === "FOR");
  if (d < 0) return false;
  let end = i + 1;
  while (end < upper.length && !/^[.;:]$/.test(upper[end]!)) ++end;
  const rest = upper.slice(i + 1, end).join(" ");
  return /\b(?:HAS|HAVE|IS|ARE|WAS|WERE) (?:YET TO BE|NOT (?:YET )?BEEN|STILL NOT|NOT YET|STILL TO BE)\b/.test(rest);
}

/** Nouns of a process toward a paper (English): what their "on", "of" or "for" names is not yet made. */
const PAPER_PROCESS = words(
  /^(NEGOTIATIONS|NEGOTIATION|TALKS|DISCUSSIONS|CONSULTATIONS|CONCLUSION|DRAFT|DRAFTING|WORK|PROGRESS|PREPARATION|PREPARATIONS)$/
);

/**
 * Whether the paper noun at `i` is not yet made or told only by its entry into force: after "on", "of", "for" or
 * "towards" and its determiners and modifiers, a noun of a process toward it ("negotiations on a … agreement", "the
 * conclusion of the Free Trade Agreement"); or "entered / enters into force" after it in its clause (past a relative's
 * "which").
 */
function paperNotMade(upper: readonly string[], tags: readonly string[], i: number): boolean {
  let k = i - 1;
  while (
    k > 0 &&
    k >= i - 6 &&
    /^(DT|JJ|NN|NNP|NNPS|CD|PRP\$|POS|HYPH)$/.test(tags[k] ?? "") &&
    !/^(ON|OF|FOR)$/.test(upper[k]!)
  )
    --k;
  if (/^(ON|OF|FOR|TOWARDS|TOWARD)$/.test(upper[k] ?? "") && PAPER_PROCESS.test(upper[k - 1] ?? "")) return true;
  // (session 34) a paper something is done under is one in force, named as the act's ground, not signed there: "ordered
  // the state to pay … under the 1992 Kyrgyzstan–Turkey bilateral investment treaty", "shipments under the agreement"
  for (let b = i - 1; b >= Math.max(0, i - 9); --b) {
    if (upper[b] === "UNDER") return true;
    if (/^[,;:.()]$/.test(upper[b]!) || /^(VB|IN|WDT|WP|CC)/.test(tags[b] ?? "")) break;
  }
  for (let j = i + 1; j < Math.min(upper.length, i + 14); ++j) {
    const w = upper[j]!;
    if (/^[;:.]$/.test(w)) return false;
    if (/^(ENTERED|ENTERS|ENTER)$/.test(w) && upper[j + 1] === "INTO" && upper[j + 2] === "FORCE") return true;
  }
  return false;
}
