/**
 * Abilities, means and counts that are no acts (issue 10's "not acts" told by modal, aspect and copula structure):
 *
 * - an ability, a means or a right held now governs what it could do, not what was done: "X has the means to lend Y
 *   $2 billion", "has tools with which to punish Y", "has the power / the right to block …", "is able to host …", "is
 *   capable of supplying …", "is in a position to mediate …" (English's nouns and adjectives of ability, means and
 *   right; "was able to secure" is implicative — it tells the act — and "used its leverage to force" tells it too);
 * - a means gerund ("by financing …") is in the mood of the verb it is the means of: "X should answer by inviting Y",
 *   "could respond, for example by funding …" is advice or a possibility, as the modal's own verb is;
 * - a count of people as the subject ("more than 600,000 foreign tourists visited X in 2024", "thousands of migrant
 *   workers left Y") is a statistic, not the state's act (English's nouns of ordinary people; "two envoys visited"
 *   is an act).
 *
 * Pure: upper-case words and Penn tags in, a yes or no out; read by src/read/modality.ts's notAnEvent.
 *
 * @module
 */
import {words} from "./word-set.js";

// Word lists tested inside the functions below, made once (a pattern written inside a function is a new object
// at each call; a set answers as the pattern did: see word-set.ts).
const TAG_VBD_VBZ_MD = words(/^(VBD|VBZ|MD)$/);
const HAVE_HAS_HAD_ETC = words(/^(HAVE|HAS|HAD|WILL|WOULD)$/);

/** Nouns of ability, means and right (English): what one has "to" do. */
const ABILITY_NOUN = words(
  /^(ABILITY|ABILITIES|CAPACITY|CAPACITIES|CAPABILITY|CAPABILITIES|MEANS|POWER|POWERS|TOOL|TOOLS|INSTRUMENT|INSTRUMENTS|LEVER|LEVERS|LEVERAGE|WHEREWITHAL|RESOURCES|CLOUT|MUSCLE|RIGHT|AUTHORITY|POTENTIAL|FREEDOM|OPTION|OPTIONS|CHANCE|CHANCES|OPPORTUNITY|OPPORTUNITIES|ROOM|SCOPE|MANDATE|MONEY|FUNDS|CASH|CAPITAL|STRENGTH|TIME|REASON)$/
);
/** Amounts one has "to" do with (English): "the most", "much", "a lot", "little", "nothing". */
const AMOUNT_HELD = words(/^(MOST|MORE|MUCH|LOT|LITTLE|LESS|LEAST|NOTHING|PLENTY|LOTS)$/);
/** Forms of "have" and its kin that hold an ability now or then (not "used", "exercised", "deployed"). */
const HOLDING = words(
  /^(HAS|HAVE|HAD|'S|'VE|POSSESSES|POSSESS|RETAINS|RETAIN|KEEPS|KEEP|LACKS|LACK|LACKED|HOLDS|HOLD)$/
);
/** Adjectives of ability (English): "is able to", "is capable of", "is well placed to", "is free to". */
const ABILITY_ADJECTIVE = words(
  /^(ABLE|UNABLE|CAPABLE|INCAPABLE|POSITIONED|PLACED|EQUIPPED|FREE|ENTITLED|EMPOWERED|AUTHORISED|AUTHORIZED)$/
);
/** Present forms of "be" and its linking kin (the past "was able to" tells the act). */
const PRESENT_BE = words(/^(IS|ARE|AM|'S|'RE|REMAINS|REMAIN|SEEMS|SEEM|APPEARS|APPEAR|BE|BEING)$/);
/** Any form of "be": the non-implicative abilities hold in the past too. */
const ANY_BE = words(
  /^(IS|ARE|AM|'S|'RE|WAS|WERE|REMAINS|REMAIN|REMAINED|SEEMS|SEEM|SEEMED|APPEARS|APPEAR|APPEARED|BE|BEING|BEEN)$/
);
/** Words inside the noun phrase of an ability: determiners, possessives, quantifiers, common adjectives. */
const ABILITY_PHRASE = words(
  /^(THE|A|AN|ITS|THEIR|HIS|HER|OUR|ENOUGH|NO|SUFFICIENT|ALL|EVERY|FULL|LEGAL|POLITICAL|ECONOMIC|FINANCIAL|MILITARY|DIPLOMATIC|TECHNICAL|INDUSTRIAL|SOVEREIGN|EXCLUSIVE|SOLE|REAL|CLEAR|MANY|SEVERAL|VARIOUS|OTHER|NECESSARY|NEEDED|REQUIRED|WELL|ALSO|STILL|NOW|ALREADY)$/
);

/**
 * Whether the verb at `first` is governed by an ability, a means or a right: "has the means to <verb>", "has tools
 * with which to <verb>", "is able to <verb>", "is capable of <verb>-ing", "is in a position to <verb>". Within its
 * clause (from `start`).
 */
export function abilityGoverns(upper: readonly string[], first: number, start: number): boolean {
  let k = first - 1;
  // (session 28) an adverb of degree between: "capable of seriously challenging", "able to quickly supply"
  if (/LY$/.test(upper[k] ?? "") && /^(TO|OF)$/.test(upper[k - 1] ?? "")) --k;
  if (upper[k] === "TO") --k;
  else if (upper[k] === "OF" && /ING$/.test(upper[first] ?? "")) --k;
  else return false;
  // ("tools with which to punish")
  if (upper[k] === "WHICH" && upper[k - 1] === "WITH") k -= 2;
  if (k < start) return false;
  const w = upper[k]!;
  if (ABILITY_NOUN.test(w) || (w === "POSITION" && upper[k - 1] === "A" && upper[k - 2] === "IN")) {
    let h = w === "POSITION" ? k - 3 : k - 1;
    while (h >= start && h >= k - 6 && ABILITY_PHRASE.test(upper[h]!)) --h;
    // ("has enough gas to supply X": any noun after "enough" or "sufficient")
    return h >= start && (HOLDING.test(upper[h]!) || (w === "POSITION" && ANY_BE.test(upper[h]!)));
  }
  if (/^(ENOUGH|SUFFICIENT)$/.test(upper[k - 1] ?? "") && HOLDING.test(upper[k - 2] ?? "")) return true;
  // (session 27) An amount held to do with: "Spain has the most to offer Central Asia", "has much / little / nothing
  // to offer", "has a lot to gain" — an assessment of what one could do, not an act.
  if (AMOUNT_HELD.test(w)) {
    let h = k - 1;
    if (/^(THE|A|SO|TOO|VERY|STILL|ALSO|MUCH|FAR)$/.test(upper[h] ?? "")) --h;
    if (h >= start && HOLDING.test(upper[h]!)) return true;
  }
  if (ABILITY_ADJECTIVE.test(w)) {
    let h = k - 1;
    while (
      h >= start &&
      h >= k - 3 &&
      /^(WELL|BETTER|BEST|NOW|STILL|ALSO|FULLY|PERFECTLY|ALREADY|NOT)$/.test(upper[h]!)
    )
      --h;
    // (the past "was able to" tells the act; "was in a position / well placed / free to" does not — review L6)
    // (session 28: "…, capable of seriously challenging the US": an adjective phrase of ability after a comma describes
    // the noun before it)
    return (
      h >= start &&
      (PRESENT_BE.test(upper[h]!) ||
        (!/^(ABLE|UNABLE)$/.test(w) && ANY_BE.test(upper[h]!)) ||
        (upper[h] === "," && /^(CAPABLE|INCAPABLE)$/.test(w)))
    );
  }
  return false;
}

/** Modals of advice and possibility ("should", "could", "ought"): "may" as a month aside. */
const ADVICE_MODAL = words(/^(SHOULD|COULD|WOULD|MIGHT|MAY|MUST|CAN|OUGHT)$/);

/**
 * Whether the gerund at `first` is the means ("by <verb>-ing", or coordinated with one: "by financing X and training
 * Y") of a clause whose first verb is a modal of advice or possibility: "X should combine A with B, for example by
 * financing …", "Y could answer by inviting Z". `tags` are the coder's Penn tags.
 */
export function meansUnderModal(
  upper: readonly string[],
  tags: readonly string[],
  first: number,
  start: number
): boolean {
  if (tags[first] !== "VBG") return false;
  // The "by" of the means: right before, or before a gerund this one is coordinated with (no finite verb between).
  let by = -1;
  for (let k = first - 1; k >= start && k >= first - 12; --k) {
    if (upper[k] === "BY" && tags[k + 1] === "VBG") {
      by = k;
      break;
    }
    // (a finite verb of its own ends the search; the light tagger's VBP is often a noun: "a rail link", "support")
    if (TAG_VBD_VBZ_MD.test(tags[k] ?? "") || /^[;:]$/.test(upper[k]!)) return false;
  }
  if (by < 0) return false;
  // The verb it is the means of: the first verb of its clause (from a coordinator after a comma that opens a clause of
  // its own: "…, and Y won by supplying …"), with its modal.
  let from = start;
  for (let k = by - 1; k > start; --k)
    if (/^(AND|BUT|YET)$/.test(upper[k]!) && upper[k - 1] === ",") {
      from = k + 1;
      break;
    }
  for (let k = from; k < by; ++k) {
    if (!/^(MD|VB|VBD|VBZ|VBP)$/.test(tags[k] ?? "")) continue;
    // ("ought to answer": the modal's "to" before the bare verb)
    const w = upper[k - 1] === "TO" && upper[k - 2] === "OUGHT" ? "OUGHT" : upper[k]!;
    // ("in May", "on 9 May": the month)
    const month = w === "MAY" && mayIsMonth(upper, k);
    return ADVICE_MODAL.test(w) && !month;
  }
  return false;
}

/** Nouns of ordinary people counted in statistics (English): citizens, tourists, workers, students … */
const PEOPLE_NOUN = words(
  /^(CITIZENS|NATIONALS|TOURISTS|VISITORS|TRAVELLERS|TRAVELERS|MIGRANTS|WORKERS|LABOURERS|LABORERS|STUDENTS|PILGRIMS|RESIDENTS|PEOPLE|PERSONS|REFUGEES|IMMIGRANTS|EMIGRANTS|PASSENGERS|HOLIDAYMAKERS|SHOPPERS|PATIENTS|SPECTATORS|FANS|ASYLUM-SEEKERS)$/
);
/** Words that count: a number, or a round count ("thousands of", "millions of", "dozens of"). */
const COUNT_WORD = /^(\d[\d,.]*|THOUSANDS|MILLIONS|HUNDREDS|DOZENS|TENS|SCORES|[\d.,]+%?)$/;

/**
 * Whether the verb at `first` has a counted group of people as its subject right before it ("more than 600,000 foreign
 * tourists visited …", "some 2,000 migrant workers returned to …", "thousands of pilgrims travelled to …"): a
 * statistic, not an act of their state.
 */
export function countedPeopleSubject(upper: readonly string[], tags: readonly string[], first: number): boolean {
  let h = first - 1;
  while (h >= 0 && (tags[h] === "RB" || HAVE_HAS_HAD_ETC.test(upper[h]!))) --h;
  if (!PEOPLE_NOUN.test(upper[h] ?? "")) return false;
  // The noun phrase before the head: adjectives, names, numbers and "of", up to eight words.
  for (let k = h - 1; k >= 0 && k >= h - 8; --k) {
    if (COUNT_WORD.test(upper[k]!) || tags[k] === "CD") return true;
    if (!/^(JJ|JJR|JJS|NN|NNS|NNP|NNPS|IN|DT|CC|POS|,)$/.test(tags[k] ?? "") && upper[k] !== "OF") return false;
  }
  return false;
}

/**
 * Whether "may" at `k` is the month, not the modal: before a day or a year ("May 9", "May 2024") or after a word that
 * opens a time, never a subject ("in May", "on 9 May", "for May", "of May", "until May",
 * "early/mid/late May", "from April to May"); not after "this", "next", "last", "before" or "after", where English
 * puts the modal too ("this may lead to …": review M5).
 */
export function mayIsMonth(upper: readonly string[], k: number): boolean {
  return (
    /^\d/.test(upper[k + 1] ?? "") ||
    /^(\d+|IN|ON|EARLY|LATE|MID|MID-|SINCE|BY|UNTIL|TILL|FOR|OF|FROM|TO|THROUGH|DURING)$/.test(upper[k - 1] ?? "")
  );
}
