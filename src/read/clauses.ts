/**
 * One clause finder for the reader's rules: where a sentence's relative clauses, reduced relatives, reported clauses
 * and adverbial clauses begin and end, told by word class and punctuation rather than by the words of one rule.
 *
 * - relative: "which|who|whom|whose|where|when" (with or without a comma before), "that" after a noun (not "that
 *   year"), "in which", "under whose": from the opener to the matching comma or the clause's end; a list's commas
 *   ("with A, B, C and D") stay inside.
 * - reduced: a noun's past participle with a phrase of its own ("the summit held in Samarkand last week", "an
 *   agreement signed in 2019", "the aid sent to X"): not the sentence's first verb after its subject ("Russia signed
 *   in 2019" is the sentence's act).
 * - reported: what a reporting verb's "that" (or a pronoun subject with no "that": "said it would …") introduces,
 *   each clause of "said that A, and added that B" apart, "told reporters on Monday that …" too.
 * - adverbial: "after|before|while|since|until|once|following|upon|when|as|because|although|though|whereas|unless|if"
 *   with a gerund ("after meeting X"), a noun phrase ("after talks with X", "since the war") or a clause with its
 *   own subject and verb ("after relations soured").
 * - complement: the gerund a verb of judging someone takes for what they did ("thanked X for lifting the ban in
 *   March", "criticised X for blocking …"): the judged one's own act, with its own time.
 *
 * Clauses may nest ("after the floods that struck …": an adverbial holding a relative). Word classes come from the
 * caller's tags when it has them (the coder's), else from src/read/tag.ts's lexicon and word shape with a lexicon of
 * English irregular past forms (text without a verb dictionary).
 *
 * @module
 */
import {tokenize} from "./tokenize.js";
import {tagTokens} from "./tag.js";
import {charCodeAt} from "./char-code.js";
import {words} from "./word-set.js";

// Word lists tested inside the functions below, made once (a pattern written inside a function is a new object
// at each call; a set answers as the pattern did: see word-set.ts).
const SAID_SAYS_ADDED_ETC = words(
  /^(?:SAID|SAYS|SAY|ADDED|ADDS|NOTED|STRESSED|INSISTED|ARGUED|CLAIMED|BELIEVES|THINKS|THOUGHT|BELIEVED|ANNOUNCED|EXPECTS|EXPECTED|HOPED|HOPES|FEARS|FEARED|WARNED|CONFIRMED|INDICATED)$/
);
const AND_BUT = words(/^(?:AND|BUT)$/);
const TAG_DT_PRP_JJ_ETC = words(/^(?:DT|PRP\$|JJ|JJR|JJS|CD|POS|NN|NNS|NNP|NNPS)$/);
const TAG_NN_NNS_NNP_ETC = words(/^(?:NN|NNS|NNP|NNPS|CD|PRP)$/);
const TAG_IN_DT_NNP_ETC = words(/^(?:IN|DT|NNP|NNPS|CD|POS)$/);
const AND_OR = words(/^(?:AND|OR)$/);

/** Subject pronouns (one token, upper case). */
const PRONOUN_SUBJECT = words(/^(?:IT|THEY|HE|SHE|WE)$/);

/** What a clause is. */
export type ClauseKind = "relative" | "reduced" | "reported" | "adverbial" | "complement";

/** A clause: token indices (inclusive), and character offsets when read from text. */
export interface Clause {
  kind: ClauseKind;
  /** The first token of the clause (its opener, or a preposition before a relative pronoun: "in which"). */
  first: number;
  /** The last token of the clause. */
  last: number;
  /** The word that opens it: the relative pronoun, the participle, "that" (or the subject after a reporting verb
   * with no "that"), the subordinator. */
  opener: number;
  /** What it hangs on: a relative's noun (last word of its phrase), a reporting verb, the subordinator itself. */
  anchor: number;
  /** A comma right before it. */
  comma: boolean;
  /** An adverbial's body: a gerund, a noun phrase (with `head`, its last noun) or a clause with a finite verb. */
  form?: "gerund" | "noun" | "finite";
  /** An adverbial noun phrase's head (token index). */
  head?: number;
  /**
   * A relative or reduced relative clause: the word before its noun's phrase (upper case: "AT" in "at the summit
   * held …", "OF" in "the outcomes of the summit held …"), and, when that word is "OF", the noun before it
   * ("SIDELINES" in "on the sidelines of the summit held …"). What the clause's noun is to the act: its setting or
   * its topic.
   */
  lead?: string;
  leadOf?: string;
  /**
   * The words before each noun phrase the clause's noun is inside, innermost first, through "of", "to", "in",
   * "between", "and" …: "during a visit to Beijing that began …" gives TO then DURING; `leadsOf` the nouns before each
   * "of" on the way ("SIDELINES" in "on the sidelines of the summit held …").
   */
  leads?: string[];
  leadsOf?: string[];
  /** The head noun of each of those noun phrases (upper case), innermost first: "BEIJING", "VISIT". */
  nouns?: string[];
  /** A relative or reduced relative clause: its noun (upper case: "SUMMIT", "VISIT"). */
  noun?: string;
  /** Character offsets (end exclusive), from {@link clausesOfText}. */
  start?: number;
  end?: number;
}

/**
 * English irregular past tenses and past participles (the common irregular verbs of any grammar's list), for telling
 * verbs in text without a verb dictionary; regular ones end in -ed.
 */
const IRREGULAR_PAST = new Set(
  (
    "ARISEN AROSE ATE BEATEN BECAME BECOME BEGAN BEGUN BENT BLEW BLOWN BORE BORN BORNE BOUGHT BOUND BROKE BROKEN " +
    "BROUGHT BUILT BURNT CAME CAUGHT CHOSE CHOSEN CLUNG DEALT DID DONE DRAWN DREW DRIVEN DROVE DUG EATEN FED FELL " +
    "FALLEN FELT FLED FLEW FLOWN FORBADE FORBIDDEN FOREGONE FORESAW FORESEEN FORGAVE FORGIVEN FORGOT FORGOTTEN FOUGHT " +
    "FOUND FROZE FROZEN GAVE GIVEN GONE GOT GOTTEN GREW GROWN HAD HELD HEARD HID HIDDEN HUNG KEPT KNEW KNOWN LAID LED " +
    "LEFT LENT LOST LIT MADE MEANT MET MISTAKEN MISTOOK OVERCAME OVERSAW OVERSEEN OVERTOOK OVERTAKEN OVERTHREW " +
    "OVERTHROWN PAID PROVEN RAN REBUILT RODE RIDDEN RANG RUNG ROSE RISEN SAID SANG SUNG SANK SUNK SAW SEEN SOUGHT " +
    "SENT SHAKEN SHOOK SHONE SHOT SHOWN SLID SOLD SPOKE SPOKEN SPED SPENT SPUN STOOD STOLE STOLEN STRUCK STUCK " +
    "STRODE STROVE STRIVEN SWAM SWORE SWORN SWUNG TAUGHT TOLD TOOK TAKEN TORE TORN THOUGHT THREW THROWN UNDERSTOOD " +
    "UNDERTOOK UNDERTAKEN UPHELD WITHDREW WITHDRAWN WITHHELD WOKE WOKEN WON WORE WORN WOUND WROTE WRITTEN"
  ).split(" ")
);

/** Irregular forms that are also the present or the bare verb (cut, set, put …): a verb, not told past by shape. */
const SAME_FORM = new Set(
  "CUT SET PUT LET HIT SHUT SPREAD CAST HURT QUIT BET BURST COST READ RUN COME BECOME".split(" ")
);

/** Auxiliaries and copulas: a participle after one is the clause's own verb ("was held", "has signed"). */
const AUXILIARY = new Set(
  "IS ARE WAS WERE BE BEEN BEING AM 'S ’S HAS HAVE HAD HAVING GET GETS GOT GOTTEN WILL WOULD SHALL SHOULD CAN COULD MAY MIGHT MUST".split(
    " "
  )
);

/** Words after "that" which make it a determiner ("that year", "that same day"): nouns of time and "same". */
const THAT_DETERMINED = new Set(
  "YEAR YEARS MONTH MONTHS WEEK WEEKS DAY DAYS TIME MORNING AFTERNOON EVENING NIGHT SPRING SUMMER AUTUMN WINTER FALL DECADE CENTURY PERIOD QUARTER SEASON SAME VERY".split(
    " "
  )
);

/** Verbs that take a person and then "that" ("told reporters that", "assured the minister that"). */
const TELL_VERB = words(
  /^(?:TELL|TELLS|TOLD|TELLING|INFORM|INFORMS|INFORMED|ASSURE|ASSURES|ASSURED|REMIND|REMINDS|REMINDED|WARN|WARNS|WARNED|CONVINCE|CONVINCED|PERSUADE|PERSUADED|NOTIFY|NOTIFIED|PROMISE|PROMISED|PROMISES|ADVISE|ADVISED|BRIEF|BRIEFED|REASSURE|REASSURED|SHOW|SHOWED|SHOWN)$/
);

/** Nouns of the occasion or medium of a statement ("said in a statement that", "told a briefing on Monday that"). */
const MEDIUM = words(
  /^(?:STATEMENT|STATEMENTS|INTERVIEW|INTERVIEWS|BRIEFING|CONFERENCE|SPEECH|ADDRESS|LETTER|MESSAGE|POST|RELEASE|COMMUNIQUE|COMMUNIQUÉ|REPLY|RESPONSE|REMARKS|TELEVISION|RADIO|PARLIAMENT|SESSION|MEETING|FORUM|CALL|REPORTERS|JOURNALISTS|CORRESPONDENTS|MEDIA|PRESS|NEWS|AGENCY|ANNUAL|WEEKLY|WRITTEN|JOINT|LAST|NEXT|EARLIER|LATER|WEEK|MONTH|YEAR)$/
);

/** English prepositions (the closed class, simple ones), for "beneath which" where the tagger knows fewer. */
const PREPOSITION = new Set(
  (
    "ABOARD ABOUT ABOVE ACROSS AFTER AGAINST ALONG ALONGSIDE AMID AMIDST AMONG AMONGST AROUND AT ATOP BEFORE BEHIND " +
    "BELOW BENEATH BESIDE BESIDES BETWEEN BEYOND BY CONCERNING DESPITE DOWN DURING EXCEPT FOR FROM IN INSIDE INTO LIKE " +
    "NEAR OF OFF ON ONTO OPPOSITE OUTSIDE OVER PAST PER REGARDING SINCE THROUGH THROUGHOUT TO TOWARD TOWARDS UNDER " +
    "UNDERNEATH UNLIKE UNTIL UPON VIA WITH WITHIN WITHOUT"
  ).split(" ")
);
const preposition = (x: Words, i: number) => x.tags[i] === "IN" || PREPOSITION.has(x.upper[i] ?? "");

/** Words that join a noun phrase inside a larger one ("a visit to Beijing", "the summit between X and Y"). */
const CHAIN = new Set(["OF", "TO", "IN", "BETWEEN", "AND", "FOR", "WITH", "FROM"]);

/** Relative pronouns and adverbs. */
const RELATIVE = new Set(["WHICH", "WHO", "WHOM", "WHOSE", "WHERE"]);

/**
 * Verbs of judging someone for what they did, every form (English's common ones: thank, praise, commend, congratulate,
 * hail, applaud, credit, reward, honour; criticise, condemn, blame, fault, rebuke, reprimand, censure, slam, denounce,
 * castigate), which take "for" and a gerund. Not the verbs of punishing
 * (sanction, punish, fine, designate): what a sanctioned firm did is the sanction's reason, which the golds never code
 * as the firm's state's act.
 */
const JUDGING_FOR = words(
  /^(THANK|PRAISE|COMMEND|CONGRATULATE|HAIL|APPLAUD|LAUD|SALUTE|CREDIT|REWARD|HONOUR|HONOR|CRITICISE|CRITICIZE|CONDEMN|BLAME|FAULT|REBUKE|REPRIMAND|CENSURE|SLAM|DENOUNCE|CASTIGATE|CHASTISE|LAMBAST|LAMBASTE|THANKS|PRAISES|COMMENDS|CONGRATULATES|HAILS|APPLAUDS|CREDITS|REWARDS|CRITICISES|CRITICIZES|CONDEMNS|BLAMES|FAULTS|REBUKES|DENOUNCES|THANKED|PRAISED|COMMENDED|CONGRATULATED|HAILED|APPLAUDED|LAUDED|SALUTED|CREDITED|REWARDED|HONOURED|HONORED|CRITICISED|CRITICIZED|CONDEMNED|BLAMED|FAULTED|REBUKED|REPRIMANDED|CENSURED|SLAMMED|DENOUNCED|CASTIGATED|CHASTISED|LAMBASTED|THANKING|PRAISING|COMMENDING|CONGRATULATING|HAILING|APPLAUDING|CRITICISING|CRITICIZING|CONDEMNING|BLAMING|DENOUNCING)$/
);

/** Subordinators that open an adverbial clause. */
const SUBORDINATOR = new Set(
  "AFTER BEFORE WHILE SINCE UNTIL TILL ONCE FOLLOWING UPON WHEN AS BECAUSE ALTHOUGH THOUGH WHEREAS UNLESS DURING".split(
    " "
  )
);
/** Subordinators that take only a clause or a gerund, never a bare noun phrase ("as the minister" is no clause). */
const CLAUSE_ONLY = new Set(["WHEN", "AS", "BECAUSE", "ALTHOUGH", "THOUGH", "WHEREAS", "UNLESS", "WHILE", "ONCE"]);

const MONTH_WORD =
  /^(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\.?$/;

/** Words ending in -ed or -ing that are no verbs. */
const NOT_VERB_SHAPE = new Set(
  "INDEED HUNDRED SPEED NEED NEEDS SEED BREED CREED GREED RED BED SHED DURING MORNING EVENING NOTHING SOMETHING ANYTHING EVERYTHING THING KING RING SPRING STRING WING CEILING".split(
    " "
  )
);

/** The words of a sentence with their word classes, as the finder reads them. */
interface Words {
  words: readonly string[];
  upper: readonly string[];
  tags: readonly string[];
  /** {@link verbish}'s answer per token once asked: 0 not yet, 1 yes, 2 no (the finder asks of a token many times). */
  verb: Int8Array;
}

/** Whether a word starts with a lower-case letter (an ASCII first letter answered without the Unicode pattern). */
const isLower = (w: string) => {
  const c = charCodeAt.call(w, 0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(w);
};

function nounish(x: Words, i: number): boolean {
  const t = x.tags[i] ?? "";
  if (i > 0 && MONTH_WORD.test(x.upper[i] ?? "") && !isLower(x.words[i] ?? "")) return true;
  if (TAG_NN_NNS_NNP_ETC.test(t)) return !verbish(x, i) || /^NNP/.test(t);
  return t === "-RRB-" || (t === "``" && i > 0 && nounish(x, i - 1));
}

/** A verb by the caller's tag, or (text without a verb dictionary) by shape: -ed, an irregular past, an auxiliary. */
function verbish(x: Words, i: number): boolean {
  const known = x.verb[i];
  if (known === 1) return true;
  if (known === 2) return false;
  const answer = verbishAt(x, i);
  if (known === 0) x.verb[i] = answer ? 1 : 2;
  return answer;
}

function verbishAt(x: Words, i: number): boolean {
  const t = x.tags[i] ?? "";
  const w = x.words[i] ?? "";
  // (a capitalised word inside the sentence is a name: "in May" is no modal)
  if (i > 0 && !isLower(w)) return false;
  if (t.startsWith("VB") || t === "MD") return true;
  if (!isLower(w)) return false;
  const u = x.upper[i]!;
  if (NOT_VERB_SHAPE.has(u)) return false;
  // ("hit", "cut", "set": a verb after a subject or a relative pronoun, a noun after a determiner: "the cut")
  if (SAME_FORM.has(u)) return x.upper[i - 1] === "THAT" || !/^(?:DT|JJ|PRP\$|POS|IN|CD)$/.test(x.tags[i - 1] ?? "DT");
  return IRREGULAR_PAST.has(u) || (u.length >= 5 && u.endsWith("ED"));
}

/** A past participle (or past tense: the two share most forms). */
function participle(x: Words, i: number): boolean {
  const w = x.words[i] ?? "";
  if (!isLower(w)) return false;
  const u = x.upper[i]!;
  const t = x.tags[i] ?? "";
  if (t === "VBN" || (t === "VBD" && !SAME_FORM.has(u))) return true;
  if (NOT_VERB_SHAPE.has(u) || SAME_FORM.has(u)) return t === "VBN";
  return IRREGULAR_PAST.has(u) || (u.length >= 5 && u.endsWith("ED"));
}

/**
 * Whether a word as written has the shape of an English past form: an irregular past or participle of the common
 * irregular verbs, or a lower-case word in -ed (not "indeed", "hundred" …), whatever a tagger read it as.
 */
export function pastShaped(word: string): boolean {
  if (!isLower(word)) return false;
  const u = word.toUpperCase();
  if (NOT_VERB_SHAPE.has(u) || SAME_FORM.has(u)) return false;
  return IRREGULAR_PAST.has(u) || (u.length >= 5 && u.endsWith("ED"));
}

function gerund(x: Words, i: number): boolean {
  const w = x.words[i] ?? "";
  if (!isLower(w)) return false;
  const u = x.upper[i]!;
  if (x.tags[i] === "VBG") return true;
  return u.length >= 5 && u.endsWith("ING") && !NOT_VERB_SHAPE.has(u);
}

/** A token that ends a clause outright: ";", ":", a dash, a closing bracket, a sentence's stop. */
function hardStop(x: Words, i: number): boolean {
  const t = x.tags[i] ?? "";
  return t === ":" || t === "." || t === "-RRB-";
}

/**
 * Whether the comma at `k` opens the rest of a list ("with A, B, C and D", "A, B, and C"): the parts after it are short
 * noun phrases without a verb, and an "and" / "or" closes the list.
 */
function listComma(x: Words, k: number, limit: number): boolean {
  let j = k + 1;
  for (let parts = 0; parts < 8; ++parts) {
    // (", and D": the list's last part)
    if (AND_OR.test(x.upper[j] ?? "")) return nounPhraseAhead(x, j + 1, limit);
    let n = 0;
    while (j < limit && x.words[j] !== "," && !AND_OR.test(x.upper[j]!) && !hardStop(x, j)) {
      if (verbish(x, j) || RELATIVE.has(x.upper[j]!) || x.upper[j] === "THAT") return false;
      ++j;
      if (++n > 6) return false;
    }
    if (n === 0 || j >= limit || hardStop(x, j)) return false;
    if (AND_OR.test(x.upper[j]!)) return nounPhraseAhead(x, j + 1, limit);
    ++j; // the next comma
  }
  return false;
}

function nounPhraseAhead(x: Words, j: number, limit: number): boolean {
  for (let n = 0; j < limit && n < 7; ++j, ++n) {
    if (verbish(x, j) && !/^NNP/.test(x.tags[j] ?? "")) return false;
    if (nounish(x, j)) return true;
  }
  return false;
}

/**
 * Whether the common noun at `i` heads a phrase opened by a determiner or a possessive within three words ("the rules",
 * "its new export rules", "Kazakhstan's rules"), the words between lower-case adjectives or nouns, no past form.
 */
function determinedNoun(x: Words, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); --k) {
    if (/^(?:DT|PRP\$|POS)$/.test(x.tags[k] ?? "")) return k < i;
    if (!/^(?:JJ|NN|NNS)$/.test(x.tags[k] ?? "") || !isLower(x.words[k] ?? "") || pastShaped(x.words[k] ?? ""))
      return false;
  }
  return false;
}

/** Nouns of time and of saying after which a pronoun and a past verb open the main clause ("last week they signed",
 * "in a statement it said"), not a relative. */
const ZERO_RELATIVE_NOT_NOUN = words(
  /^(?:TIME|TIMES|DAY|DAYS|WEEK|WEEKS|WEEKEND|MONTH|MONTHS|YEAR|YEARS|MORNING|EVENING|NIGHT|AFTERNOON|SPRING|SUMMER|AUTUMN|WINTER|DECADE|DECADES|MOMENT|END|START|STATEMENT|STATEMENTS|INTERVIEW|SPEECH|REPORT|LETTER|POST|BRIEFING|RESPONSE|REPLY|TURN|PART|CASE|FACT|WAY)$/
);

/** A word that opens a clause of its own: a relative pronoun, "that", a subordinator. */
function opensClause(x: Words, k: number): boolean {
  const u = x.upper[k]!;
  return RELATIVE.has(u) || u === "THAT" || u === "WHEN" || (SUBORDINATOR.has(u) && x.tags[k + 1] !== "CD");
}

/**
 * Whether a verb comes before `i` in its own clause (back to the nearest clause opener, ";" or the sentence's start):
 * a participle after one is not its clause's first verb ("the dam that engineers finished in 2021" is the relative's
 * own verb).
 */
function verbBefore(x: Words, i: number): boolean {
  // (", Foreign Minister X said on Tuesday": a noun phrase after a comma with its verb is a clause of its own; a
  // participle right after the comma hangs on the phrase before it: "the forum, held in …")
  const afterComma = x.words[i - 1] === ",";
  for (let k = i - 1; k >= 0; --k) {
    if (verbish(x, k)) return true;
    if (opensClause(x, k) || x.tags[k] === ":") return false;
    if (x.words[k] === "," && !(afterComma && k === i - 1) && !listComma(x, k, i)) return false;
  }
  return false;
}

/**
 * The last token of a clause opened at `open`: the matching comma's token before it (list commas inside), a hard
 * stop, another clause's opener after a comma, or, for a clause inside the sentence's subject, the token before the
 * main verb ("The floods that struck the south in 2024 | killed …").
 */
function clauseEnd(x: Words, open: number, inSubject: boolean, verbAtOpen = false): number {
  const n = x.words.length;
  let ownVerb = verbAtOpen;
  for (let j = open + 1; j < n; ++j) {
    if (hardStop(x, j)) return j - 1;
    if (x.words[j] === ",") {
      if (listComma(x, j, n)) continue;
      return j - 1;
    }
    if (verbish(x, j)) {
      const prev = x.upper[j - 1] ?? "";
      if (
        inSubject &&
        ownVerb &&
        nounish(x, j - 1) &&
        !(AUXILIARY.has(prev) && verbish(x, j - 1)) &&
        !/^(?:AND|OR|BUT|TO|THAT|WHICH|WHO)$/.test(prev)
      )
        return j - 1;
      ownVerb = true;
    }
  }
  return n - 1;
}

/** The reporting verb (or adjective) before a "that", skipping a person told and a short time or place phrase. */
function reportedAnchor(x: Words, that: number): number | undefined {
  const p = that - 1;
  if (p < 0) return undefined;
  if (verbish(x, p) && !AUXILIARY.has(x.upper[p]!)) return p;
  // "told reporters (in Astana) (on Thursday) that": a telling verb a few words back, no comma between;
  // "said on Tuesday that", "announced in a statement that": a verb, then a phrase of time, place or medium only.
  let plain = true;
  for (let k = p; k >= Math.max(0, that - 8); --k) {
    if (x.words[k] === "," || hardStop(x, k)) break;
    if (TELL_VERB.test(x.upper[k]!)) return k;
    if (plain && verbish(x, k) && x.tags[k + 1] === "IN" && !AUXILIARY.has(x.upper[k]!)) return k;
    if (!TAG_IN_DT_NNP_ETC.test(x.tags[k] ?? "") && !MEDIUM.test(x.upper[k]!) && !THAT_DETERMINED.has(x.upper[k]!))
      plain = false;
  }
  // "it is clear that", "was likely that": an adjective after a copula.
  if (isLower(x.words[p] ?? "") && AUXILIARY.has(x.upper[p - 1] ?? "")) return p;
  return undefined;
}

/**
 * Finds the clauses of a sentence given as words with their tags (the coder's) or without (tagged here); `upper`, when
 * the caller has it, is each word upper-cased (`toUpperCase`), else made here.
 */
export function findClauses(
  words: readonly string[],
  tags?: readonly string[],
  upper: readonly string[] = words.map((w) => w.toUpperCase())
): Clause[] {
  const x: Words = {
    words,
    upper,
    tags: tags ?? tagTokens(words, undefined, upper),
    verb: new Int8Array(words.length)
  };
  const out: Clause[] = [];
  const n = words.length;
  let firstVerb = -1;
  for (let i = 0; i < n; ++i)
    if (verbish(x, i)) {
      firstVerb = i;
      break;
    }
  const reportedAt = new Map<number, Clause>();
  for (let i = 0; i < n; ++i) {
    const u = upper[i]!;
    const comma = words[i - 1] === ",";
    // Relative: a pronoun, or a preposition then a pronoun ("in which", "under whose").
    const prepRel =
      preposition(x, i) && (upper[i + 1] === "WHICH" || upper[i + 1] === "WHOM" || upper[i + 1] === "WHOSE");
    if ((RELATIVE.has(u) && !(i > 0 && preposition(x, i - 1))) || prepRel) {
      // ("where" and "when" relate only to what comes before: not a sentence's opening "When …")
      const anchor = comma ? i - 2 : i - 1;
      if (anchor < 0 || (u === "WHERE" && !comma && !nounish(x, anchor))) continue;
      const inSubject = firstVerb < 0 || firstVerb > i;
      out.push({
        kind: "relative",
        first: i,
        last: clauseEnd(x, i + (prepRel ? 1 : 0), inSubject),
        opener: prepRel ? i + 1 : i,
        anchor,
        comma
      });
      if (prepRel) ++i;
      continue;
    }
    // A relative with no pronoun of its own, its subject a personal pronoun and its verb a past tense right after ("praised
    // Astana for the rules it introduced in 2023", "the deal they signed last year"): after a common noun (not a time's:
    // "last week they signed") of a phrase with a determiner or possessive, once the sentence has had a verb. Session 21.
    if (
      PRONOUN_SUBJECT.test(u) &&
      i >= 2 &&
      /^NNS?$/.test(x.tags[i - 1] ?? "") &&
      isLower(words[i - 1] ?? "") &&
      !pastShaped(words[i - 1] ?? "") &&
      !ZERO_RELATIVE_NOT_NOUN.test(upper[i - 1]!) &&
      determinedNoun(x, i - 1) &&
      (x.tags[i + 1] === "VBD" || (verbish(x, i + 1) && pastShaped(words[i + 1] ?? ""))) &&
      verbBefore(x, i - 1)
    ) {
      out.push({kind: "relative", first: i, last: clauseEnd(x, i, false), opener: i, anchor: i - 1, comma: false});
      continue;
    }
    if (u === "WHEN" && comma && i >= 2 && (nounish(x, i - 2) || MONTH_WORD.test(upper[i - 2]!))) {
      out.push({kind: "relative", first: i, last: clauseEnd(x, i, false), opener: i, anchor: i - 2, comma});
      continue;
    }
    if (u === "THAT") {
      if (THAT_DETERMINED.has(upper[i + 1] ?? "") || i === 0) continue;
      // "so that", "now that", "given that": an adverbial clause (a purpose, a cause), not a relative (review K16)
      if (/^(SO|SUCH|NOW|GIVEN|PROVIDED|EXCEPT)$/.test(upper[i - 1] ?? "")) {
        out.push({
          kind: "adverbial",
          first: i - 1,
          last: clauseEnd(x, i, false),
          opener: i - 1,
          anchor: i - 1,
          comma,
          form: "finite"
        });
        continue;
      }
      // "signed that deal with X": a determiner before a noun phrase with no verb up to the clause's end (review K16)
      {
        let verb = false;
        for (let j = i + 1; j < n && words[j] !== "," && !hardStop(x, j); ++j)
          if (verbish(x, j)) {
            verb = true;
            break;
          }
        if (!verb) continue;
      }
      // "said that A, and (that) B": a second "that" after a coordinator continues the same report.
      const coordinated = /^(?:AND|OR|BUT)$/.test(upper[i - 1] ?? "");
      const prior = coordinated ? [...reportedAt.values()].at(-1) : undefined;
      const anchor = prior ? prior.anchor : reportedAnchor(x, i);
      if (anchor !== undefined) {
        if (prior && prior.last >= i) prior.last = words[i - 2] === "," ? i - 3 : i - 2;
        const c: Clause = {kind: "reported", first: i, last: reportedEnd(x, i), opener: i, anchor, comma};
        reportedAt.set(i, c);
        out.push(c);
        continue;
      }
      // A relative "that" after a noun (the determiner "that" before one has a noun after it: "that deal was").
      const before = comma ? i - 2 : i - 1;
      if (before >= 0 && nounish(x, before) && x.tags[before] !== "PRP") {
        const inSubject = firstVerb < 0 || firstVerb > i;
        out.push({kind: "relative", first: i, last: clauseEnd(x, i, inSubject), opener: i, anchor: before, comma});
      }
      continue;
    }
    // A reporting verb with no "that" and a pronoun subject next ("said it would", "says they had").
    if (
      verbish(x, i) &&
      SAID_SAYS_ADDED_ETC.test(u) &&
      x.tags[i + 1] === "PRP" &&
      /^(?:HE|SHE|IT|THEY|WE|I)$/.test(upper[i + 1]!) &&
      i + 2 < n &&
      verbish(x, i + 2)
    ) {
      const c: Clause = {
        kind: "reported",
        first: i + 1,
        last: reportedEnd(x, i + 1),
        opener: i + 1,
        anchor: i,
        comma: false
      };
      reportedAt.set(i + 1, c);
      out.push(c);
      continue;
    }
    // Reduced relative: a noun's participle with a phrase of its own, not the sentence's first verb after its subject.
    if (
      i > 0 &&
      participle(x, i) &&
      !AUXILIARY.has(upper[i - 1]!) &&
      x.tags[i - 1] !== "PRP" &&
      x.tags[i - 1] !== "TO"
    ) {
      const anchor = comma ? i - 2 : i - 1;
      const next = x.tags[i + 1] ?? "";
      const phrase = next === "IN" || next === "TO" || /^(?:LAST|THIS|EARLIER|BACK|JOINTLY)$/.test(upper[i + 1] ?? "");
      if (
        anchor >= 0 &&
        nounish(x, anchor) &&
        x.tags[anchor] !== "PRP" &&
        phrase &&
        !/^(?:THAT|AS|IF|WHETHER|BECAUSE|THAN)$/.test(upper[i + 1] ?? "")
      ) {
        const earlierVerb = verbBefore(x, i);
        // ("The treaty signed in 2019 expires …": a determiner's phrase with a verb still to come)
        const subjectPhrase =
          !earlierVerb && /^(?:DT|PRP\$|POS)$/.test(x.tags[anchorStart(x, anchor)] ?? "") && verbAfter(x, i + 1);
        if (earlierVerb || subjectPhrase) {
          out.push({kind: "reduced", first: i, last: clauseEnd(x, i, subjectPhrase, true), opener: i, anchor, comma});
          continue;
        }
      }
    }
    // Complement: "for"/"of" and a gerund after a verb of judging and its object, no comma or verb between.
    // (not "accused X of violating … in March": what an accusation alleges is its content, and the date is the
    // accusation's as often as the alleged act's)
    // ("credited X with brokering …": credit takes "with", review K15)
    if (
      (u === "FOR" ||
        (u === "WITH" && /^CREDIT/.test(upper.slice(Math.max(0, i - 6), i).find((w) => /^CREDIT/.test(w)) ?? ""))) &&
      i + 1 < n &&
      gerund(x, i + 1) &&
      !NOT_VERB_SHAPE.has(upper[i + 1]!)
    ) {
      let v = -1;
      for (let k = i - 1; k >= Math.max(0, i - 9); --k) {
        if (JUDGING_FOR.test(upper[k]!)) {
          v = k;
          break;
        }
        if (words[k] === "," || hardStop(x, k) || (verbish(x, k) && !nounish(x, k)) || opensClause(x, k)) break;
      }
      if (v >= 0 && v < i - 1) {
        out.push({kind: "complement", first: i, last: clauseEnd(x, i, false), opener: i + 1, anchor: v, comma});
        continue;
      }
    }
    // Adverbial: a subordinator then a gerund, a noun phrase or a clause of its own.
    if (SUBORDINATOR.has(u) && x.tags[i + 1] !== undefined) {
      const j = i + 1;
      let form: Clause["form"];
      let head: number | undefined;
      if (gerund(x, j) && !/^(?:DT|PRP\$)$/.test(x.tags[i + 1] ?? "")) form = "gerund";
      else {
        // a noun phrase: determiners, adjectives, nouns (not a date or a number alone)
        let k = j;
        while (k < n && TAG_DT_PRP_JJ_ETC.test(x.tags[k] ?? "") && !verbish(x, k)) ++k;
        const last = k - 1;
        if (
          last >= j &&
          !MONTH_WORD.test(upper[last]!) &&
          !/^CD$/.test(x.tags[last] ?? "") &&
          !THAT_DETERMINED.has(upper[last]!)
        ) {
          if (verbish(x, k) && !participleOfPhrase(x, k)) form = "finite";
          else if (!CLAUSE_ONLY.has(u) && /^NN/.test(x.tags[last] ?? "")) {
            form = "noun";
            head = last;
          }
        } else if (x.tags[j] === "PRP" && verbish(x, j + 1)) form = "finite";
      }
      if (form) {
        out.push({
          kind: "adverbial",
          first: i,
          last: clauseEnd(x, i, false),
          opener: i,
          anchor: i,
          comma,
          form,
          ...(head !== undefined ? {head} : {})
        });
      }
    }
  }
  for (const c of out)
    if (c.kind === "relative" || c.kind === "reduced") {
      const start = anchorStart(x, c.anchor);
      c.noun = upper[c.anchor]!;
      if (start > 0) {
        c.lead = upper[start - 1]!;
        if (c.lead === "OF" && start > 1) c.leadOf = upper[start - 2]!;
      }
      const leads: string[] = [];
      const leadsOf: string[] = [];
      const nouns: string[] = [upper[c.anchor]!];
      for (let b = start, n = 0; b > 0 && n < 6; ++n) {
        const w = upper[b - 1]!;
        leads.push(w);
        if (w === "OF" && b > 1) leadsOf.push(upper[b - 2]!);
        // (on through a phrase inside a larger noun phrase: "a visit to Beijing", "the summit between X and Y")
        if (!CHAIN.has(w) || b < 2 || !nounish(x, b - 2)) break;
        nouns.push(upper[b - 2]!);
        b = anchorStart(x, b - 2);
      }
      c.leads = leads;
      c.leadsOf = leadsOf;
      c.nouns = nouns;
    }
  return out.sort((a, b) => a.first - b.first || b.last - a.last);
}

/** A participle right after a noun phrase that is no finite verb ("after the aid sent …": the aid, sent). */
function participleOfPhrase(x: Words, k: number): boolean {
  return participle(x, k) && (x.tags[k + 1] === "TO" || x.upper[k + 1] === "BY");
}

/** The first token of the noun phrase ending at `last`. */
function anchorStart(x: Words, last: number): number {
  let k = last;
  while (k > 0 && TAG_DT_PRP_JJ_ETC.test(x.tags[k - 1] ?? "")) --k;
  return k;
}

/** Whether the main verb comes after `from` (before any clause of its own: "The king left after the regent resigned"). */
function verbAfter(x: Words, from: number): boolean {
  for (let k = from; k < x.words.length; ++k) {
    if (opensClause(x, k) || hardStop(x, k)) return false;
    if (x.words[k] === ",") continue;
    // (a participle with its phrase is another reduced relative, not the main verb: "in a statement released on …")
    if (participle(x, k) && (preposition(x, k + 1) || x.tags[k + 1] === "TO")) continue;
    if (verbish(x, k) && !participleOfPhrase(x, k) && nounish(x, k - 1)) return true;
  }
  return false;
}

/**
 * A reported clause's end: a "; ", the sentence's end, or the coordinator before a second reporting verb ("…, and
 * added that …": ends before ", and").
 */
function reportedEnd(x: Words, open: number): number {
  const n = x.words.length;
  for (let j = open + 1; j < n; ++j) {
    if (x.tags[j] === ":" || x.tags[j] === ".") return j - 1;
    if (AND_BUT.test(x.upper[j]!) && j + 1 < n) {
      const v = j + 1;
      // (", and added that", "and said he", "but stressed that")
      if (verbish(x, v) && (x.upper[v + 1] === "THAT" || (x.tags[v + 1] === "PRP" && verbish(x, v + 2))))
        return x.words[j - 1] === "," ? j - 2 : j - 1;
    }
  }
  return n - 1;
}

/** The clauses of a sentence's text, with character offsets (tokens as src/read/tokenize.ts splits them). */
export function clausesOfText(text: string): Clause[] {
  const tokens = tokenize(text);
  const clauses = findClauses(tokens.map((t) => t.text));
  for (const c of clauses) {
    c.start = tokens[c.first]!.start;
    c.end = tokens[c.last]!.end;
  }
  return clauses;
}

/**
 * The innermost clause holding character offset `at` but not `from` (offsets as in {@link clausesOfText}), of the
 * kinds asked for: "the date at `at` belongs to a clause of its own, not to the word at `from`".
 */
export function clauseApart(
  clauses: readonly Clause[],
  at: number,
  from: number,
  kinds: readonly ClauseKind[] = ["relative", "reduced", "reported", "adverbial"]
): Clause | undefined {
  let best: Clause | undefined;
  for (const c of clauses) {
    if (c.start === undefined || c.end === undefined || !kinds.includes(c.kind)) continue;
    if (c.start <= at && at < c.end && !(c.start <= from && from < c.end)) {
      if (!best || c.end - c.start < best.end! - best.start!) best = c;
    }
  }
  return best;
}

/** The innermost clause (of any kind) holding token `i`. */
export function clauseOfToken(clauses: readonly Clause[], i: number): Clause | undefined {
  let best: Clause | undefined;
  for (const c of clauses)
    if (c.first <= i && i <= c.last && (!best || c.last - c.first < best.last - best.first)) best = c;
  return best;
}
