/**
 * Ordinal words and their numbers: "fifth" 5, "fifteenth" 15, "twenty-fifth" 25, "fortieth" 40. One table for every
 * reader of ordinals (figures' "the sixth meeting", dates' "the twenty-fifth anniversary of").
 */
const SIMPLE: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100
};
/** The tens as words ("twenty" 20 … "ninety" 90): the first part of a compound ordinal, and figures' word numbers. */
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90
};
const UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];

/**
 * An ordinal written as a word, compounds first ("twenty-fifth", "thirty first"), the longer simple words before their
 * prefixes ("sixteenth" before "sixth"). Used inside a pattern with the boundaries the caller needs: `(?<![\p{L}-])`
 * before it keeps "fifth" out of "twenty-fifth".
 */
export const ORDINAL_WORD = `(?:(?:${Object.keys(TENS).join("|")})[-\\s](?:${UNITS.join("|")})|${Object.keys(SIMPLE)
  .sort((a, b) => b.length - a.length)
  .join("|")})`;

/** The number of an ordinal word ("Twenty-Fifth" 25, "fifteenth" 15), or undefined when it is none. */
export function ordinalValue(word: string): number | undefined {
  const w = word.toLowerCase();
  const simple = SIMPLE[w];
  if (simple !== undefined) return simple;
  const [tens, unit] = w.split(/[-\s]+/);
  const t = TENS[tens ?? ""];
  const u = unit === undefined ? undefined : SIMPLE[unit];
  return t !== undefined && u !== undefined && u < 10 ? t + u : undefined;
}
