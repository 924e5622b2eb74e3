/**
 * A journey's stops. News, releases and written answers tell a journey once, with its time ("The Foreign Secretary
 * visited Astana and Tashkent in November 2025.", "When President Yoon toured Turkmenistan, Kazakhstan and Uzbekistan in
 * June 2024, …", "Macron visited Astana on 1 November and Samarkand on 2 November."), and then what the traveller did at
 * each stop in a sentence that opens with the stop and names no time of its own ("In Astana she signed …", "In
 * Tashkent, Korea pledged …"): those acts are of the journey's time — of the stop's own time when the journey gives each
 * stop one — not of the page's day, however long after the journey the page is.
 *
 * The stop's sentence opens with "In <place>" (or "While in", "During his visit to"); the journey is a sentence up to
 * three before it that tells a travel ("visited", "toured", "travelled to", "trip", "arrived in") with a time of its own,
 * not after the page and not told in a relative clause, and names the place or its state; no sentence between them
 * tells a time of its own (the story has moved on). This module finds the journey; the reader then dates by it only an
 * act between the traveller and the stop's state (src/read/document.ts: "In Astana, the Kazakh ministry summoned the
 * Russian ambassador" after a visit to Astana is another act at the same place, not the journey's).
 *
 * @module
 * @example
 * ```ts
 * const texts = ["The minister visited Astana and Tashkent in November 2025.", "In Astana she signed an agreement."];
 * journeyStop((b) => texts[b]!, 1, "Astana", dates, datesOf, placeCode, codesOf, "2026-02-10", () => false);
 * // {sentence: 0, place: "Astana", code: "KAZ", date: {date: "2025-11-01", precision: "month", …}}
 * ```
 */
import type {ResolvedDate} from "./dates.js";

/**
 * A stop opening its sentence ("In Astana(,)", "While in Tashkent,", "During her visit to Bishkek,") or a clause joined
 * by "and" or a semicolon ("…, and in Tashkent she agreed …").
 */
const STOP =
  /(?:^|[,;]\s*and\s+|;\s*)(?:[Ii]n|[Ww]hile\s+in|[Dd]uring\s+(?:his|her|their|the)\s+(?:stay|visit|stop|time)\s+(?:in|to))\s+((?:[A-Z][\p{L}'’-]+)(?:\s+[A-Z][\p{L}'’-]+){0,2})(?=\s*,|\s+(?:the|she|he|they|it|[A-Z]))/gu;

/** The stops a sentence opens its clauses with, and where each is named. */
export function stopsOf(text: string): {place: string; at: number}[] {
  return [...text.matchAll(STOP)].map((m) => ({place: m[1]!, at: m.index! + m[0].length - m[1]!.length}));
}

/** A verb or noun of travel: the journey's sentence. */
const TRAVEL =
  /\b(?:visit(?:ed|s|ing)?|tour(?:ed|s|ing)?|travell?(?:ed|s|ing)|trip|journey|went\s+to|flew\s+to|arrived\s+in|stopp?(?:ed|s)?\s+in|swing\s+through)\b/i;

/** The journey a stop's sentence continues: its sentence, the stop's place, and the stop's time. */
export interface JourneyStop {
  /** The journey's sentence. */
  sentence: number;
  /** The stop as the sentence names it ("Astana"). */
  place: string;
  /** The stop's actor code (the state the place is in). */
  code: string;
  date: ResolvedDate;
}

/**
 * The journey sentence `i` tells `place` (a stop it names: stopsOf) as a stop of, if any. `textOf(b)` is sentence b's
 * text, `dates` are the sentences' own dates (precision "article" for one
 * naming none), `datesOf(b)` every date of sentence b, `placeCode(name)` the state a place stands for, `codesOf(b)`
 * the states sentence b names (with where), `background(b, at)` whether sentence b's date at `at` is a relative
 * clause's.
 */
export function journeyStop(
  textOf: (b: number) => string,
  i: number,
  place: string,
  dates: readonly (ResolvedDate | undefined)[],
  datesOf: (b: number) => readonly ResolvedDate[],
  placeCode: (name: string) => string | undefined,
  codesOf: (b: number) => readonly {code: string; start: number}[],
  pageDate: string | undefined,
  background: (b: number, at: number) => boolean
): JourneyStop | undefined {
  const code = placeCode(place);
  if (!code) return undefined;
  for (let b = i - 1; b >= Math.max(0, i - 3); --b) {
    const own = dates[b];
    const told = own !== undefined && own.precision !== "article";
    if (told && TRAVEL.test(textOf(b))) {
      // (the place itself, else its state, named in the journey's sentence)
      const word = new RegExp(`(?<![\\p{L}])${place.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").exec(
        textOf(b)
      );
      const at = word ? word.index : codesOf(b).find((c) => c.code === code)?.start;
      if (at === undefined) return undefined;
      const usable = datesOf(b).filter(
        (d) =>
          d.start !== undefined &&
          d.precision !== "article" &&
          !(pageDate !== undefined && d.date > pageDate) &&
          !background(b, d.start)
      );
      // (the stop's own time: the first told after it, else the last before it — "visited Astana on 1 November and
      // Samarkand on 2 November", "In June 2024, Yoon toured Turkmenistan, Kazakhstan and Uzbekistan")
      const date = usable.find((d) => d.start! > at) ?? usable.filter((d) => d.start! < at).at(-1);
      return date ? {sentence: b, place, code, date} : undefined;
    }
    // (a time told between the journey and the stop: the story has moved on)
    if (told) return undefined;
  }
  return undefined;
}
