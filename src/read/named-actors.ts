/**
 * Which of the actor phrases found in a sentence name an actor there (the article reader): an actor is named by a
 * proper noun, not by a place, a currency or a word inside an institution's name. A step of the event coder
 * (src/read/coder.ts), run on the actor-phrase trie's matches (src/read/mentions.ts).
 *
 * @module
 */
import {insideInstitutionName} from "./institutions.js";
import type {ActorEntry} from "./dictionaries/actors.js";
import {namesCurrency} from "./mentions.js";
import type {Token} from "./tokenize.js";
import {words} from "./word-set.js";

/** Geographic nouns an adjective of a state may name a place with ("the Turkish coast"); not "side" or "region". */
const PLACE_NOUN = words(
  /^(COAST|COASTS|COASTLINE|SHORE|SHORES|PORT|PORTS|CITY|CITIES|TOWN|TOWNS|VILLAGE|VILLAGES|PROVINCE|OBLAST|STEPPE|STEPPES|MOUNTAINS|DESERT|LAKE|RIVER|SEAPORT|HINTERLAND)$/
);
/** A state's adjective as written ("Turkish", "Russian", "Kazakh", "Chinese"), not a name in -stan. */
const PLACE_ADJECTIVE = /^(?!.*stan$)\p{Lu}\p{Ll}+(?:ian|ese|ish|ean|ek|akh|yz|men|ic|an|ani|ali|eli|aqi|ati|i)$/u;

/**
 * Adjectives of scope a state's adjective may be coordinated with before a noun: "European and international financial
 * institutions", "Kazakh and foreign investors", "multilateral and Chinese lenders". The noun is of both, so of no one
 * state (session 32).
 */
const SCOPE_ADJECTIVE = words(/^(INTERNATIONAL|FOREIGN|GLOBAL|MULTILATERAL|MULTINATIONAL|OVERSEAS|OTHER)$/);

/**
 * Whether an actor match names the actor as the text writes it: some word of the mention is capitalized ("us" is not
 * the US), a capitalized pack name only where the text capitalizes it ("the West", not "west of the river"), and no
 * place inside an institution's name.
 */
export function namedAsActor(
  entry: ActorEntry,
  m: {first: number; last: number},
  tokens: readonly Token[],
  written: readonly string[],
  upper: readonly string[]
): boolean {
  if (entry.capitalized && !/^\p{Lu}/u.test(written[m.first] ?? "")) return false;
  // An abbreviation only as one: "SEA" (Southeast Asia) is not the "Sea" of "the Caspian Sea".
  if (entry.allCaps && m.first === m.last && /\p{Ll}/u.test(written[m.first] ?? "")) return false;
  let cased = false;
  for (let k = m.first; k <= m.last && !cased; ++k) cased = /^[\p{Lu}\p{N}]/u.test(written[k] ?? "");
  // "US dollars", "US$2 billion", "Chinese yuan" name a currency, not a state (src/read/mentions.ts).
  // (a sign only glued to the name: "US$2 billion", not "lent Germany $300 million")
  if (namesCurrency(upper, m.last, tokens[m.last + 1]?.start === tokens[m.last]!.end)) return false;
  // "the Turkish coast", "the Russian port of Novorossiysk": an adjective naming a place is no actor.
  if (m.first === m.last && PLACE_NOUN.test(upper[m.last + 1] ?? "") && PLACE_ADJECTIVE.test(written[m.first] ?? ""))
    return false;
  // … and so is one coordinated with an adjective of scope: "European and international financial institutions would
  // mobilise …" (institutions of Europe and of elsewhere, none of them Europe's act alone).
  if (
    m.first === m.last &&
    PLACE_ADJECTIVE.test(written[m.first] ?? "") &&
    // (before a noun in lower case: "Foreign and European Affairs Minister" is a title's words)
    ((/^(AND|OR)$/.test(upper[m.last + 1] ?? "") &&
      SCOPE_ADJECTIVE.test(upper[m.last + 2] ?? "") &&
      /^\p{Ll}/u.test(written[m.last + 3] ?? "")) ||
      (/^(AND|OR)$/.test(upper[m.first - 1] ?? "") &&
        SCOPE_ADJECTIVE.test(upper[m.first - 2] ?? "") &&
        /^\p{Ll}/u.test(written[m.last + 1] ?? "")))
  )
    return false;
  // … and so is a state's possessive before a named place: "the use of Iran's Chabahar port", "Russia's port of Ust-Luga".
  if (/^['’]S$/.test(upper[m.last + 1] ?? "")) {
    let k = m.last + 2;
    while (k <= m.last + 4 && /^\p{Lu}/u.test(written[k] ?? "") && !PLACE_NOUN.test(upper[k] ?? "")) ++k;
    if (PLACE_NOUN.test(upper[k] ?? "") && (k > m.last + 2 || upper[k + 1] === "OF")) return false;
  }
  // "Secretary of State" alone is the US's office in the dictionaries; after another name or a possessive it is that
  // one's: "the Vatican Secretary of State", "the Holy See's Secretary of State", "UK Secretary of State for Defence"
  // (not after a rank of the office itself: "Deputy Secretary of State" is still the US's). Session 35.
  if (
    m.last - m.first === 2 &&
    upper[m.first] === "SECRETARY" &&
    upper[m.first + 1] === "OF" &&
    upper[m.last] === "STATE" &&
    (/^['’]S$/.test(upper[m.first - 1] ?? "") ||
      (/^\p{Lu}/u.test(written[m.first - 1] ?? "") && !OFFICE_RANK_OR_US.test(upper[m.first - 1] ?? "")))
  )
    return false;
  return cased && !insideInstitutionName(written, m.last, m.first);
}

/** Words before "Secretary of State" that leave it the US's: a rank of the office, the US named, a sentence's start. */
const OFFICE_RANK_OR_US = words(
  /^(DEPUTY|ASSISTANT|UNDER|ACTING|FORMER|PRINCIPAL|US|U\.S\.|AMERICAN|THE|A|AS|AND|BY|WITH|TO|OF|FOR|THEN|NEW)$/
);
