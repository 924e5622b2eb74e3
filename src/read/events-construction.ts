/**
 * The start of building a route named by the states it joins, told by a noun with a time of its own: "the construction
 * of the China–Kyrgyzstan–Uzbekistan railway, launched with a ceremony in Jalal-Abad in December 2024", "Construction
 * of the Latvia–Estonia railway began in 2024", "The railway from Poland through Lithuania to Latvia, whose
 * construction began last December". The first two states the route names started it together (CAMEO 061, economic
 * cooperation, as "A and B launched construction of the railway" is read), on the time of its own phrase.
 * Said the active way for the coder ("<A> and <B> launched construction of the railway <time>").
 *
 * Read only for a route noun (railway, pipeline, road, highway, corridor, canal, bridge, power or transmission line,
 * tunnel) whose phrase names two states or more, and a start told as past: a reduced relative's participle or a
 * passive ("launched", "started", "begun") or a past verb ("began", "started", "got under way") right after the
 * route, or "whose construction began" after it, with a time of its own. Not a plan ("is to begin in 2026", "will
 * start next year"), not a start with no time ("construction has begun"), not a route whose phrase names one state.
 *
 * @module
 */
import type {AnaphoraMention} from "./anaphora.js";
import {PAST_TIME} from "./events-signed-paper.js";
import {cue} from "./cue.js";

/** A route's start of construction found in a sentence, with the two states that started it. */
export interface ConstructionStart {
  /** Where the start's word stands in the sentence as written: every event of the copy is placed there. */
  at: number;
  end: number;
  /** The first two states the route names, in the text's order. */
  codes: [string, string];
  /** The active copy: "<A> and <B> launched construction of the railway <time>." */
  copy: (names: readonly [string, string]) => string;
}

const ROUTE =
  "(?:railway|railroad|rail\\s+line|pipeline|road|highway|motorway|corridor|canal|bridge|power\\s+line|transmission\\s+line|tunnel)";
/** "construction of the A–B–C railway", then its start: group 1 the route's phrase, group 2 the start's word. */
const NOUN_START = cue(
  new RegExp(
    `\\b[Cc]onstruction\\s+of\\s+((?:the\\s+|a\\s+|an\\s+)?[^,;.()]{0,80}?\\b${ROUTE})\\b` +
      `(?:\\s*,\\s*|\\s+(?:was|were|had\\s+been)\\s+|\\s+)(?:officially\\s+|formally\\s+)?` +
      `(launched|started|begun|began|got\\s+under\\s+way)\\b([^,;.]{0,60}?)\\s*(${PAST_TIME.source})`,
    "gu"
  )
);
/** "The railway from A through B to C, whose construction began last December": group 1 the route, 2 the word. */
const WHOSE_START = cue(
  new RegExp(
    `((?:^|\\b[Tt]he\\s+|\\b[Aa]n?\\s+)[^,;.()]{0,80}?\\b${ROUTE}\\b[^,;.()]{0,80}?),\\s+whose\\s+construction\\s+` +
      `(began|started|was\\s+launched|got\\s+under\\s+way)\\b([^,;.]{0,60}?)\\s*(${PAST_TIME.source})`,
    "gu"
  )
);

/**
 * `text`'s first start of a route's construction with a time of its own, or undefined. `isState` says which codes are
 * states; `mentions` are the sentence's (offsets into it).
 */
export function constructionStart(
  text: string,
  mentions: readonly AnaphoraMention[],
  isState: (code: string) => boolean
): ConstructionStart | undefined {
  for (const re of [NOUN_START, WHOSE_START]) {
    re.lastIndex = 0;
    for (let hit = re.exec(text); hit; hit = re.exec(text)) {
      const route = hit[1]!;
      const from = hit.index + hit[0].indexOf(route);
      const codes: string[] = [];
      for (const m of mentions)
        if (m.start >= from && m.end <= from + route.length && isState(m.code) && !codes.includes(m.code))
          codes.push(m.code);
      if (codes.length < 2) continue;
      const word = hit[2]!;
      const at = hit.index + hit[0].lastIndexOf(word, hit[0].length - hit[3]!.length - hit[4]!.length);
      const time = hit[4]!;
      return {
        at,
        end: at + word.length,
        codes: [codes[0]!, codes[1]!],
        copy: (names) => `${names[0]} and ${names[1]} launched construction of the route ${time}.`
      };
    }
  }
  return undefined;
}
