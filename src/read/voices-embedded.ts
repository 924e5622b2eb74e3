/**
 * Speech the sentence-level patterns of voices.ts do not reach, found by word class rather than by a subject's shape:
 *
 * - a sentence whose finite verb is a verb of saying after a subject of any shape the patterns miss ("the Leader of the
 *   Nation X noted that …", "<State>'s Ambassador to <State> X said …", "A senior official at <State>'s foreign
 *   ministry told me …", "X on Tuesday said …", behind an opening phrase or a wire dateline);
 * - speech set inside a narrated sentence: a participle of saying after the main clause ("X welcomed the deal, calling
 *   it "…"", "Y criticised the plan, saying …"), a relative clause of saying ("a letter, in which he called …", "the
 *   launch, which experts said marks …").
 *
 * Pure string functions; the caller resolves the subject to a speaker.
 *
 * @module
 */
import {pastShaped} from "./clauses.js";
import {cue} from "./cue.js";
import {matchesOf} from "./each-match.js";
import {words} from "./word-set.js";

/**
 * A word starting with a lower-case letter; a comma ending a word (made once: a pattern written in a function is a new
 * object at each call, and {@link subjectBefore} asks of every word of a subject).
 */
const LOWER_FIRST = /^\p{Ll}/u;
const TRAILING_COMMA = /,$/;

/**
 * English verbs of saying as a sentence's finite verb, past and present (the common members of the class: say, tell,
 * note, stress, add, argue, insist, warn, predict, suggest, concede, acknowledge, maintain, contend, observe, remark,
 * underline, reiterate, affirm, declare, explain, claim, assert, recall, caution, complain, emphasise, point out).
 */
const SAYING =
  "said|says|say|told|tells|tell|warn|caution|argue|insist|note|stress|predict|complain|contend|maintain|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|underlines|underscored|underscores|added|adds|argued|argues|warned|warns|insisted|insists|predicted|predicts|suggested|acknowledged|acknowledges|conceded|concedes|maintained|contended|contends|observed|observes|remarked|remarks|reiterated|reiterates|affirmed|affirms|declared|declares|explained|explains|claimed|asserted|asserts|recalled|recalls|cautioned|cautions|complained|complains|pointed out|points out";
/** Verbs of naming or describing that say something only with their complement ("called the day "historic"", "described X as"). */
const NAMING =
  "called|calls|call|described|describes|describe|termed|terms|term|dubbed|dubs|dub|branded|brands|brand|hailed|hails|hail|presented|presents|present|portrayed|portrays|portray";
/**
 * Of those, the ones that also name other acts ("added three firms to the list", "recalled its ambassador", "declared a
 * state of emergency", "noted the progress"): speech only before a "that"-clause or a quotation. "said", "says",
 * "told" and "tells" are speech whatever follows.
 */
const SAYING_AT = new RegExp(
  `^(?:(?:said|says|say|told|tells|tell)\\b|(?:${SAYING})(?=\\s+(?:[^,.;"“«]{0,40}?\\s)?that\\b|\\s*[:,]?\\s*["“«]))`
);
/**
 * A discussion's common view: "agreed / concluded that" right before its clause, said by those who discuss (a panel,
 * its participants or speakers, experts). Parties agreeing ("The sides agreed that flights would resume") make an
 * agreement, an act of the narration.
 */
const CONCLUDED_AT = /^(?:agreed|agree|agrees|concluded|conclude|concludes|concurred)\s+that\b/;
/** The heads of a discussion's speakers: "the panel", "participants", "the speakers", "most experts". */
const DISCUSSANTS =
  /(?:^|\s)(?:panel|panels|panell?ists?|participants|speakers|attendees|discussants|experts|analysts|scholars|researchers|observers|commentators|economists)$/i;
const NAMING_AT = new RegExp(`^(?:${NAMING})\\s+(?!(?:on|for|off|in|up)\\b)(?:[^,.;"“«]{1,60}?\\s+)?(?:["“«]|as\\b)`);

/**
 * A verb of describing coordinated with the subject's first verb, with its complement ("thanked Moscow for its support
 * and described Russia as its "main ally"", "welcomed the guests and called the talks "historic""): the subject speaks.
 */
/** A parenthetical between a subject and its verb: ", in turn,", ", for his part,". */
const ASIDE = /,\s*(?:in turn|for (?:his|her|its|their) part|however|meanwhile|in response)\s*,/;
const NAMING_VERB = /(?:described|characteri[sz]ed|portrayed|called|termed|dubbed|branded|hailed)\b/;
const COORDINATED_NAMING =
  /\s(?:and|but)\s+(?:also\s+)?(?:described|characteri[sz]ed|portrayed|called|termed|dubbed|branded|hailed)\s+(?!(?:on|for|off|in|up)\b)(?:[^,.;"“«]{1,60}?\s+)?(?:as\b|["“«])/gu;
/** The same verbs as present participles, opening a clause after the main one ("…, calling them "…"", "…, saying …"). */
const SAYING_PARTICIPLE =
  "calling|saying|writing|telling|describing|terming|branding|dubbing|labell?ing|noting|adding|arguing|warning|stressing|insisting|claiming|predicting|suggesting|emphasi[sz]ing|underlining|underscoring|pointing out|asserting|acknowledging|conceding|maintaining|contending|observing|remarking|reiterating|affirming|declaring|explaining|complaining|cautioning";
const PARTICIPLE_CLAUSE = new RegExp(`,\\s+(?:(?:and|while)\\s+)?(?:${SAYING_PARTICIPLE})\\b`, "g");
/** A verb of saying anywhere (made once: it was made for every relative clause with a pronoun subject). */
const SAYING_WORD = new RegExp(`\\b(?:${SAYING})\\b`);
/** Where the participle of saying starts in a clause's match (made once: it was made for every match). */
const PARTICIPLE_AT = new RegExp(`(?:${SAYING_PARTICIPLE})\\b`);

/**
 * Verbs of judging acts whose participle of saying gives the reason of the judgement ("criticised the deal, saying …",
 * "welcomed the accord, calling it …"): what follows is the actor's view even without a word of judgement.
 */
const EVALUATIVE_ACT = words(
  /^(?:welcomed|praised|hailed|applauded|commended|lauded|critici[sz]ed|condemned|denounced|rejected|dismissed|questioned|attacked|blamed|accused|defended|endorsed|backed|opposed|protested|objected|slammed|deplored|lamented)$/
);

/**
 * A relative clause of saying: "…, in which he called …", "…, which Chinese experts said marks …", "…, whom analysts
 * describe as …" (group 1: the relative; group 2: its subject).
 */
const RELATIVE_SAYING = cue(
  new RegExp(
    String.raw`(?:,\s+|\s)((?:in|with|through)\s+which|in\s+what|(?<=\p{Ll}{3,}\s)what(?=\s+it\s)|which|whom|who|that)\s+((?:he|she|they|(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:\p{Ll}[\p{L}-]*|\p{Lu}[\p{L}'’-]+)))\s+(?:also\s+)?(?:(?:have|has|had)\s+(?:also\s+|long\s+|repeatedly\s+|often\s+)?)?(?:${SAYING}|${NAMING}|say|believe|believes|consider|considers|describe|call|see|sees|expect(?=\s+to\b)|expects(?=\s+to\b)|(?:regard|regards|view|views|read|reads)(?=\s+(?:[^,.;"“«]{0,40}?\s)?(?:as|with)\b))\b`,
    "gu"
  )
);

/**
 * Nouns of persons by office, rank or trade, and of groups and bodies, singular and plural: the heads of a speaker's
 * noun phrase in lower case ("a senior official", "rights groups", "the envoy", "a retired colonel", "local farmers").
 */
const PERSON_NOUN =
  "panel|panels|panell?ists?|participants?|attendees?|discussants?|speakers|officials?|masters?|captains?|pilots?|managers?|officials?|diplomats?|analysts?|experts?|observers?|economists?|scholars?|researchers?|professors?|lecturers?|historians?|sociologists?|scientists?|engineers?|lawyers?|judges?|journalists?|reporters?|editors?|columnists?|commentators?|critics?|sources?|spokes(?:man|woman|person|people)|spokesmen|spokeswomen|ministers?|ministry|ministries|secretary|secretaries|presidents?|premiers?|chancellors?|ambassadors?|envoys?|consuls?|representatives?|delegates?|negotiators?|advis[eo]rs?|aides?|consultants?|directors?|chairm[ae]n|chairwom[ae]n|chairs?|heads?|chiefs?|leaders?|commanders?|generals?|colonels?|officers?|soldiers?|governors?|mayors?|lawmakers?|legislators?|senators?|deputies|MPs?|politicians?|candidates?|executives?|managers?|bankers?|traders?|investors?|exporters?|importers?|producers?|farmers?|herders?|workers?|residents?|villagers?|citizens?|voters?|students?|teachers?|doctors?|activists?|campaigners?|protesters?|veterans?|clerics?|members?|groups?|organi[sz]ations?|unions?|associations?|government|governments|embassy|embassies|agency|agencies|committee|council|company|companies|firms?|bank|banks|office|service|parliament|party|parties|kings?|queens?|princes?|princess|emirs?|sultans?|monarchs?|popes?|cantons?|provinces?|regions?|states|countries|nations|cities|municipalit(?:y|ies)|districts?|communities|operators?|owners?|shipowners?|carriers?|airlines?|hauliers?|unions?";
/** Lower-case modifiers a speaker's noun phrase may hold: function words, ranks, portfolios, kinds of group. */
const MODIFIER =
  "of|the|and|to|at|for|in|from|with|a|an|de|da|van|von|al|bin|senior|junior|former|retired|deputy|first|vice|prime|foreign|chief|top|acting|special|permanent|union|state|federal|national|regional|provincial|local|presidential|ruling|opposition|independent|leading|prominent|human|civil|rights|society|energy|trade|finance|economy|interior|defen[cs]e|transport|agriculture|justice|health|industry|security|intelligence|military|press|business|industry|farm|labou?r|environmental|retired|unnamed|exiled|elected|two|three|four|several|some|many";
const SUBJECT_WORD = new RegExp(`^(?:${MODIFIER}|${PERSON_NOUN})$`);
const SPEAKER_HEAD = new RegExp(`^(?:${PERSON_NOUN})$`);
/** Adverbials of time or occasion between a subject and its verb ("on Tuesday", "last week", "in a statement"). */
const TRAILING_ADVERBIAL =
  /\s+(?:on\s+(?:\p{Lu}\p{Ll}+day|\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2})|(?:last|this|next)\s+(?:week|month|year|\p{Lu}\p{Ll}+)|yesterday|today|earlier|later|also|then|again|further|once again|has|have|had|\p{Ll}+ly|in\s+an?\s+(?:statement|interview|speech|address|letter|post|message|briefing)(?:\s+\p{Ll}+){0,3})$/u;
/** A wire dateline or an agency tag before the first sentence's subject ("New Delhi [India], May 14 (BNI): "). */
const DATELINE =
  /^(?:[^.:;"“«]{2,80}?\(\p{Lu}[\p{L}.]{1,12}\)\s*(?::|--|[-–—])\s+|\p{Lu}[\p{Lu}'’./ -]+,\s*[^–—:;"“«]{2,40}?\s*(?:--|[–—]|\s-)\s+)/u;
/** An opening phrase before the subject ("In his speech, ", "Speaking after the talks on Monday, "). */
const OPENER =
  /^(?:(?:In|At|During|On|After|Before|Following|Speaking|Addressing|Asked|Answering|Responding|Later|Earlier|Meanwhile|Separately|However|But|And|Also|For (?:his|her|its|their) part)\b[^,"“«]{0,100},\s+)/u;

/** Words of the classes no noun phrase's modifier belongs to: auxiliaries, pronouns, conjunctions, prepositions. */
const NOT_MODIFIER = words(
  /^(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should|not|no|that|which|who|whom|whose|when|where|while|but|or|nor|if|because|than|as|so|between|after|before|during|over|under|against|about|into|onto|by|on|off|up|out|through|via|per|it|its|he|she|they|them|their|his|her|we|our|you|your|this|these|those|there|here|also|then|still|yet|just|only|even|very|more|most|less)$/
);

/**
 * A speaker's noun phrase: capitalised words and the lower-case words of {@link SUBJECT_WORD}, headed by a person noun
 * or a capitalised word; right before a person noun, any modifiers in lower case ("the ferry operator", "local fishing
 * unions") but no word of another class. The head is the last word, or the word before a place or a body it belongs to
 * ("a senior official at the foreign ministry").
 */
function speakerPhrase(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 14) return false;
  // (an article may open it: "the Leader of the Nation X", "a senior official at …")
  const first = /^(?:the|a|an)$/i.test(words[0]!) && words.length > 1 ? words[1]! : words[0]!;
  // (after an article, a modifier in lower case too: "the harbour master", checked with the head below)
  if (!/^\p{Lu}/u.test(first) && !(first !== words[0] && /^\p{Ll}/u.test(first) && !NOT_MODIFIER.test(first)))
    return false;
  if (/^(?:It|This|That|These|Those|There|Here|What|Which|Who|When|If|As|He|She|They|We|I|You)$/.test(first))
    return false;
  const bare = words.map((w) => w.replace(/,$/, ""));
  if (bare.some((w) => !/\p{L}/u.test(w))) return false;
  const cut = bare.findIndex((w, k) => k > 0 && /^(?:at|of|in|from|for|with)$/.test(w));
  const h = cut > 0 ? cut - 1 : bare.length - 1;
  const head = bare[h]!;
  const personHead = SPEAKER_HEAD.test(head);
  if (!/^\p{Lu}/u.test(head) && !personHead) return false;
  // (free modifiers: a run of lower-case words right before a person noun, "ferry" in "the ferry operator",
  // "fisheries" in "Norway's fisheries minister X")
  const free = (k: number): boolean => {
    let j = k;
    while (
      j < bare.length &&
      /^\p{Ll}[\p{L}-]*$/u.test(bare[j]!) &&
      !NOT_MODIFIER.test(bare[j]!) &&
      !pastShaped(bare[j]!)
    ) {
      if (SPEAKER_HEAD.test(bare[j]!)) return true;
      ++j;
    }
    return false;
  };
  return bare.every((w, k) => /^\p{Lu}/u.test(w) || SUBJECT_WORD.test(w) || free(k));
}

/** A group in lower case, "analysts", "opposition deputies", "the local farmers": modifiers and a person noun. */
function lowerGroup(phrase: string): boolean {
  const w = phrase.split(/\s+/);
  return SPEAKER_HEAD.test(w.at(-1)!) && w.slice(0, -1).every((x) => SUBJECT_WORD.test(x));
}

/**
 * A noun phrase of up to four words ending in a plural ("Swedish hauliers", "most shipowners"): before a verb of saying in
 * a relative clause, a group that speaks whatever its noun. Not a pronoun or a demonstrative ("this", "its").
 */
function pluralPhrase(phrase: string): boolean {
  const w = phrase.split(/\s+/);
  return (
    w.length <= 4 &&
    /^\p{Ll}{3,}s$/u.test(w.at(-1)!) &&
    !/^(?:this|these|those|its|his|hers|ours|theirs|yours|as|is|was|has|does|always|perhaps|thus|less|unless)$/i.test(
      w.at(-1)!
    ) &&
    !/^(?:this|these|those|it|its|there|what)$/i.test(w[0]!)
  );
}

/** A letter or a digit outside ASCII. */
const NON_ASCII_ALNUM = /(?![\x00-\x7f])[\p{L}\p{N}]/u;
/** The first `limit` words of `text` with their offsets. */
function wordsOf(text: string, limit: number): {w: string; at: number}[] {
  const out: {w: string; at: number}[] = [];
  // (a text whose letters and digits are all ASCII is split alike by the ASCII pattern, which looks no character up
  // in Unicode's tables)
  const word = NON_ASCII_ALNUM.test(text)
    ? /[\p{L}\p{N}'’.-]+,?|[^\s\p{L}\p{N}]+/gu
    : /[A-Za-z0-9'’.-]+,?|[^\sA-Za-z0-9]+/g;
  while (out.length < limit) {
    const m = word.exec(text);
    if (!m) break;
    out.push({w: m[0], at: m.index});
  }
  return out;
}

/** Where the subject starts: after a dateline and one opening phrase. */
export function subjectStart(text: string): number {
  let at = 0;
  const d = DATELINE.exec(text);
  if (d) at = d[0].length;
  const o = OPENER.exec(text.slice(at));
  if (o) at += o[0].length;
  return at;
}

/** A name of two to four capitalised words, then its description between commas opening with an article. */
const DESCRIBED_NAME_FIRST =
  /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+(?:an?|the)\s+[^,;:"“”«»()]{2,80},$/u;

/**
 * The subject and the verb of a sentence whose first finite verb is `verb` (a test on the text from a word on): the
 * subject is a speaker's noun phrase ({@link speakerPhrase}), with adverbials of time before the verb left out.
 */
function subjectBefore(
  text: string,
  verb: (rest: string, word: string, before: string) => boolean
): {subject: string; verbAt: number} | undefined {
  const start = subjectStart(text);
  const ws = wordsOf(text.slice(start), 21);
  for (let k = 1; k < ws.length && k <= 20; ++k) {
    const {w, at} = ws[k]!;
    const rest = text.slice(start + at);
    if (LOWER_FIRST.test(w) && verb(rest, w.replace(TRAILING_COMMA, ""), ws[k - 1]!.w)) {
      let subject = text.slice(start, start + at).trim();
      for (let prev = ""; prev !== subject;) {
        prev = subject;
        subject = subject.replace(TRAILING_ADVERBIAL, "");
      }
      // (a passive is no speech: "The deal was criticised, …")
      if (/\b(?:was|were|is|are|been|being|be)$/.test(subject)) return undefined;
      // (a name in apposition after the speaker's noun phrase is the speaker: "Estonia's prime minister, Kristen
      // Michal, rejected …")
      const apposed = /^(.+?),\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),?$/u.exec(subject);
      if (apposed && speakerPhrase(apposed[1]!.split(/\s+/)) && !/,/.test(apposed[1]!))
        return {subject: apposed[2]!, verbAt: start + at};
      // (a person's name before its description in apposition is the speaker: "Mindaugas Rimkevičius, an opposition
      // member of the Seimas, criticised …"; two to four capitalised words, the description opening with an article)
      const described = DESCRIBED_NAME_FIRST.exec(subject);
      if (described && speakerPhrase(described[1]!.split(/\s+/))) return {subject: described[1]!, verbAt: start + at};
      // (commas only inside a list of capitalised words: "Minister of Ports, Shipping and Waterways X")
      if (/,(?!\s+\p{Lu})/u.test(subject) || /(?:^|\s)\p{Ll}[\p{L}'’-]*,/u.test(subject)) return undefined;
      const sw = subject.split(/\s+/).map((x) => x.replace(/,$/, ""));
      return speakerPhrase(sw) ? {subject, verbAt: start + at} : undefined;
    }
    // (the subject runs into another finite verb or into words of no speaker's phrase: not this construction; an
    // adjective in -ed of the modifiers, "a retired colonel", is none)
    const bare = w.replace(TRAILING_COMMA, "");
    if (LOWER_FIRST.test(w) && pastShaped(bare) && !SUBJECT_WORD.test(bare) && !TRAILING_ADVERBIAL.test(" " + w))
      return undefined;
    if (/^[;:"“”«»()]/.test(w)) return undefined;
  }
  return undefined;
}

/**
 * A sentence whose finite verb is a verb of saying, after a subject of any speaker's shape: the subject as written
 * ("Uzbekistan's Ambassador to India Sardor Rustambaev", "A senior official at Kazakhstan's foreign ministry"), or
 * undefined.
 */
export function speechSubject(text: string): string | undefined {
  const said = subjectBefore(text, (rest) => SAYING_AT.test(rest) || NAMING_AT.test(rest))?.subject;
  if (said) return said;
  const concluded = subjectBefore(text, (rest) => CONCLUDED_AT.test(rest))?.subject;
  if (concluded && DISCUSSANTS.test(concluded)) return concluded;
  // (a verb of saying joined to the subject's first verb: "Analysts welcomed the plan but cautioned that …")
  const main = mainClause(text);
  return main && !/^(?:He|She|They)$/.test(main.subject) && COORDINATED_SAYING.test(text.slice(main.verbAt))
    ? main.subject
    : undefined;
}

/**
 * A verb of saying with its "that"-clause coordinated with the subject's first verb in the same clause ("welcomed the
 * deal but warned that …", "praised the plan and argued that …", "did not commit to the request, but said …"), an
 * apposition to the object between them ("welcomed the visit, the first by a foreign minister in a decade, and expressed
 * his belief that …").
 */
const COORDINATED_SAYING =
  /^\p{Ll}+\s+[^,;.:"“”«»]{1,80}?(?:,\s+(?:the|a|an)\s+[^,;.:"“”«»]{1,80}?(?=,))?,?\s(?:but|and|yet)\s+(?:also\s+)?(?:(?:said|warned|cautioned|added|argued|noted|stressed|insisted|complained|predicted|acknowledged|conceded|maintained|suggested)\s+(?:[^,.;"“«]{0,40}?\s)?that\b|said\s+(?:the|its|his|her|their|this|it|they|\p{Lu})|expressed\s+(?:his|her|its|their)\s+(?:firm\s+|strong\s+)?(?:belief|confidence|conviction|hope)\s+that\b)/u;

/** Words a "that"-clause completes: verbs of saying, thinking and knowing, adjectives of certainty. */
const COMPLEMENT_BEFORE = new RegExp(
  `^(?:${SAYING}|stated|states|announced|announces|confirmed|confirms|estimated|estimates|agreed|agrees|concluded|recogni[sz]ed|assured|pledged|promised|showed|shows|argue[sd]?|believe[sd]?|thinks?|thought|knows?|knew|hopes?|hoped|fears?|feared|expects?|expected|says?|clear|sure|certain|confident|likely|evident)$`,
  "i"
);

/**
 * The main clause's subject before a participle or a relative of saying: a personal pronoun opening it ("She toured
 * …"), or a speaker's phrase with a finite verb in the past or the perfect, or a present in -s right after the phrase's
 * head ("The minister tours …").
 */
function mainClause(text: string): {subject: string; verbAt: number} | undefined {
  const start = subjectStart(text);
  const pronoun = /^(He|She|They)\s+(?:(?:has|have|had|also|then|later)\s+)*(\p{Ll}+)\b/u.exec(text.slice(start));
  // (the verb's offset is where its word starts: "She also welcomed …, saying …" judges with "welcomed")
  if (pronoun)
    return pastShaped(pronoun[2]!) || /s$/.test(pronoun[2]!)
      ? {subject: pronoun[1]!, verbAt: start + pronoun[0].length - pronoun[2]!.length}
      : undefined;
  return subjectBefore(text, (rest, w, before) => {
    if (pastShaped(w)) return true;
    // (and an object after it, "tours the port": a noun in -s before another noun, "fisheries minister", is none)
    if (!/^\S+\s+(?:the|a|an|its|his|her|their|this|that|these|those|\p{Lu}|\d)/u.test(rest)) return false;
    // (a present in -s after the head: a capitalised word or a person noun, "Chile's trade minister tours …")
    const head = before.replace(/,$/, "");
    return (
      /^\p{Ll}{3,}s$/u.test(w) &&
      !SPEAKER_HEAD.test(w) &&
      !NOT_MODIFIER.test(w) &&
      (/^\p{Lu}/u.test(head) || SPEAKER_HEAD.test(head))
    );
  });
}

/** The subject of a sentence's main clause when it is a speaker's phrase (not a pronoun), or undefined. */
export function mainSubject(text: string): string | undefined {
  const m = mainClause(text);
  return m && !/^(?:He|She|They)$/.test(m.subject) ? m.subject : undefined;
}

/** Speech inside a narrated sentence: whose (the subject as written, a pronoun included) and where it starts. */
export interface EmbeddedSpeech {
  subject: string;
  /** Offset of the clause of saying (its participle or relative pronoun). */
  from: number;
  /** "participle-of-saying", "relative-of-saying", "relative-speaker" or "coordinated-naming". */
  rule: string;
  /** The main verb judges ("criticised …, saying …"): the clause gives the judgement's reason. */
  evaluative?: boolean;
}

/**
 * A relative clause whose pronoun is the subject of a verb of saying, after a comma: ", who said …", ", who told us that
 * …", ", who has argued that …". "said", "says", "told" and "tells" report whatever follows; the other verbs only before
 * "that".
 */
const WHO_SAID =
  /,\s+who\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?(?:(?:said|says|told|tells)\b|(?:argued|argues|warned|warns|insisted|insists|noted|notes|stressed|stresses|added|adds)\s+that\b)/;
/** A person's name as the last words before it: two to four capitalised words (a title's words among them). */
const NAME_BEFORE = /(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’-]+$/u;

/** The word before the end of `head`, past adverbs of manner ("said openly", "repeatedly argued"). */
function wordBefore(head: string): string {
  const words = head.trimEnd().split(/\s+/);
  while (words.length > 1 && /^\p{Ll}{3,}ly$/u.test(words.at(-1)!)) words.pop();
  return words.at(-1) ?? "";
}

/**
 * A participle of saying after the main clause ("Y criticised the plan, saying …": Y speaks), or a relative clause of
 * saying ("…, in which he called …", "…, which experts said marks …": its subject speaks).
 */
export function embeddedSpeech(text: string): EmbeddedSpeech | undefined {
  for (const m of [...matchesOf(PARTICIPLE_CLAUSE, text)]) {
    // (the main clause: a speaker's phrase, or a personal pronoun, and its finite verb in the past, the perfect or the
    // present: "X welcomed the agreements", "She has toured the port", "The minister tours the port"; review K7)
    const main = mainClause(text.slice(0, m.index));
    if (!main) continue;
    const verb = /^\p{Ll}+/u.exec(text.slice(main.verbAt))?.[0] ?? "";
    const from = m.index! + m[0].search(PARTICIPLE_AT);
    return {subject: main.subject, from, rule: "participle-of-saying", evaluative: EVALUATIVE_ACT.test(verb)};
  }
  for (const m of [...matchesOf(COORDINATED_NAMING, text)]) {
    // (a parenthetical after the subject is no part of it: "X, in turn, thanked …")
    const main = mainClause(text.slice(0, m.index).replace(ASIDE, (a) => " ".repeat(a.length)));
    if (!main) continue;
    return {subject: main.subject, from: m.index! + m[0].search(NAMING_VERB), rule: "coordinated-naming"};
  }
  // (a relative whose pronoun is the speaker, after a person's name: "…, received by President X, who said …", "…, met
  // the minister, Y, who told us that …")
  const who = WHO_SAID.exec(text);
  if (who) {
    const name = NAME_BEFORE.exec(text.slice(0, who.index))?.[0];
    if (name && speakerPhrase(name.split(/\s+/)))
      return {subject: name, from: who.index + who[0].indexOf("who"), rule: "relative-speaker"};
  }
  // (not matchAll, which copies the pattern for every sentence: the copy of a cue pattern costs its making)
  for (const m of matchesOf(RELATIVE_SAYING, text)) {
    const who = m[2]!.trim();
    // (a verb right after the pronoun is the relative's own predicate, the pronoun its subject: "A diplomat who has
    // followed the negotiations described the deal as …" is the diplomat's sentence, no relative of saying)
    if (/^(?:has|have|had|is|are|was|were|will|would|can|could|does|did|do)\s/.test(who)) continue;
    // ("which" after a clause's noun, not a question's: "asked which …"; a pronoun subject is the main subject's)
    if (/\b(?:asked|know|knows|knew|wonder|wondered|whether)\s*$/.test(text.slice(0, m.index))) continue;
    // (an adverb of manner after the subject is no part of it: "in what some officials privately described as …")
    let subject = who.replace(/\s+\p{Ll}{3,}ly$/u, "");
    // ("that" completing a verb of saying or thinking, "argued that economists believe …", is no relative; review K7;
    // past an adverb of manner: "complain openly that the Gulf terms …")
    if (m[1] === "that" && COMPLEMENT_BEFORE.test(wordBefore(text.slice(0, m.index)))) continue;
    // ("protested what it called …": a body's "it" in a free relative is the main clause's subject too)
    if (/^(?:he|she|they)$/.test(who) || (who === "it" && /what$/.test(m[1]!))) {
      // (a pronoun is the main subject's only with no other speaker between: "X welcomed the statement, where Y said
      // …, which he called …" is Y's)
      if (SAYING_WORD.test(text.slice(0, m.index))) continue;
      const main = mainClause(text.slice(0, m.index));
      if (main) subject = main.subject;
      else if (who === "it") continue;
    } else {
      // (a group placed by a capital after its noun speaks as the group does: "a target that officials in Ulaanbaatar
      // privately describe as ambitious")
      const bare = subject.replace(/\s+(?:in|at|from)\s+\p{Lu}[\p{L}'’-]+$/u, "");
      if (!speakerPhrase(bare.split(/\s+/)) && !lowerGroup(bare) && !pluralPhrase(bare)) continue;
      // (the place is no name of the speaker's: "shippers in Riga" is no person "Riga")
      if (bare !== subject && !speakerPhrase(subject.split(/\s+/))) subject = bare;
    }
    const from = m.index! + m[0].indexOf(m[1]!);
    return {subject, from, rule: "relative-of-saying"};
  }
  return undefined;
}
