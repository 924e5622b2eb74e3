/**
 * A future told with a point of the calendar: "The prime minister will return to the capital tomorrow.", "X is expected
 * to meet Y in Brussels later this month", "The ministers are due to gather in Tokyo in October", "The next decision
 * will be announced on 6 October at 12:00". A future act pinned to a day, a weekday, a named month or a near "next …"
 * is an itinerary or a timetable, told by whoever keeps it: a plan, not a forecast, whatever its verb ("leave",
 * "return", "gather", "celebrate", "conclude", "be announced"). A change of a quantity is still foreseen when it is
 * dated ("inflation will slow to 8 percent in October"), and an indefinite time ("by 2030", "in the coming years",
 * "one day") pins nothing.
 *
 * @module
 */
import {matchesOf} from "./each-match.js";

const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;

/** A point of the calendar: a weekday, a day of a month, a named month, "tomorrow", "next week", "later this month". */
const POINT = String.raw`(?:(?:on\s+|this\s+|next\s+|until\s+|by\s+)?${WEEKDAY}(?:['’]s)?|tomorrow|tonight|the\s+day\s+after\s+tomorrow|(?:later|earlier)\s+(?:this|in\s+the)\s+(?:week|month)|next\s+(?:week|month)|this\s+(?:week|weekend)|(?:in|on|from|until|by|at\s+the\s+(?:start|end)\s+of)\s+(?:early\s+|mid-|late\s+)?${MONTH}\b(?!\s+(?:19|20)\d{2}\b)|(?:on|from|until|by)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}|(?:on|from|until|by)\s+${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b)`;

/**
 * The future of a main clause: "will", "shall", "is to", "is expected / due / scheduled / set to" (also in the past:
 * "was due to", "were expected to"), with any adverb ("instead", "now", "also") and the verb that follows (group 1).
 */
const FUTURE = String.raw`\b(?:will|shall|(?:is|are|was|were)\s+(?:(?:now|also|still|then)\s+)?(?:expected|due|scheduled|set|slated|to)(?:\s+to)?)\s+(?:(?:instead|now|also|then|first|again|later|still|not|formally|officially)\s+){0,2}(?:be\s+)?([\p{L}-]+)`;

/** Verbs of a quantity's change: a dated change is foreseen, not scheduled ("prices will rise in March"). */
const CHANGE =
  /^(?:reach|reached|rise|risen|fall|fallen|grow|grown|exceed|exceeded|double|doubled|triple|tripled|increase|increased|decrease|decreased|decline|declined|drop|dropped|slow|slowed|accelerate|accelerated|cost|top|surpass|surpassed|climb|climbed|shrink|shrunk|expand|expanded|contract|contracted|recover|recovered|peak|average|total|amount|hit|remain|stay|become|be|have|need|want|hurt|help|change|affect|lead|bring|make|cause|trigger|cut)$/i;

const FUTURES = new RegExp(FUTURE, "giu");
const AFTER_POINT = new RegExp(String.raw`\b${POINT}`, "iu");

/** A verb of saying: a point of the calendar before it dates the saying ("On Tuesday the minister said …"). */
const SAYING =
  /\b(?:said|says|say|told|tells|announced|announces|stated|states|added|reported|confirmed|declared|noted|wrote|writes)\b/i;
const SAYINGS = new RegExp(SAYING.source, "gi");
/** A trailing attribution: ", officials in Astana said on Tuesday", ", the ministry told reporters". */
const ATTRIBUTION = new RegExp(String.raw`,\s+(?:[^,]{1,60}?\s)?${SAYING.source}.*$`, "iu");
/** Where a coordinated clause begins: ", and …", ", but …", "; …". */
const CLAUSE_START = /,\s*(?:and|but|while|whereas|yet)\s|;\s*/giu;
/** A relative clause set off by a comma, to its end or to the next comma. */
const RELATIVE_TO_END = /,\s*(?:which|who|whom|whose|when)\b.*$/iu;
const RELATIVE_BETWEEN = /,\s*(?:which|who|whom|whose|when)\b[^,]*,/giu;

/** A relative pronoun just before a future: "which will …", "who is due to …", "where he is expected to …". */
const RELATIVE_BEFORE = /\b(?:which|who|whom|whose\s+[\p{L}-]+|,\s*where)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;

/**
 * Whether the sentence tells its futures at points of the calendar (a schedule): each main clause's future ("will",
 * "is expected to", "is due to") has a verb that is no change of quantity and a weekday, a day, a named month,
 * "tomorrow" or a near "next …" in its own clause — after it (up to the next future, an attribution or a relative
 * clause), or before it (after the last verb of saying or the start of its clause: "announced that from 1 March the
 * export … will need a permit", "On Friday the leaders will …"). A sentence with one future left unpinned ("The leaders
 * will meet on Friday, and the talks will likely fail.") foresees.
 */
export function calendarFuture(sentence: string): boolean {
  const all = [...matchesOf(FUTURES, sentence)];
  // (a future inside a relative clause describes its noun, "the summit, which will be chaired by X": no clause of its own)
  const futures = all.filter((m) => !RELATIVE_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index)));
  if (futures.length === 0) return false;
  return futures.every((m) => {
    if (CHANGE.test(m[1]!)) return false;
    const end = all[all.indexOf(m) + 1]?.index ?? sentence.length;
    // (after it, the clause ends at a trailing attribution, "…, officials said on Tuesday" dating the saying, and at a
    // relative clause, "…, which the two firms signed on 11 February" dating its own act)
    const after = sentence
      .slice(m.index + m[0].length, end)
      .split(/[;!?]/)[0]!
      .replace(ATTRIBUTION, "")
      .replace(RELATIVE_TO_END, "");
    // (before it, not inside a relative clause: "The leaders, who met on Monday, will …")
    const lead = sentence.slice(0, m.index);
    const from = Math.max(
      0,
      ...[...matchesOf(SAYINGS, lead), ...matchesOf(CLAUSE_START, lead)].map((c) => c.index + c[0].length)
    );
    const before = lead.slice(from).replace(RELATIVE_BETWEEN, ",");
    return AFTER_POINT.test(before) || AFTER_POINT.test(after);
  });
}
