import {unasserted} from "./modality-alleged.js";
import {CUMULATIVE, RANKING} from "./totals.js";
import {AUXILIARY, CLAUSE_BREAK, standingDescription} from "./modality-description.js";
import {CALLED_OFF_PARTICIPLE} from "./modality-status.js";
import {abilityGoverns, countedPeopleSubject, mayIsMonth, meansUnderModal} from "./modality-ability.js";
import {
  comparedMeasure,
  copularChance,
  coordinatedHead,
  noSubject,
  reactionAs,
  reducedPassive,
  tradeFigure
} from "./modality-unperformed.js";
import {managedRelations, rivalry, takeAsHost, takeAsRegard} from "./modality-idioms.js";
import {words} from "./word-set.js";
import {keptUpPromised} from "./modality-kept.js";

// Word lists tested inside the functions below, made once (a pattern written inside a function is a new object
// at each call; a set answers as the pattern did: see word-set.ts).
const NEED_HAS_HAVE_ETC = words(/^(NEED|NEEDS|NEEDED|HAS|HAVE|OUGHT)$/);
const THAT_WHICH_WHO_ETC = words(/^(THAT|WHICH|WHO|WILL|WOULD|TO)$/);
const HAS_HAVE = words(/^(HAS|HAVE)$/);
const NONE_NOBODY_NEITHER = words(/^(NONE|NOBODY|NEITHER)$/);
const HARDLY_SCARCELY_BARELY = words(/^(HARDLY|SCARCELY|BARELY)$/);
const IS_ARE_AM = words(/^(IS|ARE|AM)$/);
const DEMAND_PRESSURE = words(/^(DEMAND|DEMANDS|PRESSURE|PRESSURES)$/);
const WILL_SHALL_LL = words(/^(WILL|SHALL|'LL)$/);

/** The coordinating conjunctions that start a coordinated clause after a comma. */
const COORDINATOR = words(/^(AND|BUT|YET|OR)$/);

// The concepts split out of this file (review K18 of session 15), re-exported for the reader's callers.
export {agentOfLaterParticiple, standingDescription} from "./modality-description.js";
export {
  agreedOccasion,
  occasionStatus,
  passiveToCome,
  presentInTimeClause,
  presentScheduled,
  presentTense,
  proposedGerund,
  proposedMeeting,
  standingSince,
  stateSince
} from "./modality-status.js";

/**
 * Modality and genericity: which coded verbs report an act that happened. Questions, hypotheticals ("if …
 * would"), negations ("did not sign"), opinions ("I think", "perhaps"), strategies and goals ("the aim of X is
 * to …"), habits and generalisations ("usually cooperates", "tends to") and attempts ("is trying to contain")
 * are not events. Pure: upper-case words in, a reason (or nothing) out. The reasons are those of the
 * per-sentence "why" (src/read/document.ts): question, hypothetical, negation, opinion, generic.
 *
 * Two concepts live in files of their own (review K18 of session 15): the status of occasions and acts still to come
 * (src/read/modality-status.ts) and standing descriptions by a participle and its agent
 * (src/read/modality-description.ts); this file re-exports their functions for the coder.
 *
 * @module
 */

/** Why a verb is not coded as an event. */
export type NotAnEvent = "question" | "hypothetical" | "negation" | "opinion" | "generic";

const CONDITION = new Set(["IF", "UNLESS", "WHETHER", "SUPPOSE", "SUPPOSING", "IMAGINE"]);
const HYPOTHETICAL_MODAL = new Set(["WOULD", "COULD", "MIGHT", "MAY", "SHOULD", "MUST", "CAN", "CANNOT", "OUGHT"]);
const OPINION = new Set([
  "THINK",
  "BELIEVE",
  "SUPPOSE",
  "OPINION",
  "PERHAPS",
  "MAYBE",
  "PROBABLY",
  "POSSIBLY",
  "SEEMS",
  "SEEM",
  "APPEARS",
  "LIKELY",
  "UNLIKELY",
  "IMAGINE",
  "DOUBT",
  "HOPEFULLY"
]);
const HABITUAL = new Set([
  "USUALLY",
  "OFTEN",
  "ALWAYS",
  "TRADITIONALLY",
  "GENERALLY",
  "TYPICALLY",
  "REGULARLY",
  "NORMALLY",
  "CUSTOMARILY",
  "FREQUENTLY",
  "SOMETIMES",
  "RARELY",
  "SELDOM",
  "HISTORICALLY"
]);
/**
 * Verbs of seeing, thinking and learning: "Washington views Kazakhstan as a partner" is a view (a claim), not an act;
 * "X has learned how fast Y's favour can fade" is a lesson drawn, not a meeting.
 */
const COGNITION = words(
  /^(VIEW|VIEWS|VIEWED|VIEWING|SEE|SEES|SAW|SEEN|SEEING|REGARD|REGARDS|REGARDED|REGARDING|CONSIDER|CONSIDERS|CONSIDERED|CONSIDERING|PERCEIVE|PERCEIVES|PERCEIVED|PERCEIVING|THINK|THINKS|THOUGHT|THINKING|BELIEVE|BELIEVES|BELIEVED|BELIEVING|CARE|CARES|CARED|CARING|FEAR|FEARS|FEARED|FEARING|KNOW|KNOWS|KNEW|KNOWING|UNDERSTAND|UNDERSTANDS|UNDERSTANDING|REALIZE|REALIZES|REALIZING|REALISE|REALISES|REALISING|LEARN|LEARNS|LEARNED|LEARNT|LEARNING)$/
);

/** Governors of an attempt, an ability or a tendency: what they govern has not (yet) happened as such. */
const ATTEMPT = words(
  /^(TRY|TRIES|TRIED|TRYING|STRIVE|STRIVES|STRIVING|ATTEMPT|ATTEMPTS|ATTEMPTING|MANAGE|MANAGES|MANAGING|TEND|TENDS|TENDING|STRUGGLE|STRUGGLES|STRUGGLING|EFFORT|EFFORTS)$/
);
/** Abstract heads whose "… is to <verb>" states a goal, not an act: "the essence of X's strategy is to prevent …". */
const GOAL = words(
  /^(STRATEGY|STRATEGIES|GOAL|GOALS|AIM|AIMS|ESSENCE|TASK|TASKS|PURPOSE|INTEREST|INTERESTS|PRIORITY|PRIORITIES|OBJECTIVE|OBJECTIVES|IDEA|AMBITION|AMBITIONS|MISSION|POLICY|CHALLENGE|ROLE|WAY|APPROACH|DOCTRINE)$/
);
const NEGATION = new Set(["NOT", "N'T", "NEVER", "NO", "NEITHER", "NOR", "HARDLY"]);
/** Words after "not" that make it a focus, not a negation: "did not only sign but also ratify", "not just met". */
const NOT_FOCUS = words(/^(ONLY|JUST|MERELY|SIMPLY|SOLELY)$/);
/**
 * Verbs whose negation asserts what they govern (English implicatives of hesitation and failure): "did not hesitate
 * to condemn", "did not fail to pay", "did not wait to respond" tell that the act happened.
 */
const NEGATION_ASSERTS = words(
  /^(HESITATE|HESITATED|HESITATES|HESITATING|FAIL|FAILED|FAILS|WAIT|WAITED|WAITS|DELAY|DELAYED|DELAYS|FORGET|FORGOT|NEGLECT|NEGLECTED)$/
);

/**
 * Attitudes toward an act that has not happened, lexicons of English (not of any article): verbs of wanting,
 * wishing, hoping, preferring and needing (DESIDERATIVE: "X needed Y's financing" names no financing done), verbs of expecting and foreseeing another's act (EXPECTATIVE: "Kyiv
 * expected Astana to speak", "analysts anticipate that Baku will …"; not the passive "is expected to visit", a plan
 * the newsroom reports, nor "expects to sign", one's own stated plan), and verbs and adjectives of fearing (FEARING).
 * The attitude is no act of its own, and what it governs — an infinitive, a clause under "will/would/could …", or its
 * object noun ("wants European buyers") — is wished, expected or feared, not done.
 */
const DESIDERATIVE = words(
  /^(WANT|WANTS|WANTED|WANTING|WISH|WISHES|WISHED|WISHING|HOPE|HOPES|HOPED|HOPING|DESIRE|DESIRES|DESIRED|DESIRING|LONGS|LONGED|LONGING|YEARN|YEARNS|YEARNED|YEARNING|CRAVE|CRAVES|CRAVED|CRAVING|PREFER|PREFERS|PREFERRED|PREFERRING|DREAM|DREAMS|DREAMED|DREAMT|DREAMING|NEED|NEEDS|NEEDED|NEEDING)$/
);
const EXPECTATIVE = words(
  /^(EXPECT|EXPECTS|EXPECTED|EXPECTING|ANTICIPATE|ANTICIPATES|ANTICIPATED|ANTICIPATING|FORESEE|FORESEES|FORESAW|FORESEEING|ENVISAGE|ENVISAGES|ENVISAGED|ENVISAGING|ENVISION|ENVISIONS|ENVISIONED|ENVISIONING)$/
);
const FEARING = words(/^(FEAR|FEARS|FEARED|FEARING|DREAD|DREADS|DREADED|DREADING|WORRY|WORRIES|WORRIED|AFRAID)$/);
/** Forms of "be" before a participle: "is expected to" is a passive (a reported plan), not someone's expectation. */
const BE_FORM = words(/^(IS|ARE|WAS|WERE|BE|BEEN|BEING|AM|'S|'RE)$/);
/** Modals and "to" before a bare verb: the form a governed act takes ("hoped that X would sign", "wants X to sign"). */
const BARE_BEFORE = words(/^(TO|WILL|WOULD|SHALL|SHOULD|COULD|MIGHT|MAY|CAN|MUST|'LL|'D|WO)$/);

/** Past verbs of report and promise whose "that"-clause puts "would" in the future of the past. */
const REPORT_PAST = words(
  /^(SAID|ANNOUNCED|PROMISED|PLEDGED|VOWED|STATED|DECLARED|CONFIRMED|ASSURED|TOLD|AGREED|DECIDED|INSISTED|UNDERTOOK|WARNED|REPORTED|INFORMED|NOTIFIED|ANNOUNCING|PROMISING|STRESSED|EMPHASISED|EMPHASIZED|REAFFIRMED|REITERATED|UNDERLINED|UNDERSCORED)$/
);

/** Past verbs of warning and threat (and their reports) that tell an act even about a condition. */
const WARNING_PAST = words(/^(WARNED|THREATENED|CAUTIONED|TOLD|SAID|STATED|DECLARED|INSISTED)$/);

/** Forms of the verbs of persuading and pressing whose "… X to <verb>" is wanted, not done. */
const PERSUADING = words(
  /^(PERSUADED|PERSUADES|PERSUADING|URGED|URGES|URGING|PRESSED|PRESSES|PRESSING|PUSHED|PUSHES|PUSHING|ENCOURAGED|ENCOURAGES|ENCOURAGING|CONVINCED|CONVINCES|CONVINCING|DEMANDED|DEMANDING|COAXED|COAXES|COAXING|PRESSURED|PRESSURING|PRESSURISED|PRESSURIZED|PRESSURISING|PRESSURIZING|LOBBIED|LOBBIES|LOBBYING)$/
);
/**
 * Verbs of asking, advising and instructing (English, past, present and gerund forms), whose "… X to <verb>" is asked
 * for, not done: "asked him to ease the rules", "advised citizens to postpone travel", "requested Japan to send experts",
 * "called on the states to tighten controls", "appealed to Y to release". The asking is the act (02x), read from the
 * verb itself. (Session 26.)
 */
const ASKING = words(
  /^(ASK|ASKED|ASKS|ASKING|ADVISE|ADVISED|ADVISES|ADVISING|REQUEST|REQUESTED|REQUESTS|REQUESTING|INSTRUCT|INSTRUCTED|INSTRUCTS|INSTRUCTING|IMPLORED|IMPLORES|IMPLORING|BEGGED|BEGS|BEGGING|EXHORTED|EXHORTS|EXHORTING|BESEECHED|BESOUGHT)$/
);
/** Forms of the verb "invite", whose "… X to <verb>" is invited, not done (session 28). */
const INVITING = words(/^(INVITE|INVITES|INVITED|INVITING)$/);
/** "called on / upon X to …", "appealed to X to …": a verb of asking that takes its addressee after a preposition. */
const ASKING_WITH = words(/^(CALLED|CALLS|CALLING|CALL|APPEALED|APPEALS|APPEALING|APPEAL)$/);

/** Words opening a clause of its own: a governor before them does not govern an infinitive after them. */
const SUBCLAUSE = words(/^(AFTER|BEFORE|WHEN|BECAUSE|SINCE|WHILE|UNTIL|ONCE|AS|WHERE|ALTHOUGH|THOUGH)$/);
const PERSUADE_BASE = words(
  /^(PERSUADE|URGE|PRESS|PUSH|ENCOURAGE|CONVINCE|DEMAND|COAX|PRESSURE|PRESSURISE|PRESSURIZE|LOBBY)$/
);

/** Whether the "would" at `k` follows a past report or promise in its sentence ("said that X would …", "promised Y that X would …"). */
function futureInPast(upper: readonly string[], k: number): boolean {
  // "… would join if pressed": a condition after it keeps it hypothetical.
  for (let j = k + 1; j < upper.length; ++j) if (CONDITION.has(upper[j]!)) return false;
  // The clause names its own subject ("said that Kazakhstan would …", "said it would …"), not "a move both
  // governments said would ease …", whose subject is no actor.
  if (REPORT_PAST.test(upper[k - 1] ?? "") || upper[k - 1] === "THAT" || upper[k - 1] === "WHICH") return false;
  for (let j = k - 1; j >= Math.max(0, k - 14); --j) {
    const w = upper[j]!;
    if (REPORT_PAST.test(w)) return true;
    if (CONDITION.has(w) || w === ";" || w === "BUT") return false;
  }
  return false;
}

/**
 * Whether the condition word at `k` is embedded in a clause that a coordinator closes before the verb at `first`: an
 * indirect question or a condition after its verb ("has not said whether …", "asked if …", "will act if …") reaches
 * no further than ", and / , but / , yet / ;" and the clause that opens there ("has not said whether the deal breaks
 * the rules, and an official said X had informed Y …": the informing is told as done). A condition that opens the
 * sentence ("If talks fail, X will …, and Y will …") governs all of it.
 */
function conditionClosedBefore(upper: readonly string[], k: number, first: number): boolean {
  let open = 0;
  while (open < upper.length && OPENER.test(upper[open]!)) ++open;
  if (k <= open) return false;
  for (let j = k + 1; j < first; ++j)
    if (upper[j] === ";" || (upper[j] === "," && /^(AND|BUT|YET)$/.test(upper[j + 1] ?? ""))) return true;
  return false;
}

/** Words that may open a sentence before an inverted condition: "But had …", "And were …". */
const OPENER = words(/^(BUT|AND|YET|STILL|INDEED|["“'‘]|``)$/);

/**
 * Whether the sentence opens with a condition told by inversion: "Had <subject> <past participle> …," (not "Had
 * talks been held?", a question, which is read before), "Were <subject> to <verb> …,", "Should <subject> <verb> …,".
 * The inverted clause must end at a comma (its main clause follows), and "Were" needs its "to" before that comma
 * ("Were the talks a success, …" is a condition too, but names no act: nothing to keep it from).
 */
export function invertedCondition(upper: readonly string[]): boolean {
  let k = 0;
  while (k < upper.length && OPENER.test(upper[k]!)) ++k;
  const head = upper[k];
  if (head !== "HAD" && head !== "WERE" && head !== "SHOULD") return false;
  // (the clause has a subject of its own before any verb: "Had Japan …", "Should the talks …", not "Had to leave")
  const next = upper[k + 1] ?? "";
  if (next === "TO" || next === "BEEN" || next === "NOT" || next === "," || next === "") return false;
  const comma = upper.indexOf(",", k + 2);
  if (comma < 0) return false;
  return head !== "WERE" || upper.slice(k + 2, comma).includes("TO");
}

/**
 * Whether the word at `k` is an attitude that governs what follows it: a verb of wanting or fearing, "would like", or
 * a verb of expecting told actively of another's act ("expected Astana to …", "expects that …"), not the passive "is
 * expected to" (a plan reported), nor "expects to" (one's own plan), nor an adjective after a determiner ("the
 * expected visit").
 */
function attitudeAt(upper: readonly string[], k: number): boolean {
  const w = upper[k] ?? "";
  // (a participle opening a noun phrase is an adjective, not an attitude: "Worried Chilean officials met …",
  // "Chile's preferred partner …", "for worried exporters": no subject before it — review K6)
  if (k === 0 || ATTRIBUTIVE_BEFORE.test(upper[k - 1] ?? "")) return false;
  // ("needed three weeks to annex": a span of time needed tells the act as done — review L6)
  if (
    /^NEED/.test(w) &&
    /^(\d+|ONLY|JUST|ABOUT|SOME|A|AN|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|SEVERAL|MANY|FEW)$/.test(
      upper[k + 1] ?? ""
    ) &&
    upper.slice(k + 1, k + 5).some((x) => /^(SECONDS?|MINUTES?|HOURS?|DAYS?|WEEKS?|MONTHS?|YEARS?|DECADES?)$/.test(x))
  )
    return false;
  if (DESIDERATIVE.test(w) || FEARING.test(w)) return true;
  if (w === "LIKE") return /^(WOULD|'D)$/.test(upper[k - 1] ?? "");
  if (!EXPECTATIVE.test(w)) return false;
  const before = upper[k - 1] ?? "";
  const passive = BE_FORM.test(before) || (/LY$/.test(before) && BE_FORM.test(upper[k - 2] ?? ""));
  return !passive && upper[k + 1] !== "TO" && !/^(NOT|AS)$/.test(before);
}
/** Words before an adjective, not before a verb: determiners, possessives, prepositions, an opening quote or bracket. */
const ATTRIBUTIVE_BEFORE = words(
  /^(THE|A|AN|THIS|THESE|THAT|THOSE|ITS|HIS|HER|THEIR|OUR|MY|YOUR|'S|’S|'|’|OF|IN|FOR|WITH|BY|AMONG|FROM|ON|AT|["“(]|``)$/
);

/**
 * Whether the word at `first` is governed by an attitude earlier in its clause (no comma, clause break or
 * subordinator between): as a bare verb after "to" or a modal ("hoped that Kabul would guarantee …", "wants Baku to
 * sign", "fears that X will attack"), or as the attitude's object noun within four words ("wants new buyers").
 */
function attitudeGoverns(upper: readonly string[], first: number, start: number, tags?: readonly string[]): boolean {
  let reach = 16;
  for (let g = first - 1; g >= Math.max(start, first - reach); --g) {
    const w = upper[g]!;
    // (an apposition set off by commas inside the governed clause is looked past: "hopes that X, the Peruvian
    // minister, will sign …")
    if (w === ",") {
      const open = appositionOpening(upper, g, tags);
      if (open < 0) return false;
      reach += g - open + 1;
      g = open;
      continue;
    }
    if (CLAUSE_BREAK.has(w) || SUBCLAUSE.test(w)) return false;
    if (!attitudeAt(upper, g)) continue;
    // One's own act after a verb of wanting or hoping ("wants to expand ties", "would like to visit") is an intent,
    // which the coder reads as such (03x); a preference, a craving or a dream of one's own is not.
    if (upper[g + 1] === "TO" && /^(WANT|HOPE|WISH|LIKE)/.test(upper[g]!)) return false;
    const prev = upper[first - 1] ?? "";
    const bare =
      BARE_BEFORE.test(prev) ||
      (/^(BE|HAVE)$/.test(prev) && BARE_BEFORE.test(upper[first - 2] ?? "")) ||
      (/LY$/.test(prev) && BARE_BEFORE.test(upper[first - 2] ?? ""));
    if (bare) return true;
    // (its object noun, not the verb of a relative clause without "that": "fears the sanctions Peru imposed …" tells
    // the imposing as done — review K6)
    // (a gerund after a determiner, an adjective or a name is a noun too: "needed Russian financing")
    const noun = tags
      ? /^NN/.test(tags[first] ?? "") ||
        (tags[first] === "VBG" && /^(JJ|DT|PRP\$|POS|NNP)$/.test(tags[first - 1] ?? ""))
      : !/ED$/.test(upper[first] ?? "");
    return noun && first - g <= 4 && !upper.slice(g + 1, first).some((x) => x === "THAT" || BARE_BEFORE.test(x));
  }
  return false;
}

/**
 * The opening comma of an apposition closed by the comma at `close` (", the Peruvian foreign minister,", ", his
 * deputy,", ", Chile's envoy,", ", Ana Ruiz,"): a comma at most eight words back whose next word is a determiner, a
 * possessive pronoun or a name with "'s", or with only proper names between; -1 when the comma closes no apposition.
 */
function appositionOpening(upper: readonly string[], close: number, tags?: readonly string[]): number {
  for (let h = close - 1; h >= Math.max(0, close - 9); --h) {
    const w = upper[h]!;
    if (CLAUSE_BREAK.has(w) || SUBCLAUSE.test(w) || THAT_WHICH_WHO_ETC.test(w)) return -1;
    if (w !== ",") continue;
    const next = upper[h + 1] ?? "";
    const opens =
      /^(THE|A|AN|HIS|HER|ITS|THEIR)$/.test(next) ||
      /^['’]S$/.test(upper[h + 2] ?? "") ||
      // (a name alone: "Chile's envoy, Ana Ruiz, will …")
      (tags !== undefined && tags.slice(h + 1, close).every((t) => /^NNPS?$/.test(t)));
    return opens && h + 2 < close ? h : -1;
  }
  return -1;
}

/** Whether the negation at `k` is lifted: a focus ("not only"), or a negated implicative ("did not hesitate to"). */
function negationLifted(upper: readonly string[], k: number): boolean {
  const next = upper[k + 1] ?? "";
  return NOT_FOCUS.test(next) || (NEGATION_ASSERTS.test(next) && upper[k + 2] === "TO");
}

/**
 * Whether the infinitive at `first` hangs, through a chain of infinitives in its clause, on a negated verb: "would not
 * allow its territory to be used to help X", "has never sought to join Y" (a negation a few words before the verb is
 * read in {@link notAnEvent} itself). No comma, clause break, subordinator or "and/or" between.
 */
function negatedChain(upper: readonly string[], first: number, start: number): boolean {
  if (upper[first - 1] !== "TO") return false;
  for (let g = first - 2; g >= Math.max(start, first - 14); --g) {
    const w = upper[g]!;
    if (w === "," || CLAUSE_BREAK.has(w) || SUBCLAUSE.test(w) || w === "AND" || w === "OR") return false;
    // (a possessor opens another's act: "refused to support Russia's decision to recognise X" leaves Russia's act)
    if (w === "'S" || w === "’S") return false;
    if (/^(NOT|N'T|NEVER)$/.test(w)) return !negationLifted(upper, g);
    // A verb of refusing or failing starts the chain too ("refused to allow X to use its ports to supply Y"); its own
    // infinitive ("refused to sign") is the refusal itself, which the coder reads as a rejection (12x) — review K6.
    if (REFUSING.test(w) && upper[g + 1] === "TO") return g + 1 < first - 1;
  }
  return false;
}
/** Verbs and adjectives of refusing and failing (English, all forms): what they govern through infinitives is not done. */
const REFUSING = /^(REFUS|DECLIN|REJECT|FAIL|UNWILLING|RELUCTANT)/;

/** Participles of planning (English): after a noun they describe it ("a project planned by X"); no act of intent. */
const PLANNING_PARTICIPLE = words(/^(PLANNED|INTENDED|ENVISAGED|ENVISIONED|SCHEDULED|DESIGNED|MOOTED|CONCEIVED)$/);

/**
 * Whether the clause opening at `at` has a subject that denies or all but denies (English's negative quantifiers):
 * "none (of …)", "nobody", "no one", "neither (of …)", "few of …", "not one of …", "not a single …", "hardly any …".
 */
function deniedSubject(upper: readonly string[], at: number): boolean {
  const w = upper[at] ?? "";
  const next = upper[at + 1] ?? "";
  return (
    NONE_NOBODY_NEITHER.test(w) ||
    (w === "NO" && next === "ONE") ||
    // "few of the members" (not "a few", which opens at "a"), "not one of …", "not a single state", "hardly any …"
    (w === "FEW" && next === "OF") ||
    (w === "NOT" && (next === "ONE" || (next === "A" && upper[at + 2] === "SINGLE"))) ||
    (HARDLY_SCARCELY_BARELY.test(w) && /^(ANY|ANYONE|ANYBODY)$/.test(next))
  );
}

/**
 * The start of the last clause opened by a coordinator after a comma before `first` (", and none of …", ", but
 * nobody …"), or `start` when there is none.
 */
function coordinatedClauseStart(upper: readonly string[], first: number, start: number): number {
  for (let k = first - 1; k > start; --k) if (COORDINATOR.test(upper[k]!) && upper[k - 1] === ",") return k + 1;
  return start;
}

/**
 * Adverbials of frequency after a verb (English): "time and again", "again and again", "over and over", "year after
 * year", "every year/month/week/summer", "each year", "as a rule", and the habitual adverbs (regularly, routinely …).
 * The coordinated ones are joined first (TIME_AND_AGAIN), so that a coordinator can end the clause.
 */
const HABITUAL_AFTER =
  / (?:TIME_AND_AGAIN|AGAIN_AND_AGAIN|OVER_AND_OVER|(?:YEAR|MONTH|WEEK|DECADE) AFTER (?:YEAR|MONTH|WEEK|DECADE)|(?:EVERY|EACH) (?:YEAR|MONTH|WEEK|SPRING|SUMMER|AUTUMN|WINTER|TIME)|AS A RULE|ROUTINELY|HABITUALLY|INVARIABLY|REGULARLY|PERIODICALLY|CUSTOMARILY) /;

/** The words one of which each of HABITUAL_AFTER's phrases holds (a pre-test: "every", "time", "regularly" …). */
const HABITUAL_WORD = new Set(
  "TIME AGAIN OVER AFTER EVERY EACH RULE ROUTINELY HABITUALLY INVARIABLY REGULARLY PERIODICALLY CUSTOMARILY".split(" ")
);

/** What ends the clause {@link habitualAfter} reads: a punctuation mark or a relative. */
const HABITUAL_END = new Set([",", ";", ":", ".", "(", ")", "WHICH", "WHO", "WHOM", "WHOSE", "THAT", "WHERE", "WHEN"]);

/**
 * Whether a habitual adverbial follows the verb at `first` in its clause (up to a comma, a clause break, a relative or
 * a coordinator).
 */
function habitualAfter(upper: readonly string[], first: number): boolean {
  let end = first + 1;
  // (each of HABITUAL_AFTER's phrases holds one of HABITUAL_WORD's words as a token, or a token holding a space or an
  // underscore does: a clause without one is not joined)
  let some = false;
  while (end < upper.length && !HABITUAL_END.has(upper[end]!) && !CLAUSE_BREAK.has(upper[end]!)) {
    const w = upper[end]!;
    if (!some && (HABITUAL_WORD.has(w) || w.includes(" ") || w.includes("_"))) some = true;
    ++end;
  }
  if (!some) return false;
  const joined = ` ${upper.slice(first + 1, end).join(" ")} `
    .replace(/ TIME AND (?:AGAIN|TIME) /g, " TIME_AND_AGAIN ")
    .replace(/ AGAIN AND AGAIN /g, " AGAIN_AND_AGAIN ")
    .replace(/ OVER AND OVER /g, " OVER_AND_OVER ");
  return HABITUAL_AFTER.test(joined.split(/ (?:AND|OR) /)[0]! + " ");
}

/** Nouns of plan, wish and need after "no": "no plans to", "no intention of", "no desire to", "no interest in". */
const PLAN_NOUN = /^(PLANS?|INTENTIONS?|DESIRE|WISH|INTEREST|NEED|REASON|INTENT|APPETITE|PLANNING)$/;

/**
 * Whether the verb at `first` hangs, through "to" / "of" / "in" and a chain of infinitives or gerunds in its clause,
 * on "no <noun of plan or wish>": "has no plans to agree to supply gas", "has no intention of signing".
 */
function deniedPlan(upper: readonly string[], first: number, start: number): boolean {
  for (let g = first - 1; g >= Math.max(start, first - 10); --g) {
    const w = upper[g]!;
    if (w === "," || CLAUSE_BREAK.has(w) || SUBCLAUSE.test(w) || w === "AND" || w === "OR") return false;
    if (PLAN_NOUN.test(w) && upper[g - 1] === "NO" && /^(TO|OF|IN)$/.test(upper[g + 1] ?? "")) return true;
  }
  return false;
}

/** Words of a plan or a schedule before "to" (English): "due", "supposed", "meant", "scheduled", "set", "expected" … */
const PLAN_WORD = words(/^(DUE|SUPPOSED|MEANT|SCHEDULED|SET|EXPECTED|SLATED|PLANNED|INTENDED|PENCILLED|PENCILED)$/);

/** Whether the verb at `first` is what a plan that fell through planned: see notAnEvent (review K19 of session 15). */
function unrealPlan(upper: readonly string[], first: number): boolean {
  // "… to have met": the perfect infinitive, after a plan word or "was/were" told in the past.
  if (upper[first - 1] === "HAVE" && upper[first - 2] === "TO") {
    const w = upper[first - 3] ?? "";
    if (/^(WAS|WERE)$/.test(w)) return true;
    if (PLAN_WORD.test(w) && /^(WAS|WERE|BEEN)$/.test(upper[first - 4] ?? "")) return true;
  }
  // (the plan's own verb: "had been meant to …", "had planned to …", whose governed verb the dictionary may not know)
  if (PLAN_WORD.test(upper[first] ?? "") && upper[first + 1] === "TO") {
    let h = first - 1;
    if (upper[h] === "BEEN") --h;
    while (/LY$/.test(upper[h] ?? "")) --h;
    if (upper[h] === "HAD" && (upper[h + 1] === "BEEN" || /^(PLANNED|INTENDED)$/.test(upper[first]!))) return true;
  }
  if (upper[first - 1] !== "TO") return false;
  // "had been due to visit", "had been meant to crown", "had planned to sign", "had originally intended to open"
  let k = first - 2;
  if (!PLAN_WORD.test(upper[k] ?? "")) return false;
  --k;
  if (upper[k] === "BEEN") --k;
  while (/LY$/.test(upper[k] ?? "")) --k;
  return upper[k] === "HAD" && (upper[k + 1] === "BEEN" || /^(PLANNED|INTENDED)$/.test(upper[first - 2]!));
}

/**
 * Whether "intended" or "meant" at `at` is a subject's active past of intending ("Peru intended to buy …", "it
 * originally meant to sign …"): right after a name or a subject pronoun, an adverb in -ly between; not a passive ("was
 * intended to"), a reduced relative after a common noun ("a loan intended to help") nor a pluperfect plan (read by
 * unrealPlan).
 */
function activeIntent(upper: readonly string[], at: number, tags?: readonly string[]): boolean {
  if (!/^(INTENDED|MEANT)$/.test(upper[at] ?? "")) return false;
  let k = at - 1;
  while (k > 0 && (/LY$/.test(upper[k]!) || /^(ALSO|STILL|ONLY|FIRST)$/.test(upper[k]!))) --k;
  if (/^(HE|SHE|IT|THEY|WE|I)$/.test(upper[k] ?? "")) return true;
  return tags !== undefined && /^NNPS?$/.test(tags[k] ?? "");
}

/** The start of the clause a verb at `first` is in (after the last break before it). */
function clauseStart(upper: readonly string[], first: number): number {
  for (let k = first - 1; k >= 0; --k) if (CLAUSE_BREAK.has(upper[k]!)) return k + 1;
  return 0;
}

/**
 * Whether the sentence opens with "In his / her / their / my / our view" (or opinion, estimation, judgement) and a
 * comma before the verb at `first`.
 */
function inTheViewOf(upper: readonly string[], first: number): boolean {
  return (
    upper[0] === "IN" &&
    /^(HIS|HER|THEIR|MY|OUR)$/.test(upper[1] ?? "") &&
    /^(VIEW|OPINION|ESTIMATION|JUDGEMENT|JUDGMENT)$/.test(upper[2] ?? "") &&
    upper[3] === "," &&
    first > 3
  );
}

/**
 * Why the verb at token `first` does not report an act that happened, or undefined when it may. `text` is the
 * sentence (a question ends with "?"); `refused` says the verb is governed by a refusal (refused to, declined
 * to), which is an act (a rejection), not a plain negation. `tags` (the coder's Penn tags, when it has them) tell an
 * attitude's object noun from a verb.
 */
export function notAnEvent(
  upper: readonly string[],
  first: number,
  text: string,
  refused = false,
  tags?: readonly string[]
): NotAnEvent | undefined {
  if (/\?["”’)\s]*$/.test(text)) return "question";
  const start = clauseStart(upper, first);
  if (COGNITION.test(upper[first] ?? "")) return "opinion";
  // A noun's standing description by its agent ("a region long dominated by X", "a market courted by Y", "a strait
  // fought over by Z"): a state, not an act ("has long supported", "was dominated by" are the clause's own verbs; a
  // dated phrase is an act of its time). See standingDescription.
  if (standingDescription(upper, first)) return "generic";
  // An ability, a means or a right held ("has the means to lend", "is able to host"), a means gerund under a modal of
  // advice ("should answer … by inviting"), a counted group of people as subject ("600,000 tourists visited"): no act
  // (src/read/modality-ability.ts).
  if (abilityGoverns(upper, first, start)) return "generic";
  if (tags && meansUnderModal(upper, tags, first, start)) return "hypothetical";
  if (tags && countedPeopleSubject(upper, tags, first)) return "generic";
  // (session 26) "In his view, Dushanbe will now be pushed into closer contacts with Kabul": what follows an opening
  // "in his / her / their view" (opinion, estimation, judgement) is the speaker's view, not a told act.
  if (inTheViewOf(upper, first)) return "opinion";
  // An act only alleged, charged or denied, or done by any one of a kind, is not told as done
  // (src/read/modality-alleged.ts; session 26).
  const claimed = tags ? unasserted(upper, tags, first) : undefined;
  if (claimed) return claimed;
  if (tags) {
    // (session 27, src/read/modality-unperformed.ts) A bare verb coordinated under a modal or an infinitive takes that
    // verb's mood ("should open X, appoint Y, and invite Z"); a reduced passive relative ("countries invited to the
    // summit"), a reaction ("was greeted in Tbilisi as a victory"), a trade figure ("exported $2.6 billion worth of
    // metals to China") and a chance named by a copula ("remains X's best opportunity to give …") tell no act of the
    // side named.
    const head = coordinatedHead(upper, tags, first);
    if (head >= 0) {
      const mood = notAnEvent(upper, head, text, refused, tags);
      if (mood) return mood;
    }
    if (reducedPassive(upper, tags, first)) return "generic";
    if (reactionAs(upper, tags, first)) return "opinion";
    if (tradeFigure(upper, tags, first)) return "generic";
    if (comparedMeasure(upper, tags, first)) return "generic";
    if (copularChance(upper, tags, first)) return "generic";
  }
  // (session 28, src/read/modality-idioms.ts) "took the UK seriously", "took X into account": a way of regarding, not
  // a seizure; "competing with Russia for labour", "struggle against Chinese companies": rivalry, not a quarrel.
  if (takeAsRegard(upper, first)) return "opinion";
  if (tags && takeAsHost(upper, tags, first)) return "generic";
  if (rivalry(upper, first)) return "generic";
  // (session 30) "relations … are currently handled by its embassy in Moscow": how relations are kept, no act.
  if (managedRelations(upper, first)) return "generic";
  // A wish, a hope, a fear or an expectation of another's act is no act, nor is what it governs (see attitudeAt).
  if (attitudeAt(upper, first) || attitudeGoverns(upper, first, start, tags)) return "opinion";
  // A participle of planning that describes a noun (a reduced relative with its by-agent, no auxiliary before it):
  // "a wind farm planned by a developer" names a plan, not an act ("was planned by X" is the clause's own verb). Set
  // off by commas with its time, it tells the occasion's plan ("the talks, planned for April, will …", an intent) —
  // unless the occasion was called off ("…, planned for April, was postponed": the calling off is the act).
  if (PLANNING_PARTICIPLE.test(upper[first] ?? "")) {
    const before = upper[first - 1] ?? "";
    if (upper[first + 1] === "BY" && !AUXILIARY.test(before) && !/LY$/.test(before)) return "generic";
    // (", planned for April, was postponed", ", initially planned for May, were axed": review K19 of session 15)
    const opening = /^(ORIGINALLY|INITIALLY|FIRST|PROVISIONALLY|TENTATIVELY)$/.test(before) ? upper[first - 2] : before;
    if (upper[first + 1] === "FOR" && opening === ",") {
      const close = upper.indexOf(",", first + 1);
      let k = close + 1;
      while (/^(WAS|WERE|HAS|HAVE|HAD|BEEN|NOW|ALSO|LATER|THEN)$/.test(upper[k] ?? "")) ++k;
      if (close > 0 && k > close + 1 && CALLED_OFF_PARTICIPLE.test(upper[k] ?? "")) return "hypothetical";
    }
  }
  // A past plan told as unfulfilled: "was supposed to visit X", "were meant to sign …" — the plan is off and no intent
  // is announced (what "is supposed to" tells is a plan, read as one).
  if (
    upper[first - 1] === "TO" &&
    /^(SUPPOSED|MEANT)$/.test(upper[first - 2] ?? "") &&
    (/^(WAS|WERE)$/.test(upper[first - 3] ?? "") ||
      (/LY$/.test(upper[first - 3] ?? "") && /^(WAS|WERE)$/.test(upper[first - 4] ?? "")))
  )
    return "hypothetical";
  // A plan that fell through (review K19 of session 15): a perfect infinitive after a past plan ("was to have met",
  // "were due / supposed / scheduled to have signed"), or a plan told in the pluperfect ("had been due / meant /
  // scheduled to visit", "had planned / intended to sign"): what was planned did not happen, and no intent is announced.
  if (unrealPlan(upper, first)) return "hypothetical";
  // A need or an obligation is a recommendation: "Russia needs to work closer with Iran".
  for (let k = first - 1; k >= Math.max(0, first - 3); --k)
    if (NEED_HAS_HAVE_ETC.test(upper[k]!) && upper[k + 1] === "TO") return "hypothetical";
  // A necessity or a purpose: "is necessary to counter", "… is important to keep", "a loan intended to help" — not a
  // subject's own intent told by the active past ("Peru intended to buy …", "it also meant to sign …": a plan, 03x).
  if (
    upper[first - 1] === "TO" &&
    /^(NECESSARY|IMPORTANT|ESSENTIAL|NEEDED|VITAL|CRUCIAL|KEY|DESIGNED|MEANT|INTENDED|ORDER)$/.test(
      upper[first - 2] ?? ""
    ) &&
    !activeIntent(upper, first - 2, tags)
  )
    return "hypothetical";
  // (session 32) The purpose of a paper, a project or a fund, told by an infinitive after its noun: "signed a
  // memorandum on a new project to train border officials from A and B", "a $50 million fund to finance …": what the
  // paper is for, not an act done (the paper's own verb, "signed", is the act).
  if (upper[first - 1] === "TO" && PURPOSE_NOUN.test(upper[first - 2] ?? "")) return "hypothetical";
  // A goal stated as "<goal noun> … is to <verb>": "the EU's main interest in X is to ensure …".
  if (upper[first - 1] === "TO" && /^(IS|WAS|ARE|WERE|REMAINS|REMAIN)$/.test(upper[first - 2] ?? ""))
    for (let k = start; k < first - 2; ++k) if (GOAL.test(upper[k]!)) return "generic";
  // What one is persuaded, urged or pressed to do is wanted, not done: "persuading the elites … to join sanctions".
  // (in the infinitive's own clause: "described as pressure after X refused to …" is X's refusal, told in a clause of
  // its own; "demands to release prisoners", "pressed X to sell" govern it. Not "urgent", "pressing" as adjectives.)
  // (session 26: and so is the infinitive's object when the tagger took it for a verb, "urged the states to tighten
  // controls on …")
  const to =
    upper[first - 1] === "TO"
      ? first - 1
      : tags?.[first - 1] === "VB" && upper[first - 2] === "TO" && /^VB[PZ]?$/.test(tags[first] ?? "")
        ? first - 2
        : -1;
  if (to > 0)
    for (let k = to - 1; k >= Math.max(start, to - 11); --k) {
      if (SUBCLAUSE.test(upper[k]!)) break;
      if (PERSUADING.test(upper[k]!) || (PERSUADE_BASE.test(upper[k]!) && upper[k - 1] === "TO")) return "hypothetical";
      if (DEMAND_PRESSURE.test(upper[k]!)) return "hypothetical";
      // (session 26: what one is asked, advised or instructed to do — "asked him to ease", "advised Tajiks to
      // postpone travel", "called on the states to tighten", "asked to join": the asking is the act, read from the
      // asking verb itself)
      if (ASKING.test(upper[k]!) || (ASKING_WITH.test(upper[k]!) && /^(ON|UPON|TO)$/.test(upper[k + 1] ?? "")))
        return "hypothetical";
      // (session 28) and what one is invited to do: "invited Vietnamese businesses in pharmaceuticals, textiles and
      // agricultural processing to invest in …" — the invitation is the act (021, 036, read from the verb), the
      // investment nobody's yet. Not after the noun: "accepted the invitation to visit Prague next year" is the guest's
      // intent to visit (036, planned), which the golds read.
      if (INVITING.test(upper[k]!)) return "hypothetical";
    }
  // "have been slow to invest", "was reluctant to join": a disposition, not an act.
  if (upper[first - 1] === "TO" && /^(SLOW|RELUCTANT|HESITANT|UNABLE|UNLIKELY)$/.test(upper[first - 2] ?? ""))
    return "generic";
  // "China overtook Russia as Kazakhstan's largest trading partner": a ranking, not an act between the two.
  if (RANKING.test(upper[first] ?? "") && upper.slice(first + 1, first + 6).includes("AS")) return "generic";
  // A total over years told in the perfect with its running-total words ("Chinese lenders have committed more than
  // $10 billion to Kazakh projects since 2022"): a figure, not one pledge ("has lent X $300 million since 2020" is).
  if (
    (HAS_HAVE.test(upper[first - 1] ?? "") || HAS_HAVE.test(upper[first - 2] ?? "")) &&
    CUMULATIVE.test(text) &&
    /\b(?:more\s+than|over|a\s+total\s+of|in\s+total|altogether)\s+(?:US\s*)?(?:\$|€|USD\s*|\d)/i.test(text)
  )
    return "generic";
  // "was keen to supply more uranium", "is eager to attract": a wish, not an act.
  if (upper[first - 1] === "TO" && /^(KEEN|EAGER|ANXIOUS|IMPATIENT)$/.test(upper[first - 2] ?? "")) return "opinion";
  // The verb itself is an attempt or a tendency: "manages to balance", "tried to mediate".
  if (ATTEMPT.test(upper[first] ?? "") && upper[first + 1] === "TO") return "generic";
  // A search under way: "Moscow is looking for allies", "is seeking partners".
  if (IS_ARE_AM.test(upper[first - 1] ?? "") && /^(LOOKING|SEARCHING|SEEKING|HUNTING)$/.test(upper[first] ?? ""))
    return "generic";
  // An infinitive of purpose or aim under a hypothetical modal: "the two countries should make fuller use of the
  // corridor to link Europe with China" is advice, as the modal's own verb is.
  // ("will continue to supply X": the modal's own verb is the keeping, which passes the promise on — no purpose:
  // src/read/modality-kept.ts)
  if (upper[first - 1] === "TO" && !keptUpPromised(upper, first - 2))
    for (let k = first - 2; k >= Math.max(start, first - 12); --k) {
      const w = upper[k]!;
      const month = w === "MAY" && mayIsMonth(upper, k);
      if (HYPOTHETICAL_MODAL.has(w) && !month && !(w === "WOULD" && futureInPast(upper, k))) return "hypothetical";
      // "are to meet in Khujand … to sign an agreement", "will travel to Baku to sign …": the purpose of a plan is
      // not done either (the plan's own verb tells the intent).
      if (k < first - 2 && (WILL_SHALL_LL.test(w) || (w === "TO" && /^(IS|ARE|WAS|WERE)$/.test(upper[k - 1] ?? ""))))
        return "hypothetical";
    }
  // A warning or a threat told outside the condition, past a comma, is itself an act: "Should talks fail, Turkey warned
  // Iran on Tuesday, …", "If the ceasefire collapses, Russia has threatened Georgia with sanctions" (review H3).
  const toldOutside = (from: number) => WARNING_PAST.test(upper[first] ?? "") && upper.slice(from, first).includes(",");
  // A condition anywhere before the verb in the sentence, or a hypothetical modal close before it.
  for (let k = 0; k < first; ++k)
    if (CONDITION.has(upper[k]!) && !toldOutside(k) && !conditionClosedBefore(upper, k, first)) return "hypothetical";
  // A condition told by inversion, with no "if": "Had Mongolia signed …, …", "Were Armenia to leave …, …", "Should
  // talks fail, …". The inverted clause and the main clause it conditions are unreal, a warning told past it aside.
  if (invertedCondition(upper) && !toldOutside(0)) return "hypothetical";
  for (let k = first - 1; k >= Math.max(start, first - 4); --k) {
    const w = upper[k]!;
    // "may" is also the month: "on 9 May", "in May 2024".
    const month = w === "MAY" && mayIsMonth(upper, k);
    // "announced that X would mobilise …", "promised that Y would compensate …": the future seen from a past report
    // or promise is a plan, not a condition (the coder reads it as intended, like "will").
    if (w === "WOULD" && futureInPast(upper, k)) continue;
    if (HYPOTHETICAL_MODAL.has(w) && !month) return "hypothetical";
    if (!refused && NEGATION.has(w) && !negationLifted(upper, k)) return "negation";
  }
  // A refusal verb itself negated is no refusal: "did not reject X's proposal", "has never declined an invitation" (its
  // own infinitive aside: "did not refuse to sign" tells no refusal either, and is read as the signing's own mood).
  if (REFUSING.test(upper[first] ?? "") && upper[first + 1] !== "TO")
    for (let k = first - 1; k >= Math.max(start, first - 3); --k)
      if (/^(NOT|N'T|NEVER)$/.test(upper[k]!) && !negationLifted(upper, k)) return "negation";
  if (!refused && negatedChain(upper, first, start)) return "negation";
  // A denied plan or wish, whatever it governs through infinitives — a refusal too: "has no plans to reject X's
  // proposal", "has no intention of agreeing to supply …", "has no desire to join" (English's nouns of plan and wish).
  if (deniedPlan(upper, first, start)) return "negation";
  // A subject that denies: "None of the five states has recognised …", "Nobody invited …" — at the clause's start
  // or after a coordinator that opens a clause of its own (", and none of the states wants to …", "but nobody …").
  if (deniedSubject(upper, start) || deniedSubject(upper, coordinatedClauseStart(upper, first, start)))
    return "negation";
  // (session 27) "…, and no Spanish prime minister has ever made an official visit": the determiner "no" denies too.
  if (
    tags &&
    (noSubject(upper, tags, start, first) || noSubject(upper, tags, coordinatedClauseStart(upper, first, start), first))
  )
    return "negation";
  // A habit told after the verb, in its clause: "has visited X time and again", "meet every year", "consult
  // regularly" (English's adverbials of frequency; "repeatedly", which the golds code as acts, is left).
  if (habitualAfter(upper, first)) return "generic";
  for (let k = start; k < first; ++k) {
    const w = upper[k]!;
    // "have in the past warned": a habit over an unnamed past, not one act.
    if (w === "PAST" && upper[k - 1] === "THE" && upper[k - 2] === "IN") return "generic";
    if (OPINION.has(w)) return "opinion";
    if (HABITUAL.has(w)) return "generic";
    if (ATTEMPT.test(w) && upper.slice(k + 1, first).includes("TO")) return "generic";
    if (GOAL.test(w) && /^(IS|WAS|ARE|WERE|REMAINS|REMAIN)$/.test(upper[k + 1] ?? "") && upper[k + 2] === "TO")
      return "generic";
  }
  return undefined;
}

/** Nouns of a paper, a project or a fund whose purpose an infinitive after them tells (English). */
const PURPOSE_NOUN = words(
  /^(PROJECT|PROJECTS|PROGRAMME|PROGRAMMES|PROGRAM|PROGRAMS|FUND|FUNDS|FACILITY|INITIATIVE|MECHANISM|SCHEME|ROADMAP|MEMORANDUM|AGREEMENT|DEAL|ACCORD|PACKAGE|LOAN|GRANT|CREDIT)$/
);
