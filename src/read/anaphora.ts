/**
 * Anaphora for the event coder: a sentence whose subject only points back ("the two presidents signed …", "the
 * parties agreed …", "Aripov met …" after "Uzbek Prime Minister Abdulla Aripov") is coded a second time with the
 * pointing words replaced by the names of the actors they point to. The stored sentence, its mentions and its
 * offsets stay the text as written; only the coder sees the rewritten copy. Pure: sentences and their mentions
 * in, rewritten text out.
 *
 * Two kinds of pointer are read:
 * - a pair ("the two sides", "both parties", "the presidents", "the heads of state", "the governments of the two
 *   countries", "the two" before a verb; "both leaders" or "the two presidents" after a past verb): two distinct states or organisations named before it in the same
 *   sentence, else the two sides of the latest event coded in the eight sentences before (regions such as Central
 *   Asia do not count: "the two" are not a region). Mentions alone further back are not enough: an interview's
 *   "the two presidents" after a question naming one state must not pair it with whatever was named earlier;
 * - an earlier happening named by a noun alone as a past verb's object ("Moscow welcomed the agreement"): the
 *   latest event's two sides, when the sentence names neither ("… the agreement between A and B");
 * - "He" or "She" opening a sentence with a past verb, right after a sentence whose first event's actor is a state:
 *   that state ("Tajik President X arrived in Bishkek on Thursday. He met …");
 * - a relative clause between a named subject and its verb ("Turkey, which hosted X in March, signed a deal with
 *   Y"): the main clause is coded without it (the clause's own acts are kept from the sentence as written);
 * - a state and its office holder side by side ("President of Kazakhstan Kassym-Jomart Tokayev and President of
 *   Uzbekistan Shavkat Mirziyoyev signed …") are one actor, not two: the coder reads the state's name alone;
 * - a person named before with a state's adjective or name beside a title ("Kyrgyz Foreign Minister Jeenbek
 *   Kulubaev", "President of Uzbekistan Shavkat Mirziyoyev", "his Kyrgyz counterpart Jeenbek Kulubaev"): their
 *   surname alone later stands for that state, when the coder does not know the name itself.
 *
 * @module
 * @example
 * ```ts
 * const a = new Anaphora();
 * a.learn("Uzbek Prime Minister Abdulla Aripov flew to Kabul.", [{start: 0, end: 5, text: "Uzbek", code: "UZB"}]);
 * a.rewrite("Aripov met the acting prime minister.", []); // "Uzbekistan met the acting prime minister."
 * ```
 */

import {isStateCode} from "./first-person.js";
import {isOrganisationCode} from "./page-home.js";
import {STATE_FORM_POINTER, statesOfForm} from "./state-forms.js";
import {cue} from "./cue.js";
import {sharedSubject} from "./anaphora-predicates.js";
import {BODY_WORD, BodyBindings} from "./anaphora-bodies.js";
import {gatheringOf} from "./gathering-ties.js";
import {topicAt} from "./talk-topics.js";
import {words} from "./word-set.js";

// Word lists tested inside the functions below, made once (a pattern written inside a function is a new object
// at each call; a set answers as the pattern did: see word-set.ts).
const PRESIDENT_MINISTER_PREMIER_ETC = words(/^(?:President|Minister|Premier|Chancellor|Emir|King)$/);

/** A mention as the anaphora reader needs it: offsets into the sentence, the text and the actor code. */
export interface AnaphoraMention {
  start: number;
  end: number;
  text: string;
  code: string;
}

/** A rewritten sentence: the text the coder reads, and where it differs from the original. */
export interface Rewrite {
  text: string;
  /** The replaced span in the original sentence, and the length of what replaced it. */
  at: number;
  length: number;
  replacement: number;
  /** Which pointer was read ("pair", "surname", "pronoun", or "same-actor" for a state and its leader side by side). */
  kind:
    | "pair"
    | "surname"
    | "pronoun"
    | "same-actor"
    | "relative"
    | "who"
    | "shared"
    | "body"
    | "passive"
    | "object"
    | "sides";
  /** For a pair pointer read from an earlier sentence: that sentence's index (the order of {@link Anaphora.learn}). */
  from?: number;
  /**
   * For a person's possessive read in a later clause ("…, but his government refused …"): the person's state, the
   * subject of the clause's acts from the pronoun on.
   */
  owner?: string;
}

/** The sentence with `length` characters at `at` replaced by `replacement`, as a rewrite of this kind. */
function splice(text: string, at: number, length: number, replacement: string, kind: Rewrite["kind"]): Rewrite {
  return {
    text: text.slice(0, at) + replacement + text.slice(at + length),
    at,
    length,
    replacement: replacement.length,
    kind
  };
}

/**
 * The sentence with its opening pronoun (after `opening`, a phrase of time or place) replaced by `name`. An opening
 * phrase without its comma would run into the name ("In Astana she signed …" → "In Astana Britain", read as one
 * place): the copy closes it with a comma. Session 22.
 */
function openingSplice(text: string, opening: string, pronoun: string, name: string): Rewrite {
  if (opening && !/,\s*$/.test(opening))
    return splice(text, 0, opening.length + pronoun.length, `${opening.trimEnd()}, ${name}`, "pronoun");
  return splice(text, opening.length, pronoun.length, name, "pronoun");
}

/** CAMEO's region codes: a region is never one of "the two". */
const REGIONS = new Set([
  "AFR",
  "ASA",
  "BLK",
  "BLN",
  "CAS",
  "CAU",
  "CFR",
  "CMN",
  "CRB",
  "EAF",
  "EEU",
  "EIN",
  "EUR",
  "LAM",
  "MDT",
  "MEA",
  "NAF",
  "NMR",
  "PGS",
  "SAF",
  "SAM",
  "SAS",
  "SCN",
  "SEA",
  "WAF",
  "WST"
]);

/** ", who <past verb>": a relative clause telling an act of the actor before it (not speech: "who said", "who noted"). */
const WHO_CLAUSE = cue(
  /,\s+(who)\s+((?:also\s+|then\s+|later\s+|earlier\s+|had\s+)?(?!(?:said|noted|added|stressed|told|stated|argued|warned|believed|thought|explained|emphasized|emphasised|recalled|remarked|claimed|wrote|described|called|was|were|is|are|has|have)\b)(?:[a-z]+ed|met|flew|came|went|made|paid|held|sent|took|gave|signed)\b)/g
);

const PAIR_NOUN =
  "(?:(?:sides|parties|officials|counterparts|envoys|diplomats|presidents|leaders|heads\\s+of\\s+state|countries|nations|states|governments|ministers|foreign\\s+ministers|prime\\s+ministers|delegations|premiers|neighbours|neighbors|capitals)(?:\\s+of\\s+the\\s+two\\s+(?:countries|states|nations))?)";
/**
 * Companies counted as a pair or a group ("the two companies", "the three state rail companies"): their states, as
 * the sides a pointer of states would be (the gold's convention: a company's act is its state's). Only with a count:
 * "the companies" alone may be any firms the text named. Session 27.
 */
const COMPANIES_NOUN =
  "(?:(?:state|state-owned|state-run|national)\\s+)?(?:(?:rail|railway|gas|oil|energy|shipping|mining|power)\\s+)?(?:companies|firms|operators)";
/**
 * What may follow a pair pointer: a verb in the past (a regular "-ed" form, or one of English's irregular past forms
 * that tell acts), or a present a clause may hold; not a noun ("the governments along it").
 */
const PAIR_VERB =
  "(?:[a-z]+ed|met|held|made|took|gave|sent|began|spoke|led|went|came|flew|paid|set|won|sought|signed|agreed|discussed|exchanged|struck|drew|broke|froze|built|bought|sold|chose|forged|swore|wrote|ran|cut|kept|lent|fought|shook|spent|stood|found|became|brought|put|laid|sign|agree|discuss|meet|hold|intend|plan)";
/** A month or weekday, as a time phrase ends in it. */
const MONTH_OR_DAY =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
/** The word a time phrase ends in: a month or weekday, a year or a decade ("the 1990s"), a unit of time, a season. */
const TIME_WORD = `(?:${MONTH_OR_DAY}\\.?|\\d{4}s?|weeks?|months?|years?|decades?|days?|spring|summer|autumn|fall|winter|morning|afternoon|evening|night)`;
/** How many units a span counts: "two years ago", "a decade later", "several months earlier". */
const COUNT_WORD =
  "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|several|a\\s+few|few|some|many|\\d+)";
/** Words that end a noun phrase inside an adjunct: prepositions, conjunctions, relatives, auxiliaries. */
const NOT_IN_PHRASE =
  "(?:between|among|of|for|to|from|by|and|or|but|that|which|who|whom|whose|than|as|is|are|was|were|has|have|had|will|would)";
/**
 * What may open a clause before its subject, by the adjunct's structure rather than its words, one or two of them:
 * a preposition and a time ("in 2018", "On 7 November 2022", "in the 1990s", "in early spring"), a deictic time
 * ("last week", "earlier this year", "that same year", "the following day"), a span counted from then ("two years
 * ago", "a decade later"), a preposition and a noun phrase of up to four words ("during the visit", "during talks",
 * "in Tashkent", "at the Akorda"), or an adverb ("later", "shortly afterwards", "eventually", any "-ly" adverb).
 * English puts such adjuncts before the subject without a comma as often as with one.
 */
const CLAUSE_ADJUNCT =
  "(?:(?:" +
  `(?:in|on|at|during|by|since|until|before|after|from)\\s+(?:(?:the|early|late|mid)[\\s-]+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${TIME_WORD}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?` +
  `|(?:(?:earlier|later|early|late)\\s+)?(?:this|that|last|next|the\\s+same|that\\s+same|the\\s+following|the\\s+next|the\\s+previous)\\s+${TIME_WORD}` +
  `|${COUNT_WORD}\\s+(?:[a-z]+\\s+)?${TIME_WORD}\\s+(?:ago|later|earlier|before|after|afterwards|on)` +
  `|(?:in|at|during|after|following|before|on|upon|amid|throughout)\\s+(?:(?!${NOT_IN_PHRASE}\\b)[\\p{L}\\d'’-]+\\s+){0,3}?(?!${NOT_IN_PHRASE}\\b)[\\p{L}\\d'’-]+` +
  "|(?:(?:shortly|soon|immediately|right|not\\s+long)\\s+)?(?:afterwards|after(?:\\s+that)?|thereafter)|later|then|meanwhile|[a-z]+ly" +
  "),?\\s+)";
/** A time phrase or other adjunct opening a sentence without a comma: "On Monday ", "In March 2024 ", "Last week the ". */
const OPENING_TIME_PHRASE = new RegExp(`^${CLAUSE_ADJUNCT}{1,2}(?:the\\s+)?$`, "iu");
/**
 * A place among a clause's opening adjuncts: "in Tashkent ", "at the Akorda "; not a name that modifies a noun ("at the
 * Jeddah summit" is the summit, session 26).
 */
const PLACE_ADJUNCT = new RegExp(
  `\\b(?:[Ii]n|[Aa]t)\\s+(?:the\\s+)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?,?\\s+(?!(?!(?:the|a|an|both|two|in|on|at|during|after|before|last|this|that|next)\\b)\\p{Ll})`,
  "gu"
);
/**
 * A verb of saying or reporting whose complement clause English opens without "that" ("He said the two sides had
 * agreed …", "The paper says the two sides agreed …"): the clause's subject follows the verb directly. Session 25.
 */
const SAYING_VERB =
  "(?:said|says|say|added|adds|noted|notes|stated|states|reported|reports|announced|announces|confirmed|confirms|explained|stressed|recalled|wrote|writes|told\\s+(?:reporters|journalists|the\\s+press|the\\s+media))";
/**
 * An adverb between a pair pointer and its verb: "the two sides also signed", "the parties jointly approach", and a
 * concession or a sequel ("the two governments nevertheless signed …", "the two sides eventually agreed …"; session 34).
 */
const PAIR_ADVERB =
  "(?:(?:also|then|later|jointly|last|first|again|already|previously|recently|once|finally|formally|briefly|subsequently|further|soon|nevertheless|nonetheless|still|eventually|ultimately|instead|meanwhile|together|separately|officially|duly|promptly|swiftly|quickly)\\s+)";
/** An adverb of concession or sequence right after a pair pointer: "the two governments nevertheless signed". */
const CONCESSION_AFTER = /^\s+(?:nevertheless|nonetheless|however|instead|meanwhile|therefore|thus)(?=\s)/i;
/**
 * A future or a schedule before a pair pointer's verb ("the two countries will jointly approach …", "the two ministers
 * are due to sign …", "the parties are expected to sign …"): a modal or "be due / set / expected / scheduled to" is
 * followed by a bare verb, whatever the verb (not "be", "have" or "not", which tell no act by themselves). Session 26.
 */
const PAIR_FUTURE = "(?:(?:will|would|shall)\\s+|(?:are|were)\\s+(?:due|set|expected|scheduled)?\\s*to\\s+)";
/**
 * What may open a sentence before its first clause: a list's bullet ("* At the summit the two sides …", "• …", "- …")
 * or a chronology's date and dash ("January – The two governments agree …", "3 July 2024 — …"). Session 26.
 */
const LIST_HEAD = `(?:\\s*[*•·▪-]\\s+|(?:\\d{1,2}\\s+)?${MONTH_OR_DAY}(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?\\s+[–—-]\\s+)?`;
/**
 * Two persons pointed at by their sex alone, counted ("The two men discussed …", "both women signed …"): the two
 * persons the text just named, as "the two ministers" are; never "the men" uncounted. Session 29.
 */
const TWO_PERSONS = "(?:the\\s+two|both)\\s+(?:men|women)";
/** A pointer of {@link TWO_PERSONS}. */
const SEX_POINTER = /\b(?:men|women)$/i;
/**
 * The pointer and the verb after it that every {@link PAIR} match holds, looked for before PAIR: PAIR's head (the
 * clause's opening and its adjuncts) is tried at every position of a sentence that names a pair's noun, and most such
 * sentences have no pointer before a verb (session 26).
 */
const PAIR_POINTER = `((?:the|both)\\s+(?:two\\s+)?${PAIR_NOUN}|the\\s+two\\s+${COMPANIES_NOUN}|${TWO_PERSONS}|the\\s+two)(?=\\s+(?:(?:have\\s+|had\\s+|will\\s+|would\\s+|are\\s+to\\s+)?${PAIR_ADVERB}?${PAIR_VERB}\\b|${PAIR_FUTURE}${PAIR_ADVERB}?(?!(?:be|not|have)\\b)[a-z]+\\b))`;
const PAIR_CORE = cue(new RegExp(PAIR_POINTER, "iu"));
/**
 * A pair pointer at the head of a clause: sentence start, or after a comma, a coordinator ("and", "but", "yet"), a
 * subordinator ("when", "where", "after", "although", "because", "since", "once" …), or a clause's "that" or "which"
 * ("said that the two sides agreed …", "the deal, which the two sides signed …"), with up to two adjuncts between ("in
 * 2018 the two sides signed", "in May in Baku the parties agreed").
 */
const PAIR = cue(
  new RegExp(
    `((?:^${LIST_HEAD}|[,;]\\s+|\\b(?:and|but|yet|while|where|when|after|as|that|which|although|though|because|since|whereas|once|before|until)\\s+|\\b${SAYING_VERB}\\s+)(${CLAUSE_ADJUNCT}{0,2}))${PAIR_POINTER}`,
    "giu"
  )
);
/** "they" opening a later clause of the sentence before an act: "…, where they signed", "…, and they agreed". */
const INNER_THEY = cue(
  new RegExp(
    `(\\b(?:where|when|after)\\s+|,\\s+and\\s+)(they)(?=\\s+(?:also\\s+|then\\s+|later\\s+|jointly\\s+|have\\s+|had\\s+)?${PAIR_VERB}\\b)`
  )
);
/** A lowercase plural noun (who a later "they" may be): "envoys", "officials", "migrants", "investors". */
const PLURAL_WORD =
  /\b(?!(?:was|has|is|its|his|this|thus|as|us|perhaps|always|besides|whereas|news|across|towards|afterwards|talks|means|series|various|previous|serious|famous)\b)[a-z]{3,}(?<!ss|us|is)s\b/;
/**
 * States whose persons English news calls by the first word of their names: the surname, written first (Chinese,
 * Korean: "Wang Yi" is Wang, "Yoon Suk Yeol" Yoon), or a Malay's own name, which the father's name follows ("Anwar
 * Ibrahim" is Anwar). A Vietnamese name also puts the family name first, but news calls the person by the last word,
 * their own name ("Pham Minh Chinh" is "PM Chinh", "Bui Thanh Son" "Minister Son"; session 26).
 */
const SURNAME_FIRST = new Set(["CHN", "TWN", "KOR", "PRK", "MYS"]);
/** Honorifics and titles before a known person's name, not part of the name news shortens ("Pope", "Shri", "Datuk Seri"). */
const HONORIFIC = words(
  /^(?:Pope|Sheikh|Sheikha|Shri|Smt|Datuk|Dato|Dato'|Seri|Tan|Sri|Tun|Dr|Mr|Mrs|Ms|Sir|Dame|King|Queen|Emir|Prince|Princess|Crown|Sultan|Mullah|Mufti|Patriarch|President|Prime|Minister|Chancellor|Premier)$/
);
/** Last words of a seat or a body the coder knows by a name of capitalised words ("White House"): no person's. */
const NOT_PERSON_WORD = words(
  /^(?:House|Palace|Street|Hall|Building|Residence|Square|Office|Court|Council|Ministry|Kremlin|Government|Republic|Union|Bank|Fund|Group|Company|Corporation|Railways|Airways)$/
);
/** Words that put an Arabic or Persian name's parts together ("bin", "Al"): such a name is not shortened to its last word. */
const NAME_PARTICLE = words(/^(?:bin|bint|ibn|al|Al|el|El|Abu|Abdul|Abd|ul|ud|ud-Din|bin-)$/);
/** Counted groups of three and more, and their numbers. */
const COUNTS: Readonly<Record<string, number>> = {three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8};
/** A counted group at the head of a clause, before a verb (as a pair pointer): "the six leaders signed". */
const COUNTED = new RegExp(
  `(^|\\s)[Tt]he\\s+(three|four|five|six|seven|eight)\\s+(?:${PAIR_NOUN}|${COMPANIES_NOUN})(?=\\s+(?:also\\s+|then\\s+|later\\s+|jointly\\s+|have\\s+|had\\s+|will\\s+|would\\s+)?(?:${PAIR_VERB}|are\\s+to|were\\s+to)\\b)`
);
/** "the five" with no noun after it ("a summit with the five in Astana"): a group named by its count alone. */
const FIVE_ALONE = /\b[Tt]he\s+five\b(?!\s*[-–]|\s+(?!(?:in|at|on|to|and|of|for|with|from|last|this|since)\b)\p{L})/u;
/**
 * A group of persons named by its count, anywhere in a sentence: "the five presidents", "the five Central Asian
 * leaders", "all six heads of state". A later "them" may point at it (session 30).
 */
const COUNTED_PERSONS = cue(
  /\b(?:[Tt]he|[Aa]ll|[Tt]hese|[Tt]hose)\s+(?:same\s+)?(three|four|five|six|seven|eight)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:leaders|presidents|heads\s+of\s+state|heads\s+of\s+government|(?:foreign\s+)?ministers|premiers|prime\s+ministers)\b/gu
);
/**
 * A noun of a standing relation, then "between" (and "the"), right before a pair: "closer ties between", "relations
 * between the", "cooperation between". Not a noun of an act ("talks between A and B" are the two who talk).
 */
const RELATION_BETWEEN =
  /\b(?:ties|relations|relationship|cooperation|links|connectivity|rapprochement|partnership|integration|contacts|trade)\s+between\s+(?:the\s+)?$/i;
/** The five Central Asian states: with "Central Asia" named, they are one group of five. */
const CENTRAL_ASIA = new Set(["KAZ", "KGZ", "TJK", "TKM", "UZB"]);
/**
 * A plain plural noun, things rather than persons ("the proposals", "the documents"), that a "them" may point to;
 * nouns of time ("two years ago") and of persons and groups are not such.
 */
const GUEST_THINGS =
  /\b(?!(?:leaders|presidents|heads|ministers|officials|delegations|counterparts|guests|states|countries|nations|republics|governments|members|partners|neighbours|neighbors|years|months|weeks|days|hours|decades|times|was|has|is|its|his|this|thus|as|us|yes|always|perhaps|unless|across|plus|whereas|news|talks)\b)[a-z]{2,}[a-hj-rtv-z]s\b/;
/** A noun of persons by office, singular or plural: a sentence naming people this way may name a pointer's persons. */
const OFFICE_WORD =
  /\b(?:presidents?|ministers?|leaders?|heads?\s+of\s+(?:state|government)|premiers?|chancellors?|counterparts?|delegations?|officials?|envoys?|ambassadors?|diplomats?|secretar(?:y|ies)|kings?|emirs?|governors?)\b/i;
/** A pair pointer that names persons ("the two ministers", "the presidents", "the heads of state"), not sides. */
/** A span in quotation marks (straight or curly). */
const QUOTED_SPAN = /"[^"]{2,}"|“[^”]{2,}”/g;
const PERSONS_POINTER =
  /\b(?:officials|counterparts|envoys|diplomats|presidents|leaders|heads\s+of\s+state|ministers|premiers|delegations|men|women)\b/i;
/** A pair pointer as a past verb's object: "congratulated both leaders", "thanked the two presidents". */
const OBJECT_PAIR = cue(
  /(\b[a-z]+ed\s+)((?:both|the\s+two)\s+(?:leaders|presidents|sides|countries|governments|ministers|heads\s+of\s+state|delegations))\b/gi
);
/** Fighting named without its sides: "deadly clashes in 2021", "Border clashes in September killed …". */
const FIGHT = cue(
  /(?<!\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]his|[Tt]hat|[Ss]uch|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?)\b(?:[Cc]lashes|[Ff]ighting|[Hh]ostilities|[Ss]kirmishes|[Ff]irefights?)\b(?!\s+(?:between|with|among|against|of|in\s+(?:which|the\s+\p{Lu})|inside|on\s+(?:the\s+)?\p{Lu}))(?!-)/u
);
/** An occasion named by its noun alone that ended with a paper: "The summit, held on …, ended with a …". */
const OCCASION_PAPER =
  /^(?:The|This|That)\s+(?:summit|talks|meeting|visit|negotiations|session|forum)\b[^.;]{0,60}?\b(?:ended|concluded|closed|culminated)\s+(?:with|in)\s+(?:the\s+(?:signing|adoption)\s+of\s+)?(?=(?:a|an|the)\s+(?:\w+\s+){0,2}(?:declaration|statement|communiqu[eé]|agreement|treaty|road\s*map|memorandum|accord)\b)/;
/** A summit named by its two sides: "the India-Central Asia Summit", "a Japan–Caucasus summit". */
const SUMMIT_PAIR = cue(
  /\b\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*\s*[-–—]\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*\s+[Ss]ummit\b/u
);
/** An occasion told by its noun alone as the subject of "was held": "The first summit was held …". */
const HELD_SUMMIT =
  /^((?:The|the)\s+(?:(?:first|second|third|fourth|fifth|last|previous|inaugural|next)\s+)?)(?=summit\s+(?:was|had\s+been)\s+(?:held|convened)\b)/;
/** "<X> followed in September": followed with no object (not "followed by", "followed the talks", "followed up"). */
const FOLLOWED =
  /(\S\s+)followed(?=\s+(?:in|on|at|last|later|earlier|weeks|days|months|two|three|a\s+(?:week|month|day|year)|shortly|soon|this|that)\b|\s*[.,;]|$)/;
/** Words naming a summit: an organisation named beside them is the story's summit. */
const SUMMIT = cue(/\b(?:summit|summits|heads\s+of\s+state\s+council)\b/i);
/** Words telling a gathering of an organisation: its summit, session, meeting, council, congress or ministerial. */
const GATHERING = cue(
  /\b(?:summit|summits|session|sessions|meeting|meetings|council|conference|congress|ministerial|plenary|gathered|convened|assembled|met|talked|talks)\b/i
);
/**
 * The members of an organisation or of a summit told without naming them: a lexicon of the language's collective
 * nouns for the members of a bloc ("the member states", "the member countries", "the members", "the participants",
 * "the signatories", "the other leaders", "fellow leaders"), of a person's peers in it ("his colleagues", "her
 * counterparts", "their partners", "its allies") and a family named by the bloc's own word ("the Turkic family", "the
 * Arab brotherhood"). Plural only: "his counterpart" is one person. The bloc's nouns in either case of their first
 * letters: official releases capitalise them ("thanked the Member States", "the Participants").
 */
const MEMBER_GROUP =
  /\b(?:(?:his|her)\s+(?:fellow\s+|other\s+)?(?:colleagues|counterparts|partners|allies|leaders)|[Tt]he\s+(?:other\s+|fellow\s+)?(?:[Mm]ember\s+(?:[Ss]tates|[Cc]ountries|[Nn]ations|[Gg]overnments)|[Mm]embers|[Pp]artners|[Aa]llies|[Pp]articipants|[Ss]ignatories)|the\s+(?:bloc|organi[sz]ation|alliance|union|grouping)['’]s\s+(?:members|member\s+(?:states|countries|nations))|fellow\s+(?:members|leaders|heads\s+of\s+state)|the\s+other\s+(?:leaders|heads\s+of\s+state|presidents)|the\s+["“]?\p{Lu}\p{L}+\s+(?:family|brotherhood)["”]?)(?![-\p{L}])/gu;
/** A word each of {@link MEMBER_GROUP}'s phrases holds (a pre-test). */
const MEMBER_WORD =
  /colleagues|counterparts|partners|allies|leaders|member|participants|signatories|family|brotherhood|presidents|heads/i;
/**
 * A phrase opening a sentence before its subject, closed by a comma: a time, a place or an occasion ("In Budapest, ",
 * "After the talks, ") or a gerund's clause ("Opening the session in the narrow format, ").
 */
const SUBJECT_OPENER =
  /^(?:(?:On|In|At|After|Before|During|Following|Later|Earlier|Meanwhile|Separately|Last|This|Then|Also)\b|\p{Lu}\p{Ll}+ing\b)[^,;:"“]{0,60},\s+/u;
/**
 * A passive reaction with its place and no agent: group 1 an opening phrase, group 2 the subject, group 3 the verb; the
 * place's mention starts where the match ends. A lexicon of the language's verbs of reaction and judgement.
 */
const PASSIVE_PLACE = cue(
  /^((?:(?:On|In|At|Last|Earlier|Later|Meanwhile)\b[^,;:"“]{0,40},\s+)?)([^,;:"“]{3,120}?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:warmly|widely|quickly|cautiously|also|openly|sharply|strongly|broadly|immediately)\s+)?(welcomed|praised|hailed|applauded|endorsed|backed|supported|criticised|criticized|condemned|denounced|rejected|questioned|opposed|protested)\s+in\s+(?=\p{Lu})/u
);
/**
 * (session 33) A paper signed or a meeting put off, told in the passive with neither side named: the subject (a
 * determiner, then the paper's or the meeting's noun phrase), its auxiliary, an adverb at most and the participle.
 * Group 1 an opening phrase closed by a comma ("Following the talks, "), group 2 the subject, group 3 the head noun,
 * group 4 the participle. A lexicon of English's nouns of papers and of meetings and its verbs of signing and of
 * putting off and calling off (src/read/events-called-off.ts).
 */
const PASSIVE_PAPER = cue(
  /^((?:(?:Following|After|During|At|On|In|Later|Earlier|Then|Also|There|Subsequently)\b[^,;:"“]{0,60},\s+)?)((?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Aa]\s+number\s+of|[Aa]\s+package\s+of|[Aa]\s+series\s+of|[Aa]\s+set\s+of)\s+(?:[\p{L}-]+\s+){0,4}?(agreements?|protocols?|memorand(?:um|a|ums)|documents|treaty|treaties|accords?|roadmaps?|contracts?|declarations?|communiqu[eé]s?)\b[^,;:"“]{0,80}?)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:also|then|later|subsequently|formally|officially)\s+)?(signed|inked)\b/u
);
const PASSIVE_MEETING = cue(
  /^((?:(?:Following|After|During|At|On|In|Later|Earlier|Then|Also|However|But)\b[^,;:"“]{0,60},\s+)?)((?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|[Ii]ts)\s+(?:(?:planned|scheduled|next|new|first|second|third|joint|political|bilateral|intergovernmental|ministerial|official|regular|further|upcoming|proposed)\s+){0,3}(meeting|consultations|talks|negotiations|summit|session|signing|conference|forum|dialogue))\b/u
);
/**
 * (session 33) A journey or its part put off or dropped in the passive, its traveller unnamed: group 1 an opening phrase,
 * group 2 the subject, group 3 the head noun ("A visit to X that had been scheduled for Wednesday was called off", "A
 * planned trip to the bridge was cancelled", "A planned stop in X was dropped from the itinerary").
 */
const PASSIVE_JOURNEY = cue(
  /^((?:(?:On|In|At|Later|Earlier|Then|Also|However|But)\b[^,;:"“]{0,60},\s+)?)((?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:planned|scheduled|proposed|official|state|working|separate|second|further|final|last|brief)\s+){0,3}(visit|trip|stop|stopover|tour))\b/u
);
/** A journey's part taken off its plan: "was dropped from the itinerary", "was removed from the programme". */
const DROPPED_PASSIVE =
  /\b(?:was|were|had\s+been|has\s+been)\s+(?:(?:also|then|later|quietly|abruptly)\s+)?(?:dropped|removed|struck)\s+(?:from|off)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:itinerary|programme|program|schedule|agenda)\b/u;
/** A putting off or calling off in the passive after the subject (its verbs: src/read/events-called-off.ts). */
const PUT_OFF_PASSIVE =
  /\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:(?:also|then|later|again|quietly|abruptly|indefinitely|eventually|finally|originally|subsequently)\s+)?(?:postponed|cancell?ed|called\s+off|put\s+off|pushed\s+back|delayed|deferred|shelved|scrapped|rescheduled)\b/;
/** A past told as a span or a count of papers, not the occasion's: "over the years", "since 1992", "dozens of". */
const PAPER_BACKGROUND =
  /\b(?:over\s+the\s+(?:years|decades|past)|since|so\s+far|to\s+date|in\s+recent\s+years|for\s+years|ever|many|dozens|hundreds|numerous|more\s+than|over\s+\d|previously|before|earlier\s+agreements?)\b/i;
/**
 * A state's body named without its state as a sentence's subject, before its verb: a lexicon of the language's names
 * of ministries by their field ("the Foreign Ministry", "the Ministry of Energy", "the Defence Ministry"), of the
 * foreign office, the cabinet and the presidential administration. Group 1: an opening time phrase; the body starts
 * with "The".
 */
const BARE_BODY =
  /^((?:(?:Later|Earlier|Then|Meanwhile|Separately|On|In|At|Last)\b[\w\s-]{0,30}?,\s+)?)[Tt]he\s+(?:(?:Foreign|Defen[cs]e|Economy|Economic|Energy|Finance|Trade|Interior|Justice|Transport|Health|Agriculture|Education|Culture|Emergencies|Environment|Industry|Labou?r)\s+Ministry|Ministry\s+of\s+(?:Foreign\s+Affairs|\p{Lu}\p{Ll}+(?:\s+(?:and|of)\s+\p{Lu}\p{Ll}+)?)|Foreign\s+Office|Cabinet(?:\s+of\s+Ministers)?|Presidential\s+Administration)(?=\s+(?:also\s+|later\s+|then\s+)?(?:[a-z]+ed|met|held|made|sent|took|gave|said|says|urges|calls|warns|called|urged)\b)/u;
/**
 * A verb of proposing before what is proposed, with no addressee: "proposed to hold …", "suggested a joint fund",
 * "put forward an initiative" (a lexicon of the language's verbs of proposing; not "proposed to Japan …").
 */
const PROPOSAL =
  /\b(?:proposed|suggested|put\s+forward|floated|tabled)(?=\s+(?:to\s+[a-z]+\b|an?\s|the\s+(?!\p{Lu})|that\s|creating\b|setting\b|holding\b|establishing\b))/u;
/** Head nouns of organisations' names besides {@link ORGANISATION}'s: "the Arab League", "the Warsaw Pact". */
const BLOC_NAME = /\b(?:League|Pact|Movement|Cooperation|Partnership|Bloc|Group)\b/;
/** A complement or a possessive after a group, which names another group: "in the cabinet", "from Japan", "'s". */
const GROUP_COMPLEMENT = /^(?:['’]|\s+(?:of|in|from|at|on|within|inside|outside|across|around|abroad)\b)/;
/**
 * The leaders or heads of state of a summit, uncounted and unowned: "The heads of state signed …", "thanked the
 * leaders for …" (not "the two leaders", "the leaders of X", "their leaders").
 */
const SUMMIT_LEADERS =
  /(^|[^\w\s]\s*|\s)(?:[Tt]he\s+(?:heads\s+of\s+state(?:\s+and\s+government)?|leaders|member\s+states))\b(?!\s+of\b)(?!['’])/g;
/**
 * A past pledge verb and the money it names, up to the amount's unit: "announced 1.5 billion yuan", "presented a €12
 * billion", "announced a Global Gateway package of 12 billion euros", "announced a Global Gateway investment package of
 * €12 billion" (the nouns a package of money is called by before its amount: investment, aid, financing, credit …).
 */
const PLEDGE_MONEY = cue(
  /\b(?:announced|pledged|promised|presented|unveiled|committed|earmarked|offered|allocated)\s+(?:(?:a|an|the|its|their|new|further|additional|more\s+than|over|about|some|nearly|almost|up\s+to|[\p{Lu}][\w-]*|package|programme|program|fund|of|investment|aid|assistance|financing|funding|credit|loan|grant|support|development|infrastructure)\s+){0,6}(?:(?:US)?[$€£¥]\s?\d[\d.,]*(?:\s+(?:billion|million|bn))?|\d[\d.,]*\s+(?:billion|million|bn)\s+(?:dollars|euros|yuan|yen|rubles|roubles|tenge|pounds))/u
);
/**
 * A past verb of offering, proposing or asking with what is offered right after it and no addressee: "offered to
 * host", "offered a discount", "proposed setting up", "proposed that the council meet", "suggested a joint fund",
 * "asked for concessions". Group 1: what comes before the verb in its clause's verb group ("has", "also"); group 2:
 * the verb. Not after a passive's auxiliary, a negation, a modal or "to" (checked on group 1's last word).
 */
const OFFERING = cue(
  /((?:^|[^\p{L}])(?:(?:has|have|had)\s+)?(?:(?:also|then|later|instead|kindly|formally|reportedly|publicly|again|already|even)\s+)?)(offered|proposed|suggested|asked)\s+(?=(?:for\s+(?!the\s+first\b)|to\s+(?!(?:the|a|an|its|his|her|their|all|both|each|him|them|it)\b)[a-z]+\b|that\s|[a-z]+ing\s|a\s|an\s|the\s|its\s|their\s|his\s|her\s|\d))/u
);
/** An aside between commas before a verb: a relative or an apposition ("Kazakhstan, which joined the WTO in 2015, has offered"). */
const ASIDE = /,\s+(?:which|who|whose|the|a|an|for\s+(?:its|his|her|their)\s+part)\b[^,]*,/g;
/** What before a verb of offering makes it no offer made: a passive's auxiliary, a negation, a modal, "to". */
const NOT_OFFERED =
  /\b(?:was|were|been|be|being|is|are|not|never|n['’]t|to|will|would|could|can|may|might|should|must|shall)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?$/i;
/** A meeting as what a proposal names first: "proposed a summit", "proposed that the council meet", "proposed holding talks". */
const MEETING_PROPOSED =
  /^[^.;]*?\b(?:meet|meeting|meetings|summit|summits|talks|forum|conference|session|visit|host|hosting|dialogue|consultations)\b/i;
/** How many sentences back the occasion of an offer without its addressee may have been told. */
const OFFER_REACH = 4;
/** "They" opening a sentence (after a short time phrase at most) before an act: "They also agreed to …". */
const THEY =
  /^((?:(?:Later|Then|Afterwards|On|In|At)\b[\w\s-]{0,30}?,?\s+)?)They(?=\s+(?:also\s+|later\s+|then\s+|jointly\s+)?(?:agreed|signed|discussed|met|held|adopted|launched|opened|pledged|exchanged|reviewed|decided|called|urged|visited|inaugurated)\b)/;
/** Words voicing concern about what follows: the fighting they name is not told as news. */
const CONCERN =
  /\b(?:concern|concerned|condemn\w*|deplor\w*|regret\w*|worr\w*|condolences?|fear\w*|risk\w*|avoid\w*|prevent\w*)\b/i;
/**
 * A past verb whose object is an earlier happening named by a noun alone: "welcomed the agreement", "declined to
 * comment on the agreement".
 */
const EVENT_OBJECT = cue(
  /\b(?:[a-z]+ed|comment\s+on|react\s+to|respond\s+to)\s+the\s+(?:new\s+)?(?:agreement|agreements|treaty|treaties|deal|deals|accord|accords|pact|settlement|talks|summit|visit|signing|contract|contracts|memorandum)\b(?!\s+(?:between|of|with|on|by|in|to)\b)(?!['’]s)/
);
/**
 * Right after a bloc's members told without names (see {@link MEMBER_GROUP}), a past verb of answering and an act
 * named by a noun alone: "The participants supported the proposal", "the member states endorsed the initiative", "The
 * Parties welcomed the offer". Not a verb that answers nothing ("discussed the proposal", "studied the request").
 * {@link PROPOSING}: the verbs of the sentence that made the proposal, the offer or the invitation.
 */
const PROPOSING = cue(/\b(?:proposed|suggested|put\s+forward|floated|tabled|offered|invited|requested)\b/);
const GROUP_ANSWER =
  /^\s+(?:(?:also|then|unanimously|fully|formally)\s+)?(?:supported|backed|endorsed|welcomed|approved|accepted|rejected|declined|opposed)\s+(?:the|this|that)\s+(?:offer|proposal|invitation|request|initiative|idea|plan)\b(?!\s+(?:of|by|from|to|with|on|between|for|against)\b)(?!['’]s)/;
/**
 * A past verb whose object is someone's earlier act named by a noun alone: "declined the offer", "condemned the
 * decision", "criticised the drills". The act is the latest event's acting side's.
 */
const ACT_OBJECT = cue(
  /\b(?:[a-z]+ed|declined|rejected)\s+(?:the|this|that|these)\s+(?:new\s+|latest\s+)?(?:offer|proposal|invitation|request|decision|move|step|drills|exercises|expulsion|expulsions|measures|ban|restrictions|initiative|demand|ultimatum)\b(?!\s+(?:of|by|from|to|with|on|between|for|against)\b)(?!['’]s)/
);
/**
 * Nouns that name a person by office or role, or a state's body that acts for it: a lexicon of the language's
 * office and role nouns (heads of state and government, ministers and their deputies, diplomats and envoys,
 * spokespeople, officials, commanders, monarchs) and of a state's collective bodies (government, ministry, cabinet,
 * parliament, delegation, embassy, armed forces), in either case ("special representative", "Foreign Minister").
 */
export const ROLE_NOUN = `(?:${[
  "president|vice-president|premier|chancellor|minister|ministers|deputy|deputies|secretary|leader|leaders|head|chief",
  "ambassador|ambassadors|envoy|envoys|representative|representatives|delegate|delegates|emissary|consul|diplomat",
  "diplomats|official|officials|officer|officers|spokesman|spokeswoman|spokesperson|commissioner|governor|mayor",
  "chairman|chairwoman|chair|director|negotiator|negotiators|adviser|advisor|aide|aides|counterpart|counterparts|king",
  "queen|emir|sultan|prince|monarch|ruler|commander|general|government|ministry|cabinet|parliament|delegation",
  "embassy|army|military|forces|troops|navy|authorities"
]
  .join("|")
  .split("|")
  // (either case of the first letter: "special representative", "Foreign Minister")
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join("|")})`;
/** A noun phrase's modifiers before its head: up to three words, none a preposition, article or conjunction. */
/** A perfect's auxiliary then its participle ("has also built", "had signed"): an act, not "It has a port" (session 25). */
/** A perfect's participle after its auxiliary, with an adverb between: "(has) also built", "(had) held"; never "been". */
const PERFECT_PARTICIPLE =
  "(?:(?:also|later|then|previously|already|first)\\s+)?(?!been\\b)(?:[a-z]+ed|met|held|paid|made|sent|led|built|won|given|taken|spoken|begun|flown)\\b";
const PERFECT_ACT = new RegExp(`^\\s+(?:has|had|have)\\s+${PERFECT_PARTICIPLE}`);
/**
 * A pronoun opening a sentence (after an opening phrase of time or place, or of a source: "According to the ministry,
 * she asked …") before an act: "He met …", "In April it signed …", "He had held talks …", or before a journey or a
 * meeting still to come told by "will" ("She will travel to Almaty on Thursday for talks with …", session 31) (group 1:
 * the opening phrase; group 2: the pronoun). A passive's auxiliary may stand apart from its participle by an adverb, as
 * English puts one there ("He was later received by …", "She was warmly welcomed by …", session 35).
 */
const PRONOUN_OPENING = new RegExp(
  `^((?:(?:Later|Earlier|Then|Afterwards|Subsequently|Meanwhile|Next|That|This|On|In|At|Last)\\b[\\w\\s-]{0,30}?,?\\s+|According\\s+to\\s+[^,.;:"“]{1,60},\\s+)?)(He|She|he|she|It|it|Its|Their|its|their)(?=\\s+(?:(?:President|Prime|Foreign|Defence|Defense|Economy|Trade|Energy|Finance|Deputy|Vice|Minister|Ministry|Government|Leader|Head|Chief|Ambassador|Envoy|Premier|Chancellor)\\b|and\\s+(?!the\\b)|(?:(?:has|had|have)\\s+(?=${PERFECT_PARTICIPLE}))?(?:also\\s+|later\\s+|then\\s+|subsequently\\s+|previously\\s+|already\\s+|first\\s+)?(?!(?:noted|added|stressed|warned|insisted|stated|argued|claimed|reported|recalled|emphasi[sz]ed|explained|believed|expected|hoped|feared|wanted|seemed|appeared)\\b)(?:[a-z]+ed|met|went|came|flew|held|paid|gave|made|sent|took|led|spoke|began|built|won|given|taken|spoken|begun|flown|(?:was|were)\\s+(?:also\\s+|later\\s+|then\\s+|first\\s+|[a-z]+ly\\s+)?[a-z]+(?:ed|en))\\b|will\\s+(?:also\\s+|then\\s+|later\\s+)?(?:travel|fly|go|visit|meet|hold|attend|sign|host|receive|open|head|lead|chair|co-chair)\\b))`
);

export const ROLE_MODIFIERS = String.raw`(?:(?!(?:with|of|for|to|in|on|at|by|from|into|about|the|a|an|and|or|but|that|which|who|has|have|had|is|was|were|are|will|would)\b)[\p{L}'’-]+\s+){0,3}?`;
/** "Its special representative …", "Their Foreign Ministers …": after a possessive pronoun, a person's or body's noun phrase. */
const ROLE_PHRASE = new RegExp(String.raw`^\s+${ROLE_MODIFIERS}${ROLE_NOUN}\b(?!-)`, "u");
/** One-person office nouns (a lexicon of the language's: heads of state and government, ministers, envoys …). */
const OFFICE_NOUN =
  "(?:president|vice-president|premier|prime\\s+minister|chancellor|minister|secretary|envoy|ambassador|representative|commissioner|spokes(?:man|woman|person)|adviser|advisor|negotiator|governor|mayor|chair(?:man|woman)?|head|chief|leader|king|queen|emir|sultan|consul|diplomat|deputy)";
/** A cheap test for {@link APPOSITION}: a comma before "the", "a" or "an", or before a possessive. */
const APPOSITION_CUE = /,\s+(?:the|a|an|former|[\p{Lu}][\p{L}-]+['’]s)\s/u;
/**
 * A person's name (two to four capitalised words) and, between commas, an apposition naming their office: "the Kyrgyz
 * foreign minister", "Pakistan's trade minister", "the country's deputy prime minister", "a former Uzbek envoy".
 * Groups: what precedes the name, the name, the office phrase.
 */
const APPOSITION = cue(
  new RegExp(
    String.raw`(^|[\s(])((?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?\s+){1,3}\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?),\s+((?:(?:the|a|an)\s+)?(?:former\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:${OFFICE_NOUN}|[\p{Lu}]\p{Ll}+\s+(?:Minister|Secretary|Envoy|Ambassador))(?:\s+(?:of|for|to|in)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)?)(?=\s*[,.;]|\s*$)`,
    "gu"
  )
);
/** A state's adjective as written ("Iranian", "Japanese", "Kyrgyz"), not its noun ("Iran", "Japan"). */
const STATE_ADJECTIVE = /(?:ian|ese|ish|i|ek|akh|yz|men|ic)$/;
/** "the country's" opening an office phrase: the state the text named last. */
const COUNTRY_S = /^(?:the\s+)?country['’]s\b/i;
/** An envoy's posting in an office phrase: "ambassador to", "special envoy to", "permanent representative to". */
const POSTING = /\b(?:ambassador|envoy|representative|consul(?:-general)?)\s+(?:[\p{Ll}-]+\s+)?(?:to|in)\s/iu;
/** A minister's portfolio (a lexicon of the language's words for them): what tells one minister's office from another's. */
const PORTFOLIO =
  /\b(foreign|trade|energy|finance|defen[cs]e|economy|economic|transport|agriculture|interior|justice|health|education|industry|investment|digital|environment|ecology|culture|labou?r|water|mining|commerce|infrastructure|emergenc(?:y|ies))\b/i;
/** An office a state's name or adjective stands before: "Canada's trade minister", "the Canadian minister of trade". */
const STATE_OFFICE_AFTER =
  /^(?:['’]s)?\s+((?:[\p{L}-]+\s+){0,3}?(?:minister|secretary|commissioner)(?:\s+(?:of|for)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)?)/iu;

/**
 * The office an office phrase names, as a key: its noun (minister, secretary, commissioner), its portfolio and
 * whether it is a deputy's ("trade minister" and "the minister of international trade" are one office, "deputy foreign
 * minister" another than "foreign minister"); undefined without a portfolio. Session 26.
 */
function officeKey(phrase: string): string | undefined {
  const noun = /\b(minister|secretary|commissioner)\b/i.exec(phrase)?.[1]?.toLowerCase();
  const portfolio = PORTFOLIO.exec(phrase)?.[1]
    ?.toLowerCase()
    .replace(/^economic$/, "economy")
    .replace(/^defense$/, "defence");
  if (!noun || !portfolio) return undefined;
  return `${/\b(?:deputy|vice)\b/i.test(phrase) ? "deputy " : ""}${portfolio} ${noun}`;
}

/**
 * A state's possessive before a group of its people that is not the state ("Kazakhstan's opposition", "Uzbekistan's
 * cotton farmers"): a later "Its/Their leaders" are that group's, not the state's (review K5, K22). A lexicon of
 * English nouns for non-state collectives, after at most two modifiers that are no office and no verb; an office, a state body or an attribute of the state (economy, border) is
 * not one of them, so "Its foreign minister" after "Kazakhstan's president …" stays Kazakhstan's.
 */
const OWNED_GROUP = new RegExp(
  String.raw`^['’]s\s+(?:(?!${ROLE_NOUN}\b|[\p{L}-]+ed\b|(?:met|held|hit|made|took|gave|sent|told|said|has|had|is|was|were|are|will|would|and|or|of|the|a|an)\b)[\p{L}-]+\s+){0,2}?(?:${[
    "opposition|parties|party|protesters|demonstrators|activists|dissidents|rebels|militants|insurgents|separatists",
    "farmers|growers|herders|traders|merchants|workers|miners|unions|students|journalists|media|press|bloggers",
    "companies|firms|businesses|business|exporters|importers|producers|investors|banks|lenders|entrepreneurs",
    "citizens|people|voters|residents|youth|diaspora|migrants|clergy|veterans|NGOs|clans|elites|oligarchs"
  ].join("|")})\b`,
  "iu"
);
/** What may stand before a sentence's subject: nothing, or a short opening phrase closed by a comma. */
const SURNAME_SUBJECT = /^(?:[^,.;:"“]{0,40},\s*)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?$/;
/** A possessive pronoun opening the sentence (after a short time phrase at most). */
const POSSESSIVE_OPENING =
  /^((?:(?:Later|Earlier|Then|Afterwards|Subsequently|Meanwhile|Next|That|This|On|In|At|Last)\b[\w\s-]{0,30}?,?\s+)?)(Its|Their|(?<=\S\s+)its|(?<=\S\s+)their)(?=\s)/;
/**
 * A pronoun opening a later clause of the sentence, before a past verb, a verb of the future or of schedule ("…,
 * where he will meet …", "…, where he is expected to meet / is due to meet / is scheduled to hold talks …": the plan
 * told of the place the traveller goes to) or (possessive) an office.
 */
/** Verbs of saying after a speaker's name. */
const SAYING = String.raw`(?:said|says|told|added|noted|stressed|insisted|wrote|declared|explained|recalled|argued|continued|replied|answered|warned|emphasi[sz]ed)`;
/** A name of one to three capitalised words. */
const SPEAKER_NAME = String.raw`(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})`;
/** A speaker named after a quotation: "'…,' Sikorski told …", "…, Kallas said." */
const SPEAKER_AFTER_QUOTE = new RegExp(String.raw`[,?!]\s*["”’]\s+${SPEAKER_NAME}\s+${SAYING}\b`, "u");
/** A speaker opening the sentence: "Cassis said only that …", "Nebenzia told reporters …". */
const SPEAKER_OPENING = new RegExp(String.raw`^${SPEAKER_NAME}\s+(?:\([^)]{1,40}\)\s+)?${SAYING}\b`, "u");
const INNER_PRONOUN = new RegExp(
  String.raw`(,\s+(?:and\s+|where\s+|when\s+|after\s+|before\s+|while\s+|although\s+|though\s+|but\s+|yet\s+|whereas\s+|(?:during|after|at|on|in|following)\s+which\s+)?|\s(?:where|when|although|but)\s+|\s[-–—]\s+(?:and\s+)?)(he|she|it|they|its|their|his|her)(?=(?<=\b(?:he|she))\s+and\s+\p{Lu}|(?<!\b(?:his|her))\s+(?:also\s+|later\s+|then\s+)?(?:(?!(?:said|noted|added|stressed|believed|thought|hoped|feared|seemed|appeared|claimed|argued)\b)[a-z]+ed|met|held|made|took|gave|sent|began|spoke|led|went|came|flew|paid|signed|agreed|won|set)\b|(?<=(?:where|when|once)\s+(?:he|she|they))\s+(?:will\s+(?:also\s+|then\s+|later\s+)?|(?:is|are)\s+(?:also\s+)?(?:(?:expected|due|scheduled|set|slated)\s+)?to\s+)(?!be\b|say\b|speak\b)[a-z]{3,}\b|(?<=(?:its|their|his|her))\s+${ROLE_MODIFIERS}${ROLE_NOUN}\b(?!-))`,
  "u"
);
const TITLE_WORD = words(
  /^(?:President|Vice|Prime|Minister|Foreign|Deputy|First|Acting|Trade|Economy|Defence|Defense|Energy|Finance|Interior|Justice|Transport|Agriculture|Industry|counterpart|Ambassador|ambassador|Commissioner|Secretary|Chairman|Chairwoman|Speaker|envoy|Envoy|leader|Special|Representative|Senator|General|Chief|Head|head|of|the|Affairs|Cabinet|Premier|Chancellor|Governor|Mayor|Presidential|Economic|Investment|Development|chairman|chairwoman|director|chief|executive)$/
);
const NAME = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;
/**
 * A name, then a US legislator's party and state in brackets or between commas: "Daines (R-Mont.)", "Shaheen (D-N.H.)",
 * "Roe, D-Ore.,", "Cruz (R-TX)". The name's last word is the first group.
 */
const PARTY_TAGGED =
  /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?:\s*\(|,\s)[RDI]-\p{Lu}[\p{L}.]{0,12}(?:\)|,)/gu;
/** Words that look like names but are not: they begin sentences and titles. */
const NOT_NAME = words(
  /^(?:The|This|That|These|Those|On|In|At|And|But|He|She|It|They|We|His|Her|Their|Its|Also|Earlier|Later|Meanwhile|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/
);
/** A nationality adjective or a place is no name to substitute: "Uzbek and Kazakh signed" is not English. */
const ADJECTIVE = /(?:ian|ese|ish|ean|ek|akh|yz|men|ic|an|ani|ali|eli|aqi|ati)$/i;

/**
 * The document's memory of who was named: read each sentence in order with {@link Anaphora.learn} (after trying
 * {@link Anaphora.rewrite} on it).
 */
export class Anaphora {
  /** Surname → actor code, from titled names. */
  private readonly persons = new Map<string, string>();
  /** Offices named with their state ("Canada's trade minister") → that state, or null when two states' were named. */
  private readonly offices = new Map<string, string | null>();
  /** Bodies and companies bound to their state where the text introduced them with it (src/read/anaphora-bodies.ts). */
  private readonly bodies = new BodyBindings();
  /** The subject of the latest sentence that told a proposal, an offer or an invitation, and that sentence. */
  private proposer: {code: string; sentence: number} | undefined;
  /** The sentence {@link introduce} last read. */
  private introduced = -1;
  /** Whether the latest sentence read opened with a state's possessive ("Kazakhstan's opposition …"). */
  private ownedSubject = false;
  /**
   * The state of the person the current sentence's subject points to ("He …" read as the person of the sentence before,
   * "The Foreign Secretary …" read as its holder's state): the sentence's subject is that person, for a next "He".
   * Session 22.
   */
  private pointedPerson: {code: string; sentence: number} | undefined;
  /** The one state whose persons a sentence with no subject of its own named ("This is Minister X's visit."). */
  private lonePerson: {code: string; sentence: number} | undefined;
  /** A sentence that opened with a state's office and no name ("Kazakhstan's energy minister spent …"): whose name may follow. */
  private namelessOffice: {code: string; sentence: number} | undefined;

  /**
   * `stateOfName`, when given, says which state a word alone names ("China"), for a body named after its state whose
   * state the coder leaves out of the body's name ("China National Nuclear Corporation (CNNC)").
   */
  constructor(private readonly stateOfName?: (word: string) => string | undefined) {}
  /** Code → a name the coder reads as that actor (a noun, not an adjective), the latest seen. */
  private readonly names = new Map<string, string>();
  /** The latest event's two sides and the sentence it was in. */
  private dyad: {codes: [string, string]; sentence: number} | undefined;
  /** The doer of the latest act of two states (its guest when the act was a hosting), and that act's sentence. */
  private doer: {code: string; other: string; sentence: number} | undefined;
  /** The latest summit named by its two sides ("the India-Central Asia Summit"), for "The first summit was held …". */
  private summitPair: {codes: [string, string]; names: [string, string]; sentence: number} | undefined;
  /** The latest region whose gathering a sentence told ("the Consultative Meeting of the Heads of State of Central Asia"). */
  private gatheredRegion: {code: string; sentence: number} | undefined;
  /** Region → the latest words naming it as a noun ("the South Caucasus"; not an adjective). */
  private readonly regionNames = new Map<string, string>();
  /** The guests a host's pointer last meant (src/read/events-guests.ts), for a "them" in the next sentence. */
  private guests: {codes: string[]; names: string[]; sentence: number} | undefined;
  /** Groups of persons the latest sentences named by their count ("the five presidents"): whom a later "them" means. */
  private readonly countedPersons: {counts: number[]; sentence: number}[] = [];
  /** The latest signing (057) told, for "welcomed the agreement". */
  private signing: {codes: [string, string]; sentence: number} | undefined;
  /** The latest visit (042) told, for "X followed" (also visited). */
  private visit: {codes: [string, string]; sentence: number} | undefined;
  /** The latest event's two sides, regions included ("the EU–Central Asia summit"): whom money announced goes to. */
  private partners: {codes: [string, string]; sentence: number} | undefined;
  /** {@link partners} and {@link partnerPairs} of the latest sentence before the current one that had them. */
  private occasionBefore: {codes: [string, string]; sentence: number; pairs: [string, string][]} | undefined;
  /** Every pair of sides of the events of the latest sentence that had one (a group's meeting gives several). */
  private partnerPairs: [string, string][] = [];
  /** The latest organisation named with its summit ("the SCO summit", "after the summit … the SCO"), and where. */
  private summitOrg: {code: string; sentence: number} | undefined;
  /**
   * The latest organisation named in a sentence telling a gathering of it (a summit, a session, a meeting, a council),
   * with the words of its longest name: whom "his colleagues", "the member states" or "the partners" later mean.
   */
  private gatheredOrg: {code: string; sentence: number} | undefined;
  /** Organisation → the words of its names met so far ("Organization of Turkic States"), for "the Turkic family". */
  private readonly orgWords = new Map<string, Set<string>>();
  /** Organisation → the state that hosted its latest gathering told (a 043 event with the organisation as target). */
  private readonly hosts = new Map<string, string>();
  /** Every pair of sides of the events of {@link dyad}'s sentence (no regions), in order. */
  private dyadPairs: [string, string][] = [];
  /** How many events the text told so far between each two actors (no regions), by their codes sorted and joined. */
  private readonly dyadCounts = new Map<string, number>();
  /** The latest sentence that told an event between each two actors of {@link dyadCounts}, by the same key. */
  private readonly dyadLast = new Map<string, number>();
  /**
   * Every side the text has named a person of so far (a titled name, a leader, a person's apposition, a speaker): the
   * sides "the two ministers" may be (session 32).
   */
  private readonly personSides = new Set<string>();
  /** The latest event's sides before the current sentence's own events. */
  private earlier: {codes: [string, string]; sentence: number} | undefined;
  private sentence = 0;
  /** The acting side of the first event in the latest sentence that had one: whom "He met …" next means. */
  private subject: {code: string; sentence: number} | undefined;
  /** The sides the sentence before named a person of (a titled name, a leader's name: not the state's name alone). */
  private personBefore = new Set<string>();
  /** Whether the sentence before named persons by an office, however it tied them to their states ("the presidents of A and B"). */
  private officeBefore = false;
  /** The sides of the persons each recent sentence named (the three latest such sentences): who "the two men" are. */
  private readonly personsNamed: {codes: string[]; sentence: number}[] = [];
  /** The subject of the sentence before when it was told in the passive ("X was received by Y"), else undefined. */
  private passiveSubject: string | undefined;
  /** {@link subject} as it stood when the current sentence began (its own events not yet noted). */
  private subjectBefore: {code: string; sentence: number} | undefined;
  /** Code → the latest adjective naming it ("Hungarian"), for "the Hungarian side" when no noun was seen. */
  private readonly adjectives = new Map<string, string>();
  /** The latest pair of actors a sentence named as a pair ("between the GCC and Central Asia"), regions included. */
  private pairNamed: {codes: [string, string]; sentence: number} | undefined;
  /** The distinct states and organisations (no regions) the latest sentence named, in order. */
  private previous: string[] = [];
  /** The same for the three latest sentences, oldest first. */
  private readonly recent: string[][] = [];
  /**
   * The codes of the companies and bodies each of the three latest sentences named by a name of more words than their
   * state's ("Kazakhstan Temir Zholy", "Azerbaijan Railways", "Georgian Railway"): whom "the three state rail
   * companies" are when the sentence also named a state as a place ("… the northern route through Russia").
   */
  private readonly recentBodies: string[][] = [];
  /**
   * Every earlier sentence's distinct codes, regions included, with its index: where a counted group ("the six
   * leaders") finds the group of that many the page named further back than {@link recent} (session 28).
   */
  private readonly named: {codes: string[]; sentence: number}[] = [];
  /** Whether the page named Central Asia or all five of its states: "the five" alone is then the region's five. */
  private centralAsia = false;
  /** The actor each of the three latest sentences opened with (its subject, when it names one first), oldest first. */
  private readonly openings: (string | undefined)[] = [];

  /** A name the coder reads as the actor: a noun seen before, else "the <adjective> side". */
  private nameOf(code: string): string | undefined {
    return this.names.get(code) ?? (this.adjectives.has(code) ? `the ${this.adjectives.get(code)} side` : undefined);
  }

  /**
   * Reads the bodies and companies the sentence introduces with their state, and notes where bound ones are named
   * (their titled people are learned as persons: "the agency's chairman, X"). Once per sentence.
   */
  private introduce(text: string, mentions: readonly AnaphoraMention[]): void {
    if (this.introduced === this.sentence) return;
    this.introduced = this.sentence;
    const stateOf = (word: string) => {
      for (const [code, name] of this.names) if (name === word && isStateCode(code)) return code;
      return mentions.find((m) => m.text === word && isStateCode(m.code))?.code ?? this.stateOfName?.(word);
    };
    for (const hit of this.bodies.read(text, mentions, this.sentence, isStateCode, stateOf))
      this.learnPerson(text, {start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), code: hit.code});
  }

  /**
   * Notes that the current sentence's subject is a person of state (or organisation) `code` told by a pointer (a
   * pronoun, an office alone): a next sentence's "He" or "She" is that person too, whoever else this sentence named (session 22).
   */
  notePersonSubject(code: string): void {
    // (an organisation's official too: "The Secretary General welcomed … He thanked …"; session 23)
    if ((isStateCode(code) || isOrganisationCode(code)) && !REGIONS.has(code))
      this.pointedPerson = {code, sentence: this.sentence};
  }

  /**
   * Remembers a person the reader tied to an actor otherwise (an official named by title and name on a page whose
   * home they are: src/read/home-persons.ts): their surname alone later stands for `code`, read as `name` while the
   * text has named the actor by no noun of its own. A surname already tied stays as it was.
   */
  notePerson(surname: string, code: string, name: string): void {
    if (!this.persons.has(surname)) this.persons.set(surname, code);
    if (!this.names.has(code) && !this.adjectives.has(code)) this.names.set(code, name);
  }

  /**
   * A US legislator named with their party and state, as the American press tags a member of Congress ("Steve Daines
   * (R-Mont.)", "Jane Roe, D-Ore.,"): the tag says the person is the United States', whatever the sentence names, so
   * the surname stands for the United States from here on ("Daines traveled to Astana"). Session 35.
   */
  private learnLegislators(text: string): void {
    if (!/(?:\(|,\s)[RDI]-/.test(text)) return;
    for (const hit of text.matchAll(PARTY_TAGGED)) {
      const surname = hit[1]!;
      if (NOT_NAME.test(surname) || this.persons.has(surname)) continue;
      this.persons.set(surname, "USA");
      if (!this.names.has("USA") && !this.adjectives.has("USA")) this.names.set("USA", "the United States");
    }
  }

  /**
   * The persons the sentence names only by a surname tied to an actor before ("Daines traveled to Astana …" after
   * "Steve Daines (R-Mont.)"), as mentions the coder did not give: a next sentence's object pronoun may point to them
   * ("Tokayev asked him to lead …"). `name` is the actor's name as the text gave it. Session 35.
   */
  surnameMentions(
    text: string,
    mentions: readonly AnaphoraMention[]
  ): (AnaphoraMention & {name: string; surname: true})[] {
    const out: (AnaphoraMention & {name: string; surname: true})[] = [];
    for (const [surname, code] of this.persons) {
      if (!text.includes(surname) && !REGEX_SYNTAX.test(surname)) continue;
      const hit = surnamePattern(surname).exec(text);
      if (!hit) continue;
      const at = hit.index + hit[1]!.length;
      if (mentions.some((x) => x.start <= at + surname.length && x.end >= at)) continue;
      const name = this.nameOf(code);
      if (name) out.push({start: at, end: at + surname.length, text: surname, code, name, surname: true});
    }
    return out;
  }

  /** Whether a surname is tied to an actor already. */
  knowsPerson(surname: string): boolean {
    return this.persons.has(surname);
  }

  /** Remembers the sentence's mentions and titled persons. */
  learn(text: string, mentions: readonly AnaphoraMention[]): void {
    this.introduce(text, mentions);
    // A person named with an apposition ("Almazbek Toktorbaev, the Kyrgyz foreign minister, …"): the surname stands
    // for the state from here on, and a sentence opening with them opens with that state (a person: "He …" next).
    const apposed = APPOSITION_CUE.test(text) ? this.appositions(text, mentions) : [];
    this.learnOffices(text, mentions);
    this.learnLegislators(text);
    this.namelessOffice = this.officeWithoutName(text, mentions);
    for (const a of apposed) {
      const words = text.slice(a.start, a.end).split(",")[0]!.trim().split(/\s+/);
      const surname = SURNAME_FIRST.has(a.code) ? words[0]! : words.at(-1)!;
      if (!this.persons.has(surname)) this.persons.set(surname, a.code);
    }
    const personal = apposed[0] && apposed[0].start <= 4 ? apposed[0] : undefined;
    // A sentence that gave no event but opens with an actor ("Mongolia hosted a forum …"): its subject is that actor.
    const opening =
      personal !== undefined
        ? {start: personal.start, end: personal.end, text: personal.name, code: personal.code}
        : mentions.find((m) => m.start <= 4 && !REGIONS.has(m.code));
    if (opening && (!this.subject || this.subject.sentence !== this.sentence))
      this.subject = {code: opening.code, sentence: this.sentence};
    // A sentence of a person's words with no act of its own ("'…,' Sikorski told a news conference.", "Cassis said only
    // that …"): the speaker is the subject a next "He" or "She" points to. Session 21.
    const speaker =
      opening === undefined && (!this.subject || this.subject.sentence !== this.sentence)
        ? this.speakerOf(text, mentions)
        : undefined;
    if (speaker) this.subject = {code: speaker, sentence: this.sentence};
    // (review K5) "Kazakhstan's opposition held …": the sentence's subject is what the state's possessive owns, not the
    // state; a later "Its leaders" is not the state's
    // (review K22) only a non-state group: "Kazakhstan's president/economy …, Its foreign minister" stays the state's
    this.ownedSubject = opening !== undefined && OWNED_GROUP.test(text.slice(opening.end));
    if (SUMMIT.test(text)) {
      const leaders = this.summitPair?.sentence === this.sentence ? undefined : leadersPair(text, mentions);
      if (leaders) {
        const names = leaders.map((m) =>
          REGIONS.has(m.code)
            ? (this.regionNames.get(m.code) ?? (m.code === "CAS" ? "Central Asia" : undefined))
            : (nounName([m]) ?? this.names.get(m.code))
        );
        if (names[0] && names[1])
          this.summitPair = {
            codes: [leaders[0].code, leaders[1].code],
            names: [names[0], names[1]],
            sentence: this.sentence
          };
      }
      // (not an organisation named beside a summit the sentence names by its two sides: "It was the first China–Central
      // Asia summit, and … the G7 leaders were meeting in Hiroshima at the same time"; session 32)
      const pair = this.summitPair?.sentence === this.sentence ? this.summitPair.codes : undefined;
      const org = mentions.find(
        (m) =>
          !REGIONS.has(m.code) &&
          !isStateCode(m.code) &&
          ORGANISATION.test(m.text) &&
          (pair === undefined || pair.includes(m.code))
      );
      if (org) this.summitOrg = {code: org.code, sentence: this.sentence};
    }
    for (const m of mentions)
      if (!REGIONS.has(m.code) && !isStateCode(m.code) && /\s/.test(m.text)) {
        let words = this.orgWords.get(m.code);
        if (!words) this.orgWords.set(m.code, (words = new Set()));
        for (const w of m.text.split(/[^\p{L}]+/u)) if (w) words.add(w.toLowerCase());
      }
    // (a summit named by its two sides, "the EU–Central Asia summit", is the pair's, not a gathering of one of them)
    if (GATHERING.test(text) && !SUMMIT_PAIR.test(text)) {
      const org = mentions.find(
        (m) =>
          !REGIONS.has(m.code) &&
          !isStateCode(m.code) &&
          (ORGANISATION.test(m.text.replace(/^the\s+/i, "")) || BLOC_NAME.test(m.text)) &&
          // (the organisation the text ties to the gathering, not one named beside it: src/read/gathering-ties.ts)
          gatheringOf(text, m.start, m.end)
      );
      if (org) {
        this.gatheredOrg = {code: org.code, sentence: this.sentence};
      } else if (
        this.gatheredOrg &&
        !mentions.some((m) => !REGIONS.has(m.code) && !isStateCode(m.code) && ORGANISATION.test(m.text))
      )
        // ("Opening the session, …": the same gathering told on, named by its noun alone)
        this.gatheredOrg.sentence = this.sentence;
    } else if (this.gatheredOrg && mentions.some((m) => m.code === this.gatheredOrg!.code))
      this.gatheredOrg.sentence = this.sentence;
    for (const m of mentions)
      if (REGIONS.has(m.code) && !/(?:an|ese|ic)$/.test(m.text) && /^(?:the\s+)?\p{Lu}/u.test(m.text))
        this.regionNames.set(m.code, m.text);
    if (GATHERING.test(text)) {
      const region = mentions.find((m) => REGIONS.has(m.code) && gatheringOf(text, m.start, m.end));
      if (region) this.gatheredRegion = {code: region.code, sentence: this.sentence};
    }
    // ("Lazaro said the Philippines welcomed closer ties between ASEAN and Central Asia": a pair named as the
    // complement of a noun of a standing relation, after another actor the sentence names first, is what that actor
    // spoke of, not two who acted; a next "Both sides" is not they. Session 30.)
    const named = coordinatedPair(text, mentions, text.length, true, false);
    const spokenOf =
      named !== undefined &&
      RELATION_BETWEEN.test(text.slice(Math.max(0, named[0].start - 60), named[0].start)) &&
      mentions.some((m) => m.end <= named[0].start && m.code !== named[0].code && m.code !== named[1].code);
    this.previous = [];
    // (not a place or a state named inside the quotation a sentence of quoted speech opens with: '"Malta showed that a
    // small country can make a difference in New York," he said.' names what a speaker spoke of, not a pair a next "the
    // two sides" may be; a phrase quoted inside narration, 'said his country "expects CAREC to …"', stays; session 34)
    const quoted = /^\s*["“]/.test(text)
      ? [...text.matchAll(QUOTED_SPAN)].map((q) => [q.index, q.index + q[0].length] as const)
      : [];
    for (const m of mentions)
      if (
        !REGIONS.has(m.code) &&
        !quoted.some(([from, to]) => m.start > from && m.end < to) &&
        !this.previous.includes(m.code) &&
        !(spokenOf && (m.code === named[0].code || m.code === named[1].code))
      )
        this.previous.push(m.code);
    if (named && !spokenOf) this.pairNamed = {codes: [named[0].code, named[1].code], sentence: this.sentence};
    // (groups of persons named by their count, for a later "them": session 30)
    const counts = [...text.matchAll(COUNTED_PERSONS)].map((h) => COUNTS[h[1]!.toLowerCase()]!);
    if (counts.length > 0) this.countedPersons.push({counts, sentence: this.sentence});
    while (this.countedPersons.length > 0 && this.countedPersons[0]!.sentence < this.sentence - 3)
      this.countedPersons.shift();
    // every distinct code the sentence named, regions included
    this.recent.push([...new Set(mentions.map((m) => m.code))]);
    if (this.recent.length > 3) this.recent.shift();
    this.named.push({codes: this.recent.at(-1)!, sentence: this.sentence});
    if (mentions.some((m) => m.code === "CAS") || [...CENTRAL_ASIA].every((c) => mentions.some((m) => m.code === c)))
      this.centralAsia = true;
    this.recentBodies.push([
      ...new Set(mentions.filter((m) => isStateCode(m.code) && this.namedAsBody(m)).map((m) => m.code))
    ]);
    if (this.recentBodies.length > 3) this.recentBodies.shift();
    this.openings.push(opening?.code);
    if (this.openings.length > 3) this.openings.shift();
    for (const m of mentions) {
      const name = nounName([m]);
      if (name) this.names.set(m.code, name);
      else if (/^\p{Lu}\p{Ll}+$/u.test(m.text)) this.adjectives.set(m.code, m.text);
      this.learnPerson(text, m);
    }
    this.personBefore = new Set(mentions.filter((m) => personLike(text, m)).map((m) => m.code));
    this.officeBefore = OFFICE_WORD.test(text);
    for (const a of apposed) this.personBefore.add(a.code);
    if (speaker) this.personBefore.add(speaker);
    // ("Nauseda arrived in Astana. He met X. He also signed …": a subject told by a pointer to a person is that person,
    // whoever else the sentence named; session 22)
    if (this.pointedPerson?.sentence === this.sentence) {
      this.subject = {code: this.pointedPerson.code, sentence: this.sentence};
      this.personBefore.add(this.pointedPerson.code);
    }
    for (const c of this.personBefore) this.personSides.add(c);
    if (this.personBefore.size > 0) {
      this.personsNamed.push({codes: [...this.personBefore], sentence: this.sentence});
      if (this.personsNamed.length > 3) this.personsNamed.shift();
    }
    if (this.subject?.sentence !== this.sentence && this.personBefore.size === 1) {
      const code = [...this.personBefore][0]!;
      if (isStateCode(code) && !REGIONS.has(code)) this.lonePerson = {code, sentence: this.sentence};
    }
    // (review J10) "X was received by Y …. He …": after a passive, "He" is its subject (the actor opening it)
    const opener = PASSIVE_BY.test(text) ? mentions.find((m) => !REGIONS.has(m.code)) : undefined;
    this.passiveSubject = opener && opener.start < (PASSIVE_BY.exec(text)?.index ?? 0) ? opener.code : undefined;
    // (the subject of a sentence of proposing, offering or inviting: whose proposal a bloc's members answer next)
    if (PROPOSING.test(text) && this.subject?.sentence === this.sentence)
      this.proposer = {code: this.subject.code, sentence: this.sentence};
    this.sentence++;
    this.subjectBefore =
      this.passiveSubject !== undefined ? {code: this.passiveSubject, sentence: this.sentence - 1} : this.subject;
  }

  /**
   * Remembers an event coded in the current sentence (call before {@link Anaphora.learn} moves on). Praise and
   * approval (CAMEO 051–054), mostly a third party's ("Moscow welcomed the agreement"), do not make "the two sides".
   */
  noteEvent(source: string, target: string, code: string): void {
    // (a state hosting an organisation's gathering: "Belarus hosted a session of the CSTO …")
    if (code.startsWith("043") && isStateCode(source) && !isStateCode(target) && !REGIONS.has(target))
      this.hosts.set(target, source);
    if (!this.subject || this.subject.sentence !== this.sentence)
      this.subject = {code: source, sentence: this.sentence};
    if (code.startsWith("042") && source !== target) this.visit = {codes: [source, target], sentence: this.sentence};
    if (code.startsWith("057") && source !== target && !REGIONS.has(source) && !REGIONS.has(target))
      this.signing = {codes: [source, target], sentence: this.sentence};
    if (/^05[1-4]/.test(code)) return;
    if (source !== target) {
      if (this.partners?.sentence !== this.sentence) {
        if (this.partners) this.occasionBefore = {...this.partners, pairs: this.partnerPairs};
        this.partnerPairs = [];
      }
      this.partnerPairs.push([source, target]);
      this.partners = {codes: [source, target], sentence: this.sentence};
    }
    if (source !== target && !REGIONS.has(source) && !REGIONS.has(target)) {
      if (this.dyad && this.dyad.sentence !== this.sentence) {
        this.earlier = this.dyad;
        this.dyadPairs = [];
      }
      this.dyad = {codes: [source, target], sentence: this.sentence};
      // (the first act noted for the sentence names its doer: a hosting's doer is the host, its guest the traveller)
      if (this.doer?.sentence !== this.sentence)
        this.doer = code.startsWith("043")
          ? {code: target, other: source, sentence: this.sentence}
          : {code: source, other: target, sentence: this.sentence};
      this.dyadPairs.push([source, target]);
      const key = [source, target].sort().join("|");
      this.dyadCounts.set(key, (this.dyadCounts.get(key) ?? 0) + 1);
      this.dyadLast.set(key, this.sentence);
    }
  }

  /**
   * The state of the person whose words the sentence reports, when it names them by a surname learned before or by a
   * person's mention: "'…,' Sikorski told a news conference …", "…, Kallas said.", "Cassis said only that …"
   * ({@link SPEAKER_AFTER_QUOTE}, {@link SPEAKER_OPENING}).
   */
  private speakerOf(text: string, mentions: readonly AnaphoraMention[]): string | undefined {
    const hit = SPEAKER_AFTER_QUOTE.exec(text) ?? SPEAKER_OPENING.exec(text);
    if (!hit) return undefined;
    const at = hit.index + hit[0].indexOf(hit[1]!);
    const end = at + hit[1]!.length;
    const named = mentions.find((m) => m.start < end && m.end > at);
    if (named)
      return isStateCode(named.code) && !REGIONS.has(named.code) && personLike(text, named) ? named.code : undefined;
    const words = hit[1]!.split(/\s+/);
    return this.persons.get(words.at(-1)!) ?? this.persons.get(words[0]!);
  }

  /** "Uzbek Prime Minister Abdulla Aripov", "President of Uzbekistan Shavkat Mirziyoyev": Aripov → UZB. */
  private learnPerson(text: string, m: AnaphoraMention): void {
    if (REGIONS.has(m.code)) return;
    // A person the coder knows by name, named in full ("Prime Minister Muhammad Shehbaz Sharif", "Dan Jørgensen, the
    // EU's energy commissioner", "Pope Francis"): the name news shortens them to stands for the same actor from here
    // on ("Sharif will leave for Bishkek", "Jørgensen, who also visited Baku, said …"). Session 26.
    const agent = (m as AnaphoraMention & {agent?: string}).agent;
    if (agent !== undefined && agent !== m.code) {
      const short = shortName(m.text, m.code);
      if (short && !this.persons.has(short)) this.persons.set(short, m.code);
    }
    // (The words after the mention are split only as far as they are read: most mentions have no title after them.)
    const after = new WordsAfter(text, m.end, 8);
    // The mention, then title words, then a name of two or three capitalised words.
    let k = 0;
    if (after.at(0) === "'s" || after.at(0) === "’s") k++;
    let titled = false;
    while (after.at(k) !== undefined && TITLE_WORD.test(after.at(k)!)) {
      titled = true;
      k++;
    }
    // "the agency's chairman, X": a title closed by a comma before the name.
    if (after.at(k) !== undefined && /^(?:chairman|chairwoman|director|chief|executive|head),$/.test(after.at(k)!)) {
      titled = true;
      k++;
    }
    // "President of Uzbekistan Shavkat Mirziyoyev": the title comes before the mention.
    const before = lastTwoWords(text, m.start);
    if (!titled && before[1] === "of" && TITLE_WORD.test(before[0] ?? "")) titled = true;
    // "President Lee Jae-myung": the mention is itself a titled person's full name (a leader the dictionary knows).
    if (!titled && PRESIDENT_MINISTER_PREMIER_ETC.test(before[1] ?? "")) {
      const words = m.text.split(/\s+/);
      if (words.length >= 2 && words.length <= 3 && words.every((w) => NAME.test(w) && !NOT_NAME.test(w))) {
        const surname = SURNAME_FIRST.has(m.code) ? words[0]! : words.at(-1)!;
        if (!this.persons.has(surname)) this.persons.set(surname, m.code);
      }
      return;
    }
    if (!titled) return;
    const name: string[] = [];
    while (after.at(k) !== undefined && name.length < 3) {
      const word = after.at(k)!;
      const w = word.replace(/[,.;:)]+$/, "");
      if (!NAME.test(w) || NOT_NAME.test(w)) break;
      name.push(w);
      if (w !== word) break;
      k++;
    }
    if (name.length < 2) return;
    // Chinese, Korean and Vietnamese names put the surname first ("Wang Wentao" is Wang, "Yoon Suk Yeol" Yoon).
    const surname = SURNAME_FIRST.has(m.code) ? name[0]! : name.at(-1)!;
    if (!this.persons.has(surname)) this.persons.set(surname, m.code);
  }

  /**
   * The sentence rewritten for the coder, or undefined when nothing in it points back. `mentions` are the
   * sentence's own (offsets into it): a pair pointer takes the actors named before it in the sentence first.
   */
  rewrite(text: string, mentions: readonly AnaphoraMention[], substituted = false): Rewrite | undefined {
    this.introduce(text, mentions);
    const delayed = substituted ? undefined : this.delayedName(text, mentions);
    if (delayed) return delayed;
    // Bodies bound to their state ("KTZ", "the agency") are read as the state first; the copy is then read for the
    // other pointers ("Last Saturday, <surname> was in X, where he and <body>'s chairman signed …").
    // "Mongolia has kept quiet for weeks. The Foreign Ministry urged …": a state's body named without its state, as the
    // subject, is the body of the state the sentence before opened with (named by name or by a person).
    const body = BARE_BODY.exec(text);
    const owner = this.subjectBefore;
    if (body && owner && owner.sentence === this.sentence - 1 && isStateCode(owner.code) && !REGIONS.has(owner.code)) {
      const name = this.names.get(owner.code);
      if (name) return splice(text, body[1]!.length, 3, `${name}'s`, "pronoun");
    }
    const sub = substituted ? undefined : this.bodySubstitution(text, mentions);
    if (sub) {
      const again = this.rewrite(sub.rewrite.text, sub.mentions, true);
      return again && (again.kind === "pronoun" || again.kind === "pair" || again.kind === "object")
        ? compose(text, sub.rewrite, again)
        : sub.rewrite;
    }
    const merged = mergeSameActor(text, mentions);
    // (… unless the sentence has a pair pointer: "French President Macron visited Astana and the two sides signed …,
    // and German Chancellor Olaf Scholz followed" is read for its pointer, the names being read as written)
    const paired = PAIR_CORE.test(text);
    PAIR.lastIndex = 0;
    if (merged && !(paired && PAIR.exec(text))) return merged;
    const relative = dropRelativeClause(text, mentions);
    if (relative) return relative;
    const placed = this.passivePlace(text, mentions);
    if (placed) return placed;
    const group = this.countedGroup(text, mentions);
    if (group) return group;
    PAIR.lastIndex = 0;
    OBJECT_PAIR.lastIndex = 0;
    const hits: {at: number; phrase: string; inner?: boolean; adjunct?: string; head?: string}[] = [];
    for (let m = paired ? PAIR.exec(text) : null; m; m = PAIR.exec(text))
      hits.push({
        at: m.index + m[1]!.length,
        phrase: m[3]!,
        adjunct: m[2],
        head: text.slice(m.index, m.index + m[1]!.length - m[2]!.length)
      });
    // "X received Y in Astana, where they discussed …": "they" opening a later clause is the two named before it.
    const later = INNER_THEY.exec(text);
    if (later) hits.push({at: later.index + later[1]!.length, phrase: later[2]!, inner: true});
    for (let m = OBJECT_PAIR.exec(text); m; m = OBJECT_PAIR.exec(text))
      hits.push({at: m.index + m[1]!.length, phrase: m[2]!});
    for (const {at, phrase, inner: clause, adjunct, head} of hits) {
      // (a clause-opening time before a bare present, "In 2030 the parties plan to …", is a timetable or a target,
      // not a told act: only past and future verbs after an adjunct)
      if (
        adjunct &&
        /^\s+(?:\w+\s+)?(?:sign|agree|discuss|meet|hold|intend|plan)\b/i.test(text.slice(at + phrase.length))
      )
        continue;
      // "the leaders of Kazakhstan and Uzbekistan" names its actors: not a pointer.
      if (/^\s+of\b/.test(text.slice(at + phrase.length)) && !/two\s+countries|two\s+states/.test(phrase)) continue;
      // "Modi hosted the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan. The leaders
      // agreed …": a plural pointer (not "the two") after a sentence naming one actor and all five Central Asian
      // states is that actor and the region's group; so are "the two sides" / "both parties" (session 19: one side
      // and the group of five are two sides; "the two presidents" are two persons).
      if (
        (!/\btwo\b/i.test(phrase) || /\b(?:sides|parties)\b/i.test(phrase)) &&
        !mentions.some((x) => x.end <= at && !REGIONS.has(x.code))
      ) {
        const others = this.previous.filter((c) => !CENTRAL_ASIA.has(c));
        const five = [...CENTRAL_ASIA].every((c) => this.previous.includes(c));
        const name = others.length === 1 ? this.groupName(others[0]!, mentions) : undefined;
        if (five && name)
          return {
            ...splice(text, at, phrase.length, `${name} and the Central Asian states`, "pair"),
            from: this.sentence - 1
          };
      }
      // (the leaders, uncounted, of a summit the sentence names before them are its sides: read by summitSides)
      if (!clause && !/\b(?:two|both)\b/i.test(phrase) && summitSidesBefore(text, mentions, at)) continue;
      // (… and so are those of the latest summit told by its two sides, when nothing since told another pair's act)
      if (
        !clause &&
        /^(?:the\s+)?(?:leaders|heads\s+of\s+state)$/i.test(phrase) &&
        !mentions.some((x) => x.end <= at && !REGIONS.has(x.code)) &&
        this.pairSummit()
      )
        continue;
      // (a place opening the clause, "in Beijing the two sides …", is where they acted, not one of them)
      const opens = at - (adjunct?.length ?? 0);
      // (a region's group may be one of "the two sides", "the parties" or "the leaders", not of "the two presidents")
      const before = SEX_POINTER.test(phrase)
        ? this.twoPersons(text, mentions, opens)
        : this.pairBefore(
            // (not a matter talked about: "discussed Afghanistan … with Meredov, and the two sides …"; a person the
            // text tied to a state earlier, named by surname, is that state: "Mucunski held talks in Astana with
            // Kazakhstan's deputy minister, where the two sides …" are North Macedonia and Kazakhstan; session 35)
            [...mentions, ...this.surnameMentions(text, mentions)]
              .filter((x) => x.end <= opens && !topicAt(text, x.start))
              .sort((a, b) => a.start - b.start),
            PERSONS_POINTER.test(phrase),
            text,
            /\b(?:sides|parties)\b/i.test(phrase) || !/\b(?:two|both)\b/i.test(phrase)
          );
      if (!before || (clause && before.from !== undefined)) continue;
      // "After the summit, the leaders signed …": leaders not counted ("the two", "both") in a sentence telling a summit
      // are the summit's, not a pair named in an earlier sentence (two observers, two guests).
      // (only at an organisation's summit, named in the ten sentences before: a bilateral summit's leaders are a pair)
      // (… and at a gathering of an organisation told as a session or a meeting, "Following the session, the leaders
      // signed …", or in a sentence naming the organisation, "The heads of state approved … of the CSTO")
      const gathered =
        this.gatheredOrg && this.sentence - this.gatheredOrg.sentence <= 10 ? this.gatheredOrg : undefined;
      if (
        before.from !== undefined &&
        !/\b(?:two|both)\b/i.test(phrase) &&
        ((SUMMIT.test(text) && this.summitOrg !== undefined && this.sentence - this.summitOrg.sentence <= 10) ||
          (gathered !== undefined &&
            (GATHERING.test(text) || mentions.some((m) => m.code === gathered.code)) &&
            /\b(?:leaders|heads\s+of\s+state|presidents)\b/i.test(phrase)))
      )
        continue;
      // (a later clause's "they" only for a subject and its object, "X met Y …, where they": not after a plural that
      // may be who "they" are — envoys, officials, investors — nor for two members of one list, "to Russia and China")
      if (clause) {
        const head = text.slice(0, at);
        const pairMentions = mentions.filter((x) => x.end <= at && before.codes.includes(x.code));
        const last = pairMentions.at(-1);
        const prior = pairMentions.filter((x) => x.code !== last?.code).at(-1);
        if (
          PLURAL_WORD.test(head) ||
          (last && prior && /^\s*(?:,|and|or|,\s*and)\s*$/.test(text.slice(prior.end, last.start)))
        )
          continue;
      }
      const pair = before.codes;
      const names = pair.map(
        (c) =>
          (REGIONS.has(c) ? (this.regionNames.get(c) ?? (c === "CAS" ? "Central Asia" : undefined)) : undefined) ??
          this.names.get(c) ??
          nounName(mentions.filter((x) => x.code === c)) ??
          sideName(mentions.filter((x) => x.code === c)) ??
          (this.adjectives.has(c) ? `the ${this.adjectives.get(c)} side` : undefined)
      );
      if (!names[0] || !names[1]) continue;
      const replacement = `${names[0]} and ${names[1]}`;
      // (the place left out of the copy: "In Lisbon Canada and Norway …" reads as one name, "Lisbon, Canada" as a
      // town and its country; the rest stays, closed by a comma, "During talks, A and B …", not "talks A", the date
      // being read from the sentence as written)
      const kept = adjunct?.replace(PLACE_ADJUNCT, "").replace(/,?\s*$/, "") ?? "";
      // (review L8: the pair named earlier in the pointer's own sentence, the pointer heading a later clause — "A and B
      // have clashed for years, and in 2019 the two sides signed …": the copy is the pointer's clause alone, so that
      // the first clause's verb does not find the names after it and read an act dated by the later clause; not after a
      // relative's "which"/"that", whose clause needs the noun before it; "and that" is a second complement, session 26)
      const own =
        before.from === undefined && opens > 0 && !/\b(?:which|(?<!\band\s+)that)\s*$/i.test(text.slice(0, opens))
          ? {from: 0, length: at + phrase.length}
          : undefined;
      // (a list's bullet before the clause is left out of the copy: "* At the summit, A and B adopted …"; session 26)
      const bullet = opens > 0 && /^\s*[*•·▪-]\s+$/.test(text.slice(0, opens)) ? opens : 0;
      // (an adverb of concession or sequence after the pointer is left out of the copy with it: "the two governments
      // nevertheless signed …" reads as "A and B signed …"; the coder's tagger knows no such adverb; session 34)
      const aside = CONCESSION_AFTER.exec(text.slice(at + phrase.length))?.[0].length ?? 0;
      const rewritten = own
        ? splice(text, 0, own.length + aside, `${kept ? `${kept}, ` : ""}${replacement}`, "pair")
        : adjunct
          ? splice(
              text,
              opens - bullet,
              bullet + adjunct.length + phrase.length + aside,
              `${kept ? `${kept}, ` : ""}${replacement}`,
              "pair"
            )
          : splice(text, at - bullet, bullet + phrase.length + aside, replacement, "pair");
      return before.from === undefined ? rewritten : {...rewritten, from: before.from};
    }
    // "Russia welcomed the agreement": the agreement of the latest event's two sides, when neither is named here.
    const object = this.eventObject(text, mentions);
    if (object) return object;
    // "Ashgabat declined the offer", "Moscow condemned the decision": the act of the latest event's acting side, when
    // the sentence does not name that side.
    const deed = ACT_OBJECT.exec(text);
    const before = this.dyad?.sentence === this.sentence ? this.earlier : this.dyad;
    if (deed && before && this.sentence - before.sentence <= 4) {
      const doer = before.codes[0];
      const name =
        this.names.get(doer) ?? (this.adjectives.has(doer) ? `the ${this.adjectives.get(doer)} side` : undefined);
      const at = deed.index + deed[0].length;
      if (name && !mentions.some((m) => m.code === doer && m.start < at)) {
        const replacement = ` of ${name}`;
        return splice(text, at, 0, replacement, "pair");
      }
    }
    // "He later met X": a sentence opening with a personal pronoun whose verb follows it, right after a sentence
    // whose first event's actor is a person's state ("Tajik President X arrived in Bishkek. He met …").
    // (After a short time phrase too: "Later that month he hosted …", "On Friday she met …"; and "He and X agreed".)
    // "Its President X travelled to …": the state's office holder.
    let pronoun = PRONOUN_OPENING.exec(text);
    let possessive = pronoun !== null && /^(Its|Their|its|their)$/.test(pronoun[2]!);
    let titled = pronoun !== null && /^\s+\p{Lu}/u.test(text.slice(pronoun[0].length));
    // "Its special representative for X, Y, visited …", "Their deputy foreign ministers met …": a possessive before a
    // person's or body's noun phrase of any case (the office holder acts for the state).
    if (!pronoun || (possessive && !titled)) {
      const opening = POSSESSIVE_OPENING.exec(text);
      if (opening && !this.ownedSubject && ROLE_PHRASE.test(text.slice(opening[0].length))) {
        pronoun = opening;
        possessive = titled = true;
      }
    }
    // ("He"/"She" is a person: not after a sentence that named the side by its state's name alone)
    // ("It" is a state or an organisation the sentence before named by its name, not by a person, and no passive or
    // expletive: "It was agreed …", "It has been …")
    // (lower-case "it" after an opening phrase: "In February 2024 it signed …"; a perfect's auxiliary is no
    // possession: "It has also built …", "He had held talks …"; session 25)
    const it = pronoun !== null && /^[Ii]t$/.test(pronoun[2]!);
    const after = it ? text.slice(pronoun![0].length) : "";
    const thing =
      it &&
      this.subject !== undefined &&
      !REGIONS.has(this.subject.code) &&
      !this.personBefore.has(this.subject.code) &&
      !/^\s+(?:was|were|is|are)\b/.test(after) &&
      (!/^\s+(?:has|had|have)\b/.test(after) || PERFECT_ACT.test(after));
    const person = possessive || (!it && this.subject !== undefined && this.personBefore.has(this.subject.code));
    // ("This is Minister X's second visit to Japan. He previously visited …": a sentence before with no subject of its
    // own that named one person; session 22)
    const lone =
      pronoun && !possessive && /^(?:he|she)$/i.test(pronoun[2]!) && this.subject?.sentence !== this.sentence - 1
        ? this.lonePerson
        : undefined;
    if (lone && lone.sentence === this.sentence - 1) {
      const name = this.nameOf(lone.code);
      if (name) {
        this.notePersonSubject(lone.code);
        return openingSplice(text, pronoun![1]!, pronoun![2]!, name);
      }
    }
    // ("Mr X was received by Prime Minister Y. He will travel to Astana …": after a passive, "He" is its subject, the
    // person it opened with; session 31)
    const passive =
      /^(?:he|she)$/i.test(pronoun?.[2] ?? "") &&
      this.subjectBefore?.sentence === this.sentence - 1 &&
      this.subjectBefore.code !== this.subject?.code &&
      this.personBefore.has(this.subjectBefore.code)
        ? this.subjectBefore
        : undefined;
    const subject = passive ?? this.subject;
    if (
      pronoun &&
      possessive === titled &&
      (person || thing || passive) &&
      subject &&
      subject.sentence === this.sentence - 1
    ) {
      const name = this.nameOf(subject.code);
      if (name) {
        const at = pronoun[1]!.length;
        const replacement = possessive ? `${name}'s` : name;
        if (/^(?:he|she)$/i.test(pronoun[2]!)) this.notePersonSubject(subject.code);
        // ("In Astana she signed …": an opening phrase without its comma would run into the name, "In Astana Britain"
        // read as one place; the copy closes it with a comma. Session 22.)
        return openingSplice(text, pronoun[1]!, pronoun[2]!, replacement);
      }
    }
    // "Kazakhstan and Uzbekistan signed a treaty on Monday. They also agreed to …": "They" opening a sentence before an
    // act is the two sides of the sentence just before's event, when this sentence names neither.
    const they = THEY.exec(text);
    if (they && this.dyad && this.dyad.sentence === this.sentence - 1) {
      const codes = this.dyad.codes;
      const names = codes.map((c) => this.nameOf(c));
      if (names[0] && names[1] && !mentions.some((m) => codes.includes(m.code)))
        return {...splice(text, they[1]!.length, 4, `${names[0]} and ${names[1]}`, "pair"), from: this.dyad.sentence};
    }
    // "X paid a state visit to Paris, where he signed …", "X went further in 2023, when its foreign minister
    // declined …", "X visited Astana …, and he promised …": a pronoun opening a later clause is the actor the
    // sentence opened with.
    const inner = INNER_PRONOUN.exec(text);
    if (inner) {
      const at = inner.index + inner[1]!.length;
      const first = mentions.reduce<AnaphoraMention | undefined>(
        (a, m) => (!a || m.start < a.start ? m : a),
        undefined
      );
      const head = first ? text.slice(0, first.start) : "";
      // The opening actor stands at the start (after a time phrase or a speaker's label at most) and acts before the
      // pronoun; a region never does.
      // ("On Monday Tokayev was in Tashkent, where he …": an opening time needs no comma)
      if (
        first &&
        first.start < at &&
        !REGIONS.has(first.code) &&
        (/^(?:[^,:]{0,30}[,:]\s*)?(?:the\s+)?$/i.test(head) || OPENING_TIME_PHRASE.test(head))
      ) {
        const same = mentions.filter((m) => m.code === first.code);
        const possessive = /^(its|their|his|her)$/i.test(inner[2]!);
        // ("Kazakh President X told Xi that …, but his government has refused …": "his" is a person's, the opening
        // actor's when that is a person, and the body is the person's state's: named by the state's noun, "Kazakhstan's
        // government", not the person's name; session 31)
        const person = /^(?:his|her)$/i.test(inner[2]!);
        const name =
          (person ? nounName(same.filter((m) => !personLike(text, m))) : undefined) ??
          this.names.get(first.code) ??
          nounName(same) ??
          sideName(same) ??
          undefined;
        if (name && !(possessive && /^the\s/i.test(name)) && (!person || personLike(text, first))) {
          const replacement = possessive ? `${name}'s` : name;
          // (the sentence as written gave the clause's act to the actor named nearest before the pronoun, "Xi that
          // Kazakhstan supported China's initiative, but his government refused": the copy's actor is its subject)
          return {
            ...splice(text, at, inner[2]!.length, replacement, "pronoun"),
            ...(person ? {owner: first.code} : {})
          };
        }
      }
      // "When Foreign Minister X visited Ottawa in March, he and Y signed …", "X completed a visit to Z, during which he
      // and Y launched …": "he" or "she" in a later clause is the one person the sentence named before it, wherever
      // the name stands (in an opening clause of time, after a place): every person-like mention before the pronoun
      // is that person's state's, and the sentence names no other state before the person. Session 21.
      if (/^(?:he|she)$/.test(inner[2]!)) {
        const persons = mentions.filter(
          (m) => m.end <= at && isStateCode(m.code) && !REGIONS.has(m.code) && personLike(text, m)
        );
        const person = persons[0];
        const others = mentions.some(
          (m) => person !== undefined && m.end <= person.start && isStateCode(m.code) && m.code !== person.code
        );
        if (person && !others && persons.every((m) => m.code === person.code)) {
          const same = mentions.filter((m) => m.code === person.code);
          const name = this.names.get(person.code) ?? nounName(same) ?? sideName(same) ?? undefined;
          if (name) return splice(text, at, inner[2]!.length, name, "pronoun");
        }
      }
    }
    // Every surname the text ties to an actor is read as it: "Mucunski and Saidov also signed …" names two sides, each
    // known only by an earlier sentence (session 35; one surname alone was read before, and the other left unknown).
    const named: {start: number; end: number; name: string}[] = [];
    for (const h of this.surnameMentions(text, mentions)) {
      if (named.some((n) => n.start < h.end && h.start < n.end)) continue;
      // ("Fajon also raised the issue of sanctions. She asked …": a surname as the sentence's subject is a person
      // whom a next "She" points to, whether or not the sentence tells an act; session 31)
      if (named.length === 0 && SURNAME_SUBJECT.test(text.slice(0, h.start))) this.notePersonSubject(h.code);
      named.push(h);
    }
    if (named.length === 1)
      return splice(text, named[0]!.start, named[0]!.end - named[0]!.start, named[0]!.name, "surname");
    if (named.length > 1) return spliceAll(text, named, "surname");
    return undefined;
  }

  /**
   * Remembers the offices the sentence names with their state ("Canada's trade minister signed …", "Kazakh Foreign
   * Minister X"): a person named later with the same office and no state ("Ana Lucero, the minister of energy, met
   * …") holds that state's office. An office two states' holders were named with is no one's.
   */
  private learnOffices(text: string, mentions: readonly AnaphoraMention[]): void {
    for (const m of mentions) {
      if (!isStateCode(m.code) || REGIONS.has(m.code)) continue;
      const hit = STATE_OFFICE_AFTER.exec(text.slice(m.end, m.end + 80));
      const key = hit ? officeKey(hit[1]!) : undefined;
      if (!key || NOT_STATE_OFFICE.test(hit![1]!)) continue;
      const had = this.offices.get(key);
      this.offices.set(key, had === undefined || had === m.code ? m.code : null);
    }
  }

  /**
   * Persons named with an apposition that gives their office and state ({@link APPOSITION}): "Almazbek Toktorbaev, the
   * Kyrgyz foreign minister, visited …", "… an apology from Ayesha Rahmatullah, Pakistan's trade minister, on …". The
   * name and the apposition's commas go; the office phrase stays, which the coder reads as the state's ("the Kyrgyz
   * foreign minister visited …"). The state is a state named inside the apposition, or for "the country's <office>"
   * the latest state named before it (in the sentence, else in the three before) that the sentence does not name
   * after it, by the name the coder reads ("Iran's foreign minister"), or for an office with no state the state the
   * text named the same office with before ({@link Anaphora.learnOffices}; session 26). An envoy's posting is not their
   * state ("X, Kazakhstan's ambassador to Italy," is Kazakhstan's ambassador). A name the coder knows (a leader) is
   * read as it is. Each hit is the span from the name to the apposition's end, its replacement and the state.
   */
  private appositions(
    text: string,
    mentions: readonly AnaphoraMention[]
  ): {start: number; end: number; name: string; code: string}[] {
    const out: {start: number; end: number; name: string; code: string}[] = [];
    APPOSITION.lastIndex = 0;
    for (let m = APPOSITION.exec(text); m; m = APPOSITION.exec(text)) {
      const start = m.index + m[1]!.length;
      const nameEnd = start + m[2]!.length;
      const phraseStart = text.indexOf(m[3]!, nameEnd);
      const phraseEnd = phraseStart + m[3]!.length;
      // (the name is no actor the coder knows: "President Tokayev, the Kazakh leader," is read as written)
      if (mentions.some((x) => x.start < nameEnd && x.end > start)) continue;
      // (review K24: a former holder, the opposition's, a refugee or party leader does not act for the state)
      if (NOT_STATE_OFFICE.test(m[3]!)) continue;
      // (an envoy's posting is not their state: "X, Kazakhstan's ambassador to Italy," is Kazakhstan's; session 26)
      const posting = POSTING.exec(m[3]!);
      const postedAt = posting ? phraseStart + posting.index + posting[0].length : phraseEnd;
      const inside = mentions.filter((x) => x.start >= phraseStart && x.end <= postedAt && isStateCode(x.code));
      let code = inside[0]?.code;
      // (the envoy's office without the posting: "Kazakhstan's ambassador")
      let name = posting ? m[3]!.slice(0, posting.index + posting[0].length).replace(/\s+(?:to|in)\s$/, "") : m[3]!;
      if (!code && COUNTRY_S.test(m[3]!)) {
        const after = new Set(mentions.filter((x) => x.start >= phraseEnd).map((x) => x.code));
        const before = mentions.filter((x) => x.end <= start && isStateCode(x.code)).map((x) => x.code);
        // (the sentence's own states before it, then the states that opened the three sentences before, then any they
        // named, newest first: "Iran courts partners. Elections are due in Russia. X, the country's …" is Iran's)
        const candidates = [
          ...before.reverse(),
          ...[...this.openings].reverse(),
          ...[...this.recent].reverse().flatMap((codes) => [...codes].reverse())
        ];
        code = candidates.find((c): c is string => c !== undefined && isStateCode(c) && !after.has(c));
        const state = code ? (this.names.get(code) ?? this.adjectives.get(code)) : undefined;
        if (!state) continue;
        // (a noun takes the possessive, "Iran's foreign minister"; an adjective stands before the office)
        name = m[3]!.replace(COUNTRY_S, STATE_ADJECTIVE.test(state) ? `the ${state}` : `${state}'s`);
      } else if (!code && inside.length === 0) {
        // "Ana Lucero, the minister of energy," after "Chile's energy minister …": the office the text named with its
        // state before (session 26)
        const key = officeKey(m[3]!);
        const held = key ? this.offices.get(key) : undefined;
        const state = held ? (this.names.get(held) ?? this.adjectives.get(held)) : undefined;
        if (!held || !state) continue;
        code = held;
        const office = m[3]!.replace(/^(?:the|a|an)\s+/i, "");
        name = STATE_ADJECTIVE.test(state) ? `the ${state} ${office}` : `${state}'s ${office}`;
      }
      if (!code || inside.some((x) => x.code !== code)) continue;
      // (the apposition's closing comma goes with it, unless a relative clause on the person follows: "…, who …")
      const relative = /^,\s+(?:who|whose|whom)\b/.test(text.slice(phraseEnd));
      const end = text[phraseEnd] === "," && !relative ? phraseEnd + 1 : phraseEnd;
      out.push({start, end, name, code});
    }
    return out;
  }

  /**
   * The sentence with its bound bodies the coder does not read ("KTZ", "the agency") replaced by their states' names,
   * with the titled persons' surnames it names, all at once; and its mentions in the copy (the replaced ones
   * included). Undefined when it names no bound body.
   */
  private bodySubstitution(
    text: string,
    mentions: readonly AnaphoraMention[]
  ): {rewrite: Rewrite; mentions: AnaphoraMention[]} | undefined {
    const bodies = this.bodies.hits(text, mentions, this.sentence);
    // (a person named with an apposition giving their office: "X Y, the Kyrgyz foreign minister," is the office)
    const apposed = APPOSITION_CUE.test(text) ? this.appositions(text, mentions) : [];
    // (a company the coder reads by its name, with the words that describe it: "the state concern Turkmengaz")
    const described = DESCRIBED_CUE.test(text) ? describedCompanies(text, mentions, this.names) : [];
    if (bodies.length === 0 && apposed.length === 0 && described.length === 0) return undefined;
    const hits: {start: number; end: number; name: string; code: string}[] = [...apposed, ...described];
    for (const h of bodies) {
      const name = this.nameOf(h.code) ?? h.state;
      if (!name) continue;
      // (the body's own introduction, "Kazakhstan's national railway company X", "the Kyrgyz Foreign Ministry", is
      // read by the coder from the state's word; only when words describing a company stand between the two, "the
      // Hungarian energy company MOL", is the whole phrase the state, so that the phrase is one subject: session 27)
      const intro = mentions.find(
        (m) =>
          m.code === h.code &&
          m.end <= h.start &&
          /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,4}$/u.test(text.slice(m.end, h.start))
      );
      if (!intro) hits.push({start: h.start, end: h.end, name, code: h.code});
      else {
        const start = descriptorStart(text, h.start, h.code, mentions);
        if (start !== undefined && start <= intro.start && inSubjectPair(text, start, h.end))
          hits.push({start, end: h.end, name, code: h.code});
      }
    }
    if (hits.length === 0) return undefined;
    hits.sort((a, b) => a.start - b.start);
    for (let k = 1; k < hits.length; ++k) if (hits[k]!.start < hits[k - 1]!.end) hits.splice(k--, 1);
    for (const [surname, code] of this.persons) {
      if (!text.includes(surname)) continue;
      const hit = surnamePattern(surname).exec(text);
      if (!hit) continue;
      const at = hit.index + hit[1]!.length;
      const name = this.nameOf(code);
      if (!name || mentions.some((x) => x.start <= at && x.end >= at + surname.length)) continue;
      if (hits.some((h) => h.start < at + surname.length && at < h.end)) continue;
      hits.push({start: at, end: at + surname.length, name, code});
    }
    hits.sort((a, b) => a.start - b.start);
    const rewrite = spliceAll(text, hits, "body");
    // (the mentions in the copy: each shifted by the replacements before it; the replaced spans as mentions)
    const moved: AnaphoraMention[] = [];
    let shift = 0;
    let k = 0;
    const sorted = [...mentions].sort((a, b) => a.start - b.start);
    for (const h of hits) {
      for (; k < sorted.length && sorted[k]!.start < h.start; ++k) {
        const m = sorted[k]!;
        if (m.end <= h.start) moved.push({...m, start: m.start + shift, end: m.end + shift});
      }
      moved.push({start: h.start + shift, end: h.start + shift + h.name.length, text: h.name, code: h.code});
      shift += h.name.length - (h.end - h.start);
      for (; k < sorted.length && sorted[k]!.start < h.end; ++k);
    }
    for (; k < sorted.length; ++k) {
      const m = sorted[k]!;
      moved.push({...m, start: m.start + shift, end: m.end + shift});
    }
    return {rewrite, mentions: moved};
  }

  /**
   * "a dispute that led to deadly clashes in 2021", "Border clashes in September 2022 killed …": new fighting told
   * without its sides (not "the clashes", a reference back) is between the two sides of the latest event (this
   * sentence's or one of the eight before), when no other actor is named after it and the sentence does not only
   * voice concern about it. The copy adds " between A and B" after the noun; undefined when nothing applies.
   */
  /**
   * The body of the latest gathering told (an organisation named with its summit or session) in the ten sentences
   * before, with a name the coder reads as it: whom "hosted the summit" later means (src/read/events-hosted.ts).
   */
  gatheringBody(mentions: readonly AnaphoraMention[]): {code: string; name: string} | undefined {
    const latest = [this.gatheredOrg, this.summitOrg]
      .filter((g) => g !== undefined && this.sentence - g.sentence <= 10)
      .sort((a, b) => b!.sentence - a!.sentence)[0];
    const name = latest ? this.groupName(latest.code, mentions) : undefined;
    return latest && name ? {code: latest.code, name} : undefined;
  }

  fightSides(text: string, mentions: readonly AnaphoraMention[]): Rewrite | undefined {
    const fight = FIGHT.exec(text);
    const pair = fight && this.dyad && this.sentence - this.dyad.sentence <= 8 ? this.dyad.codes : undefined;
    if (!fight || !pair || CONCERN.test(text.slice(0, fight.index))) return undefined;
    const at = fight.index + fight[0].length;
    if (mentions.some((m) => m.start >= at && !pair.includes(m.code) && !REGIONS.has(m.code))) return undefined;
    const names = pair.map((c) => this.groupName(c, mentions));
    if (!names[0] || !names[1]) return undefined;
    return splice(text, at, 0, ` between ${names[0]} and ${names[1]}`, "pair");
  }

  /**
   * "The heads of state signed a decision granting X full membership", "X thanked the leaders for their support": in
   * a story about an organisation's summit (an organisation named with the word "summit" in one of the ten sentences
   * before, or this one), the leaders or heads of state named without a count or an owner are the organisation's
   * summit, when no pair is nearer (the sentence names no two actors before them, the sentence before did not, and
   * no event in the eight before is later than the summit's mention). Every such pointer of the sentence is replaced
   * by the organisation's name; undefined when nothing applies or the sentence names the organisation itself. A
   * summit named in the sentence itself before its leaders comes first: the copy is then the leaders' clause with the
   * summit's two sides for them, and `side` the first.
   */
  /**
   * The latest summit told by its two sides ({@link summitPair}) in the eight sentences before, when its story goes on:
   * no organisation's gathering was told since but one of the pair's, and no act since was between two actors neither
   * of which is one of the pair (session 32).
   */
  private pairSummit(): {codes: [string, string]; names: [string, string]} | undefined {
    const pair = this.summitPair;
    if (!pair || pair.sentence >= this.sentence || this.sentence - pair.sentence > 8) return undefined;
    for (const org of [this.gatheredOrg, this.summitOrg])
      if (org && org.sentence > pair.sentence && !pair.codes.includes(org.code)) return undefined;
    for (const p of [this.partners, this.dyad])
      if (p && p.sentence > pair.sentence && !p.codes.some((c) => pair.codes.includes(c))) return undefined;
    return pair;
  }

  summitSides(text: string, mentions: readonly AnaphoraMention[]): (Rewrite & {side: string}) | undefined {
    // "… the second summit between the GCC and the Central Asian states, held in Samarkand, where the leaders agreed
    // …": the leaders (uncounted) of a summit the sentence names before them are the two sides it names there
    // (summitSidesBefore), regions included; not a venue, nor the organisation the summit is named after
    if (SUMMIT.test(text)) {
      SUMMIT_LEADERS.lastIndex = 0;
      for (let hit = SUMMIT_LEADERS.exec(text); hit; hit = SUMMIT_LEADERS.exec(text)) {
        const at = hit.index + hit[1]!.length;
        const sides = summitSidesBefore(text, mentions, at);
        const names = sides?.map((c) => this.groupName(c, mentions) ?? mentions.find((m) => m.code === c)?.text);
        // (the copy is the leaders' clause alone, from them on: the summit's venue and name are read as written)
        if (sides && names?.[0] && names[1])
          return {
            ...splice(text, 0, at + hit[0].length - hit[1]!.length, `${names[0]} and ${names[1]}`, "pair"),
            side: sides[0]!
          };
      }
    }
    // "Xi hosted the presidents of … It was the first China–Central Asia summit. The leaders signed …", "X hosted the
    // leaders of the GCC and the five Central Asian states at the first summit between the two regions. … The leaders
    // adopted …": the leaders (uncounted) opening a clause are the two sides of the latest summit told by them
    // (session 32)
    const summit = this.pairSummit();
    if (summit) {
      SUMMIT_LEADERS.lastIndex = 0;
      for (let hit = SUMMIT_LEADERS.exec(text); hit; hit = SUMMIT_LEADERS.exec(text)) {
        const at = hit.index + hit[1]!.length;
        if (/^\s*the\s+member\s+states/i.test(hit[0].slice(hit[1]!.length))) continue;
        if (mentions.some((m) => m.end <= at && !REGIONS.has(m.code))) continue;
        return {
          ...splice(text, at, hit[0].length - hit[1]!.length, `${summit.names[0]} and ${summit.names[1]}`, "pair"),
          side: summit.codes[0]
        };
      }
    }
    // (the organisation of the latest summit, or of the latest session or meeting told of an organisation)
    const latest =
      this.gatheredOrg && (!this.summitOrg || this.gatheredOrg.sentence > this.summitOrg.sentence)
        ? this.gatheredOrg
        : this.summitOrg;
    const org = latest && this.sentence - latest.sentence <= 10 ? latest : undefined;
    if (!org || mentions.some((m) => m.code === org.code)) return undefined;
    // (an act told since with another pair ends the summit's story; one with the organisation as a side does not, nor
    // does it when this sentence tells the gathering again: "After the session, the leaders …")
    if (
      this.dyad &&
      this.dyad.sentence > org.sentence &&
      this.sentence - this.dyad.sentence <= 8 &&
      !(org === this.gatheredOrg && (this.dyad.codes.includes(org.code) || GATHERING.test(text)))
    )
      return undefined;
    const orgName = this.groupName(org.code, mentions);
    if (!orgName) return undefined;
    // (the leaders of a gathering a state hosted are the host and the organisation's other members: "Belarus and the
    // CSTO signed …"; only the events with the organisation as a side are kept)
    const host = org === this.gatheredOrg ? this.hosts.get(org.code) : undefined;
    const hostName = host && !mentions.some((m) => m.code === host) ? this.nameOf(host) : undefined;
    const name = hostName ? `${hostName} and ${orgName}` : orgName;
    SUMMIT_LEADERS.lastIndex = 0;
    const hits: {at: number; length: number}[] = [];
    for (let hit = SUMMIT_LEADERS.exec(text); hit; hit = SUMMIT_LEADERS.exec(text)) {
      const at = hit.index + hit[1]!.length;
      const before = new Set(mentions.filter((m) => m.end <= at && !REGIONS.has(m.code)).map((m) => m.code));
      if (before.size >= 2) continue;
      hits.push({at, length: hit[0].length - hit[1]!.length});
    }
    if (hits.length === 0) return undefined;
    let out = text;
    for (const h of [...hits].reverse()) out = out.slice(0, h.at) + name + out.slice(h.at + h.length);
    const first = hits[0]!,
      last = hits.at(-1)!;
    const length = last.at + last.length - first.at;
    return {
      text: out,
      at: first.at,
      length,
      replacement: length + out.length - text.length,
      kind: "pair",
      side: org.code
    };
  }

  /**
   * Who signed a paper the sentence tells without its signers (src/read/events-signed-paper.ts): the two sides of the
   * latest signing told, else of the latest event, within eight sentences (this one included), with the names the
   * text gave them ("the Latvian side" for a side named by its adjective alone); undefined when there is none or
   * `mentions` (the sentence's before the paper) name either side.
   */
  paperSigners(mentions: readonly AnaphoraMention[]): {codes: [string, string]; names: [string, string]} | undefined {
    const sides = this.signing && this.sentence - this.signing.sentence <= 8 ? this.signing : this.dyad;
    if (!sides || this.sentence - sides.sentence > 8) return undefined;
    const codes = sides.codes;
    const names = codes.map((c) => this.nameOf(c));
    if (!names[0] || !names[1] || mentions.some((m) => codes.includes(m.code))) return undefined;
    return {codes, names: [names[0], names[1]]};
  }

  /** A name the coder reads as the actor `code` (from memory or the sentence's `mentions`), for a copy's subject. */
  sideName(code: string, mentions: readonly AnaphoraMention[]): string | undefined {
    return this.groupName(code, mentions);
  }

  /** "… welcomed the agreement" → "… welcomed the agreement between <A> and <B>" (see {@link Anaphora.rewrite}). */
  private eventObject(text: string, mentions: readonly AnaphoraMention[]): Rewrite | undefined {
    const act = EVENT_OBJECT.exec(text);
    // (a paper or its signing is the latest signing's, when one was told: "the contract" after a signing and a
    // quarrel over it is the signers', not the quarrel's sides)
    const paper =
      act &&
      /(?:agreements?|treaty|treaties|deals?|accords?|pact|settlement|contracts?|memorandum|signing)$/.test(act[0]);
    const sides = paper && this.signing && this.sentence - this.signing.sentence <= 8 ? this.signing : this.dyad;
    if (!act || !sides || this.sentence - sides.sentence > 8) return undefined;
    const codes = sides.codes;
    const names = codes.map((c) => this.names.get(c));
    if (!names[0] || !names[1] || mentions.some((m) => codes.includes(m.code))) return undefined;
    const at = act.index + act[0].length;
    return splice(text, at, 0, ` between ${names[0]} and ${names[1]}`, "object");
  }

  /**
   * (session 33) A paper signed or a meeting put off, told in the passive with neither side named, right after an act
   * of two sides ("X held talks with Y in Z. Following the talks, a protocol was signed on …"; "… The consultations were
   * postponed from December at the request of the Y side."): English leaves out who signed or who met when the
   * sentence before told them; they are the latest act's two sides, told one or two sentences before. The copy names
   * them: "<A> and <B> signed <the paper> …" (an active the verb dictionary reads), "<the meeting> between <A> and <B>
   * was postponed …" (events-called-off.ts reads the agent a request names). Not when the sentence names another actor
   * (the paper's or the meeting's own side: "a contract was signed with X"), nor a count or span of papers told as
   * background ("dozens of agreements have been signed since 1992"), nor a meeting whose sides its phrase names.
   */
  passiveSides(
    text: string,
    mentions: readonly AnaphoraMention[]
  ): (Rewrite & {codes: [string, string]; prefix: string; directed?: boolean}) | undefined {
    const journey = this.journeyOff(text, mentions);
    if (journey) return journey;
    const latest = this.dyad?.sentence === this.sentence ? this.earlier : this.dyad;
    if (!latest || this.sentence - latest.sentence > 2 || this.sentence === latest.sentence) return undefined;
    const codes = latest.codes;
    if (mentions.some((m) => !codes.includes(m.code))) return undefined;
    const names = codes.map((c) => this.groupName(c, mentions));
    if (!names[0] || !names[1]) return undefined;
    const paper = PASSIVE_PAPER.exec(text);
    if (paper) {
      const subject = paper[2]!;
      if (PAPER_BACKGROUND.test(text) || mentions.length > 0) return undefined;
      const at = paper[1]!.length;
      const lowered = /^(?:An?|The|Two|Three|Four|Five|Several)\s/.test(subject)
        ? subject[0]!.toLowerCase() + subject.slice(1)
        : subject;
      const copy = `${names[0]} and ${names[1]} ${paper[4]!} ${lowered}`;
      return {...splice(text, at, paper[0].length - at, copy, "sides"), codes, prefix: "057"};
    }
    const meeting = PASSIVE_MEETING.exec(text);
    if (!meeting) return undefined;
    const end = meeting[0].length;
    const rest = text.slice(end);
    // (the meeting's own sides or place named after it: "the meeting with X", "talks between X and Y", "a visit by X";
    // "the signing of an agreement" is the paper's)
    if (
      /^\s+(?:between|with|by|to|among|of\s+(?!(?:an?|the)\s+(?:new\s+|updated\s+|revised\s+)?(?:agreement|memorandum|protocol|treaty|contract|accord|roadmap|declaration)\b))/i.test(
        rest
      )
    )
      return undefined;
    const verb = PUT_OFF_PASSIVE.exec(rest);
    if (!verb || /[.;:]/.test(rest.slice(0, verb.index))) return undefined;
    // (only the agent of a request may be named, and only after the verb: "at the request of the Y side")
    if (mentions.some((m) => m.start < end + verb.index)) return undefined;
    return {...splice(text, end, 0, ` between ${names[0]} and ${names[1]}`, "sides"), codes, prefix: "16"};
  }

  /**
   * (session 33) A journey put off or dropped in the passive with its traveller unnamed ("A visit to X that had been
   * scheduled for Wednesday was called off on Monday", "A planned trip to the bridge was cancelled for security reasons",
   * "A planned stop in X was dropped from the itinerary"): a story tells the journeys of the one whose acts it follows,
   * the doer of the latest act of two states told one to three sentences before (the guest of a hosting). The place is
   * the host the sentence names after "to" or "in", else that act's other side. The copy names the traveller: "<the
   * journey> by <A> to <B> was called off …", read by events-called-off.ts (160 a visit, 161 a trip). Not a journey by
   * someone named ("a visit by X"), nor one whose host is the traveller, nor in a sentence naming another actor.
   */
  private journeyOff(
    text: string,
    mentions: readonly AnaphoraMention[]
  ): (Rewrite & {codes: [string, string]; prefix: string; directed: true}) | undefined {
    const hit = PASSIVE_JOURNEY.exec(text);
    const doer = this.doer;
    if (!hit || !doer || doer.sentence === this.sentence || this.sentence - doer.sentence > 3) return undefined;
    const end = hit[0].length;
    const rest = text.slice(end);
    const verb = PUT_OFF_PASSIVE.exec(rest) ?? DROPPED_PASSIVE.exec(rest);
    if (!verb || /[.;:]/.test(rest.slice(0, verb.index)) || /^\s+(?:by|of)\b/i.test(rest)) return undefined;
    const before = mentions.filter((m) => m.start < end + verb.index);
    // (the host, named right after "to" or "in": "A visit to X", "a stop in X")
    const host = before.find((m) => /\b(?:to|in)\s+(?:the\s+)?$/i.test(text.slice(end, m.start)));
    if (before.some((m) => m !== host && m.code !== host?.code)) return undefined;
    const place = host?.code ?? doer.other;
    if (place === doer.code || REGIONS.has(place) || REGIONS.has(doer.code)) return undefined;
    // (only the traveller may be named after the verb: "dropped from Iwaya's itinerary")
    if (mentions.some((m) => m.start >= end + verb.index && m.code !== doer.code && m.code !== place)) return undefined;
    const traveller = this.groupName(doer.code, mentions);
    const hostName = host ? undefined : this.groupName(place, mentions);
    if (!traveller || (!host && !hostName)) return undefined;
    const insert = host ? ` by ${traveller}` : ` by ${traveller} to ${hostName}`;
    return {...splice(text, end, 0, insert, "sides"), codes: [doer.code, place], prefix: "16", directed: true};
  }

  /**
   * A reaction told in the passive with its place and no agent, the place standing for its state's government ("The
   * deal was welcomed in Hanoi", "Japan's decision was criticised in Seoul on Monday"): the copy reads "<place>
   * <verb> <subject> …", and an earlier happening named by its noun alone gets its sides ("Hanoi welcomed the deal
   * between A and B"). Not with a by-agent ("was welcomed in Hanoi by the premier"), nor a place no state's.
   */
  private passivePlace(text: string, mentions: readonly AnaphoraMention[]): Rewrite | undefined {
    const hit = PASSIVE_PLACE.exec(text);
    if (!hit) return undefined;
    const placeAt = hit.index + hit[0].length;
    const place = mentions.find((m) => m.start === placeAt && isStateCode(m.code) && !REGIONS.has(m.code));
    if (!place || /^[^.;:]*?\bby\b/.test(text.slice(place.end).split(/[,;]/)[0]!)) return undefined;
    const subjectAt = hit[1]!.length;
    const subject = text.slice(subjectAt, hit.index + hit[2]!.length).trim();
    // (the subject a noun phrase: no verb of its own, no clause)
    if (
      !/^(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|\p{Lu}[\p{L}.-]*['’]s)\s/u.test(subject) ||
      /[,;:]/.test(subject)
    )
      return undefined;
    const lowered = /^(?:The|This|That|These|Those)\s/.test(subject)
      ? subject[0]!.toLowerCase() + subject.slice(1)
      : subject;
    const copy = `${text.slice(place.start, place.end)} ${hit[3]!} ${lowered}`;
    const rewrite = splice(text, subjectAt, place.end - subjectAt, copy, "passive");
    const again = this.eventObject(rewrite.text, mentions);
    return again ? {...compose(text, rewrite, again), kind: "passive"} : rewrite;
  }

  /**
   * The members of an organisation told without naming them, as an act's object or subject ("thanked his colleagues",
   * "urged the member states", "asked the partners", "called on the "Turkic family""): the organisation named with a
   * gathering of it (a summit, a session, a meeting) in the ten sentences before, or in this one, when the sentence
   * names that organisation nowhere. A group with a complement ("his colleagues in the cabinet", "the partners from
   * Japan") or a modifier of its own ("business partners", "Western allies") is another group: not read. `before`, a
   * rewrite of the sentence already made (a pronoun read as its state), is kept in the copy. (A modifier of its own
   * makes another group, "business partners", "the Western allies": the lexicon wants a determiner or "fellow"
   * right before the noun.) The copy names the
   * organisation where the group stood; only its events with the organisation as a side are meant (`side`), and an
   * act toward it only by the sentence's subject when an actor opens the sentence (`by`).
   */
  memberGroup(
    text: string,
    mentions: readonly AnaphoraMention[],
    before?: Rewrite
  ): (Rewrite & {side: string; by?: string}) | undefined {
    // (review K9) an organisation this sentence names with its gathering before the group: "At the SCO summit, X urged
    // the member states …"
    const here =
      GATHERING.test(text) && !SUMMIT_PAIR.test(text)
        ? mentions.find(
            (m) =>
              !REGIONS.has(m.code) &&
              !isStateCode(m.code) &&
              (ORGANISATION.test(m.text.replace(/^the\s+/i, "")) || BLOC_NAME.test(m.text))
          )
        : undefined;
    const gathered = here
      ? {code: here.code, sentence: this.sentence}
      : this.gatheredOrg && this.sentence - this.gatheredOrg.sentence <= 10
        ? this.gatheredOrg
        : undefined;
    const base = before?.text ?? text;
    MEMBER_GROUP.lastIndex = 0;
    // (a hit gives a code only from the gathering or a family's name; each of MEMBER_GROUP's phrases holds a word of
    // MEMBER_WORD: a sentence with neither is not searched)
    const search = (gathered !== undefined || /family|brotherhood/.test(base)) && MEMBER_WORD.test(base);
    for (let hit = search ? MEMBER_GROUP.exec(base) : null; hit; hit = MEMBER_GROUP.exec(base)) {
      const phrase = hit[0];
      const after = base.slice(hit.index + phrase.length);
      // (a complement or a possessive names another group: "his colleagues in the cabinet", "the partners' demands")
      if (GROUP_COMPLEMENT.test(after)) continue;
      // ("the Turkic family": the organisation whose name has the adjective, named anywhere before; else none)
      const family = /^(?:the\s+)?["“]?(\p{Lu}\p{L}+)\s+(?:family|brotherhood)\b/u.exec(phrase);
      const code = family
        ? [...this.orgWords].find(([, words]) => words.has(family[1]!.toLowerCase()))?.[0]
        : gathered?.code;
      const name = code ? this.groupName(code, mentions) : undefined;
      if (!code || !name) continue;
      const named = splice(base, hit.index, phrase.length, name, "pair");
      // "X proposed to hold a forum in Y. The participants supported the proposal.": the group's answer to an act told
      // by a noun alone is an answer to its maker,       // the subject of a sentence of proposing (one or two before); the copy names that side after the noun.
      const answer = before ? undefined : GROUP_ANSWER.exec(named.text.slice(hit.index + name.length));
      const doer =
        answer && this.proposer && this.sentence - this.proposer.sentence <= 2 ? this.proposer.code : undefined;
      const doerName = doer && doer !== code && !mentions.some((m) => m.code === doer) ? this.nameOf(doer) : undefined;
      const own =
        answer && doerName
          ? splice(
              base,
              hit.index,
              phrase.length + answer.index + answer[0].length,
              `${name}${answer[0]} of ${doerName}`,
              "pair"
            )
          : named;
      const rewrite = before ? compose(text, before, own) : own;
      // (the act toward the group is the subject's: the actor opening the sentence after an opening phrase, not one
      // named inside a clause on the way, "X warned that the X-Y border was tense and asked the partners …")
      const opener = before ? undefined : (SUBJECT_OPENER.exec(text)?.[0].length ?? 0);
      const by =
        opener === undefined ? undefined : mentions.find((m) => m.start >= opener && m.start <= opener + 4)?.code;
      return {...rewrite, side: code, ...(by !== undefined && by !== code ? {by} : {})};
    }
    // A proposal told with no addressee in a gathering's story ("Japarov proposed to hold joint exercises …",
    // "Tokayev proposed a joint fund for the corridor"): made to the gathering, the organisation (the official gold
    // codes an act at a summit toward its participants). Not one naming an actor after the verb.
    const proposal = gathered ? PROPOSAL.exec(base) : null;
    if (proposal && gathered) {
      const at = proposal.index + proposal[0].length;
      const shift = base.length - text.length;
      const name = this.groupName(gathered.code, mentions);
      const opener = before ? undefined : (SUBJECT_OPENER.exec(text)?.[0].length ?? 0);
      const by =
        opener === undefined ? undefined : mentions.find((m) => m.start >= opener && m.start <= opener + 4)?.code;
      // (an actor named after the verb may be the addressee, "proposed to build a road to China": not read)
      // (in the proposal's own clause: "…, and Orbán promised …" is another's)
      const end =
        at - shift + (/,\s+(?:and|but|while|as|whereas)\s|;|\.\s/.exec(text.slice(at - shift))?.index ?? text.length);
      const named = mentions.some(
        (m) => m.start >= at - shift && m.start < end && m.code !== by && !REGIONS.has(m.code)
      );
      if (name && (before || by) && !named && !mentions.some((m) => m.code === gathered.code)) {
        const own = splice(base, at, 0, ` to ${name}`, "pair");
        const rewrite = before ? compose(text, before, own) : own;
        return {...rewrite, side: gathered.code, ...(by !== undefined ? {by} : {})};
      }
    }
    return undefined;
  }

  /**
   * "The summit, held on 3 and 4 April, ended with a joint declaration …", "The talks concluded with the signing of a
   * treaty": an occasion told before, named by its noun alone, that ended with a paper is a signing by the two sides
   * of the latest event (within eight sentences, regions included), when the sentence names neither. The copy reads
   * "<A> and <B> signed a joint declaration …".
   */
  occasionPaper(text: string, mentions: readonly AnaphoraMention[]): Rewrite | undefined {
    const hit = OCCASION_PAPER.exec(text);
    const pair = hit && this.partners && this.sentence - this.partners.sentence <= 8 ? this.partners.codes : undefined;
    if (!hit || !pair || mentions.some((m) => pair.includes(m.code) && m.start < hit[0].length)) return undefined;
    const names = pair.map((c) => this.groupName(c, mentions));
    if (!names[0] || !names[1]) return undefined;
    return splice(text, 0, hit[0].length, `${names[0]} and ${names[1]} signed `, "pair");
  }

  /**
   * "Macron visited Astana in 2023, and Scholz followed in September", "Lavrov flew to Ashgabat on Monday; Wang Yi
   * followed two days later": "followed" with no object, right after an actor, after a visit told in this sentence
   * or the two before, is a visit of that actor to the same host. The copy reads "<X> visited <host> …". Not when the
   * actor is a side of that visit, nor "followed by / the / up / suit" (an object, or not a journey).
   */
  followedVisit(text: string, mentions: readonly AnaphoraMention[]): Rewrite | undefined {
    const visit = this.visit && this.sentence - this.visit.sentence <= 2 ? this.visit.codes : undefined;
    if (!visit) return undefined;
    const hit = FOLLOWED.exec(text);
    if (!hit) return undefined;
    const at = hit.index + hit[1]!.length;
    // (the actor right before the verb: "German Chancellor Olaf Scholz followed")
    const before = mentions.filter((m) => m.end <= at).at(-1);
    if (!before || !/^\s*$/.test(text.slice(before.end, at)) || visit.includes(before.code) || REGIONS.has(before.code))
      return undefined;
    const host = this.nameOf(visit[1]) ?? this.groupName(visit[1], mentions);
    if (!host) return undefined;
    return splice(text, at, "followed".length, `visited ${host}`, "pair");
  }

  /**
   * "X visited A, met B there and signed C", "He attended A on Monday, met B there, and used …": the later
   * predicates of a clause whose subject is named at its head (src/read/anaphora-predicates.ts) are the subject's
   * acts. Each copy reads "<subject> <predicate>"; `sides` are the subject's codes, the only sources the copies' events
   * may have, and `spans` the predicates in the sentence as written, whose acts with another source are wrong. "He"
   * or "She" as the subject is the acting side of the sentence just before (its first event's source, else the actor
   * it opened with); its first predicate is then copied and spanned too (the coder cannot read the pronoun).
   */
  laterPredicates(
    text: string,
    mentions: readonly AnaphoraMention[]
  ): {copies: Rewrite[]; spans: {start: number; end: number}[]; sides: string[]} | undefined {
    const shared = sharedSubject(text, mentions);
    if (!shared) return undefined;
    let sides = shared.codes;
    let subject = shared.subject;
    const spans = shared.predicates.map((p) => ({start: p.start, end: p.end}));
    if (shared.pronoun) {
      const before = this.subjectBefore;
      if (!before || before.sentence !== this.sentence - 1 || REGIONS.has(before.code)) return undefined;
      // ("He" is a person: the sentence before named one for that side, not only the state, "The United States …";
      // "It" is a state or a body the sentence before named by its name, not by a person)
      if (this.personBefore.has(before.code) !== (shared.pronoun !== "It")) return undefined;
      const name = this.nameOf(before.code);
      if (!name) return undefined;
      sides = [before.code];
      subject = name;
      spans.unshift({start: shared.firstVerb, end: shared.predicates[0]!.connector});
    }
    if (sides.length === 0) return undefined;
    const copies = spans.map((p) => ({
      text: `${text.slice(0, shared.subjectStart)}${subject} ${text.slice(p.start, p.end)}`,
      at: shared.subjectStart,
      length: p.start - shared.subjectStart,
      replacement: subject.length + 1,
      kind: "shared" as const
    }));
    return {copies, spans, sides};
  }

  /**
   * A relative clause on a named actor, told as an act of its own: "… a meeting with President of Uzbekistan Shavkat
   * Mirziyoyev, who arrived in Astana on Sunday evening", "…, Georgian President X, who flew in from Baku on Monday,
   * …". The copy reads the clause alone with the actor's name for "who" ("Shavkat Mirziyoyev arrived in Astana on
   * Sunday evening"), up to the clause's end; `side` is that actor, the only subject the copy's events may have. The
   * clause needs a past verb right after "who" ("who is due to arrive" is a plan, read by the sentence as written;
   * "who said" or "who noted" is speech).
   */
  whoClause(text: string, mentions: readonly AnaphoraMention[]): (Rewrite & {side: string}) | undefined {
    WHO_CLAUSE.lastIndex = 0;
    for (let hit = WHO_CLAUSE.exec(text); hit; hit = WHO_CLAUSE.exec(text)) {
      const comma = hit.index;
      const before = mentions.filter((m) => m.end <= comma).at(-1);
      if (!before || comma - before.end > 1 || REGIONS.has(before.code)) continue;
      const from = comma + hit[0].length - hit[2]!.length;
      // (the clause ends at its next comma, semicolon or bracket, or with the sentence)
      const stop = /[,;()]/.exec(text.slice(from));
      const end = stop ? from + stop.index : text.length;
      const copy = splice(text.slice(0, end), 0, from, `${before.text} `, "who");
      return {...copy, side: before.code};
    }
    return undefined;
  }

  /**
   * The guests of an earlier gathering of the story's series hosted by `host` (src/read/events-guests.ts,
   * earlierHosting): the other side of the latest summit named by its two sides ("the second China–Central Asia
   * summit"), else the body or region whose gathering the text told last ("the Consultative Meeting of the Heads of
   * State of Central Asia", "the OTS summit"), within ten sentences; never the host itself.
   */
  earlierGuests(host: string, mentions: readonly AnaphoraMention[]): {code: string; name: string} | undefined {
    const near = (g: {sentence: number} | undefined) => g !== undefined && this.sentence - g.sentence <= 10;
    if (near(this.summitPair) && this.summitPair!.codes.includes(host)) {
      const k = this.summitPair!.codes[0] === host ? 1 : 0;
      const code = this.summitPair!.codes[k]!;
      if (code !== host) return {code, name: code === "CAS" ? "Central Asia" : this.summitPair!.names[k]!};
    }
    const latest = [this.gatheredOrg, this.summitOrg, this.gatheredRegion]
      .filter((g) => near(g))
      .sort((a, b) => b!.sentence - a!.sentence)[0];
    if (!latest || latest.code === host) return undefined;
    const name =
      latest.code === "CAS"
        ? "Central Asia"
        : (this.groupName(latest.code, mentions) ?? this.regionNames.get(latest.code));
    return name ? {code: latest.code, name} : undefined;
  }

  /**
   * Whom a host's pointer to its guests means (src/read/events-guests.ts): "hosted the same five leaders", "received
   * them". A counted group of five, with Central Asia named in this sentence or the three before (the region, or all
   * five of its states in one sentence), is the region's group; another count, the states of the nearest of the three
   * sentences before that names that many. "Them" is the group a pointer of the sentence before meant, else the one
   * region named in this sentence or the three before, when no plain plural noun stands before it there or in the
   * sentence before ("sent the proposals …; the EU received them": things, not guests). Not when the group would be
   * the host itself, nor for "them" after a sentence naming two or more actors (venues aside): they may be whom it
   * means. `before` is the sentence before, its text and mentions.
   */
  guestGroup(
    text: string,
    mentions: readonly AnaphoraMention[],
    pointer: {at: number; verbAt: number; verb?: string; count?: number},
    before: {text: string; mentions: readonly AnaphoraMention[]} | undefined
  ): {codes: string[]; names: string[]} | undefined {
    const host = new Set(mentions.filter((m) => m.end <= pointer.verbAt).map((m) => m.code));
    const here = [...new Set(mentions.filter((m) => m.end <= pointer.verbAt).map((m) => m.code))];
    const lists = [here, ...[...this.recent].reverse()];
    const regionName = (code: string) =>
      code === "CAS" ? "Central Asia" : (this.groupName(code, mentions) ?? this.regionNames.get(code));
    let found: {codes: string[]; names: string[]} | undefined;
    // ("Xi hosted the five presidents in Xi'an; Biden met them in New York", "the five presidents sat with a US
    // president … . Putin met them in Dushanbe": "them" after a group of persons named by its count, in this sentence
    // before it or the nearest of the three before, is that group; two groups of other counts there leave it unread)
    let count = pointer.count;
    let countedThem = false;
    if (count === undefined && !(this.guests && this.guests.sentence === this.sentence - 1)) {
      const own = [...text.slice(0, pointer.at).matchAll(COUNTED_PERSONS)].map((h) => COUNTS[h[1]!.toLowerCase()]!);
      const counts = own.length > 0 ? own : (this.countedPersons.at(-1)?.counts ?? []);
      const distinct = [...new Set(counts)];
      if (distinct.length > 1) return undefined;
      if (distinct.length === 1 && !GUEST_THINGS.test(text.slice(0, pointer.at))) {
        count = distinct[0];
        countedThem = true;
      }
    }
    // ("met them" is a meeting with a group the text counted or its host's guests, never a region's guess)
    if (count === undefined && pointer.verb === "met" && !(this.guests && this.guests.sentence === this.sentence - 1))
      return undefined;
    if (count !== undefined) {
      const five =
        count === 5 &&
        (lists.some((l) => l.includes("CAS") || [...CENTRAL_ASIA].every((c) => l.includes(c))) ||
          (countedThem && this.centralAsia));
      if (five) found = {codes: ["CAS"], names: ["Central Asia"]};
      else
        for (const l of lists.slice(1)) {
          const states = l.filter((c) => isStateCode(c) && !REGIONS.has(c));
          if (states.length !== count) continue;
          const names = states.map((c) => this.groupName(c, mentions));
          if (names.every((x) => x !== undefined)) found = {codes: states, names: names as string[]};
          break;
        }
    } else {
      const plain = (s: string) => GUEST_THINGS.test(s);
      if (this.guests && this.guests.sentence === this.sentence - 1) found = this.guests;
      else if (
        !plain(text.slice(0, pointer.at)) &&
        !(before !== undefined && plain(before.text)) &&
        // (two or more actors the sentence before named, venues aside, may be whom "them" means: "Merz met Tokayev
        // and Mirziyoyev …. Macron received them" is not the region's group)
        (before === undefined ||
          new Set(
            before.mentions
              .filter(
                (m) =>
                  !REGIONS.has(m.code) &&
                  !host.has(m.code) &&
                  !/\b(?:in|at|to|from)\s+(?:the\s+)?$/i.test(before.text.slice(0, m.start))
              )
              .map((m) => m.code)
          ).size < 2)
      ) {
        const regions = [...new Set(lists.flat().filter((c) => REGIONS.has(c)))];
        const name = regions.length === 1 ? regionName(regions[0]!) : undefined;
        if (name) found = {codes: [regions[0]!], names: [name]};
      }
    }
    if (!found || found.codes.some((c) => host.has(c))) return undefined;
    this.guests = {...found, sentence: this.sentence};
    return found;
  }

  /**
   * "The first summit was held virtually in January 2022", "The summit was held in Astana on 5 May": an occasion told
   * by its noun alone as the subject of "was held", in a sentence naming no actor, is the latest summit named by its
   * two sides ("the second India-Central Asia Summit", up to eight sentences before). The copy reads "The first
   * <A>-<B> summit was held …". A sentence naming such a summit is remembered here.
   */
  heldSummit(text: string, mentions: readonly AnaphoraMention[]): Rewrite | undefined {
    const named = SUMMIT_PAIR.exec(text);
    if (named) {
      const inside = mentions.filter((m) => m.start >= named.index && m.end <= named.index + named[0].length);
      const codes = [...new Set(inside.map((m) => m.code))];
      // (named as the text names them there: "India", "Central Asia")
      const names = codes.map((c) => inside.find((m) => m.code === c)!.text);
      if (codes.length === 2)
        this.summitPair = {codes: [codes[0]!, codes[1]!], names: [names[0]!, names[1]!], sentence: this.sentence};
      return undefined;
    }
    const held = HELD_SUMMIT.exec(text);
    const pair = held && this.summitPair && this.sentence - this.summitPair.sentence <= 8 ? this.summitPair : undefined;
    // (a venue is no side: "was held in Ulaanbaatar")
    const sides = mentions.filter((m) => !/\b(?:in|at)\s+$/.test(text.slice(0, m.start)));
    if (!held || !pair || sides.length > 0) return undefined;
    const at = held.index + held[1]!.length;
    return splice(text, at, 0, `${pair.names[0]}-${pair.names[1]} `, "pair");
  }

  /**
   * Money announced without a recipient ("At the EU–Central Asia summit, the Commission presented a €12 billion
   * package for transport", "Von der Leyen announced a package of 12 billion euros for transport and water" after
   * the summit was told): the pledge goes to the other side of the latest event (within eight sentences, this one
   * included) whose one side is the actor named nearest before the verb. The copy names that side after the money
   * ("… 12 billion euros for Central Asia …"). Not when an actor is named after the money (the sentence names its
   * own recipient, or another actor it is for).
   */
  pledgeSide(text: string, mentions: readonly AnaphoraMention[]): Rewrite | undefined {
    const hit = PLEDGE_MONEY.exec(text);
    const pair = hit && this.partners && this.sentence - this.partners.sentence <= 8 ? this.partners.codes : undefined;
    if (!hit || !pair) return undefined;
    const verbAt = hit.index;
    const end = hit.index + hit[0].length;
    if (mentions.some((m) => m.start >= end)) return undefined;
    // (a recipient told by a pronoun is told: "… and pledged $2 billion in aid to her", whom the coder reads as the
    // side met before; review M3, ev)
    if (/^[^.;]*?\b(?:to|for)\s+(?:him|her|it|them)\b/i.test(text.slice(end))) return undefined;
    // (after the noun the money is in: "a €12 billion investment package| for transport")
    const stop = /[,.;:(]|\s(?:for|to|in|across|on|over|as|and|with|which|that|under)\b/.exec(text.slice(end));
    const at = end + (stop ? stop.index : text.length - end);
    let giver: AnaphoraMention | undefined;
    for (const m of mentions) if (m.end <= verbAt && !REGIONS.has(m.code)) giver = m;
    if (!giver || !pair.includes(giver.code)) return undefined;
    // (after a meeting of the giver with several others, "Xi hosted the leaders of A, B and C", the money is no one
    // member's: nothing)
    const others = new Set(
      this.partnerPairs.filter((p) => p.includes(giver!.code)).map((p) => (p[0] === giver!.code ? p[1] : p[0]))
    );
    // (… unless those others are the whole region, "met the presidents of Kazakhstan, Kyrgyzstan, Tajikistan,
    // Turkmenistan and Uzbekistan": the money is the region's)
    const region =
      [...CENTRAL_ASIA].every((c) => others.has(c)) && [...others].every((c) => CENTRAL_ASIA.has(c) || c === "CAS");
    if (others.size > 1 && !region) return undefined;
    const other = region ? "CAS" : pair[0] === giver.code ? pair[1] : pair[0];
    // (a region the text named by its adjective only, "met the five Central Asian presidents", by its noun)
    const name =
      this.groupName(other, mentions) ??
      (REGIONS.has(other)
        ? (this.regionNames.get(other) ?? (other === "CAS" ? "Central Asia" : undefined))
        : undefined);
    if (!name) return undefined;
    return splice(text, at, 0, ` for ${name}`, "pair");
  }

  /**
   * An offer, a proposal or a request told without its addressee ("The Iranian side also proposed creating a joint
   * venture …", "Russia offered to mediate", "has asked for additional concessions") after an occasion of two sides:
   * English leaves out whom an offer is made to when the occasion told it (the talks, the visit, the call). The
   * addressee is the other side of the latest event the offering side took part in, within the {@link OFFER_REACH}
   * sentences before, when that side met one other side only (a gathering of several leaves the addressee open). Read
   * in a copy with the addressee after the verb ("proposed to Kazakhstan creating …"). Not a passive ("was offered"),
   * a negation, a modal or an infinitive ("could offer", "refused to propose"), nor an offer whose clause names an
   * actor after the verb (its own addressee, read as written). Session 25.
   */
  offerSide(
    text: string,
    mentions: readonly AnaphoraMention[]
  ): (Rewrite & {side: string; other: string; code?: string}) | undefined {
    const hit = OFFERING.exec(text);
    // (the occasion told before this sentence: its own events, "Iran, which joined the SCO in 2023, has offered …",
    // are no occasion of the offer)
    const latest =
      this.partners?.sentence === this.sentence
        ? this.occasionBefore
        : this.partners && {...this.partners, pairs: this.partnerPairs};
    const pair = hit && latest && this.sentence - latest.sentence <= OFFER_REACH ? latest : undefined;
    if (!hit || !pair) return undefined;
    const verbAt = hit.index + hit[1]!.length;
    const end = verbAt + hit[2]!.length;
    // (a passive, a negation, a modal, an infinitive: "was offered", "never proposed", "could offer", "refused to
    // propose"; "asked" only for something: "asked for concessions", not "asked to postpone")
    if (NOT_OFFERED.test(text.slice(0, verbAt))) return undefined;
    if (/^ask/i.test(hit[2]!) && !/^\s+for\b/i.test(text.slice(end))) return undefined;
    // (the offering side: the last actor named before the verb outside an aside between commas, "Kazakhstan, which
    // joined the WTO in 2015, has offered …")
    const asides: [number, number][] = [];
    for (const a of text.slice(0, verbAt).matchAll(ASIDE)) asides.push([a.index, a.index + a[0].length]);
    let giver: AnaphoraMention | undefined;
    for (const m of mentions)
      if (m.end <= verbAt && !REGIONS.has(m.code) && !asides.some(([a, b]) => m.start >= a && m.end <= b)) giver = m;
    if (!giver) return undefined;
    const others = new Set(
      pair.pairs.filter((p) => p.includes(giver!.code)).map((p) => (p[0] === giver!.code ? p[1] : p[0]))
    );
    if (!pair.codes.includes(giver.code) || others.size > 1) return undefined;
    const other = pair.codes[0] === giver.code ? pair.codes[1] : pair.codes[0];
    if (REGIONS.has(other) && other !== "CAS") return undefined;
    // (an actor named after the verb other than the two sides is the offer's own addressee or its matter)
    if (mentions.some((m) => m.start >= end && m.code !== giver!.code && m.code !== other)) return undefined;
    const name = this.groupName(other, mentions);
    if (!name) return undefined;
    // ("asked for …": the addressee before "for"; "offered to …", "proposed that …": after the verb)
    const insert = /^ask/i.test(hit[2]!) ? ` ${name}` : ` to ${name}`;
    // (a proposal of the proposer's own part in something, which the dictionary reads as an appeal (02), is an intent
    // to cooperate, as the golds of every set code it: 036 for a meeting proposed, else 030)
    const proposal = /^(?:proposed|suggested)$/i.test(hit[2]!);
    const meeting = MEETING_PROPOSED.test(text.slice(end, end + 120));
    return {
      ...splice(text, end, 0, insert, "pair"),
      side: giver.code,
      other,
      ...(proposal ? {code: meeting ? "036" : "030"} : {})
    };
  }

  /**
   * The two sides of the occasion the text is telling, each toward the other: the sides of the latest event told
   * before this sentence (within the {@link OFFER_REACH} sentences before), each that met only the other there (a
   * gathering of several leaves the host's addressee open; a region other than Central Asia is no side). English leaves
   * out whom a one-sided act is addressed to when the occasion told it: "Mirziyoyev received the German minister. He
   * proposed … . Dobrindt agreed." (read in src/read/document.ts). Session 33.
   */
  occasionSides(): Record<string, string> | undefined {
    const latest =
      this.partners?.sentence === this.sentence
        ? this.occasionBefore
        : this.partners && {...this.partners, pairs: this.partnerPairs};
    if (!latest || this.sentence - latest.sentence > OFFER_REACH) return undefined;
    const sides: Record<string, string> = {};
    for (const code of new Set(latest.pairs.flat())) {
      const others = new Set(latest.pairs.filter((p) => p.includes(code)).map((p) => (p[0] === code ? p[1] : p[0])));
      const other = others.size === 1 ? [...others][0]! : undefined;
      if (!other || other === code || [code, other].some((c) => REGIONS.has(c) && c !== "CAS")) continue;
      sides[code] = other;
    }
    return Object.keys(sides).length > 0 ? sides : undefined;
  }

  /**
   * A state told by its form of government instead of its name: "the Sultanate", "the Kingdom", "the Emirate" (the one
   * state of that form the text has named so far: src/read/state-forms.ts). Two candidates leave the label unread ("the
   * kingdom" after Saudi Arabia and Jordan), and so does a form with its own name after it ("the Kingdom of Bahrain").
   * Read in a copy with the name in the label's place; only the events of the state it names are kept. (An
   * organisation told as "the bloc" or "the alliance" is not read so: built in sessions 24 and 25, it added false events
   * on the test half both times.) Session 25.
   */
  labelSide(text: string, mentions: readonly AnaphoraMention[]): (Rewrite & {side: string}) | undefined {
    const hit = STATE_FORM_POINTER.exec(text);
    if (!hit) return undefined;
    const at = hit.index;
    const states = statesOfForm(hit[1]!).filter(
      (c) => this.names.has(c) || this.adjectives.has(c) || mentions.some((m) => m.code === c && m.end <= at)
    );
    if (states.length !== 1) return undefined;
    const code = states[0]!;
    // (the label's actor named in the sentence already: the label is read with it)
    if (mentions.some((m) => m.code === code && m.start >= at)) return undefined;
    const name = this.groupName(code, mentions);
    if (!name) return undefined;
    return {...splice(text, at, hit[0].length, name, "pronoun"), side: code};
  }

  /**
   * "The three presidents are to meet …", "the six leaders signed …": a counted group of three to eight as a subject
   * is the states the sentence names when they are that many, else those of the nearest of the three sentences
   * before that names that many; with Central Asia
   * named, its five states count as one group ("the six leaders" of China and Central Asia: "China and the Central
   * Asian states").
   */
  private countedGroup(text: string, mentions: readonly AnaphoraMention[]): Rewrite | undefined {
    const hit = COUNTED.exec(text);
    if (!hit) return undefined;
    const n = COUNTS[hit[2]!.toLowerCase()]!;
    const at = hit.index + hit[1]!.length;
    const phrase = hit[0].slice(hit[1]!.length);
    const distinct = (codes: readonly string[]) => [...new Set(codes)];
    const here = distinct(mentions.filter((m) => m.start >= at + phrase.length || m.end <= at).map((m) => m.code));
    // ("China held its second summit with the five in Astana, where the six leaders signed …": "the five" with no
    // noun after it, on a page about Central Asia, is the region's five states, a member of the sentence's group)
    if (
      this.centralAsia &&
      !here.includes("CAS") &&
      FIVE_ALONE.test(text.slice(0, at) + " " + text.slice(at + phrase.length))
    )
      here.push("CAS");
    // (the sentence itself, else the nearest of the three before that names that many: "On 19 September X hosted the
    // presidents of A, B, C, D and E. It was the first such summit. The six leaders adopted …")
    // (counted companies, "the three state rail companies": the states of the companies named, not of the places)
    const companies = new RegExp(`^[Tt]he\\s+\\w+\\s+${COMPANIES_NOUN}$`).test(phrase);
    const near = [...(companies ? this.recentBodies : this.recent)].reverse();
    // (none of the three sentences before names that many: the nearest earlier sentence of the page that named a
    // format's group, a state with Central Asia's five, "The six leaders agreed …" eight sentences after "Chinese
    // President Xi Jinping and the leaders of the five Central Asian states signed …"; a list of single states is the
    // sentence's own, and a far one may be any four states the page named: "The four governments signed …" after
    // the four states of a pipeline named six sentences before stays as written)
    const far = companies
      ? []
      : this.named
          .slice(0, -near.length || undefined)
          .filter((x) => x.codes.includes("CAS"))
          .reverse();
    const lists = [here, ...near, ...far.map((x) => x.codes)];
    for (let k = 0; k < lists.length; ++k) {
      const codes = lists[k]!;
      const all = codes.filter((c) => !REGIONS.has(c));
      // (organisations named beside the states, "on the sidelines of the UN General Assembly", may be no member)
      const states = all.length === n ? all : all.filter(isStateCode);
      // With Central Asia named, its own states there are places or members of the group ("in Astana").
      const outside = states.filter((c) => !CENTRAL_ASIA.has(c));
      let names: (string | undefined)[] | undefined;
      // All five Central Asian states with others ("Biden hosted the presidents of Kazakhstan, …, and Uzbekistan"):
      // the five are the region's group (the C5+1 format), one side.
      const allFive = states.length === n && outside.length === n - 5 && outside.length > 0;
      if (allFive) names = [...outside.map((c) => this.groupName(c, mentions)), "the Central Asian states"];
      else if (states.length === n && !codes.includes("CAS")) names = states.map((c) => this.groupName(c, mentions));
      else if (codes.includes("CAS") && outside.length > 0 && outside.length + 5 === n)
        names = [...outside.map((c) => this.groupName(c, mentions)), "the Central Asian states"];
      if (!names || names.some((x) => x === undefined)) continue;
      const list = names as string[];
      const replacement =
        list.length === 2 ? `${list[0]} and ${list[1]}` : `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
      const rewritten = splice(text, at, phrase.length, replacement, "pair");
      // (this.recent's latest list is the sentence just before this one)
      if (k > near.length) return {...rewritten, from: far[k - near.length - 1]!.sentence};
      return k === 0 ? rewritten : {...rewritten, from: this.sentence - k};
    }
    return undefined;
  }

  /**
   * Whether a mention names a company or body by a name of more words than its state's: a state's name or adjective
   * first, then words that are not a state's form ("Azerbaijan Railways", not "Kyrgyz Republic" or "United States").
   */
  private namedAsBody(m: AnaphoraMention): boolean {
    const words = m.text.split(/\s+/);
    if (words.length < 2 || /^(?:the|The)$/.test(words[0]!)) return false;
    if (words.slice(1).some((w) => STATE_FORM_WORD.test(w))) return false;
    return (
      this.stateOfName?.(words[0]!) === m.code ||
      this.names.get(m.code) === words[0] ||
      this.adjectives.get(m.code) === words[0]
    );
  }

  /** A name the coder reads as the actor, from memory or from the sentence's mentions. */
  private groupName(code: string, mentions: readonly AnaphoraMention[]): string | undefined {
    const same = mentions.filter((m) => m.code === code);
    return this.names.get(code) ?? nounName(same) ?? sideName(same) ?? this.nameOf(code);
  }

  /**
   * Who "the two men" or "both women" are (session 29): the two persons of different sides the sentence names before
   * the pointer ("X met Y in Astana, where the two men signed …"), else those the three sentences before named, when
   * they are two ("X told Y on Thursday …. The announcement came during the first visit by a Kazakh minister. The two
   * men discussed …"). A sex is no office: with three persons named, or one, the pointer stays unread.
   */
  private twoPersons(
    text: string,
    mentions: readonly AnaphoraMention[],
    at: number
  ): {codes: [string, string]; from?: number} | undefined {
    const here = [
      ...new Set(mentions.filter((m) => m.end <= at && !REGIONS.has(m.code) && personLike(text, m)).map((m) => m.code))
    ];
    if (here.length === 2) return {codes: [here[0]!, here[1]!]};
    const recent = this.personsNamed.filter((p) => this.sentence - p.sentence <= 3);
    const codes = [...new Set(recent.flatMap((p) => p.codes))];
    if (here.length > 0 || codes.length !== 2 || codes.some((c) => REGIONS.has(c))) return undefined;
    return {codes: [codes[0]!, codes[1]!], from: recent.at(-1)!.sentence};
  }

  /**
   * Two distinct non-region codes named before the pointer in its sentence, else the latest event's sides, and the
   * sentence they were taken from when it is an earlier one.
   */
  /**
   * The state of an office a sentence opens with when it names no holder ("Kazakhstan's energy minister spent
   * yesterday touring …", "The Kazakh trade minister arrived …"): a news lead that names the person only in the next
   * sentence (session 35). Not a former holder's, the opposition's (as {@link Anaphora.learnOffices}).
   */
  private officeWithoutName(
    text: string,
    mentions: readonly AnaphoraMention[]
  ): {code: string; sentence: number} | undefined {
    const m = mentions[0];
    if (!m || !isStateCode(m.code) || REGIONS.has(m.code) || !/^(?:the\s+)?$/i.test(text.slice(0, m.start)))
      return undefined;
    const hit = STATE_OFFICE_AFTER.exec(text.slice(m.end, m.end + 80));
    if (!hit || NOT_STATE_OFFICE.test(hit[1]!)) return undefined;
    // (a name right after the office is the holder named here: "Kazakhstan's energy minister Yerlan X …")
    if (/^\s*,?\s*\p{Lu}/u.test(text.slice(m.end + hit[0].length))) return undefined;
    return {code: m.code, sentence: this.sentence};
  }

  /**
   * A sentence right after one that opened with a state's office and no name ({@link Anaphora.officeWithoutName}),
   * opening with a person's full name the coder does not know, as the subject of a verb or of a relative clause
   * ("Yerlan Akkenzhenov, who is leading a delegation …, met …", "Yerlan Akkenzhenov met …"): the holder of that
   * office, named late as news leads do. The name reads as the state, and the surname stands for it from here on
   * ("Mr Akkenzhenov invited …"). Not a name with its own apposition ("John Smith, a local MP, said …": another person),
   * nor one the text tied to a state already. Session 35.
   */
  private delayedName(text: string, mentions: readonly AnaphoraMention[]): Rewrite | undefined {
    const office = this.namelessOffice;
    if (!office || office.sentence !== this.sentence - 1) return undefined;
    const hit = DELAYED_NAME.exec(text);
    if (!hit) return undefined;
    const full = hit[1]!;
    const words = full.split(/\s+/);
    const surname = SURNAME_FIRST.has(office.code) ? words[0]! : words.at(-1)!;
    if (mentions.some((x) => x.start < full.length) || this.persons.has(surname)) return undefined;
    const name = this.nameOf(office.code);
    if (!name) return undefined;
    this.persons.set(surname, office.code);
    this.notePersonSubject(office.code);
    return splice(text, 0, full.length, name, "surname");
  }

  private pairBefore(
    inSentence: readonly AnaphoraMention[],
    persons = false,
    text = "",
    regions = false
  ): {codes: [string, string]; from?: number} | undefined {
    // A pair the sentence names as a pair before the pointer ("Mongolian and Kazakh freight will cross …, and the two
    // countries will jointly approach …", "both Malaysia and Kazakhstan called for …, and the two countries …"): that
    // pair, not the two actors named last (session 26; joined by "and" only: "the EU–Central Asia summit" names a
    // summit's sides, not who "the two sides" of the sentence are)
    const joined = coordinatedPair(text, inSentence, text.length, regions, false);
    if (joined) return {codes: [joined[0].code, joined[1].code]};
    // Two states when the sentence names two ("Tokayev hosted Xi in Astana during the summit of the Shanghai
    // Cooperation Organisation, where the two presidents agreed …" are Kazakhstan and China, not the SCO); else
    // the two actors named last, organisations included ("the two sides" of the EU and Kazakhstan). (A venue stays
    // one of them: a host's city is often one of the two sides; session 26 measured leaving it out.)
    for (const statesOnly of [true, false]) {
      const seen: string[] = [];
      for (let i = inSentence.length - 1; i >= 0 && seen.length < 2; --i) {
        const m = inSentence[i]!;
        if (seen.includes(m.code) || REGIONS.has(m.code)) continue;
        if (
          statesOnly &&
          (!isStateCode(m.code) || inSentence.some((x) => x.code === m.code && ORGANISATION.test(x.text)))
        )
          continue;
        seen.push(m.code);
      }
      if (seen.length === 2) return {codes: [seen[1]!, seen[0]!]};
    }
    // The sentence just before, when it named exactly two actors and gave no event (an actor the coder did not
    // know, a meeting told with a title alone), is nearer than an older event. A pointer to persons ("the two
    // ministers", "the presidents") takes them only when that sentence named persons, by office ("the presidents of A
    // and B") or a person of each (session 19): "X met Y. Y said his country's trade with Z … The two ministers signed
    // …" are X's and Y's, not Y's and Z's.
    // The same for a pair the sentence just before named as one ("Trade between the GCC and Central Asia was …. At the
    // Jeddah summit the two sides adopted …"), regions included when the pointer may be a region's group (session 26)
    if (
      this.pairNamed?.sentence === this.sentence - 1 &&
      (regions || !this.pairNamed.codes.some((c) => REGIONS.has(c))) &&
      (!this.dyad || this.dyad.sentence < this.sentence - 1) &&
      (!persons || this.officeBefore || this.pairNamed.codes.every((c) => this.personBefore.has(c)))
    )
      return {codes: this.pairNamed.codes, from: this.sentence - 1};
    if (
      this.previous.length === 2 &&
      (!this.dyad || this.dyad.sentence < this.sentence - 1) &&
      (!persons || this.officeBefore || this.previous.every((c) => this.personBefore.has(c)))
    )
      return {codes: [this.previous[0]!, this.previous[1]!], from: this.sentence - 1};
    // The latest event told before the three sentences before, two of which name one same pair of actors and no
    // other ("In 2024 A took a third of B's trade. Most of B's exports to A are oil. … the two sides signed …"): that
    // pair, what the passage is about, is nearer than the older event (for a pointer to persons, only when the
    // sentence before named persons by office: else "the two ministers" are the ones who last acted).
    if ((!persons || this.officeBefore) && (!this.dyad || this.dyad.sentence < this.sentence - 3)) {
      const counts = new Map<string, number>();
      for (const codes of this.recent)
        for (const c of new Set(codes)) if (!REGIONS.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
      const top = [...counts].filter(([, n]) => n >= 2).map(([c]) => c);
      if (top.length === 2) return {codes: [top[0]!, top[1]!], from: this.sentence - 1};
    }
    // The latest event told between a state or an organisation and a region's group ("Biden met the five Central Asian
    // presidents …. The leaders launched …"), when no event between two actors came after it (session 26)
    const partners = this.partners;
    if (
      regions &&
      partners &&
      partners.sentence < this.sentence &&
      this.sentence - partners.sentence <= 8 &&
      partners.sentence > (this.dyad?.sentence ?? -1) &&
      partners.codes.some((c) => REGIONS.has(c)) &&
      !partners.codes.every((c) => REGIONS.has(c))
    )
      return {codes: partners.codes, from: partners.sentence};
    if (this.dyad && this.sentence - this.dyad.sentence <= 8) {
      // (a sentence whose events have several pairs of sides, "He noted that Uzbekistan is negotiating its accession to
      // the WTO, and asked Vietnam … to share its experience. Both sides agreed …": the pair the text has told most
      // acts between, the story's two sides, not the last one coded; session 26)
      let codes = this.dyad.codes;
      let most = this.dyadCounts.get([...codes].sort().join("|")) ?? 0;
      for (const p of this.dyadPairs) {
        const n = this.dyadCounts.get([...p].sort().join("|")) ?? 0;
        if (n > most) [codes, most] = [p, n];
      }
      // (a pointer to persons, "the two ministers", "the two presidents", is two sides whose persons the text named: not
      // a pair with a side named only as a thing's adjective or an organisation whose gathering was hosted, "Safadi
      // warned that the continued Israeli aggression … The two ministers agreed …", "… a month after Kuwait hosted a
      // meeting of the GCC ministerial council. The two ministers agreed …"; the pair of two such sides the text has
      // told most acts between, the story's two, the latest on a tie; session 32)
      if (persons && !codes.every((c) => this.personSides.has(c))) {
        let best: {codes: [string, string]; n: number; sentence: number} | undefined;
        for (const [key, n] of this.dyadCounts) {
          const pair = key.split("|") as [string, string];
          const sentence = this.dyadLast.get(key) ?? -1;
          if (!pair.every((c) => this.personSides.has(c)) || this.sentence - sentence > 12) continue;
          if (!best || n > best.n || (n === best.n && sentence > best.sentence)) best = {codes: pair, n, sentence};
        }
        if (best) return {codes: best.codes, from: best.sentence};
      }
      return this.dyad.sentence < this.sentence ? {codes, from: this.dyad.sentence} : {codes};
    }
    return undefined;
  }
}

/**
 * The two sides of a summit the sentence names before `at` ("the summit between A and B", "the A–B summit", "A
 * attended the C summit with B"): the distinct actors named before `at` after the sentence's first summit word's
 * clause began, regions included; not a venue ("in Samarkand", "at a Tashkent hotel"), nor an organisation right before
 * the summit word ("the SCO summit") when two others remain. Undefined unless exactly two remain.
 */
function summitSidesBefore(text: string, mentions: readonly AnaphoraMention[], at: number): string[] | undefined {
  const summit = SUMMIT.exec(text.slice(0, at));
  if (!summit) return undefined;
  // (a venue: "in Samarkand", "at the Kremlin", "at a Tashkent hotel", "near the capital Astana")
  const named = mentions.filter(
    (m) =>
      m.end <= at &&
      !/\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside)\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+)?$/u.test(
        text.slice(Math.max(0, m.start - 40), m.start)
      )
  );
  let codes = [...new Set(named.map((m) => m.code))];
  const before = named.filter(
    (m) => !isStateCode(m.code) && !REGIONS.has(m.code) && /^['’"”]?\s*$/.test(text.slice(m.end, summit.index))
  );
  if (codes.length > 2 && before.length > 0) codes = codes.filter((c) => !before.some((m) => m.code === c));
  return codes.length === 2 ? codes : undefined;
}

const SPACE = /\s/;
const WORD = /\S+/g;

/** The first `n` words (runs of non-space) from `from` on, as `text.slice(from).split(/\s+/).filter(Boolean).slice(0, n)`. */
class WordsAfter {
  private readonly words: string[] = [];
  private at_: number;
  constructor(
    private readonly text: string,
    from: number,
    private readonly n: number
  ) {
    this.at_ = from;
  }
  /** The k-th word (from 0), split when first asked; undefined past the n-th or the text's end. */
  at(k: number): string | undefined {
    while (this.words.length <= k && this.words.length < this.n && this.at_ >= 0) {
      WORD.lastIndex = this.at_;
      const m = WORD.exec(this.text);
      if (!m) this.at_ = -1;
      else {
        this.words.push(m[0]);
        this.at_ = WORD.lastIndex;
      }
    }
    return k < this.words.length ? this.words[k] : undefined;
  }
}

/** The last two words before `end` ([second last, last]), without splitting all the text before it. */
function lastTwoWords(text: string, end: number): [string | undefined, string | undefined] {
  let k = end;
  const run = (): string | undefined => {
    while (k > 0 && SPACE.test(text[k - 1]!)) --k;
    const e = k;
    while (k > 0 && !SPACE.test(text[k - 1]!)) --k;
    return e > k ? text.slice(k, e) : undefined;
  };
  const last = run();
  return [last === undefined ? undefined : run(), last];
}

/**
 * A rewrite of a rewritten copy, as one rewrite of the sentence: the changed region spans both (its offsets are
 * approximate inside it, as a splice's are).
 */
function compose(text: string, first: Rewrite, second: Rewrite): Rewrite {
  const grow = first.replacement - first.length;
  const toText = (x: number) => (x <= first.at ? x : x >= first.at + first.replacement ? x - grow : first.at);
  const at = Math.min(first.at, toText(second.at));
  const end = Math.max(first.at + first.length, toText(second.at + second.length));
  const length = end - at;
  return {
    text: second.text,
    at,
    length,
    replacement: length + second.text.length - text.length,
    kind: second.kind,
    ...(second.from !== undefined ? {from: second.from} : {})
  };
}

/**
 * Whether a mention names a person: a name of two or more capitalised words after a title or a state's adjective
 * ("President Tokayev", "Russian President Vladimir Putin", "Kassym-Jomart Tokayev"), or a name right before a title
 * word; not a state's or a place's name ("The United States", "Kazakhstan", "Central Asia").
 */
/**
 * A state's possessive or adjective before a person's office, without a name: "Mongolia's foreign minister", "the
 * Kyrgyz deputy prime minister", "Japan's chief negotiator" (a lexicon of the language's nouns for one office holder,
 * after at most three modifiers; not a body: "Mongolia's foreign ministry", "the Kyrgyz government").
 */
const PERSON_OFFICE_AFTER = cue(
  new RegExp(
    String.raw`^(?:['’]s)?\s+(?:\p{L}+ly\s+\p{L}+ed\s+|(?!(?:and|or|of|with|to|in|on|at|by|for|the|a|an|its|his|her|their|this|that|is|was|has|had|will|would|said|says|told|met|held|\p{L}+ed)\b)[\p{L}-]+\s+){0,3}?(?:[Pp]resident(?:-elect)?|[Pp]remier|[Pp]rime\s+[Mm]inister|[Mm]inister|[Ee]nvoy|[Aa]mbassador|[Cc]hancellor|[Ss]ecretary|[Ss]pokes(?:man|woman|person)|[Ll]eader|[Kk]ing|[Qq]ueen|[Ee]mir|[Ss]ultan|[Gg]overnor|[Mm]ayor|[Cc]ommissioner|[Cc]hair(?:man|woman)|[Rr]epresentative|[Nn]egotiator|[Cc]ounterpart|[Dd]iplomat|[Cc]onsul|[Cc]hief|[Hh]ead\s+of\s+(?:state|government)|[Gg]eneral|[Cc]ommander)\b(?![-\p{L}])`,
    "u"
  )
);
/** Words that make an office no longer, or not, the state's: a former holder, the opposition's (review K7). */
/**
 * A person's full name opening a sentence (two or three capitalised words, not a title's), as the subject: a relative
 * clause's "who" after a comma, or a lower-case verb right after it ({@link Anaphora.delayedName}).
 */
const DELAYED_NAME =
  /^((?!(?:The|This|That|These|Those|In|On|At|But|And|After|Before|During|Mr|Mrs|Ms|Dr|President|Minister|Prime|Foreign|Deputy)\s)\p{Lu}\p{Ll}[\p{L}'’-]+(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]+){1,2})(?=,\s+who\s|\s+\p{Ll})/u;
const NOT_STATE_OFFICE = /\b(?:former|ex-\p{L}+|opposition|exiled|rebel|dissident|retired|refugee|party)\b/iu;

/**
 * The latest pair of actors a text names as a pair, before `end`: two mentions of distinct actors joined by "and", "&",
 * a dash or a slash ("Mongolian and Kazakh freight", "both Malaysia and Kazakhstan", "between the GCC and Central
 * Asia", "the EU–Central Asia summit"), not the last two of a longer list ("A, B and C"), not a venue ("in Samarkand",
 * "at the Akorda"). Regions count only when `regions` is set (a region's group is a side, "the GCC and Central Asia",
 * but no two persons). Session 26.
 */
function coordinatedPair(
  text: string,
  mentions: readonly AnaphoraMention[],
  end: number,
  regions: boolean,
  dashes: boolean
): [AnaphoraMention, AnaphoraMention] | undefined {
  const usable = mentions.filter((m) => m.end <= end && (regions || !REGIONS.has(m.code)) && !isVenue(text, m));
  for (let k = usable.length - 2; k >= 0; --k) {
    const a = usable[k]!,
      b = usable[k + 1]!;
    const between = text.slice(a.end, b.start);
    if (
      a.code === b.code ||
      !(/^\s*(?:and|&)\s+(?:the\s+)?$/i.test(between) || (dashes && /^\s*[–—\/-]\s*$/.test(between)))
    )
      continue;
    const prior = usable[k - 1];
    if (prior && /^\s*,\s*(?:the\s+)?$/.test(text.slice(prior.end, a.start))) continue;
    return [a, b];
  }
  return undefined;
}

/**
 * The two sides a sentence telling a summit names as its participants: "the leaders of the GCC and the five Central
 * Asian states", "the presidents of A and B", "a summit between A and B" (a count may stand before the second: "and
 * the five Central Asian states"); undefined unless two distinct actors stand so. Session 32.
 */
function leadersPair(
  text: string,
  mentions: readonly AnaphoraMention[]
): [AnaphoraMention, AnaphoraMention] | undefined {
  for (let k = 0; k + 1 < mentions.length; ++k) {
    const a = mentions[k]!,
      b = mentions[k + 1]!;
    if (
      a.code !== b.code &&
      /^\s+(?:and|&)\s+(?:the\s+)?(?:(?:two|three|four|five|six|seven|eight)\s+)?$/i.test(text.slice(a.end, b.start)) &&
      !/^\s*(?:,|and\b)/.test(text.slice(b.end)) &&
      LEADERS_OF.test(text.slice(Math.max(0, a.start - 50), a.start))
    )
      return [a, b];
  }
  return undefined;
}

/** What stands before a summit's two sides: "the leaders of (the)", "the heads of state of", "a summit between". */
const LEADERS_OF =
  /\b(?:(?:leaders|presidents|heads\s+of\s+state(?:\s+and\s+government)?)\s+of|summit\s+between)\s+(?:the\s+)?$/i;

/** Whether a mention is a venue: "in Samarkand", "at the Akorda", "near Astana". */
function isVenue(text: string, m: AnaphoraMention): boolean {
  return /\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside)\s+(?:(?:the|a|an)\s+)?$/.test(
    text.slice(Math.max(0, m.start - 12), m.start)
  );
}

/**
 * The word news calls a person by, from their full name as the coder knows it (see {@link SURNAME_FIRST}): the last
 * word, or the first for the states that put it first; honorifics and titles before the name are not part of it
 * ("Pope Francis" is Francis). Undefined for a seat or a body named in capitalised words ("White House"), an Arabic
 * name of parts ("Tamim bin Hamad"), and a name of one word or more than four.
 */
export function shortName(name: string, code: string): string | undefined {
  const all = name.trim().split(/\s+/);
  let k = 0;
  while (k < all.length - 1 && HONORIFIC.test(all[k]!)) k++;
  const words = all.slice(k);
  if (words.length > 4 || (words.length < 2 && k === 0)) return undefined;
  if (!words.every((w) => NAME.test(w) && !NOT_NAME.test(w)) || words.some((w) => NAME_PARTICLE.test(w)))
    return undefined;
  if (NOT_PERSON_WORD.test(words.at(-1)!)) return undefined;
  const short = SURNAME_FIRST.has(code) ? words[0]! : words.at(-1)!;
  return short.length >= 2 ? short : undefined;
}

function personLike(text: string, m: AnaphoraMention & {agent?: string}): boolean {
  // (a leader or an official the coder knows by name: "Tokayev", "Xi", "Vladimir Putin")
  if (m.agent !== undefined && m.agent !== m.code && /^\p{Lu}\p{Ll}/u.test(m.text) && !/^The\s/.test(m.text))
    return true;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (
    /\b(?:President|Minister|Premier|Chancellor|Secretary|Chairman|Chairwoman|Commissioner|Ambassador|Governor|Mayor|Speaker|King|Emir|Sultan|Prince|leader|counterpart|envoy|[Cc]hief|[Hh]ead)\s+$/.test(
      before
    )
  )
    return true;
  // ("Finnish President Alexander Stubb", "Russia's Vladimir Putin": the state's word before a titled or named person)
  const after = text.slice(m.end, m.end + 60);
  if (
    /^(?:['’]s)?\s+(?:(?:President|Prime|Foreign|Deputy|Vice|Minister|Premier|Chancellor|Secretary|Chairman|Defence|Defense|Economy|Trade|Energy|Finance|Interior|leader|counterpart|Ambassador|envoy)\s+)+\p{Lu}\p{Ll}/u.test(
      after
    ) ||
    /^['’]s\s+\p{Lu}[\p{Ll}-]+\s+\p{Lu}\p{Ll}/u.test(after) ||
    (PERSON_OFFICE_AFTER.test(after) && !NOT_STATE_OFFICE.test(PERSON_OFFICE_AFTER.exec(after)![0]))
  )
    return true;
  const words = m.text.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => NAME.test(w) || /^\p{Lu}[\p{Ll}'’]+-\p{Lu}[\p{Ll}'’]+$/u.test(w)) &&
    !/^(?:The|the)$/.test(words[0]!) &&
    !/(?:stan|States|Union|Republic|Kingdom|Emirates|Asia|Europe|America|Africa|Korea|Federation|Nations)$/.test(m.text)
  );
}

/** A passive with its agent: "was received by", "were welcomed by". */
const PASSIVE_BY = /\b(?:was|were)\s+(?:\w+ly\s+)?(?:[a-z]+ed|met|held|seen|given|taken|shown)\s+(?:\w+\s+){0,6}?by\s/;

/** The sentence with each span replaced by its name, as one rewrite spanning the first to the last. */
function spliceAll(text: string, hits: {start: number; end: number; name: string}[], kind: Rewrite["kind"]): Rewrite {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  let out = "";
  let from = 0;
  for (const h of sorted) {
    out += text.slice(from, h.start) + h.name;
    from = h.end;
  }
  out += text.slice(from);
  const at = sorted[0]!.start;
  const length = sorted.at(-1)!.end - at;
  return {text: out, at, length, replacement: length + out.length - text.length, kind};
}
/** A character a surname's pattern would read as syntax (such a name is always tested with its pattern). */
const REGEX_SYNTAX = /[.*+?^${}()|[\]\\/]/;
/** A surname as a whole word, compiled once per surname (a bounded cache). */
const surnames = new Map<string, RegExp>();
function surnamePattern(surname: string): RegExp {
  let re = surnames.get(surname);
  if (!re) {
    if (surnames.size >= 10_000) surnames.clear();
    // (a name's letters followed by an apostrophe and more letters than a possessive's are another word: "Xi'an" is no
    // "Xi"; session 32)
    surnames.set(surname, (re = new RegExp(`(^|[^\\p{L}-])(${surname})(?![\\p{L}-]|['’]\\p{L}{2})`, "u")));
  }
  return re;
}

/** A mention that names an organisation rather than a state: "the Shanghai Cooperation Organisation", "NATO". */
const ORGANISATION =
  /\b(?:Organi[sz]ation|Union|Council|Commission|Community|Bank|Fund|Alliance|Assembly|Nations|Forum|Parliament|Secretariat|Treaty)\b|^[A-Z0-9+]{2,6}$/;

/**
 * Words that describe a company or a state's body right before or after its name: the descriptors' head nouns ("the
 * state concern Turkmengaz", "Kazakhstan's national gas company QazaqGaz", "Türkmendemirýollary agency"). Session 27.
 */
const DESCRIBED_HEAD = words(
  /^(?:company|firm|corporation|concern|agency|operator|carrier|airline|group|holding|monopoly|utility|producer|giant|lender|bank|enterprise|conglomerate|exporter|developer)$/
);
/** Words of a state's own multi-word name ("Kyrgyz Republic", "Russian Federation", "United States", "South Korea"). */
const STATE_FORM_WORD = words(
  /^(?:Republic|Federation|Kingdom|Emirates|States|Arabia|Korea|Africa|Zealand|Lanka|Union|Islands|Coast|Confederation|Sultanate|Emirate|Empire|of|and)$/
);
/** A cheap test that a sentence may describe a company by such words. */
const DESCRIBED_CUE = cue(
  /\b(?:company|firm|corporation|concern|agency|operator|carrier|airline|group|holding|monopoly|utility|producer|giant|lender|bank|enterprise|conglomerate|exporter|developer)\b/
);
/** Words that may stand before a description that opens a noun phrase: "with the company X", "from state company X". */
const BEFORE_DESCRIPTION = /^(?:and|or|with|from|between|by|of|to|for|that|which|as|at|in|on|while|said|says|under)$/i;
/** What may follow a name and the description after it: the clause's verb or a coordinator, or a stop. */
const AFTER_DESCRIPTION =
  /^(?:\s*[,;.:]|\s+(?:and|or|signed|agreed|has|have|had|will|would|was|were|is|are|also|jointly|then|later|announced|said|plans|planned|intends|intended)\b)/;

/**
 * Where the words describing a company or body that end right before `at` begin, with the article and the state's
 * word before them ("the Uzbek state company ", "Kazakhstan's national gas company ", "state gas company "); undefined
 * when no description ends there, or when the words before it are not a noun phrase's opening ("the state news
 * agency X": "news" is no descriptor, so the phrase is not one), or when the state's word before it names another
 * state than `code`.
 */
function descriptorStart(
  text: string,
  at: number,
  code: string,
  mentions: readonly AnaphoraMention[]
): number | undefined {
  let p = at;
  const words: string[] = [];
  for (;;) {
    const m = /([\p{Ll}][\p{Ll}-]*)\s+$/u.exec(text.slice(Math.max(0, p - 40), p));
    if (!m || words.length === 4) break;
    const word = m[1]!;
    if (words.length === 0 ? !DESCRIBED_HEAD.test(word) : !BODY_WORD.test(word)) break;
    words.push(word);
    p -= m[0].length;
  }
  if (words.length === 0) return undefined;
  // (the state's word: its adjective or its name's possessive, "the Uzbek …", "Kazakhstan's …")
  const state = mentions.find((x) => x.end <= p && /^(?:['’]s)?\s+$/u.test(text.slice(x.end, p)));
  if (state && state.code !== code) return undefined;
  if (state) p = state.start;
  const article = /(?:^|\s)((?:[Tt]he|[Aa]n?)\s+)$/.exec(text.slice(Math.max(0, p - 5), p));
  if (article) return p - article[1]!.length;
  if (state) return p;
  const before = /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, p - 30), p));
  if (before && !BEFORE_DESCRIPTION.test(before[1]!)) return undefined;
  return p;
}

/**
 * Whether the phrase from `start` to `end` is a side of a coordinated pair or a clause's subject: "and" before or
 * after it, or a verb right after it ("X and the state concern Y signed …", "the energy company X and …"); a company
 * described inside another phrase ("the projects of the Saudi company X in the republic") is left as written.
 */
function inSubjectPair(text: string, start: number, end: number): boolean {
  return (
    /(?:^|[,;]|\b(?:and|&))\s*$/.test(text.slice(Math.max(0, start - 6), start)) || SUBJECT_AFTER.test(text.slice(end))
  );
}
/** What follows a subject or a pair's first side: "and", or the clause's verb (with a time or adverb between). */
const SUBJECT_AFTER =
  /^\s+(?:(?:on\s+\p{L}+|last\s+\p{L}+|also|jointly|then|later|have|has|had|will|would)\s+)*(?:and|&|signed|agreed|announced|said|says|plans|planned|intends|intended|agreed|set\s+up|formed|launched|opened|built|bought|sold|won|began|started|concluded|initialled|initialed)\b/u;

/**
 * Companies and bodies the coder reads as their state by name, described by words before or after the name ("the
 * state concern Turkmengaz", "Kazakhstan's national gas company QazaqGaz", "the Kazakhstan Temir Zholy national
 * company", "Türkmendemirýollary agency"): the phrase is read as the name alone, so that it stays one subject of
 * the verb ("CNPC and the state concern Turkmengaz signed …"). Not a state's own name or adjective ("the company
 * Kazakhstan" is no phrase of English; a state named before is its name).
 */
function describedCompanies(
  text: string,
  mentions: readonly AnaphoraMention[],
  names: ReadonlyMap<string, string>
): {start: number; end: number; name: string; code: string}[] {
  const out: {start: number; end: number; name: string; code: string}[] = [];
  for (const m of mentions) {
    if (!isStateCode(m.code) || REGIONS.has(m.code)) continue;
    // (a state's own name or adjective: "Kazakhstan", "Uzbek")
    if (
      names.get(m.code) === m.text ||
      (/^\p{Lu}\p{Ll}+$/u.test(m.text) && (ADJECTIVE.test(m.text) || /stan$/.test(m.text)))
    )
      continue;
    const start = descriptorStart(text, m.start, m.code, mentions);
    if (start !== undefined && start < m.start) {
      if (inSubjectPair(text, start, m.end)) out.push({start, end: m.end, name: m.text, code: m.code});
      continue;
    }
    // "Türkmendemirýollary agency and …", "the Kazakhstan Temir Zholy national company signed …"
    const after =
      /^\s+((?:(?:state|state-owned|state-run|national|railway|rail|gas|oil|energy)\s+){0,2}(?:company|agency|concern|corporation|operator|monopoly|holding))(?![\p{L}\d-])/u.exec(
        text.slice(m.end, m.end + 50)
      );
    if (!after || !AFTER_DESCRIPTION.test(text.slice(m.end + after[0].length))) continue;
    const article = /(?:^|\s)((?:[Tt]he)\s+)$/.exec(text.slice(Math.max(0, m.start - 5), m.start));
    if (!inSubjectPair(text, article ? m.start - article[1]!.length : m.start, m.end + after[0].length)) continue;
    out.push({
      start: article ? m.start - article[1]!.length : m.start,
      end: m.end + after[0].length,
      name: m.text,
      code: m.code
    });
  }
  return out;
}

/** "the Uzbek side": a state named only by its adjective, as the coder reads it in a subject. */
function sideName(mentions: readonly AnaphoraMention[]): string | undefined {
  const m = mentions.find((x) => /^\p{Lu}\p{Ll}+$/u.test(x.text));
  return m ? `the ${m.text} side` : undefined;
}

/** The first mention written as a name (capitalised, not a nationality adjective): "Kabul", not "Afghan". */
function nounName(mentions: readonly AnaphoraMention[]): string | undefined {
  for (const m of mentions)
    if (/^\p{Lu}/u.test(m.text) && (/stan$/i.test(m.text) || !ADJECTIVE.test(m.text))) return m.text;
  return undefined;
}

/**
 * "President of Kazakhstan Kassym-Jomart Tokayev", "Russia's Vladimir Putin": two mentions of one actor side by side
 * read as one (the first's text, its title "President of" left out), so a compound subject of two such phrases is two
 * actors, not a self-dyad.
 */
function mergeSameActor(text: string, mentions: readonly AnaphoraMention[]): Rewrite | undefined {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let out = "";
  let from = 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i + 1 < sorted.length; ++i) {
    const a = sorted[i]!,
      b = sorted[i + 1]!;
    if (a.code !== b.code || b.start < a.end || !/^(?:\s+|['’]s\s+)$/.test(text.slice(a.end, b.start))) continue;
    // "President of Kazakhstan Kassym-Jomart Tokayev": the title before goes too.
    const title = /(?:\p{Lu}\p{Ll}+\s+){1,3}of\s+$/u.exec(text.slice(from, a.start));
    const begin = title ? a.start - title[0].length : a.start;
    if (first < 0) first = begin;
    out += text.slice(from, begin) + a.text;
    from = b.end;
    last = b.end;
    ++i;
  }
  if (first < 0) return undefined;
  const replaced = out.slice(first);
  return {
    text: text.slice(0, first) + replaced + text.slice(last),
    at: first,
    length: last - first,
    replacement: replaced.length,
    kind: "same-actor"
  };
}

/**
 * "Turkey, which hosted X in March, signed a deal with Y": the subject named first, a relative clause naming another
 * actor, then the main verb in lower case. The coder reads "Turkey signed a deal with Y"; `at`/`length` are the
 * clause's span, so the events of the sentence as written that lie inside it are kept and the others replaced.
 */
function dropRelativeClause(text: string, mentions: readonly AnaphoraMention[]): Rewrite | undefined {
  const m =
    /^([^,]{2,80}?),\s+(?:which|who|whose)\s+[^,]{3,160},\s+(?=(?:has\s+|had\s+|also\s+|later\s+|is\s+|was\s+)?[a-z]+)/.exec(
      text
    );
  if (!m) return undefined;
  const head = m[1]!;
  // The subject names an actor; the clause names another (otherwise the coder's subject is already right).
  const inHead = mentions.filter((x) => x.end <= head.length);
  const inClause = mentions.filter((x) => x.start > head.length && x.end <= m[0].length);
  if (inHead.length === 0 || inClause.length === 0) return undefined;
  const at = head.length;
  const length = m[0].length - head.length;
  return {text: `${head} ${text.slice(m[0].length)}`, at, length, replacement: 1, kind: "relative"};
}
