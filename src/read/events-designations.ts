/**
 * Sanctions listings of a state's entities: "the UK designated three entities registered in Kyrgyzstan for …", "the
 * Treasury designated several Kyrgyz-registered companies", "the United Kingdom added Kyrgyz and Kazakh firms to its
 * own list", "Four Kazakh companies were added to the EU's list in December", "imposed sanctions on more than 40
 * entities in Kazakhstan, Kyrgyzstan and Uzbekistan". English tells a sanction on a state's firms, banks or entities
 * by a verb of listing (designate, blacklist, add to a list) whose object names the state only as an adjective, a
 * possessive or a place of registration. As "sanctioned several Kyrgyz firms" is read, the act is the listing
 * party's sanction (163) against that state, at the time of its own clause.
 *
 * Read in a copy for the coder, "<listing party> imposed sanctions on <the states>", with the clause's words after the
 * object (its time) kept; the caller keeps only the copy's 16 acts from the listing party toward those states.
 *
 * Near misses that do not fire: an object that is no entity of a state ("designated a new ambassador", "designated
 * Kyrgyzstan a priority partner"), a designation "as" something ("designated three Kazakh firms as authorised
 * operators"), a list that is no sanctions list ("added two Latvian banks to its list of partners"), a removal ("removed
 * … from its list"), a plan or a modal ("plans to designate", "could be added", "will add"), no listing party named.
 *
 * @module
 */
import {cue} from "./cue.js";

/** A mention as read here: offsets into the sentence, its text and code. */
interface Mention {
  start: number;
  end: number;
  text: string;
  code: string;
}

/** Nouns of a state's entities that sanctions list. */
const ENTITY =
  "(?:firms|companies|banks|entities|individuals|businesses|vessels|traders|exporters|suppliers|intermediaries|enterprises)";
/** A quantity or determiner before the entities: "three", "several", "more than 40", "a number of". */
const QUANTITY =
  "(?:(?:several|some|many|various|two|three|four|five|six|seven|eight|nine|ten|dozens\\s+of|a\\s+number\\s+of|a\\s+dozen|more\\s+than\\s+\\d+|over\\s+\\d+|about\\s+\\d+|\\d+|the)\\s+)?";
/**
 * The object: entities told with their state's adjective or name before them ("three Kyrgyz banks", "Kyrgyz and
 * Kazakh firms", "several Kyrgyz-registered companies"), entities in or registered in states ("three entities
 * registered in Kyrgyzstan", "more than 40 entities in Kazakhstan, Kyrgyzstan, and Uzbekistan"), or a state's bank or
 * company by name ("Kyrgyzstan's Keremet Bank").
 */
const NAMES = "\\p{Lu}[\\p{L}]+(?:-(?:registered|based|owned))?";
const NAME_LIST = `${NAMES}(?:\\s*,\\s*${NAMES})*(?:,?\\s+and\\s+${NAMES})?`;
const OBJECT =
  `(?:${QUANTITY}(?:${NAME_LIST})\\s+(?:[a-z-]+\\s+)?${ENTITY}` +
  `|${QUANTITY}(?:[a-z-]+\\s+)?${ENTITY}\\s+(?:registered\\s+|based\\s+|located\\s+)?in\\s+${NAME_LIST}` +
  `|\\p{Lu}[\\p{L}]+['’]s\\s+(?:\\p{Lu}[\\p{L}-]+\\s+){1,4}(?:Bank|Company|Corporation|Group|Holding))`;
/** A sanctions list after "to" or "on": "to its own list", "to the EU's list", "to Annex IV", "to the blacklist". */
const LIST =
  "(?:(?:its|their|the|an?)\\s+)?(?:[\\p{Lu}][\\p{L}.]*['’]s\\s+)?(?:own\\s+)?(?:(?:sanctions?|consolidated|entity|blacklist|export-control|designation)\\s+)?(?:list|lists|blacklist|Annex\\s+[IVXL]+)\\b(?!\\s+of\\b)";

/** Active: a past verb of listing, then the object (and for "added", the list). */
/** The list phrase at the start of a text (made once: it was made for every passive listing read). */
const LIST_AT_START = new RegExp(`^${LIST}`, "u");
const ACTIVE = cue(
  new RegExp(
    `\\b((?:has\\s+|have\\s+|had\\s+)?(?:designated|blacklisted|sanctioned|imposed\\s+sanctions\\s+on|added))\\s+(${OBJECT})(\\s+to\\s+${LIST})?`,
    "gu"
  )
);
/**
 * Passive: the object, then "was/were added to <X>'s list" or "designated/sanctioned/blacklisted by <X>". (Both
 * patterns run on every sentence the coder reads, and this one is tried at every position of it: behind the cue
 * pre-filter they run only on sentences holding a verb of listing and an entity's noun; session 26.)
 */
const PASSIVE = cue(
  new RegExp(
    `(${OBJECT})\\s+((?:was|were|have\\s+been|had\\s+been)\\s+(?:added\\s+to|put\\s+on|placed\\s+on)\\s+(?:the\\s+)?)(?=\\p{Lu})`,
    "gu"
  )
);

/** A listing found: the party, the states listed, and the copy to read. */
export interface Designation {
  /** The listing party's mention. */
  party: Mention;
  /** The states whose entities were listed, as the coder named them. */
  states: string[];
  /**
   * The adjectives of states the coder reads only alone, written into a compound with a participle ("Kyrgyz" of
   * "Kyrgyz-registered companies"): names of states the copy may use as they are.
   */
  adjectives: string[];
  /** Where the verb starts (or the object, in the passive) and where the clause ends. */
  at: number;
  end: number;
  /** The copy: "<party> imposed sanctions on <names of the states><the clause's words after the list>". */
  copy: (names: readonly string[]) => string;
}

const list = (names: readonly string[]) =>
  names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;

/**
 * The listings `text` tells of a state's entities. `isState` says which codes are states; `mentions` are the
 * sentence's (offsets into it).
 */
export function designations(
  text: string,
  mentions: readonly Mention[],
  isState: (code: string) => boolean
): Designation[] {
  const out: Designation[] = [];
  const clauseEnd = (from: number) => {
    const stop = /[;:]|,\s+(?:and|but|while|which|who)\b|,\s+(?:a|an|the)\s+(?:step|move|decision)\b|\s[-–—]\s/.exec(
      text.slice(from)
    );
    return stop ? from + stop.index : text.length;
  };
  const statesIn = (from: number, to: number) => [
    ...new Set(mentions.filter((m) => m.start >= from && m.end <= to && isState(m.code)).map((m) => m.code))
  ];
  ACTIVE.lastIndex = 0;
  for (let hit = ACTIVE.exec(text); hit; hit = ACTIVE.exec(text)) {
    const verb = hit[1]!;
    const objectAt = hit.index + hit[0].indexOf(hit[2]!, verb.length);
    const objectEnd = objectAt + hit[2]!.length;
    // ("added" lists only to a list; a designation "as" something is no sanction)
    if (/added$/.test(verb) && !hit[3]) continue;
    if (/^\s+as\b/.test(text.slice(objectEnd))) continue;
    const states = statesIn(objectAt, objectEnd);
    const adjectives = [...hit[2]!.matchAll(/(\p{Lu}\p{L}+)-(?:registered|based|owned)\b/gu)].map((m) => m[1]!);
    // (the party: the actor named last before the verb, no state of the object; a modal or "not" before the verb
    // tells no act)
    const before = text.slice(0, hit.index);
    if (/\b(?:not|never|to|will|would|could|may|might|should|plans?|planning)\s+$/.test(before)) continue;
    const party = mentions.filter((m) => m.end <= hit!.index && !states.includes(m.code)).at(-1);
    if (
      !party ||
      states.length + adjectives.length === 0 ||
      !/^[^,;:]*$/.test(text.slice(party.end, hit.index).replace(/\([^)]*\)/g, ""))
    )
      continue;
    const after = hit.index + hit[0].length;
    const end = clauseEnd(after);
    const tail = text.slice(after, end);
    out.push({
      party,
      states,
      adjectives,
      at: hit.index,
      end,
      copy: (names) => `${party.text} imposed sanctions on ${list(names)}${tail}`
    });
  }
  PASSIVE.lastIndex = 0;
  for (let hit = PASSIVE.exec(text); hit; hit = PASSIVE.exec(text)) {
    const objectAt = hit.index;
    const objectEnd = objectAt + hit[1]!.length;
    const partyAt = hit.index + hit[0].length;
    const party = mentions.find((m) => m.start === partyAt || m.start === partyAt - 4);
    const listHit = party ? LIST_AT_START.exec(text.slice(party.start)) : null;
    const possessive = party ? /^['’]s\s/.test(text.slice(party.end)) : false;
    if (!party || !possessive || !listHit) continue;
    const states = statesIn(objectAt, objectEnd).filter((c) => c !== party.code);
    if (states.length === 0) continue;
    const after = party.start + listHit[0].length;
    const end = clauseEnd(after);
    const tail = text.slice(after, end);
    out.push({
      party,
      states,
      adjectives: [],
      at: objectAt,
      end,
      copy: (names) => `${party.text.replace(/^the\s/, "The ")} imposed sanctions on ${list(names)}${tail}`
    });
  }
  return out;
}
