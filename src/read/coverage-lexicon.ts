/**
 * The construction-coverage matrix's lexicon (docs/coverage.md): the acts of diplomatic news by CAMEO root,
 * each with its verbs and event nouns, and the states, persons, bodies and companies the generator names.
 *
 * The acts are written from the grammar of English news, not from fixture sentences: for each CAMEO root the
 * common verbs a wire story uses for it, each with how its object attaches ("met X", "held talks with X",
 * "urged X to …"), its passive where English has one, its event noun where one is common ("a visit to X",
 * "criticism of X") and the thing it produces where there is one ("the agreement … signed"). The persons and
 * companies are invented (no fixture names them); the states, capitals and adjectives are the public ones.
 *
 * A template names its slots in braces: {B} the target as a noun phrase, {B's} its possessive, {A} and {A's}
 * the source, {its} the target's possessive pronoun and {A-its} the source's, {was} "was"/"were" agreeing with
 * the subject that precedes it.
 *
 * @module
 */

/** The classes of act the matrix groups its rows by (the quad classes of CAMEO). */
export type ActClass = "verbal-coop" | "material-coop" | "verbal-conflict" | "material-conflict";

/** One act: a verb with how it takes its target, the CAMEO root it codes, and its other forms. */
export interface Act {
  /** A short name (the `--acts` option takes these). */
  name: string;
  /** CAMEO root as the official gold codes it (two digits). */
  root: string;
  cls: ActClass;
  /** Base, past, past participle, -ing form and third person singular. */
  verb: readonly [string, string, string, string, string];
  /** What follows the verb: "{B}", "talks with {B}", "{B} to reopen the border". */
  obj: string;
  /** Symmetric acts (meet, talks, sign): the gold may read the dyad either way. */
  mutual?: boolean;
  /** The passive with an agent: "{B} {was} criticised by {A} over …". */
  passive?: string;
  /** The passive without an agent, the source named elsewhere: "{B} {was} thanked for {its} support". */
  agentless?: string;
  /** An event noun phrase with both actors: "{A's} visit to {B}", "talks between {A} and {B}". */
  noun?: string;
  /** A thing the act produces or acts on, for relative clauses: the noun phrase and the clause. */
  thing?: {np: string; rel: string; reduced: string};
  /** The predicate without its target, for "A met B and signed …". */
  bare?: string;
  /** The source must be able to act physically (a state or its organs; not a region or a body of states). */
  physical?: boolean;
  /** The act befits a company as its source (economic acts). */
  economic?: boolean;
  /** A target that is a place (a visit): a state or its capital only. */
  placeTarget?: boolean;
  /**
   * A target that only a state is (its border, its diplomats, its power grid): a state, its capital or government;
   * a state or its capital where the object names what the target owns ("Kazakhstan's diplomats").
   */
  stateTarget?: boolean;
  /** A target that is a person (one receives a minister, not a state). */
  personTarget?: boolean;
  /** A military act: its source is a state, its capital, its government or a ministry, not a named minister. */
  military?: boolean;
  /** An act of session 15's cells (src/read/coverage-prose.ts): only in these constructions. */
  onlyIn?: readonly string[];
  /** Whole-sentence frames of such an act, filled by its construction. */
  frames?: readonly string[];
}

const v = (base: string, past: string, pp: string, ing: string, s: string) => [base, past, pp, ing, s] as const;

/** The acts, by CAMEO root. Where two roots are plausible, docs/coverage.md says which one was chosen. */
export const ACTS: readonly Act[] = [
  // 01 make a public statement
  {
    name: "comment",
    root: "01",
    cls: "verbal-coop",
    verb: v("comment", "commented", "commented", "commenting", "comments"),
    obj: "on {B's} plans for a new dam"
  },
  // 02 appeal
  {
    name: "urge",
    root: "02",
    cls: "verbal-coop",
    verb: v("urge", "urged", "urged", "urging", "urges"),
    obj: "{B} to reopen the border crossing",
    passive: "{B} {was} urged by {A} to reopen the border crossing",
    agentless: "{B} {was} urged to reopen the border crossing"
  },
  {
    name: "call-on",
    root: "02",
    cls: "verbal-coop",
    verb: v("call", "called", "called", "calling", "calls"),
    obj: "on {B} to free the detained journalists",
    noun: "{A's} appeal to {B}"
  },
  {
    name: "appeal",
    root: "02",
    cls: "verbal-coop",
    verb: v("appeal", "appealed", "appealed", "appealing", "appeals"),
    obj: "to {B} for calm"
  },
  // 03 express intent to cooperate
  {
    name: "pledge",
    root: "03",
    cls: "verbal-coop",
    verb: v("pledge", "pledged", "pledged", "pledging", "pledges"),
    obj: "$2 billion in aid to {B}",
    noun: "{A's} pledge of aid to {B}",
    economic: true
  },
  {
    name: "offer",
    root: "03",
    cls: "verbal-coop",
    verb: v("offer", "offered", "offered", "offering", "offers"),
    obj: "{B} help with {its} water supply",
    economic: true
  },
  {
    name: "agree-to",
    root: "03",
    cls: "verbal-coop",
    verb: v("agree", "agreed", "agreed", "agreeing", "agrees"),
    obj: "to supply gas to {B}",
    economic: true
  },
  // 04 consult
  {
    name: "meet",
    root: "04",
    cls: "verbal-coop",
    verb: v("meet", "met", "met", "meeting", "meets"),
    obj: "{B}",
    mutual: true,
    noun: "{A's} meeting with {B}",
    bare: "met"
  },
  {
    name: "hold-talks",
    root: "04",
    cls: "verbal-coop",
    verb: v("hold", "held", "held", "holding", "holds"),
    obj: "talks with {B}",
    mutual: true,
    noun: "talks between {A} and {B}",
    bare: "held talks",
    thing: {np: "the talks", rel: "{A} held with {B}", reduced: "held by {A} and {B}"}
  },
  {
    name: "visit",
    root: "04",
    cls: "verbal-coop",
    verb: v("visit", "visited", "visited", "visiting", "visits"),
    obj: "{B}",
    noun: "{A's} visit to {B}",
    placeTarget: true,
    physical: true
  },
  {
    name: "host",
    root: "04",
    cls: "verbal-coop",
    verb: v("host", "hosted", "hosted", "hosting", "hosts"),
    obj: "{B}",
    passive: "{B} {was} hosted by {A}",
    physical: true
  },
  {
    name: "receive",
    root: "04",
    cls: "verbal-coop",
    verb: v("receive", "received", "received", "receiving", "receives"),
    obj: "{B}",
    passive: "{B} {was} received by {A}",
    personTarget: true,
    physical: true
  },
  {
    name: "discuss",
    root: "04",
    cls: "verbal-coop",
    verb: v("discuss", "discussed", "discussed", "discussing", "discusses"),
    obj: "water sharing with {B}",
    mutual: true,
    noun: "discussions between {A} and {B}",
    bare: "discussed water sharing"
  },
  {
    name: "negotiate",
    root: "04",
    cls: "verbal-coop",
    verb: v("negotiate", "negotiated", "negotiated", "negotiating", "negotiates"),
    obj: "with {B} over gas prices",
    mutual: true,
    noun: "negotiations between {A} and {B}",
    bare: "negotiated over gas prices"
  },
  // 05 diplomatic cooperation; signing 057
  {
    name: "sign",
    root: "05",
    cls: "verbal-coop",
    verb: v("sign", "signed", "signed", "signing", "signs"),
    obj: "an agreement on energy cooperation with {B}",
    mutual: true,
    passive: "An agreement on energy cooperation {was} signed by {A} and {B}",
    noun: "the signing of an energy agreement by {A} and {B}",
    thing: {
      np: "the energy agreement",
      rel: "{A} signed with {B}",
      reduced: "signed by {A} and {B}"
    },
    bare: "signed an agreement on energy cooperation",
    economic: true
  },
  {
    name: "sign-memorandum",
    root: "05",
    cls: "verbal-coop",
    verb: v("sign", "signed", "signed", "signing", "signs"),
    obj: "a memorandum of understanding with {B}",
    mutual: true,
    thing: {
      np: "the memorandum of understanding",
      rel: "{A} signed with {B}",
      reduced: "signed by {A} and {B}"
    },
    bare: "signed a memorandum of understanding",
    economic: true
  },
  {
    name: "thank",
    root: "05",
    cls: "verbal-coop",
    verb: v("thank", "thanked", "thanked", "thanking", "thanks"),
    obj: "{B} for {its} support",
    passive: "{B} {was} thanked by {A} for {its} support",
    agentless: "{B} {was} thanked for {its} support",
    bare: "thanked {A-its} hosts for their support"
  },
  {
    name: "praise",
    root: "05",
    cls: "verbal-coop",
    verb: v("praise", "praised", "praised", "praising", "praises"),
    obj: "{B} for {its} role in the talks",
    passive: "{B} {was} praised by {A} for {its} role in the talks",
    agentless: "{B} {was} praised for {its} role in the talks",
    noun: "{A's} praise for {B}"
  },
  {
    name: "welcome",
    root: "05",
    cls: "verbal-coop",
    verb: v("welcome", "welcomed", "welcomed", "welcoming", "welcomes"),
    obj: "{B's} decision to lift visa requirements"
  },
  {
    name: "endorse",
    root: "05",
    cls: "verbal-coop",
    verb: v("endorse", "endorsed", "endorsed", "endorsing", "endorses"),
    obj: "{B's} proposal for a regional water council",
    noun: "{A's} endorsement of {B's} proposal"
  },
  // 06 material cooperation
  {
    name: "invest",
    root: "06",
    cls: "material-coop",
    verb: v("invest", "invested", "invested", "investing", "invests"),
    obj: "$400 million in {B's} power grid",
    economic: true,
    physical: true,
    stateTarget: true
  },
  {
    name: "open-route",
    root: "06",
    cls: "material-coop",
    verb: v("open", "opened", "opened", "opening", "opens"),
    obj: "a new freight rail route to {B}",
    thing: {np: "the rail route", rel: "{A} opened to {B}", reduced: "opened by {A} to {B}"},
    physical: true,
    placeTarget: true
  },
  // 07 provide aid
  {
    name: "deliver-aid",
    root: "07",
    cls: "material-coop",
    verb: v("deliver", "delivered", "delivered", "delivering", "delivers"),
    obj: "humanitarian aid to {B}",
    thing: {np: "the aid", rel: "{A} delivered to {B}", reduced: "delivered to {B} by {A}"},
    physical: true
  },
  {
    name: "lend",
    root: "07",
    cls: "material-coop",
    verb: v("lend", "lent", "lent", "lending", "lends"),
    obj: "{B} $300 million",
    economic: true
  },
  // 08 yield
  {
    name: "ease-sanctions",
    root: "08",
    cls: "material-coop",
    verb: v("ease", "eased", "eased", "easing", "eases"),
    obj: "sanctions on {B}",
    physical: true
  },
  {
    name: "release",
    root: "08",
    cls: "material-coop",
    verb: v("release", "released", "released", "releasing", "releases"),
    obj: "{B's} detained sailors",
    physical: true,
    stateTarget: true
  },
  {
    name: "lift-ban",
    root: "08",
    cls: "material-coop",
    verb: v("lift", "lifted", "lifted", "lifting", "lifts"),
    obj: "the ban on imports from {B}",
    physical: true,
    stateTarget: true
  },
  // 09 investigate
  {
    name: "investigate",
    root: "09",
    cls: "verbal-conflict",
    verb: v("investigate", "investigated", "investigated", "investigating", "investigates"),
    obj: "{B's} role in the border incident"
  },
  // 10 demand
  {
    name: "demand",
    root: "10",
    cls: "verbal-conflict",
    verb: v("demand", "demanded", "demanded", "demanding", "demands"),
    obj: "an apology from {B}",
    noun: "{A's} demand for an apology from {B}"
  },
  // 11 disapprove
  {
    name: "criticise",
    root: "11",
    cls: "verbal-conflict",
    verb: v("criticise", "criticised", "criticised", "criticising", "criticises"),
    obj: "{B} over {its} trade policy",
    passive: "{B} {was} criticised by {A} over {its} trade policy",
    agentless: "{B} {was} criticised over {its} trade policy",
    noun: "{A's} criticism of {B}"
  },
  {
    name: "condemn",
    root: "11",
    cls: "verbal-conflict",
    verb: v("condemn", "condemned", "condemned", "condemning", "condemns"),
    obj: "{B's} decision to close the border",
    noun: "{A's} condemnation of {B}"
  },
  {
    name: "accuse",
    root: "11",
    cls: "verbal-conflict",
    verb: v("accuse", "accused", "accused", "accusing", "accuses"),
    obj: "{B} of violating the ceasefire",
    passive: "{B} {was} accused by {A} of violating the ceasefire",
    agentless: "{B} {was} accused of violating the ceasefire"
  },
  {
    name: "blame",
    root: "11",
    cls: "verbal-conflict",
    verb: v("blame", "blamed", "blamed", "blaming", "blames"),
    obj: "{B} for the border clashes",
    passive: "{B} {was} blamed by {A} for the border clashes",
    agentless: "{B} {was} blamed for the border clashes"
  },
  // 12 reject
  {
    name: "reject",
    root: "12",
    cls: "verbal-conflict",
    verb: v("reject", "rejected", "rejected", "rejecting", "rejects"),
    obj: "{B's} proposal for a customs union",
    noun: "{A's} rejection of {B's} proposal"
  },
  {
    name: "refuse",
    root: "12",
    cls: "verbal-conflict",
    verb: v("refuse", "refused", "refused", "refusing", "refuses"),
    obj: "{B's} request for a new loan"
  },
  {
    name: "veto",
    root: "12",
    cls: "verbal-conflict",
    verb: v("veto", "vetoed", "vetoed", "vetoing", "vetoes"),
    obj: "{B's} draft resolution on water sharing",
    noun: "{A's} veto of {B's} draft resolution"
  },
  {
    name: "decline",
    root: "12",
    cls: "verbal-conflict",
    verb: v("decline", "declined", "declined", "declining", "declines"),
    obj: "{B's} invitation to the summit"
  },
  // 13 threaten
  {
    name: "threaten",
    root: "13",
    cls: "verbal-conflict",
    verb: v("threaten", "threatened", "threatened", "threatening", "threatens"),
    obj: "{B} with sanctions",
    passive: "{B} {was} threatened by {A} with sanctions",
    agentless: "{B} {was} threatened with sanctions"
  },
  {
    name: "warn",
    root: "13",
    cls: "verbal-conflict",
    verb: v("warn", "warned", "warned", "warning", "warns"),
    obj: "{B} against moving troops to the border",
    passive: "{B} {was} warned by {A} against moving troops to the border",
    agentless: "{B} {was} warned against moving troops to the border"
  },
  // 14 protest
  {
    name: "protest",
    root: "14",
    cls: "verbal-conflict",
    verb: v("protest", "protested", "protested", "protesting", "protests"),
    obj: "against {B's} plans for a new dam"
  },
  // 15 exhibit force posture
  {
    name: "mobilise",
    root: "15",
    cls: "material-conflict",
    verb: v("mobilise", "mobilised", "mobilised", "mobilising", "mobilises"),
    obj: "troops on the border with {B}",
    physical: true,
    military: true,
    stateTarget: true
  },
  {
    name: "exercise",
    root: "15",
    cls: "material-conflict",
    verb: v("hold", "held", "held", "holding", "holds"),
    obj: "military exercises near the border with {B}",
    physical: true,
    military: true,
    stateTarget: true
  },
  // 16 reduce relations
  {
    name: "recall",
    root: "16",
    cls: "material-conflict",
    verb: v("recall", "recalled", "recalled", "recalling", "recalls"),
    obj: "{A-its} ambassador from {B}",
    physical: true,
    stateTarget: true
  },
  {
    name: "expel",
    root: "16",
    cls: "material-conflict",
    verb: v("expel", "expelled", "expelled", "expelling", "expels"),
    obj: "two of {B's} diplomats",
    physical: true,
    stateTarget: true
  },
  {
    name: "impose-sanctions",
    root: "16",
    cls: "material-conflict",
    verb: v("impose", "imposed", "imposed", "imposing", "imposes"),
    obj: "sanctions on {B}",
    thing: {np: "the sanctions", rel: "{A} imposed on {B}", reduced: "imposed on {B} by {A}"},
    physical: true
  },
  {
    name: "cut-ties",
    root: "16",
    cls: "material-conflict",
    verb: v("cut", "cut", "cut", "cutting", "cuts"),
    obj: "diplomatic ties with {B}",
    physical: true,
    stateTarget: true
  },
  {
    name: "ban-imports",
    root: "16",
    cls: "material-conflict",
    verb: v("ban", "banned", "banned", "banning", "bans"),
    obj: "imports of grain from {B}",
    physical: true,
    stateTarget: true
  },
  {
    name: "suspend-talks",
    root: "16",
    cls: "material-conflict",
    verb: v("suspend", "suspended", "suspended", "suspending", "suspends"),
    obj: "talks with {B}",
    noun: "{A's} suspension of talks with {B}"
  },
  // 17 coerce
  {
    name: "seize",
    root: "17",
    cls: "material-conflict",
    verb: v("seize", "seized", "seized", "seizing", "seizes"),
    obj: "a cargo ship owned by {B}",
    physical: true,
    military: true,
    stateTarget: true
  },
  {
    name: "arrest",
    root: "17",
    cls: "material-conflict",
    verb: v("arrest", "arrested", "arrested", "arresting", "arrests"),
    obj: "two of {B's} citizens on spying charges",
    physical: true,
    stateTarget: true
  },
  // 18-20 force
  {
    name: "attack",
    root: "19",
    cls: "material-conflict",
    verb: v("attack", "attacked", "attacked", "attacking", "attacks"),
    obj: "{B's} border posts",
    passive: "{B's} border posts were attacked by {A}",
    noun: "{A's} attack on {B}",
    physical: true,
    military: true,
    stateTarget: true
  },
  {
    name: "shell",
    root: "19",
    cls: "material-conflict",
    verb: v("shell", "shelled", "shelled", "shelling", "shells"),
    obj: "{B's} border villages",
    noun: "{A's} shelling of {B's} border villages",
    physical: true,
    military: true,
    stateTarget: true
  },
  {
    name: "air-strike",
    root: "19",
    cls: "material-conflict",
    verb: v("launch", "launched", "launched", "launching", "launches"),
    obj: "air strikes on targets in {B}",
    noun: "{A's} air strikes on {B}",
    physical: true,
    military: true,
    placeTarget: true
  }
];

/** A state as the generator names it: name, adjective, capital and two invented officials. */
export interface StateEntry {
  code: string;
  name: string;
  adj: string;
  capital: string;
  /** Invented officials: name, gender, title (lower case). */
  people: readonly {name: string; gender: "m" | "f"; title: string}[];
  /** An invented state company. */
  company: string;
}

const st = (
  code: string,
  name: string,
  adj: string,
  capital: string,
  m: string,
  f: string,
  company: string
): StateEntry => ({
  code,
  name,
  adj,
  capital,
  people: [
    {name: m, gender: "m", title: "foreign minister"},
    {name: f, gender: "f", title: "trade minister"}
  ],
  company
});

/** The states (codes as the pack and the official gold write them). Officials and companies are invented. */
export const STATES: readonly StateEntry[] = [
  st("KAZ", "Kazakhstan", "Kazakh", "Astana", "Yerzhan Kasymbekov", "Aigerim Zhunusbayeva", "Saryarka Munai"),
  st(
    "UZB",
    "Uzbekistan",
    "Uzbek",
    "Tashkent",
    "Bakhodir Nurmatkulov",
    "Dilnoza Yuldashkhodjayeva",
    "Zarafshan Neftegaz"
  ),
  st("KGZ", "Kyrgyzstan", "Kyrgyz", "Bishkek", "Almazbek Toktorbaev", "Nurzhan Asankulova", "Ala-Too Energo"),
  st("TJK", "Tajikistan", "Tajik", "Dushanbe", "Firuz Davlatzoda", "Mehrangez Saidkulova", "Pamirgidro"),
  st("TKM", "Turkmenistan", "Turkmen", "Ashgabat", "Batyr Annamuradov", "Ogulgerek Berdinazarova", "Garagumgaz"),
  st("RUS", "Russia", "Russian", "Moscow", "Gennady Voloshenko", "Larisa Tikhomirova", "Volganeft-Trans"),
  st("CHN", "China", "Chinese", "Beijing", "Zhou Hanlin", "Liang Xiuying", "Huaxing Petroleum"),
  st("TUR", "Turkey", "Turkish", "Ankara", "Mehmet Karaduman", "Elif Sonmezer", "Anadolu Enerji"),
  st("IRN", "Iran", "Iranian", "Tehran", "Hossein Farahmandi", "Zahra Ghaffarian", "Persgaz"),
  st("DEU", "Germany", "German", "Berlin", "Matthias Brennecke", "Katrin Wolfsheimer", "Rheinwerk Energie"),
  st("JPN", "Japan", "Japanese", "Tokyo", "Kenji Muraoka", "Yuko Hashimura", "Nippon Kaiyo Sekiyu"),
  st("MNG", "Mongolia", "Mongolian", "Ulaanbaatar", "Bayarmagnai Tsedev", "Oyunbileg Namsrai", "Gobi Tsakhir"),
  st("AZE", "Azerbaijan", "Azerbaijani", "Baku", "Elchin Maharramli", "Lala Huseynzade", "Absheron Neft"),
  st("PAK", "Pakistan", "Pakistani", "Islamabad", "Tariq Qureshani", "Ayesha Rahmatullah", "Indus Petroleum")
];

/** Bodies of states and the region, with the code the official gold gives them. */
export const GROUPS = {
  region: [
    {text: "Central Asian states", code: "CAS", plural: true},
    {text: "the five Central Asian leaders", code: "CAS", plural: true}
  ],
  igo: [
    {text: "the Shanghai Cooperation Organisation", code: "SCO", plural: false},
    {text: "the European Union", code: "EU", plural: false},
    {text: "the EU", code: "EU", plural: false},
    {text: "the CSTO", code: "CSTO", plural: false}
  ]
} as const;
