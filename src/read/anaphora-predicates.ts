/**
 * One subject, several predicates: "X visited A, met B there and signed C" tells three acts of X. The coder reads each
 * verb with the actor nearest before it, so the second and third acts go to whatever the first predicate's object
 * named (the place, a session's organisation, the person met). This module finds the later predicates of a clause
 * whose subject is named at its head, so that each is coded as "<subject> <predicate>" and the acts the sentence as
 * written gave them with another subject are dropped. Pure: text and mentions in, spans out.
 *
 * What counts (a grammar of news prose, not a word list of acts):
 * - the clause opens the sentence, after an opening phrase at most ("On Monday, ", "In May, ", "After the talks, ");
 * - its subject is a noun phrase of names and titles ("Russian Foreign Minister X", "X and Y", "the Kazakh
 *   president", "He"), one relative clause between commas at most ("X, who arrived on Sunday, held …"), and
 *   names at least one actor (or is "He"/"She"/"It", for the caller to resolve);
 * - the first verb is a past form right after it ("met", "signed", "travelled"), not a verb of saying or thinking
 *   (their objects are clauses with subjects of their own);
 * - a later predicate is a past form right after ", and", ", but", " and ", " but " or a bare comma in a list that
 *   ends with "and" (", met B there, and used …"), before an object, a preposition, a name or a number (not "and
 *   expanded formats", an adjective before a noun; not ", signed in 2021," a participle of the noun before);
 * - nothing between the first verb and a later one opens a clause of its own (that, which, who, where, when, after,
 *   because, if …, a semicolon, a colon, a bracket or a quotation mark).
 *
 * @module
 */
import {words} from "./word-set.js";

/** A mention as this module needs it: offsets into the sentence and the actor code. */
export interface PredicateMention {
  start: number;
  end: number;
  code: string;
}

/** The clause's subject and its later predicates. */
export interface SharedSubject {
  /** Where the subject phrase starts and where the first verb starts (the subject phrase is between). */
  subjectStart: number;
  firstVerb: number;
  /** The subject phrase as the copies read it (a relative clause between commas left out). */
  subject: string;
  /** The actor codes named in the subject phrase (empty for a pronoun). */
  codes: string[];
  /** The pronoun the subject is ("He", "She", "It"), when it is one. */
  pronoun?: string;
  /** Each later predicate: from its verb to the next predicate's connector or the sentence's end; where its connector starts. */
  predicates: {start: number; end: number; connector: number}[];
}

/** A past verb form: regular, or a common irregular past. Not "need", "speed", "indeed". */
const PAST =
  "(?:(?!(?:need|speed|seed|feed|indeed|breed|greed|creed|steed|shed|bed|red|wed|led)\\b)[a-z]{2,}ed|met|held|made|took|gave|sent|began|spoke|led|went|came|flew|paid|set|won|sought|told|left|brought|bought|sold|struck|hit|shot|cut|put|ran|saw|rose|fell|became|chose|wrote|broke|kept|lost|built|spent|threw|withdrew|stood|oversaw|undertook|drew|froze|forgave|swore|sank|tore|took|understood|upheld|withheld|won)";
/** Verbs of saying and thinking: their objects are clauses with subjects of their own. */
const SAYING = words(
  /^(?:said|told|added|noted|stated|stressed|believed|thought|warned|recalled|claimed|argued|insisted|explained|wrote|reported|expected|hoped|feared|emphasi[sz]ed|suggested|estimated|predicted|denied|acknowledged|admitted|revealed|indicated|remarked|commented|replied|answered|asked|assured|announced|confirmed|declared|agreed)$/
);
/** Adverbs between a connector (or the subject) and its verb. */
const ADVERB =
  "(?:(?:also|then|later|subsequently|jointly|again|finally|eventually|afterwards|immediately|quickly|promptly|formally|already|first|briefly|separately|personally|reportedly)\\s+)*";
/** What may follow a later predicate's verb: an object's first word, a preposition, a name, a number, a quotation. */
const AFTER_VERB =
  '(?:the|a|an|its|his|her|their|our|to|on|with|in|at|for|from|into|onto|against|about|over|up|out|off|back|down|this|these|those|two|three|four|five|six|seven|eight|nine|ten|several|some|all|both|more|new|him|them|it|[\\p{Lu}\\d"“])';
const AND_BUT = /\s(?:and|but)\s/;
/** A later predicate: its connector and its verb. Group 1: the connector; group 2: the verb. */
const LATER = new RegExp(
  `(,\\s+(?:and|but)\\s+|,\\s+|\\s+(?:and|but)\\s+)${ADVERB}(${PAST})(?=\\s+${AFTER_VERB}|\\s*[,.]\\s|\\s*[.]?$)`,
  "gu"
);
/** A preposition after a bare comma's verb: a participle of the noun before (", signed in 2021,"), not a predicate. */
const PARTICIPLE_NEXT = /^\s+(?:in|on|at|by|for|from|during|under|last|earlier|this|that|since|with|as)\b/;
/** Words that open a clause of its own between two predicates. */
const BOUNDARY =
  /\b(?:that|which|who|whom|whose|where|when|while|after|before|because|if|although|though|whereas|since|until|unless|whether|once)\b|[;:()"“”«»]/;
/** An opening phrase before the subject: a time, a place or an occasion, closed by a comma. */
const OPENING =
  /^(?:(?:On|In|At|Last|Earlier|Later|Then|Afterwards|During|After|Before|Early|Late|Next|Meanwhile|Also|Separately|Yesterday|Today|This|That)\b[^,;:"“]{0,50},\s+)?/;
/** Lower-case words a subject phrase of names and titles may hold. */
const SUBJECT_WORD =
  /^(?:the|and|of|his|her|its|their|both|'s|’s|counterpart|president|prime|minister|foreign|deputy|vice|leader|leaders|head|chief|chairman|chairwoman|ambassador|envoy|delegation|government|ministry|side|officials?|spokesman|spokeswoman|spokesperson|secretary|commissioner|premier|chancellor|king|emir|sultan|representative|special|first|acting|state|national|economy|trade|energy|defence|defense|finance|interior|transport|railway|gas|oil|company|corporation|agency|bank|fund)$/;
/** Where a predicate ends at the latest: a comma, semicolon, colon, quotation mark, bracket or the sentence's end. */
const PREDICATE_END = /[,;:"“”«»()]|[.!?]?\s*$/;
const RELATIVE = /^,\s+(?:who|which)\s+[^,;:"“]{3,120},\s+/;

/**
 * The sentence's subject and the later predicates it shares, or undefined when the sentence does not open with a
 * subject of names and titles (or "He"/"She"/"It") and a past verb, or has no later predicate.
 */
export function sharedSubject(text: string, mentions: readonly PredicateMention[]): SharedSubject | undefined {
  // (every shared predicate list ends with "and" or "but": most sentences have neither after a verb)
  if (!AND_BUT.test(text)) return undefined;
  // (nor a connector and a past verb anywhere: the later predicates' search below starts after the first verb, so a
  // sentence where it finds nothing from the start has no later predicate)
  LATER.lastIndex = 0;
  if (!LATER.test(text)) return undefined;
  const opening = OPENING.exec(text)![0];
  const subjectStart = opening.length;
  const pronoun = /^(He|She|It)\s/.exec(text.slice(subjectStart));
  // The subject phrase: from its start to its first past verb (a relative clause between commas skipped).
  const firstVerb = new RegExp(`(?<=\\s)${ADVERB}(${PAST})\\b`, "gu");
  firstVerb.lastIndex = subjectStart;
  let verb = firstVerb.exec(text);
  if (!verb) return undefined;
  let relative: {start: number; end: number} | undefined;
  const comma = text.indexOf(",", subjectStart);
  if (comma >= 0 && comma < verb.index) {
    // (a relative clause before the verb: "X, who arrived on Sunday, held …")
    const rel = RELATIVE.exec(text.slice(comma));
    if (!rel) return undefined;
    relative = {start: comma, end: comma + rel[0].length};
    firstVerb.lastIndex = relative.end;
    verb = firstVerb.exec(text);
    if (!verb || verb.index !== relative.end) return undefined;
  }
  const verbAt = verb.index + verb[0].length - verb[1]!.length;
  if (SAYING.test(verb[1]!)) return undefined;
  const head = relative
    ? text.slice(subjectStart, relative.start) + " " + text.slice(relative.end, verb.index)
    : text.slice(subjectStart, verb.index);
  const codes = [
    ...new Set(
      mentions
        .filter(
          (m) =>
            m.start >= subjectStart &&
            m.end <= verb.index &&
            !(relative && m.start >= relative.start && m.end <= relative.end)
        )
        .map((m) => m.code)
    )
  ];
  if (pronoun) {
    if (head.trim() !== pronoun[1]) return undefined;
  } else {
    if (codes.length === 0) return undefined;
    // (names, titles and the words of a title only: not "The agreement between X and Y")
    const words = head.match(/[\p{L}'’-]+|'s|’s/gu) ?? [];
    if (!words.every((w) => /^\p{Lu}/u.test(w) || SUBJECT_WORD.test(w.toLowerCase()))) return undefined;
  }
  // The later predicates: from the first verb on, each connector and past verb with nothing opening a clause before.
  const predicates: {start: number; end: number; connector: number}[] = [];
  const hits: {connector: number; verb: number; bare: boolean}[] = [];
  LATER.lastIndex = verbAt + verb[1]!.length;
  for (let hit = LATER.exec(text); hit; hit = LATER.exec(text)) {
    const at = hit.index + hit[0].length - hit[2]!.length;
    if (BOUNDARY.test(text.slice(verbAt, hit.index))) break;
    const bare = /^,\s+$/.test(hit[1]!);
    if (bare && PARTICIPLE_NEXT.test(text.slice(at + hit[2]!.length))) continue;
    if (SAYING.test(hit[2]!) && hit[2] !== "agreed" && hit[2] !== "announced" && hit[2] !== "confirmed") break;
    hits.push({connector: hit.index, verb: at, bare});
  }
  // A bare comma joins predicates only in a list that ends with "and" or "but".
  for (let k = 0; k < hits.length; ++k) {
    const h = hits[k]!;
    if (h.bare && !hits.slice(k + 1).some((x) => !x.bare)) continue;
    const next = hits[k + 1];
    // (a predicate ends at the next one's connector, or at the first comma, semicolon, colon, quotation mark or
    // bracket after its verb: what follows may be a clause of its own, ", as Y reopened …", "; Y had …")
    const stop = PREDICATE_END.exec(text.slice(h.verb));
    const end = Math.min(next ? next.connector : text.length, stop ? h.verb + stop.index : text.length);
    predicates.push({start: h.verb, end, connector: h.connector});
  }
  if (predicates.length === 0) return undefined;
  return {
    subjectStart,
    firstVerb: verbAt,
    subject: head.trim(),
    codes,
    ...(pronoun ? {pronoun: pronoun[1]!} : {}),
    predicates
  };
}
