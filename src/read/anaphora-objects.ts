/**
 * Object pronouns for the event coder: "Putin met Tokayev in Dubai and thanked him for …", "X was welcomed by
 * Tokayev, who thanked him for choosing Kazakhstan", "He praised the Kazakh authorities and thanked them for …",
 * "Orbán met Tokayev and Mirziyoyev, and he invited the latter to visit Hungary". A pronoun right after a verb (him,
 * her, them) or "the latter" / "the former" names no actor, so the act has no target; English reads it as an actor
 * named just before:
 *
 * - "him" / "her": the nearest person named before it (a titled or known leader), in the sentence or the one before;
 * - "them": the nearest group named before it (a plural noun with its state, "the Kazakh authorities"; a region or an
 *   organisation; two actors joined by "and");
 * - "the latter": the last of the actors named before it, "the former" the one before that.
 *
 * A pronoun that is not reflexive never points to its own clause's subject ("Tokayev thanked him" is not Tokayev):
 * the candidates come nearest first, and the caller keeps the first whose copy gives an act on that side from
 * another. Pure: the sentence, its mentions and the sentence before's in, rewritten copies out.
 *
 * @module
 */
import type {AnaphoraMention} from "./anaphora.js";
import {words} from "./word-set.js";
import {cue} from "./cue.js";

/** A copy of the sentence with the pointer replaced by the name of one candidate antecedent. */
export interface ObjectCopy {
  text: string;
  /** Where the pointer was in the sentence as written, its length, and the length of the name put there. */
  at: number;
  length: number;
  replacement: number;
  /** The actors the name stands for (two for "them" after "A and B"). */
  sides: string[];
}

/**
 * A mention as read here: the coder's, with its role when it has one; or a person the text names by a surname tied to
 * an actor before (`surname`, with the actor's `name` to put in the copy; session 35).
 */
export type ObjectMention = AnaphoraMention & {agent?: string; surname?: true; name?: string};

/** The sentence before, as read: its text and its mentions (offsets into it). */
export interface EarlierSentence {
  text: string;
  mentions: readonly ObjectMention[];
}

/** The pointer after a word: "thanked him", "called on them", "invited the latter". */
const POINTER = cue(
  /\b([a-z]+)(\s+(?:on\s+|to\s+|with\s+)?)(him|her|them|the\s+latter|the\s+former)\b(?!\s*(?:self|selves|own)\b)/g
);
/** Words before a pronoun that make it no verb's object here: prepositions and the like ("for them", "of him"). */
const NOT_VERB =
  /^(?:of|for|from|by|about|with|without|between|among|against|behind|beside|before|after|like|than|to|on|at|in|into|onto|upon|as|and|or|but|all|both|each|let|made|saw|heard|told|is|was|are|were|be|been)$/i;
/** CAMEO's region codes and the like: a group, never "him". */
const REGION = words(
  /^(?:AFR|ASA|BLK|BLN|CAS|CAU|CFR|CRB|EAF|EAS|EEU|EUR|LAM|MEA|MDT|NAF|NMR|PGS|SAF|SAM|SAS|SEA|SCN|WAF|WEU|WST|NAM|CEU)$/
);
/** States: three capital letters (CAMEO's state codes); organisations are longer or not all letters. */
const STATE = /^[A-Z]{3}$/;
/** Plural nouns of groups after a state's name or adjective: "the Kazakh authorities", "Uzbek officials". */
const GROUP_AFTER =
  /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}?(?:authorities|leaders|presidents|governments|officials|companies|firms|banks|ministers|counterparts|delegations|partners|colleagues|lawmakers|diplomats|representatives|negotiators|states|countries|nations|republics)\b/u;
/** A plain plural noun ("sanctions", "goods", "the designations"), not a group of people. */
const PLURAL_NOUN =
  /\b(?!(?:authorities|leaders|presidents|governments|officials|ministers|counterparts|delegations|partners|colleagues|states|countries|nations|sides|was|has|is|its|this|his|thus|as|us|yes|always|perhaps|unless|across|plus|whereas)\b)[a-z]{3,}s\b/;
/** Titles before a person's name, or a person's noun after a state's word ("the Kazakh president"). */
const TITLE_BEFORE =
  /\b(?:President|Minister|Premier|Chancellor|Secretary|Chairman|Chairwoman|Commissioner|Ambassador|Governor|Mayor|Speaker|King|Queen|Emir|Sultan|Prince|Pope|Pontiff|leader|counterpart|envoy|[Cc]hief|[Hh]ead)\s+(?:[\p{Lu}][\p{L}'’-]+\s+){0,2}$/u;
const PERSON_AFTER =
  /^(?:['’]s)?\s+(?:(?:deputy|vice|prime|foreign|defen[cs]e|trade|energy|finance|economy|interior)\s+)?(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Mm]inister|[Pp]remier|[Cc]hancellor|[Ll]eader|[Cc]ounterpart|[Ee]nvoy|[Aa]mbassador|[Kk]ing|[Ee]mir|[Hh]ead\s+of\s+(?:state|government))\b/u;
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;

/** Whether the mention names a person: a leader the coder knows by name, a titled name, a state's office holder. */
function person(text: string, m: ObjectMention): boolean {
  if (REGION.test(m.code) || !STATE.test(m.code)) return false;
  if (m.surname) return true;
  const words = m.text.split(/\s+/);
  if (m.agent !== undefined && m.agent !== m.code && /^\p{Lu}\p{Ll}/u.test(m.text) && !/^The\s/.test(m.text))
    return true;
  if (TITLE_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start)) && words.every((w) => NAME_WORD.test(w)))
    return !/(?:stan|States|Union|Republic|Kingdom|Federation)$/.test(m.text);
  return PERSON_AFTER.test(text.slice(m.end, m.end + 50));
}

/** Whether the mention names a group: a region, an organisation, or a state's plural noun after it. */
function group(text: string, m: ObjectMention): boolean {
  return REGION.test(m.code) || !STATE.test(m.code) || GROUP_AFTER.test(text.slice(m.end, m.end + 50));
}

/** The name put in the copy for a mention: its own words, or "the <adjective> side" for a state's adjective. */
function nameOf(m: ObjectMention): string {
  if (m.name !== undefined) return m.name;
  return /^\p{Lu}\p{Ll}+$/u.test(m.text) && /(?:ian|ese|ish|i|ek|akh|yz|men|ic|an|ani|ali|eli)$/u.test(m.text)
    ? `the ${m.text} side`
    : m.text;
}

/**
 * The copies of `text` with its first object pointer replaced by each candidate antecedent, nearest first (at most
 * three). `mentions` are the sentence's own; `earlier` the sentence before's, searched after this one's.
 */
export function objectCopies(
  text: string,
  mentions: readonly ObjectMention[],
  earlier?: EarlierSentence
): ObjectCopy[] {
  POINTER.lastIndex = 0;
  for (let hit = POINTER.exec(text); hit; hit = POINTER.exec(text)) {
    const word = hit[1]!;
    if (NOT_VERB.test(word)) continue;
    const at = hit.index + word.length + hit[2]!.length;
    const pointer = hit[3]!.toLowerCase().replace(/\s+/, " ");
    // (a pointer that an actor already follows closely is an apposition's: "them, Kazakhstan and …")
    if (mentions.some((m) => m.start >= at && m.start <= at + pointer.length + 2)) continue;
    const own = mentions.filter((m) => m.end <= hit!.index).sort((a, b) => b.start - a.start);
    const before = earlier ? [...earlier.mentions].sort((a, b) => b.start - a.start) : [];
    const pool: {m: ObjectMention; text: string}[] = [
      ...own.map((m) => ({m, text})),
      ...before.map((m) => ({m, text: earlier!.text}))
    ];
    const out: ObjectCopy[] = [];
    const seen = new Set<string>();
    const add = (name: string, sides: string[]) => {
      const key = sides.join("+");
      if (seen.has(key) || out.length >= 3) return;
      seen.add(key);
      out.push({
        text: text.slice(0, at) + name + text.slice(at + hit![3]!.length),
        at,
        length: hit![3]!.length,
        replacement: name.length,
        sides
      });
    };
    if (pointer === "the latter" || pointer === "the former") {
      // (the latter and the former of the two actors named last, in this sentence only)
      const codes: ObjectMention[] = [];
      for (const m of own) if (!REGION.test(m.code) && !codes.some((c) => c.code === m.code)) codes.push(m);
      const pick = codes[pointer === "the latter" ? 0 : 1];
      if (pick && codes.length >= 2) add(nameOf(pick), [pick.code]);
      return out;
    }
    for (let k = 0; k < pool.length; ++k) {
      const {m, text: where} = pool[k]!;
      if (pointer === "them") {
        // (a group of this sentence only, with no other plural noun between it and the pronoun: "them" is more often
        // things, "asked X to reconsider them" after "the designations")
        if (where !== text || PLURAL_NOUN.test(text.slice(m.end, hit.index))) break;
        // two actors joined by "and" ("met Kazakhstan and Uzbekistan, and thanked them"): both
        const next = pool[k + 1];
        if (
          next &&
          next.text === where &&
          next.m.code !== m.code &&
          /^\s*(?:,\s*)?and\s+(?:the\s+)?$/.test(where.slice(next.m.end, m.start)) &&
          !REGION.test(m.code) &&
          !REGION.test(next.m.code)
        )
          add(`${nameOf(next.m)} and ${nameOf(m)}`, [next.m.code, m.code]);
        else if (group(where, m)) add(nameOf(m), [m.code]);
      } else if (person(where, m)) add(nameOf(m), [m.code]);
    }
    return out;
  }
  return [];
}
