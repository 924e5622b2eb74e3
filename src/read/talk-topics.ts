/**
 * What a talk is about is no side of it. English names the other side of a verb of talking after "with" ("discussed
 * trade with China", "held talks with Aliyev"), after "to" right after "speak" or "talk" ("spoke to Wang Yi"), or as
 * the object of "consult"; it names the matter talked about as the object of "discuss", "debate" or "exchange
 * views", and after "on", "about", "over", "regarding", "concerning", "around", "including" or "such as" ("exchanged
 * views on regional affairs, including the situation in Afghanistan and Ukraine", "discussed Syria with Erdogan",
 * "held talks on Armenia"). An actor named there is a topic: neither the talkers' counterpart nor a party. Pure:
 * upper-case words in, a yes or no out.
 *
 * @module
 */
import {tokenize} from "./tokenize.js";
import {words} from "./word-set.js";

/**
 * Dictionary verbs of talking (the base forms of the verb dictionary's CONFER block and its kin). Not "review" or
 * "deliberate": what one reviews is often another's paper, and its author the act's other side ("reviewed
 * Kazakhstan's proposal", 014).
 */
const TALK_VERB = words(/^(DISCUSS|CONFER|CONSULT|TALK|SPEAK|CONVERSE|DEBATE|EXCHANGE)$/);
/** Of those, the verbs whose object is the matter talked about: "discussed Afghanistan", "debated the treaty". */
const TOPIC_OBJECT_VERB = words(/^(DISCUSS|DEBATE|EXCHANGE)$/);
/** What "exchange" exchanges when it is a talk ("exchanged views on …"), not goods, fire or prisoners. */
const TALKED_THINGS = words(/^(VIEWS|OPINIONS|IDEAS|INFORMATION|ASSESSMENTS|THOUGHTS)$/);
/** Words that tie the matter talked about to the talk. */
const TOPIC_TIE = words(/^(ON|ABOUT|OVER|REGARDING|CONCERNING|AROUND|INCLUDING|RE)$/);
/** Words that tie the other side to the talk ("with X", "between X and Y", "among X"). */
const PARTY_TIE = words(/^(WITH|BETWEEN|AMONG|AMONGST)$/);
/** Words that end the talk's own phrase: a clause or a sentence part of its own starts after them. */
const STOP = words(/^(;|:|BUT|WHILE|WHICH|WHO|WHOM|WHERE|WHEN|THAT)$/);

/**
 * Nouns of a relation that take their partner after "with" ("relations with", "ties with", "cooperation with"): inside
 * a matter talked about, that "with" is the noun's, not the talk's, when the relation has its own owner ("the European
 * Union's relations with Central Asia") or the talk has its partner already ("with whom he discussed …").
 */
const RELATION_NOUN = words(
  /^(RELATIONS|RELATIONSHIP|RELATIONSHIPS|TIES|LINKS|COOPERATION|PARTNERSHIP|TRADE|CONTACTS|ENGAGEMENT|INTERACTION|DEALINGS|RAPPROCHEMENT|INTEGRATION)$/
);
/** Words that may stand between a relation's owner and its noun ("the EU's growing economic ties with …"). */
const RELATION_MODIFIER = words(
  /^(GROWING|DEEPENING|CLOSE|CLOSER|EXPANDING|BILATERAL|ECONOMIC|POLITICAL|TRADE|STRATEGIC|FUTURE|OWN|LONG-STANDING|NEW|BROADER|WIDER|DIPLOMATIC|SECURITY|ENERGY|EVOLVING|CURRENT|EXISTING)$/
);
/**
 * Verbs that tell a talk's matter in a clause of their own after its noun ("talks that covered trade, energy and the
 * follow-up to the EU-Central Asia summit", "a meeting focusing on Afghanistan"); the two-word ones by their first word
 * and the particle that must follow.
 */
const TOPIC_CLAUSE_VERB = words(/^(COVERED|COVERING|COVERS|SPANNED|SPANNING)$/);
const TOPIC_CLAUSE_PHRASAL = new Map<string, RegExp>([
  ["FOCUSED", /^ON$/],
  ["FOCUSSED", /^ON$/],
  ["FOCUSING", /^ON$/],
  ["FOCUSSING", /^ON$/],
  ["CENTRED", /^ON$/],
  ["CENTERED", /^ON$/],
  ["TOUCHED", /^(ON|UPON)$/],
  ["TOUCHING", /^(ON|UPON)$/],
  ["REVOLVED", /^AROUND$/],
  ["DEALT", /^WITH$/]
]);
/** Nouns of a talk whose matter such a clause tells. */
const TALK_NOUN = words(
  /^(TALKS|TALK|NEGOTIATIONS|MEETING|MEETINGS|CONSULTATIONS|DISCUSSIONS|DISCUSSION|CONVERSATION|CONVERSATIONS|DIALOGUE|AGENDA|SESSION|SESSIONS)$/
);

/**
 * Whether the "with" at `k` belongs to a relation's noun inside the talk's matter rather than to the talk: right after a
 * relation noun (`RELATION_NOUN`) whose phrase opens with an owner's "'s" ("the EU's relations with Central Asia"), or
 * when the talk already named its partner by "with whom" / "with which" just before the verb (`verbFirst`).
 */
function relationWith(upper: readonly string[], k: number, verbFirst: number): boolean {
  if (upper[k] !== "WITH" || !RELATION_NOUN.test(upper[k - 1] ?? "")) return false;
  let j = k - 2;
  while (j >= 0 && RELATION_MODIFIER.test(upper[j]!)) --j;
  if (/^('S|’S|')$/.test(upper[j] ?? "")) return true;
  for (let i = Math.max(0, verbFirst - 5); i < verbFirst - 1; ++i)
    if (upper[i] === "WITH" && /^(WHOM|WHICH)$/.test(upper[i + 1] ?? "")) return true;
  return false;
}

/** Whether the dictionary verb `base` at `last` (its last word) is a verb of talking. */
export function isTalkVerb(upper: readonly string[], base: string, last: number): boolean {
  if (!TALK_VERB.test(base)) return false;
  return base !== "EXCHANGE" || TALKED_THINGS.test(upper[last + 1] ?? "");
}

/**
 * Whether the actor group starting at `first`, after a verb of talking `base` ending at `last`, names what was talked
 * about: the nearest tie between them is a topic's ("on", "about", "including" …), or there is none and the verb's
 * object is its matter ("discussed Afghanistan", "exchanged views, the situation in X": not "consulted Russia"). A
 * party's tie ("with", "between") or "to" right after "speak"/"talk" makes it the other side.
 */
export function talkTopic(
  upper: readonly string[],
  base: string,
  last: number,
  first: number,
  verbFirst = last
): boolean {
  if (topicClause(upper, last, first)) return true;
  if (!isTalkVerb(upper, base, last)) return false;
  for (let k = first - 1; k > last; --k) {
    const w = upper[k]!;
    // ("with whom he discussed … the EU's relations with Central Asia": the relation's partner, inside the matter)
    if (relationWith(upper, k, verbFirst)) continue;
    if (PARTY_TIE.test(w)) return false;
    if (w === "TO" && k === last + 1 && /^(SPEAK|TALK)$/.test(base)) return false;
    if (TOPIC_TIE.test(w) || (w === "AS" && upper[k - 1] === "SUCH")) return true;
    // (past a clause's opening word the words are no longer the talk's: "discussed the route, which Iran …")
    if (STOP.test(w)) return false;
  }
  return TOPIC_OBJECT_VERB.test(base);
}

/**
 * Whether the actor group starting at `first`, after a verb ending at `last`, is in a clause that tells a talk's matter:
 * a noun of a talk at or after the verb, then a verb of covering in a relative ("that covered", "which focused on") or a
 * participle ("covering", "focused on"), and no party's tie or clause's end between that verb and the group ("held talks
 * at the ministry in Tashkent that covered trade, energy and the follow-up to the first EU-Central Asia summit", "a
 * meeting focusing on Afghanistan"). The talk's sides are named elsewhere, never in its matter.
 */
export function topicClause(upper: readonly string[], last: number, first: number): boolean {
  for (let k = first - 1; k > last; --k) {
    const w = upper[k]!;
    if (PARTY_TIE.test(w) || /^(;|:|BUT|WHILE|WHERE|WHEN|WHO|WHOM)$/.test(w)) return false;
    const particle = TOPIC_CLAUSE_PHRASAL.get(w);
    if (!TOPIC_CLAUSE_VERB.test(w) && !(particle !== undefined && particle.test(upper[k + 1] ?? ""))) continue;
    const relative = /^(THAT|WHICH)$/.test(upper[k - 1] ?? "") || (upper[k - 1] === "WHICH" && upper[k - 2] === ",");
    // (a finite verb needs its relative pronoun: "the talks covered trade" is a clause of its own; a participle follows
    // its noun: "talks covering trade", "talks focused on Afghanistan")
    if (!relative && !/ING$/.test(w) && !(particle !== undefined && TALK_NOUN.test(upper[k - 1] ?? ""))) return false;
    for (let j = k - 1; j >= last; --j) if (TALK_NOUN.test(upper[j]!)) return true;
    return false;
  }
  return false;
}

/** A verb of talking's forms and their dictionary base. */
const TALK_FORM: readonly [RegExp, string][] = [
  [/^DISCUSS(?:ED|ES|ING)?$/, "DISCUSS"],
  [/^DEBAT(?:E|ED|ES|ING)$/, "DEBATE"],
  [/^EXCHANG(?:E|ED|ES|ING)$/, "EXCHANGE"],
  [/^TALK(?:S|ED|ING)?$/, "TALK"],
  [/^(?:SPEAKS?|SPEAKING|SPOKEN?)$/, "SPEAK"]
];

/**
 * Whether the actor named at `start` of `text` is a matter talked about (`talkTopic` or `topicClause` from the nearest
 * verb of talking or noun of a talk before it): "The minister discussed Afghanistan and regional connectivity with
 * Meredov, and the two sides …" names one side before the pointer, Turkmenistan's minister, and a topic. For readers of
 * the text rather than the coder's words (src/read/anaphora.ts's pair pointers).
 */
export function topicAt(text: string, start: number): boolean {
  const upper = tokenize(text.slice(0, start)).map((t) => t.text.toUpperCase());
  const first = upper.length;
  for (let k = first - 1; k >= 0 && k >= first - 40; --k) {
    const w = upper[k]!;
    if (/^(;|:|\.)$/.test(w)) return false;
    if (TALK_NOUN.test(w) && topicClause(upper, k, first)) return true;
    const form = TALK_FORM.find(([re]) => re.test(w));
    if (form) return talkTopic(upper, form[1], k, first, k);
  }
  return false;
}

/** Verbs of concluding a paper ("signed", "adopted", "concluded", "initialled", "approved"). */
const PAPER_VERB = words(/^(SIGN|ADOPT|CONCLUDE|INK|INITIAL|INITIALL|APPROVE|ENDORSE|EXCHANGE|ISSUE|RATIFY)$/);
/** Nouns of a paper whose matter follows after "on", "about", "concerning" or "regarding". */
const PAPER_NOUN = words(
  /^(MEMORANDUM|MEMORANDA|MEMORANDUMS|AGREEMENT|AGREEMENTS|STATEMENT|STATEMENTS|DECLARATION|DECLARATIONS|TREATY|TREATIES|PROTOCOL|PROTOCOLS|ROADMAP|ROADMAPS|ACCORD|ACCORDS|CONVENTION|CONVENTIONS|COMMUNIQUE|COMMUNIQUÉ|CHARTER|PLAN|PROGRAMME|PROGRAM|DOCUMENTS|DOCUMENT|DEAL|DEALS|CONTRACT|CONTRACTS|MOU|MOUS)$/
);

/**
 * Whether the actor group starting at `first`, after a verb of concluding a paper ending at `last`, is inside the
 * paper's matter: a paper's noun, then "on", "about", "concerning" or "regarding", and no party's tie ("with",
 * "between") or clause's end after it ("the two ministers signed … a joint statement on the Caspian-Black Sea-Europe
 * energy corridor": Europe is what the statement is about, not who signed it). The paper's parties are named elsewhere
 * (the caller asks for them: a pair as the subject or a partner after "with"). Near miss: "signed an agreement on
 * transit with Azerbaijan" names its partner after "with".
 */
export function paperTopic(upper: readonly string[], base: string, last: number, first: number): boolean {
  if (!PAPER_VERB.test(base)) return false;
  for (let k = first - 1; k > last; --k) {
    const w = upper[k]!;
    if (PARTY_TIE.test(w) || STOP.test(w)) return false;
    if (!/^(ON|ABOUT|CONCERNING|REGARDING)$/.test(w)) continue;
    for (let j = k - 1; j > last; --j) {
      if (PARTY_TIE.test(upper[j]!) || STOP.test(upper[j]!)) return false;
      if (PAPER_NOUN.test(upper[j]!)) return true;
    }
    return false;
  }
  return false;
}
