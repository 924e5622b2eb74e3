/**
 * What a state's own form of government calls it, as news prose points back to it: "the Sultanate" (Oman), "the
 * Kingdom" (Saudi Arabia), "the Emirate" (Qatar), "the Grand Duchy" (Luxembourg). A knowledge table: each state's
 * form as its conventional long-form name gives it (the CIA World Factbook's "conventional long form" and the UN's
 * formal names of member states, UNTERM; public facts, written out for this project). "The Republic" is left out: most
 * states are republics, so the word tells no one state apart. Pure: a table and a lookup.
 *
 * @module
 */

/** Form noun (lower case) → the states (our codes) whose long-form name it heads. */
const FORMS: Readonly<Record<string, readonly string[]>> = {
  // Sultanate of Oman; Brunei Darussalam (a sultanate, "Nation of Brunei, the Abode of Peace")
  sultanate: ["OMN", "BRN"],
  // Kingdom of Saudi Arabia, of Bahrain, Hashemite Kingdom of Jordan, Kingdom of Morocco, United Kingdom, of Spain, of
  // the Netherlands, of Belgium, of Sweden, of Norway, of Denmark, of Thailand, of Cambodia, of Bhutan, of Lesotho,
  // of Eswatini, of Tonga
  kingdom: [
    "SAU",
    "BHR",
    "JOR",
    "MAR",
    "GBR",
    "ESP",
    "NLD",
    "BEL",
    "SWE",
    "NOR",
    "DNK",
    "THA",
    "KHM",
    "BTN",
    "LSO",
    "SWZ",
    "TON"
  ],
  // State of Qatar and State of Kuwait, emirates ruled by an emir; the United Arab Emirates is "the Emirates"
  emirate: ["QAT", "KWT"],
  emirates: ["ARE"],
  // Principality of Monaco, of Liechtenstein, of Andorra
  principality: ["MCO", "LIE", "AND"],
  "grand duchy": ["LUX"],
  // Islamic Republic of Iran, of Pakistan, of Mauritania
  "islamic republic": ["IRN", "PAK", "MRT"],
  // Swiss Confederation
  confederation: ["CHE"]
};

/** A state's form as a pointer: "the Sultanate", "the kingdom", "the Islamic Republic" (group 1: the form). */
export const STATE_FORM_POINTER =
  /\b[Tt]he\s+((?:[Ss]ultanate|[Kk]ingdom|[Ee]mirates?|[Pp]rincipality|[Gg]rand\s+[Dd]uchy|[Ii]slamic\s+[Rr]epublic|[Cc]onfederation))\b(?!\s+of\b)/;

/** The states a form noun ("Sultanate", "grand duchy") may point to, or none. */
export function statesOfForm(form: string): readonly string[] {
  return FORMS[form.toLowerCase().replace(/\s+/g, " ")] ?? [];
}
