/**
 * Word lists of the language that the paraphrase transforms (paraphrase.ts) need: states with their
 * adjective and capital, the nouns that head an official title or an institution, and the past forms of
 * English irregular verbs. They are lexicons of English, not words taken from the development articles:
 * the states are the world's states that English news names most often (and every state of Central Asia
 * and its neighbours); the title and institution nouns are the heads of English office names; the verbs
 * are the irregular verbs of English grammar that news reports use.
 *
 * @module
 */

/** A state as English names it: the name, its adjective (for "the Kazakh government"), its capital. */
export interface StateWords {
  name: string;
  adjective: string;
  capital: string;
  /** The capital also stands for something other than the state (Brussels for the EU): never read back. */
  capitalAmbiguous?: boolean;
}

/** States, with the adjective and capital English uses for each. */
export const STATES: readonly StateWords[] = [
  ["Kazakhstan", "Kazakh", "Astana"],
  ["Uzbekistan", "Uzbek", "Tashkent"],
  ["Kyrgyzstan", "Kyrgyz", "Bishkek"],
  ["Tajikistan", "Tajik", "Dushanbe"],
  ["Turkmenistan", "Turkmen", "Ashgabat"],
  ["Afghanistan", "Afghan", "Kabul"],
  ["Russia", "Russian", "Moscow"],
  ["China", "Chinese", "Beijing"],
  ["Mongolia", "Mongolian", "Ulaanbaatar"],
  ["Iran", "Iranian", "Tehran"],
  ["Pakistan", "Pakistani", "Islamabad"],
  ["India", "Indian", "New Delhi"],
  ["Turkey", "Turkish", "Ankara"],
  ["Azerbaijan", "Azerbaijani", "Baku"],
  ["Georgia", "Georgian", "Tbilisi"],
  ["Armenia", "Armenian", "Yerevan"],
  ["Ukraine", "Ukrainian", "Kyiv"],
  ["Belarus", "Belarusian", "Minsk"],
  ["Japan", "Japanese", "Tokyo"],
  ["South Korea", "South Korean", "Seoul"],
  ["North Korea", "North Korean", "Pyongyang"],
  ["the United States", "American", "Washington"],
  ["Canada", "Canadian", "Ottawa"],
  ["the United Kingdom", "British", "London"],
  ["Britain", "British", "London"],
  ["France", "French", "Paris"],
  ["Germany", "German", "Berlin"],
  ["Italy", "Italian", "Rome"],
  ["Spain", "Spanish", "Madrid"],
  ["Poland", "Polish", "Warsaw"],
  ["Hungary", "Hungarian", "Budapest"],
  ["Austria", "Austrian", "Vienna"],
  ["Belgium", "Belgian", "Brussels", true],
  ["Switzerland", "Swiss", "Bern"],
  ["Saudi Arabia", "Saudi", "Riyadh"],
  ["Qatar", "Qatari", "Doha"],
  ["Oman", "Omani", "Muscat"],
  ["Bahrain", "Bahraini", "Manama"],
  ["Egypt", "Egyptian", "Cairo"],
  ["Iraq", "Iraqi", "Baghdad"],
  ["Syria", "Syrian", "Damascus"],
  ["Israel", "Israeli", "Jerusalem", true],
  ["Indonesia", "Indonesian", "Jakarta"],
  ["Malaysia", "Malaysian", "Kuala Lumpur"],
  ["Vietnam", "Vietnamese", "Hanoi"],
  ["Thailand", "Thai", "Bangkok"],
  ["Brazil", "Brazilian", "Brasília"],
  ["Argentina", "Argentine", "Buenos Aires"],
  ["Mexico", "Mexican", "Mexico City"]
].map(([name, adjective, capital, capitalAmbiguous]) => ({
  name: name as string,
  adjective: adjective as string,
  capital: capital as string,
  ...(capitalAmbiguous ? {capitalAmbiguous: true} : {})
}));

/**
 * Nouns that head an English official title ("Foreign Minister", "the chairman of", "Special Envoy"): the
 * offices of government, diplomacy, parliaments, armed forces, companies and international bodies.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set(
  (
    "president minister premier chancellor ambassador envoy representative secretary chairman chairwoman " +
    "chairperson chair spokesperson spokesman spokeswoman director governor mayor speaker senator commander " +
    "chief king queen emir prince sultan commissioner adviser advisor head officer executive ceo counsellor " +
    "councillor consul attaché deputy leader rector general admiral marshal undersecretary president-elect"
  ).split(" ")
);

/**
 * Words that modify a title's head ("foreign", "prime", "deputy", "special"): the fields of office
 * (foreign affairs, defence, energy, trade …) and the ranks (deputy, vice, acting, first, senior …).
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  (
    "foreign prime deputy vice first acting special defence defense energy trade economy economic finance " +
    "interior agriculture transport justice health education culture industry labour labor digital emergency " +
    "environment ecology water national security presidential official chief executive senior former assistant " +
    "permanent general managing state press investment investments development foreign-affairs crown supreme " +
    "regional federal high executive-director board parliamentary"
  ).split(" ")
);

/**
 * Nouns that head the name of an institution, a body or a group acting as one ("the Ministry", "the
 * Council", "the Group", "the delegation"): a description with one of them is "it".
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set(
  (
    "ministry government council committee commission parliament assembly senate cabinet administration " +
    "agency authority office bureau service department embassy consulate mission delegation secretariat " +
    "organisation organization union alliance bloc forum fund bank company corporation group holding " +
    "firm enterprise court party movement federation association institute centre center board court " +
    "army navy force forces police side state republic kingdom emirate"
  ).split(" ")
);

/** English irregular verbs: the simple past and the past participle where they differ or are not "-ed". */
export const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map(
  (
    "met:met held:held spoke:spoken took:taken gave:given wrote:written made:made sent:sent paid:paid " +
    "told:told said:said began:begun became:become chose:chosen drew:drawn grew:grown knew:known saw:seen " +
    "went:gone came:come led:led left:left lost:lost sold:sold bought:bought brought:brought built:built " +
    "sought:sought struck:struck won:won froze:frozen broke:broken spent:spent withdrew:withdrawn " +
    "undertook:undertaken oversaw:overseen rose:risen fell:fallen fought:fought threw:thrown shook:shaken " +
    "stood:stood understood:understood kept:kept found:found heard:heard laid:laid lent:lent dealt:dealt " +
    "forgave:forgiven forgot:forgotten swore:sworn upheld:upheld withheld:withheld flew:flown drove:driven " +
    "ate:eaten hid:hidden rode:ridden bore:borne tore:torn wore:worn sank:sunk sang:sung forbade:forbidden " +
    "meant:meant felt:felt sent:sent bound:bound hung:hung fed:fed sat:sat slid:slid stole:stolen " +
    "woke:woken overtook:overtaken foresaw:foreseen"
  )
    .split(" ")
    .map((p) => p.split(":") as [string, string])
);

/** Auxiliaries that can open a verb group. */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  "has have had will would shall should can could may might must is are was were does do did".split(" ")
);

/** Verbs that report speech or writing ("said", "told reporters", "noted"); not the forms that are also nouns ("states", "notes"). */
export const REPORT_VERBS: ReadonlySet<string> = new Set(
  "said says added adds noted stressed stresses explained explains warned warns told stated insisted insists argued argues remarked".split(
    " "
  )
);

/** The months and days of the week, as dates name them. */
export const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December" as const;
export const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday" as const;
