/**
 * Verbs in the article reader's raw-text mode whose clause tells no act of the sides the coder would give it (session
 * 33): a verb inside an apposition that renames what the sentence already told ("…, a line Astana has repeated to every
 * European visitor since 2022", "…, the first time all five leaders had sat down with an American president"), a verb
 * whose subject is a relative pronoun standing for a thing ("the contracts that have so far gone to China"), a
 * condemnation of an attack whose only side is the place it happened in ("condemns the terrorist attack in
 * Islamabad"), a coordinated subject that joins an occasion ("Kazakhstan and Uzbekistan joined the talks"), and an
 * argument made ("The Government argued that …", a saying). Pure: tokens and their tags in, a yes or no out.
 *
 * @module
 */
import type {TokenMention} from "./mentions.js";
import type {ActorRef} from "./verbs.js";
import {words} from "./word-set.js";

/** Nouns that name a saying as a saying, by which an apposition renames what the clause before it said. */
const SAYING_NOUN = words(
  /^(LINE|MESSAGE|POINT|REFRAIN|MANTRA|PHRASE|FORMULA|FORMULATION|POSITION|ARGUMENT|STANCE|THEME|NARRATIVE|TALKING)$/
);
/** Ordinals and "only", "last" before "time" or "occasion": "the first time …", "the only occasion …". */
const RECORD_ORDINAL = words(/^(FIRST|SECOND|THIRD|FOURTH|FIFTH|LAST|ONLY)$/);
const RECORD_NOUN = words(/^(TIME|OCCASION)$/);
/** Words that may stand between a relative pronoun or a subject and its verb: auxiliaries, "so far", negations. */
const AUX = words(
  /^(HAS|HAVE|HAD|BEEN|BE|IS|ARE|WAS|WERE|WILL|WOULD|SHALL|SHOULD|CAN|COULD|MAY|MIGHT|MUST|SO|FAR|ALREADY|ALSO|NOT|NEVER|EVER|REPEATEDLY|LONG|THUS)$/
);
/** Common nouns that stand for an actor, which a relative pronoun after them takes as its subject. */
const ACTOR_NOUN = words(
  /^(GOVERNMENT|GOVERNMENTS|MINISTRY|MINISTRIES|MINISTER|MINISTERS|PRESIDENT|PRESIDENTS|LEADER|LEADERS|OFFICIAL|OFFICIALS|DELEGATION|DELEGATIONS|COUNTRY|COUNTRIES|STATE|STATES|NATION|NATIONS|SIDE|SIDES|PARTY|PARTIES|PARTNER|PARTNERS|COMPANY|COMPANIES|FIRM|FIRMS|BANK|BANKS|AGENCY|AGENCIES|GROUP|GROUPS|ORGANISATION|ORGANISATIONS|ORGANIZATION|ORGANIZATIONS|BLOC|ALLIANCE|COUNCIL|COMMISSION|AUTHORITIES|AUTHORITY|ADMINISTRATION|ENVOY|ENVOYS|AMBASSADOR|AMBASSADORS|DIPLOMAT|DIPLOMATS|NEIGHBOUR|NEIGHBOURS|NEIGHBOR|NEIGHBORS|MEMBER|MEMBERS|INVESTOR|INVESTORS|BUYER|BUYERS|SUPPLIER|SUPPLIERS|OPERATOR|OPERATORS|PRODUCER|PRODUCERS|REGIME|FORCES|TROOPS|ARMY|POLICE|PEOPLE|REPRESENTATIVES|REPRESENTATIVE|TEAM|MISSION|FUND|UNION|CORPORATION|OPERATOR|CONSORTIUM|CAPITALS|POWERS|POWER|REGION|CITY|HOST|HOSTS|GUEST|GUESTS|VISITOR|VISITORS|DONOR|DONORS|LENDER|LENDERS)$/
);
/** Tags of verbs (the light tagger's): a clause of its own in an apposition. */
const VERB_TAG = /^(VB|VBD|VBZ|VBP|VBN|VBG|MD)$/;

/**
 * Whether the verb at `first` stands in an apposition after a comma that renames what the sentence told before it: "a
 * line / message / point / position … <subject> has repeated", "the first / only time <subject> had …". What it tells
 * is how often, since when or how rarely the act before was done; the act is read from its own clause.
 */
export function restatementAside(upper: readonly string[], tags: readonly string[], first: number): boolean {
  let comma = -1;
  for (let k = first - 1; k > 0; --k) {
    const w = upper[k] ?? "";
    // (a comma before a closing quotation mark: "… to circumvent sanctions," a line Astana has repeated …)
    if (w === "," || w === "—" || w === "–" || (/^["”]$/.test(w) && upper[k - 1] === ",")) {
      comma = k;
      break;
    }
    if (/^[;:.!?()"“”]$/.test(w)) return false;
  }
  if (comma < 1) return false;
  const det = upper[comma + 1] ?? "";
  if (!/^(A|AN|THE|ONE)$/.test(det)) return false;
  // the head: a saying noun within three words of the article ("a message", "a familiar line", "the same point") or
  // "the first time" / "the only occasion"
  let head = -1;
  if (det === "THE" && RECORD_ORDINAL.test(upper[comma + 2] ?? "") && RECORD_NOUN.test(upper[comma + 3] ?? ""))
    head = comma + 3;
  else
    for (let k = comma + 2; k <= comma + 4 && k < first; ++k)
      if (SAYING_NOUN.test(upper[k] ?? "") && /^NNS?$/.test(tags[k] ?? "NN")) {
        head = k;
        break;
      }
  if (head < 0 || head + 1 >= first) return false;
  // between the head and the verb: the apposition's subject (a name, a noun phrase), an optional "that" and its
  // auxiliaries, no verb of its own
  let subject = false;
  for (let k = head + 1; k < first; ++k) {
    const w = upper[k] ?? "";
    if (w === "," || w === "—") return false;
    if (AUX.test(w) || w === "THAT" || w === "WHICH" || (k === head + 1 && w === "SINCE")) continue;
    if (VERB_TAG.test(tags[k] ?? "") && !/^NN/.test(tags[k] ?? "")) return false;
    subject = true;
  }
  return subject;
}

/**
 * Whether the verb at `first` is a subject relative clause's ("that / which <auxiliaries> <verb>") whose antecedent is
 * a thing: a common noun no actor mention covers and that is not a word for an actor ("the contracts that have so far
 * gone to China", "a pipeline which runs to Turkey"). The subject is the thing, so the actor the coder found before it
 * does not act here.
 */
export function thingRelative(
  upper: readonly string[],
  tags: readonly string[],
  found: readonly TokenMention[],
  first: number
): boolean {
  let k = first - 1;
  while (k > 0 && (AUX.test(upper[k] ?? "") || tags[k] === "RB")) --k;
  if (!/^(THAT|WHICH)$/.test(upper[k] ?? "")) return false;
  const ant = k - 1;
  if (ant < 0 || !/^NNS?$/.test(tags[ant] ?? "")) return false;
  if (ACTOR_NOUN.test(upper[ant] ?? "")) return false;
  return !found.some((m) => m.first <= ant && ant <= m.last);
}

/** Verbs of condemning (English). */
const CONDEMN = /^(CONDEMN|DENOUNC|DEPLOR)/;
/** Nouns of a violent happening whose doer a condemnation may leave unnamed. */
const ATTACK_NOUN = words(
  /^(ATTACK|ATTACKS|BOMBING|BOMBINGS|BLAST|BLASTS|EXPLOSION|EXPLOSIONS|SHOOTING|SHOOTINGS|KILLING|KILLINGS|MASSACRE|ASSASSINATION|ATTACKER|ATTACKERS|ACT|ACTS|TERRORISM|HOSTAGE-TAKING)$/
);
/** Prepositions of the place an attack happened in. */
const PLACE_PREP = words(/^(IN|AT|NEAR|OUTSIDE|ON)$/);

/**
 * Whether the condemnation at `first` (a verb of condemning) has for its object an attack whose only named side is
 * where it happened or whom it struck: "condemns the terrorist attack in Islamabad", "condemned the bombing near the
 * embassy in Kabul", "the attack on a convoy in Pakistan". The condemned is the attack's unnamed doer; the state
 * named is its victim (golds code the condolences and the support, not a criticism of that state). A doer named as
 * the attack's owner or after "by" ("Russia's attack", "the attack by X") is kept.
 */
export function condemnedAttackPlace(
  upper: readonly string[],
  first: number,
  last: number,
  targets: readonly ActorRef[]
): boolean {
  if (!CONDEMN.test(upper[first] ?? "") || targets.length === 0) return false;
  const start = targets.reduce((a, t) => Math.min(a, t.first), Number.MAX_SAFE_INTEGER);
  let attack = -1;
  for (let k = last + 1; k < start && k <= last + 6; ++k) {
    const w = upper[k] ?? "";
    if (w === "BY" || w === "," || /^['’]S?$/.test(w)) return false;
    if (ATTACK_NOUN.test(w)) attack = k;
  }
  if (attack < 0) return false;
  // every target after the attack noun, each after a preposition of place (a name's own words or an article between)
  return targets.every((t) => {
    if (t.first <= attack) return false;
    for (let k = t.first - 1; k > attack; --k) {
      const w = upper[k] ?? "";
      if (PLACE_PREP.test(w)) return true;
      if (w === "BY" || w === "," || /^['’]S?$/.test(w)) return false;
    }
    return false;
  });
}

/** Forms of "join" (English). */
const JOIN = words(/^(JOIN|JOINS|JOINED|JOINING)$/);
/** What one joins with another, not an occasion: "joined forces", "joined hands". */
const JOINED_WITH = words(/^(FORCES|HANDS|EFFORTS)$/);

/**
 * Whether the verb at `first` is "join" with a coordinated subject of two actors or more and no actor as its object:
 * "Kazakhstan and Uzbekistan joined the talks", "X and Y joined the ceremony by video link". Each joins an occasion
 * others hold; they do not meet each other by it ("joined forces" does: it is left).
 */
export function coSubjectsJoin(
  upper: readonly string[],
  first: number,
  sources: readonly ActorRef[],
  objects: readonly ActorRef[]
): boolean {
  if (!JOIN.test(upper[first] ?? "") || JOINED_WITH.test(upper[first + 1] ?? "")) return false;
  return new Set(sources.map((s) => s.actor)).size >= 2 && objects.length === 0;
}

/** Forms of "argue" (English). */
const ARGUE = words(/^(ARGUE|ARGUES|ARGUED|ARGUING)$/);

/**
 * Whether the verb at `first` is "argue" followed by "that" (within five words, no break between): a saying ("The
 * Government argued that the assurances were enough", "argued on Monday that"), whose content is the claim's; "argued
 * with X" and "argued against X" (a quarrel, an opposition) are left.
 */
export function arguedThat(upper: readonly string[], first: number): boolean {
  if (!ARGUE.test(upper[first] ?? "")) return false;
  // "argued that", "argued on Monday that", "argued in its submission that" (no clause break before "that")
  for (let k = first + 1; k <= first + 5; ++k) {
    const w = upper[k] ?? "";
    if (w === "THAT") return true;
    if (!/^[A-Z0-9]/.test(w) || w === "WITH" || w === "AGAINST") return false;
  }
  return false;
}

/** Verbs that state a stance (English): "expressed", "voiced", "reaffirmed", "reiterated", "confirmed". */
const STATE_STANCE = /^(EXPRESS|VOICE|REAFFIRM|REITERAT|CONFIRM|DECLAR|PLEDG)/;
/** Words that may stand between such a verb and its noun: determiners, possessives, adjectives of degree. */
const STANCE_FILLER = words(
  /^(ITS|THEIR|HIS|HER|OUR|THE|A|FULL|FIRM|STRONG|STRONGEST|UNWAVERING|CONSISTENT|CONTINUED|COUNTRY|COUNTRY'S|COUNTRY’S|GOVERNMENT'S|GOVERNMENT’S|'S|’S|SIDE'S|SIDE’S)$/
);
/** Nouns of support. */
const SUPPORT_NOUN = words(/^(SUPPORT|BACKING)$/);

/**
 * Whether the verb at `first`..`last` states support for something ("expressed its support for Morocco's autonomy
 * plan", "voiced firm backing for India's fight against terrorism"): the act is the endorsement (051), of the owner of
 * what is supported, whatever noun the dictionary found after it (a plan read as an intent, 032, both ways; a fight
 * read as concern, 012).
 */
export function statedSupport(upper: readonly string[], first: number, last: number): boolean {
  if (!STATE_STANCE.test(upper[first] ?? "")) return false;
  let k = last + 1;
  while (k <= last + 4 && STANCE_FILLER.test(upper[k] ?? "")) ++k;
  return SUPPORT_NOUN.test(upper[k] ?? "") && upper[k + 1] === "FOR";
}
