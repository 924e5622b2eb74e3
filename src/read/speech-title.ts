/**
 * A title that names a speech or a statement and who gave it: "Speech by Minister of State Jane Roe at the opening of
 * the Forum", "Keynote address by Foreign Minister Jane Roe to the Council", "Remarks by the President at …", "Written
 * answer by the Foreign Secretary". What follows "by" is read twice: for the person who is the page's writer
 * (speech-giver.ts) and for the office whose "I" and "we" act for a state (own-words.ts). Pure.
 *
 * @module
 * @example
 * ```ts
 * afterSpeechBy("Keynote address by Foreign Minister Jane Roe to the Council"); // "Foreign Minister Jane Roe to the Council"
 * afterSpeechBy("Minister visits Astana"); // undefined
 * ```
 */

/** The speech's kind ("Keynote address", "Remarks", "Op-ed", "Written answer") and "by" at the start of a title. */
const SPEECH_KIND_BY =
  /^(?:(?:keynote|opening|closing|welcome|welcoming|introductory|inaugural|video|written|policy|press|joint)\s+)?(?:speech|address|remarks|statement|message|lecture|toast|op-ed|article|answer|keynote)\s+(?:(?:delivered|given|made)\s+)?by\s+/i;

/** What follows "by" in a title that names a speech or a statement, or undefined for any other title. */
export function afterSpeechBy(title: string): string | undefined {
  const t = title.trim();
  const m = SPEECH_KIND_BY.exec(t);
  return m ? t.slice(m[0].length) : undefined;
}
