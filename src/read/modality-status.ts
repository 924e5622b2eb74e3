/**
 * Status of occasions and acts still to come: an occasion noun told as planned ("the next summit", "the talks are to be
 * held in May") or as a plan that is off ("was supposed to"), a present tense with a forward time ("visits Oslo next
 * week"), a state that has lasted ("have been frozen since 2020"), and acts proposed ("proposed holding a summit",
 * "proposed a summit with X"). Pure: upper-case words (and Penn tags) in, a status out. Split from
 * src/read/modality.ts (review K18 of session 15; no change of behaviour).
 *
 * @module
 */
import {words} from "./word-set.js";

// Word lists tested inside the functions below, made once (a pattern written inside a function is a new object
// at each call; a set answers as the pattern did: see word-set.ts).
const WHICH_WHO_WHERE_ETC = words(/^(WHICH|WHO|WHOM|WHOSE|WHERE|WHEN|WHILE|AFTER|BEFORE|SINCE|BECAUSE|BUT|THAT)$/);

/**
 * Words that put an occasion still to come when they modify its noun (English's adjectives and participles of
 * schedule): "the next summit", "the upcoming visit", "a forthcoming round of talks", "the proposed forum", "a
 * prospective trip", "the envisaged conference", "the mooted meeting".
 */
const TO_COME_MODIFIER = words(
  /^(NEXT|UPCOMING|FORTHCOMING|PLANNED|PROPOSED|PROSPECTIVE|IMPENDING|SCHEDULED|FUTURE|ENVISAGED|ENVISIONED|MOOTED|INTENDED|ANTICIPATED)$/
);
/** Nouns of a time of day after "next": "the next day's talks" is a past sequel; "next week's summit" is to come. */
const NEXT_PAST_TIME = words(/^(DAY|MORNING|AFTERNOON|EVENING|NIGHT)$/);
/** Past verbs that carry an occasion as done: "held the next round of talks", "attended the upcoming forum". */
const DONE_CARRIER = words(
  /^(HELD|HAD|CONDUCTED|BEGAN|STARTED|OPENED|CONCLUDED|COMPLETED|ENDED|ATTENDED|HOSTED|CHAIRED|JOINED|MADE|PAID|WRAPPED|CLOSED|LAUNCHED)$/
);
/**
 * Participles and adjectives of schedule (English): "is due in X", "was scheduled for May", "is slated to open",
 * "is pencilled in for June", "a summit, planned for April, …".
 */
const SCHEDULE_WORD = words(
  /^(DUE|SCHEDULED|RESCHEDULED|SET|SLATED|PLANNED|EXPECTED|PENCILLED|PENCILED|EARMARKED|PROGRAMMED|TIMETABLED)$/
);
/** Verbs an occasion takes place by, after "is to": "is to be held", "are to open", "is to convene", "is to resume". */
const OCCASION_VERB = words(/^(TAKE|BE|OPEN|BEGIN|START|CONVENE|RESUME|MEET|GO|COME|RUN)$/);
/** Participles of calling off (English): an occasion postponed or cancelled is that verb's event (ev's), not held. */
export const CALLED_OFF_PARTICIPLE = words(
  /^(POSTPONED|CANCELLED|CANCELED|CALLED|DELAYED|SCRAPPED|SHELVED|DEFERRED|SUSPENDED|ABANDONED|PUT|PUSHED|MOVED|DROPPED|AXED)$/
);
/** Adverbs inside a verb group of schedule: "is now due", "was originally scheduled", "will also take place". */
const SCHEDULE_ADVERB = words(/^(NOW|ALSO|STILL|ALREADY|PROVISIONALLY|TENTATIVELY|ORIGINALLY|INITIALLY|FIRST|NOT)$/);

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
  const toVerbGroup = () => {
    while (
      v < upper.length &&
      v <= at + 12 &&
      !/^(VB[DZP]?|MD)$/.test(tags[v] ?? "") &&
      !/^(IS|ARE|WAS|WERE|'S|WILL|SHALL|WOULD|'LL|HAS|HAVE|HAD)$/.test(upper[v]!) &&
      !/^[,;:.]$/.test(upper[v]!)
    )
      ++v;
  };
  toVerbGroup();
  // (an infinitival or a relative clause of schedule after the noun's complements: "the first summit between X and Y,
  // to be held in Samarkand in April", "the forum to take place in May", "talks between X and Y, which will be held in
  // Z" — English's reduced and full relatives of a time to come)
  if (scheduleClause(upper, upper[v] === "," ? v + 1 : v)) return "planned";
  // (a participle of schedule set off by commas after the noun's complements: "Talks between X and Y, originally set
  // for last month, were dropped" — review K19 of session 15)
  const setOff = SCHEDULE_ADVERB.test(upper[v + 1] ?? "") ? v + 2 : v + 1;
  if (!participle && upper[v] === "," && SCHEDULE_WORD.test(upper[setOff] ?? "")) {
    participle = "planned";
    v = setOff + 1;
    while (v < upper.length && v <= at + 20 && upper[v] !== ",") ++v;
    if (upper[v] === ",") ++v;
    toVerbGroup();
  }
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

/** Participles an occasion is held by: "to be held", "will be hosted", "is to be convened". */
const HELD = words(/^(HELD|HOSTED|CONVENED|ORGANISED|ORGANIZED|STAGED|OPENED)$/);

/**
 * Whether the words at `k` open a clause telling that the occasion before is still to come: an infinitival relative
 * ("to be held", "to take place", "to open"; "to be held" read from its "be" when no comma came before it) or a
 * relative clause in the present or future of schedule (", which will be held", "that is expected to take place", ",
 * which is scheduled for May", ", which is to open"). A past one (", which was held", "that was to be held") is none.
 */
function scheduleClause(upper: readonly string[], k: number): boolean {
  const infinitive = (t: number) =>
    (upper[t] === "BE" && HELD.test(upper[t + 1] ?? "")) ||
    (upper[t] === "TAKE" && upper[t + 1] === "PLACE") ||
    /^(OPEN|CONVENE|BEGIN|START)$/.test(upper[t] ?? "");
  if (upper[k] === "TO") return infinitive(k + 1);
  if (upper[k] === "BE" && upper[k - 1] === "TO") return infinitive(k);
  if (!/^(WHICH|THAT)$/.test(upper[k] ?? "")) return false;
  const aux = upper[k + 1] ?? "";
  let x = k + 2;
  while (SCHEDULE_ADVERB.test(upper[x] ?? "") && upper[x] !== "NOT") ++x;
  if (/^(IS|ARE|'S)$/.test(aux)) return SCHEDULE_WORD.test(upper[x] ?? "") || (upper[x] === "TO" && infinitive(x + 1));
  if (/^(WILL|SHALL|'LL)$/.test(aux)) return infinitive(x);
  return false;
}

/**
 * Whether the passive participle at `at` (a paper "signed", "concluded", "ratified" …) tells an act still to come:
 * after "be" under a plan or schedule ("is expected / due / set / scheduled / slated to be signed"), the "be to"
 * future ("is to be signed") or the future ("will be signed", "will now be formally signed"): the signing is planned,
 * an intent dated when told (the official gold's plans), not a signing on the day the sentence names.
 */
export function passiveToCome(upper: readonly string[], at: number): boolean {
  let k = at - 1;
  while (k > 0 && /LY$/.test(upper[k]!)) --k;
  if (upper[k] !== "BE") return false;
  --k;
  while (k > 0 && SCHEDULE_ADVERB.test(upper[k]!)) --k;
  if (/^(WILL|SHALL|'LL)$/.test(upper[k] ?? "")) return true;
  if (upper[k] !== "TO") return false;
  const before = upper[k - 1] ?? "";
  if (/^(IS|ARE|'S|'RE)$/.test(before)) return true;
  return SCHEDULE_WORD.test(before) && /^(IS|ARE|'S|'RE|NOW|ALSO|STILL)$/.test(upper[k - 2] ?? "");
}

/** Verbs of agreeing and deciding on an occasion to come: "agreed that the next summit would be held in X". */
const AGREEING = words(/^(AGREE|AGREES|AGREED|DECIDE|DECIDES|DECIDED|RESOLVED|CONFIRMED|ANNOUNCED)$/);

/**
 * Whether the verb at `first` agrees or decides that a meeting will take place ("agreed that the third summit would
 * take place in X in 2027", "decided that the next round of talks will be held in Y"): the agreement is an intent to
 * meet (036), as "agreed to hold a summit" is; not a plain agreement (050).
 */
export function agreedOccasion(upper: readonly string[], first: number): boolean {
  if (!AGREEING.test(upper[first] ?? "")) return false;
  let k = first + 1;
  if (upper[k] === "THAT") ++k;
  for (let n = k; n < Math.min(upper.length, k + 7); ++n) {
    const w = upper[n]!;
    if (/^[,;:.]$/.test(w)) return false;
    if (!MEETING_NOUN.test(w)) continue;
    let v = n + 1;
    // (the noun's own complement: "the next round of talks", "a summit of the five")
    while (v < upper.length && v <= n + 5 && !/^(WOULD|WILL|SHALL|'LL|SHOULD|IS|ARE|WAS|WERE)$/.test(upper[v]!)) ++v;
    const aux = upper[v] ?? "";
    let x = v + 1;
    while (SCHEDULE_ADVERB.test(upper[x] ?? "")) ++x;
    if (/^(WOULD|WILL|SHALL|'LL|SHOULD)$/.test(aux))
      return (
        (upper[x] === "TAKE" && upper[x + 1] === "PLACE") ||
        (upper[x] === "BE" && /^(HELD|HOSTED|CONVENED|ORGANISED|ORGANIZED|STAGED)$/.test(upper[x + 1] ?? "")) ||
        /^(CONVENE|OPEN|RESUME)$/.test(upper[x] ?? "")
      );
    if (/^(WAS|WERE|IS|ARE)$/.test(aux))
      return upper[x] === "TO" && /^(TAKE|BE|CONVENE|OPEN)$/.test(upper[x + 1] ?? "");
    return false;
  }
  return false;
}

/**
 * Words after an act's verb that point forward from the page, in its own clause (English's forward deictic times):
 * "next week", "next Tuesday", "next spring", "later this month", "tomorrow", "in the coming days", "this coming
 * weekend", "the day after tomorrow".
 */
function forwardTimeAfter(upper: readonly string[], from: number): boolean {
  for (let k = from; k < upper.length; ++k) {
    const w = upper[k]!;
    if (/^[,;:.()]$/.test(w) || WHICH_WHO_WHERE_ETC.test(w)) return false;
    if (w === "TOMORROW") return true;
    if (w === "NEXT" && FORWARD_UNIT.test(upper[k + 1] ?? "")) return true;
    if (w === "LATER" && upper[k + 1] === "THIS" && FORWARD_UNIT.test(upper[k + 2] ?? "")) return true;
    if (w === "COMING" && (upper[k - 1] === "THE" || upper[k - 1] === "THIS") && FORWARD_UNIT.test(upper[k + 1] ?? ""))
      return true;
  }
  return false;
}
/** Units of time after "next", "later this", "the coming": weeks, months, seasons, weekdays. */
const FORWARD_UNIT = words(
  /^(WEEK|WEEKS|WEEKEND|MONTH|MONTHS|YEAR|YEARS|DAYS|SPRING|SUMMER|AUTUMN|FALL|WINTER|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)$/
);
/** Verbs of saying and thinking, whose present tense reports ("says", "expects"), never schedules. */
const NOT_SCHEDULED_PRESENT = words(
  /^(SAY|SAYS|TELL|TELLS|THINK|THINKS|EXPECT|EXPECTS|HOPE|HOPES|WANT|WANTS|PLAN|PLANS|BELIEVE|BELIEVES|REMAIN|REMAINS|SEEK|SEEKS)$/
);

/**
 * Whether the act at token `first` is told in the present — simple ("visits Oslo next week", "the ministers meet
 * in Hanoi later this month") or progressive ("is visiting Oslo tomorrow") — with a time after it, in its clause, that
 * points forward from the page: a schedule, still to come (review K16, session 14). Not after "to", a modal or
 * "did/does", and not a verb of saying or wanting.
 */
export function presentScheduled(
  upper: readonly string[],
  tags: readonly string[],
  first: number,
  base?: string
): boolean {
  if (!presentTense(upper, tags, first)) return false;
  if (forwardTimeAfter(upper, first + 1)) return true;
  // (session 32) A day named with a present simple, in its clause ("travels on to Geneva on Friday", "leaves for
  // Kuala Lumpur today", "On Thursday, the minister flies to Astana"), is the day of a schedule: English tells a day
  // of its own past in the past ("travelled … on Friday"). The progressive's "today" is what is under way ("is
  // holding talks today"): only its weekday is ahead ("is visiting Oslo on Friday").
  const simple = tags[first] !== "VBG";
  // (a present by its shape, as the light tagger takes some pasts for presents: "met … on Tuesday", "held today",
  // "rang X on Friday" — the verb's base or its third person when the caller knows the base; and no noun the tagger
  // took for a present after a verb: "is holding talks today")
  const w = upper[first] ?? "";
  const presentShape =
    base === undefined
      ? !/ED$/.test(w) && !IRREGULAR_PAST.test(w)
      : w === base || w === `${base}S` || w === `${base}ES` || (base.endsWith("Y") && w === `${base.slice(0, -1)}IES`);
  if (simple && (!presentShape || /^(VB|VBD|VBG|VBN|VBZ|VBP|MD)$/.test(tags[first - 1] ?? ""))) return false;
  // (nor a base after an auxiliary, a modal or "to" past adverbs: "did not only sign the treaty on Monday")
  for (let k = first - 1; k >= 0 && k >= first - 4 && /^(RB|VBD|VBZ|VBP|MD|TO)$/.test(tags[k] ?? ""); --k)
    if (/^(TO|DO|DOES|DID|WILL|WOULD|SHALL|CAN|COULD|MAY|MIGHT|MUST|SHOULD|'LL)$/.test(upper[k]!) || tags[k] === "MD")
      return false;
  // (nor a noun the tagger took for a present after an article, a preposition or a noun that follows one: "a
  // suspension of air links with X on Wednesday")
  if (
    simple &&
    (/^(DT|IN|PRP\$|POS|JJ)$/.test(tags[first - 1] ?? "") ||
      (tags[first - 1] === "NN" && /^(DT|IN|PRP\$|POS|JJ)$/.test(tags[first - 2] ?? "")))
  )
    return false;
  return scheduleDayAfter(upper, first + 1, simple) || scheduleDayOpening(upper, tags, first, simple);
}

/** Weekdays, as the upper-case words of a sentence. */
const WEEKDAY = words(/^(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)$/);

/** The day of a schedule at token `k`: "on / this <weekday>", and for a present simple "today", "tonight". */
function scheduleDay(upper: readonly string[], k: number, simple: boolean): boolean {
  const w = upper[k] ?? "";
  if (simple && (w === "TODAY" || w === "TONIGHT")) return true;
  return (w === "ON" || w === "THIS") && WEEKDAY.test(upper[k + 1] ?? "");
}

/** A day of a schedule after the act's verb, in its own clause ({@link presentScheduled}). */
function scheduleDayAfter(upper: readonly string[], from: number, simple: boolean): boolean {
  for (let k = from; k < upper.length; ++k) {
    const w = upper[k]!;
    if (/^[,;:.()]$/.test(w) || WHICH_WHO_WHERE_ETC.test(w)) return false;
    if (scheduleDay(upper, k, simple)) return true;
  }
  return false;
}

/**
 * A day of a schedule opening the sentence before the act's subject ("On Thursday, Rangel travels to Samarkand",
 * "Today the minister leaves for Baku"): the opening's day, an optional comma, then up to six words of the subject
 * with no verb or stop among them ({@link presentScheduled}).
 */
function scheduleDayOpening(
  upper: readonly string[],
  tags: readonly string[],
  first: number,
  simple: boolean
): boolean {
  if (!scheduleDay(upper, 0, simple)) return false;
  let k = upper[0] === "ON" || upper[0] === "THIS" ? 2 : 1;
  if (upper[k] === ",") ++k;
  if (first - k > 6 || first <= k) return false;
  for (let m = k; m < first; ++m)
    if (/^[,;:.()]$/.test(upper[m]!) || /^(VB[DZPN]?|MD)$/.test(tags[m] ?? "")) return false;
  return true;
}

/**
 * Whether the act at token `first` is told in the present, simple ("visits Oslo", "the ministers meet") or progressive
 * ("is visiting"), not after "to", a modal or "did/does", and not by a verb of saying or wanting: what a schedule
 * tells of a day still to come, with a time after it ({@link presentScheduled}) or under the day's heading.
 */
export function presentTense(upper: readonly string[], tags: readonly string[], first: number): boolean {
  const w = upper[first] ?? "";
  if (NOT_SCHEDULED_PRESENT.test(w)) return false;
  const before = upper[first - 1] ?? "";
  const progressive = tags[first] === "VBG" && /^(IS|ARE|AM|'S|'RE)$/.test(before);
  const simple =
    /^(VBZ|VBP)$/.test(tags[first] ?? "") ||
    // (the light tagger takes some third persons for plural nouns: "visits", "hosts" after a subject)
    (tags[first] === "NNS" && /S$/.test(w) && /^(NNP|NNPS|NN|PRP)$/.test(tags[first - 1] ?? ""));
  if (!simple && !progressive) return false;
  return !/^(TO|DO|DOES|DID|WILL|WOULD|SHALL|CAN|COULD|MAY|MIGHT|MUST|SHOULD)$/.test(before);
}

/** English's common irregular pasts, which look like base forms to no rule ("met", "held", "sent"). */
const IRREGULAR_PAST = words(
  /^(MET|MADE|HELD|SENT|PAID|TOOK|GAVE|WENT|CAME|LEFT|SAW|SPOKE|FLEW|LED|WON|BEGAN|BROUGHT|BOUGHT|SOLD|TOLD|SAID|FOUND|STOOD|KEPT|LOST|RAN|SAT|THOUGHT|WROTE|GOT|GREW|DREW|HAD|DID|WAS|WERE|STRUCK|SHOOK|BROKE|CHOSE|FELL|FELT|HEARD|MEANT|SPENT|SOUGHT|TAUGHT|UNDERTOOK|OVERSAW|FORGAVE|FORESAW)$/
);
/** Conjunctions opening a clause of time: "before", "until", "till", "once", "when", "after". */
const TIME_CONJUNCTION = words(/^(BEFORE|UNTIL|TILL|ONCE|WHEN|AFTER)$/);

/**
 * Whether the act at token `first` is a present simple in a clause of time whose main clause is in the present or the
 * future: "The visit comes two weeks before the presidency hosts a meeting of …", "Tokyo seeks a larger role before it
 * hosts the region's leaders", "X will wait until Y signs the deal". English tells the future in such a clause by the
 * present, so the act is still to come (an intent, planned). The clause's subject is up to six words between the
 * conjunction and the verb; the main clause's verb is the nearest finite verb before the conjunction. Not after a past
 * main verb ("X left before Y arrives" is no schedule), nor a verb of saying or wanting.
 */
export function presentInTimeClause(upper: readonly string[], tags: readonly string[], first: number): boolean {
  const w = upper[first] ?? "";
  if (NOT_SCHEDULED_PRESENT.test(w)) return false;
  // (a present form by its shape: the light tagger takes some pasts for presents — "after the leaders met X")
  const simple =
    (/^(VBZ|VBP)$/.test(tags[first] ?? "") && !/ED$/.test(w) && !IRREGULAR_PAST.test(w)) ||
    (tags[first] === "NNS" && /S$/.test(w) && /^(NNP|NNPS|NN|PRP)$/.test(tags[first - 1] ?? ""));
  if (!simple) return false;
  let k = first - 1;
  while (k >= 0 && k >= first - 7 && !TIME_CONJUNCTION.test(upper[k]!)) {
    if (/^[,;:.()]$/.test(upper[k]!) || /^(VB[DZP]?|MD|VBN|VBG)$/.test(tags[k] ?? "")) return false;
    --k;
  }
  if (k < 1 || !TIME_CONJUNCTION.test(upper[k] ?? "") || k === first - 1) return false;
  for (let m = k - 1; m >= 0; --m) {
    const u = upper[m]!;
    if (/^[;:.]$/.test(u)) return false;
    if (/^(WILL|SHALL|'LL)$/.test(u)) return true;
    if (/^(VBD|MD)$/.test(tags[m] ?? "") || /^(WAS|WERE|HAD|DID)$/.test(u)) return false;
    if (/^(VBZ|VBP)$/.test(tags[m] ?? "")) return !/^(HAS|HAVE|'VE)$/.test(u);
  }
  return false;
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

/** A span after "for" that a standing activity runs through: "for a decade", "for the past two years", "for years". */
const SPAN_NOUN = /^(YEARS?|DECADES?|MONTHS|WEEKS)$/;
/** Words before a span's unit that make it reach up to now: "for the past two years", "for more than a decade". */
const SPAN_UP_TO_NOW = words(/^(PAST|LAST|MORE|OVER|NEARLY|ALMOST|WELL)$/);

/**
 * Whether the words after "for" at `n` name a span up to now: a bare plural ("for years", "for decades", "for
 * months"), "a decade", or a span after "the past/last", "more than", "over", "nearly" ("for the past two years").
 * A count alone ("for five years", "for ten years") is as often a term of the thing done ("a loan for ten years")
 * and "for the next/coming years" a time to come: neither.
 */
function spanUpToNow(upper: readonly string[], n: number): boolean {
  const a = upper[n + 1] ?? "";
  if (/^(YEARS|DECADES|MONTHS|GENERATIONS)$/.test(a)) return true;
  if (/^(A|AN)$/.test(a) && /^(DECADE|GENERATION)$/.test(upper[n + 2] ?? "")) return true;
  const words = upper.slice(n + 1, n + 6);
  const unit = words.findIndex((x) => SPAN_NOUN.test(x));
  return unit > 0 && words.slice(0, unit).some((x) => SPAN_UP_TO_NOW.test(x));
}

/**
 * Whether the verb at `first`..`last` is a present perfect running since a time or for a span: "has bought crude since
 * 2022", "have visited all five states since 2019", "has mined uranium … through a joint venture since 2019", "have
 * been buying assets for a decade" (a progressive perfect, not of talks: `code` 04x). The "since" or a span up to now
 * ({@link spanUpToNow}) must follow in the verb's own clause (before a comma, a semicolon or a stop, within twenty
 * words); a past perfect ("had bought … since") tells a state up to a past time and is left alone, and an intent (03x:
 * "has offered X a loan for ten years") is dated when made.
 */
export function standingSince(
  upper: readonly string[],
  tags: readonly string[],
  first: number,
  last: number,
  code: string
): boolean {
  let k = first - 1;
  while (k > 0 && tags[k] === "RB") --k;
  const progressive = upper[k] === "BEEN" && tags[first] === "VBG";
  // (an intent is dated when made, whatever its term: "has offered X a loan for ten years", "has promised …")
  if (/^03/.test(code)) return false;
  if (progressive) {
    if (/^04/.test(code)) return false;
    --k;
    while (k > 0 && tags[k] === "RB") --k;
  } else if (tags[first] === "VBG") return false;
  if (!/^(HAS|HAVE|'VE)$/.test(upper[k] ?? "")) return false;
  for (let n = last + 1; n < Math.min(upper.length, last + 21); ++n) {
    const w = upper[n]!;
    if (/^[,;:.]$/.test(w)) return false;
    if (w === "SINCE") return true;
    if (w === "FOR" && spanUpToNow(upper, n)) return true;
  }
  return false;
}

/** Verbs of proposing and weighing an act (English, all forms): what they govern as a gerund is intended, not done. */
const PROPOSING = /^(PROPOS|SUGGEST|RECOMMEND|ADVOCAT|DISCUSS|CONSIDER|CONTEMPLAT|ENVISAG|MOOT|FLOAT)/;
/** Nouns of a meeting (English): what "proposed a …" names as an occasion to meet. */
const MEETING_NOUN = words(
  /^(SUMMIT|SUMMITS|MEETING|MEETINGS|TALKS|VISIT|VISITS|FORUM|CONFERENCE|CONSULTATIONS|NEGOTIATIONS|ROUND|SESSION|DIALOGUE|TRIP)$/
);

/**
 * Whether the gerund at `first` is governed by a verb of proposing or weighing right before it: "proposed holding
 * a summit", "suggested opening a consulate", "discussed setting up a fund".
 */
export function proposedGerund(upper: readonly string[], tags: readonly string[], first: number): boolean {
  if (tags[first] !== "VBG" || !/ING$/.test(upper[first] ?? "")) return false;
  if (PROPOSING.test(upper[first - 1] ?? "")) return true;
  // (session 32) … and a gerund joined to such a gerund by "and" / "or": "proposed establishing a joint business
  // council and holding the first meeting of the committee", "suggested opening a consulate or expanding flights".
  // The first gerund within twelve words before the joint, with no stop and no finite verb between.
  if (!/^(AND|OR)$/.test(upper[first - 1] ?? "")) return false;
  for (let k = first - 2; k >= 1 && k >= first - 13; --k) {
    if (/^[;:.()]$/.test(upper[k]!) || /^(VBD|VBZ|VBP|MD)$/.test(tags[k] ?? "")) return false;
    if (tags[k] === "VBG" && /ING$/.test(upper[k]!)) return PROPOSING.test(upper[k - 1] ?? "");
  }
  return false;
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
