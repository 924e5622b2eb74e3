import {CUMULATIVE, RANKING} from "./totals.js";

/**
 * Modality and genericity: which coded verbs report an act that happened. Questions, hypotheticals ("if …
 * would"), negations ("did not sign"), opinions ("I think", "perhaps"), strategies and goals ("the aim of X is
 * to …"), habits and generalisations ("usually cooperates", "tends to") and attempts ("is trying to contain")
 * are not events. Pure: upper-case words in, a reason (or nothing) out. The reasons are those of the
 * per-sentence "why" (src/read/document.ts): question, hypothetical, negation, opinion, generic.
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
const COGNITION =
  /^(VIEW|VIEWS|VIEWED|VIEWING|SEE|SEES|SAW|SEEN|SEEING|REGARD|REGARDS|REGARDED|REGARDING|CONSIDER|CONSIDERS|CONSIDERED|CONSIDERING|PERCEIVE|PERCEIVES|PERCEIVED|PERCEIVING|THINK|THINKS|THOUGHT|THINKING|BELIEVE|BELIEVES|BELIEVED|BELIEVING|CARE|CARES|CARED|CARING|FEAR|FEARS|FEARED|FEARING|KNOW|KNOWS|KNEW|KNOWING|UNDERSTAND|UNDERSTANDS|UNDERSTANDING|REALIZE|REALIZES|REALIZING|REALISE|REALISES|REALISING|LEARN|LEARNS|LEARNED|LEARNT|LEARNING)$/;

/** Governors of an attempt, an ability or a tendency: what they govern has not (yet) happened as such. */
const ATTEMPT =
  /^(TRY|TRIES|TRIED|TRYING|STRIVE|STRIVES|STRIVING|ATTEMPT|ATTEMPTS|ATTEMPTING|MANAGE|MANAGES|MANAGING|TEND|TENDS|TENDING|STRUGGLE|STRUGGLES|STRUGGLING|EFFORT|EFFORTS)$/;
/** Abstract heads whose "… is to <verb>" states a goal, not an act: "the essence of X's strategy is to prevent …". */
const GOAL =
  /^(STRATEGY|STRATEGIES|GOAL|GOALS|AIM|AIMS|ESSENCE|TASK|TASKS|PURPOSE|INTEREST|INTERESTS|PRIORITY|PRIORITIES|OBJECTIVE|OBJECTIVES|IDEA|AMBITION|AMBITIONS|MISSION|POLICY|CHALLENGE|ROLE|WAY|APPROACH|DOCTRINE)$/;
const NEGATION = new Set(["NOT", "N'T", "NEVER", "NO", "NEITHER", "NOR", "HARDLY"]);
/** Words after "not" that make it a focus, not a negation: "did not only sign but also ratify", "not just met". */
const NOT_FOCUS = /^(ONLY|JUST|MERELY|SIMPLY|SOLELY)$/;
/**
 * Verbs whose negation asserts what they govern (English implicatives of hesitation and failure): "did not hesitate
 * to condemn", "did not fail to pay", "did not wait to respond" tell that the act happened.
 */
const NEGATION_ASSERTS =
  /^(HESITATE|HESITATED|HESITATES|HESITATING|FAIL|FAILED|FAILS|WAIT|WAITED|WAITS|DELAY|DELAYED|DELAYS|FORGET|FORGOT|NEGLECT|NEGLECTED)$/;

/**
 * Attitudes toward an act that has not happened, lexicons of English (not of any article): verbs of wanting,
 * wishing, hoping and preferring (DESIDERATIVE), verbs of expecting and foreseeing another's act (EXPECTATIVE: "Kyiv
 * expected Astana to speak", "analysts anticipate that Baku will …"; not the passive "is expected to visit", a plan
 * the newsroom reports, nor "expects to sign", one's own stated plan), and verbs and adjectives of fearing (FEARING).
 * The attitude is no act of its own, and what it governs — an infinitive, a clause under "will/would/could …", or its
 * object noun ("wants European buyers") — is wished, expected or feared, not done.
 */
const DESIDERATIVE =
  /^(WANT|WANTS|WANTED|WANTING|WISH|WISHES|WISHED|WISHING|HOPE|HOPES|HOPED|HOPING|DESIRE|DESIRES|DESIRED|DESIRING|LONGS|LONGED|LONGING|YEARN|YEARNS|YEARNED|YEARNING|CRAVE|CRAVES|CRAVED|CRAVING|PREFER|PREFERS|PREFERRED|PREFERRING|DREAM|DREAMS|DREAMED|DREAMT|DREAMING)$/;
const EXPECTATIVE =
  /^(EXPECT|EXPECTS|EXPECTED|EXPECTING|ANTICIPATE|ANTICIPATES|ANTICIPATED|ANTICIPATING|FORESEE|FORESEES|FORESAW|FORESEEING|ENVISAGE|ENVISAGES|ENVISAGED|ENVISAGING|ENVISION|ENVISIONS|ENVISIONED|ENVISIONING)$/;
const FEARING = /^(FEAR|FEARS|FEARED|FEARING|DREAD|DREADS|DREADED|DREADING|WORRY|WORRIES|WORRIED|AFRAID)$/;
/** Forms of "be" before a participle: "is expected to" is a passive (a reported plan), not someone's expectation. */
const BE_FORM = /^(IS|ARE|WAS|WERE|BE|BEEN|BEING|AM|'S|'RE)$/;
/** Modals and "to" before a bare verb: the form a governed act takes ("hoped that X would sign", "wants X to sign"). */
const BARE_BEFORE = /^(TO|WILL|WOULD|SHALL|SHOULD|COULD|MIGHT|MAY|CAN|MUST|'LL|'D|WO)$/;
const CLAUSE_BREAK = new Set([";", ":", "(", ")", "BUT", "WHILE", "WHEREAS", "ALTHOUGH", "THOUGH", "HOWEVER"]);

/** Past verbs of report and promise whose "that"-clause puts "would" in the future of the past. */
const REPORT_PAST =
  /^(SAID|ANNOUNCED|PROMISED|PLEDGED|VOWED|STATED|DECLARED|CONFIRMED|ASSURED|TOLD|AGREED|DECIDED|INSISTED|UNDERTOOK|WARNED|REPORTED|INFORMED|NOTIFIED|ANNOUNCING|PROMISING)$/;

/** Past verbs of warning and threat (and their reports) that tell an act even about a condition. */
const WARNING_PAST = /^(WARNED|THREATENED|CAUTIONED|TOLD|SAID|STATED|DECLARED|INSISTED)$/;

/** Forms of the verbs of persuading and pressing whose "… X to <verb>" is wanted, not done. */
const PERSUADING =
  /^(PERSUADED|PERSUADES|PERSUADING|URGED|URGES|URGING|PRESSED|PRESSES|PRESSING|PUSHED|PUSHES|PUSHING|ENCOURAGED|ENCOURAGES|ENCOURAGING|CONVINCED|CONVINCES|CONVINCING|DEMANDED|DEMANDING|COAXED|COAXES|COAXING|PRESSURED|PRESSURING|PRESSURISED|PRESSURIZED|PRESSURISING|PRESSURIZING|LOBBIED|LOBBIES|LOBBYING)$/;
/** Words opening a clause of its own: a governor before them does not govern an infinitive after them. */
const SUBCLAUSE = /^(AFTER|BEFORE|WHEN|BECAUSE|SINCE|WHILE|UNTIL|ONCE|AS|WHERE|ALTHOUGH|THOUGH)$/;
const PERSUADE_BASE =
  /^(PERSUADE|URGE|PRESS|PUSH|ENCOURAGE|CONVINCE|DEMAND|COAX|PRESSURE|PRESSURISE|PRESSURIZE|LOBBY)$/;

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

/** Words that may open a sentence before an inverted condition: "But had …", "And were …". */
const OPENER = /^(BUT|AND|YET|STILL|INDEED|["“'‘]|``)$/;

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
  if (DESIDERATIVE.test(w) || FEARING.test(w)) return true;
  if (w === "LIKE") return /^(WOULD|'D)$/.test(upper[k - 1] ?? "");
  if (!EXPECTATIVE.test(w)) return false;
  const before = upper[k - 1] ?? "";
  const passive = BE_FORM.test(before) || (/LY$/.test(before) && BE_FORM.test(upper[k - 2] ?? ""));
  return !passive && upper[k + 1] !== "TO" && !/^(NOT|AS)$/.test(before);
}
/** Words before an adjective, not before a verb: determiners, possessives, prepositions, an opening quote or bracket. */
const ATTRIBUTIVE_BEFORE =
  /^(THE|A|AN|THIS|THESE|THAT|THOSE|ITS|HIS|HER|THEIR|OUR|MY|YOUR|'S|’S|'|’|OF|IN|FOR|WITH|BY|AMONG|FROM|ON|AT|["“(]|``)$/;

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
    const noun = tags ? /^NN/.test(tags[first] ?? "") : !/ED$/.test(upper[first] ?? "");
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
    if (CLAUSE_BREAK.has(w) || SUBCLAUSE.test(w) || /^(THAT|WHICH|WHO|WILL|WOULD|TO)$/.test(w)) return -1;
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

/**
 * Adverbs of duration and degree that make a participle a standing description: "long dominated by X", "firmly
 * controlled by Y", "traditionally courted by Z".
 */
const STATE_ADVERB =
  /^(LONG|INCREASINGLY|LARGELY|WIDELY|HEAVILY|FORMERLY|ONCE|PREVIOUSLY|STILL|FIRMLY|TIGHTLY|TRADITIONALLY|HISTORICALLY|MOSTLY|MAINLY|PARTLY|EFFECTIVELY)$/;
/** Auxiliaries: after one, "long supported" is the clause's own (ongoing) verb, not a noun's description. */
const AUXILIARY = /^(IS|ARE|WAS|WERE|BE|BEEN|BEING|AM|HAS|HAVE|HAD|'S|'VE|'D)$/;
/**
 * Participles of a standing relation of rule, rivalry, desire or regard (English): with their by-agent after a noun
 * they describe it ("a region dominated by X", "a port coveted by Y", "a strait fought over by Z"), with or without an
 * adverb, unless the phrase has a date of its own.
 */
const STANDING_PARTICIPLE =
  /^(DOMINATED|COVETED|COURTED|WOOED|SOUGHT|CONTESTED|DISPUTED|CLAIMED|FOUGHT|FAVOURED|FAVORED|PREFERRED|INFLUENCED|RULED|GOVERNED|OVERSHADOWED|EYED|PRIZED|VALUED|FREQUENTED|INHABITED|POPULATED|DESIRED|ADMIRED|FEARED|DISTRUSTED|RESENTED|SHUNNED|IGNORED|NEGLECTED|CONTROLLED)$/;
/** Irregular past participles (English) that the -ed/-en test misses. */
const IRREGULAR_PARTICIPLE =
  /^(SOUGHT|FOUGHT|HELD|RUN|WON|BOUGHT|BUILT|LED|KEPT|MADE|SENT|SPENT|LENT|SOLD|TOLD|BROUGHT|THOUGHT|CAUGHT|TAUGHT|FELT|MET|PAID|SET|PUT|HIT|CUT|SHUT|LOST|LEFT|STRUCK|HUNG|BOUND|FOUND|GROUND|WOUND|SPUN|STUCK|UPHELD|WITHHELD|OVERSEEN|UNDERTAKEN)$/;
/** Words of a date that make a participle's phrase an act of its own time: "once invaded by X in August 2008". */
const OWN_DATE =
  /^(\d{4}|\d{4}S|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|YESTERDAY|AGO|LAST)$/;

/**
 * The "by" of a passive participle at `p`: right after it, after a particle ("fought over by"), or after a stretch of
 * time ("dominated for decades by"); -1 when none.
 */
function byOfParticiple(upper: readonly string[], p: number): number {
  if (upper[p + 1] === "BY") return p + 1;
  if (/^(OVER|UPON|ABOUT|AFTER)$/.test(upper[p + 1] ?? "") && upper[p + 2] === "BY") return p + 2;
  if (
    upper[p + 1] === "FOR" &&
    /^(DECADES|YEARS|CENTURIES|GENERATIONS|MONTHS|AGES|LONG)$/.test(upper[p + 2] ?? "") &&
    upper[p + 3] === "BY"
  )
    return p + 3;
  return -1;
}

/**
 * Whether the participle at `p` with its by-agent describes a noun as it stands (review K2): a participle of a
 * standing relation (STANDING_PARTICIPLE: "a region dominated by X", "a strait fought over by Y"), or any participle
 * after an adverb of duration or degree ("a market long courted by X", "firmly held by Y"); no auxiliary before
 * (then it is the clause's own verb, "has long supported", "was dominated by"), and no date of its own in the phrase
 * ("once invaded by X in August 2008" is an act of then).
 */
export function standingDescription(upper: readonly string[], p: number): boolean {
  const w = upper[p] ?? "";
  const by = byOfParticiple(upper, p);
  if (by < 0 || !(/(ED|EN)$/.test(w) || IRREGULAR_PARTICIPLE.test(w))) return false;
  const adverb = STATE_ADVERB.test(upper[p - 1] ?? "");
  if (!adverb && !STANDING_PARTICIPLE.test(w)) return false;
  if (AUXILIARY.test(upper[adverb ? p - 2 : p - 1] ?? "")) return false;
  for (let k = by + 1; k < upper.length; ++k) {
    const x = upper[k]!;
    if (/^[,;:.()]$/.test(x) || CLAUSE_BREAK.has(x)) break;
    if (OWN_DATE.test(x)) return false;
  }
  return true;
}

/**
 * Whether the actor at token `at` is the by-agent of a standing description after the verb that ends at `verbLast`,
 * and so that participle's, not the verb's object: "races to secure minerals long coveted by X and Y" (X covets). The
 * "by" is at most six words back, with no comma between. Not the agent of a participle of making, saying or owning:
 * "rejected the accusations levelled by X", "expelled diplomats accredited by X", "seized a ship owned by X" are acts
 * toward X (review K1).
 */
export function agentOfLaterParticiple(upper: readonly string[], at: number, verbLast: number): boolean {
  for (let k = at - 1; k > verbLast + 1 && k >= at - 6; --k) {
    const w = upper[k]!;
    // (a preposition of its own ends the by-phrase: "an envoy headed by the minister to Tbilisi" goes to Tbilisi)
    if (w === "," || CLAUSE_BREAK.has(w) || PHRASE_PREPOSITION.test(w)) return false;
    if (w === "BY") {
      for (const p of [k - 1, k - 2, k - 3])
        if (p > verbLast && byOfParticiple(upper, p) === k) return standingDescription(upper, p);
      return false;
    }
  }
  return false;
}
/** Prepositions that open a phrase of the verb's own after a by-phrase. */
const PHRASE_PREPOSITION = /^(TO|IN|INTO|WITH|FOR|FROM|ON|AT|AGAINST|OVER|VIA|TOWARD|TOWARDS|ACROSS|NEAR)$/;

/**
 * Words that put an occasion still to come when they modify its noun (English's adjectives and participles of
 * schedule): "the next summit", "the upcoming visit", "a forthcoming round of talks", "the proposed forum", "a
 * prospective trip", "the envisaged conference", "the mooted meeting".
 */
const TO_COME_MODIFIER =
  /^(NEXT|UPCOMING|FORTHCOMING|PLANNED|PROPOSED|PROSPECTIVE|IMPENDING|SCHEDULED|FUTURE|ENVISAGED|ENVISIONED|MOOTED|INTENDED|ANTICIPATED)$/;
/** Nouns of a time of day after "next": "the next day's talks" is a past sequel; "next week's summit" is to come. */
const NEXT_PAST_TIME = /^(DAY|MORNING|AFTERNOON|EVENING|NIGHT)$/;
/** Past verbs that carry an occasion as done: "held the next round of talks", "attended the upcoming forum". */
const DONE_CARRIER =
  /^(HELD|HAD|CONDUCTED|BEGAN|STARTED|OPENED|CONCLUDED|COMPLETED|ENDED|ATTENDED|HOSTED|CHAIRED|JOINED|MADE|PAID|WRAPPED|CLOSED|LAUNCHED)$/;
/**
 * Participles and adjectives of schedule (English): "is due in X", "was scheduled for May", "is slated to open",
 * "is pencilled in for June", "a summit, planned for April, …".
 */
const SCHEDULE_WORD =
  /^(DUE|SCHEDULED|RESCHEDULED|SET|SLATED|PLANNED|EXPECTED|PENCILLED|PENCILED|EARMARKED|PROGRAMMED|TIMETABLED)$/;
/** Verbs an occasion takes place by, after "is to": "is to be held", "are to open", "is to convene", "is to resume". */
const OCCASION_VERB = /^(TAKE|BE|OPEN|BEGIN|START|CONVENE|RESUME|MEET|GO|COME|RUN)$/;
/** Participles of calling off (English): an occasion postponed or cancelled is that verb's event (ev's), not held. */
const CALLED_OFF_PARTICIPLE =
  /^(POSTPONED|CANCELLED|CANCELED|CALLED|DELAYED|SCRAPPED|SHELVED|DEFERRED|SUSPENDED|ABANDONED|PUT|PUSHED|MOVED)$/;
/** Adverbs inside a verb group of schedule: "is now due", "was originally scheduled", "will also take place". */
const SCHEDULE_ADVERB = /^(NOW|ALSO|STILL|ALREADY|PROVISIONALLY|TENTATIVELY|ORIGINALLY|INITIALLY|FIRST|NOT)$/;

/**
 * Whether the occasion named by the noun at `at` (a summit, talks, a visit …) is told as still to come, or as one
 * that was to come and did not: "planned" for a modifier of schedule in its phrase ("the next summit", "the upcoming
 * visit"; not after a past verb that carries it as done, "held the next round of talks") or a predicate of schedule
 * ("the summit is to be held / is due in X / will take place / is scheduled for …", ", planned for April,", "is
 * supposed to"); "unreal" for a past plan told as unfulfilled ("the summit was supposed / meant to …": the plan is
 * off, no intent is announced — blind14's gold, review K5) or an occasion called off ("the meeting …, planned for
 * April, was postponed": the calling off is the act, read by the coder); undefined otherwise. `tags` are the
 * coder's Penn tags (a verb group after the noun's complements ends the search).
 */
export function occasionStatus(
  upper: readonly string[],
  at: number,
  tags: readonly string[]
): "planned" | "unreal" | undefined {
  // After the noun: its complements ("summit with the region", "talks between X and Y", a participle set off by
  // commas), then its verb group.
  let v = at + 1;
  let participle: "planned" | undefined;
  if (upper[v] === "," && SCHEDULE_WORD.test(upper[v + 1] ?? "")) {
    participle = "planned";
    v += 2;
    while (v < upper.length && v <= at + 12 && upper[v] !== ",") ++v;
    if (upper[v] === ",") ++v;
  } else if (SCHEDULE_WORD.test(upper[v] ?? "") && /^(FOR|IN|ON|NEXT|LATER|TO)$/.test(upper[v + 1] ?? ""))
    participle = "planned";
  while (
    v < upper.length &&
    v <= at + 12 &&
    !/^(VB[DZP]?|MD)$/.test(tags[v] ?? "") &&
    !/^(IS|ARE|WAS|WERE|'S|WILL|SHALL|WOULD|'LL|HAS|HAVE|HAD)$/.test(upper[v]!) &&
    !/^[,;:.]$/.test(upper[v]!)
  )
    ++v;
  let w = v;
  const aux = upper[w] ?? "";
  const past = /^(WAS|WERE|HAS|HAVE|HAD)$/.test(aux);
  if (/^(IS|ARE|WAS|WERE|'S|HAS|HAVE|HAD)$/.test(aux)) {
    ++w;
    while (SCHEDULE_ADVERB.test(upper[w] ?? "") || upper[w] === "BEEN") ++w;
    const x = upper[w] ?? "";
    if (CALLED_OFF_PARTICIPLE.test(x) && (past || /^(IS|ARE)$/.test(aux)) && w - v <= 3) return "unreal";
    if (/^(SUPPOSED|MEANT)$/.test(x) && upper[w + 1] === "TO") return past ? "unreal" : "planned";
    if (participle) return participle;
    if (SCHEDULE_WORD.test(x)) return "planned";
    if (x === "TO" && OCCASION_VERB.test(upper[w + 1] ?? "") && !/^(HAS|HAVE|HAD)$/.test(aux)) return "planned";
  } else if (/^(WILL|SHALL|'LL|WOULD)$/.test(aux)) {
    ++w;
    while (SCHEDULE_ADVERB.test(upper[w] ?? "")) ++w;
    const x = upper[w] ?? "";
    if (x === "NOT") return participle;
    if (x === "TAKE" && upper[w + 1] === "PLACE") return "planned";
    if (x === "BE" && /^(HELD|HOSTED|ORGANISED|ORGANIZED|CONVENED|STAGED|OPENED)$/.test(upper[w + 1] ?? ""))
      return "planned";
    if (/^(OPEN|BEGIN|START|CONVENE|RESUME)$/.test(x) && aux !== "WOULD") return "planned";
  }
  if (participle) return participle;
  // Before the noun, within its phrase: a modifier of schedule.
  for (let k = at - 1; k >= Math.max(0, at - 6); --k) {
    const x = upper[k]!;
    if (TO_COME_MODIFIER.test(x)) {
      if (x === "NEXT" && NEXT_PAST_TIME.test(upper[k + 1] ?? "")) return undefined;
      // (a past verb right before the phrase carries it as done: "held the next round of talks")
      let d = k - 1;
      while (d >= 0 && /^(THE|A|AN|ITS|THEIR|HIS|HER|OUR|THIS|THAT)$/.test(upper[d]!)) --d;
      if (DONE_CARRIER.test(upper[d] ?? "")) return undefined;
      // (… and so does a past verb of its own after it: "the scheduled talks took place on Monday")
      if (/^VBD$/.test(tags[v] ?? "") || /^(WAS|WERE)$/.test(aux)) return undefined;
      return "planned";
    }
    if (/^[,;:.()]$/.test(x) || /^(VB[DZPG]?|MD|IN|DT|PRP\$|WDT|WP)$/.test(tags[k] ?? "")) {
      if (!/^(POS)$/.test(tags[k] ?? "")) return undefined;
    }
  }
  return undefined;
}

/**
 * Words after an act's verb that point forward from the page, in its own clause (English's forward deictic times):
 * "next week", "next Tuesday", "next spring", "later this month", "tomorrow", "in the coming days", "this coming
 * weekend", "the day after tomorrow".
 */
function forwardTimeAfter(upper: readonly string[], from: number): boolean {
  for (let k = from; k < upper.length; ++k) {
    const w = upper[k]!;
    if (/^[,;:.()]$/.test(w) || /^(WHICH|WHO|WHOM|WHOSE|WHERE|WHEN|WHILE|AFTER|BEFORE|SINCE|BECAUSE|BUT|THAT)$/.test(w))
      return false;
    if (w === "TOMORROW") return true;
    if (w === "NEXT" && FORWARD_UNIT.test(upper[k + 1] ?? "")) return true;
    if (w === "LATER" && upper[k + 1] === "THIS" && FORWARD_UNIT.test(upper[k + 2] ?? "")) return true;
    if (w === "COMING" && (upper[k - 1] === "THE" || upper[k - 1] === "THIS") && FORWARD_UNIT.test(upper[k + 1] ?? ""))
      return true;
  }
  return false;
}
/** Units of time after "next", "later this", "the coming": weeks, months, seasons, weekdays. */
const FORWARD_UNIT =
  /^(WEEK|WEEKS|WEEKEND|MONTH|MONTHS|YEAR|YEARS|DAYS|SPRING|SUMMER|AUTUMN|FALL|WINTER|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)$/;
/** Verbs of saying and thinking, whose present tense reports ("says", "expects"), never schedules. */
const NOT_SCHEDULED_PRESENT =
  /^(SAY|SAYS|TELL|TELLS|THINK|THINKS|EXPECT|EXPECTS|HOPE|HOPES|WANT|WANTS|PLAN|PLANS|BELIEVE|BELIEVES|REMAIN|REMAINS|SEEK|SEEKS)$/;

/**
 * Whether the act at token `first` is told in the present — simple ("visits Oslo next week", "the ministers meet
 * in Hanoi later this month") or progressive ("is visiting Oslo tomorrow") — with a time after it, in its clause, that
 * points forward from the page: a schedule, still to come (review K16, session 14). Not after "to", a modal or
 * "did/does", and not a verb of saying or wanting.
 */
export function presentScheduled(upper: readonly string[], tags: readonly string[], first: number): boolean {
  const w = upper[first] ?? "";
  if (NOT_SCHEDULED_PRESENT.test(w)) return false;
  const before = upper[first - 1] ?? "";
  const progressive = tags[first] === "VBG" && /^(IS|ARE|AM|'S|'RE)$/.test(before);
  const simple =
    /^(VBZ|VBP)$/.test(tags[first] ?? "") ||
    // (the light tagger takes some third persons for plural nouns: "visits", "hosts" after a subject)
    (tags[first] === "NNS" && /S$/.test(w) && /^(NNP|NNPS|NN|PRP)$/.test(tags[first - 1] ?? ""));
  if (!simple && !progressive) return false;
  if (/^(TO|DO|DOES|DID|WILL|WOULD|SHALL|CAN|COULD|MAY|MIGHT|MUST|SHOULD)$/.test(before)) return false;
  return forwardTimeAfter(upper, first + 1);
}

/** Participles of planning (English): after a noun they describe it ("a project planned by X"); no act of intent. */
const PLANNING_PARTICIPLE = /^(PLANNED|INTENDED|ENVISAGED|ENVISIONED|SCHEDULED|DESIGNED|MOOTED|CONCEIVED)$/;

/**
 * Whether the clause opening at `at` has a subject that denies or all but denies (English's negative quantifiers):
 * "none (of …)", "nobody", "no one", "neither (of …)", "few of …", "not one of …", "not a single …", "hardly any …".
 */
function deniedSubject(upper: readonly string[], at: number): boolean {
  const w = upper[at] ?? "";
  const next = upper[at + 1] ?? "";
  return (
    /^(NONE|NOBODY|NEITHER)$/.test(w) ||
    (w === "NO" && next === "ONE") ||
    // "few of the members" (not "a few", which opens at "a"), "not one of …", "not a single state", "hardly any …"
    (w === "FEW" && next === "OF") ||
    (w === "NOT" && (next === "ONE" || (next === "A" && upper[at + 2] === "SINGLE"))) ||
    (/^(HARDLY|SCARCELY|BARELY)$/.test(w) && /^(ANY|ANYONE|ANYBODY)$/.test(next))
  );
}

/**
 * The start of the last clause opened by a coordinator after a comma before `first` (", and none of …", ", but
 * nobody …"), or `start` when there is none.
 */
function coordinatedClauseStart(upper: readonly string[], first: number, start: number): number {
  for (let k = first - 1; k > start; --k)
    if (/^(AND|BUT|YET|OR)$/.test(upper[k]!) && upper[k - 1] === ",") return k + 1;
  return start;
}

/**
 * Whether the passive participle at `at` tells a state that has lasted — a perfect passive ("have been frozen",
 * "has been suspended", "had been severed") with "since …" or "for …" within four words after it: "relations have
 * been frozen since 2020" is how things stand, not an act of 2020 ("were frozen in 2020" is the act).
 */
export function stateSince(upper: readonly string[], at: number): boolean {
  if (at < 2 || upper[at - 1] !== "BEEN" || !/^(HAVE|HAS|HAD|'VE)$/.test(upper[at - 2] ?? "")) return false;
  return upper.slice(at + 1, at + 5).some((w) => w === "SINCE" || w === "FOR");
}

/** Verbs of proposing and weighing an act (English, all forms): what they govern as a gerund is intended, not done. */
const PROPOSING = /^(PROPOS|SUGGEST|RECOMMEND|ADVOCAT|DISCUSS|CONSIDER|CONTEMPLAT|ENVISAG|MOOT|FLOAT)/;
/** Nouns of a meeting (English): what "proposed a …" names as an occasion to meet. */
const MEETING_NOUN =
  /^(SUMMIT|SUMMITS|MEETING|MEETINGS|TALKS|VISIT|VISITS|FORUM|CONFERENCE|CONSULTATIONS|NEGOTIATIONS|ROUND|SESSION|DIALOGUE|TRIP)$/;

/**
 * Whether the gerund at `first` is governed by a verb of proposing or weighing right before it: "proposed holding
 * a summit", "suggested opening a consulate", "discussed setting up a fund".
 */
export function proposedGerund(upper: readonly string[], tags: readonly string[], first: number): boolean {
  return tags[first] === "VBG" && /ING$/.test(upper[first] ?? "") && PROPOSING.test(upper[first - 1] ?? "");
}

/**
 * Whether the verb at `first`..`last` proposes or suggests a meeting named as its object noun: "proposed a summit
 * with X", "suggested a new round of talks", "proposed a joint forum" (its determiner and up to three modifiers
 * between).
 */
export function proposedMeeting(upper: readonly string[], first: number, last: number): boolean {
  if (!/^(PROPOS|SUGGEST)/.test(upper[first] ?? "")) return false;
  for (let k = last + 1; k <= last + 5 && k < upper.length; ++k) {
    const w = upper[k]!;
    if (MEETING_NOUN.test(w)) return true;
    if (/^[,;:.]$/.test(w) || /^(TO|THAT|WITH|BETWEEN|IN|ON|FOR|BY)$/.test(w)) return false;
  }
  return false;
}

/**
 * Adverbials of frequency after a verb (English): "time and again", "again and again", "over and over", "year after
 * year", "every year/month/week/summer", "each year", "as a rule", and the habitual adverbs (regularly, routinely …).
 * The coordinated ones are joined first (TIME_AND_AGAIN), so that a coordinator can end the clause.
 */
const HABITUAL_AFTER =
  / (?:TIME_AND_AGAIN|AGAIN_AND_AGAIN|OVER_AND_OVER|(?:YEAR|MONTH|WEEK|DECADE) AFTER (?:YEAR|MONTH|WEEK|DECADE)|(?:EVERY|EACH) (?:YEAR|MONTH|WEEK|SPRING|SUMMER|AUTUMN|WINTER|TIME)|AS A RULE|ROUTINELY|HABITUALLY|INVARIABLY|REGULARLY|PERIODICALLY|CUSTOMARILY) /;

/**
 * Whether a habitual adverbial follows the verb at `first` in its clause (up to a comma, a clause break, a relative or
 * a coordinator).
 */
function habitualAfter(upper: readonly string[], first: number): boolean {
  let end = first + 1;
  while (
    end < upper.length &&
    !/^[,;:.()]$/.test(upper[end]!) &&
    !CLAUSE_BREAK.has(upper[end]!) &&
    !/^(WHICH|WHO|WHOM|WHOSE|THAT|WHERE|WHEN)$/.test(upper[end]!)
  )
    ++end;
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

/** The start of the clause a verb at `first` is in (after the last break before it). */
function clauseStart(upper: readonly string[], first: number): number {
  for (let k = first - 1; k >= 0; --k) if (CLAUSE_BREAK.has(upper[k]!)) return k + 1;
  return 0;
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
  // A wish, a hope, a fear or an expectation of another's act is no act, nor is what it governs (see attitudeAt).
  if (attitudeAt(upper, first) || attitudeGoverns(upper, first, start, tags)) return "opinion";
  // A participle of planning that describes a noun (a reduced relative with its by-agent, no auxiliary before it):
  // "a wind farm planned by a developer" names a plan, not an act ("was planned by X" is the clause's own verb). Set
  // off by commas with its time, it tells the occasion's plan ("the talks, planned for April, will …", an intent) —
  // unless the occasion was called off ("…, planned for April, was postponed": the calling off is the act).
  if (PLANNING_PARTICIPLE.test(upper[first] ?? "")) {
    const before = upper[first - 1] ?? "";
    if (upper[first + 1] === "BY" && !AUXILIARY.test(before) && !/LY$/.test(before)) return "generic";
    if (upper[first + 1] === "FOR" && before === ",") {
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
  // A need or an obligation is a recommendation: "Russia needs to work closer with Iran".
  for (let k = first - 1; k >= Math.max(0, first - 3); --k)
    if (/^(NEED|NEEDS|NEEDED|HAS|HAVE|OUGHT)$/.test(upper[k]!) && upper[k + 1] === "TO") return "hypothetical";
  // A necessity or a purpose: "is necessary to counter", "… is important to keep".
  if (
    upper[first - 1] === "TO" &&
    /^(NECESSARY|IMPORTANT|ESSENTIAL|NEEDED|VITAL|CRUCIAL|KEY|DESIGNED|MEANT|INTENDED|ORDER)$/.test(
      upper[first - 2] ?? ""
    )
  )
    return "hypothetical";
  // A goal stated as "<goal noun> … is to <verb>": "the EU's main interest in X is to ensure …".
  if (upper[first - 1] === "TO" && /^(IS|WAS|ARE|WERE|REMAINS|REMAIN)$/.test(upper[first - 2] ?? ""))
    for (let k = start; k < first - 2; ++k) if (GOAL.test(upper[k]!)) return "generic";
  // What one is persuaded, urged or pressed to do is wanted, not done: "persuading the elites … to join sanctions".
  // (in the infinitive's own clause: "described as pressure after X refused to …" is X's refusal, told in a clause of
  // its own; "demands to release prisoners", "pressed X to sell" govern it. Not "urgent", "pressing" as adjectives.)
  if (upper[first - 1] === "TO")
    for (let k = first - 2; k >= Math.max(start, first - 12); --k) {
      if (SUBCLAUSE.test(upper[k]!)) break;
      if (PERSUADING.test(upper[k]!) || (PERSUADE_BASE.test(upper[k]!) && upper[k - 1] === "TO")) return "hypothetical";
      if (/^(DEMAND|DEMANDS|PRESSURE|PRESSURES)$/.test(upper[k]!)) return "hypothetical";
    }
  // "have been slow to invest", "was reluctant to join": a disposition, not an act.
  if (upper[first - 1] === "TO" && /^(SLOW|RELUCTANT|HESITANT|UNABLE|UNLIKELY)$/.test(upper[first - 2] ?? ""))
    return "generic";
  // "China overtook Russia as Kazakhstan's largest trading partner": a ranking, not an act between the two.
  if (RANKING.test(upper[first] ?? "") && upper.slice(first + 1, first + 6).includes("AS")) return "generic";
  // A total over years told in the perfect with its running-total words ("Chinese lenders have committed more than
  // $10 billion to Kazakh projects since 2022"): a figure, not one pledge ("has lent X $300 million since 2020" is).
  if (
    (/^(HAS|HAVE)$/.test(upper[first - 1] ?? "") || /^(HAS|HAVE)$/.test(upper[first - 2] ?? "")) &&
    CUMULATIVE.test(text) &&
    /\b(?:more\s+than|over|a\s+total\s+of|in\s+total|altogether)\s+(?:US\s*)?(?:\$|€|USD\s*|\d)/i.test(text)
  )
    return "generic";
  // "was keen to supply more uranium", "is eager to attract": a wish, not an act.
  if (upper[first - 1] === "TO" && /^(KEEN|EAGER|ANXIOUS|IMPATIENT)$/.test(upper[first - 2] ?? "")) return "opinion";
  // The verb itself is an attempt or a tendency: "manages to balance", "tried to mediate".
  if (ATTEMPT.test(upper[first] ?? "") && upper[first + 1] === "TO") return "generic";
  // A search under way: "Moscow is looking for allies", "is seeking partners".
  if (/^(IS|ARE|AM)$/.test(upper[first - 1] ?? "") && /^(LOOKING|SEARCHING|SEEKING|HUNTING)$/.test(upper[first] ?? ""))
    return "generic";
  // An infinitive of purpose or aim under a hypothetical modal: "the two countries should make fuller use of the
  // corridor to link Europe with China" is advice, as the modal's own verb is.
  if (upper[first - 1] === "TO")
    for (let k = first - 2; k >= Math.max(start, first - 12); --k) {
      const w = upper[k]!;
      const month = w === "MAY" && (/^\d/.test(upper[k + 1] ?? "") || /^(\d+|IN|ON)$/.test(upper[k - 1] ?? ""));
      if (HYPOTHETICAL_MODAL.has(w) && !month && !(w === "WOULD" && futureInPast(upper, k))) return "hypothetical";
      // "are to meet in Khujand … to sign an agreement", "will travel to Baku to sign …": the purpose of a plan is
      // not done either (the plan's own verb tells the intent).
      if (
        k < first - 2 &&
        (/^(WILL|SHALL|'LL)$/.test(w) || (w === "TO" && /^(IS|ARE|WAS|WERE)$/.test(upper[k - 1] ?? "")))
      )
        return "hypothetical";
    }
  // A warning or a threat told outside the condition, past a comma, is itself an act: "Should talks fail, Turkey warned
  // Iran on Tuesday, …", "If the ceasefire collapses, Russia has threatened Georgia with sanctions" (review H3).
  const toldOutside = (from: number) => WARNING_PAST.test(upper[first] ?? "") && upper.slice(from, first).includes(",");
  // A condition anywhere before the verb in the sentence, or a hypothetical modal close before it.
  for (let k = 0; k < first; ++k) if (CONDITION.has(upper[k]!) && !toldOutside(k)) return "hypothetical";
  // A condition told by inversion, with no "if": "Had Mongolia signed …, …", "Were Armenia to leave …, …", "Should
  // talks fail, …". The inverted clause and the main clause it conditions are unreal, a warning told past it aside.
  if (invertedCondition(upper) && !toldOutside(0)) return "hypothetical";
  for (let k = first - 1; k >= Math.max(start, first - 4); --k) {
    const w = upper[k]!;
    // "may" is also the month: "on 9 May", "in May 2024".
    const month =
      w === "MAY" &&
      (/^\d/.test(upper[k + 1] ?? "") || /^(\d+|IN|ON|EARLY|LATE|MID|SINCE|BY|UNTIL)$/.test(upper[k - 1] ?? ""));
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
