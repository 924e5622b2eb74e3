/**
 * A courtesy call: "The minister also called on Prime Minister X at Government House", "Later, Y called on the Foreign
 * Adviser at his office". In diplomatic English a visitor who "calls on" an office holder pays a visit; nothing is asked
 * of the host, so nobody recommends anything (the visit is an event's business, src/read/light-verbs.ts reads it as
 * 042). An appeal names what is asked, with "to" and a verb or "for" and a noun: "called on the President to release
 * the prisoners", "called on the minister for restraint". Used by claims.ts, whose verbs of saying include "called on".
 *
 * @module
 */
import {cue} from "./cue.js";

/** An office holder's title, the first words of the call's object ("Prime Minister X", "the External Affairs Minister"). */
const OFFICE = String.raw`(?:president|prime|minister|premier|chancellor|king|queen|emir|amir|sultan|crown|speaker|chairman|chairwoman|chair|governor|secretary|secretary-general|adviser|advisor|mayor|ambassador|foreign|external|deputy|vice|first|head|commissioner|envoy)`;

/** "call(ed) on / upon" and up to four words before the title ("the Thai", "Uzbek Foreign"). */
const CALL_ON_OFFICE = cue(
  new RegExp(
    String.raw`\bcall(?:s|ed|ing)?\s+(?:on|upon)\s+(?:(?:the|his|her|their|its)\s+)?(?:[\p{L}.'’-]+\s+){0,3}?${OFFICE}\b`,
    "iu"
  )
);

/** Where the call's clause ends: a stop, a semicolon, a relative or a clause of its own after a comma or "and". */
const CLAUSE_END = /[.;:!?]|,?\s+(?:who|whom|which|where|while|when|before|after|and|but|during)\b/iu;

/** What an appeal asks: "to" and a verb in lower case, or "for" and a noun ("for restraint", "for an end to"). */
const ASKS = /\bto\s+(?:\p{Ll}+ly\s+)?\p{Ll}|\bfor\s+\p{Ll}/u;

/** Whether the sentence's "called on" is a visit to an office holder with nothing asked of him. */
export function courtesyCall(sentence: string): boolean {
  const m = CALL_ON_OFFICE.exec(sentence);
  if (!m) return false;
  const rest = sentence.slice(m.index + m[0].length);
  const end = CLAUSE_END.exec(rest);
  return !ASKS.test(end ? rest.slice(0, end.index) : rest);
}
