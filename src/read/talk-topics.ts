/**
 * What a talk is about is no side of it. English names the other side of a verb of talking after "with" ("discussed
 * trade with China", "held talks with Aliyev"), after "to" right after "speak" or "talk" ("spoke to Wang Yi"), or as
 * the object of "consult"; it names the matter talked about as the object of "discuss", "debate" or "exchange
 * views", and after "on", "about", "over", "regarding", "concerning", "around", "including" or "such as" ("exchanged
 * views on regional affairs, including the situation in Afghanistan and Ukraine", "discussed Syria with Erdogan",
 * "held talks on Armenia"). An actor named there is a topic: neither the talkers' counterpart nor a party. Pure:
 * upper-case words in, a yes or no out.
 *
 * @module
 */
import {words} from "./word-set.js";

/**
 * Dictionary verbs of talking (the base forms of the verb dictionary's CONFER block and its kin). Not "review" or
 * "deliberate": what one reviews is often another's paper, and its author the act's other side ("reviewed
 * Kazakhstan's proposal", 014).
 */
const TALK_VERB = words(/^(DISCUSS|CONFER|CONSULT|TALK|SPEAK|CONVERSE|DEBATE|EXCHANGE)$/);
/** Of those, the verbs whose object is the matter talked about: "discussed Afghanistan", "debated the treaty". */
const TOPIC_OBJECT_VERB = words(/^(DISCUSS|DEBATE|EXCHANGE)$/);
/** What "exchange" exchanges when it is a talk ("exchanged views on …"), not goods, fire or prisoners. */
const TALKED_THINGS = words(/^(VIEWS|OPINIONS|IDEAS|INFORMATION|ASSESSMENTS|THOUGHTS)$/);
/** Words that tie the matter talked about to the talk. */
const TOPIC_TIE = words(/^(ON|ABOUT|OVER|REGARDING|CONCERNING|AROUND|INCLUDING|RE)$/);
/** Words that tie the other side to the talk ("with X", "between X and Y", "among X"). */
const PARTY_TIE = words(/^(WITH|BETWEEN|AMONG|AMONGST)$/);
/** Words that end the talk's own phrase: a clause or a sentence part of its own starts after them. */
const STOP = words(/^(;|:|BUT|WHILE|WHICH|WHO|WHOM|WHERE|WHEN|THAT)$/);

/** Whether the dictionary verb `base` at `last` (its last word) is a verb of talking. */
export function isTalkVerb(upper: readonly string[], base: string, last: number): boolean {
  if (!TALK_VERB.test(base)) return false;
  return base !== "EXCHANGE" || TALKED_THINGS.test(upper[last + 1] ?? "");
}

/**
 * Whether the actor group starting at `first`, after a verb of talking `base` ending at `last`, names what was talked
 * about: the nearest tie between them is a topic's ("on", "about", "including" …), or there is none and the verb's
 * object is its matter ("discussed Afghanistan", "exchanged views, the situation in X": not "consulted Russia"). A
 * party's tie ("with", "between") or "to" right after "speak"/"talk" makes it the other side.
 */
export function talkTopic(upper: readonly string[], base: string, last: number, first: number): boolean {
  if (!isTalkVerb(upper, base, last)) return false;
  for (let k = first - 1; k > last; --k) {
    const w = upper[k]!;
    if (PARTY_TIE.test(w)) return false;
    if (w === "TO" && k === last + 1 && /^(SPEAK|TALK)$/.test(base)) return false;
    if (TOPIC_TIE.test(w) || (w === "AS" && upper[k - 1] === "SUCH")) return true;
    // (past a clause's opening word the words are no longer the talk's: "discussed the route, which Iran …")
    if (STOP.test(w)) return false;
  }
  return TOPIC_OBJECT_VERB.test(base);
}
