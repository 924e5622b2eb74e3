/**
 * Whose gathering a sentence tells. An organisation is the gathering's when the text ties it to the gathering: the
 * gathering's noun after its name ("the SCO summit", "CAREC meetings", "the CSTO Collective Security Council's
 * session"), the noun before it with "of" ("the summit of the Organization of Turkic States", "a session of the
 * Council of Heads of State of the SCO"), its possessive ("the bloc's informal summit" aside, "the OTS's summit"), or
 * the organisation, its leaders or its ministers as the subject of a verb of gathering ("Leaders of the OTS met in
 * Astana", "The GCC foreign ministers met their counterparts"). An organisation named elsewhere in such a sentence is
 * not: the matter of its talks ("the parties discussed trade, as well as cooperation within the OTS"), a gathering
 * still to be prepared with it ("to prepare a first meeting with the GCC"), a council's proper name ("the UN Security
 * Council", a candidacy for it), a body in a relative clause. Pure: text and a mention's offsets in, yes or no out.
 *
 * @module
 */

/** Nouns of a gathering. */
const GATHERING_NOUN =
  "(?:summit|summits|session|sessions|meeting|meetings|conference|congress|ministerial|plenary|council|forum|gathering)";
/** Verbs of gathering. */
const GATHERING_VERB = "(?:met|meet|meets|gathered|convened|assembled|talked|conferred|held\\s+talks)";
/** The noun after the name, past at most three words of its own ("the CSTO Collective Security Council session"). */
const NOUN_AFTER = new RegExp(`^(?:['’]s)?(?:\\s+[\\p{L}-]+){0,3}?\\s+${GATHERING_NOUN}\\b`, "iu");
/** The noun before the name with "of": "the summit of the", "a session of the Council of Heads of State of the". */
const NOUN_BEFORE = new RegExp(
  `\\b${GATHERING_NOUN}\\s+of\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}-]*|of|the|and)\\s+){0,7}$`,
  "iu"
);
/** A gathering's noun anywhere in the sentence. */
const GATHERING_WORD = new RegExp(`\\b${GATHERING_NOUN}\\b`, "i");
/** The name, then its people at most, then a verb of gathering: "Leaders of the OTS met", "the GCC ministers met". */
const SUBJECT_AFTER = new RegExp(
  `^(?:['’]s)?(?:\\s+(?:foreign|defence|defense|economy|trade|finance|energy|prime|deputy|member|heads?|of|state|states|leaders|ministers|presidents|countries))*\\s+(?:(?:also|then|first|later|last|again)\\s+)?${GATHERING_VERB}\\b`,
  "i"
);
/** A verb of gathering right after the name's people: "Leaders of the OTS met". */
const VERB_AFTER = new RegExp(`^\\s+${GATHERING_VERB}\\b`, "i");
/** The people of the name before it: "Leaders of the", "The heads of state of the", "Foreign ministers of the". */
const PEOPLE_BEFORE =
  /\b(?:leaders|heads\s+of\s+state|heads\s+of\s+government|ministers|presidents|members|member\s+states)\s+of\s+(?:the\s+)?(?:six\s+|five\s+|\d+\s+)?$/i;

/**
 * Whether the organisation named at `start`–`end` of `text` is the one whose gathering the sentence tells (see the
 * module's description).
 */
export function gatheringOf(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  const before = text.slice(Math.max(0, start - 90), start);
  // (not a council's proper name: "the United Nations Security Council", "the UN Human Rights Council")
  const noun = NOUN_AFTER.exec(after);
  if (noun && !/\bCouncil$/.test(noun[0])) return true;
  if (NOUN_BEFORE.test(before)) return true;
  if (SUBJECT_AFTER.test(after)) return true;
  // ("Leaders of the OTS met in Astana", "hosted the leaders of the GCC and the five states at the first summit": its
  // people, gathered or at the sentence's gathering)
  if (PEOPLE_BEFORE.test(before) && (VERB_AFTER.test(after) || GATHERING_WORD.test(text))) return true;
  return false;
}
