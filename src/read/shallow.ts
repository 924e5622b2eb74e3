/**
 * Raw-text mode: shallow parsing over tagged tokens. Actor groups (compounds joined by "and" and commas)
 * are noun chunks; each dictionary verb takes the nearest group before it in its clause as subject and
 * the first group after it (before the next verb or clause break) as object.
 *
 * @module
 */
import type {Frame} from "./coder.js";

type Mood = NonNullable<Frame["mood"]>;
import {LEADERS_OF_FILLER, refsInSpan, STATE_FORM_HEAD, type SentenceContext} from "./code-parse.js";
import {verbFormsAt, type ActorRef} from "./verbs.js";
import {homeRecipient, PARTY_NOUN, partnerPronoun, possessiveHer, sharedMatter} from "./partner-sharing.js";
import {modifierBefore} from "./subject-modifier.js";
import {summaryAfter} from "./summary-appositive.js";
import {paperTopic, talkTopic} from "./talk-topics.js";
import {words} from "./word-set.js";
import {keptUpPromised} from "./modality-kept.js";

// Word lists tested inside the functions below, made once (a pattern written inside a function is a new object
// at each call; a set answers as the pattern did: see word-set.ts).
const TAG_VBZ_VBP_VB = words(/^(VBZ|VBP|VB)$/);
const TAG_NNP_JJ = words(/^(NNP|JJ)$/);
const TAG_RB_MD = words(/^(RB|MD)$/);
const HAS_HAVE_HAD_ETC = words(/^(HAS|HAVE|HAD|LATER|AFTERWARDS|AFTERWARD|SUBSEQUENTLY)$/);
const ALSO_SOON_FURTHER_ETC = words(
  /^(ALSO|SOON|FURTHER|JOINTLY|NOT|N'T|NEVER|TO|BE|HAVE|HOLD|CONDUCT|MAKE|PAY|BEGIN|START)$/
);
const CC_POS_DT_ETC = words(/^(CC|,|POS|DT|JJ|NNP|NN|CD)$/);
const TAG_NN_NNS_NNP_ETC = words(/^(NN|NNS|NNP|JJ|CD)$/);
const TAG_DT_JJ_NNP_ETC = words(/^(DT|JJ|NNP|NN|NNS|POS)$/);
const TAG_DT_JJ_PRP = words(/^(DT|JJ|PRP\$)$/);
const HOLD_CONDUCT = words(/^(HOLD|CONDUCT)$/);

const BREAK = new Set([";", ":", "(", ")", '"', "“", "”"]);
/** Quotation marks. */
const QUOTE_MARK = /^["“”]$/;

/**
 * Quotation marks that do not end a clause in the article reader (session 21): a mark opening a quotation right at
 * the predicate of a subject before it — a past verb, after adverbs at most ("The ministry "demanded that Kabul take
 * …"", "Latvia "strongly condemned" the strike") — and, when the quotation is a fragment of one to six words with no
 * clause punctuation, the mark closing it (the verb's object follows). News prose quotes a statement's verb without
 * making it a clause of its own. A quotation opening the sentence or a clause, a quoted noun phrase or a present tense
 * (a stance: "Russia "respects the sovereign right" of …") stays apart.
 */
function transparentQuotes(ctx: SentenceContext): ReadonlySet<number> {
  const out = new Set<number>();
  if (!ctx.happenedOnly) return out;
  const marks: number[] = [];
  for (let k = 0; k < ctx.upper.length; ++k) if (QUOTE_MARK.test(ctx.upper[k]!)) marks.push(k);
  for (let m = 0; m < marks.length; m += 2) {
    const open = marks[m]!;
    const close = marks[m + 1] ?? ctx.upper.length;
    if (!/^(NN|NNS|NNP|NNPS|PRP)$/.test(ctx.tags[open - 1] ?? "")) continue;
    let v = open + 1;
    while (v < close && ctx.tags[v] === "RB") ++v;
    if (v - open > 3 || ctx.tags[v] !== "VBD") continue;
    out.add(open);
    const inside = ctx.upper.slice(open + 1, close);
    if (close < ctx.upper.length && inside.length <= 6 && !inside.some((w) => /^[;:.!?,]$/.test(w))) out.add(close);
  }
  return out;
}
/** In the article reader a subordinate clause starts afresh: "X is neutral, while clashes broke out between Y and Z". */
const SUBORDINATOR = new Set(["WHILE", "WHEREAS", "ALTHOUGH", "THOUGH", "BECAUSE", "UNLESS", "WHEN", "WHERE"]);
const PREPOSITION = new Set(
  "IN OF FOR FROM WITH ON AT ABOUT AGAINST AMONG ACROSS THROUGH WITHIN OVER UNDER INTO TOWARD TOWARDS BETWEEN BESIDES INCLUDING LIKE TO VIA DESPITE AROUND BEYOND UPON AMID".split(
    " "
  )
);
const MEETING_VERB = words(/^(MEET|GATHER|CONVENE|CONFER|TALK)$/);
/** Prepositions of a place opening a sentence ("In Astana, …", "At the summit in Baku, …"). */
const PLACE_OPENING = words(/^(IN|AT|FROM)$/);
/** Prepositions opening a sentence on an occasion: "Following the summit, …", "After talks in Baku, …". */
const OCCASION_OPENING = words(/^(FOLLOWING|AFTER|DURING|BEFORE|AT|ON|AHEAD)$/);
/** English time subordinators that open a gerund clause ("After meeting X, …", "While visiting X, …"). */
const GERUND_OPENER = words(/^(AFTER|BEFORE|WHILE|WHEN|UPON|ON|SINCE|ONCE|FOLLOWING|DURING)$/);
/** Verbs of signing: where a paper was signed ("in Bishkek", "at the summit in Astana") is no side of it. */
const SIGNING_VERB = words(/^(SIGN|INK|CONCLUDE)$/);
const TIME_NAME = words(
  /^(JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|YESTERDAY|TODAY)$/
);
/** Words that open a relative or subordinate clause: an actor list never runs across one. */
const CLAUSE_WORD = new Set([
  "WHERE",
  "WHICH",
  "WHO",
  "WHOM",
  "WHOSE",
  "THAT",
  "WHEN",
  "WHILE",
  "AFTER",
  "BEFORE",
  "SINCE"
]);
const BE = new Set(["IS", "ARE", "WAS", "WERE", "BEEN", "BE", "BEING"]);
/** An adverb between a passive's auxiliary and its participle: "was also received", "were warmly welcomed". */
const PASSIVE_ADVERB = words(
  /^(?:ALSO|THEN|LATER|FIRST|FORMALLY|OFFICIALLY|WARMLY|PERSONALLY|SUBSEQUENTLY|EARLIER|JOINTLY)$/
);
/**
 * A time said between a governing verb and its "to" ("agreed on Monday to", "decided last week to", "agreed in
 * principle to"): skipped to find the governor.
 */
const TIME_WORD =
  /^(ON|IN|AT|LAST|THIS|NEXT|EARLIER|LATER|WEEK|MONTH|YEAR|PRINCIPLE|FRIDAY|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|SATURDAY|SUNDAY|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|\d{1,4}(ST|ND|RD|TH)?|,)$/;
const MODAL = new Set(["WILL", "WOULD", "SHALL", "'LL", "WO"]);
const NEGATION = new Set(["NOT", "N'T", "NEVER", "NO"]);
/** A word of kind before a light verb's noun: "summit talks", "high-level consultations", "bilateral talks". */
const KIND_BEFORE_NOUN = words(
  /^(SUMMIT|SUMMIT-LEVEL|HIGH-LEVEL|BILATERAL|TRILATERAL|OFFICIAL|FORMAL|FRESH|DIRECT|SEPARATE|PRIVATE|FRIENDLY)$/
);
/** The words a "be to" future may have between "to" and the coded word: "is to hold (summit) talks". */
const CARRIER = words(/^(ALSO|JOINTLY|HOLD|CONDUCT|MAKE|PAY|BEGIN|START|HAVE)$/);
/** Verbs and adjectives that pass intent to the verb after "to": agreed to, ready to … */
const INTENT_GOVERNOR =
  /^(AGREE|OFFER|PROMIS|PLEDG|VOW|PLAN|INTEND|DECID|READY|WILLING|PREPARED|PROPOS|COMMIT|UNDERT|EXPECT|SEEK|SOUGHT|HOPE|WANT|AIM)/;
const REFUSAL_GOVERNOR = /^(REFUS|REJECT|DECLIN|FAIL|UNWILLING)/;
const THREAT_GOVERNOR = /^(THREAT|WARN)/;

/** The mood of a verb from the words before it. */
function moodOf(upper: readonly string[], first: number, happenedOnly = false): {mood?: Mood; governor?: number} {
  let negated = false;
  // ("will hold summit talks": a word of the talks' kind between the light verb and its noun is looked past.)
  const kinds = KIND_BEFORE_NOUN.test(upper[first - 1] ?? "") ? 1 : 0;
  for (let k = first - 1; k >= Math.max(0, first - 3 - kinds); --k) {
    const w = upper[k]!;
    if (NEGATION.has(w)) negated = true;
    if (MODAL.has(w)) return {mood: negated ? "negated" : "intent"};
    if (w === "TO") {
      // "agreed on Monday to fast-track …": the governor before a short time phrase.
      let at = k - 1;
      for (let j = k - 1; j >= Math.max(0, k - 5) && TIME_WORD.test(upper[j]!); --j) at = j - 1;
      const timed = at !== k - 1 && /^(ON|IN|AT|LAST|THIS|NEXT|EARLIER|LATER)$/.test(upper[at + 1] ?? "");
      const g0 = upper[at] ?? "";
      if (timed && (REFUSAL_GOVERNOR.test(g0) || THREAT_GOVERNOR.test(g0) || INTENT_GOVERNOR.test(g0))) k = at + 1;
      const g = upper[k - 1] ?? "";
      // "will continue to supply", "pledged to continue to send": keeping an act up takes the mood of what governs
      // the keeping (a promise of the act to come), not its own.
      if (keptUpPromised(upper, k - 1)) return {mood: negated ? "negated" : "intent"};
      if (REFUSAL_GOVERNOR.test(g)) return {mood: "negated", governor: k - 1};
      if (THREAT_GOVERNOR.test(g)) return {mood: "threat", governor: k - 1};
      if (INTENT_GOVERNOR.test(g)) return {mood: negated ? "negated" : "intent", governor: k - 1};
      // "is scheduled to meet", "are due to sign" (the article reader): a plan.
      // (pr: and the other participles of schedule, "is set / slated to visit", "is supposed to sign"; "was supposed to"
      // is a plan unfulfilled, which modality.ts drops before)
      if (
        happenedOnly &&
        /^(SCHEDULED|DUE|SET|SLATED|RESCHEDULED|TIMETABLED|SUPPOSED)$/.test(g) &&
        /^(IS|ARE|WAS|WERE|ALSO|NOW)$/.test(upper[k - 2] ?? "")
      )
        return {mood: negated ? "negated" : "intent", governor: k - 1};
      // "The presidents are to meet in Batumi next month": the "be to" future is a plan.
      // (pr: in the article reader, and in the past too: "the two leaders were to meet again on Friday" tells a plan
      // of then, not a meeting)
      // (pr, session 17: an adverb between "be" and "to" keeps it: "is also to take a stake", "are now to meet",
      // "was then to fly on to X" — English's adverbs of addition, time and sequence there)
      const be = /^(ALSO|NOW|STILL|THEN|FIRST|SOON|NEXT|LATER|AGAIN|LIKEWISE|SIMILARLY)$/.test(g)
        ? (upper[k - 2] ?? "")
        : g;
      if (
        (/^(IS|ARE)$/.test(be) || (happenedOnly && /^(WAS|WERE)$/.test(be))) &&
        upper.slice(k + 1, first).every((u) => CARRIER.test(u) || KIND_BEFORE_NOUN.test(u))
      )
        return {mood: negated ? "negated" : "intent"};
      // "invited Erdogan to visit Astana", "asked Japan to send": the invitee's act is only planned.
      for (let j = k - 2; j >= Math.max(0, k - 6); --j)
        if (/^(INVIT|ASKED|ASKS|ASKING)/.test(upper[j]!)) return {mood: negated ? "negated" : "intent"};
      return negated ? {mood: "negated"} : {};
    }
    // "would continue sending aid", "pledged to keep cooperating": a gerund kept up, in the mood of the keeping.
    if (k === first - 1 && keptUpPromised(upper, k)) return {mood: negated ? "negated" : "intent"};
    // ("will hold talks", "to hold consultations": a light verb carrying the coded noun passes the mood on.)
    if (!ALSO_SOON_FURTHER_ETC.test(w) && !(k === first - 1 && kinds)) break;
  }
  return negated ? {mood: "negated"} : {};
}

/**
 * Whether a base-form "verb" heads a singular noun phrase: "a gas deal", "the border trade", "an arms swap" (a
 * singular determiner, then nouns up to it). A plural subject before a verb ("the ministers visit") is left alone.
 */
function nounHead(ctx: SentenceContext, i: number): boolean {
  // A present form right after a preposition ("in loans", "for talks") or coordinated with a noun ("loans and grants",
  // "energy and transport") is a noun.
  if (TAG_VBZ_VBP_VB.test(ctx.tags[i] ?? "")) {
    const prev = ctx.upper[i - 1] ?? "";
    if (ctx.tags[i - 1] === "IN" && !NOT_PREPOSITION.test(prev)) return true;
    if (prev === "AND" && i >= 2 && (/^NNS?$/.test(ctx.tags[i - 2] ?? "") || nounHead(ctx, i - 2))) return true;
    // … and so is an -s form right after such a noun, the head of their compound: "money for transport links",
    // "support for trade talks" (two present forms in a row, the first a noun after its preposition: no finite verb
    // follows a bare form within its own phrase; session 32)
    if (
      ctx.happenedOnly === true &&
      ctx.tags[i] === "VBZ" &&
      i >= 2 &&
      (ctx.tags[i - 1] === "VBP" || ctx.tags[i - 1] === "VB") &&
      ctx.tags[i - 2] === "IN" &&
      !NOT_PREPOSITION.test(ctx.upper[i - 2] ?? "")
    )
      return true;
    // … and so is one right after a past verb and before a preposition: "voiced support for", "expressed concern
    // over" (the past verb's object, which its patterns name).
    if (
      ctx.happenedOnly === true &&
      ctx.tags[i - 1] === "VBD" &&
      /ED$/.test(prev) &&
      /^(FOR|OVER|ABOUT|AT|WITH|TO|ON|REGARDING)$/.test(ctx.upper[i + 1] ?? "")
    )
      return true;
  }
  if (ctx.tags[i] !== "VBP" && ctx.tags[i] !== "VB") return false;
  // Only a base form: the light tagger reads past forms such as "met" and "held" as VBP too.
  const w = ctx.upper[i]!;
  if (!(ctx.core.verbs.forms.get(w) ?? []).some((f) => f.base === w)) return false;
  let k = i - 1;
  // (an amount between the determiner and the noun is the noun's: "a $50 million loan", "a 100-million-dollar credit
  // line", "an estimated 2 billion euro package")
  while (
    k >= 0 &&
    k >= i - 7 &&
    (TAG_NN_NNS_NNP_ETC.test(ctx.tags[k] ?? "") || /^(\$|€|£|¥|US\$|-)$/.test(ctx.upper[k] ?? ""))
  )
    --k;
  if (k === i - 1) return false;
  const det = ctx.upper[k] ?? "";
  return (
    /^(A|AN|EACH|EVERY|ANOTHER)$/.test(det) ||
    (/^(THE|THIS|THAT|ITS|THEIR|HIS|HER)$/.test(det) && /^(NN|NNP)$/.test(ctx.tags[i - 1] ?? ""))
  );
}

/** The first word of a phrase starting at `i`, its determiners before it included ("the" in "of the Gulf states"). */
function firstWord(upper: readonly string[], i: number): number {
  let k = i;
  while (k > 0 && /^(THE|A|AN|ITS|THEIR|HIS|HER)$/.test(upper[k - 1]!)) --k;
  return k;
}

/** The word before token `i`, past determiners: "on the sidelines of the SCO summit" → OF. */
function wordBefore(upper: readonly string[], i: number): string {
  let k = i - 1;
  while (k >= 0 && /^(THE|A|AN|ITS|THEIR|HIS|HER)$/.test(upper[k]!)) --k;
  return upper[k] ?? "";
}

/** Words the tagger reads as prepositions that open a clause: a verb may follow them. */
const NOT_PREPOSITION = words(
  /^(THAT|WHILE|WHEN|WHERE|IF|BECAUSE|AS|SINCE|THOUGH|ALTHOUGH|UNLESS|ONCE|WHETHER|WHICH|WHO|TO|SO|THAN|UNTIL|BEFORE|AFTER)$/
);

/** Whether a short time phrase starting at `i` is followed by "to": "agreed on Monday to …". */
function timeThenTo(upper: readonly string[], i: number): boolean {
  // ("agreed then to study …", "agreed also to …", "agreed in principle to …": an adverb between)
  if (
    /^(THEN|ALSO|ALREADY|FINALLY|EVENTUALLY|SUBSEQUENTLY|LATER|INITIALLY|FIRST|ORIGINALLY|JOINTLY)$/.test(
      upper[i] ?? ""
    )
  )
    return upper[i + 1] === "TO";
  if (!/^(ON|IN|AT|LAST|THIS|NEXT|EARLIER|LATER)$/.test(upper[i] ?? "")) return false;
  for (let j = i + 1; j <= i + 4 && j < upper.length; ++j) {
    if (upper[j] === "TO") return true;
    if (!TIME_WORD.test(upper[j]!)) return false;
  }
  return false;
}

interface Group {
  first: number;
  last: number;
  refs: ActorRef[];
}

/** Adverbs of time and sequence that stand between a clause's subject and its verb ("Fico later accused …"). */
const CLAUSE_ADVERB = words(
  /^(LATER|ALSO|THEN|SOON|EARLIER|NOW|STILL|SUBSEQUENTLY|REPEATEDLY|ALREADY|RECENTLY|SWIFTLY|QUICKLY|PROMPTLY|ULTIMATELY|EVENTUALLY|INITIALLY|FIRST|SEPARATELY|PUBLICLY|OPENLY)$/
);
/** Verbs of judging another for something ("criticised X for Y", "praised X for Y", "accused X of Y"). */
const JUDGING = words(
  /^(CRITICISE|CRITICIZE|CONDEMN|DENOUNCE|PRAISE|THANK|BLAME|ACCUSE|COMMEND|FAULT|REBUKE|APPLAUD|LAUD|CENSURE|SLAM|CHIDE|REPROACH|HAIL|CHARGE)$/
);
/** A state's adjective by its ending ("Russian", "Turkish", "Chinese", "Kazakh", "Uzbek", "Israeli", "Nordic"). */
const STATE_ADJECTIVE = /(?:AN|ISH|ESE|I|IC|KH|EK|EN|CH)$/;

/**
 * Whether the actor group `g`, after a verb of judging ending at `last`, is a state's adjective inside the reason the
 * judgement gives, past an object that names no actor: "The Commission has criticised the government for its continued
 * dependence on Russian energy" judges the government (a body the coder does not know), not Russia; "thanked the
 * ministry for Turkish support" thanks the ministry. English puts the one judged right after the verb and the reason
 * after "for" (or "of" after "accuse"); an adjective before a common noun there names what the reason is about, no
 * side (issue 10's false events, session 30). Near misses: "criticised Russia for its dependence on Chinese loans" (the
 * object is an actor: read as it is), "thanked the President for the assistance Kazakhstan provided" (a state's noun,
 * not its adjective, in the reason: left to the other rules), "praised the Kazakh side for …" (the adjective is the
 * object's own, before "for").
 */
function reasonAdjective(ctx: SentenceContext, base: string, last: number, g: Group): boolean {
  if (!JUDGING.test(base)) return false;
  const tie = base === "ACCUSE" || base === "CHARGE" ? "OF" : "FOR";
  const at = ctx.upper.indexOf(tie, last + 2);
  if (at < 0 || at >= g.first) return false;
  // (the object between the verb and the tie is a noun phrase with no clause word: "the government")
  if (ctx.upper.slice(last + 1, at).some((w) => CLAUSE_WORD.has(w) || w === "," || w === ";")) return false;
  const ref = g.refs.find((r) => r.first > at);
  if (!ref || ref.first !== ref.last) return false;
  const word = ctx.upper[ref.first] ?? "";
  const next = ctx.tags[ref.last + 1] ?? "";
  // (the light tagger takes some plural nouns for verbs: "Chinese loans" as VBZ)
  return (
    STATE_ADJECTIVE.test(word) &&
    /^(NNS?|VBZ)$/.test(next) &&
    ctx.upper.slice(at + 1, ref.first).every((w) => w !== ",")
  );
}

/** Whether the phrase ending right before token `at` is "according to (the …)": a report's source. */
function accordingTo(ctx: SentenceContext, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && ctx.upper[k] !== "TO" && TAG_DT_JJ_NNP_ETC.test(ctx.tags[k] ?? "")) --k;
  return ctx.upper[k] === "TO" && ctx.upper[k - 1] === "ACCORDING";
}

/** Groups actor and agent mentions into noun chunks (allowing "and", ",", "'s", determiners, adjectives between). */
export function actorGroups(ctx: SentenceContext): Group[] {
  const groups: Group[] = [];
  const ms = ctx.mentions;
  let i = 0;
  while (i < ms.length) {
    let first = ms[i]!.first;
    let last = ms[i]!.last;
    let j = i + 1;
    while (j < ms.length) {
      const gap = ctx.tags.slice(last + 1, ms[j]!.first);
      // "the mayor of Nablus": an agent, "of", and an actor make one group.
      // (the article reader, session 19: an office of a body of an actor, "the governor of the Central Bank of
      // Armenia", is one group too: an agent, "of", an agent, "of", the actor)
      const ofActor =
        ms[j - 1]!.entry.kind === "agent" &&
        (ms[j]!.entry.kind === "actor" ||
          (ctx.happenedOnly === true &&
            ms[j]!.entry.kind === "agent" &&
            ms[j + 1]?.entry.kind === "actor" &&
            ctx.upper[ms[j]!.last + 1] === "OF")) &&
        /^(OF|IN|FROM|AT)$/.test(ctx.upper[last + 1] ?? "") &&
        gap.length <= 4 &&
        gap.slice(1).every(
          (t, k) =>
            /^(DT|JJ|NNP|NN)$/.test(t) ||
            // "President of the Republic of Kazakhstan": the formal name's second "of"
            (ctx.happenedOnly === true &&
              ctx.upper[last + 2 + k] === "OF" &&
              STATE_FORM_HEAD.test(ctx.upper[last + 1 + k] ?? ""))
        );
      // The article reader: ", and Helsinki has been accepted" starts a new clause, not a longer list.
      let next = ms[j]!.last + 1;
      // (an adverb may stand between the new clause's subject and its verb: ", and Fico later accused Ukraine …")
      if (ctx.happenedOnly === true && gap.includes(",") && CLAUSE_ADVERB.test(ctx.upper[next] ?? "")) ++next;
      const newClause =
        ctx.happenedOnly === true &&
        gap.includes("CC") &&
        (gap.includes(",")
          ? /^(VB|MD)/.test(ctx.tags[next] ?? "")
          : // (no comma: "… with Laos and Japan pledged aid": a list after a preposition or a verb, and a past tense
            // of the dictionary right after the member; "Laos and Japan signed …" is one subject)
            j === i + 1 &&
            /^(IN|TO|VB[DNZP]?)$/.test(ctx.tags[ms[i]!.first - 1] ?? "") &&
            !CLAUSE_OPENER.test(ctx.upper[ms[i]!.first - 1] ?? "") &&
            ctx.tags[next] === "VBD" &&
            ctx.core.verbs.forms.has(ctx.upper[next]!) &&
            objectAfter(ctx, next));
      // … and a relative or subordinate word ("Kabul, where Kazakhstan and China signed …") ends the list: what
      // follows is another clause's subject (the light tagger may read WHERE or WHICH as a noun).
      const clauseWord = ctx.happenedOnly === true && someWord(ctx.upper, last + 1, ms[j]!.first, CLAUSE_WORD);
      // A dash between two actors pairs them ("the India – Central Asia summit"), as a hyphen does: two groups.
      const dash = someWord(ctx.upper, last + 1, ms[j]!.first, DASHES);
      // "According to Rahmon, Kyrgyzstan and Tajikistan agreed …": the source of the report ends at its comma; so does
      // a place opening the sentence ("In Astana, France and Kazakhstan signed …").
      const source =
        ctx.happenedOnly === true &&
        gap.includes(",") &&
        (accordingTo(ctx, first) ||
          (first <= 2 && first > 0 && PLACE_OPENING.test(ctx.upper[first - 1]!)) ||
          // … and an occasion opening it ("Following the C5+1 ministerial meeting, the ministers of X and Y adopted …")
          (first <= 3 &&
            OCCASION_OPENING.test(ctx.upper[0]!) &&
            !ctx.tags.slice(1, first).some((t) => t.startsWith("VB"))) ||
          // … or a gerund clause opening it ("After hosting the Laotian premier in Tokyo, the Japanese minister …",
          // "Upon signing the accord with Norway, Ghana's minister …"): its comma ends the gerund's object
          (ctx.happenedOnly === true &&
            GERUND_OPENER.test(ctx.upper[0]!) &&
            ctx.tags[1] === "VBG" &&
            !ctx.tags.slice(2, first).some((t) => /^(VB[DZP]|MD)$/.test(t))));
      // The article reader: "Chancellor X and the leaders of A, B and C signed …" is one group of signatories.
      const andLeadersOf =
        ctx.happenedOnly === true &&
        ms[j - 1]!.entry.kind === "actor" &&
        ms[j]!.entry.kind === "actor" &&
        gap.length <= 4 &&
        ctx.upper[last + 1] === "AND" &&
        ofTitle(ctx.upper, ms[j]!.first) &&
        ctx.upper.slice(last + 2, ms[j]!.first - 2).every((u) => LEADERS_OF_FILLER.test(u));
      const ok =
        ofActor ||
        andLeadersOf ||
        (gap.length <= 4 &&
          !newClause &&
          !clauseWord &&
          !dash &&
          !source &&
          gap.every(
            (t, k) =>
              (CC_POS_DT_ETC.test(t) ||
                // "the Central Asian states and Japan": the first member's group noun
                (ctx.happenedOnly === true && k === 0 && t === "NNS" && GROUP_NOUN.test(ctx.upper[last + 1] ?? "")) ||
                // "Lavrov and his Kazakh counterpart": a possessive after the conjunction
                (ctx.happenedOnly === true && t === "PRP$" && k > 0 && gap[k - 1] === "CC")) &&
              !(t === "," && ctx.tags[last + 2 + k]?.startsWith("VB"))
          ));
      if (!ok) break;
      last = ms[j]!.last;
      ++j;
    }
    // extend the chunk left over adjectives/determiners/names (for agents like "Foreign Minister X")
    // (never over a time: "In October Russia restricted …" is Russia's act, not one inside "in October")
    // (nor, in the article reader, over a clause word the light tagger reads as a name: "When Tokayev flew to …")
    while (
      first > 0 &&
      TAG_NNP_JJ.test(ctx.tags[first - 1]!) &&
      !TIME_NAME.test(ctx.upper[first - 1]!) &&
      !(ctx.happenedOnly === true && CLAUSE_WORD.has(ctx.upper[first - 1]!))
    )
      --first;
    const refs = refsInSpan(ctx, first, last);
    if (refs.length > 0) groups.push({first, last, refs});
    i = j;
  }
  return groups;
}

/** Words that open a clause though the light tagger reads them as prepositions: "a day after X and Y signed …". */
const CLAUSE_OPENER = words(
  /^(AFTER|BEFORE|SINCE|UNTIL|TILL|AS|WHILE|BECAUSE|ONCE|IF|THOUGH|ALTHOUGH|WHEREAS|UNLESS|THAT)$/
);

/**
 * Whether a past form at `k` has an object of its own right after it ("Japan pledged aid", "… signed a deal"), as a
 * finite verb does; a participle of a reduced relative has a time or an agent there ("the agreement with Russia and
 * China signed last year", "… imposed in 2022", "… ratified by X").
 */
function objectAfter(ctx: SentenceContext, k: number): boolean {
  const w = ctx.upper[k + 1] ?? "";
  return (
    w !== "" &&
    !/^(LAST|THIS|NEXT|EARLIER|LATER|BY|IN|ON|AT|DURING|SINCE|UNDER|AFTER|BEFORE|YESTERDAY|TODAY)$/.test(w) &&
    !/^[.,;:)]$/.test(w)
  );
}

/** A plural noun naming the states of a group after its adjective: "the Central Asian states". */
const GROUP_NOUN = words(/^(STATES|COUNTRIES|REPUBLICS|NATIONS|GOVERNMENTS|LEADERS|PRESIDENTS)$/);

/** The dashes that pair two actors as a hyphen does. */
const DASHES: ReadonlySet<string> = new Set(["-", "–", "—"]);

/**
 * Whether a verb joined by "and" lies from `from` up to (not including) `to`: "and recognizes", "and then signed"
 * (a verb form the tagger tagged as a verb, right after "and" or an adverb after it).
 */
function coordinatedVerbBetween(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to - 1; ++k) {
    if (ctx.upper[k] !== "AND") continue;
    let j = k + 1;
    while (j < to && ctx.tags[j] === "RB") ++j;
    if (
      j < to &&
      /^VB[DZP]?$/.test(ctx.tags[j] ?? "") &&
      !/^(IS|ARE|WAS|WERE|BE)$/.test(ctx.upper[j]!) &&
      // ("loans and grants to X": a noun coordinated with a noun; "… and recognizes that" stays a verb)
      !(nounHead(ctx, j) && !/^(THAT|THE|A|AN|ITS|THEIR|HIS|HER)$/.test(ctx.upper[j + 1] ?? ""))
    )
      return true;
  }
  return false;
}

/** Offices held "acting": "acting prime minister", "the acting foreign minister". */
const ACTING_OFFICE = words(
  /^(PRIME|PRESIDENT|FOREIGN|DEFENCE|DEFENSE|MINISTER|HEAD|CHAIRMAN|GOVERNOR|LEADER|DEPUTY|SECRETARY)$/
);

/** Whether "by" stands before token `first` past a determiner and up to two adjectives ("by the acting …"). */
function byBefore(ctx: SentenceContext, first: number): boolean {
  let k = first - 1;
  while (k >= 0 && k >= first - 3 && /^(DT|JJ|VBG)$/.test(ctx.tags[k] ?? "")) --k;
  return k < first - 1 && ctx.upper[k] === "BY";
}

/** Whether a word of `words` from `from` up to (not including) `to` is in `set` (no slice made). */
function someWord(words: readonly string[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, from); k < Math.min(to, words.length); ++k) if (set.has(words[k]!)) return true;
  return false;
}

/** Words that open a place or a time between a passive participle and its agent ("in Santiago", "on Monday"). */
const ADJUNCT_OPENER = words(/^(IN|AT|ON|DURING|LAST|EARLIER|LATER|YESTERDAY|TODAY|THIS)$/);

/**
 * The agent of the passive participle at `verb` (ending at `last`) named past a place or a time that the object
 * finder took for its object (session 34): "was received in Santiago by President X", "was welcomed at the Akorda
 * by X", "were hosted on Monday in Ankara by X". The participle after "was"/"were"/"been" (an adverb between), the
 * words from it to "by" a place's or a time's (opening with "in", "at", "on", "during" or a word of time; no comma,
 * verb or second "by"), and the agent's group right after "by" (a determiner or adjective between), before `end`.
 */
function passiveAgentPast(
  ctx: SentenceContext,
  groups: readonly Group[],
  verb: number,
  last: number,
  place: Group,
  end: number
): Group | undefined {
  if (!ctx.upper[verb]!.endsWith("ED") && ctx.tags[verb] !== "VBN") return undefined;
  const be = (k: number) => /^(WAS|WERE|BEEN)$/.test(ctx.upper[k] ?? "");
  if (!be(verb - 1) && !(PASSIVE_ADVERB.test(ctx.upper[verb - 1] ?? "") && be(verb - 2))) return undefined;
  if (!ADJUNCT_OPENER.test(ctx.upper[last + 1] ?? "")) return undefined;
  const agent = groups.find(
    (g) => g.first > place.last && g.first < end && (ctx.upper[g.first - 1] === "BY" || byBefore(ctx, g.first))
  );
  if (!agent) return undefined;
  let by = agent.first - 1;
  while (by > last && ctx.upper[by] !== "BY") --by;
  for (let k = last + 1; k < by; ++k)
    if (/^(,|;|:|BY)$/.test(ctx.upper[k]!) || /^VB[DPZG]?$/.test(ctx.tags[k] ?? "")) return undefined;
  return agent;
}

/**
 * {@link actorGroups}, computed once per sentence context (the frames, event nouns and idioms all need them), kept on
 * the context (a weak map keyed by a new object per sentence costs the garbage collector more).
 */
export function sentenceGroups(ctx: SentenceContext): Group[] {
  return (ctx.groups ??= actorGroups(ctx));
}

/**
 * "the leaders of X", "the foreign ministers of X and Y", "officials from X and Y": X names who acts, though it
 * follows a preposition. (Session 33: so do the bodies and people two states send to act for them together: "the
 * intergovernmental commissions of X and Y met", "negotiators from X and Y concluded their talks", "the foreign
 * ministries of X and Y", "delegates from X".)
 */
function ofTitle(upper: readonly string[], first: number): boolean {
  return (
    (upper[first - 1] === "OF" || upper[first - 1] === "FROM") &&
    /^(LEADERS|LEADER|PRESIDENTS|PRESIDENT|HEADS|HEAD|MINISTERS|MINISTER|GOVERNMENTS|GOVERNMENT|DELEGATIONS|DELEGATION|ENVOYS|PREMIERS|CHIEFS|REPRESENTATIVES|AUTHORITIES|FORCES|TROOPS|ARMIES|ARMY|NAVY|OFFICIALS|DIPLOMATS|COMMISSIONS|NEGOTIATORS|MINISTRIES|DELEGATES)$/.test(
      upper[first - 2] ?? ""
    )
  );
}

/** The head nouns of a body's proper name: "the Export-Import Bank of Korea", "the Development Fund of Laos". */
const BODY_HEAD = words(
  /^(BANK|FUND|AGENCY|CORPORATION|COMPANY|AUTHORITY|RAILWAYS|RAILWAY|INVESTMENT|CORPS|FOUNDATION)$/
);

/**
 * Whether the group at `first` names the state whose body's proper name ends in "… <Head> of" before it ("The
 * Export-Import Bank of Korea pledged …", "the Development Bank of Mongolia and … agreed"): the body acts for that
 * state, as "the leaders of X" act for X. The head is capitalised (a name, not "the bank of the river"). Session 20.
 */
function bodyOf(ctx: SentenceContext, first: number): boolean {
  return (
    ctx.upper[first - 1] === "OF" &&
    BODY_HEAD.test(ctx.upper[first - 2] ?? "") &&
    /^NNPS?$/.test(ctx.tags[first - 2] ?? "")
  );
}

/**
 * Whether the group `g` after a verb ending at `after` lies in another clause: past ", but/while/whereas/yet", or right
 * after ", and" with a verb right after its head ("…, and French companies got access").
 */
function subjectOfNextClause(ctx: SentenceContext, after: number, g: Group): boolean {
  // ", but Washington's sanctions on Iran …": "but" never joins a list of objects; nothing after it is the object.
  for (let j = after + 1; j < g.first - 1; ++j)
    if (ctx.upper[j] === "," && /^(BUT|WHILE|WHEREAS|YET)$/.test(ctx.upper[j + 1]!)) return true;
  let k = g.first - 1;
  while (k > after && TAG_DT_JJ_PRP.test(ctx.tags[k]!)) --k;
  let j = g.last + 1;
  while (j < ctx.tags.length && j <= g.last + 3 && /^(NN|NNS|NNP|NNPS|POS)$/.test(ctx.tags[j]!)) ++j;
  if (k <= after + 1 || ctx.upper[k] !== "AND") return false;
  while (j < ctx.tags.length && TAG_RB_MD.test(ctx.tags[j]!)) ++j;
  // (without a comma only before a past tense of the dictionary: "signed a treaty and Japan pledged …")
  return ctx.upper[k - 1] === ","
    ? /^VB/.test(ctx.tags[j] ?? "")
    : ctx.tags[j] === "VBD" && ctx.core.verbs.forms.has(ctx.upper[j]!) && objectAfter(ctx, j);
}

/**
 * Whether word `i` lies in a short aside between commas right after a verb ("launched, by video link, a new route";
 * "signed, in Astana, a treaty"): it is no verb of its own, and the verb before reaches past it to its object.
 */
function inAside(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 4); --k) {
    if (ctx.upper[k] !== ",") continue;
    if (!/^VB[DNZP]?$/.test(ctx.tags[k - 1] ?? "")) return false;
    const end = asideEnd(ctx.upper, k - 1);
    return end !== undefined && i < end;
  }
  return false;
}

/** Auxiliaries and adverbs of a verb group before its verb ("have also agreed"). */
const VERB_GROUP = words(
  /^(HAVE|HAS|HAD|WILL|WOULD|SHALL|IS|ARE|WAS|WERE|BE|BEEN|ALSO|THEN|LATER|JOINTLY|ALREADY|RECENTLY|FINALLY|FORMALLY|REPORTEDLY|EVENTUALLY|NOW)$/
);

/**
 * An aside between commas right before the verb group of the verb at `verbAt` ("X and Y, Russia said on Monday, have
 * agreed"): the indices of its two commas, or undefined. At most ten words between them.
 */
export function asideBefore(upper: readonly string[], verbAt: number): [number, number] | undefined {
  let v = verbAt;
  while (v > 0 && VERB_GROUP.test(upper[v - 1]!)) --v;
  if (upper[v - 1] !== ",") return undefined;
  for (let j = v - 3; j >= Math.max(1, v - 12); --j) if (upper[j] === ",") return [j, v - 1];
  return undefined;
}

/** Prepositions and adverbs that open an aside after a verb. */
const ASIDE_OPENER = words(/^(BY|VIA|IN|AT|ON|THROUGH|DURING|AFTER|ONLINE|REMOTELY|JOINTLY|ALSO)$/);

/**
 * A short aside between commas right after the verb at `verbAt` ("launched, by video link, a new route"; "signed,
 * after talks, a treaty"): a comma, an opener (ASIDE_OPENER), at most three more words and a closing comma. Returns
 * the closing comma's index, or undefined when no such aside follows the verb. One test for the frame builder and
 * the light verbs, so both see the same asides.
 */
export function asideEnd(upper: readonly string[], verbAt: number): number | undefined {
  if (upper[verbAt + 1] !== "," || !ASIDE_OPENER.test(upper[verbAt + 2] ?? "")) return undefined;
  for (let j = verbAt + 3; j <= verbAt + 6 && j < upper.length; ++j) if (upper[j] === ",") return j;
  return undefined;
}

/**
 * Whether a preposition of source or cause stands in [from, to): what follows "according to" names the report's
 * source, what follows "owing to", "thanks to" or "due to" (read as prepositions) the act's cause, never its side.
 */
function attributionBetween(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; ++k)
    if (
      ctx.upper[k + 1] === "TO" &&
      (ctx.upper[k] === "ACCORDING" || (ctx.tags[k] === "IN" && /^(OWING|THANKS|DUE)$/.test(ctx.upper[k]!)))
    )
      return true;
  return false;
}

/** The frames of a raw sentence: one per dictionary verb tagged as a verb. */
export function framesFromText(ctx: SentenceContext): Frame[] {
  const groups = sentenceGroups(ctx);
  const frames: (Frame & {subjectGroup?: Group})[] = [];
  const verbAt: number[] = [];
  for (let i = 0; i < ctx.upper.length; ++i)
    if (
      ctx.tags[i]!.startsWith("VB") &&
      ctx.core.verbs.forms.has(ctx.upper[i]!) &&
      !(ctx.happenedOnly && nounHead(ctx, i)) &&
      // "to restore direct flights": a word right after an infinitive and before a noun is its object's adjective
      !(
        ctx.happenedOnly &&
        ctx.upper[i - 2] === "TO" &&
        ctx.tags[i - 1] === "VB" &&
        !/^(BE|HAVE|GET)$/.test(ctx.upper[i - 1]!) &&
        /^NNS?$/.test(ctx.tags[i + 1] ?? "")
      ) &&
      !(ctx.happenedOnly && inAside(ctx, i)) &&
      // "acting prime minister", "acting president": an office held for now, not the verb act
      !(ctx.happenedOnly && ctx.upper[i] === "ACTING" && ACTING_OFFICE.test(ctx.upper[i + 1] ?? ""))
    )
      verbAt.push(i);
  const governors = new Map<number, Frame>();
  const quotes = transparentQuotes(ctx);
  for (let v = 0; v < verbAt.length; ++v) {
    const i = verbAt[v]!;
    const hit = verbFormsAt(ctx.core.verbs, ctx.upper, i)[0];
    if (!hit) continue;
    let clauseStart = 0;
    for (let k = i - 1; k >= 0; --k)
      if ((BREAK.has(ctx.upper[k]!) && !quotes.has(k)) || (ctx.happenedOnly && SUBORDINATOR.has(ctx.upper[k]!))) {
        clauseStart = k + 1;
        break;
      }
    let nextVerb = verbAt[v + 1] ?? ctx.upper.length;
    // (a matter talked over as a gerund is no verb of the clause's own: "discussed financing for the project with the
    // World Bank" names its partner after it; the gerund tells no act of its own, coder.ts; session 31)
    const pastMatter = ctx.happenedOnly
      ? talkedOverGerundEnd(ctx, hit.form.base, hit.last, verbAt[v + 1], verbAt[v + 2])
      : -1;
    let clauseEnd = ctx.upper.length - 1;
    for (let k = hit.last + 1; k < ctx.upper.length; ++k)
      if (BREAK.has(ctx.upper[k]!) && !quotes.has(k) && !(ctx.happenedOnly && dayInBrackets(ctx.upper, k))) {
        clauseEnd = k - 1;
        break;
      }
    // The subject is the nearest actor group before the verb in its clause; in the article reader, not one inside
    // a prepositional phrase ("threats in Central Asia grow": Central Asia does not act).
    let subject: Group | undefined;
    // (not one inside an aside between the subject and its verb group: "X and Y, Russia said on Monday, have agreed
    // …", "X, backed by China, signed …": review K17)
    // (nor one inside the subject's relative or participle clause between commas: "Xi, who arrived in the Kazakh
    // capital on Monday, announced …", "Sikorski, visiting Kazakhstan …, on Wednesday urged …"; session 20)
    const modifier = ctx.happenedOnly ? modifierBefore(ctx.upper, ctx.tags, hit.first) : undefined;
    const aside = ctx.happenedOnly ? (asideBefore(ctx.upper, hit.first) ?? modifier) : undefined;
    for (let gi = groups.length - 1; gi >= 0 && !subject; --gi) {
      let g = groups[gi]!;
      // (a list running into the aside keeps its members before it: "X and Y, Russia said, …")
      if (aside && g.first < aside[0] && g.last > aside[0]) {
        const before = g.refs.filter((r) => r.last < aside[0]);
        if (before.length > 0) g = {first: g.first, last: Math.max(...before.map((r) => r.last)), refs: before};
      }
      if (
        g.last < hit.first &&
        g.first >= clauseStart &&
        !(aside && g.first > aside[0] && g.last < aside[1]) &&
        !(
          ctx.happenedOnly &&
          g.first > 0 &&
          PREPOSITION.has(ctx.upper[g.first - 1]!) &&
          !ofTitle(ctx.upper, g.first) &&
          !bodyOf(ctx, g.first)
        )
      )
        subject = g;
    }
    // Coordinated verbs share their subject: "X condemned the attack by Y and promised aid to Z".
    let k = hit.first - 1;
    // (past adverbs, modals and, in the article reader, a perfect's "has": "… and has repeatedly urged")
    // (and adverbs of sequence the tagger may read as nouns: "… and later signed", "… and afterwards toured")
    while (k >= 0 && (TAG_RB_MD.test(ctx.tags[k]!) || (ctx.happenedOnly && HAS_HAVE_HAD_ETC.test(ctx.upper[k]!)))) --k;
    // (a finite verb after "and" past an infinitive is the governing verb's partner, not the infinitive's: "X asked Y
    // to open its market and proposed a working group", "X invited Y to invest and assured Z that …" are X's acts; a
    // bare form stays in the infinitive, "asked Y to open its market and lower tariffs"; session 27)
    const previous = ctx.happenedOnly ? governingFrame(ctx, frames, hit.first, k) : frames.at(-1);
    let shared: number | undefined;
    if (
      previous &&
      previous.last < k &&
      previous.subjectGroup &&
      (ctx.upper[k] === "AND" ||
        // (the article reader: a participle after the clause's comma, ", accusing them of …", ", pledging to …", is
        // the act of the finite verb's subject before it)
        (ctx.happenedOnly &&
          ctx.upper[k] === "," &&
          ctx.tags[hit.first] === "VBG" &&
          (/^VB[DZP]$/.test(ctx.tags[previous.first] ?? "") ||
            /^(HAS|HAVE|HAD)$/.test(ctx.upper[previous.first - 1] ?? ""))))
    ) {
      subject = previous.subjectGroup;
      // (how near the subject is counts from the first verb: "X and Y discussed a pipeline and signed a treaty")
      shared = previous.anchor ?? previous.first;
    }
    // In the article reader, a second verb right after "and" shares the first verb's subject even when that one
    // named no actor: the first verb's object is not the second's subject ("Aripov met the Taliban's acting
    // prime minister and inspected a site").
    else if (
      ctx.happenedOnly &&
      ctx.upper[k] === "AND" &&
      previous &&
      previous.last < k &&
      subject !== undefined &&
      subject.first > previous.last
    )
      subject = undefined;
    // An infinitive whose nearest group stands before the verb before it ("X toured A and B and promised $25 million
    // to help Y"): the doer is that verb's subject, not its object ("urged X to develop" keeps X: it stands between).
    if (
      ctx.happenedOnly &&
      shared === undefined &&
      ctx.upper[hit.first - 1] === "TO" &&
      subject &&
      previous &&
      subject.last < previous.first &&
      previous.subjectGroup &&
      previous.subjectGroup !== subject &&
      // (not a verb inside the subject's modifier: "Japarov, whose banks were hit by US sanctions for helping Russia
      // evade them, was due to hold talks …" is Japarov's)
      !(modifier && previous.first > modifier[0] && previous.first < modifier[1])
    )
      subject = previous.subjectGroup;
    // An infinitive of purpose after a journey's places ("X visited A and B last week to discuss sanctions", "X toured
    // the region in May to promote …"): the doer is the one who went, not the places (JOURNEY_VERB). A traveller the
    // reader cannot place ("Minister Ahn is scheduled to visit A and B in December to discuss …") leaves the purpose
    // with no doer: the places still did not meet (session 31).
    else if (
      ctx.happenedOnly &&
      shared === undefined &&
      ctx.upper[hit.first - 1] === "TO" &&
      subject &&
      previous &&
      previous.subjectGroup !== subject &&
      subject.first > previous.last &&
      JOURNEY_VERB.test(ctx.upper[previous.last] ?? "") &&
      // (the places and the infinitive in the journey's clause: no verb of their own between, "…, and Y is due to host")
      !ctx.tags.slice(subject.last + 1, hit.first - 1).some((t) => /^VB/.test(t)) &&
      !ctx.upper.slice(previous.last + 1, subject.first).some((w) => CLAUSE_WORD.has(w) || w === ",") &&
      !(modifier && previous.first > modifier[0] && previous.first < modifier[1])
    )
      subject = previous.subjectGroup;
    // (In the article reader the clause ends before a noun phrase that sums it up, when the act has its other side
    // without it: "X and Y signed a declaration today, the first such document between X and Z", "… and signed a
    // memorandum, a reminder that Z is one option": the summary names no side. With no other side it names the
    // partner: "X signed a roadmap on Tuesday, the first such document with the EU". Session 20.)
    if (ctx.happenedOnly) {
      const summary = summaryAfter(ctx.upper, ctx.tags, hit.last, clauseEnd, (at) =>
        ctx.mentions.some((m) => m.first <= at && at <= m.last)
      );
      if (
        summary !== undefined &&
        (new Set(subject?.refs.map((r) => r.actor)).size > 1 ||
          // (an object before it: not a venue, nor the subject's own state)
          groups.some(
            (g) =>
              g.first > hit.last &&
              g.last < summary &&
              !/^(IN|AT)$/.test(ctx.upper[g.first - 1] ?? "") &&
              g.refs.some((r) => !subject?.refs.some((x) => x.actor === r.actor))
          ) ||
          (shared !== undefined && (previous?.object.length ?? 0) > 0))
      )
        clauseEnd = summary - 1;
    }
    if (
      pastMatter > 0 &&
      groups.some(
        (g) =>
          g.first > nextVerb && g.first < pastMatter && g.last <= clauseEnd && wordBefore(ctx.upper, g.first) === "WITH"
      )
    )
      nextVerb = pastMatter;
    // (In the article reader the object is in the verb's own clause: "hosted X in Ankara, where Y and Z signed …".)
    let object = groups.find(
      (g) =>
        g.first > hit.last &&
        g.first < nextVerb &&
        g.last <= clauseEnd &&
        !(ctx.happenedOnly && ctx.upper.slice(hit.last + 1, g.first).some((w) => CLAUSE_WORD.has(w) && w !== "THAT")) &&
        // (nor inside a report's source or an act's cause: "signed a memorandum, according to a statement from Seoul",
        // "postponed the vote owing to pressure from X")
        !(ctx.happenedOnly && attributionBetween(ctx, hit.last + 1, g.first)) &&
        // (nor past a second verb joined by "and": "reaffirmed its commitment to X and recognizes that Taiwan …")
        !(ctx.happenedOnly && coordinatedVerbBetween(ctx, hit.last + 1, g.first)) &&
        // (nor the subject of a clause joined by ", and": "signed a roadmap, and French companies got access …")
        !(ctx.happenedOnly && subjectOfNextClause(ctx, hit.last, g)) &&
        // "X and Y met in Astana": where they met, not whom
        !(
          ctx.happenedOnly &&
          MEETING_VERB.test(hit.form.base) &&
          // (nor "on the sidelines of the SCO summit": a meeting's other side follows the verb or "with")
          PREPOSITION.has(wordBefore(ctx.upper, g.first)) &&
          wordBefore(ctx.upper, g.first) !== "WITH" &&
          // (but "met the delegation of X", "met with the heads of the delegations of X": the state after a noun of
          // people who act for it is whom they met, as in "met the leaders of X")
          !ofTitle(ctx.upper, firstWord(ctx.upper, g.first))
        ) &&
        !(ctx.happenedOnly && SIGNING_VERB.test(hit.form.base) && /^(IN|AT)$/.test(wordBefore(ctx.upper, g.first))) &&
        // (nor where talks were held when "with" names whom later in the clause: "held separate meetings on Saturday in
        // Rio with the ministers of X and Y"; session 27)
        !(
          ctx.happenedOnly &&
          HOLD_CONDUCT.test(hit.form.base) &&
          /^(IN|AT)$/.test(wordBefore(ctx.upper, g.first)) &&
          groups.some(
            (h) => h.first > g.last && h.last <= clauseEnd && ctx.upper.slice(g.last + 1, h.first).includes("WITH")
          )
        ) &&
        // (nor what a talk was about: "discussed Syria with Erdogan", "exchanged views on the situation in Ukraine")
        !(ctx.happenedOnly && talkTopic(ctx.upper, hit.form.base, hit.last, g.first, hit.first)) &&
        // (nor a state's adjective inside the reason of a judgement: "criticised the government for its dependence on
        // Russian energy"; session 30)
        !(ctx.happenedOnly && reasonAdjective(ctx, hit.form.base, hit.last, g)) &&
        // (nor what a paper is about, when its parties are named otherwise: "A and B signed a statement on the
        // Caspian-Black Sea-Europe corridor"; session 30)
        !(
          ctx.happenedOnly &&
          paperTopic(ctx.upper, hit.form.base, hit.last, g.first) &&
          // (a party named again in the matter stays one: "A, B and C signed an agreement on the A-B-C railway")
          !g.refs.some((r) => subject?.refs.some((x) => x.actor === r.actor)) &&
          (new Set(subject?.refs.map((r) => r.actor)).size > 1 ||
            groups.some(
              (h) => h !== g && h.first > hit.last && h.last <= clauseEnd && wordBefore(ctx.upper, h.first) === "WITH"
            ))
        )
    );
    // (session 34) A passive's agent named past the verb's place or time: "was received in Santiago by President X",
    // "were welcomed in Ankara on Monday by X" — the place is where, the agent who (the article reader).
    if (ctx.happenedOnly && object && ctx.upper[object.first - 1] !== "BY" && !byBefore(ctx, object.first))
      object = passiveAgentPast(ctx, groups, i, hit.last, object, Math.min(nextVerb, clauseEnd + 1)) ?? object;
    // "signed a partnership with Astana and has repeatedly urged it to …": a pronoun object of a verb sharing the
    // verb before's subject is that verb's object (the article reader).
    let objectRefs = object?.refs;
    // "met his Uzbek counterpart in Tashkent and backed the railway project", "hosted the five leaders and promised 26
    // billion yuan": a verb sharing the verb before's subject whose own clause (up to the next verb or the clause's
    // end) names no actor acts toward that verb's other side ("and backed a project with Japan" names its own).
    const sharedObject =
      !object &&
      ctx.happenedOnly === true &&
      shared !== undefined &&
      previous !== undefined &&
      // (one subject: a pair with no object acts toward each other, "the sides met … and discussed trade")
      previous.subject.length === 1 &&
      previous.object.length > 0 &&
      !(/^(IT|THEM|HIM|HER)$/.test(ctx.upper[hit.last + 1] ?? "") && !possessiveHer(ctx, hit.last + 1)) &&
      !groups.some((g) => g.first > hit.last && g.first < nextVerb && g.last <= clauseEnd) &&
      // (nor a party the dictionary does not know, to the clause's end: "… and called on Islamic countries to act",
      // "… and promised $25 million to help the region")
      !ctx.upper.slice(hit.last + 1, clauseEnd + 1).some((u) => PARTY_NOUN.test(u)) &&
      // (and only toward the shared occasion's matter: an amount, or a noun of an act, a paper or a project — "backed
      // the railway project", "signed three agreements", "promised 26 billion yuan"; not "accused the opposition",
      // "thanked voters", "promised farmers new subsidies": review L9 — or toward a pronoun after a preposition, which
      // names that side: "called on him", "appealed to her", "eased sanctions on it": review L13)
      (partnerPronoun(ctx, hit.last + 1, Math.min(nextVerb - 1, clauseEnd), previous.object) ||
        // ("her" as a possessive is no pronoun object, as "his" and "its" are not: "rejected her proposal" as
        // "rejected his proposal"; review M15)
        (!ctx.upper
          .slice(hit.last + 1, clauseEnd + 1)
          .some((u, j) => /^(IT|THEM|HIM|HER)$/.test(u) && !possessiveHer(ctx, hit.last + 1 + j)) &&
          sharedMatter(ctx, hit.last + 1, Math.min(nextVerb - 1, clauseEnd)) &&
          // (not an amount or a project for people at home: "pledged $2 billion in aid to voters")
          !homeRecipient(ctx, hit.last + 1, clauseEnd)));
    if (
      !object &&
      ctx.happenedOnly &&
      shared !== undefined &&
      previous &&
      previous.object.length > 0 &&
      ((/^(IT|THEM|HIM|HER)$/.test(ctx.upper[hit.last + 1] ?? "") &&
        // ("rebuked her own cabinet", "praised her team": "her" before a noun is a possessive, not the object)
        !possessiveHer(ctx, hit.last + 1)) ||
        sharedObject)
    )
      objectRefs = previous.object;
    const mood = moodOf(ctx.upper, hit.first, ctx.happenedOnly === true);
    // "agreed to reopen the crossings … and to restore flights": a second infinitive joined by "and to" is in the
    // first one's mood (the article reader).
    if (ctx.happenedOnly && !mood.mood && ctx.upper[hit.first - 1] === "TO" && ctx.upper[hit.first - 2] === "AND") {
      const first = frames.findLast((f) => ctx.upper[f.first - 1] === "TO" && f.last < hit.first);
      if (first?.mood) mood.mood = first.mood;
    }
    const governor = mood.governor;
    // (an adverb may stand between the auxiliary and the participle: "was also received by", "were warmly welcomed by")
    const passive =
      ctx.tags[i] === "VBN" ||
      (ctx.upper[i]!.endsWith("ED") &&
        (BE.has(ctx.upper[i - 1] ?? "") ||
          (PASSIVE_ADVERB.test(ctx.upper[i - 1] ?? "") && BE.has(ctx.upper[i - 2] ?? ""))));
    frames.push({
      first: hit.first,
      last: hit.last,
      form: hit.form,
      subject: subject?.refs ?? [],
      object: objectRefs ?? [],
      preStart: subject?.first ?? clauseStart,
      postEnd: Math.min(clauseEnd, nextVerb - 1),
      passive:
        passive &&
        object !== undefined &&
        (ctx.upper[object.first - 1] === "BY" ||
          // (the article reader: "was received by the acting prime minister of X")
          (ctx.happenedOnly === true && byBefore(ctx, object.first))),
      ...(mood.mood ? {mood: mood.mood} : {}),
      ...(governor !== undefined || shared !== undefined
        ? {anchor: Math.min(governor ?? Infinity, shared ?? Infinity)}
        : {}),
      ...(subject ? {subjectEnd: subject.last} : {}),
      ...(subject ? {subjectGroup: subject} : {}),
      ...(sharedObject ? {sharedObject} : {})
    });
    if (governor !== undefined) governors.set(governor, frames.at(-1)!);
  }
  // A governing verb (agreed to, refused to) passes its meaning to the verb it governs and is not coded
  // itself, unless that verb gives no code; then it is read in its own mood (agreed to undertake → intent).
  for (const f of frames) {
    const w = ctx.upper[f.first]!;
    const own: Mood | undefined = INTENT_GOVERNOR.test(w) ? "intent" : REFUSAL_GOVERNOR.test(w) ? "negated" : undefined;
    const governed = governors.get(f.last);
    if (governed) {
      f.skip = true;
      f.governs = governed;
      // The governed verb's subject is as near as its governor's: "X and Y met … and agreed to harmonise tariffs".
      governed.anchor = Math.min(governed.anchor ?? Infinity, f.anchor ?? f.first);
      // … and the governor's subject is the governed verb's: "X … met on the sidelines of the SCO summit and agreed
      // to harmonise tariffs" is X's, not the SCO's (the article reader).
      if (ctx.happenedOnly && f.subject.length > 0) {
        governed.subject = f.subject;
        if (f.subjectEnd !== undefined) governed.subjectEnd = f.subjectEnd;
      }
      if (own) f.ownMood = own;
    } else if (own && (ctx.upper[f.last + 1] === "TO" || (ctx.happenedOnly && timeThenTo(ctx.upper, f.last + 1))))
      f.mood = own === "negated" ? "negated" : (f.mood ?? own);
  }
  // … and a refusal with nothing coded after it is a rejection.
  for (const f of frames)
    if (!f.skip && REFUSAL_GOVERNOR.test(ctx.upper[f.first]!) && f.form.block.code === "---") f.mood = "negated";
  return frames;
}

/** Verbs of a journey whose object is where the subject went ("visited A and B", "toured the region"), in every form. */
const JOURNEY_VERB = /^(?:VISIT|TOUR|TOURED|TRAVERS|CROSS)\w*$/;

/** Whether frame `f`'s verb is an infinitive: "to" before it (an adverb between: "to also open"). */
function infinitiveFrame(ctx: SentenceContext, f: Frame): boolean {
  let b = f.first - 1;
  while (b >= 0 && /^RB$/.test(ctx.tags[b] ?? "")) --b;
  return ctx.upper[b] === "TO";
}

/**
 * The verb before the one at `verb` (whose coordinator is at `before`) that it is coordinated with: the last frame,
 * unless that one is an infinitive (or a bare form coordinated with one) and this verb is finite (a past or a third
 * person's form, which no infinitive takes), when it is the finite verb that governs the infinitive.
 */
function governingFrame<F extends Frame>(
  ctx: SentenceContext,
  frames: readonly F[],
  verb: number,
  before: number
): F | undefined {
  const last = frames.at(-1);
  if (!last || ctx.upper[before] !== "AND" || !/^VB[DZN]$/.test(ctx.tags[verb] ?? "")) return last;
  let i = frames.length - 1;
  // (the infinitive and the bare forms coordinated with it: "to open its market and lower tariffs")
  while (
    i >= 0 &&
    (infinitiveFrame(ctx, frames[i]!) ||
      (ctx.tags[frames[i]!.first] === "VB" && ctx.upper[frames[i]!.first - 1] === "AND"))
  )
    --i;
  if (i === frames.length - 1 || i < 0) return last;
  const governor = frames[i]!;
  // (the governor's object is the infinitive's subject: "asked Y to …", with no finite verb between)
  return /^VB[DZP]$/.test(ctx.tags[governor.first] ?? "") ||
    /^(HAS|HAVE|HAD)$/.test(ctx.upper[governor.first - 1] ?? "")
    ? governor
    : last;
}

/** Verbs of talking a matter over (English, base forms): "discussed financing …", "debated raising …". */
const TALKED_OVER_BASE = words(/^(DISCUSS|DEBATE)$/);

/**
 * Where the clause's next verb after a gerund the talk verb governs stands ("discussed financing for the project with
 * the World Bank, and …"): the verb after the gerund, or the sentence's end; -1 when the next verb is no such gerund
 * (right after the talk verb, an adverb between allowed).
 */
function talkedOverGerundEnd(
  ctx: SentenceContext,
  base: string,
  last: number,
  gerund: number | undefined,
  after: number | undefined
): number {
  if (gerund === undefined || !TALKED_OVER_BASE.test(base)) return -1;
  if (ctx.tags[gerund] !== "VBG" || !/ING$/.test(ctx.upper[gerund] ?? "")) return -1;
  if (gerund !== last + 1 && !(gerund === last + 2 && ctx.tags[last + 1] === "RB")) return -1;
  return after ?? ctx.upper.length;
}

/**
 * Whether the bracket at `k` holds a day's number after a weekday, "on Saturday (5)" (a Brazilian agency's form): an
 * aside of the date, not a break of the clause (session 27).
 */
function dayInBrackets(upper: readonly string[], k: number): boolean {
  const open = upper[k] === "(" ? k : upper[k] === ")" ? k - 2 : -1;
  return (
    open > 0 &&
    upper[open] === "(" &&
    upper[open + 2] === ")" &&
    /^\d{1,2}$/.test(upper[open + 1] ?? "") &&
    /^(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)$/.test(upper[open - 1] ?? "")
  );
}
