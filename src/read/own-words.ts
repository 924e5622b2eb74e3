/**
 * A page in an office holder's own words (issue 10, session 24): a speech, a statement, a written answer, a post or a
 * thread whose speaker holds an office of state now. Its narration is the speaker's, not a journalist's: its "I" and
 * "we" act for the speaker's state ("Last month I signed …", "we agreed …", "Tomorrow I will meet …"), as an
 * interviewee's do in their answers (src/read/first-person.ts). The page says so in one of two ways: its title names
 * a speech by an office ("Speech by Minister of State X at …", "Remarks by the President at …", "Statement by the
 * Foreign Secretary"), or a line naming only an office stands under a person's name at its head ("Jane Roe" /
 * "Minister of Foreign Affairs of …"), as a speaker's card in a thread, a written answer or a post does.  Not a former
 * holder ("Former Ambassador of …": an op-ed's author speaks for no state), nor a deputy's or an expert's title, nor a
 * caption naming a person after the office ("President X at the summit"), nor a news headline ("Minister X visits
 * …"). Pure: the title and the page's lines in.
 *
 * @module
 * @example
 * ```ts
 * ownWordsOffice("Speech by Minister of State Jane Roe at the opening of the forum", []);
 * // {office: "Minister of State", line: "Speech by Minister of State Jane Roe at the opening of the forum"}
 * ```
 */

import {afterSpeechBy} from "./speech-title.js";
import {words} from "./word-set.js";

/** The office the page's speaker holds, and the line that named it. */
export interface OwnWords {
  /** The office as the page wrote it ("Minister of State", "Minister of Foreign Affairs of the Republic of X"). */
  office: string;
  line: string;
}

/**
 * An office of state whose holder speaks for the state (heads of state and government, ministers, envoys); not an
 * organisation's ("Secretary General", "High Representative", "Commissioner": their "we" is the organisation's).
 */
const OFFICE = String.raw`(?:(?:the\s+)?(?:(?:Federal|Prime|Foreign|Chief)\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|Minister|Secretary\s+of\s+State|Foreign\s+Secretary|Secretary(?![- ]General)|State\s+Secretary|Ambassador|Spokes(?:man|woman|person)|King|Emir|Head\s+of\s+State|Vice[- ]President))`;
/**
 * The office after "by" in a speech's title (speech-title.ts): "Minister of State X at …", "the President at …",
 * "the Foreign Minister", "Secretary Y", with the state or portfolio it is of ("Minister of Foreign Affairs of the
 * Republic of X").
 */
const OFFICE_BY = new RegExp(
  String.raw`^(${OFFICE}(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|the)\s+){0,2}\p{Lu}[\p{L}'’-]*){0,5})?)(?=\s|,|:|$)`,
  "u"
);
/** A line that is only an office: "Minister of Foreign Affairs of the Republic of X", "Minister of State (…)". */
const OFFICE_LINE = new RegExp(String.raw`^(${OFFICE})(?:\s+(?:of|for|to)\s+[^.!?]*|\s*\([^()]*\))?$`, "u");
/**
 * Two capitalised words closing a line: a person's name after the office ("President of X Jane Roe", a caption),
 * unless they are a state's, a body's or a portfolio's words ("Foreign Affairs", "Russian Federation").
 */
const NAME_AT_END = /\p{Lu}[\p{Ll}'’-]+\s+(\p{Lu}[\p{Ll}'’-]+)$/u;
const INSTITUTION_WORD = words(
  /^(?:Affairs|Development|Office|Cooperation|Federation|Kingdom|Republic|States|Emirates|Union|Nations|Trade|Relations|Commonwealth|Security|Policy|Economy|Defen[cs]e|Energy|Finance|Investment|Integration|Government|Council|Commission|Ministry|Department)$/
);
/** A person's name as a line of its own: two to four capitalised words, a courtesy title before them at most. */
const NAME_LINE =
  /^(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Lord|Lady|H\.?E\.?)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * The office of the page's speaker when the page is an office holder's own words (see the module), or undefined:
 * from its title, or a line of its head, that names a speech by an office; else from a line that names only an
 * office at most three lines under a line that is a person's name, in its head (masthead, byline, header lines) or
 * its body's paragraphs (a written answer's, a signed statement's card).
 */
export function ownWordsOffice(
  title: string | undefined,
  head: readonly string[],
  body: readonly string[] = []
): OwnWords | undefined {
  for (const line of [...(title ? [title] : []), ...head]) {
    const t = line.trim();
    const rest = afterSpeechBy(t);
    const m = rest === undefined ? null : OFFICE_BY.exec(rest);
    if (!m) continue;
    // (the holder's name after the office is no part of it: "Minister of State Jane Roe")
    let held = m[1]!.replace(/^the\s+/i, "");
    const name = /\s+\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+$/u.exec(held);
    if (name && / of /.test(held) && !INSTITUTION_WORD.test(name[0].trim().split(/\s+/)[1]!))
      held = held.slice(0, name.index);
    return {office: held, line: t};
  }
  const lines = [...head, ...body];
  for (let k = 0; k < lines.length; ++k) {
    const line = lines[k]!.trim();
    if (line.split(/\s+/).length > 14 || !OFFICE_LINE.test(line)) continue;
    // (a caption names the person after the office: "President of X Jane Roe")
    const end = NAME_AT_END.exec(line);
    if (end && !INSTITUTION_WORD.test(end[1]!)) continue;
    const named = lines
      .slice(Math.max(0, k - 3), k)
      .some((l) => NAME_LINE.test(l.trim()) && !OFFICE_LINE.test(l.trim()));
    if (named) return {office: line, line};
  }
  return undefined;
}

/**
 * The state the page names most so far: two mentions at least, more than any other state's (a speech names its
 * speaker's state more than any partner: "Germany and Central Asia", "here in Berlin"). `states` tells a state's code.
 */
export function leadingStateIn(
  counts: ReadonlyMap<string, number>,
  states: (code: string) => boolean
): string | undefined {
  let top: string | undefined;
  let most = 0;
  let tie = false;
  counts.forEach((n, code) => {
    if (!states(code)) return;
    if (n > most) {
      top = code;
      most = n;
      tie = false;
    } else if (n === most) tie = true;
  });
  return most >= 2 && !tie ? top : undefined;
}
