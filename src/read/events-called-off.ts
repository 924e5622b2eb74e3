/**
 * Acts of putting off and calling off a meeting, as English tells them, for the reader's coder: a verb in any tense
 * and voice ("postponed the summit", "has called off its visit", "put off the trip", "the talks were suspended",
 * "the meeting … would be postponed"), and a noun of the act ("the postponement of the summit", "the cancellation of
 * his visit"). What is called off is a meeting or a journey: a summit, a meeting, talks, a visit, a trip, a tour.
 *
 * Codes: CAMEO 2.0's verb dictionary (data/petrarch2/CAMEO.2.0.txt, the DELAY, SCRAP, REVOKE and CANCEL blocks) files
 * a summit, a visit, a conference or a mission postponed, delayed or scrapped under 160 (reduce relations), a meeting,
 * talks, a trip or a departure postponed under 161, and talks halted under 164 (halt negotiations); the codebook has no
 * code of its own for a postponement. We follow the dictionary: root 16 for every meeting or journey put off or called
 * off, 164 for talks suspended, cancelled, called off or broken off. (blind14's gold codes a postponement 12 by a
 * convention of its own, which the official gold does not state: see docs/reading.md.)
 *
 * Pure: upper-case words and the coder's tags in, token indices and codes out.
 *
 * @module
 */
import {words} from "./word-set.js";

/**
 * Verbs of putting off and calling off, every form (English's common ones: postpone, delay, defer, reschedule,
 * cancel in both spellings, scrap, shelve, abandon, axe, suspend). The particle verbs are {@link PARTICLE_VERB}.
 */
export const CALL_OFF_VERB = words(
  /^(POSTPONE|POSTPONES|POSTPONED|POSTPONING|DELAY|DELAYS|DELAYED|DELAYING|DEFER|DEFERS|DEFERRED|DEFERRING|RESCHEDULE|RESCHEDULES|RESCHEDULED|RESCHEDULING|CANCEL|CANCELS|CANCELLED|CANCELED|CANCELLING|CANCELING|SCRAP|SCRAPS|SCRAPPED|SCRAPPING|SHELVE|SHELVES|SHELVED|SHELVING|ABANDON|ABANDONS|ABANDONED|ABANDONING|AXE|AXES|AXED|AXING|SUSPEND|SUSPENDS|SUSPENDED|SUSPENDING)$/
);

/** Particle verbs of the same acts, the verb's forms by their particle: call off, put off, push back, break off. */
const PARTICLE_VERB: readonly [RegExp, string][] = [
  [/^(CALL|CALLS|CALLED|CALLING)$/, "OFF"],
  [/^(PUT|PUTS|PUTTING)$/, "OFF"],
  [/^(PUSH|PUSHES|PUSHED|PUSHING)$/, "BACK"],
  [/^(BREAK|BREAKS|BROKE|BROKEN|BREAKING)$/, "OFF"]
];

/**
 * Whether a particle verb at `i` has its particle after its object ("pushed the summit with X back to July", "called
 * the talks off"): the particle within eight words, after a meeting noun, before a stop.
 */
export function splitParticle(upper: readonly string[], i: number): boolean {
  const w = upper[i] ?? "";
  for (const [verb, particle] of PARTICLE_VERB) {
    if (!verb.test(w)) continue;
    let meeting = false;
    for (let k = i + 1; k < Math.min(upper.length, i + 9); ++k) {
      if (/^(\.|;|:|,|THAT|WHICH|WHO|AND|BUT)$/.test(upper[k]!)) return false;
      if (HAPPENING.has(upper[k]!)) meeting = true;
      if (upper[k] === particle) return meeting;
    }
  }
  return false;
}

/** Nouns of putting off and calling off: "the postponement of", "the cancellation of", "a delay of". */
export const CALL_OFF_NOUN = words(
  /^(POSTPONEMENT|POSTPONEMENTS|DELAY|DELAYS|DEFERRAL|DEFERMENT|CANCELLATION|CANCELLATIONS|CANCELATION|RESCHEDULING|SUSPENSION|ABANDONMENT|SCRAPPING|SHELVING)$/
);

/**
 * The meetings and journeys that can be put off, with the code the dictionary gives them put off: a journey's part
 * as its whole ("a stop in X" as a visit, "the X leg of the trip" as a trip), a signing as a summit.
 */
const HAPPENING: ReadonlyMap<string, string> = new Map([
  ...[
    "SUMMIT",
    "SUMMITS",
    "VISIT",
    "VISITS",
    "TOUR",
    "TOURS",
    "CONFERENCE",
    "FORUM",
    "SESSION",
    "MISSION",
    "MISSIONS",
    "STOP",
    "STOPOVER",
    "SIGNING"
  ].map((w) => [w, "160"] as const),
  ...["MEETING", "MEETINGS", "TRIP", "TRIPS", "LEG", "CONSULTATIONS", "DEBATE", "DEPARTURE"].map(
    (w) => [w, "161"] as const
  ),
  ...["TALKS", "NEGOTIATIONS", "DIALOGUE"].map((w) => [w, "161"] as const)
]);
/** Verbs that halt talks outright (164) rather than put them off. */
const HALTING =
  /^(SUSPEND|SUSPENDS|SUSPENDED|SUSPENDING|CANCEL\w*|CALL\w*|BREAK\w*|BROKE|BROKEN|ABANDON\w*|SCRAP\w*|AX\w*)$/;

/** The code of happening `noun` put off by the word `verb` (both upper case), or undefined when it is no meeting. */
export function calledOffCode(noun: string, verb: string): string | undefined {
  // (a noun of the lexicon only: callers check that it heads its phrase, meetingHead)
  const code = HAPPENING.get(noun);
  if (!code) return undefined;
  if (/^(TALKS|NEGOTIATIONS|DIALOGUE)$/.test(noun) && HALTING.test(verb)) return "164";
  return code;
}

/** Verbs that take a meeting off a plan: "dropped from the itinerary", "removed from the programme". */
const OFF_PLAN_VERB = words(/^(DROP|DROPS|DROPPED|DROPPING|REMOVE|REMOVES|REMOVED|REMOVING|STRUCK|TAKEN|TOOK)$/);
/** The plan a meeting is taken off: a journey's itinerary, a visit's programme, a schedule, an agenda. */
const PLAN_NOUN = words(/^(ITINERARY|ITINERARIES|PROGRAMME|PROGRAM|SCHEDULE|AGENDA|TIMETABLE|ROUTE)$/);

/**
 * Whether the verb at `i` takes a meeting off the plan it was on — "was dropped from the minister's itinerary", "was
 * removed from the programme", "struck off the agenda", "dropped the stop from its itinerary": "from" or "off" and a
 * plan noun within six words, before a stop. A verb of dropping alone ("dropped its demands", "dropped out") is none.
 */
function offPlan(upper: readonly string[], i: number): boolean {
  if (!OFF_PLAN_VERB.test(upper[i] ?? "")) return false;
  let from = false;
  for (let k = i + 1; k < Math.min(upper.length, i + 12); ++k) {
    const u = upper[k]!;
    if (/^[.;:,]$/.test(u)) return false;
    if (u === "FROM" || u === "OFF") from = true;
    else if (from && PLAN_NOUN.test(u)) return true;
    else if (from && k > i + 7) return false;
  }
  return false;
}

/** The last token of a call-off verb starting at `i` (its particle included), or -1. */
export function callOffVerbEnd(upper: readonly string[], i: number): number {
  const w = upper[i] ?? "";
  if (CALL_OFF_VERB.test(w) || offPlan(upper, i)) return i;
  for (const [verb, particle] of PARTICLE_VERB) if (verb.test(w) && upper[i + 1] === particle) return i + 1;
  return -1;
}

/** Words of a noun phrase before its head: determiners, possessives, adjectives, numbers, names, modifying nouns. */
const PHRASE_TAG = words(/^(DT|PRP\$|POS|JJ|JJR|JJS|CD|NN|NNS|NNP|NNPS|VBN)$/);

/**
 * The meeting a call-off verb ending at `last` puts off: the head of the noun phrase right after it ("postponed its
 * planned summit with X", "called off the second round of talks"), as a token index, or -1 when its object is no
 * meeting ("postponed the vote", "delayed payments").
 */
export function calledOffObject(upper: readonly string[], last: number, tags?: readonly string[]): number {
  for (let k = last + 1; k < Math.min(upper.length, last + 8); ++k) {
    const u = upper[k]!;
    if (HAPPENING.has(u)) return meetingHead(upper, k) ? k : -1;
    // ("a new round of talks", "the first session of the commission")
    if (u === "OF" && /^(ROUND|ROUNDS|SERIES)$/.test(upper[k - 1] ?? "")) continue;
    // (the object's noun phrase only: by the coder's tags when given, else up to a preposition, a conjunction, a
    // clause word or a stop)
    if (tags ? !PHRASE_TAG.test(tags[k] ?? "") && !/^(['’]S|['’])$/.test(u) : PHRASE_END.test(u)) return -1;
  }
  return -1;
}

/** Whether the meeting noun at `k` heads its phrase: not "summit preparations", "visit plans", "the meeting's agenda". */
export function meetingHead(upper: readonly string[], k: number): boolean {
  return !MODIFIED.test(upper[k + 1] ?? "") && !/^(['’]S|['’])$/.test(upper[k + 1] ?? "");
}

/** Nouns after a meeting noun that make it their modifier: "summit preparations", "visit plans", "trip report". */
const MODIFIED = words(
  /^(PREPARATIONS|PREPARATION|PLANS|PLAN|PROGRAMME|PROGRAM|AGENDA|REPORT|DATE|DATES|VENUE|HALL|BUDGET)$/
);
/** Words that end a verb's object phrase (text without tags). */
const PHRASE_END = words(
  /^(TO|ON|IN|AT|WITH|FOR|BY|FROM|INTO|UNTIL|TILL|AFTER|BEFORE|DURING|AND|OR|BUT|THAT|WHICH|WHO|BECAUSE|AS|,|\.|;|:|\(|\))$/
);

/** Auxiliaries of a passive: "was postponed", "has been called off", "would be put off", "got cancelled". */
const PASSIVE_AUX = words(/^(WAS|WERE|IS|ARE|BE|BEEN|BEING|GET|GETS|GOT)$/);

/**
 * A passive call-off told after the meeting noun at `i`, within its clause ("the summit … was postponed", "talks
 * between X and Y have been called off", "the meeting, planned for April, was postponed at the request of X"): the
 * token range of its participle (with a particle) and, when it names one, the first token of its agent phrase ("by
 * X", "at the request of X", "at X's request"). Undefined when the noun's clause tells none.
 */
export function passiveCallOff(
  upper: readonly string[],
  tags: readonly string[],
  i: number
): {first: number; last: number; agent?: number} | undefined {
  let reach = i + 16;
  for (let j = i + 1; j < Math.min(upper.length, reach); ++j) {
    const u = upper[j]!;
    // (a relative clause of the meeting's schedule is looked past: ", which had been set for May,", "that had been
    // planned for Saturday" — review L7 of session 16)
    const past = scheduleRelativeEnd(upper, j);
    if (past > j) {
      reach += past - j;
      j = past - 1;
      continue;
    }
    // (so is a participle's aside between commas, which adds no word to the noun's reach: "A visit by X to Baku,
    // previously listed for this date, has been postponed" — session 31)
    const aside = participleAsideEnd(upper, tags, j);
    if (aside > j) {
      reach += aside - j;
      j = aside;
      continue;
    }
    // (session 33) a schedule's passive and its putting off joined by "but", one subject: "the consultations had been
    // scheduled for October but were postponed", "the trip was planned for May, but was cancelled"
    if (u === "BUT" && /^(WAS|WERE|HAD|HAS|HAVE)$/.test(upper[j + 1] ?? "")) continue;
    if (/^(\.|;|:|WHICH|WHO|THAT|WHILE|BUT|BECAUSE|ALTHOUGH)$/.test(u)) return undefined;
    // (another verb before it is another clause's: "the summit ended and X postponed …", "the summit X held was …";
    // an aside's participle after a comma, ", planned for April,", ", originally set for May,", and the passive's own
    // auxiliaries are not; nor is a word right after "of", a determiner or an adjective, a noun whatever the light
    // tagger says: "a visit by the head of state", "a stop by the Swedish premier in X")
    if (
      /^(VBD|VBZ|VBP|MD)$/.test(tags[j] ?? "") &&
      !/^(OF|THE|A|AN|ITS|HIS|HER|THEIR)$/.test(upper[j - 1] ?? "") &&
      !/^JJ/.test(tags[j - 1] ?? "") &&
      !/^(WAS|WERE|IS|ARE|HAS|HAVE|HAD|WOULD|WILL|SHALL|MAY|MIGHT|COULD|SHOULD|MUST|BE|BEEN|GET|GOT|GETS)$/.test(u) &&
      upper[j - 1] !== "," &&
      !(SCHEDULE_ADVERB.test(upper[j - 1] ?? "") && upper[j - 2] === ",") &&
      callOffVerbEnd(upper, j) < 0
    )
      return undefined;
    if (!PASSIVE_AUX.test(upper[j - 1] ?? "")) continue;
    const end = callOffVerbEnd(upper, j);
    if (end < 0 || /ING$/.test(u)) continue;
    let agent: number | undefined;
    // (session 33) the new time told before the agent: "postponed from December at the request of X", "put off to
    // next year at X's request", "delayed until May by X" — a preposition of time and up to four words of it)
    const a = end + timeBefore(upper, end + 1);
    if (upper[a + 1] === "BY") agent = a + 2;
    else if (upper[a + 1] === "AT" || upper[a + 1] === "ON") {
      // "at the request of X", "at the initiative of X", "on the insistence of X", "at X's request"
      const of = upper.slice(a + 2, a + 6).indexOf("OF");
      if (
        of >= 0 &&
        /^(REQUEST|INITIATIVE|INSISTENCE|SUGGESTION|PROPOSAL|BEHEST|URGING)$/.test(upper[a + 1 + of] ?? "")
      )
        agent = a + 3 + of;
      else if (/^(REQUEST|INITIATIVE|INSISTENCE|SUGGESTION|PROPOSAL|BEHEST)$/.test(upper[a + 5] ?? "")) agent = a + 2;
    }
    return {first: j, last: end, ...(agent !== undefined ? {agent} : {})};
  }
  return undefined;
}

/** Months and words of time a put-off meeting's new or old date is told with. */
const TIME_WORD = words(
  /^(JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|SPRING|SUMMER|AUTUMN|FALL|WINTER|NEXT|LAST|THIS|THE|YEAR|MONTH|WEEK|EARLY|LATE|MID|END|OF|A|LATER|DATE)$/
);

/**
 * How many tokens from `k` a phrase of time takes ("from December", "to next year", "until the autumn", "to a later
 * date"): a preposition of time and up to four words of time, ending before "by", "at" or "on"; 0 when none.
 */
function timeBefore(upper: readonly string[], k: number): number {
  if (!/^(FROM|TO|UNTIL|TILL)$/.test(upper[k] ?? "")) return 0;
  let e = k + 1;
  while (e < k + 5 && (TIME_WORD.test(upper[e] ?? "") || /^\d{1,4}$/.test(upper[e] ?? ""))) ++e;
  return e > k + 1 && /^(BY|AT|ON)$/.test(upper[e] ?? "") ? e - k : 0;
}

/**
 * The closing comma of a participle's aside opening at the comma `j` (", previously listed for this date,", ", planned
 * for April,": a past participle, after at most one adverb, and no finite verb before the next comma), or -1.
 */
function participleAsideEnd(upper: readonly string[], tags: readonly string[], j: number): number {
  if (upper[j] !== ",") return -1;
  let k = j + 1;
  if (/^RB/.test(tags[k] ?? "") || SCHEDULE_ADVERB.test(upper[k] ?? "")) ++k;
  // (the light tagger may call the participle a noun or a past: "listed", "planned")
  if (!/^VB[ND]$/.test(tags[k] ?? "") && !/ED$/.test(upper[k] ?? "") && !SCHEDULED.test(upper[k] ?? "")) return -1;
  for (let e = k + 1; e < Math.min(upper.length, k + 10); ++e) {
    if (upper[e] === ",") return e;
    // ("for May", "in May": a month, no modal)
    if (upper[e] === "MAY" && /^(FOR|IN|UNTIL|TILL|BY|MID|LATE|EARLY)$/.test(upper[e - 1] ?? "")) continue;
    if (/^(\.|;|:)$/.test(upper[e]!) || /^(VBD|VBZ|VBP|MD)$/.test(tags[e] ?? "")) return -1;
  }
  return -1;
}

/** Participles of a schedule (English): "set for", "planned for", "scheduled for", "slated for", "pencilled in for". */
const SCHEDULED = words(
  /^(SET|PLANNED|SCHEDULED|SLATED|PENCILLED|PENCILED|ARRANGED|FIXED|TIMETABLED|PROGRAMMED|DUE|EXPECTED)$/
);
/** Adverbs inside a schedule's verb group: "originally set", "had initially been planned", "was provisionally fixed". */
const SCHEDULE_ADVERB = words(
  /^(ORIGINALLY|INITIALLY|FIRST|PROVISIONALLY|TENTATIVELY|PREVIOUSLY|EARLIER|ONCE|LAST|ALSO)$/
);

/**
 * The end of a relative clause of schedule opening at `j` (", which had been set for May," — past its closing comma;
 * "that had been planned for Saturday was …" — at the main clause's auxiliary), or -1 when none opens there: "which"
 * or "that", a passive verb group (was/were/is/are/had been/has been/have been, adverbs between) and a participle of
 * schedule.
 */
function scheduleRelativeEnd(upper: readonly string[], j: number): number {
  if (!/^(WHICH|THAT)$/.test(upper[j] ?? "")) return -1;
  let k = j + 1;
  if (/^(HAD|HAS|HAVE)$/.test(upper[k] ?? "")) {
    ++k;
    while (SCHEDULE_ADVERB.test(upper[k] ?? "")) ++k;
    if (upper[k] !== "BEEN") return -1;
  } else if (!/^(WAS|WERE|IS|ARE)$/.test(upper[k] ?? "")) return -1;
  ++k;
  while (SCHEDULE_ADVERB.test(upper[k] ?? "")) ++k;
  if (!SCHEDULED.test(upper[k] ?? "")) return -1;
  for (let e = k + 1; e < Math.min(upper.length, k + 12); ++e) {
    const u = upper[e]!;
    if (upper[j - 1] === ",") {
      if (u === ",") return e + 1;
    } else if (/^(WAS|WERE|IS|ARE|HAS|HAVE|HAD)$/.test(u)) return e;
    if (/^(\.|;|:)$/.test(u)) return -1;
  }
  return -1;
}

/**
 * A noun of calling off before the meeting noun at `i` ("the postponement of the summit", "the cancellation of his
 * visit to X", "a delay of the talks"): the noun's token, or -1.
 */
export function callOffNounBefore(upper: readonly string[], tags: readonly string[], i: number): number {
  let b = i - 1;
  while (
    b > 0 &&
    b >= i - 5 &&
    (PHRASE_TAG.test(tags[b] ?? "") || /^(['’]S|['’]|-|–)$/.test(upper[b]!)) &&
    upper[b] !== "OF"
  )
    --b;
  return upper[b] === "OF" && CALL_OFF_NOUN.test(upper[b - 1] ?? "") ? b - 1 : -1;
}

/** Verbs of telling someone something: "informed X that …", "notified X that …", "told X that …". */
const TELLING = words(/^(INFORMED|INFORMS|NOTIFIED|NOTIFIES|TOLD|TELLS|ADVISED|ADVISES|ASSURED|WARNED)$/);

/**
 * The telling verb whose "that" clause holds the meeting noun at `i` ("informed the partners that the summit would be
 * postponed"): the verb's token, its "that" after the told, or -1.
 */
export function tellingBefore(upper: readonly string[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 14); --k) {
    if (/^(\.|;|:)$/.test(upper[k]!)) return -1;
    if (upper[k] === "THAT") {
      for (let v = k - 1; v >= Math.max(0, k - 9); --v) {
        if (TELLING.test(upper[v]!)) return v;
        if (/^(,|\.|;|:|WHICH|WHO|THAT)$/.test(upper[v]!)) return -1;
      }
      return -1;
    }
  }
  return -1;
}

/** Verbs of a reporting clause after what it reports: ", the ministry said", ", officials announced". */
const REPORTING = words(/^(SAID|SAYS|ANNOUNCED|REPORTED|CONFIRMED|STATED|TOLD|ADDED|INFORMED|NOTED)$/);

/**
 * The first token of the teller of a reporting clause that closes the sentence after the meeting noun at `i`
 * (", the Kazakh embassy said", ", Uzbek officials said", ", according to the Polish foreign ministry"), or -1: a
 * comma, then the teller's phrase (at most six words) and a verb of saying, or "according to" and the teller.
 */
export function reportingTeller(upper: readonly string[], i: number): number {
  // (the clause may be followed by a last aside: ", the embassy said, without giving a reason.")
  let commas = 0;
  for (let c = upper.length - 1; c > i && commas < 2; --c) {
    if (upper[c] !== ",") continue;
    ++commas;
    if (upper[c + 1] === "ACCORDING" && upper[c + 2] === "TO") return c + 3;
    for (let v = c + 2; v <= c + 7 && v < upper.length; ++v) {
      if (/^(,|\.|;|:|THAT|WHO|WHICH)$/.test(upper[v]!)) break;
      if (REPORTING.test(upper[v]!)) return c + 1;
    }
  }
  return -1;
}
