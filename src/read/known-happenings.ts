/**
 * Happenings every reader of foreign-policy news knows the date of, and that news names by a noun without its month:
 * "since Russia's full-scale invasion of Ukraine in 2022", "after Russia's annexation of Crimea (2014)". The text gives
 * the year at most; the happening itself has a day, and the reader of the page knows it. An act the coder reads from
 * such a noun, between the happening's sides, dated by no more than the happening's year (or by the page alone, the
 * noun naming no time), is of the happening's day (rule "known-happening"). A time the sentence gives that is not the
 * happening's year ("a second invasion in 2030") is left as it is.
 *
 * Each row cites where its date is established; add a row only with its source.
 *
 * @module
 * @example
 * ```ts
 * knownHappening("RUS", "UKR", "invasion", "since Russia's invasion of Ukraine in 2022"); // {date: "2022-02-24", …}
 * knownHappening("RUS", "UKR", "annexation", "Russia's annexation of four regions"); // undefined
 * ```
 */

/** A happening known by its noun and its sides, with its day and the source of that day. */
export interface KnownHappening {
  source: string;
  target: string;
  /** The noun the coder read the act from (its whole word, lower case). */
  nouns: readonly string[];
  /** What the sentence must name besides ("Crimea": an annexation of other regions is another happening). */
  named?: RegExp;
  date: string;
  precision: "day" | "month";
  /** Where the date is established. */
  cited: string;
}

export const KNOWN_HAPPENINGS: readonly KnownHappening[] = [
  {
    source: "RUS",
    target: "UKR",
    nouns: ["invasion", "full-scale invasion"],
    date: "2022-02-24",
    precision: "day",
    cited:
      "UN General Assembly resolution ES-11/1, 'Aggression against Ukraine' (A/RES/ES-11/1, 2 March 2022): 'the 24 February 2022 declaration by the Russian Federation of a \"special military operation\" in Ukraine'"
  },
  {
    source: "RUS",
    target: "UKR",
    nouns: ["annexation"],
    named: /\bCrimea/,
    date: "2014-03-18",
    precision: "day",
    cited:
      "UN General Assembly resolution 68/262, 'Territorial integrity of Ukraine' (A/RES/68/262, 27 March 2014), on the referendum of 16 March 2014; the treaty incorporating Crimea into the Russian Federation was signed in Moscow on 18 March 2014 (Kremlin, 'Agreement on the accession of the Republic of Crimea to the Russian Federation signed', 18 March 2014)"
  }
];

/** The known happening an act told by `noun` from `source` to `target` in `sentence` is, if any. */
export function knownHappening(
  source: string,
  target: string,
  noun: string,
  sentence: string
): KnownHappening | undefined {
  const n = noun.toLowerCase().replace(/\s+/g, " ").trim();
  return KNOWN_HAPPENINGS.find(
    (h) => h.source === source && h.target === target && h.nouns.includes(n) && (!h.named || h.named.test(sentence))
  );
}
