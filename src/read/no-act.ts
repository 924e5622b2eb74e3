/**
 * Verbs that tell no act in the article reader (raw-text mode of the event coder, src/read/coder.ts): a habit or a
 * state of affairs told in the present with no time ("China views Kazakhstan as a partner"), a statement too vague
 * to be an event ("makes a statement", 010), a participle or a gerund that modifies a noun ("the crossroads
 * connecting Europe and Asia"), a reduced relative clause, a thing as the subject of force ("Western sanctions hit
 * Kyrgyz banks"), a pronoun subject after a conjunction, trade told as a share, a ranking or a figure, and a
 * standing policy or activity ("continued to support …", "has bought Kazakh crude since 2022").
 *
 * @module
 */
import type {TokenMention} from "./mentions.js";
import type {Frame} from "./coder.js";
import {namesDate, resolveDate} from "./dates.js";
import {measuredGoods} from "./light-verbs.js";
import {standingSince} from "./modality.js";
import {keptUpPromised} from "./modality-kept.js";
import {CUMULATIVE, RANKING} from "./totals.js";
import type {ActorRef} from "./verbs.js";
import {words} from "./word-set.js";
import {cue} from "./cue.js";

/** A time of the present or the next days: pre-filtered (src/read/cue.ts). */
const PRESENT_OR_NEXT = cue(/\b(now|today|currently|this (week|month|year)|next|tomorrow|tonight)\b/i);

/** A time of the present ("now", "this week"): pre-filtered (src/read/cue.ts). */
const PRESENT_TIME = cue(/\b(now|today|currently|this (week|month|year))\b/i);

/**
 * Whether the sentence names a time of the present that dates its acts. (session 32) "for now" is no such time: it
 * tells a state that holds for the moment ("The division of labour — China pays, Russia guards — suits both for now").
 */
function presentTime(text: string): boolean {
  return PRESENT_TIME.test(text) && PRESENT_TIME.test(text.replace(/\bfor now\b/gi, ""));
}

// Word lists tested inside the functions below, made once (a pattern written inside a function is a new object
// at each call; a set answers as the pattern did: see word-set.ts).
const IT_THEY_HE_ETC = words(/^(IT|THEY|HE|SHE|WE|I|YOU|THIS|THESE)$/);

/** The sentence a verb is read in, with what is computed once for it when first asked. */
export interface NoActSentence {
  text: string;
  upper: readonly string[];
  tags: readonly string[];
  written: readonly string[];
  /** The actor mentions found in it. */
  found: readonly TokenMention[];
  /** Its verb frames, in order. */
  frames: readonly Frame[];
  /** The article's date, if known. */
  date: string | undefined;
  /** The sentence as written names a time of its own (CodeOptions.timed). */
  timed: boolean;
  /** Whether the sentence names a date of its own (computed once, when first asked). */
  ownDate?: boolean;
  /** Whether the sentence names a time (a date, a month, a weekday; computed once, when first asked). */
  namedTime?: boolean;
  /** The sentence's trade figure, if it tells one (computed once, when first asked). */
  statistic?: {from: number; to: number} | null;
}

/** Without the article's date only a match holding a four-digit year resolves: a sentence with none has no date. */
function datesItself(s: NoActSentence): boolean {
  return (s.ownDate ??= s.timed || (/\d{4}/.test(s.text) && resolveDate(s.text, undefined) !== undefined));
}

/**
 * Why frame `fi` of the sentence tells no act ("generic", "vague", "pronoun" or "modifier"), or undefined when it
 * may: `forward` is its code toward its targets, `sources` and `targets` its sides; `means`, `sequel`, `suspended`
 * ("suspended visa-free travel"), `followedTalks` ("after talks in Astana"), `declaredOff` and `skipped` what the coder
 * already read it as.
 */
export function noActReason(
  s: NoActSentence,
  fi: number,
  forward: string | undefined,
  sources: readonly ActorRef[],
  targets: readonly ActorRef[],
  means: boolean,
  sequel: boolean,
  suspended: boolean,
  followedTalks: boolean,
  declaredOff: boolean,
  skipped: boolean
): "generic" | "vague" | "pronoun" | "modifier" | undefined {
  const {text, upper, tags, written, found, frames} = s;
  const f = frames[fi]!;
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
    !datesItself(s) &&
    !(s.namedTime ??= s.timed || namesDate(text)) &&
    !presentTime(text);
  // "continued to support a two-state solution", "keeps supplying X with fuel": a standing policy or an ongoing
  // state, no act, unless the sentence names a time of its own ("continued to shell X on Monday").
  // (Only cooperation, support and trade, CAMEO 01–06: material aid, coercion and force kept up stay acts —
  // "continued to supply drones to X", "kept shelling X's positions": review J13.)
  const keptAt = ongoingVerbAt(upper, tags, f.first);
  const ongoing =
    /^0[1-6]/.test(forward ?? "") &&
    keptAt >= 0 &&
    // ("will continue to supply X", "would keep sending aid to Y", "pledged to keep cooperating with Y": a promise of
    // the act to come, read as any "will V" is — an intent — not a standing state; src/read/modality-kept.ts)
    !keptUpPromised(upper, keptAt) &&
    !(s.namedTime ??= s.timed || namesDate(text));
  // "Orlen, which has bought Kazakh crude since 2022", "six ministers have visited all five states since 2019",
  // "have been buying up mining assets for a decade": a present perfect of cooperation or trade (CAMEO 01–06)
  // running since a time or for a span is a standing activity or a count of acts, no one act. Aid and force kept
  // up stay acts ("has sent aid to X since the war began": 07), and so do talks under way in the progressive
  // ("have been negotiating since May", as "are still negotiating"): src/read/modality-status.ts standingSince.
  // (session 28) and so is a perfect of inquiry or extraction kept up, 09 ("has mined uranium in Uzbekistan through a
  // joint venture since 2019", which CAMEO 2.0's dictionary reads as a probe)
  const standing = /^0[1-69]/.test(forward ?? "") && standingSince(upper, tags, f.first, f.last, forward!);
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
  const stat = (s.statistic ??= tradeFigure(upper));
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
      resolveDate(text, s.date)?.precision === "year") ||
    // A total over years told in the perfect ("Since 1991, the United States has provided more than $2.3 billion
    // in assistance", "has invested more than $5 billion over the past decade") is a figure, not one act.
    ((/^(HAS|HAVE)$/.test(upper[f.first - 1] ?? "") ||
      (/^(HAS|HAVE)$/.test(upper[f.first - 2] ?? "") && tags[f.first - 1] === "RB")) &&
      CUMULATIVE.test(text) &&
      // (a running total says so: "more than", "a total of"; "has lent X $300 million since 2020" is one act)
      /\b(?:more\s+than|over|a\s+total\s+of|in\s+total|altogether|some)\s+(?:US\s*)?(?:\$|€|USD\s*|\d)/i.test(text));
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
        /^(FORMAT|FORMATS|COMPOSITION|COMPOSITIONS|SESSION|SESSIONS|MEETING|MEETINGS)$/.test(upper[f.last + 1] ?? "") &&
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
      // (session 26) "free trade" is English's compound noun ("the EAEU's free trade agreement with Iran"), whatever
      // the tagger makes of "free"
      (w === "TRADE" && upper[f.first - 1] === "FREE") ||
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
  // (session 32) … and so is a giving whose subject is a thing, a possessive's included: "Turkmenistan's policy of
  // permanent neutrality … gives it a special voice", "Kazakhstan's location gives it leverage over …".
  const give = GIVE_FORMS.test(upper[f.first] ?? "");
  const thing =
    (/^(1[5-9]|20)/.test(forward ?? "") || give) &&
    sources.some(
      (r) =>
        r.last + 1 < f.first &&
        ((THING_HEADS.test(upper[r.last + 1] ?? "") && r.last + 1 < f.first) ||
          (give &&
            /^('S|’S)$/.test(upper[r.last + 1] ?? "") &&
            r.last + 2 < f.first &&
            (THING_HEADS.test(upper[r.last + 2] ?? "") || GIVING_THING_HEADS.test(upper[r.last + 2] ?? ""))))
    );
  // (session 33) … a thing named as the giving's own subject with its article ("…, said the treaty gave Beijing the
  // language of a patron": the actor found is the saying clause's), and a participle of result after a comma
  // ("… bought a stake in two shipping companies, giving Abu Dhabi a foothold": the clause before is what gives).
  const thingGives =
    give && (thingSubjectBefore(upper, tags, f.first) || (w === "GIVING" && upper[f.first - 1] === ","));
  // A present passive with no time ("the presence is reinforced by the union") states how things are; so does a
  // present perfect progressive over years ("has been investing in X for many years").
  const state =
    (/^(IS|ARE)$/.test(upper[f.first - 1] ?? "") && /ED$|EN$/.test(w) && !datesItself(s) && !PRESENT_TIME.test(text)) ||
    (upper[f.first - 1] === "BEEN" &&
      tags[f.first] === "VBG" &&
      /\bfor (many|several|some|decades|years|the (past|last) \w+ (years|decades))\b/i.test(text));
  // A subject that is a pronoun after a conjunction ("…, yet it also allowed X") is not the actor before it.
  const before = (f.passive ? targets : sources).filter((r) => r.last < f.first);
  const lastSubject = before.length ? Math.max(...before.map((r) => r.last)) : -1;
  let pronoun = false;
  if (!means && lastSubject >= 0)
    for (let k = lastSubject + 1; k < f.first && !pronoun; ++k)
      pronoun = IT_THEY_HE_ETC.test(upper[k]!) && /^(,|AND|BUT|YET|SO|THEN|HOWEVER|;)$/.test(upper[k - 1] ?? "");
  if (generic || state || share || ranking || figure || ongoing || standing || thingGives) return "generic";
  // (session 29) CAMEO's 09 is an inquiry into a wrong (a crime, an abuse, an incident, an allegation): English's verbs
  // of looking ("inspected the site of a logistics centre", "agreed to explore a rail route to Central Asia", "has
  // studied a route to Tashkent", "explored in Turkmenistan's sector of the Caspian"), which CAMEO 2.0's dictionary
  // reads as 090, look at a site, a route or a field, no act toward a state, unless the clause names the wrong.
  if (/^09/.test(forward ?? "") && !inquiryIntoWrong(upper, f.first, f.last)) return "generic";
  // (session 26) "a former Swedish diplomat who served in Astana and Tashkent", "served as ambassador in X": a posting
  // or a career told by "serve" and its place or role, no act toward the place (CAMEO's SERVE is aid given).
  if (/^(SERVE|SERVES|SERVED|SERVING)$/.test(w) && /^(IN|AS|AT|ON|UNDER)$/.test(upper[f.last + 1] ?? ""))
    return "generic";
  // (session 26) "…, while China and the United States are also stepping up their engagement in the region", "…, as
  // Athens steps up its outreach": a present or a present progressive in a clause of its own, opened by "while",
  // "as" or "whereas" with its own subject, tells a trend when that clause names no time — a time named in the other
  // clause dates that clause's verb, not this one.
  if (
    /^0[1-8]/.test(forward ?? "") &&
    !declaredOff &&
    !skipped &&
    !suspended &&
    trendClause(upper, tags, written, f.first)
  )
    return "generic";
  if (vague) return "vague";
  if (pronoun) return "pronoun";
  return modifier || reduced || thing ? "modifier" : undefined;
}

/** Words of an inquiry itself: investigating, inquiring, prosecuting. */
const INQUIRY = /^(INVESTIGAT|INQUIR|ENQUIR|PROSECUT)/;
/** Nouns of a wrong an inquiry looks into (CAMEO 09's objects: crimes, abuses, incidents, allegations). */
const WRONG = words(
  /^(CRIME|CRIMES|ABUSE|ABUSES|VIOLATION|VIOLATIONS|ATTACK|ATTACKS|KILLING|KILLINGS|DEATH|DEATHS|INCIDENT|INCIDENTS|ALLEGATION|ALLEGATIONS|ACCUSATIONS|CLAIMS|CORRUPTION|FRAUD|MURDER|MURDERS|BOMBING|BOMBINGS|SHOOTING|CLASH|CLASHES|CASE|CASES|CHARGES|WRONGDOING|TORTURE|DISAPPEARANCE|DISAPPEARANCES|ESPIONAGE|SPYING|LAUNDERING|SMUGGLING|EVASION|CIRCUMVENTION|BREACH|BREACHES|EXPLOSION|CRASH|LEAK|LEAKS|SABOTAGE|HACK|HACKING|CYBERATTACK|ATROCITIES|MASSACRE|TERRORISM|ASSASSINATION|RIOT|RIOTS|RIOTING|VIOLENCE)$/
);

/**
 * Whether the verb at `first`..`last` tells an inquiry: an investigation named by its own word ("put under
 * investigation", "launched an inquiry"), or a wrong named in the clause after a verb of looking (at most twelve words
 * on).
 */
function inquiryIntoWrong(upper: readonly string[], first: number, last: number): boolean {
  for (let k = first; k < Math.min(upper.length, last + 4); ++k) if (INQUIRY.test(upper[k]!)) return true;
  for (let k = last + 1; k < Math.min(upper.length, last + 13); ++k) {
    const u = upper[k]!;
    if (WRONG.test(u)) return true;
    if (u === ";" || u === "." || u === "BUT") return false;
  }
  return false;
}

/** Verbs of trade, the shares that make them a state of affairs, and verbs of ranking. */
const TRADE_VERB = words(
  /^(BUY|BUYS|BOUGHT|BUYING|PURCHASE|PURCHASES|PURCHASED|IMPORT|IMPORTS|IMPORTED|EXPORT|EXPORTS|EXPORTED|SELL|SELLS|SOLD|SUPPLY|SUPPLIES|SUPPLIED|TAKE|TAKES|TOOK|ACCOUNT|ACCOUNTS|ACCOUNTED)$/
);
/**
 * Verbs a share makes a state of affairs: the trade verbs and "provide" ("provides 60% of …"); goods "provided" to a
 * state are aid or a supply, an act ("provided humanitarian goods worth $2 million to Afghanistan").
 */
const SHARE_VERB = words(/^(PROVIDE|PROVIDES|PROVIDED|PROVIDING)$/);
const SHARE = /^(\d+(?:[.,]\d+)?%|%|PERCENT|PER|BULK|MOST|HALF|THIRD|QUARTER|SHARE|MAJORITY|TWO-THIRDS|THIRDS)$/;
/** Flows of goods and money told in aggregate: "Kazakh exports to Russia rose …". */
const FLOW = words(/^(EXPORTS|IMPORTS|SHIPMENTS|SALES|PURCHASES|DELIVERIES|TURNOVER|REMITTANCES|EXPORT|IMPORT|TRADE)$/);
/** Verbs telling how a figure changed or what it came to. */
const CHANGE = words(
  /^(ROSE|RISEN|RISE|RISES|FELL|FALLEN|FALL|FALLS|GREW|GROWN|GROW|GROWS|INCREASED|DECREASED|DECLINED|DROPPED|DOUBLED|TRIPLED|HALVED|JUMPED|SURGED|SLUMPED|PLUNGED|SOARED|CLIMBED|SHRANK|CONTRACTED|EXPANDED|REACHED|TOTALLED|TOTALED|AMOUNTED|EXCEEDED|TOPPED|STOOD)$/
);
/** Verbs of trade whose measured goods over a year are a year's total: "supplied 3.8 billion cubic metres in 2023". */
const YEAR_TRADE_VERB = words(
  /^(SUPPLIED|SUPPLIES|SUPPLY|EXPORTED|EXPORTS|SOLD|SELLS|SHIPPED|SHIPS|DELIVERED|DELIVERS|PUMPED|TRANSPORTED|BOUGHT|BUYS|IMPORTED|IMPORTS|PURCHASED|HANDLED|MOVED|CARRIED)$/
);
/** Goods in aggregate: "bought Kazakh goods worth $11.9 billion" is a trade figure. */
const GOODS = words(/^(GOODS|PRODUCTS|COMMODITIES|EXPORTS|IMPORTS|MERCHANDISE)$/);

/** Whether the phrase from token `from` to the next comma or stop names a year ("… by the UN in 1995,"). */
export function dated(upper: readonly string[], from: number): boolean {
  for (let k = from; k < upper.length && !/^[,;.:()]$/.test(upper[k]!); ++k)
    if (/^(1[89]|20)\d\d$/.test(upper[k]!)) return true;
  return false;
}

/** Irregular past participles that can head a reduced relative clause ("the loans lent by …", "troops sent to …"). */
const PAST_FORM = words(
  /^(MADE|BUILT|GIVEN|TAKEN|SENT|LENT|HELD|SET|BROUGHT|SOLD|PAID|LED|LEFT|SHOT|HIT|CUT|SPENT|WON|BOUGHT)$/
);
/** Prepositions that open a reduced relative's complement right after its participle. */
const POST_PREPOSITION = words(
  /^(OVER|BY|IN|ON|AFTER|FOR|AGAINST|SINCE|DURING|AT|FROM|WITH|UNDER|TO|THROUGH|LAST|EARLIER)$/
);
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

/** The forms of "give" (English). */
const GIVE_FORMS = words(/^(GIVE|GIVES|GAVE|GIVEN|GIVING)$/);

/** Further things a possessive's owner does not give by ("Turkmenistan's neutrality gives it a voice"). */
const GIVING_THING_HEADS = words(
  /^(NEUTRALITY|STATUS|MEMBERSHIP|LOCATION|GEOGRAPHY|POSITION|TREATY|AGREEMENT|DEAL|RESERVES|SIZE|WEALTH|ROLE|CHAIRMANSHIP|PRESIDENCY)$/
);

/**
 * Whether the verb at `first` has for its subject a thing named with its article: "the treaty gave", "this agreement
 * gives", "the new deal has given" (a head noun of {@link GIVING_THING_HEADS} or {@link THING_HEADS}, only adjectives and
 * nouns between it and the article; auxiliaries and adverbs before the verb).
 */
function thingSubjectBefore(upper: readonly string[], tags: readonly string[], first: number): boolean {
  let k = first - 1;
  while (k > 0 && (/^(HAS|HAVE|HAD|WILL|WOULD|ALSO|ALREADY|NOW|EFFECTIVELY)$/.test(upper[k] ?? "") || tags[k] === "RB"))
    --k;
  if (!(GIVING_THING_HEADS.test(upper[k] ?? "") || THING_HEADS.test(upper[k] ?? ""))) return false;
  let b = k - 1;
  while (b > 0 && b >= k - 3 && /^(JJ|NN|NNS|VBN)$/.test(tags[b] ?? "") && !/^(THE|THIS|THAT|A|AN)$/.test(upper[b]!))
    --b;
  return /^(THE|THIS|THAT|A|AN|SUCH)$/.test(upper[b] ?? "");
}

/** Head nouns that make an actor before them a mere modifier of a thing ("Western sanctions", "Russian tariffs"). */
const THING_HEADS = words(
  /^(SANCTIONS|SANCTION|RESTRICTIONS|MEASURES|TARIFFS|DUTIES|POLICY|POLICIES|ECONOMY|PRICES|EXPORTS|IMPORTS|INFLATION|DECISION|DECISIONS|CRISIS|PROPAGANDA|MEDIA|RHETORIC|BUREAUCRACY|REGULATIONS|RULES|LAWS|LAW|BAN|EMBARGO)$/
);

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
/** Openers of a clause of contrast or accompaniment whose present verb may tell a trend. */
const TREND_OPENER = words(/^(WHILE|AS|WHEREAS)$/);
/** Tags of a subject's noun phrase between the opener and the verb. */
const SUBJECT_TAG = words(/^(NNP|NNPS|NN|NNS|DT|JJ|PRP|PRP\$|CC|POS|CD)$/);

/**
 * Whether the verb at `i` is a present or a present progressive ("steps up", "are also stepping up") right after the
 * subject of a clause opened by "while", "as" or "whereas", and that clause (up to a comma, a semicolon or the end)
 * names no time of its own (a date, a month, a weekday, "now", "this year", "next week").
 */
function trendClause(
  upper: readonly string[],
  tags: readonly string[],
  written: readonly string[],
  i: number
): boolean {
  let k = i - 1;
  const w = upper[i] ?? "";
  if (/ING$/.test(w) && tags[i] === "VBG") {
    while (k > 0 && tags[k] === "RB") --k;
    if (!/^(IS|ARE|AM)$/.test(upper[k] ?? "")) return false;
    --k;
  } else if (!/^VB[ZP]$/.test(tags[i] ?? "")) return false;
  else while (k > 0 && tags[k] === "RB") --k;
  const subjectEnd = k;
  while (k > 0 && SUBJECT_TAG.test(tags[k] ?? "") && !TREND_OPENER.test(upper[k]!)) --k;
  if (k === subjectEnd || !TREND_OPENER.test(upper[k] ?? "")) return false;
  let end = i + 1;
  while (end < upper.length && !/^[,;:.]$/.test(upper[end]!)) ++end;
  const clause = written.slice(k, end).join(" ");
  return !namesDate(clause) && !PRESENT_OR_NEXT.test(clause);
}

function objectHead(tags: readonly string[], upper: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && /^NNS?$/.test(tags[k] ?? "")) --k;
  // (session 28) and a determiner before the nouns: "has delivered the gas supplies to X" ("supplies" is the object's
  // noun, not a verb of its own)
  if (k < i - 1 && /^(DT|PRP\$)$/.test(tags[k] ?? "") && /^VB[DN]$/.test(tags[k - 1] ?? "")) --k;
  const verb =
    /^VB/.test(tags[k] ?? "") && !/^(IS|ARE|WAS|WERE|BE|BEEN|BEING|AM|HAS|HAVE|HAD|DO|DOES|DID)$/.test(upper[k] ?? "");
  // Nouns between ("cut gas supplies"), or none after a past form ("received aid", "secured loans"), which a
  // present form cannot follow except after a catenative ("helped build", "let go").
  return (
    verb &&
    (k < i - 1 || (/^VB[DN]$/.test(tags[k] ?? "") && !/^(HELPED|LET|MADE|HEARD|SAW|WATCHED)$/.test(upper[k] ?? "")))
  );
}

const CONTINUE_FORMS = words(/^(CONTINUE|CONTINUES|CONTINUED|CONTINUING)$/);
const CONTINUE_OR_KEEP = words(/^(CONTINUE|CONTINUES|CONTINUED|CONTINUING|KEEP|KEEPS|KEPT|KEEPING)$/);

/**
 * Where the verb that keeps the act at `first` going stands ("continued to support", "keeps supplying"), or -1: the
 * act is then told as ongoing.
 */
function ongoingVerbAt(upper: readonly string[], tags: readonly string[], first: number): number {
  if (upper[first - 1] === "TO" && CONTINUE_FORMS.test(upper[first - 2] ?? "")) return first - 2;
  if (tags[first] === "VBG" && CONTINUE_OR_KEEP.test(upper[first - 1] ?? "")) return first - 1;
  return -1;
}
