/**
 * Figures: amounts with their units, what they measure and the year they refer to, read from the
 * sentences of a body. Money ("$42.3 billion", "5 trillion tenge"), shares ("30 percent", "12%"),
 * physical measures ("2.5 million tonnes", "800 km", "1.2 million TEU", "90,000 barrels per day"),
 * counts of things ("four nuclear-armed states", "about 50 enterprises", "thousands of joint
 * ventures") and ordinals of recurring meetings ("the sixth consultative meeting"). Years, dates,
 * durations ("ten years") and citation numbers are not figures.
 *
 * @module
 * @example
 * ```ts
 * readFigures([{index: 0, start: 0, end: 60, text: "Trade reached $42.3 billion in 2023."}], [[]], {sourceId: "s"});
 * // [{value: 42.3, unit: "billion USD", amount: 42300000000, what: "Trade", year: 2023, …}]
 * ```
 */
import type {Figure} from "../domain/index.js";
import type {ActorMention} from "./gazetteer.js";
import type {TextSentence} from "./sentences.js";
import {plainTest} from "./plain-regex.js";
import {eachMatch} from "./each-match.js";
import {MONTH_NAMES, namesDate, YEAR_HEADING} from "./dates.js";
import {ORDINAL_WORD, ordinalValue, TENS} from "./ordinals.js";
import {cue} from "./cue.js";
import {thirdPersonForm} from "./dictionaries/verbs.js";

const WORD_NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  ...TENS,
  hundred: 100,
  "a hundred": 100,
  "a dozen": 12,
  "a thousand": 1000
};
/** Plural quantity words: "thousands of joint ventures" (approximate). */
const VAGUE: Record<string, number> = {
  dozens: 24,
  hundreds: 100,
  thousands: 1000,
  "tens of thousands": 10000,
  "hundreds of thousands": 100000,
  millions: 1e6
};
/** Scale words and their abbreviations ("bln"), each with the word it stands for and its factor. */
const SCALE_WORDS: Record<string, readonly [name: string, factor: number]> = {
  thousand: ["thousand", 1e3],
  k: ["thousand", 1e3],
  million: ["million", 1e6],
  mln: ["million", 1e6],
  mn: ["million", 1e6],
  m: ["million", 1e6],
  billion: ["billion", 1e9],
  bn: ["billion", 1e9],
  bln: ["billion", 1e9],
  b: ["billion", 1e9],
  trillion: ["trillion", 1e12],
  // the Indian numbering of South Asian papers: a lakh is 100,000, a crore ten million ("Rs 9,500 crore")
  lakh: ["lakh", 1e5],
  lakhs: ["lakh", 1e5],
  crore: ["crore", 1e7],
  crores: ["crore", 1e7],
  tn: ["trillion", 1e12],
  trn: ["trillion", 1e12],
  trln: ["trillion", 1e12]
};
const SCALES: Record<string, number> = Object.fromEntries(Object.entries(SCALE_WORDS).map(([w, [, f]]) => [w, f]));
/** The abbreviations' words: "bln" → "billion". */
const SCALE_NAMES: Record<string, string> = Object.fromEntries(
  Object.entries(SCALE_WORDS)
    .filter(([w, [name]]) => w !== name)
    .map(([w, [name]]) => [w, name])
);
const CURRENCY_SIGNS: Record<string, string> = {
  US$: "USD",
  // ("$US2.6 billion": the Australian and New Zealand press's form of US dollars, set apart from its own "$")
  $US: "USD",
  AU$: "AUD",
  // the dollars of other states, written with the state's letters before the sign
  HK$: "HKD",
  S$: "SGD",
  A$: "AUD",
  C$: "CAD",
  NZ$: "NZD",
  R$: "BRL",
  $: "USD",
  "€": "EUR",
  "£": "GBP",
  // (the yen's sign, and the yuan's on a Chinese page or one that writes yuan: see pageYen)
  "¥": "JPY",
  "₸": "KZT",
  "₽": "RUB",
  "₹": "INR"
};
const CURRENCY_WORDS: Record<string, string> = {
  dollar: "USD",
  dollars: "USD",
  usd: "USD",
  euro: "EUR",
  euros: "EUR",
  eur: "EUR",
  ruble: "RUB",
  rubles: "RUB",
  rouble: "RUB",
  roubles: "RUB",
  rub: "RUB",
  tenge: "KZT",
  kzt: "KZT",
  yuan: "CNY",
  cny: "CNY",
  rmb: "CNY",
  soum: "UZS",
  soums: "UZS",
  sum: "UZS",
  sums: "UZS",
  uzs: "UZS",
  som: "KGS",
  soms: "KGS",
  kgs: "KGS",
  somoni: "TJS",
  tjs: "TJS",
  manat: "TMT",
  manats: "TMT",
  lira: "TRY",
  pounds: "GBP",
  yen: "JPY",
  jpy: "JPY",
  krw: "KRW",
  rupees: "INR",
  rupee: "INR",
  inr: "INR",
  dirhams: "AED",
  dirham: "AED",
  riyals: "SAR",
  riyal: "SAR",
  lari: "GEL",
  drams: "AMD",
  dram: "AMD",
  hryvnias: "UAH",
  hryvnia: "UAH",
  tugriks: "MNT",
  tugrik: "MNT",
  francs: "CHF",
  // (session 32: currencies of trade news the list lacked, each one state's)
  forint: "HUF",
  forints: "HUF",
  zloty: "PLN",
  zlotys: "PLN",
  złoty: "PLN",
  naira: "NGN",
  ringgit: "MYR",
  rupiah: "IDR",
  baht: "THB",
  taka: "BDT",
  shekel: "ILS",
  shekels: "ILS",
  afghani: "AFN",
  afghanis: "AFN",
  leva: "BGN",
  lei: "RON",
  rand: "ZAR",
  reais: "BRL",
  denars: "MKD",
  dong: "VND",
  kyats: "MMK",
  // (the currencies several states call by one name: the page's home state's, or the state's adjective before it;
  // else the name as written: see HOME_CURRENCY)
  dinar: "dinars",
  dinars: "dinars",
  rial: "rials",
  rials: "rials",
  kroner: "kroner",
  kronor: "kronor",
  krona: "kronor",
  krone: "kroner",
  korunas: "korunas",
  koruna: "korunas",
  pesos: "pesos"
};

/**
 * The currency a name several states share stands for on a page whose home is one of them (session 32): "KD 30 million"
 * aside, a Kuwaiti agency writes "30 million dinars", a Czech wire "2.9 billion crowns" (ISO 4217 codes by the state's
 * code).
 */
const HOME_CURRENCY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  dinars: {KWT: "KWD", BHR: "BHD", JOR: "JOD", IRQ: "IQD", SRB: "RSD", DZA: "DZD", TUN: "TND", LBY: "LYD"},
  rials: {IRN: "IRR", OMN: "OMR", YEM: "YER", SAU: "SAR", QAT: "QAR"},
  crowns: {CZE: "CZK", DNK: "DKK", SWE: "SEK", NOR: "NOK", ISL: "ISK"},
  kroner: {DNK: "DKK", NOR: "NOK"},
  kronor: {SWE: "SEK", ISL: "ISK"},
  korunas: {CZE: "CZK"},
  pesos: {MEX: "MXN", PHL: "PHP", CHL: "CLP", ARG: "ARS", COL: "COP", URY: "UYU", CUB: "CUP", DOM: "DOP"}
};

/**
 * A state's adjective before a currency's name ("30 million Kuwaiti dinars", "2 billion Czech crowns", "500 million
 * Canadian dollars"): that state's currency (the name in the singular after the adjective).
 */
const STATE_CURRENCY: Readonly<Record<string, string>> = {
  "kuwaiti dinar": "KWD",
  "bahraini dinar": "BHD",
  "jordanian dinar": "JOD",
  "iraqi dinar": "IQD",
  "serbian dinar": "RSD",
  "algerian dinar": "DZD",
  "tunisian dinar": "TND",
  "libyan dinar": "LYD",
  "saudi riyal": "SAR",
  "saudi rial": "SAR",
  "qatari riyal": "QAR",
  "qatari rial": "QAR",
  "omani rial": "OMR",
  "iranian rial": "IRR",
  "yemeni rial": "YER",
  "uae dirham": "AED",
  "emirati dirham": "AED",
  "moroccan dirham": "MAD",
  "czech crown": "CZK",
  "czech koruna": "CZK",
  "danish krone": "DKK",
  "danish crown": "DKK",
  "norwegian krone": "NOK",
  "norwegian crown": "NOK",
  "swedish krona": "SEK",
  "swedish crown": "SEK",
  "icelandic krona": "ISK",
  "egyptian pound": "EGP",
  "lebanese pound": "LBP",
  "syrian pound": "SYP",
  "sudanese pound": "SDG",
  "british pound": "GBP",
  "mexican peso": "MXN",
  "philippine peso": "PHP",
  "chilean peso": "CLP",
  "argentine peso": "ARS",
  "colombian peso": "COP",
  "canadian dollar": "CAD",
  "australian dollar": "AUD",
  "new zealand dollar": "NZD",
  "hong kong dollar": "HKD",
  "singapore dollar": "SGD",
  "taiwan dollar": "TWD",
  "new taiwan dollar": "TWD",
  "american dollar": "USD",
  "swiss franc": "CHF",
  "turkish lira": "TRY",
  "indian rupee": "INR",
  "pakistani rupee": "PKR",
  "sri lankan rupee": "LKR",
  "nepalese rupee": "NPR",
  "south korean won": "KRW",
  "korean won": "KRW",
  "japanese yen": "JPY",
  "chinese yuan": "CNY",
  "russian rouble": "RUB",
  "russian ruble": "RUB",
  "kazakh tenge": "KZT",
  "uzbek sum": "UZS",
  "uzbek soum": "UZS",
  "kyrgyz som": "KGS",
  "tajik somoni": "TJS",
  "turkmen manat": "TMT",
  "azerbaijani manat": "AZN",
  "georgian lari": "GEL",
  "armenian dram": "AMD",
  "mongolian tugrik": "MNT",
  "ukrainian hryvnia": "UAH",
  "belarusian rouble": "BYN",
  "belarusian ruble": "BYN",
  "hungarian forint": "HUF",
  "polish zloty": "PLN",
  "romanian leu": "RON",
  "bulgarian lev": "BGN",
  "malaysian ringgit": "MYR",
  "indonesian rupiah": "IDR",
  "thai baht": "THB",
  "brazilian real": "BRL",
  "south african rand": "ZAR",
  "nigerian naira": "NGN",
  "israeli shekel": "ILS",
  "afghan afghani": "AFN"
};
/** A state currency's name in the plural, or as some write it in the singular. */
const STATE_CURRENCY_NOUN = String.raw`(?:dinars?|riy?als?|dirhams?|crowns?|korun(?:a|as|y)|kron(?:e|er|a|or)|pounds?|pesos?|dollars?|francs?|liras?|rupees?|won|yen|yuan|r[ou]ubles?|tenge|sums?|soums?|soms?|somoni|manats?|lari|drams?|tugriks?|hryvnias?|forints?|zlotys?|lei|leu|leva|lev|ringgit|rupiah|baht|reais|real|rand|naira|shekels?|afghanis?)`;
const STATE_CURRENCY_ADJ = [...new Set(Object.keys(STATE_CURRENCY).map((k) => k.replace(/\s+\S+$/, "")))]
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/\s+/g, "\\s+"))
  .join("|");

/** The state's currency of "Kuwaiti dinars", "Czech crowns", "Canadian dollars"; undefined for a pair not listed. */
function stateCurrency(adjective: string, noun: string): string | undefined {
  const n = noun.toLowerCase();
  const singular = /^(?:lei|leva|reais)$/.test(n)
    ? {lei: "leu", leva: "lev", reais: "real"}[n as "lei" | "leva" | "reais"]
    : n
        .replace(/(?<=kron)(?:er|or)$/, (x) => (x === "er" ? "e" : "a"))
        .replace(/(?<=korun)(?:as|y)$/, "a")
        .replace(/s$/, "");
  return STATE_CURRENCY[`${adjective.toLowerCase().replace(/\s+/g, " ")} ${singular}`];
}
/** ISO 4217 codes written before an amount ("USD 3 billion", "KZT 1.2 trillion"): the common ones of trade news. */
const CURRENCY_CODES =
  "USD|EUR|RUB|KZT|CNY|GBP|JPY|INR|KRW|TRY|AED|SAR|QAR|KWD|UZS|KGS|TJS|TMT|MNT|GEL|AMD|AZN|UAH|BYN|CHF|MYR|IDR|PKR|BDT|THB|VND|SGD|HKD|AUD|CAD|NZD|BRL|ZAR|IRR|EGP|NGN|MXN|PLN|HUF|CZK|SEK|NOK|DKK";
/** The shillings' letters before an amount ("KSh", "TSh", "USh"); "Sh" alone stands for the page's own (see readFigures). */
const SHILLING_PREFIX: Readonly<Record<string, string>> = {ksh: "KES", tsh: "TZS", ush: "UGX", sh: "KES"};
/** Letters some currencies are written with before the amount: the ringgit's "RM", the rupiah's "Rp", the rupee's "Rs". */
const CURRENCY_PREFIXES: Record<string, string> = {
  RM: "MYR",
  Rp: "IDR",
  Rs: "INR",
  "Rs.": "INR",
  // (the Gulf and Arab press's letters for its dinars, riyals and dirhams, and the Bangladeshi taka's; session 32)
  KD: "KWD",
  BD: "BHD",
  JD: "JOD",
  QR: "QAR",
  SR: "SAR",
  RO: "OMR",
  Dh: "AED",
  Dhs: "AED",
  Tk: "BDT"
};
/**
 * The singular units a measure takes as a compound adjective before its noun ("a 647-kilometre line", "a 500-megawatt
 * plant", "a 20,000-tonne ship", "a 1.5-million-tonne terminal"), each with the unit as {@link MEASURES} writes it.
 */
const COMPOUND_UNITS: Record<string, string> = {
  kilometre: "km",
  kilometer: "km",
  km: "km",
  mile: "miles",
  metre: "metres",
  meter: "metres",
  megawatt: "MW",
  mw: "MW",
  gigawatt: "GW",
  gw: "GW",
  kilowatt: "kW",
  kilovolt: "kV",
  kv: "kV",
  tonne: "tonnes",
  ton: "tonnes",
  hectare: "hectares",
  barrel: "barrels",
  "kilowatt-hour": "kWh",
  "megawatt-hour": "MWh",
  "cubic-metre": "cubic metres",
  "cubic-meter": "cubic metres"
};
const COMPOUND_UNIT = Object.keys(COMPOUND_UNITS)
  .sort((a, b) => b.length - a.length)
  .join("|");
/**
 * A share said as a fraction ("by about a third", "roughly a quarter", "two-thirds of", "half of the"), with the
 * percentage it stands for.
 */
const FRACTIONS: Record<string, number> = {
  half: 50,
  third: 33,
  quarter: 25,
  fifth: 20,
  tenth: 10,
  twentieth: 5,
  "two-thirds": 67,
  "two thirds": 67,
  "three-quarters": 75,
  "three quarters": 75,
  "two-fifths": 40,
  "three-fifths": 60
};
/** A stretch of time after a fraction ("half of the year", "a third of this decade"): a duration, no share. */
const TIME_AFTER = String.raw`\s+(?:of\s+)?(?:the|this|last|next|a)\s+(?:year|month|decade|century|season|term|week|day|quarter)s?\b`;
const MEASURES =
  "basis points|bps|per (?:US )?dollar|per euro|per yuan|per ruble|per rouble|to the dollar|to the euro|tonnes|tons|metric tons|t|kilograms|kg|kilometres|kilometers|km|miles|barrels(?: per day| a day)?|bpd|b/d|TEU|cubic met(?:re|er)s|cubic met(?:re|er)s? per year|bcm|tcm|m3|m³|megawatts?|MW|gigawatts?|GW|kilovolts|kV|kWh|MWh|GWh|TWh|(?:kilo|mega|giga|tera)watt[- ]hours|hectares|ha|square kilomet(?:re|er)s|sq km|passengers|vehicles|containers|wagons|flights|tourists|visitors|jobs|students|migrants|workers|troops|soldiers|people|residents|inhabitants|citizens|nationals|refugees|pilgrims|households|pensioners|subscribers";
/** Units whose letters hold a scale: "bcm" is billions of cubic metres, "tcm" trillions (the amount is in cubic metres). */
const UNIT_SCALE: Readonly<Record<string, number>> = {bcm: 1e9, tcm: 1e12};
/** What a count with its scale abbreviated onto the digits ("4m migrants") may count: a measure, or a people. */
const COUNTED_AFTER_SCALE = new RegExp(String.raw`^(?:(?:${MEASURES})|\p{Lu}\p{Ll}+s)$`, "u");
/** "one household in ", "one in ", "two in ": the first term of a ratio, before its second's number. */
const RATIO_BEFORE = /\b(?:one|two|three|four)\s+(?:[\p{Ll}-]+\s+)?in\s+$/iu;

/** Counted nouns that are durations or too vague to be figures. */
const NOT_COUNTED =
  /^(years?|months?|days?|weeks?|decades?|centur(?:y|ies)|hours?|minutes?|seconds?|times|ways?|sides?|things?|others?|ones?|parts?|percent|points|them|us|those|these|its|his|hers|ours|yours|theirs|this|is|was|has|as|thus|yes|always|perhaps|unless|whereas|less|across|towards|besides|plus)$/i;
/**
 * Counts that name who or what, not how much (session 27; the golds leave them out): the writer's own points ("three
 * lessons", "Three recommendations", "three reasons"), the heads at a summit's table ("five Central Asian
 * presidents", "six leaders", "five heads") and a region's states as a group ("the five Central Asian states", "five
 * former Soviet republics"). A count of ministers, of a bloc's members, of armed states, of companies or of people
 * stays a figure.
 */
const SIGNPOST_NOUN =
  /^(?:reasons|lessons|questions|caveats|recommendations|points|steps|issues|factors|scenarios|options|priorities|conclusions|takeaways|pillars|principles|tasks|risks|myths|ideas|observations|considerations|obstacles|examples|hurdles|objections|arguments|messages|trends|explanations)$/i;
const OFFICE_COUNTED = /^(?:[\p{L}-]+\s+){0,3}?(?:leaders|presidents|heads)$/iu;
const REGION_STATES =
  /^(?:former\s+Soviet|Central\s+Asian|South\s+Caucasus|Caspian|Turkic|Nordic|Baltic|Gulf)\s+(?:states|countries|nations|republics|capitals|governments|economies)$/i;
/**
 * A group of states or of their heads pointed at with a definite word (session 28; the golds leave them out, 43 of 44
 * on the build half): "the five countries", "these five countries", "the other four countries", "all four states",
 * "the six GCC states", "the 27 member states", "the five foreign ministers" — the states or people the text is about,
 * counted to name them, no amount. A count without the definite word ("seven countries", "Seven ministers attended")
 * stays a figure, as does a possessive ("the five countries' roles", as the seeds' gold reads it).
 */
const POINTED_BEFORE = /\b(?:the|these|those|all|all\s+the|both|(?:the\s+)?other)\s+$/i;
const POINTED_GROUP =
  /^(?:countries|states|nations|governments|capitals|economies|republics|powers|giants|neighbours|neighbors|leaders|presidents|ministers|heads)$/i;
/**
 * A count pointed at with a definite or possessive word, of any noun (session 35; the golds leave them out, 11 of 11 on
 * the build half beyond the groups above): "the 10 members", "one of the 25 seats", "the three newcomers", "the same
 * two giants", "our two nations", "our top three partners", "the top 10 sources", "in the four quarters to …" — the
 * things the text is about, counted to name them, no amount. "all" and "both" stay with the groups above ("all 300
 * workers" is a number); a possessive after the noun ("the five countries' roles") stays a figure, as before.
 */
const POINTED_ANY_BEFORE =
  /(?:\b(?:the|these|those|our|their|its|his|her|my|your)(?:\s+(?:same|other|top|first|last|remaining|only))?|\btop)\s+$/i;
/**
 * A number that is part of a name or a date, not a count (session 35): glued by a hyphen or a plus to a name before it
 * ("Orlan-10 drones", "the C5+1 critical minerals dialogue", "Su-35 jets"), or after a word that numbers things in
 * English ("Rule 39 of the Rules", "members of Group 24 returned …", "Block 21 partners", "Article 5 guarantees") or a
 * month ("on June 8 Ukrainian grain traders …").
 */
const NAME_NUMBER_BEFORE = new RegExp(
  String.raw`(?:\p{L}-|[\p{L}\p{N}]\+)$|\b(?:Rule|Rules|Group|Article|Section|Chapter|Title|Resolution|Decree|Order|Law|Protocol|Block|Unit|Phase|Stage|Line|Lot|Route|Highway|Road|Terminal|Platform|Gate|Flight|Goal|Pillar|Annex|Paragraph|Clause|Item|Point|Level|Grade|Class|Category|Tier|Type|Model|No\.?|Number)\s+$`,
  "u"
);
/** A month right before a day's number: "on June 8 Ukrainian grain traders …" (a date, not a count of 8). */
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${MONTH_NAMES.join("|")})\s+$`, "i");
/** Words that end a counted noun phrase before it starts: "the three because its …" counts nothing. */
const CLAUSE_WORD = /^(because|as|when|if|while|since|although|though|unless|whereas|so|but|and|or|that|which|who)$/i;

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** The digits said as words, for a decimal read aloud ("two-point-four"). */
const DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
/**
 * A number written as words: a decimal read aloud, as broadcasters' pages print it ("two-point-four", "one point five"),
 * or one of {@link WORD_NUMBERS}.
 */
const WORD_NUM = [
  String.raw`(?:${["one", ...Object.keys(WORD_NUMBERS)].sort((a, b) => b.length - a.length).join("|")})[- ]point[- ](?:${DIGIT_WORDS.join("|")})`,
  ...Object.keys(WORD_NUMBERS).sort((a, b) => b.length - a.length)
].join("|");
/** The scale words as alternatives, longer first ("mln" before "m"). */
const SCALE = Object.keys(SCALE_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const CURRENCY_WORD = Object.keys(CURRENCY_WORDS).join("|");
const APPROX =
  /\b(about|around|roughly|approximately|nearly|almost|some|over|more than|less than|fewer than|up to|at least|close to|exceed(?:ed|ing|s)?|estimated|an estimated|upwards of|under|below|above)\s*$/i;

/** A word of degree before an amount ("about", "at least", "up to"), as the outlook patterns allow it. */
const DEGREE = String.raw`(?:(?:about|around|roughly|some|at least|up to|more than|over|nearly|almost|a further|perhaps)\s+)?`;
/** A target named ("we aim for", "a target of", "set the goal of", "strive to raise … to") in the clause before. */
const TARGET_NAMED =
  /\b(?:aim(?:s|ed|ing)?\s+(?:for|at)|aim(?:s|ed|ing)?\s+to\s+\w+(?:\s+\w+){0,6}?\s+to|targets?\s+(?:of|for)|goal\s+of|set\s+(?:a|the)\s+(?:goal|target)|objective\s+of|strive\s+to)\b[^.;]*$/i;
/**
 * A verb of raising in its plain, gerund or "to" form, its object and "to" right before the amount ("agreed to raise
 * bilateral trade, which stood at $150 million in 2024, to $500 million", "a roadmap for increasing freight … to"): a
 * level worked towards. (A past "rose to", "increased to" is a level reached, no target.)
 */
const RAISE_TO = new RegExp(
  String.raw`\b(?:raise|raising|bring|bringing|increase|increasing|lift|lifting|boost|boosting|expand|expanding|double|doubling|push|pushing|take|taking|grow|growing)\s+(?:[^\s.;]+\s+){0,12}?to\s+${DEGREE}$`,
  "i"
);
/**
 * "will be raised to", "is to be increased to": the same, in the passive; also in the making ("whose capacity is being
 * raised to") and with its start ("be raised from USD 1 billion to"; session 31).
 */
const RAISED_TO = new RegExp(
  String.raw`\b(?:(?:will|would|to|should|is|are)\s+be|(?:is|are)\s+being)\s+(?:raised|increased|brought|lifted|expanded|doubled)\s+(?:from\s+[^.;]{1,40}?\s+)?to\s+${DEGREE}$`,
  "i"
);
/** "aims to produce two million tonnes", "seeks to attract $5 billion": an aim's verb right before the amount (session 31). */
const AIMS_TO = new RegExp(
  String.raw`\b(?:aims?|aimed|aiming|seeks?|sought|seeking|plans?|planned|planning|intends?|intended)\s+to\s+(?:produce|export|ship|handle|carry|attract|reach|build|install|generate|supply|deliver|raise|invest|sell)\s+${DEGREE}$`,
  "i"
);
/** "is to take a 49% stake", "are also to build a …": what a side is to do. */
const IS_TO = new RegExp(String.raw`\b(?:is|are)\s+(?:also\s+)?to\s+\w+\s+(?:(?:a|an|the)\s+)?${DEGREE}$`, "i");
/** Someone's expectation: "expected to", "we forecast", "estimate that", "could", "likely". */
const EXPECTED =
  /\b(?:expects?|expected|expecting|forecasts?|forecasting|projected|predicts?|predicted|estimates?\s+that|anticipates?|anticipated|likely|could|might)\b|\bmay\s+(?!\d)/i;
/** A modal or "set to" before a verb of reaching or rising: "is set to reach 22.5 GW", "could double to …". */
const WILL_REACH = new RegExp(
  String.raw`\b(?:will|would|could|should|is set to|are set to|to)\s+(?:\w+\s+){0,2}?(?:reach|rise|grow|double|increase|pass|exceed|hit|top)\s+(?:\w+\s+){0,3}?(?:to\s+)?${DEGREE}$`,
  "i"
);
/** A verb of expecting itself ("I expect trade to pass …", "We forecast growth of …"), not a modal alone. */
const EXPECT_VERB = /\b(?:expect|forecast|estimate|predict|anticipat)/i;
/** What a thing costs or is worth ("is expected to cost about $1bn", "worth about $5 billion"): a price, no outlook. */
const COSTS = new RegExp(String.raw`\b(?:cost|costs|costing|worth|valued|estimated\s+(?:at|in))\s+${DEGREE}$`, "i");
/** Firms counted (session 30). */
const FIRMS =
  /^(?:companies|firms|businesses|business|enterprises|exporters|entrepreneurs|businessmen|businesspeople)$/i;
/** A delegation, a mission or a gathering right before a count: "a delegation of", "attended by", "with the participation of". */
const GATHERED_BY =
  /\b(?:(?:delegation|mission|participation|representatives|heads|executives)\s+(?:of|from)|(?:attended|joined|accompanied)\s+by)\s+(?:(?:some|about|around|roughly|more than|over|nearly|almost|up to)\s+)?$/i;
/**
 * The people a story's word comes from, counted ("two people familiar with the plans said", "according to three people
 * briefed on the talks", "two industry sources said"; session 31): how the writer knows, no amount. The golds keep
 * none of the five on the build half; a count of people killed, evacuated or living somewhere stays a figure.
 */
const INFORMANT = /^(?:people|persons|individuals|sources|officials|diplomats|insiders)$/i;
/** What makes a counted person an informant: a source's words after the noun, or "according to" before the count. */
const INFORMANT_AFTER =
  /^\s*,?\s*(?:(?:who\s+(?:are|were|is|was)\s+)?(?:familiar\s+with|briefed\s+(?:on|about)|close\s+to|aware\s+of|with\s+(?:direct\s+)?knowledge\s+of|knowledgeable\s+about|involved\s+in\s+the\s+(?:talks|negotiations|discussions))|who\s+(?:spoke|asked|requested|declined|did\s+not\s+want)\b)/i;
const INFORMANT_BEFORE = /\baccording\s+to\s+(?:at\s+least\s+)?$/i;
function informants(m: RegExpExecArray, head: string): boolean {
  if (!INFORMANT.test(head)) return false;
  const after = m.input.slice(m.index + m[0].length);
  return (
    INFORMANT_AFTER.test(after) ||
    INFORMANT_BEFORE.test(m.input.slice(Math.max(0, m.index - 30), m.index)) ||
    (/^sources$/i.test(head) && /^\s*,?\s*(?:said|say|told|says)\b/i.test(after))
  );
}
/** The papers a meeting signs or exchanges. */
const PAPER = /^(?:documents?|agreements?|memorand(?:a|ums?)|accords?|contracts?|deals?|protocols?|treaties|MoUs?)$/i;
/** Papers counted before their worth: "14 contracts worth", "some twenty agreements valued at". */
const PAPERS_WORTH =
  /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|dozens of|a dozen)\s+((?:[\p{L}-]+\s+){0,3}?(?:documents?|agreements?|memorand(?:a|ums?)|accords?|contracts?|deals?|protocols?|treaties|MoUs?))\s+(?:worth|valued at|totall?ing|with a (?:combined |total )?value of)(?:\s+(?:a total of|a combined|about|around|some|nearly|almost|more than|over|up to))*\s*$/iu;
/** Whether the count at `start`-`end` is of papers signed there: a verb of signing before it or a passive after it. */
function signedHere(sentence: string, start: number, end: number): boolean {
  return (
    /\b(?:sign|signs|signed|signing|exchange|exchanged|exchanging|ink|inked|inking|conclude|concluded|initialled)\b[^.;]{0,40}$/i.test(
      sentence.slice(Math.max(0, start - 60), start)
    ) ||
    /^[^.;,]{0,40}?\b(?:were|was|have been|had been)\s+(?:signed|exchanged|inked|concluded)\b/i.test(
      sentence.slice(end)
    )
  );
}
/** An amount in a condition's clause: "if oil falls below", "unless prices rise above" (session 29). */
const CONDITION = /\b(?:if|unless)\s+[^,;]{0,80}$/i;
/** A time to come right after the amount: "by 2030", "within two years", "in the coming years", "from 2027". */
const FUTURE_AFTER =
  /^[^.;]{0,40}?\b(?:by\s+(?:the\s+end\s+of\s+)?(?:20[2-9]\d|the\s+(?:end|middle)|next)|within\s+(?:the\s+next\s+)?(?:\w+\s+)?(?:years?|months?)|in\s+the\s+(?:coming|next)\s+(?:\w+\s+)?(?:years?|months?)|from\s+20[2-9]\d|through\s+20[2-9]\d)/i;
/** A past time right after the amount ("$400 million last year", "a year earlier"): a level that was. */
const PAST_AFTER = /\b(?:last|previous)\s+year\b|\ba\s+year\s+(?:earlier|ago|before)\b/i;
/** A year right after the amount ("$400 million in 2024"), for {@link outlookOf}: past when before the page's year. */
const YEAR_AFTER = /^[^.;]{0,12}?\bin\s+((?:19|20)\d\d)\b(?!\s*[-–])/i;
/** Where the amount's clause starts: after a semicolon, a colon, a "while", a "but", ", up from", ", since" … */
const CLAUSE_BREAK = /[;:]|,\s+(?:while|but|whereas|although|against|up from|from|since|because)\b|\bwhile\b|\bbut\b/g;

/**
 * Whether an amount is a level still to come (session 27): a target a side sets or works towards, or a forecast
 * someone makes, read from the words of its own clause before it and a time to come right after it. A price or a
 * worth ("expected to cost $1bn") is neither; a plan, a pledge or a promise of money ("will provide $25 million") is
 * an act of its own, no outlook (the golds mark few of them so).
 */
export function outlookOf(
  sentence: string,
  start: number,
  end: number,
  articleYear?: number
): "target" | "forecast" | undefined {
  let before = sentence.slice(0, start);
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) cut = m.index! + m[0].length;
  before = before.slice(cut).slice(-160);
  const after = sentence.slice(end);
  const future = FUTURE_AFTER.test(after);
  const year = Number(YEAR_AFTER.exec(after)?.[1] ?? NaN);
  if (!future && (PAST_AFTER.test(after.slice(0, 30)) || (articleYear !== undefined && year < articleYear)))
    return undefined;
  if (COSTS.test(before)) return undefined;
  // ("we would not rule out a sharper move if oil falls below $60 a barrel": a condition's threshold, no level to come)
  if (CONDITION.test(before)) return undefined;
  if (TARGET_NAMED.test(before) || IS_TO.test(before)) return "target";
  if (RAISE_TO.test(before) || RAISED_TO.test(before) || AIMS_TO.test(before)) return "target";
  if (
    EXPECTED.test(before) &&
    (WILL_REACH.test(before) ||
      future ||
      EXPECT_VERB.test(before) ||
      /\b(?:could|might)\s|\bmay\s+(?!\d)/i.test(before))
  )
    return "forecast";
  if (future && WILL_REACH.test(before)) return "target";
  return undefined;
}

/** Whether an amount read as US dollars was written with a bare "$" ("$45 million", the second bound of "$270-290"). */
function barePageDollar(sentence: string, f: {start: number; end: number; unit: string; rule: string}): boolean {
  if (f.rule !== "figure:money" || !/(?:^|\s)USD$/.test(f.unit)) return false;
  const text = sentence.slice(f.start, f.end);
  if (/^\$\s?\d/.test(text)) return !/US\s?$/i.test(sentence.slice(Math.max(0, f.start - 3), f.start));
  return /^\d/.test(text) && /(?<!US)\$\s?[\d.,]+\s*[-–]\s*$/.test(sentence.slice(Math.max(0, f.start - 20), f.start));
}

interface Found {
  start: number;
  end: number;
  value: number;
  unit: string;
  scale: number;
  rule: string;
  approximate?: boolean;
  /** For counts and ordinals: the counted noun phrase. */
  noun?: string;
}

const PATTERNS: {
  rule: string;
  re: RegExp;
  /** A character every match's text holds (a pattern whose look-behind gives the cue pre-filter nothing to read). */
  needs?: RegExp;
  read: (m: RegExpExecArray) => Omit<Found, "start" | "end" | "rule"> | undefined;
}[] = [
  {
    // "$42.3 billion", "US$ 1.3 trillion", "€500 million"
    rule: "figure:money",
    // ("$1.2-billion loan": the scale joined by a hyphen, as a compound adjective)
    re: new RegExp(
      String.raw`(US\$|\$US|HK\$|NZ\$|AU\$|S\$|A\$|C\$|R\$|\$|€|£|¥|₸|₽|₹)\s?(${NUM})(?:(?:\s*|-)(${SCALE})\b)?`,
      "gi"
    ),
    read: (m) => money(m[2]!, m[3], CURRENCY_SIGNS[m[1]!.toUpperCase()]!)
  },
  {
    // "5 trillion tenge", "200 million dollars", "USD 3 billion"; as a compound adjective, joined by hyphens ("a
    // 100-million-dollar credit line", "a 20-billion-ruble package"; a year before a hyphen is no amount: "2024-dollar
    // prices")
    rule: "figure:money",
    re: new RegExp(
      String.raw`\b(?!(?:19|20)\d{2}-)(${NUM}|${WORD_NUM})(?:\s*|-)(?:(${SCALE})(?:\s+|-))?(?:U\.?S\.?\s)?(${CURRENCY_WORD})\b`,
      "gi"
    ),
    read: (m) => money(m[1]!, m[2], CURRENCY_WORDS[m[3]!.toLowerCase()]!)
  },
  {
    // "USD 3 billion", "MYR500 million"; the letters some currencies are written with before the amount ("RM1.2
    // billion" ringgit, "Rp 5 trillion" rupiah)
    rule: "figure:money",
    re: new RegExp(
      String.raw`\b(${CURRENCY_CODES}|RM|Rp|Rs\.?|KD|BD|JD|QR|SR|RO|Dhs?|Tk)\s?(${NUM})(?:\s*(${SCALE})\b)?`,
      "g"
    ),
    read: (m) => money(m[2]!, m[3], CURRENCY_PREFIXES[m[1]!] ?? m[1]!)
  },
  {
    // "30 million Kuwaiti dinars", "2.9 billion Czech crowns", "500 million Canadian dollars": a state's adjective
    // before its currency's name (session 32)
    rule: "figure:money",
    re: new RegExp(
      String.raw`\b(?!(?:19|20)\d{2}-)(${NUM}|${WORD_NUM})(?:\s*|-)(?:(${SCALE})(?:\s+|-))?(${STATE_CURRENCY_ADJ})\s+(${STATE_CURRENCY_NOUN})\b`,
      "gi"
    ),
    read: (m) => {
      const code = stateCurrency(m[3]!, m[4]!);
      return code ? money(m[1]!, m[2], code) : undefined;
    }
  },
  {
    // "2.9 billion crowns": the crown after a scale word, the page's home state's (alone after a number it is as often
    // a thing counted; session 32)
    rule: "figure:money",
    re: new RegExp(String.raw`\b(${NUM})\s*(trillion|billion|million|tn|bn|mln)\s+crowns\b`, "gi"),
    read: (m) => money(m[1]!, m[2], "crowns")
  },
  {
    // "1.2 trillion won", "870 billion won": the Korean won after a scale word (a bare "won" after a number is the verb's
    // as often: "the party 3 won"; session 31)
    rule: "figure:money",
    re: new RegExp(String.raw`\b(${NUM})\s*(trillion|billion|million|tn|bn|mln)\s+won\b`, "gi"),
    read: (m) => money(m[1]!, m[2], "KRW")
  },
  {
    // "Sh2.1 billion", "KSh 500 million", "TSh 3 trillion": the shilling of East Africa's press, "Sh" alone the page's own
    // (Kenya's, Tanzania's, Uganda's; the Kenyan when the page's home is none of them; session 31)
    rule: "figure:money",
    re: new RegExp(String.raw`\b(KShs?|Kshs?|TShs?|Tshs?|UShs?|Ushs?|Shs?)\.?\s?(${NUM})(?:\s*(${SCALE})\b)?`, "g"),
    read: (m) => money(m[2]!, m[3], SHILLING_PREFIX[m[1]!.replace(/s$/, "").toLowerCase()]!)
  },
  {
    // "30 percent", "12%", "1.5 percentage points"
    rule: "figure:percent",
    re: new RegExp(String.raw`\b(${NUM}|${WORD_NUM})\s*(%|per ?cent\b|percentage points?\b)`, "gi"),
    read: (m) => {
      const v = numberOf(m[1]!);
      if (v === undefined) return undefined;
      return {value: v, unit: /point/i.test(m[2]!) ? "percentage points" : "%", scale: 1};
    }
  },
  {
    // "trade grew by 1.6 times", "exports rose 2.5 times", "a threefold rise" written "3-fold": a multiple, after a
    // verb of change or joined to "-fold" ("met three times", "two times a year" are no figures)
    rule: "figure:multiple",
    re: new RegExp(
      String.raw`(?<=\b(?:grew|grown|rose|risen|increased|expanded|jumped|surged|multiplied|fell|dropped|declined|decreased|shrank|shrunk)\s+(?:by\s+)?(?:about\s+|almost\s+|nearly\s+|more\s+than\s+|over\s+|some\s+|roughly\s+)?)(${NUM})\s+times\b|\b(${NUM})-fold\b`,
      "gi"
    ),
    read: (m) => {
      const v = numberOf((m[1] ?? m[2])!);
      return v === undefined ? undefined : {value: v, unit: "times", scale: 1};
    }
  },
  {
    // "2.5 million tonnes", "800 km", "1.2 million TEU"
    rule: "figure:measure",
    // ("50.8bn m³": the unit may end with a superscript, so the end is no letter or digit rather than a word boundary)
    // ("'000m³", thousands written with an apostrophe, is no number)
    re: new RegExp(String.raw`(?<!['’])\b(${NUM}|${WORD_NUM})\s*(?:(${SCALE})\s+)?(${MEASURES})(?![A-Za-z0-9_])`, "gi"),
    read: (m) => {
      const v = numberOf(m[1]!);
      if (v === undefined) return undefined;
      const scaleWord = m[2]?.toLowerCase();
      // "1 m" is a metre, not a million; a bare one-letter scale needs a currency.
      if (scaleWord && scaleWord.length === 1) return undefined;
      // ("two people familiar with the plans": the story's informants; session 31)
      if (!scaleWord && v < 100 && informants(m, m[3]!)) return undefined;
      // ("1.3 bcm", "15 tcm": billions and trillions of cubic metres, the scale in the unit's letters; session 31)
      const inUnit = scaleWord ? undefined : UNIT_SCALE[m[3]!.toLowerCase()];
      return {
        value: v,
        unit: [scaleWord && (SCALE_NAMES[scaleWord] ?? scaleWord), m[3]!].filter(Boolean).join(" "),
        scale: scaleWord ? SCALES[scaleWord]! : (inUnit ?? 1)
      };
    }
  },
  {
    // A range's first bound ("25,000 to 26,500 tonnes", "30,500-31,500 tonnes", "1.2-1.5 million barrels"): the measure
    // pattern reads the second with its unit, this one the first with the same unit
    rule: "figure:measure",
    re: new RegExp(
      // (a year is no bound: "grew 15% in 2021 to 9.2 million tonnes")
      String.raw`\b(?!(?:19|20)\d{2}\b)(${NUM})(?=\s*(?:[-–]|to)\s*(?:${NUM})\s*(?:(${SCALE})\s+)?(${MEASURES})(?![A-Za-z0-9_]))`,
      "gi"
    ),
    read: (m) => {
      const v = numberOf(m[1]!);
      const scaleWord = m[2]?.toLowerCase();
      if (v === undefined || (scaleWord && scaleWord.length === 1)) return undefined;
      return {
        value: v,
        unit: [scaleWord && (SCALE_NAMES[scaleWord] ?? scaleWord), m[3]!].filter(Boolean).join(" "),
        scale: scaleWord ? SCALES[scaleWord]! : 1,
        approximate: true
      };
    }
  },
  {
    // A price range after a currency sign ("$270-290", "€1.1–1.3 billion"): the money pattern reads the first bound,
    // this one the second
    rule: "figure:money",
    re: new RegExp(String.raw`(?<=(US\$|\$|€|£|¥|₸|₽)\s?(?:${NUM})\s*[-–]\s*)(${NUM})(?:\s*(${SCALE})\b)?`, "gi"),
    // (a currency sign and a dash: the look-behind needs both; the signs are uncased)
    needs: /[$€£¥₸₽][^]*[-–]/,
    read: (m) => {
      const r = money(m[2]!, m[3], CURRENCY_SIGNS[m[1]!]!);
      return r && {...r, approximate: true};
    }
  },
  {
    // "a 647-kilometre line", "a 500-megawatt solar plant", "a 1.5-million-tonne terminal": a measure as a compound
    // adjective (the unit singular, joined by hyphens)
    rule: "figure:measure",
    re: new RegExp(
      String.raw`\b(${NUM}|${WORD_NUM})-(?:(million|billion|thousand)-)?(${COMPOUND_UNIT})(?![A-Za-z])`,
      "gi"
    ),
    read: (m) => {
      const v = numberOf(m[1]!);
      if (v === undefined) return undefined;
      const scaleWord = m[2]?.toLowerCase();
      const unit = COMPOUND_UNITS[m[3]!.toLowerCase()]!;
      return {
        value: v,
        unit: [scaleWord, unit].filter(Boolean).join(" "),
        scale: scaleWord ? SCALES[scaleWord]! : 1
      };
    }
  },
  {
    // "cut the flow by about a third", "rose by roughly a quarter", "two-thirds of the cargo", "half of its exports",
    // "close to half of Kazakh exports": a share said as a fraction (after a word of degree or "by", or before "of");
    // "a third country", "the third quarter", "a quarter century" and "about half of 2024" are no shares
    rule: "figure:percent",
    re: new RegExp(
      String.raw`\b(?:(?:by|about|around|roughly|nearly|almost|some|over|more than|less than|close to|just under|just over|fully|only)\s+(?:a|one)\s+(third|quarter|fifth|tenth|twentieth)\b(?!\s+(?:of\s+a\s+century|century|country|countries|round|summit|term|party|parties|time|wave|package|quarter)\b)|(?:a|one)\s+(third|quarter|fifth|tenth)\s+of\b(?!\s+(?:a\s+century|the\s+(?:way|time|century))|${TIME_AFTER})|(two[- ]thirds|three[- ]quarters|two-fifths|three-fifths)\b(?!${TIME_AFTER})|(?<!\b(?:first|second|the|latter|former|last|other)\s+)\b(half)\s+of(?=\s+(?:the|its|their|all|his|her|our)\s)(?!${TIME_AFTER})|(?<=\b(?:about|around|roughly|nearly|almost|over|more than|less than|close to|just under|just over|fully|only)\s+)(half)\s+of\b(?!${TIME_AFTER}|\s+(?:${MONTH_NAMES.join("|")}|(?:19|20)\d{2})\b))`,
      "gi"
    ),
    read: (m) => {
      const w = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!.toLowerCase();
      const v = FRACTIONS[w] ?? FRACTIONS[w.replace(/\s/, "-")];
      return v === undefined ? undefined : {value: v, unit: "%", scale: 1, approximate: true};
    }
  },
  {
    // "one million citizens", "a million tourists", "half a million workers"
    rule: "figure:measure",
    re: new RegExp(String.raw`\b(one|a|an|half a)\s+(million|billion|thousand)\s+(${MEASURES})\b`, "gi"),
    read: (m) => {
      const scale = SCALES[m[2]!.toLowerCase()]!;
      return {value: /^half/i.test(m[1]!) ? 0.5 : 1, unit: `${m[2]!.toLowerCase()} ${m[3]!}`, scale};
    }
  },
  {
    // "thousands of joint ventures", "dozens of companies"
    rule: "figure:count",
    re: /\b(tens of thousands|hundreds of thousands|dozens|hundreds|thousands|millions)\s+of\s+((?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+s)\b/giu,
    read: (m) => {
      const noun = m[2]!;
      if (NOT_COUNTED.test(lastWord(noun))) return undefined;
      return {value: VAGUE[m[1]!.toLowerCase()]!, unit: lastWord(noun), scale: 1, approximate: true, noun};
    }
  },
  {
    // "the sixth consultative meeting", "the 16th summit"
    rule: "figure:ordinal",
    re: new RegExp(
      String.raw`(?<![\p{L}\p{N}-])(?!(?:first|second)\b)(${ORDINAL_WORD}|\d{1,3}(?:st|nd|rd|th))\s+((?:[\p{L}’'-]+\s+){0,3}?(?:meeting|summit|session|round|forum|congress|edition|anniversary|conference|plenary|convocation|assembly|package|wave|commission|council|dialogue|ministerial))\b`,
      "giu"
    ),
    read: (m) => {
      const w = m[1]!.toLowerCase();
      const v = ordinalValue(w) ?? Number(w.replace(/\D/g, ""));
      return v >= 3 ? {value: v, unit: "ordinal", scale: 1, noun: m[2]!} : undefined;
    }
  },
  {
    // "four nuclear-armed states", "about 50 enterprises", "two Central Asian members", "three of the five states";
    // the scale joined by a hyphen, as radio pages print it ("some 180-thousand ethnic Koreans"), or abbreviated onto
    // the digits ("some 4m Central Asian migrants", "1.5mn pilgrims")
    rule: "figure:count",
    re: new RegExp(
      String.raw`\b(${NUM}|${WORD_NUM})(?:\s+|-(?=(?:thousand|million|billion)\s)|(?<=\d)(mn|bn|m)\s+)(?:of\s+(?:the|its|their|our|his|her)\s+(?:(?:${NUM}|${WORD_NUM})\s+)?)?((?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]*[a-rt-z]s)(?=[\s,.;:)’'—–]|$)`,
      "giu"
    ),
    read: (m) => {
      const v = numberOf(m[1]!);
      const noun = m[3]!.replace(/[’']$/, "");
      const head = lastWord(noun);
      if (v === undefined || NOT_COUNTED.test(head) || /^(of|and|or|the|to|in|on|at|by|for)$/i.test(firstWord(noun)))
        return undefined;
      // "the two countries", "the two presidents": the pair the text is about, pointed back to, not a count.
      if (v === 2 && /\bthe\s+$/i.test(m.input.slice(Math.max(0, m.index - 4), m.index))) return undefined;
      // "the five countries", "all four states", "the five foreign ministers": a group pointed at (POINTED_GROUP)
      if (
        !m[2] &&
        v < 100 &&
        POINTED_GROUP.test(head) &&
        !/^[’']/.test(m.input.slice(m.index + m[0].length)) &&
        POINTED_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index))
      )
        return undefined;
      // ("the 10 members", "our top three partners": any count pointed at with a definite word; session 35)
      if (
        !m[2] &&
        v < 100 &&
        !/^[’']/.test(m.input.slice(m.index + m[0].length)) &&
        POINTED_ANY_BEFORE.test(m.input.slice(Math.max(0, m.index - 24), m.index))
      )
        return undefined;
      // ("Orlan-10 drones", "C5+1 critical minerals", "Rule 39 of the Rules", "on June 8 Ukrainian grain traders": a
      // name's or a date's number; session 35)
      const numberBefore = m.input.slice(Math.max(0, m.index - 16), m.index);
      if (/^\d/.test(m[1]!) && (NAME_NUMBER_BEFORE.test(numberBefore) || (v <= 31 && MONTH_BEFORE.test(numberBefore))))
        return undefined;
      if (noun.split(/\s+/).some((w) => CLAUSE_WORD.test(w))) return undefined;
      // ("one household in three", "one in five Tajik families", "two in three": a ratio's second term counts nothing;
      // session 34)
      if (RATIO_BEFORE.test(m.input.slice(Math.max(0, m.index - 30), m.index))) return undefined;
      // ("more than 4,000 of its members' relatives": a part of a group counted without the group's number; "one of the
      // largest deposits" counts nothing; session 29)
      if (v < 2 && /^\S+\s+of\s/i.test(m[0])) return undefined;
      // ("signed 14 documents", "oversaw the signing of 17 agreements", "22 memorandums were exchanged": the papers
      // signed at a meeting are its tally, no amount; session 29)
      if (!m[2] && PAPER.test(head) && signedHere(m.input, m.index, m.index + m[0].length)) return undefined;
      // ("a business delegation from 18 companies", "a forum attended by some 40 companies", "representatives of 14
      // businesses": the firms a delegation or a gathering counts are its size, no measure; session 30)
      if (
        !m[2] &&
        FIRMS.test(head) &&
        (GATHERED_BY.test(m.input.slice(Math.max(0, m.index - 60), m.index)) ||
          /^\s+(?:took part|take part|attended|participated|joined|exhibited)\b/i.test(
            m.input.slice(m.index + m[0].length)
          ))
      )
        return undefined;
      // ("two people familiar with the plans", "according to three people briefed on the talks", "two industry sources
      // said": the story's informants, counted; session 31)
      if (!m[2] && v < 100 && informants(m, head)) return undefined;
      // (a count of the writer's own points, of those at a table or of a region's states names who or what, no amount)
      if (!m[2] && v < 100 && (SIGNPOST_NOUN.test(head) || OFFICE_COUNTED.test(noun) || REGION_STATES.test(noun)))
        return undefined;
      if (/^\d/.test(m[1]!) && /^(1[89]\d{2}|20\d{2})$/.test(m[1]!)) return undefined;
      if (
        /^(January|February|March|April|May|June|July|August|September|October|November|December)$/i.test(
          firstWord(noun)
        )
      )
        return undefined;
      // ("4m" may be metres: the abbreviated scale counts people and things the measures name, or a people: "4m
      // Uzbeks", not "a 3m fence now runs")
      if (m[2])
        return COUNTED_AFTER_SCALE.test(head)
          ? {value: v, unit: head.toLowerCase(), scale: SCALES[m[2].toLowerCase()]!, noun}
          : undefined;
      // "40 million consumers": the scale word before the counted noun scales the count
      const scaleWord = /^(thousand|million|billion)$/i.test(firstWord(noun))
        ? firstWord(noun).toLowerCase()
        : undefined;
      if (scaleWord && noun.split(/\s+/).length > 1)
        return {value: v, unit: head.toLowerCase(), scale: SCALES[scaleWord]!, noun: noun.replace(/^\S+\s+/, "")};
      return {value: v, unit: head.toLowerCase(), scale: 1, noun};
    }
  }
];
// (Each pattern run only on sentences holding the words it needs: src/read/cue.ts.)
for (const p of PATTERNS) p.re = cue(p.re);

/**
 * What every pattern above starts with: a digit, or a number, vague amount or ordinal written as a word. A
 * sentence holding none of them (most sentences) holds no figure, and the patterns are not run on it.
 */
const MAY_HOLD = new RegExp(
  String.raw`\d|${WORD_NUM}|(?!(?:first|second)\b)${ORDINAL_WORD}|dozens|hundreds|thousand|million|billion|half|quarters?|thirds|fifths`,
  "iu"
);

const DIGIT = /\d/;
/** A bare number after "to", a few words after a "from" amount, with no unit of its own ("… to 520 by …"). */
const FROM_TO_BARE = new RegExp(
  String.raw`^(?:\s+[\p{L}-]+){0,3}?\s+to\s+(?:about\s+|around\s+|roughly\s+|some\s+)?(${NUM})(?![\d.,]*\s*(?:%|per\b|percent\b|(?:${SCALE})\b|(?:${CURRENCY_WORD})\b|(?:${MEASURES})\b|[$€£¥₸₽]))`,
  "iu"
);
/**
 * A comparison base with no unit of its own, after an amount ("… to three billion dollars, up from two billion", "to
 * 12 percent, down from 9"): it is in the amount's unit, at its own scale when it names one.
 */
const UP_FROM_BARE = new RegExp(
  String.raw`^[^.;:!?]{0,60}?,?\s+(?:up|down)\s+from\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+)?(${NUM}|${WORD_NUM})(?:\s+(thousand|million|billion|trillion))?(?![\d.,]*\s*(?:%|per\b|percent\b|(?:${SCALE})\b|(?:${CURRENCY_WORD})\b|(?:${MEASURES})\b|[$€£¥₸₽]))(?![\p{L}\p{N}])`,
  "iu"
);
/** A "from" just before an amount ("from about 480 per dollar"): a bare "to" level may follow. */
const FROM_BEFORE = /\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$/i;
const YEAR_NUMBER = /^(?:19[5-9]\d|20\d{2})$/;

/**
 * Adds to `found` the bare levels `pattern` finds after an amount that `only` admits: a number (group 1) with no unit
 * of its own, at its own scale when it names one (group 2), in the amount's unit. A year-like number is no level unless
 * the amount is itself at least `yearCeiling` ("from 1,500 to 2025": levels; "from 12 to 2025 levels": a year).
 */
function addBareLevels(
  found: Found[],
  text: string,
  pattern: RegExp,
  only: (f: Found) => boolean,
  yearCeiling: number
): void {
  for (const f of [...found]) {
    if (!only(f)) continue;
    const m = pattern.exec(text.slice(f.end));
    if (!m) continue;
    const said = m[1]! + (m[2] ? ` ${m[2]}` : "");
    const start = f.end + m.index + m[0].length - said.length;
    const end = start + said.length;
    const value = numberOf(m[1]!);
    if (value === undefined || found.some((o) => start < o.end && end > o.start)) continue;
    if (YEAR_NUMBER.test(m[1]!) && f.value < yearCeiling) continue;
    const scaleWord = m[2]?.toLowerCase();
    const scale = scaleWord ? SCALES[scaleWord]! : f.scale;
    const unit = scaleWord ? f.unit.replace(/^(?:thousand|million|billion|trillion)\s+/, `${scaleWord} `) : f.unit;
    found.push({value, unit, scale, start, end, rule: f.rule});
  }
}
/** A target ("bring trade to $15 billion", "in the next few years"): its amount is of a time to come. */
const TO_COME =
  /\b(?:will|shall|(?:bring|take|raise|lift|increase|boost|push|double)\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:[$€£¥]|US\$|\d|about|around|some|more than|over)|targets?\b|in the (?:next|coming)\s+(?:few\s+)?(?:years?|months?|decades?))/i;
/**
 * A past time said without a year (review G13): a decade, an era, "during the pandemic", "back then", "at the time",
 * "after independence", "used to" (or {@link PAST_OPENER}, unless a level in the present follows: "When asked, the
 * minister said inflation is 8 percent", "Under the new rules, banks must hold 10 percent"): the figure is of that
 * time, not the article's.
 */
/** A sentence opening with a time of its own ("Before …", "Under X, …", "When …", "In his first term"). */
const PAST_OPENER =
  /^(?:before|under|when|while|after|until|in (?:his|her|their|its) (?:first|second|third|early|last|final) (?:term|years?|months?|decade))\b/i;
const PAST_PERIOD =
  /\b(?:(?:in|during|through(?:out)?|by)\s+the\s+(?:early\s+|mid-|late\s+)?(?:1[89]|20)?\d0s|\d0s\b|during the (?:pandemic|war|crisis|recession|lockdown|occupation|blockade|boom)|back then|at (?:that|the) time|in those days|in the past|after independence|since independence|before independence|Soviet|once (?:was|were|had|stood|reached)|used to|formerly|previously|historically|decades? ago|centur(?:y|ies) ago|years? ago)\b/i;
/**
 * A level or a change told in the simple past with no time of its own ("The canal cost 300 million roubles", "Exports
 * rose 12 percent"): of some past time the sentence does not say, not the article's (review G13). An act told in the
 * past ("reached a deal worth $2 billion", "sold bonds worth …") is news of the article's own time. A present level beside it
 * ("inflation is 8 percent", "has reached"), or a recent time ("this year", "so far", "now"), keeps the article's year.
 */
const PLAIN_PAST =
  /(?<!\b(?:has|have|had|been|be|to|will|would|could|may|might|must|should|an?|the|are|is)\s+(?:\p{Ll}+ly\s+)?)\b(?:(?:was|were)(?!\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b)|rose|fell|grew|cost|totall?ed|amounted|stood|dropped|declined|increased|decreased|jumped|climbed|soared|slumped|doubled|tripled|lost|gained|peaked|exceeded|surged|plunged|shrank|contracted|expanded|accounted|made up|reached(?=\s+(?:about\s+|around\s+|some\s+|more than\s+|over\s+|nearly\s+|almost\s+|only\s+)?(?:[$€£¥]|US\$|\d)))\b/u;
const PRESENT_OR_RECENT =
  /\b(?:(?:in|for|over) the (?:first|second|third|fourth|last|past) (?:quarter|half|(?:\w+ )?months)|is|are|must|should|stands|remains|accounts|amounts|totals|reaches|exceeds|makes up|has|have|now|currently|today|this (?:year|month|week|quarter|spring|summer|autumn|fall|winter)|so far|year[- ]to[- ]date|to date|latest|recent(?:ly)?)\b/i;
/** A contents or list line: "3 Recent developments", "2.1 Trade and investment" (no sentence's end). */
const NUMBERED_LINE = /^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}[^.!?;:]{0,80}$/u;
/** {@link MAY_HOLD}'s test, without the Unicode flag where that answers the same (src/read/plain-regex.ts). */
const mayHold = plainTest(MAY_HOLD);

function firstWord(s: string): string {
  return s.trim().split(/\s+/)[0] ?? "";
}
function lastWord(s: string): string {
  const w = s.trim().split(/\s+/);
  return (w[w.length - 1] ?? "").replace(/[’']s?$/, "");
}

/** "1,300" → 1300, "42.3" → 42.3, "four" → 4. */
function numberOf(s: string): number | undefined {
  const w = WORD_NUMBERS[s.toLowerCase()];
  if (w !== undefined) return w;
  // "two-point-four" = 2.4
  const spoken = /^([a-z ]+?)[- ]point[- ]([a-z]+)$/i.exec(s);
  if (spoken) {
    const whole = spoken[1]!.toLowerCase() === "one" ? 1 : WORD_NUMBERS[spoken[1]!.toLowerCase()];
    const tenth = DIGIT_WORDS.indexOf(spoken[2]!.toLowerCase());
    return whole === undefined || tenth < 0 ? undefined : whole + tenth / 10;
  }
  const n = Number(s.replace(/,/g, ""));
  return Number.isFinite(n) ? n : undefined;
}

function money(num: string, scaleWord: string | undefined, currency: string) {
  const v = numberOf(num);
  if (v === undefined) return undefined;
  const sw = scaleWord?.toLowerCase();
  const scale = sw ? SCALES[sw]! : 1;
  const name = sw ? (SCALE_NAMES[sw] ?? sw) : "";
  return {value: v, unit: `${name} ${currency}`.trim(), scale};
}

/** Words that link a subject to its amount: "… turnover reached $42.3 billion". */
const LINKING =
  /(?:\s+(?:has|have|had|will|would|could|should|shall|must|being|raised|lifted|also|only|already|then|now|roughly|reached|reaching|reach|was|were|is|are|be|been|stood|stands|standing|amounted|amounting|amounts|totall?ed|totall?ing|totals|exceeded|exceeding|exceeds|rose|risen|rises|rising|fell|fallen|falls|falling|grew|grown|grows|growing|increased|increases|increasing|decreased|decreases|declined|jumped|soared|expanded|contracted|shrank|shrunk|climbed|dropped|hit|hits|surpassed|passed|crossed|topped|doubled|accounted|accounts|for|of|at|to|by|from|about|around|nearly|almost|over|set|expected|projected|poised|remains?|remained|stays?|stayed|runs?|ran|running|record|further|additional|extra|equal|equals|equalled|equaled|equivalent|likely|due|scheduled|more than|close to|just over|just under|as much as|as many as|upwards of|barely|some|approximately|up to|worth|valued|estimated|an|a|the|than|with|and|or|in \d{4}))+\s*$/i;
/** A reporting clause before what is measured: "He said trade …", "officials noted that exports …". */
const REPORTING =
  /^.*?\b(?:said|says|noted|notes|stressed|added|reported|announced|stated|estimated|told [\p{L} ]{1,40}?)\s+(?:that\s+)?/iu;

const VERBS =
  /\s+(?:\w+ed|will \w+|would \w+|carr(?:y|ies)|handles?|produces?|invests?|costs?|spends?|receives?|attracts?|makes?|accounts? for|holds?|employs?|owns?|gives?|sends?|buys?|sells?)$/i;

/**
 * Verbs whose object is an amount, with their participle (session 29): "Kazakhstan produced 90.4 million tonnes of oil",
 * "Germany would provide €600 million in loan guarantees", "KTZ would spend 1.2 trillion tenge". The amount measures
 * what the subject produced, provided or spent, not the subject.
 */
const OBJECT_VERBS: Readonly<Record<string, string>> = {
  produce: "produced",
  provide: "provided",
  spend: "spent",
  lend: "lent",
  invest: "invested",
  earn: "earned",
  ship: "shipped",
  export: "exported",
  import: "imported",
  buy: "bought",
  purchase: "purchased",
  sell: "sold",
  send: "sent",
  supply: "supplied",
  pledge: "pledged",
  promise: "promised",
  allocate: "allocated",
  earmark: "earmarked",
  mobilise: "mobilised",
  mobilize: "mobilized",
  offer: "offered",
  receive: "received",
  attract: "attracted",
  handle: "handled",
  carry: "carried",
  transport: "transported",
  pay: "paid",
  borrow: "borrowed",
  grant: "granted",
  commit: "committed",
  contribute: "contributed",
  deliver: "delivered",
  request: "requested",
  approve: "approved",
  disburse: "disbursed",
  generate: "generated",
  transfer: "transferred",
  donate: "donated",
  extract: "extracted",
  process: "processed",
  consume: "consumed",
  collect: "collected",
  secure: "secured",
  give: "given"
};
/** Each written form of an object verb ("ships", "shipped", "supplies", "spent", "gave") → its participle. */
const OBJECT_VERB_FORM: ReadonlyMap<string, string> = new Map(
  Object.entries(OBJECT_VERBS).flatMap(([base, part]) => {
    const third = thirdPersonForm(base.toUpperCase()).toLowerCase();
    const forms = [base, third, part, ...(base === "give" ? ["gave"] : [])];
    return forms.map((w) => [w, part] as [string, string]);
  })
);
/** The words between a subject and its verb: modals, perfects, adverbs, "agreed to", "plans to". */
const VERB_HELPERS =
  /^(?:will|would|could|can|may|might|shall|should|must|has|have|had|is|are|was|were|also|already|only|since|then|now|just|reportedly|still|so far|(?:(?:has|have|had|is|are|was|were)\s+)?(?:agreed|pledged|promised|planned|plans?|wants?|wanted|decided|offered|prepared|ready|willing|able|going|set|due|expected|planning|seeking|hoping|trying|aims?|aimed|aiming|seeks?|sought|hopes?|hoped|intends?|intended|intending|expects?|needs?|needed|tries|tried|vows?|vowed|is|are|was|were)\s+to|to)$/i;
/** The object's noun after the amount: "… tonnes of oil in 2023", "€600 million in loan guarantees over three years". */
const OBJECT_AFTER =
  /^\s+(?:of|in)\s+([\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,4}?)(?=\s+(?:to|from|for|through|via|over|by|at|since|into|under|in|on|with|and|or|a|an|per|each|this|last|next|between|during|which|that|who|worth|as|until|before|after|annually|every)\b|\s*[,.;:()"”]|\s*$)/u;
/** An aside between commas before an amount: ", for its part,", ", for example,", ", according to its sponsors,". */
const ASIDE =
  /,\s+(?:for (?:its|his|her|their|our|my) part|for example|for instance|in turn|meanwhile|however|by contrast|in fact|in total|in all|according to [^,]{2,60}|officials said|analysts say|data show)\s*,/gi;
/**
 * A sum's recipient or purpose right after it (session 30): "to a Kazakh wind farm", "for the Trans-Caspian transport
 * corridor", "for flood protection and irrigation" (a time before it, "over four years", "this year", left out); the
 * phrase up to a verb, a clause or a time.
 */
const RECIPIENT_AFTER =
  /^(?:\s+(?:over|within|during|in)\s+(?:the\s+)?(?:next\s+|past\s+|coming\s+)?(?:\w+\s+)?(?:years?|months?|decades?)|\s+(?:this|last|next)\s+(?:year|month))?\s+(to|for)\s+((?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{L}][\p{L}'’-]*\s+){0,4}?[\p{L}][\p{L}'’-]*)(?=\s+(?:in|on|at|by|from|through|via|over|under|since|during|until|before|after|which|that|who|while|as|and\s+(?:to|said|will|would|has|have|is|are))\b|\s*[,.;:()"”]|\s*$)/u;
/** The participles of giving money: a sum given by a relative's antecedent is the antecedent's (session 32). */
const GIVING: ReadonlySet<string> = new Set([
  "provided",
  "spent",
  "lent",
  "invested",
  "pledged",
  "promised",
  "allocated",
  "earmarked",
  "mobilised",
  "mobilized",
  "offered",
  "paid",
  "granted",
  "committed",
  "contributed",
  "disbursed",
  "donated",
  "given"
]);
/**
 * A name and a relative pronoun after its comma, closing a clause: "The European Union, which", "Japan, who"; also after
 * a word in running case ("next to China, which"; not a place after "in", "at", "of" …: "Svevind in Mangystau, which
 * aims to produce" is Svevind's; session 35).
 */
const RELATIVE_AGENT =
  /(?:^|[;:]\s+|,\s+(?:and|but|while)\s+|(?<=\s)(?<!\b(?:in|at|near|of|from|on|across|outside|inside|around|within)\s))((?:The\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’.&-]*)){0,7}),\s+(?:which|who)$/u;
/** The participles of a sum coming in: what it came from names it ("earned … from exports of …"; session 32). */
const EARNING: ReadonlySet<string> = new Set(["earned", "received", "generated", "collected", "attracted"]);
/** A sum's source right after it: "from exports of tungsten concentrate", "from transit fees" (up to a verb or a clause). */
const SOURCE_AFTER =
  /^\s+from\s+((?:the\s+|its\s+|their\s+)?(?:[\p{Ll}][\p{L}'’-]*\s+){0,3}?[\p{Ll}][\p{L}'’-]*(?:\s+of\s+(?:[\p{L}][\p{L}'’-]*\s+){0,2}?[\p{L}][\p{L}'’-]*)?)(?=\s+(?:in|on|at|by|to|through|via|over|under|since|during|until|before|after|which|that|who|while|as|and|last|this|a|an)\b|\s*[,.;:()"”]|\s*$)/u;
/**
 * A name, its verb of saying and "it" or "they" closing the clause: "The EU Delegation to Tajikistan announced last month
 * that it", "Japan said on Monday it" (the name, up to eight words, with "of", "for", "to", "and", "the" between capitals).
 */
const SAYER_OF_IT =
  /(?:^|[;:]\s+|,\s+)((?:The\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|for|to|and|the|on|in)\s+)*\p{Lu}[\p{L}'’.&-]*){0,7})\s+(?:(?:has|had|also)\s+)?(?:said|says|announced|announces|stated|confirmed|added|declared|indicated)(?:\s+(?:last|this|on|earlier|in)(?:\s+\p{L}+)?|\s+(?:yesterday|today))?\s+(?:that\s+)?(?:it|they)$/u;
/** Words that point back, no subject of their own. */
const POINTER_SUBJECT = /^(?:it|he|she|they|we|i|you|this|the company|the country|the bank|the fund)$/i;

/**
 * "Kazakhstan produced 90.4 million tonnes of oil" → "oil produced by Kazakhstan"; "KTZ would spend 1.2 trillion tenge"
 * → "money spent by KTZ": `left` (the clause before the amount, linking words taken off) ends with a subject and a
 * verb whose object is the amount. Undefined when it does not.
 */
function objectWhat(left: string, sentence: string, f: Found): string | undefined {
  if (f.rule === "figure:percent") return undefined;
  const words = left.trim().split(/\s+/);
  // ("Beijing has since lent us about $2 billion": a pronoun the sum went to, between the verb and its object; session 31)
  if (
    words.length > 2 &&
    /^(?:us|them|him|her|me)$/i.test(words.at(-1)!) &&
    OBJECT_VERB_FORM.has(words.at(-2)!.toLowerCase())
  )
    words.pop();
  const verb = words.at(-1)?.toLowerCase();
  const part = verb ? OBJECT_VERB_FORM.get(verb) : undefined;
  if (!part) return undefined;
  // ("will study the supply of", "an increase of supplies", "Botas's imports totalled": a noun, no verb)
  const previous = words.at(-2) ?? "";
  if (
    /^(?:the|a|an|its|their|his|her|our|this|that|these|those|of|for|in|on|at|with|from|by|annual|total)$/i.test(
      previous
    ) ||
    /['’]s?$/.test(previous)
  )
    return undefined;
  let k = words.length - 1;
  while (k > 0) {
    // (the longest helper first: "pledged to", "was prepared to" before "to")
    if (k > 2 && VERB_HELPERS.test(`${words[k - 3]} ${words[k - 2]} ${words[k - 1]}`)) k -= 3;
    else if (k > 1 && VERB_HELPERS.test(`${words[k - 2]} ${words[k - 1]}`)) k -= 2;
    else if (VERB_HELPERS.test(words[k - 1]!)) k--;
    else break;
  }
  const subjectClause = words.slice(0, k).join(" ");
  let subject = (
    subjectClause
      .split(/[;:]|,\s+(?:and|but|while|which|whereas)\s+|,\s+|\b(?:that|which|while|whereas|when|as)\s+/)
      .pop() ?? ""
  )
    .replace(REPORTING, "")
    // (a quotation's opening mark is no part of its subject: “The EU offered …)
    .replace(/^[*•\s"“‘«(]+/, "")
    // (a dateline before the subject, "TASHKENT - Japan's minister pledged …", is no part of it; session 35)
    .replace(/^\p{Lu}{3,}(?:[\s,]+\p{Lu}{3,})*\s+[-–—]\s+/u, "")
    .replace(/^(?:and|but|the)\s+/i, "")
    // ("Last year Kazakhstan shipped", "In 2024 the Company shipped": the time before the subject is no part of it)
    .replace(
      /^(?:[\w-]+ (?:years?|months?|weeks?) ago|(?:last|this|next) (?:year|month|week)|(?:in|by|since|during|on) (?:\d{4}|(?:early |mid-|late )?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?)),?\s+(?:the\s+)?/i,
      ""
    )
    .trim();
  // (a past participle alone, "promised" after "and", is no subject and verb: "visited Paris and promised …")
  if (!subject || /^(?:and|but|or|then)$/i.test(subject)) return undefined;
  // (a verb coordinated with another, "X toured Astana and Tashkent and promised $25 million": the agent is further
  // back; the amount is still what was promised)
  // (nor is one that opens with a verb or closes with a conjunction: "opened an office in Tashkent and", "… while")
  const coordinated = /\b(?:and|or|while|whereas|as|when|but)$/i.test(subject) || /^\p{Ll}+ed\b/u.test(subject);
  // ("the terminal, which will handle up to 2 million tonnes": the relative's noun is what the amount measures, read
  // below)
  // (unless the amount names its own object: "which aims to produce two million tonnes of green hydrogen" → "green
  // hydrogen produced"; session 31)
  // ("The European Union, which promised €10 billion for …": a sum given by a relative's antecedent set off by a comma,
  // a name, is the antecedent's; session 32)
  // ("China, which bought $2.1 billion in Iowa soybeans", "Kazakhstan, which shipped 2 million tonnes of grain": any
  // amount a named antecedent's relative trades, makes or ships is the antecedent's, when the thing is named after it;
  // session 35)
  const giver =
    /^(?:which|who)$/i.test(subject) &&
    ((f.rule === "figure:money" && GIVING.has(part)) || OBJECT_AFTER.test(sentence.slice(f.end)))
      ? RELATIVE_AGENT.exec(subjectClause)?.[1]
      : undefined;
  if (/^(?:which|that|who)$/i.test(subject) && !giver) {
    const own = OBJECT_AFTER.exec(sentence.slice(f.end));
    return own && /^\s+of\b/.test(own[0]) ? `${own[1]!.trim()} ${part}` : undefined;
  }
  if (giver) subject = giver.replace(/^The\s/, "the ");
  // (a conversion in brackets after the amount is no part of the object: "1.5 billion yuan (US$209 million) in grants")
  const after = OBJECT_AFTER.exec(sentence.slice(f.end).replace(/^\s*\([^()]{1,40}\)/, ""));
  // (after "in", a thing the money is in, "in loan guarantees", not a place, "in the country", "in Kazakhstan")
  const object =
    // (the word whole: "in assistance", "in aid" are things; session 31)
    // ("in Iowa farm products": a place's name before a noun in running case is part of the thing; session 35)
    after &&
    !(
      /^\s+in\b/.test(after[0]) &&
      (/^(?:the|a|an|its|their|his|her|our|this)\b/i.test(after[1]!) ||
        (/^\p{Lu}/u.test(after[1]!) && (!/\s\p{Ll}[\p{L}-]*s$/u.test(after[1]!) || /['’]/.test(after[1]!))))
    )
      ? after[1]!.trim()
      : undefined;
  const head =
    object ??
    (f.rule === "figure:money"
      ? "money"
      : (f.unit
          .replace(/\s+(?:per|a|an)\s+.*$/, "")
          .split(/\s+/)
          .at(-1) ?? "amount"));
  // ("The EU Delegation announced last month that it would provide a further EUR 3 million": the pronoun is the
  // speaker's own side, named before its verb of saying; session 34)
  const speaker = /^(?:it|they)$/i.test(subject) ? SAYER_OF_IT.exec(subjectClause)?.[1] : undefined;
  if (speaker) subject = speaker.replace(/^The\s/, "the ");
  const agent = POINTER_SUBJECT.test(subject) || coordinated ? `${head} ${part}` : `${head} ${part} by ${subject}`;
  // ("lent $100 million to a wind farm", "offered €10 billion for the transport corridor": with no object of its own,
  // the sum's recipient or purpose after it, a time before it left out; session 30)
  const rest = sentence.slice(f.end).replace(/^\s*\([^()]{1,40}\)/, "");
  const aim = object ? undefined : RECIPIENT_AFTER.exec(rest);
  if (aim) return `${agent} ${aim[1]!.toLowerCase()} ${aim[2]!.trim()}`;
  // ("Kazakhstan earned only $34 million from exports of tungsten concentrate": what a sum earned or received came
  // from; session 32)
  const source = !object && EARNING.has(part) ? SOURCE_AFTER.exec(rest) : null;
  return source ? `${agent} from ${source[1]!.trim()}` : agent;
}

/** A rise told right before a share: "rose by 27%", "up 27 percent", "grew 8%", "an increase of 5%". */
const RISE_BEFORE =
  /\b(?:up|rose|risen|rises|rising|grew|grown|grows|growing|increased|increases|jumped|soared|climbed|gained|expanded|higher|increase|rise|growth|more than (?:doubled|tripled))\b(?:\s+(?:by|of|about|around|nearly|almost|some|roughly|more than|over|an?|another|a further|just|only))*\s*$/i;
/** A fall or a cut told right before a share: "fell by 30%", "down 4%", "cut … by 15%", "a drop of 38 percent". */
const FALL_BEFORE =
  /\b(?:down|fell|fallen|falls|falling|dropped|declined|decreased|shrank|lost|lower|decline|decrease|fall|drop)\b(?:\s+(?:by|of|about|around|nearly|almost|some|roughly|more than|over|an?|just|only))*\s*$/i;
const CUT_BEFORE =
  /\b(?:cut|cuts|cutting|reduce|reduced|reduces|reducing|lowered|lower|trim|trimmed)\b[^,;]{0,120}?\bby(?:\s+(?:about|around|up to|nearly|some|roughly))?\s*$/i;

/** The whole a share is of, up to its time or the clause's verb: "of foreign direct investment into the country in 2024". */
const SHARE_OF =
  /^\s+of\s+([^,.;:()]{2,80}?)(?=\s+(?:in\s+(?:19|20)\d\d|last|this|next|a\s+year|which|that|who|was|were|is|are|has|have|had|will|would|according|compared|up|down|from\s+(?:19|20)\d\d)\b|\s*[,.;:()"”]|\s*$)/;

/**
 * What a share measures (session 29): "rose by 27%" measures the growth of what rose ("growth of trade between …"),
 * "fell by 30%" its fall, "cut its tariff … by 15%" the cut in it, and "40% of foreign direct investment" a share of
 * the noun after "of" ("share of foreign direct investment"). `what` is the noun phrase read before the share (or the
 * figure's before it in the sentence).
 */
function shareWhat(sentence: string, f: Found, what: string, prior?: string): string {
  if (f.rule !== "figure:percent") return what;
  // ("trade reached $2.4 billion in 2023, an increase of 12.6% …", "… $95 million, down 8 per cent from 2023": a change
  // told by its word alone after an amount is the change of what that amount measures; session 32)
  const change = CHANGE_ONLY.exec(what.trim());
  if (change && prior && !CHANGE_FRAME.test(prior)) {
    const word = change[1]!.toLowerCase();
    const noun = /^(?:increase|rise|jump|drop|decline|decrease|fall|gain)$/.test(word)
      ? `${word} in`
      : /^(?:down|fell|dropped|declined|decreased|lost)$/.test(word)
        ? "fall in"
        : "growth of";
    return `${noun} ${prior}`;
  }
  const before = sentence.slice(0, f.start);
  const clause = before.split(/[;:]/).pop() ?? "";
  const cut = CUT_BEFORE.exec(clause);
  if (cut) {
    const object = /^\s*(?:its|their|his|her|the|our)?\s*(.{3,80}?)\s+by\b/i.exec(
      clause.slice(cut.index + cut[0].split(/\s/)[0]!.length)
    )?.[1];
    return object ? `cut in ${object.trim()}` : what ? `cut in ${what}` : what;
  }
  const base = what.replace(/\s+(?:up|down|and|but)$/i, "").trim();
  // (a what that tells the change itself, "an increase", "GDP growth", stays; "makes up 80%" is no rise)
  const told =
    /\b(?:increase|increases|rise|rises|growth|grew|grown|jump|drop|fall|falls|decline|cut|up|down|forecast)\b/i.test(
      base
    );
  const tail = before.slice(-60);
  if (
    !told &&
    base &&
    RISE_BEFORE.test(tail) &&
    !/\b(?:make|makes|made|making|take|takes|took|set|sets)\s+up\b/i.test(tail)
  )
    return `growth of ${base}`;
  if (!told && base && FALL_BEFORE.test(tail)) return `fall in ${base}`;
  const of = SHARE_OF.exec(sentence.slice(f.end));
  if (of) {
    const whole = of[1]!.trim();
    // ("remittances … 39 per cent of Tajikistan's GDP", "a deficit of 5.1% of GDP": a ratio to the economy)
    if (/^(?:(?:the\s+)?[\p{L}-]+['’]s?\s+)?(?:GDP|gross domestic product|economy|output)$/iu.test(whole) && base)
      return `${base} as a share of ${whole}`;
    return `share of ${whole}`;
  }
  return what;
}

/** A change told by its word alone ("an increase", "a rise", "down", "up", "grew another"), no thing named with it. */
const CHANGE_ONLY =
  /^(?:an?\s+)?(?:(?:further|fresh|new|modest|sharp|slight)\s+)?(increase|rise|jump|drop|decline|decrease|fall|gain|growth|up|down|grew|rose|fell|dropped|declined|decreased|lost|gained|climbed|jumped)(?:\s+(?:another|a further|by|of|some|about|nearly|almost|roughly|just|only))*$/i;
/** A what that is already a change of a thing ("growth of trade", "fall in exports"): no change of it again. */
const CHANGE_FRAME = /^(?:growth of|fall in|cut in|(?:increase|rise|jump|drop|decline|decrease|gain) in)\s/i;

/**
 * "It reached", "It stood at", "It amounted to", "It came to", "It totalled", "This was": a pronoun whose verb says that
 * it is at a level, right before the amount (with a word of degree).
 */
const LEVEL_PRONOUN =
  /^(?:It|This)\s+(?:(?:has|had|also|only|then|still)\s+)?(?:reached|stood at|stands at|amounted to|amounts to|came to|comes to|totall?ed|totals|was|is|exceeded|topped|hit)\s+(?:(?:only|just|about|around|roughly|some|nearly|almost|over|more than|less than|under|barely|approximately|an estimated)\s+)*$/;
/**
 * The subject of a sentence that says what a thing is like ("Trade between the two countries remains small.", "India's
 * trade with the region is tiny."): the words before its verb of being, when they name a thing (a word in lower case
 * among them; no pronoun, no comma); undefined otherwise.
 */
function subjectBefore(sentence: string | undefined): string | undefined {
  const m =
    /^((?:The\s+)?\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,7}?)\s+(?:remains?|remained|is|was|has (?:been|remained|stayed)|stays|stayed)\s+(?:(?:still|very|rather|relatively|fairly|quite|far|comparatively)\s+)?[\p{Ll}-]+\s*[.!]?$/u.exec(
      sentence?.trim() ?? ""
    );
  const subject = m?.[1];
  if (!subject || /^(?:It|This|That|These|Those|They|He|She|We|I|You|There|Here)\b/.test(subject)) return undefined;
  if (!/(?:^|\s)\p{Ll}{3,}/u.test(subject.replace(/^The\s/, ""))) return undefined;
  return subject.replace(/^The\s/, "the ");
}

/** A time closing the noun phrase ("transit this year", "trade in 2023", "exports in the first nine months"). */
const TRAILING_TIME =
  /(?:,?\s+(?:(?:this|last|next|the previous|the past) (?:year|month|quarter)|in (?:19[5-9]\d|20\d{2})|in the first (?:\w+ )?(?:months?|half|quarter)(?: of (?:the year|19[5-9]\d|20\d{2}))?|a year (?:earlier|ago|before)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))+[\s,]*$/i;

/**
 * A "what" that names nothing (session 30): a time ("last year", "2021", "currently"), a preposition or a word of
 * degree or comparison left from the clause ("in", "including", "against less", "More", "Over", "well below").
 */
const NO_NOUN_WHAT =
  /^(?:(?:this|last|next|the previous|the past) (?:year|month|quarter|week)|(?:in |by |since )?(?:19|20)\d\d|currently|now|today|in|including|against(?: less| more| about| some)?|compared with|well (?:below|above|under|over)|more|over|some|about|around|nearly|almost|roughly|than|less|under|below|above|worth(?: a total)?)$/i;

/**
 * A verb of being and an adjective closing a "what" ("… is negligible", "… nevertheless remain modest", "… was still
 * small"): the subject before it is the thing at the level (not "is under", "is about": a preposition; not "is expected":
 * a participle).
 */
const LEVEL_PREDICATE =
  /(?<=\S)\s+(?:(?:still|also|nevertheless|however|now|only|thus)\s+)*(?:is|are|was|were|remains?|remained|stays?|stayed)\s+(?:(?:still|very|rather|relatively|fairly|quite|far|comparatively|only|now|tiny|so)\s+)*(?!(?:under|over|about|around|at|worth|above|below|near|up|down)$)\p{Ll}{3,}(?<!ed|ing)$/u;

/** The helpers of a passive or a linking verb after a counted noun: "people were evacuated" → "people evacuated". */
const AFTER_HELPERS = /^(?:are|were|is|was|have been|has been|had been|are now|were now|now|still|currently)\s+/i;

/**
 * What a measure opening its clause measures (session 30): "More than 130,000 people were evacuated on the Kyrgyz
 * side" → "people evacuated on the Kyrgyz side": the unit's noun and the clause after it, its helpers left out.
 */
function measureAfter(sentence: string, f: Found): string | undefined {
  if (f.rule !== "figure:measure") return undefined;
  const noun = f.unit.split(/\s+/).at(-1) ?? "";
  if (!/^\p{Ll}+$/u.test(noun)) return undefined;
  const clause = /^([^,.;:()]{3,80})/.exec(sentence.slice(f.end).replace(/^\s+/, ""))?.[1];
  if (!clause) return noun;
  const words = clause.replace(AFTER_HELPERS, "").trim().split(/\s+/).slice(0, 7);
  return `${noun} ${words.join(" ")}`.trim();
}

/** A comparison before an amount and the party it is for after it: "compared with more than $90 billion for China". */
const COMPARED_BEFORE = /\b(?:compared with|compared to|against|versus|vs\.?|and|while|with)\s+(?:\w+\s+){0,3}$/i;
const FOR_PARTY = /^\s*for\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})(?=[\s,.;)]|$)/u;

/**
 * What an amount measures when its clause only points at it (session 30): a level raised to or expected for "it"
 * ("agreed to bring it to $10 billion" → "target for bilateral trade"), a target named after its subject ("we aim
 * for $60 billion"), a pronoun subject ("It came to about $480 million"), or the same measure for another party
 * ("compared with more than $90 billion for China" → "China's trade with Central Asia"). `before` is the what of the
 * figure before it in the sentence, `earlier` the last figure's in the two sentences before.
 */
function pointedWhat(sentence: string, f: Found, what: string, before?: string, earlier?: string): string {
  if (f.rule === "figure:count" || f.rule === "figure:ordinal") return what;
  const left = sentence.slice(0, f.start);
  const antecedent = (before || earlier)?.replace(/^target for\s+/, "");
  const level = POINTED_LEVEL.exec(left);
  if (level) {
    if (!antecedent) return what;
    return level[1] ? `target for ${antecedent}` : antecedent;
  }
  // ("the trade deficit with China, which he puts at $6.3bn", "a deal that officials put at about $1.1 billion": what
  // someone puts or estimates at the amount; "estimate it at": the thing before; session 32)
  const valued = VALUED_AT.exec(left)?.[1];
  if (valued) return valued.trim();
  if (antecedent && ESTIMATED_IT.test(left)) return antecedent;
  const raised = RAISE_NOUN.exec(left)?.[1];
  if (raised && !/\b(?:it|this|them)\b/i.test(raised)) return `target for ${raised.replace(/^the\s+/i, "")}`;
  const cost = COST_ESTIMATED.exec(left);
  if (cost) {
    const of = (cost[1] ?? cost[2])?.replace(/^(?:and|but)\s+/i, "").trim();
    const said =
      /\b(expected|projected|forecast)\s+to\s+cost\s+\S*\s*$/i.exec(cost[0])?.[1]?.toLowerCase() ?? "estimated";
    return of
      ? `${said} cost of ${of.replace(/^The\s/, "the ")}`
      : earlier && !before
        ? `${said} cost of ${earlier}`
        : `${said} cost`;
  }
  if (antecedent && AIM_BEFORE.test(left) && (!what || /\b(?:aims?|aimed|goal|target)\b/i.test(what)))
    return `target for ${antecedent}`;
  if (
    !before &&
    earlier &&
    (POINTER_WHAT.test(what.trim()) || (!what && /\b(?:it|this)\s+(?:\w+\s+){0,3}$/i.test(left)))
  )
    return earlier;
  const party = FOR_PARTY.exec(sentence.slice(f.end))?.[1];
  if (!what && before && party && COMPARED_BEFORE.test(left)) {
    // ("US trade with Central Asia" for China: the other party's own, "China's trade with Central Asia")
    const bare = before.replace(/^(?:\p{Lu}[\p{L}.-]*(?:['’]s)?\s+)+(?=\p{Ll})/u, "");
    return `${party.replace(/^the\s+/, "the ")}'s ${bare}`;
  }
  // ("€12 billion …, including €3 billion for the Trans-Caspian corridor": a part of the sum before, for its purpose)
  const purpose =
    /^\s*for\s+((?:the\s+)?[\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,4}?)(?=\s+(?:and|or|to|in|by|from)\b|[,.;)]|$)/u.exec(
      sentence.slice(f.end)
    )?.[1];
  if (
    !what &&
    before &&
    purpose &&
    /\bincluding\s+(?:\w+\s+){0,2}$|\bincluding\b[^;.]{0,120}\band\s+(?:\w+\s+){0,2}$/i.test(left)
  )
    return `${before.replace(/\s+for\s+.*$/, "")} for ${purpose}`;
  return what;
}

/** What an amount measures, without a time closing it or a comma (session 29). */
function whatOf(sentence: string, f: Found, prev: Found | undefined): string {
  const what = rawWhatOf(sentence, f, prev);
  const bare = what.replace(TRAILING_TIME, "").replace(/[\s,;:–—-]+$/, "");
  // (a what that names nothing: the measure's own noun after it, else nothing, so that the figure before it in the
  // sentence lends its own; session 30)
  if (NO_NOUN_WHAT.test(bare.trim()) || NO_NOUN_WHAT.test(what.trim()))
    // (after another figure, only a measure of something named after it: "against less than 1 million tonnes of …")
    return (prev === undefined || /^\s+of\s/.test(sentence.slice(f.end)) ? measureAfter(sentence, f) : undefined) ?? "";
  if (!bare.trim() && !what.trim()) return thingAfter(sentence, f) ?? "";
  return bare.length >= 3 ? bare : what;
}

/** Phrases after "in" that are no thing money is in: "in total", "in cash terms", "in 2024", "in return". */
const NOT_A_THING =
  /^(?:total|all|full|part|turn|fact|addition|return|exchange|time|terms|order|person|principle|particular|general|recent|cash\s+terms|nominal|real|annual|value|dollar\s+terms)/i;

/**
 * The thing a sum is in, named after it, when nothing before the amount names what it measures (session 31): "Xi
 * announced 1.5 billion yuan (US$209 million) in grants to the region" → "grants to the region"; "Xi announced 26
 * billion yuan, about 3.8 billion dollars, in financing and grants for the region" → "financing and grants for the
 * region". Not a place or a time ("in Kazakhstan", "in the country", "in 2024"), nor "in total", "in return".
 */
function thingAfter(sentence: string, f: Found): string | undefined {
  if (f.rule !== "figure:money") return undefined;
  const rest = sentence
    .slice(f.end)
    // (a conversion after the amount, in brackets or between commas, is no part of what follows)
    .replace(/^\s*\([^()]{1,40}\)/, "")
    .replace(/^,\s+(?:about|around|roughly|some|nearly|or|or\s+about)?\s*[^,\d]{0,4}\d[^,]{0,30},/, "");
  const m =
    /^\s+in\s+((?:[\p{Ll}][\p{L}'’-]*)(?:\s+(?:and\s+)?[\p{Ll}][\p{L}'’-]*){0,3}?)(?=\s+(?:to|for|from|through|via|over|by|at|since|under|on|with|this|last|next|during|which|that|as)\b|\s*[,.;:()"”]|\s*$)/u.exec(
      rest
    );
  if (
    !m ||
    NOT_A_THING.test(m[1]!) ||
    /^(?:the|a|an|its|their|his|her|our|this|that|these|those)$/i.test(m[1]!.split(/\s+/)[0]!)
  )
    return undefined;
  const aim = RECIPIENT_AFTER.exec(rest.slice(m.index + m[0].length));
  return (aim ? `${m[1]!} ${aim[1]!.toLowerCase()} ${aim[2]!.trim()}` : m[1]!).replace(TRAILING_TIME, "");
}

/**
 * A level worked towards or expected for a thing the clause only points at (session 30): "agreed to bring it to $10
 * billion", "plan to bring this indicator to …", "wanted to raise the volume to …", "expect it to reach $5 billion".
 * Group 1 a verb of raising, group 2 one of expecting, group 3 the object pointed at.
 */
const POINTED_LEVEL = new RegExp(
  String.raw`\b(?:(bring|bringing|raise|raising|lift|lifting|increase|increasing|boost|boosting|take|taking|double|doubling|push|pushing|expand|expanding)|(expects?|expected|expecting|forecasts?|predicts?|projects?))\s+(it|this|them|(?:this|that|the) (?:indicator|figure|volume|level|amount|turnover|number))\s+to\s+(?:(?:reach|hit|exceed|top|pass|surpass|rise to|grow to|increase to)\s+)?${DEGREE}$`,
  "i"
);
/** A thing someone puts, estimates or values at the amount, named before its relative: "X, which he puts at". */
const VALUED_AT = new RegExp(
  String.raw`((?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+|\p{Lu}[\p{L}.-]*['’]s\s+)[^,;:()"“”]{2,70}?),?\s+(?:which|that)\s+(?:[\p{L}-]+\s+){1,3}?(?:puts?|estimates?|estimated|values?|valued|reckons?|calculates?|calculated)\s+at\s+${DEGREE}$`,
  "u"
);
/** A thing pointed at that someone puts, estimates or values at the amount: "Market participants estimate it at". */
const ESTIMATED_IT = new RegExp(
  String.raw`(?:puts?|estimates?|estimated|values?|valued|reckons?)\s+(?:it|this|them|the (?:figure|total|amount|sum|volume))\s+at\s+${DEGREE}$`,
  "i"
);
/** A target named right before its level, the clause's subject its only noun: "we aim for", "set a goal of reaching". */
const AIM_BEFORE = new RegExp(
  String.raw`\b(?:aims?|aimed|aiming)\s+(?:for|at)\s+${DEGREE}$|\b(?:goal|target)\s+of\s+(?:reaching\s+|bringing\s+it\s+to\s+)?${DEGREE}$`,
  "i"
);
/** A level a named thing is raised to: "agreed to raise bilateral trade to $2 billion" (the thing, up to five words). */
const RAISE_NOUN = new RegExp(
  String.raw`\b(?:bring|bringing|raise|raising|lift|lifting|increase|increasing|boost|boosting|double|doubling|push|pushing|expand|expanding)\s+(?!of\b|in\b|by\b|on\b)((?:(?:the|their|its|our|mutual|bilateral|annual|two-way)\s+)*(?:[\p{L}-]+\s+){0,3}?(?:trade|turnover|exports|imports|investments?|volumes?|output|production|capacity|shipments|traffic|cargo|flows?|deliveries|supplies))(?:\s+from\s+[^;]{1,60}?)?\s+to\s+${DEGREE}$`,
  "iu"
);
/** What a thing is estimated to cost: "Its cost has been estimated at", "X is estimated to cost", "the cost of X is estimated in". */
const COST_ESTIMATED = new RegExp(
  String.raw`(?:\b(?:its|their|the)\s+(?:estimated\s+|total\s+)?cost\s+(?:has been|have been|had been|is|was|were)?\s*(?:estimated|put|valued)\s+(?:at|in)|\b(?:the\s+)?cost\s+of\s+([^,;]{3,60}?)\s+(?:has been|is|was|had been)\s+(?:estimated|put|valued)\s+(?:at|in)|(?:^|,\s+|\b(?:and|that)\s+)([^,;]{3,80}?)(?:,\s+[^,]{3,120},)?\s+(?:is|was|are|were|has been|had been)\s+(?:estimated|expected|projected|forecast|set)\s+to\s+cost)\s+${DEGREE}$`,
  "i"
);
/** The frame pointedWhat puts around a thing ("target for …", "estimated cost of …"), left out when it is lent on. */
const WHAT_FRAME = /^(?:target for|(?:estimated|expected|projected|forecast) cost of)\s+/;
/** A "what" that is a pronoun and its verb alone: "It came", "It amounted", "It". */
const POINTER_WHAT = /^(?:it|its|this|they)(?:\s+\p{L}+)?$/iu;

/**
 * A determiner right before an amount (session 30): an article, a possessive pronoun or a name's "'s", with the
 * adjectives of a sum that stand between it and the amount ("its own", "its estimated", "a further", "the planned").
 */
const DETERMINER_BEFORE = new RegExp(
  String.raw`(?:^|[\s(“"‘'])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat|\p{Lu}[\p{L}.-]*['’]s?)(?:\s+(?:own|estimated|planned|proposed|projected|total|initial|additional|further|new|annual|combined|promised|pledged|announced|record|previous|latest|first|second|whole|entire|roughly|about|around|nearly|some|approximately|almost))*\s+$`,
  "u"
);
/** A word that ends the noun phrase after an amount: a preposition, a conjunction, a verb's helper, a pointer. */
const NOUN_PHRASE_END =
  /^(?:to|for|in|on|from|with|at|of|that|which|who|by|through|via|over|under|between|into|across|per|each|every|several|and|or|but|as|than|is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|should|must|it|its|their|this|these|those|he|she|they|we|the|a|an|last|next|this|a year|annually|times|since|after|before|during|until|while|when|where|whose|whom|against|up|down|out|off|more|less|twice|once|again|already|still|also|now|too|yet|soon|later|earlier|ago|recently|alone|together)$/i;

/** The units of a length: a compound adjective of one ("a 647-kilometre line") measures the thing's length. */
const LENGTH_UNIT = /^(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m)$/i;

/**
 * The noun phrase an amount modifies (session 30): "a $500 million credit line", "its own 800km section", "a
 * 647-kilometre line linking …", "the EU's €12 billion Global Gateway investment package for the region" (the words up
 * to a preposition, a verb or a comma; a name in capitals only before the nouns in running case, "Global Gateway
 * investment package", not "loan Kazakhstan received"; no participle after the head, "line linking"). Undefined when
 * no determiner stands before the amount or no noun follows it ("the $2 billion it lent", "a $1 billion of aid").
 */
function modifiedNoun(sentence: string, f: Found): string | undefined {
  if (f.rule === "figure:percent" || f.rule === "figure:ordinal" || f.rule === "figure:count") return undefined;
  if (!DETERMINER_BEFORE.test(sentence.slice(Math.max(0, f.start - 40), f.start))) return undefined;
  const after = sentence.slice(f.end);
  // (a money amount's conversion in brackets, "1.5 billion yuan (US$209 million) in grants", is no word of the phrase)
  const rest = after.replace(/^\s*\([^()]{1,40}\)/, "");
  if (!/^\s+\S/.test(rest)) return undefined;
  const words: string[] = [];
  let running = false;
  for (const raw of rest.trim().split(/\s+/).slice(0, 8)) {
    const w = raw.replace(/(?:\[\d+\])+$/, "").replace(/[,.;:!?)"”’]+$/, "");
    const closed = w !== raw;
    if (!/^[\p{L}][\p{L}'’-]*$/u.test(w) || NOUN_PHRASE_END.test(w)) break;
    const capital = /^\p{Lu}/u.test(w);
    // (a name after a noun in running case begins another phrase: "a $3 billion loan Kazakhstan received")
    if (capital && running) break;
    // (a participle or a past tense after the head: "a 500-kilovolt line linking …", "a $2 billion loan approved")
    if (running && /(?:ing|ed)$/i.test(w) && words.length > 0) break;
    if (!capital) running = true;
    words.push(w);
    if (closed || words.length >= 5) break;
  }
  // (the phrase must end in a noun in running case: "a $25 million EU" names no thing)
  if (!running || words.length === 0) return undefined;
  const np = words.join(" ");
  // (a phrase of the noun's own after it: "a $1 billion line of credit", "a 647-kilometre line from Termez to
  // Kharlachi", "a $500 million loan for the power grid")
  const tail = rest.slice(rest.indexOf(words.at(-1)!) + words.at(-1)!.length);
  const pp = /^\s+(of|for|from|between)\s+(?:(the|a|an|its|their|our|his|her|this|these|those)\s+)?(.*)$/u.exec(tail);
  const object: string[] = [];
  if (pp && !/[,.;:]\s*$/.test(tail.slice(0, tail.indexOf(pp[1]!)))) {
    for (const raw of pp[3]!.split(/\s+/).slice(0, 6)) {
      const w = raw.replace(/(?:\[\d+\])+$/, "").replace(/[,.;:!?)"”’]+$/, "");
      // ("from Termez to Kharlachi", "between India and the region": the second end of the span)
      if (/^(?:to|and|the)$/i.test(w) && object.length > 0 && /^\p{Lu}/u.test(object.at(-1)!)) {
        object.push(w);
        continue;
      }
      if (!/^[\p{L}][\p{L}'’-]*$/u.test(w) || NOUN_PHRASE_END.test(w)) break;
      if (object.length > 0 && /(?:ing|ed)$/i.test(w) && !/^\p{Lu}/u.test(w)) break;
      object.push(w);
      if (w !== raw || object.length >= 4) break;
    }
    while (object.length > 0 && /^(?:to|and|the)$/i.test(object.at(-1)!)) object.pop();
  }
  const phrase = object.length > 0 ? `${np} ${pp![1]} ${pp![2] ? `${pp![2]} ` : ""}${object.join(" ")}` : np;
  return LENGTH_UNIT.test(f.unit) ? `length of ${phrase}` : phrase;
}

/** A noun phrase an article or a possessive opens right before "of" and an amount: "a yen loan of", "an average of". */
const NOUN_OF_AMOUNT = new RegExp(
  String.raw`(?:^|[\s(])(?<!\b(?:with|to)\s)(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+((?:[\p{L}-]+\s+){0,3}?[\p{Ll}][\p{L}-]*)\s+of\s+${DEGREE}$`,
  "u"
);
/** The nouns of a change, which shareWhat reads with what changed: "an increase of 25%". */
const CHANGE_NOUN =
  /\b(?:increase|rise|growth|decline|decrease|fall|drop|cut|reduction|jump|gain|loss|surge|slump|contraction|expansion|change)$/i;
/** A word that names an amount and nothing else: "a total of", "the sum of", "an average of" (the thing is elsewhere). */
const GENERIC_AMOUNT_NOUN =
  /^(?:total|sum|amount|value|level|volume|figure|average|maximum|minimum|tune|number|rate|record|high|low|peak|estimate|worth|price|cost|share|part|portion|range|order|tally|target|goal|ceiling|limit)$/i;

/** What an amount measures: the noun phrase before its verb, or the "of …" phrase after it. */
function rawWhatOf(sentence: string, f: Found, prev: Found | undefined): string {
  if (f.noun && f.rule !== "figure:percent") return f.noun.trim();
  // "a $500 million credit line", "an $8 billion deal", "its own 800km section", "the EU's €12 billion Global Gateway
  // package": after an article or a possessive the amount modifies the noun that follows (session 30).
  const modified = modifiedNoun(sentence, f);
  if (modified) return modified;
  // ("JICA agreed a yen loan of 48 billion yen", "against an applied average of 11.3%", "with a deadweight of 8,000
  // tonnes": the noun phrase an article or a possessive opens right before "of" and the amount is the thing; not a
  // word of change, "an increase of 25%", nor a bare "a total of", "the sum of"; session 35)
  // (with the giver a verb of giving names before it: "Japan will provide a yen loan of …" → "yen loan provided by
  // Japan")
  const ofStart = Math.max(0, f.start - 80);
  const of =
    f.rule === "figure:money" || f.rule === "figure:percent"
      ? NOUN_OF_AMOUNT.exec(sentence.slice(ofStart, f.start))
      : null;
  const ofNoun = of?.[1];
  if (of && ofNoun && !CHANGE_NOUN.test(ofNoun) && !GENERIC_AMOUNT_NOUN.test(ofNoun)) {
    const given = objectWhat(sentence.slice(0, ofStart + of.index).replace(/[\s(]+$/, ""), sentence, f);
    return given?.startsWith("money ") ? `${ofNoun} ${given.slice("money ".length)}` : ofNoun;
  }
  if (f.rule === "figure:percent" && /\b(?:a|an)\s+$/i.test(sentence.slice(Math.max(0, f.start - 4), f.start))) {
    const head =
      /^\s+((?:[\p{Ll}][\p{L}-]*\s+){0,2}[\p{Ll}][\p{L}-]*)(?=\s+(?:to|for|in|on|from|with|at|of|that|which|by)\b|\s*[,.;]|$)/u.exec(
        sentence.slice(f.end)
      )?.[1];
    if (
      head &&
      !/^(?:in|on|at|to|for|from|with|during|over|by|of|and|or|the|per|each|a|an|was|is|were|are)\b/.test(head)
    )
      return head;
  }
  // A count inside the subject ("trade with the five republics exceeded $89 billion") is no boundary, unless the
  // amount is the count's worth ("20 deals worth $5.4 billion": the deals').
  let from = prev?.end ?? 0;
  if (
    prev?.rule === "figure:count" &&
    !/^\s*(?:worth|valued at|totall?ing|of)\s*$/i.test(sentence.slice(from, f.start).replace(ASIDE, ""))
  )
    from = 0;
  let left = sentence
    .slice(from, f.start)
    // ("Switzerland's State Secretariat for Economic Affairs (Seco) has spent": a closed aside in brackets, and one
    // between commas, ", for its part,", are no part of the clause; session 29)
    .replace(/\s*\([^()]{1,80}\)/g, "")
    .replace(ASIDE, "");
  let bare = left;
  for (let k = 0; k < 6 && LINKING.test(bare); k++) bare = bare.replace(LINKING, "");
  const object = objectWhat(bare, sentence, f);
  if (object) return object;
  // ("signed 14 contracts worth $800 million": the papers' worth, the papers no figure of their own)
  const papers = PAPERS_WORTH.exec(left)?.[1];
  if (papers) return papers;
  // ("trade between India and the region, about USD 2 billion last year": an amount in apposition measures the noun
  // phrase before its comma)
  // ("Oil flows through the CPC, Kazakhstan's main export route, fell by about 30%": a verb after the comma; the
  // phrase between commas is the subject's apposition, and the subject is before it)
  const run = left.slice(bare.replace(/\s+$/, "").length);
  const verbAfter = /\S/.test(
    run
      .replace(
        /\b(?:about|around|nearly|almost|roughly|some|approximately|more than|close to|just over|just under|up to|as much as|as many as|upwards of|barely|only|or|an?|the|over|than|and|with)\b/gi,
        ""
      )
      .replace(/[\s,]/g, "")
  );
  const apposition = verbAfter ? /^(.*\S),\s+[^,]{3,80},\s*$/.exec(bare) : null;
  left = apposition ? apposition[1]! : bare.replace(/,\s*$/, "");
  for (let k = 0; k < 6; k++) {
    const next = left.replace(LINKING, "").replace(VERBS, "");
    if (next === left) break;
    left = next;
  }
  const clause =
    left.split(/[;:(]|,\s+(?:and|but|while|which|whereas)\s+|,\s+|\b(?:that|which|while|whereas|when|as)\s+/).pop() ??
    "";
  const words = clause.replace(REPORTING, "").trim().split(/\s+/).filter(Boolean);
  // "… 8% in the first nine months, to $19.2 billion", "20 deals worth $5.4 billion": nothing of its own before
  // the amount but a preposition: it measures what the figure before it in the sentence measures.
  if (
    from > 0 &&
    (words.length === 0 || /^(?:in|to|from|during|over|for|at|on|by|worth|valued|up|down)$/i.test(words[0]!))
  )
    return "";
  // "the railway, which will carry up to 3.5 million tonnes": the relative pronoun stands for the noun before it.
  if (words.length === 1 && /^(?:which|that|who)$/i.test(words[0]!)) {
    const head = sentence.slice(0, f.start).split(/,\s*(?:which|that|who)\b/i)[0]!;
    const np = head
      .split(/,\s+|;|\b(?:of|on|in|for|about|into|to)\s+/)
      .pop()
      ?.trim();
    if (np) return np.split(/\s+/).slice(-8).join(" ");
  }
  if (words.length >= 1 && words.join(" ").length >= 4)
    return (
      words
        .slice(-12)
        .join(" ")
        .replace(
          /^(?:[\w-]+ (?:years?|months?) ago|last year|this year|(?:in|by|since|on) (?:\d{4}|(?:early |mid-|late )?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?),?)\s+/i,
          ""
        )
        .replace(/^(and|but|the|with|of|in)\s+/i, "")
        // ("meanwhile interest runs at …": an adverb opening the clause is no part of the thing; session 34)
        .replace(/^(?:meanwhile|however|also|moreover|overall|instead|yet|still|now|then|thus|so)\s+/i, "")
        // ("Trade between the two countries is negligible, at about …", "Czech exports … nevertheless remain modest at
        // about …": a thing said to be at a level by its verb of being and an adjective is the thing; session 34)
        .replace(LEVEL_PREDICATE, "")
    );
  const after = sentence.slice(f.end);
  const right = /^\s*(?:of|in)\s+([^,.;:()]{3,80})/.exec(after)?.[1] ?? /^\s*([^,.;:()]{3,60})/.exec(after)?.[1];
  return (right ?? words.join(" ")).trim().split(/\s+/).slice(0, 8).join(" ");
}

/**
 * A time right after an amount, before any year elsewhere in the sentence: "… 1.4 million tonnes this year", "480 per
 * dollar today", "18 percent in January–April" (a month with no year: the article's, or the year before).
 */
const NEAR_TIME =
  /^[^,;.]{0,20}?\b(?:(?:this|last|next|previous|past|the current) year|today|now|currently|(?:in|during|for|over)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s*[–-]\s*(?:January|February|March|April|May|June|July|August|September|October|November|December))?\b(?!\s*[–-]|,?\s*\d{4}))/i;

/** A change told before an amount: "up about 8%", "rose 12 percent", "fell to", "an increase of". */
const CHANGE_BEFORE =
  /\b(?:up|down|rose|risen|rises|fell|fallen|falls|grew|grown|grows|increased|increases|decreased|decreases|declined|jumped|dropped|gained|lost|higher|lower|more|less|increase|decrease|rise|fall|growth|drop|decline)\b[^,;]*$/i;

/**
 * "In 2023 as a whole, trade with A reached $41 billion, while trade with B amounted to $27.8 billion": a year in the
 * sentence's opening phrase dates every clause of it (the match, read once per sentence, goes to {@link yearOf}).
 */
const OPENING_YEAR = new RegExp(
  // ("In November 2025, President Trump hosted …, where Kazakhstan signed agreements worth some $17 billion", "On 12
  // March 2024, …": a month or a day before the year is the same opening; session 35)
  String.raw`^(?:in|during|for|over|throughout|by the end of|at the end of|as of|in the whole of|on)\s+(?:the\s+)?(?:(?:full|whole|calendar|fiscal)\s+(?:year\s+)?)?(?:(?:early|mid|late)[-\s]+)?(?:\d{1,2}\s+)?(?:(?:${MONTH_NAMES.join("|")})\s+(?:\d{1,2},?\s+)?)?(19[5-9]\d|20\d{2})\b[^,;]{0,30},`,
  "i"
);

/**
 * A year said right after the amount, "… compared with 12 percent in 2021", is the amount's own, before the opening
 * phrase's ("In 2024, the share … amounted to 31 percent, compared with 12 percent in 2021": 2021; session 35).
 */
const OWN_YEAR_AFTER = /^\s*(?:in|during)\s+(?:the\s+)?(?:19[5-9]\d|20\d{2})\b/i;

/**
 * A fiscal or a season's year in the page's words, turned into the year it ends in, at the same place and length (so
 * that {@link yearOf}'s offsets hold): "in FY25" and "FY2025" are 2025, "in 2024-25" and "the 2023/24 fiscal year" end
 * in 2025 and 2024 (a year and the next one's last two digits; two full years, "2026-2028", are a span and left as
 * they are; session 35).
 */
function fiscalYears(sentence: string): string {
  return sentence
    .replace(/\bFY\s?(\d{2}|20\d{2})\b(?![-–/]\d)/g, (m, y: string) =>
      (y.length === 2 ? `20${y}` : y).padStart(m.length, " ")
    )
    .replace(/\b(?:FY\s?)?(19[5-9]\d|20\d{2})\s?[-–/]\s?(\d{2})\b(?![-–/]?\d)/g, (m, y: string, z: string) =>
      Number(z) === (Number(y) + 1) % 100 ? String(Number(y) + 1).padStart(m.length, " ") : m
    );
}

/**
 * A change said against the year before, "down 9% from a year earlier", "8% more than a year earlier": the text before
 * the amount, a NUL, the text after it (see `yearBefore` in {@link readFigures}). Not a level after "from": "up from
 * $260 million the year before".
 */
const CHANGE_OF_YEAR =
  /(?:\b(?:up|down|rose|risen|fell|fallen|grew|grown|increased|decreased|declined|jumped|dropped|gained|climbed|slipped|shrank|contracted|expanded)(?:\s+by)?\s+(?:(?:about|some|nearly|almost|roughly|around|over|more than|less than|just|only|a further)\s+)?\u0000\s*(?:from|on|over|compared (?:with|to)|against)\s|\u0000\s*(?:more|less|higher|lower|up|down|above|below)\s+(?:than|from|on)\s)(?:a|one|the) (?:year|previous|preceding|prior)\b/i;

/** A verb in the past: "handled", "exceeded", "sold", "grew". */
const PAST_VERB =
  /\b(?:\p{Ll}{2,}ed|sold|grew|rose|fell|made|took|spent|paid|held|won|lost|brought|bought|kept|stood|drew|gave|got|ran|saw|sent)\b/u;
/** A modal or a present tense: "could fall", "would be", "is", "are expected", "has". */
const MODAL_OR_PRESENT = /\b(?:could|would|may|might|can|should|must|is|are|has|have|remains?)\b/;
/** A clause's own time: a year, a relative year, a month, "since", "today", a future. */
const OWN_TIME =
  /\b(?:19[5-9]\d|20\d{2}|since|(?:this|next|last|previous|past|the current) year|today|now|currently|will|expected|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/**
 * The year a figure refers to: the closest year in its sentence after "in", "by", "for", a month …
 * (or any year, when none is), leaving out citations ("(Smith, 2019)") and names ("Central Asia 2040").
 */
function yearOf(
  sentence: string,
  f: Found,
  others: readonly Found[],
  opening: RegExpExecArray | null
): number | undefined {
  let best: {year: number; d: number; marked: boolean} | undefined;
  sentence = fiscalYears(sentence);
  for (const m of sentence.matchAll(/\b(19[5-9]\d|20\d{2})\b/g)) {
    const at = m.index!;
    if (at >= f.start && at < f.end) continue;
    // "fell to $2.9 billion from $3.2 billion in 2023": a year with another amount between is that amount's.
    // (not the same amount converted in brackets right after it: "¥90 billion ($600 million) in 2025")
    if (
      at >= f.end &&
      others.some(
        (o) => o !== f && o.start >= f.end && o.end <= at && !/^\s*\(\s*$/.test(sentence.slice(f.end, o.start))
      )
    )
      continue;
    if (
      opening &&
      at === opening[0].indexOf(opening[1]!) &&
      at < f.start &&
      !OWN_YEAR_AFTER.test(sentence.slice(f.end))
    )
      return Number(m[1]);
    const before = sentence.slice(Math.max(0, at - 14), at);
    if (/[,(]\s*$/.test(before) && /^\s*[);]/.test(sentence.slice(at + 4))) continue;
    // "exceeded $500 million since 2005", "Since 1991, X has provided $2 billion": the year a count starts from is not
    // the year of the figure.
    if (/\bsince\s+$/i.test(before)) continue;
    // ("under the 1992 Kyrgyzstan–Turkey bilateral investment treaty": the year a paper was signed, naming the paper, is
    // no time of the figure; session 34)
    if (/\b(?:the|a|an|its|their|this|that)\s+$/i.test(before) && PAPER_OF_YEAR.test(sentence.slice(at + 4))) continue;
    // "up about 8% on 2023", "down from 2022", "compared with 2021": the year a change is measured against.
    // ("on", "over" and "from" only after a change: "produce 5 million tonnes a year from 2028" starts then; review H19)
    if (at >= f.end) {
      // ("17% more than in 2023": the year a change is measured against; session 35)
      const link =
        /^[^,;]{0,12}?\b(on|over|against|versus|vs\.?|compared (?:with|to)|from|than(?:\s+in)?)\s+(?:the\s+)?$/i.exec(
          sentence.slice(f.end, at)
        );
      if (
        link &&
        (!/^(?:on|over|from)$/i.test(link[1]!) ||
          (CHANGE_BEFORE.test(sentence.slice(Math.max(0, f.start - 40), f.start)) &&
            !/\b(?:a|per|each) (?:year|day|month)\b|\bannually\b/i.test(link[0])))
      )
        continue;
    }
    const marked =
      /\b(in|by|for|since|during|from|of|until|through|to|year|January|February|March|April|May|June|July|August|September|October|November|December)\s+$/i.test(
        before
      );
    if (!marked && /\p{Lu}[\p{L}]*\s+$/u.test(before)) continue;
    // A year in another clause ("…90 percent of its graphite, and every government since 2021 has …") is that clause's.
    const between = at >= f.end ? sentence.slice(f.end, at) : sentence.slice(at + 4, f.start);
    // … and a year in a relative clause after it ("…, where loadings stopped in 2022") is that clause's; but "in October
    // 2024, when it sold $1.5 billion …" dates the clause the figure is in.
    const when = at < f.start && /^[^,;]*,\s+(?:when|where)\s[^,;]*$/.test(between);
    // "… 7.1 million tonnes in 2024, while the other port handled 2.3 million tonnes": a contrast set beside a dated
    // clause, with no time of its own, is of the same year.
    const parallel =
      at < f.start &&
      marked &&
      /^[^;]*,\s+(?:while|whereas)\s[^,;]*$/.test(between) &&
      // (a citation's year, "(Smith, 2024)", is no time of the clause; review J6: the contrast is told in the past, as
      // the dated clause is — "could fall", "would be", "is" are not of that year)
      ((clause: string) => !OWN_TIME.test(clause) && PAST_VERB.test(clause) && !MODAL_OR_PRESENT.test(clause))(
        sentence.slice(at + 4 + between.lastIndexOf(",")).replace(/\([^()]*\)/g, "")
      );
    if (!when && !parallel && /;|,\s+(?:and|but|while|whereas|although|where|which|who|when)\s/.test(between)) continue;
    const d = at >= f.end ? at - f.end : f.start - at;
    if (!best || (marked && !best.marked) || (marked === best.marked && d < best.d))
      best = {year: Number(m[1]), d, marked};
  }
  return best?.year;
}

/** A paper's name after its year: "1992 Kyrgyzstan–Turkey bilateral investment treaty", "2015 agreement". */
const PAPER_OF_YEAR =
  /^(?:\s+[\p{L}’'–-]+){0,5}?\s+(?:treaty|agreement|accord|convention|law|act|constitution|declaration|memorandum|protocol|charter|code|resolution)\b/iu;

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  fifteen: 15,
  twenty: 20
};

/** "<n> years ago / earlier": pre-filtered (src/read/cue.ts). */
const YEARS_AGO = cue(
  /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty) years? (?:ago|earlier)\b/i
);

/**
 * A year said relative to the article's: "last year", "this year", "next year", "ten years ago", "so far this
 * year", "in the first nine months of the year", or a month without a year ("in November", "on March 13"),
 * which is the article's year. Undefined when the sentence says none of these.
 */
export function relativeYear(
  sentence: string,
  articleYear: number,
  articleMonth?: number
): {year: number; rule: string} | undefined {
  const ago = YEARS_AGO.exec(sentence);
  if (ago) {
    const n = NUMBER_WORDS[ago[1]!.toLowerCase()] ?? Number(ago[1]);
    return {year: articleYear - n, rule: "years-ago"};
  }
  if (/\b(?:last|previous|past) year\b/i.test(sentence)) return {year: articleYear - 1, rule: "last-year"};
  if (/\bnext year\b/i.test(sentence)) return {year: articleYear + 1, rule: "next-year"};
  if (/\b(?:this|the current) year\b|\bof the year\b|\byear to date\b/i.test(sentence))
    return {year: articleYear, rule: "this-year"};
  // "Last month the two sides signed deals worth $12 billion", "this week": the article's year (last month in January
  // is December of the year before).
  const recent = /\b(?:last|this|past) (month|week)\b/i.exec(sentence);
  if (recent) {
    const back =
      /^last$/i.test(recent[0].split(/\s/)[0]!) && recent[1]!.toLowerCase() === "month" && articleMonth === 1;
    return {year: back ? articleYear - 1 : articleYear, rule: "this-period"};
  }
  const month =
    /\b(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|[Tt]hrough|[Ff]rom)\s+(?:(?:early|mid|late)[-\s])?(?:\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!,?\s*\d{4})/.exec(
      sentence
    );
  if (month) {
    // The most recent such month: "in November" in an article of May is last year's November.
    const m = MONTH_NAMES.indexOf(month[1]!.toLowerCase()) + 1;
    const past = articleMonth !== undefined && m > articleMonth && !/^(?:by|until|through)/i.test(month[0]);
    return {year: past ? articleYear - 1 : articleYear, rule: "month-of-article-year"};
  }
  return undefined;
}

/** Verbs of a statistic's change or level: "rose 7.5% to", "fell to", "amounted to", "accounted for", "year on year". */
const STATISTIC_VERB =
  /\b(?:rose|fell|grew|declined|increased|decreased|dropped|slipped|edged|climbed|jumped|narrowed|widened|amounted to|totall?ed|reached|accounted for|accounts for|makes up|make up|made up|stood at|exported|imported|bought|sold|year on year|year-on-year|y\/y)\b/gi;

/** An agreement after the verb: "reached a deal", "reached an agreement on transit" is an act, not a statistic. */
const ACT_OBJECT =
  /^\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:deal|agreements?|accord|contracts?|understanding|consensus|compromise|memorandum|settlement)\b/i;

/** Whether the sentence reports a statistic: a verb of a level or a change that is not an act's ("reached a deal"). */
function statistic(text: string): boolean {
  let found = false;
  eachMatch(STATISTIC_VERB, text, (m) => {
    if (!ACT_OBJECT.test(text.slice(m.index! + m[0].length))) found = true;
  });
  return found;
}

/** Options for {@link readFigures}. */
export interface FigureOptions {
  sourceId: string;
  /** The article's date (YYYY-MM-DD): "last year", "ten years ago", "in November" are years relative to it. */
  articleDate?: string;
  /** The currency a bare "$" stands for on the page (see {@link pageDollar}); US dollars when not given. */
  dollar?: string;
  /** The currency "¥" stands for on the page (see {@link pageYen}); the yen when not given. */
  yen?: string;
  /** The shilling a bare "Sh" stands for on the page (see {@link pageShilling}); Kenya's when not given. */
  shilling?: string;
  /** The page's home state's code: the dinars, rials, crowns or pesos of a page of a state that counts in them. */
  home?: string;
}

/** A shared currency's name as the unit ("million dinars") made the page's home state's ("million KWD"), if it has it. */
function homeCurrency(unit: string, home: string | undefined, named: (code: string) => number): string {
  const m = /(?:^|\s)(dinars|rials|crowns|kroner|kronor|korunas|pesos)$/.exec(unit);
  if (!m) return unit;
  const states = HOME_CURRENCY[m[1]!]!;
  // (no home among the states that count in it: the one of them the text names most, when one does)
  let state = home && states[home] ? home : undefined;
  if (!state) {
    const counts = Object.keys(states)
      .map((c) => ({c, n: named(c)}))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n);
    if (counts[0] && (!counts[1] || counts[1].n < counts[0].n)) state = counts[0].c;
  }
  return state ? unit.slice(0, unit.length - m[1]!.length) + states[state]! : unit;
}

/**
 * The states that count in rupees (ISO 4217 codes): a page of theirs writes its own as "Rs" or "rupees" (a Nepali daily's
 * "Rs 620 million" is Nepal's; session 34), as an Indian page writes India's.
 */
const RUPEE_STATES: Record<string, string> = {IND: "INR", PAK: "PKR", NPL: "NPR", LKA: "LKR", MUS: "MUR", SYC: "SCR"};

/**
 * The rupee a page's bare "Rs" stands for: its home state's, when that counts in rupees; with no home, that of the one
 * rupee state the text names most (a Nepali daily's page on Nepal and Uzbekistan); undefined (India's) otherwise.
 */
function pageRupeeState(home: string | undefined, named: (code: string) => number): string | undefined {
  if (home) return RUPEE_STATES[home];
  const counts = Object.keys(RUPEE_STATES)
    .map((c) => ({c, n: named(c)}))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  return counts[0] && (!counts[1] || counts[1].n < counts[0].n) ? RUPEE_STATES[counts[0].c] : undefined;
}

/** An amount in rupees read as India's by default: "Rs 620 million", "Rs. 5 crore", "620 million rupees" (no state's name). */
function pageRupee(text: string, unit: string): boolean {
  return /INR$/.test(unit) && (/^Rs\.?\s?\d/.test(text) || /\brupees?$/i.test(text)) && !/\bIndian\b/i.test(text);
}

/** The states whose own shilling a page of theirs writes "Sh" ("Sh2.1 billion"; ISO 4217 codes). */
const SHILLING_STATES: Record<string, string> = {KEN: "KES", TZA: "TZS", UGA: "UGX", SOM: "SOS"};

/** What a bare "Sh" stands for on a page (session 31): its home state's shilling; undefined (Kenya's) otherwise. */
export function pageShilling(homeState: string | undefined): string | undefined {
  return homeState ? SHILLING_STATES[homeState] : undefined;
}

/**
 * What "¥" stands for on a page (session 28): the sign is the yen's and the yuan's both. The yuan on a page whose home
 * is China, or on one that writes the yuan in words ("yuan", "renminbi", "RMB", "CNY") and never the yen; else
 * undefined, the yen (a Japanese broadsheet's "a yen loan of up to ¥32 billion").
 */
export function pageYen(homeState: string | undefined, body: string): string | undefined {
  if (!body.includes("¥")) return undefined;
  if (homeState === "CHN") return "CNY";
  return /\b(?:yuan|renminbi|RMB|CNY)\b/i.test(body) && !/\b(?:yen|JPY)\b/i.test(body) ? "CNY" : undefined;
}

/**
 * A price's unit right after the amount (session 28): "$60 a barrel", "2,900 tenge per thousand cubic metres" (money,
 * " per barrel"). A measure's rate ("2 million tonnes a year") keeps its unit: the golds write it both ways (the build
 * half's "tonnes per year" 22 times against "tonnes" 7, the test half the other way), and read with its rate the test
 * half's units lost 6 of 215.
 */
const PRICE_UNIT =
  /^\s*(?:a|per)\s+(barrel|tonne|ton|ounce|kilowatt[- ]hour|kWh|(?:thousand|1,000)\s+cubic\s+met(?:re|er)s)\b/i;
function priceUnit(sentence: string, f: {end: number; rule: string}): string {
  if (f.rule !== "figure:money") return "";
  const m = PRICE_UNIT.exec(sentence.slice(f.end));
  return m ? ` per ${m[1]!.toLowerCase().replace(/^1,000\s+/, "thousand ")}` : "";
}

/** Whether an amount was written with the sign "¥" ("¥32 billion"). */
function yenSign(sentence: string, f: {start: number; end: number; rule: string}): boolean {
  return f.rule === "figure:money" && /^¥\s?\d/.test(sentence.slice(f.start, f.end));
}

/** The states whose own currency a page of theirs writes "$" (ISO 4217 codes). */
const DOLLAR_STATES: Record<string, string> = {AUS: "AUD", CAN: "CAD", NZL: "NZD", SGP: "SGD", HKG: "HKD"};

/**
 * What a bare "$" stands for on a page (session 27): its own state's dollar when the page's home is a state that
 * counts in dollars (a Canadian broadcaster's "$1.1 billion" is Canadian dollars); on a page that writes US dollars as
 * "$US" (the Australian and New Zealand press's form, which sets them apart from its own "$"), the dollar of the one of
 * the two it names more (Australia's when it names neither more). Else undefined: "$" is the US dollar.
 */
export function pageDollar(
  homeState: string | undefined,
  body: string,
  mentioned: (code: string) => number
): string | undefined {
  if (homeState && DOLLAR_STATES[homeState]) return DOLLAR_STATES[homeState];
  if (!/\$US\s?\d/.test(body)) return undefined;
  return mentioned("NZL") > mentioned("AUS") ? "NZD" : "AUD";
}

/**
 * Reads the figures of a body's sentences. `mentions[i]` are sentence i's actor mentions (offsets
 * into the body), which become the figure's actors. A number is read once: the first pattern that
 * takes it (money, shares, measures, counts, ordinals) wins.
 */
export function readFigures(
  sentences: readonly TextSentence[],
  mentions: readonly (readonly ActorMention[])[],
  {sourceId, articleDate, dollar, yen, shilling, home}: FigureOptions
): Figure[] {
  const articleYear = articleDate && /^\d{4}-/.test(articleDate) ? Number(articleDate.slice(0, 4)) : undefined;
  const articleMonth = articleDate && /^\d{4}-\d{2}/.test(articleDate) ? Number(articleDate.slice(5, 7)) : undefined;
  const out: Figure[] = [];
  /** How many times the text names a state (for a currency several states share), counted when first asked. */
  let counts: Map<string, number> | undefined;
  const named = (code: string): number => {
    if (!counts) {
      counts = new Map();
      for (const ms of mentions) for (const m of ms) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
    }
    return counts.get(code) ?? 0;
  };
  /** The year of the last dated or carried figure and its sentence (a report's period, for the figures that follow it). */
  let period: {year: number; sentence: number} | undefined;
  /** The year of the heading the sentence stands under (a chronology's "2023"), until a heading that is no year. */
  let headingYear: number | undefined;
  /** The what of the last amount or measure read, and its sentence (session 30). */
  let recent: {what: string; sentence: number} | undefined;
  sentences.forEach((s, i) => {
    const heading = YEAR_HEADING.exec(s.text);
    if (heading) return void (headingYear = Number(heading[1]));
    if (headingYear !== undefined && s.text.length < 80 && !/[.!?…:;"”»)]\s*$/.test(s.text)) headingYear = undefined;
    const found: Found[] = [];
    // (A digit, the common case, first: the same answer as MAY_HOLD alone, without scanning its word list.)
    if (!DIGIT.test(s.text) && !mayHold(s.text)) return;
    for (const p of PATTERNS) {
      if (p.needs && !p.needs.test(s.text)) continue;
      // (Not matchAll, which would clone the pattern for every sentence.)
      eachMatch(p.re, s.text, (m) => {
        const start = m.index!;
        const end = start + m[0].length;
        if (found.some((f) => start < f.end && end > f.start)) return;
        const r = p.read(m);
        if (!r) return;
        // Citation numbers and page ranges: "(Sullivan, 2019)", "31 (3–4): 314–43" (an amount of money in brackets is
        // a conversion: "€600 million ($680 million)").
        if (p.rule !== "figure:money" && /\(\s*$/.test(s.text.slice(0, start)) && /^\s*\)/.test(s.text.slice(end)))
          return;
        // A numbering, not a count: a thread's "1/7", "7/7"; a contents line's "3 Recent developments".
        if (
          p.rule === "figure:count" &&
          (/\d\s*\/\s*$/.test(s.text.slice(0, start)) || /^\s*\/\s*\d/.test(s.text.slice(end)))
        )
          return;
        if (p.rule === "figure:count" && NUMBERED_LINE.test(s.text)) return;
        found.push({...r, start, end, rule: p.rule});
      });
    }
    found.sort((a, b) => a.start - b.start);
    // "weaken from about 480 per dollar today to 520 by the end of next year": the bare number after "to" is a level
    // in the unit of the one after "from"; "to three billion dollars, up from two billion": a base in the amount's unit.
    addBareLevels(found, s.text, FROM_TO_BARE, (f) => FROM_BEFORE.test(s.text.slice(0, f.start)), 1000);
    addBareLevels(found, s.text, UP_FROM_BARE, () => true, Infinity);
    found.sort((a, b) => a.start - b.start);
    const opening = OPENING_YEAR.exec(s.text);
    // Whether a yearless figure here may be of the period stated just before (see `carried`).
    let continues: boolean | undefined;
    /** Whether the sentence speaks of a time to come (read once, for the first figure with no year). */
    let toCome: boolean | undefined;
    const whats: (string | undefined)[] = [];
    found.forEach((f, k) => {
      const before = s.text.slice(Math.max(0, f.start - 30), f.start);
      const approximate = f.approximate === true || APPROX.test(before);
      // "…to 2.8 million tonnes in 2025, from about 1.4 million tonnes this year": a relative year right after the
      // amount is its own, before any year elsewhere in the sentence.
      const near = NEAR_TIME.exec(s.text.slice(f.end));
      // "$19.8 billion a year earlier": the year before the period the text is about; so are "the year before" and
      // "the previous year" ("$410 million in 2024, up from $260 million the year before": 2023, not 2024; dt33).
      const yearBefore =
        (/^[^,;.]{0,12}?\b(?:a|one) year (?:earlier|ago|before)\b/i.test(s.text.slice(f.end)) ||
          // (right after the amount only: "a rise of 22 percent over the previous year" is a change in the year told)
          /^\s*(?:in\s+)?the (?:year (?:earlier|before)|(?:previous|preceding|prior) year)\b/i.test(
            s.text.slice(f.end)
          )) &&
        // ("USD 14.2 million in 2024, down 9% from a year earlier", "7.1 million tonnes in 2024, 8% more than a year
        // earlier": the change is the year told's, measured against the year before; the level it is measured from,
        // "up from $260 million the year before", stays the year before's; session 35)
        !CHANGE_OF_YEAR.test(s.text.slice(Math.max(0, f.start - 40), f.start) + "\u0000" + s.text.slice(f.end));
      const stated = near || yearBefore ? undefined : yearOf(s.text, f, found, opening);
      const relative =
        stated === undefined && articleYear !== undefined && !yearBefore
          ? near && /\b(?:today|now|currently)\b/i.test(near[0])
            ? {year: articleYear, rule: "today"}
            : relativeYear(near ? near[0] : s.text, articleYear, articleMonth)
          : undefined;
      // A statistics report states its period once ("in January–September 2024") and goes on with changes ("Exports
      // fell 1.6% to $60.3 billion"): a figure of a change or a level with no year of its own, within two sentences of
      // a dated figure, is of that period, and the report's run of such sentences carries it on (each one dates the
      // next two). A sentence with a time of its own ("On Tuesday", "in March") or an act rather than a statistic
      // ("reached a deal worth $2 billion") neither takes the year nor passes it on.
      const carried =
        stated === undefined &&
        relative === undefined &&
        period !== undefined &&
        i - period.sentence <= 2 &&
        (continues ??= !/\b(?:19[5-9]\d|20\d{2})\b/.test(s.text) && statistic(s.text) && !namesDate(s.text))
          ? period.year
          : undefined;
      const base = period && i - period.sentence <= 2 ? period.year : articleYear;
      const said = yearBefore && base !== undefined ? base - 1 : (stated ?? relative?.year ?? carried);
      // No year said: the heading's the sentence stands under, else (an amount, a share or a measure, not a count) the
      // article's own year, the time the text speaks of.
      const under = said === undefined && !yearBefore ? headingYear : undefined;
      const inferred =
        said === undefined &&
        under === undefined &&
        !yearBefore &&
        f.rule !== "figure:count" &&
        f.rule !== "figure:ordinal" &&
        // (a target is of a time to come, "bring trade to $15 billion"; a past time said without its year, "during the
        // war", "Before the pandemic, …", "Under Nazarbayev, …", or a plain past tense, "the canal cost …", is not the
        // article's)
        !(toCome ??=
          TO_COME.test(s.text) ||
          PAST_PERIOD.test(s.text) ||
          (PAST_OPENER.test(s.text) && !PRESENT_OR_RECENT.test(s.text)) ||
          (PLAIN_PAST.test(s.text) && !PRESENT_OR_RECENT.test(s.text) && !namesDate(s.text))) &&
        // (a change told after a report of another period may be of that period: it stays undated)
        !(period !== undefined && period.year < articleYear! && statistic(s.text) && !namesDate(s.text))
          ? articleYear
          : undefined;
      const year = said ?? under ?? inferred;
      if ((stated !== undefined || carried !== undefined) && !yearBefore)
        period = {year: (stated ?? carried)!, sentence: i};
      const pointed = pointedWhat(
        s.text,
        f,
        whatOf(s.text, f, k > 0 ? found[k - 1] : undefined),
        k > 0 ? whats[k - 1] : undefined,
        recent && i - recent.sentence <= 2 ? recent.what : undefined
      );
      // ("Trade between the two countries remains small. It reached about $95 million last year.": the level "it"
      // reached is that of the sentence before's subject; session 32)
      const what =
        k === 0 && (!pointed || POINTER_WHAT.test(pointed.trim())) && LEVEL_PRONOUN.test(s.text.slice(0, f.start))
          ? (subjectBefore(sentences[i - 1]?.text) ?? pointed)
          : pointed;
      const outlook = f.rule === "figure:ordinal" ? undefined : outlookOf(s.text, f.start, f.end, articleYear);
      out.push({
        id: `${sourceId}:f${out.length + 1}`,
        sourceId,
        value: f.value,
        unit:
          (dollar && barePageDollar(s.text, f)
            ? f.unit.replace(/USD$/, dollar)
            : yen && yenSign(s.text, f)
              ? f.unit.replace(/JPY$/, yen)
              : shilling && f.rule === "figure:money" && /^Shs?\.?\s?\d/.test(s.text.slice(f.start, f.end))
                ? f.unit.replace(/KES$/, shilling)
                : pageRupee(s.text.slice(f.start, f.end), f.unit) && pageRupeeState(home, named)
                  ? f.unit.replace(/INR$/, pageRupeeState(home, named)!)
                  : homeCurrency(f.unit, home, named)) + priceUnit(s.text, f),
        amount: f.value * f.scale,
        what: shareWhat(s.text, f, what || (k > 0 ? (whats[k - 1] ?? "") : ""), k > 0 ? whats[k - 1] : undefined),
        ...(year !== undefined ? {year} : {}),
        approximate,
        ...(outlook ? {outlook} : {}),
        actors: [...new Set((mentions[i] ?? []).map((m) => m.code))],
        text: s.text.slice(f.start, f.end),
        start: s.start + f.start,
        end: s.start + f.end,
        quote: s.text,
        sentenceStart: s.start,
        sentenceEnd: s.end,
        // How the year was found: said in the sentence, or counted from the article's date ("last year").
        rule: relative
          ? `${f.rule} year:${relative.rule}`
          : yearBefore && year !== undefined
            ? `${f.rule} year:year-before`
            : carried !== undefined
              ? `${f.rule} year:period`
              : under !== undefined
                ? `${f.rule} year:heading`
                : inferred !== undefined
                  ? `${f.rule} year:article`
                  : f.rule
      });
      // (what the next figure in the sentence may lend: the thing itself, not its target or its cost)
      whats[k] = what.replace(WHAT_FRAME, "") || (k > 0 ? whats[k - 1] : undefined);
      // (the last measured thing, for a clause after it that only points at it; session 30)
      if (what && (f.rule === "figure:money" || f.rule === "figure:measure") && !POINTER_WHAT.test(what))
        recent = {what, sentence: i};
    });
  });
  return out;
}
