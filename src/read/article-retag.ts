/**
 * The article reader's corrections of the light tagger (src/read/tag.ts): words it reads as verbs that are none in
 * the sentence. A step of the event coder (src/read/coder.ts), run on the tags before the verbs are read; the
 * sentence yardsticks keep the light tagger's reading.
 *
 * @module
 */
import {words} from "./word-set.js";

/** First words of prepositions ending in "to": "according to", "owing to", "thanks to", "prior to", "similar to" … */
const PREPOSITION_HEAD = words(
  /^(ACCORDING|OWING|THANKS|PRIOR|SIMILAR|CONTRARY|PURSUANT|DUE|COMPARED|RELATIVE|IDENTICAL|EQUIVALENT|ADDITION|RESPONSE|REFERENCE|REGARD|RELATION|CONTRAST|OPPOSED)$/
);
/** Of those, the nouns that make one only inside "in/with/as … to": "in response to", "with regard to", "as opposed to". */
const PREPOSITION_NOUN = words(/^(ADDITION|RESPONSE|REFERENCE|REGARD|RELATION|CONTRAST|OPPOSED)$/);
/** Nouns of papers named "<noun> of <-ing noun>": "a memorandum of understanding", "a letter of intent". */
const PAPER_NOUN = words(
  /^(MEMORANDUM|MEMORANDA|MEMORANDUMS|MOU|MOUS|LETTER|LETTERS|DECLARATION|PROTOCOL|CHARTER|STATEMENT|AGREEMENT)$/
);

/** Number words (English) that count a plural noun after them. */
const COUNT_WORD = words(
  /^(TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|TWENTY|THIRTY|FORTY|FIFTY|HUNDRED|HUNDREDS|DOZEN|DOZENS|SEVERAL)$/
);
/**
 * Words English uses both as an adjective and as a verb ("separate", "direct", "open", "close") and participles used
 * as adjectives ("extended", "detailed", "renewed"): between a verb of holding or signing and its noun ("held separate
 * meetings with X", "held direct talks", "signed separate agreements") they modify the noun, no verb of their own.
 */
const ADJECTIVE_HOMOGRAPH = words(/^(SEPARATE|DIRECT|OPEN|CLOSE|FREQUENT|COMPLETE|SECURE)$/);
const ADJECTIVE_PARTICIPLE = words(/^(EXTENDED|DETAILED|EXPANDED|RENEWED|CONTINUED|PROLONGED|CLOSED|REPEATED)$/);
/** Nouns after an adjective "direct" (session 28): traffic, trade and contact ("direct flights", "direct investment"). */
const DIRECT_NOUN = words(
  /^(FLIGHT|FLIGHTS|INVESTMENT|INVESTMENTS|LINK|LINKS|ROUTE|ROUTES|CONTACT|CONTACTS|DIALOGUE|ACCESS|TRADE|SUPPORT|CONNECTION|CONNECTIONS|SERVICE|SERVICES|AIR|RAIL|SHIPMENTS|SUPPLIES|DELIVERIES|LOANS|FUNDING|TALKS|NEGOTIATIONS)$/
);
/** The shape of a state's or a people's adjective written as a name ("Italian", "Chinese", "Turkish", "Uzbek", "Thai"). */
const STATE_ADJECTIVE_SHAPE = /(AN|ESE|ISH|CH|I|IC|EK|AZ)$/;
/** Nouns of those who found a body, after the adjective "founding" ("founding members", "a founding state"). */
const FOUNDER_NOUN = words(
  /^(MEMBER|MEMBERS|STATE|STATES|NATION|NATIONS|COUNTRY|COUNTRIES|PARTY|PARTIES|PARTNER|PARTNERS|FATHER|FATHERS|SIGNATORY|SIGNATORIES|SHAREHOLDER|SHAREHOLDERS)$/
);
/** Verbs of holding and signing that take a meeting's or a paper's noun ("held talks", "conducted consultations"). */
const HOLDING_VERB = words(
  /^(HOLD|HOLDS|HELD|HOLDING|CONDUCT|CONDUCTS|CONDUCTED|CONDUCTING|SIGN|SIGNS|SIGNED|SIGNING)$/
);
/** Nouns of meetings the light tagger may read as verbs ("talks", "meets"). */
const MEETING_NOUN = words(
  /^(TALKS|MEETINGS|MEETING|CONSULTATIONS|NEGOTIATIONS|DISCUSSIONS|CONVERSATIONS|AGREEMENTS)$/
);

/** Verbs of starting, holding or going on with talks ("to start talks"; not "to host talks", a readiness only). */
const TALKS_VERB = words(/^(START|BEGIN|HOLD|OPEN|LAUNCH|RESUME|CONTINUE|CONDUCT)$/);

/** Retags, in place, the words of a sentence the light tagger read as verbs that the article reader reads as none. */
export function retagArticleWords(upper: readonly string[], tags: string[]): void {
  // A preposition of two or three words ("according to", "owing to", "thanks to", "in response to", "similar to") is
  // no verb and no infinitive: "according" is not the verb ACCORD (a grant, 060), and the word after its "to" is a
  // noun ("owing to pressure from X" is no act of pressing).
  retagComplexPrepositions(upper, tags);
  // "held separate meetings with X", "held direct talks", "conducted extended consultations": the word between a verb
  // of holding or signing and its noun is the noun's adjective (session 27; the light tagger read "separate" as the
  // verb, which ended the holding verb's phrase before its noun).
  for (let k = 1; k + 1 < tags.length; ++k)
    if (
      (ADJECTIVE_HOMOGRAPH.test(upper[k]!) || ADJECTIVE_PARTICIPLE.test(upper[k]!)) &&
      /^VB/.test(tags[k]!) &&
      HOLDING_VERB.test(upper[k - 1]!) &&
      (/^(NN|NNS)$/.test(tags[k + 1] ?? "") || MEETING_NOUN.test(upper[k + 1]!))
    ) {
      tags[k] = "JJ";
      if (MEETING_NOUN.test(upper[k + 1]!)) tags[k + 1] = upper[k + 1]!.endsWith("S") ? "NNS" : "NN";
    }
  // (session 28) "resume direct flights", "Italian direct investment has exceeded $8 billion", "the first direct
  // link": "direct" after a word of a noun phrase (a determiner, an adjective, a state's adjective, a possessive, a
  // count) or after another verb, and before a noun of traffic, trade or contact, is the noun's adjective; "direct" as
  // a verb follows its subject, a modal or "to" ("will direct the funds to …", "to direct investment into …").
  for (let k = 1; k + 1 < tags.length; ++k)
    if (
      upper[k] === "DIRECT" &&
      /^VB/.test(tags[k]!) &&
      DIRECT_NOUN.test(upper[k + 1]!) &&
      (/^(DT|JJ|JJR|JJS|PRP\$|POS|CD|VB|VBD|VBZ|VBP|VBG|VBN)$/.test(tags[k - 1]!) ||
        (/^NNP/.test(tags[k - 1]!) && STATE_ADJECTIVE_SHAPE.test(upper[k - 1]!))) &&
      !/^(TO|WILL|WOULD|SHALL|SHOULD|CAN|COULD|MAY|MIGHT|MUST|DID|DO|DOES)$/.test(upper[k - 1]!)
    ) {
      tags[k] = "JJ";
      tags[k + 1] = /S$/.test(upper[k + 1]!) && upper[k + 1] !== "ACCESS" ? "NNS" : "NN";
    }
  // (session 28) "in which Russia and China are founding members", "a founding state of the SCO": "founding" before
  // a noun of those who founded is an adjective, a standing membership, no act of founding (FOUND, 060).
  for (let k = 0; k + 1 < tags.length; ++k)
    if (upper[k] === "FOUNDING" && FOUNDER_NOUN.test(upper[k + 1]!)) {
      tags[k] = "JJ";
      if (/^VB/.test(tags[k + 1]!)) tags[k + 1] = /S$/.test(upper[k + 1]!) ? "NNS" : "NN";
    }
  // The names of papers built as "<noun> of <-ing noun>" ("a memorandum of understanding", "a memorandum of
  // cooperation"): the -ing word is the paper's noun, no verb of its own that would take the signing verb's object
  // (review K11: "signed a memorandum of understanding with X" read nothing).
  for (let k = 2; k < tags.length; ++k)
    if (tags[k] === "VBG" && upper[k - 1] === "OF" && PAPER_NOUN.test(upper[k - 2]!)) tags[k] = "NN";
  // (session 27) "an auction of 300 exploration blocks", "two offshore blocks": a word in -s after a count (and a noun
  // of its phrase) is a plural noun, not a verb ("blocks" is no act of blocking). A count is a numeral (not a year:
  // "in 2024 trade rises") or a number word, which the light tagger reads as a noun.
  for (let i = 1; i < tags.length; ++i) {
    if (tags[i] !== "VBZ") continue;
    const count = (k: number) =>
      k >= 1 &&
      ((tags[k] === "CD" && !/^(1[89]|20)\d\d$/.test(upper[k]!)) || COUNT_WORD.test(upper[k]!)) &&
      /^(DT|IN|JJ|RB|TO|CC|,)$/.test(tags[k - 1] ?? "");
    if (count(i - 1) || (tags[i - 1] === "NN" && count(i - 2))) tags[i] = "NNS";
  }
  // (session 30) "used it to press Brussels for …": a base form after the infinitive's "to" is the infinitive, never a
  // present tense (English's present has a subject before it, not "to"); the light tagger reads a base form as a
  // present there, or one ending in "ss" ("press", "discuss", "address") as a third person's -s form, which the reader
  // then takes for a standing state.
  for (let i = 1; i < tags.length; ++i)
    if (
      upper[i - 1] === "TO" &&
      tags[i - 1] === "TO" &&
      (tags[i] === "VBP" || (tags[i] === "VBZ" && /SS$/.test(upper[i]!)))
    )
      tags[i] = "VB";
  // (session 35) "agreed to start talks on …", "is scheduled to hold talks with X": a meeting's noun right after the
  // infinitive's verb is its object, a plural noun, never a present tense (a finite verb has its subject before it, not
  // an infinitive); the light tagger read "talks" there as the verb "talk", which the reader took for a standing state.
  // (Only the nouns of meetings: "to coordinate positions within the OIC" kept its reading, whose object is no meeting.)
  for (let i = 2; i < tags.length; ++i)
    if (
      tags[i] === "VBZ" &&
      MEETING_NOUN.test(upper[i]!) &&
      tags[i - 1] === "VB" &&
      TALKS_VERB.test(upper[i - 1]!) &&
      upper[i - 2] === "TO" &&
      tags[i - 2] === "TO"
    )
      tags[i] = "NNS";
  // "the Central Asian states", "the five Gulf states": a run of names after a determiner makes "states" a noun, not
  // the verb "state".
  for (let i = 2; i < tags.length; ++i) {
    if (tags[i] !== "VBZ" || upper[i] !== "STATES" || tags[i - 1] !== "NNP") continue;
    let b = i - 1;
    while (b > 0 && tags[b - 1] === "NNP") --b;
    if (b > 0 && /^(DT|JJ|PRP\$|POS|CD)$/.test(tags[b - 1] ?? "")) {
      tags[i] = "NNS";
      // (the tagger read the next past form as a participle after the verb it took "states" for)
      if (tags[i + 1] === "VBN") tags[i + 1] = "VBD";
    }
  }
}

/**
 * Retags, in place, each preposition of two or three words that ends in "to" as prepositions (IN), and the word after
 * its "to" as a noun when the tagger read it as an infinitive ("owing to pressure", "in response to attacks"). "Due
 * to" after a form of "be" is a schedule ("is due to arrive") and stays as it is.
 */
function retagComplexPrepositions(upper: readonly string[], tags: string[]): void {
  for (let k = 1; k < upper.length; ++k) {
    if (upper[k] !== "TO" || !PREPOSITION_HEAD.test(upper[k - 1]!)) continue;
    const head = upper[k - 1]!;
    if (PREPOSITION_NOUN.test(head) && !/^(IN|WITH|AS|BY)$/.test(upper[k - 2] ?? "")) continue;
    if (head === "DUE" && /^(IS|ARE|WAS|WERE|BE|BEEN|ALSO|NOW)$/.test(upper[k - 2] ?? "")) continue;
    tags[k - 1] = "IN";
    tags[k] = "IN";
    if (/^VB[PZ]?$/.test(tags[k + 1] ?? "")) tags[k + 1] = /S$/.test(upper[k + 1]!) ? "NNS" : "NN";
  }
}
