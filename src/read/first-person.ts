/**
 * An interviewee's "we", "us" and "our country" are their own state: a Kazakh economist's "Russia has always
 * supported us" is Russia supporting Kazakhstan, and "our country signed …" is Kazakhstan signing (never the United
 * States: "us" is no abbreviation). The state is the one named beside the interviewee's name where the article
 * introduces them ("Kazakh political scientist X", "X (Kazakhstan)", "X, an Uzbek economist", "X, Kyrgyzstan's
 * ambassador"). Only acts are rewritten: "we" before a past or present-perfect verb that is no verb of saying or
 * thinking ("we signed", "we have launched"; not "we can say", "we see"), "us" after a verb ("supported us"), and
 * "our country", "our state", "our republic" anywhere. Pure: text in, rewritten text out.
 *
 * @module
 */
import {eachMatch} from "./each-match.js";
import {literalMatch, NO_LETTER_AFTER, NO_LETTER_BEFORE} from "./literal-match.js";
import {pastForm} from "./verbs.js";
import {words} from "./word-set.js";

/** A mention as this reader needs it: offsets into its sentence and the actor code. */
export interface PersonMention {
  start: number;
  end: number;
  code: string;
}

/** A text with first-person pointers replaced, and a map from offsets in it back to the original. */
export interface FirstPersonRewrite {
  text: string;
  /** The offset in the original text of an offset in the rewritten one. */
  back(offset: number): number;
  /**
   * Where in the rewritten text a performative stands ("we welcome" rewritten "X welcomed"): an act of the saying's
   * own time, the page's, whatever date its complement tells ("I welcome the steps they took last year").
   */
  performatives?: {start: number; end: number}[];
}

/**
 * The state named beside a person's surname in a sentence: a mention ending at most three words before it ("Kazakh
 * political scientist Gaziz Abishev"), or starting at most four words after it ("Abishev (Kazakhstan)", "Abishev, a
 * Kazakh political scientist"). `states` tells which codes are states (no organizations or regions).
 */
export function stateBeside(
  text: string,
  surname: string,
  mentions: readonly PersonMention[],
  states: (code: string) => boolean
): string | undefined {
  // (A text without the name as written cannot hold it as a word: no pattern is made for it.)
  if (!text.includes(surname)) return undefined;
  const at = literalMatch(text, surname, NO_LETTER_AFTER, NO_LETTER_BEFORE);
  if (!at) return undefined;
  const end = at.index + surname.length;
  let best: {code: string; distance: number} | undefined;
  for (const m of mentions) {
    if (!states(m.code)) continue;
    // The name itself is a known office holder's ("Lavrov", "Tokayev").
    if (m.end > at.index && m.start < end) {
      best = {code: m.code, distance: -1};
      break;
    }
    const between = m.end <= at.index ? text.slice(m.end, at.index) : text.slice(end, m.start);
    const words = between.trim() === "" ? 0 : between.trim().split(/\s+/).length;
    // Before the name: a title between ("Kazakh political scientist"); after it: "(", ", a", ", the", "of".
    const ok =
      m.end <= at.index
        ? words <= 3 && !/[.;:!?]/.test(between)
        : words <= 4 && /^\s*(?:\(|,\s*(?:an?|the)\b|,|\s+of\b|\s+from\b)/i.test(between) && !/[.;:!?]/.test(between);
    if (ok && (!best || words < best.distance)) best = {code: m.code, distance: words};
  }
  return best?.code;
}

/** Verbs of saying, thinking and seeing: "we can say", "we see", "we believe" are the speaker's view, not an act. */
const VIEW =
  /^(?:say|said|says|see|saw|seen|sees|think|thought|believe|believed|note|noted|know|knew|known|understand|understood|hope|hoped|expect|expected|want|wanted|feel|felt|observe|observed|consider|considered|assume|assumed|argue|argued|mean|meant|need|needed|must|should|can|could|may|might|would|are|were|am|is|was|be|been)$/i;

/** What else a document's own state and region stand for (see {@link rewriteFirstPerson}). */
export interface HomeOptions {
  /** "The Head of State", "the President" as a subject with no state named before it: the speaker's state. */
  offices?: boolean;
  /** The document's region ("Central Asia"): what "the region" stands for. */
  region?: string;
  /**
   * The region's CAMEO code ("CAS"): with it, "the region's leaders", "the leaders of the region" and a counted group
   * of the region's size ("the five presidents", "each of the five states") are the region too ({@link regionGroups}).
   */
  regionCode?: string;
  /** The region's adjective as the text wrote it ("Central Asian"); else {@link REGION_ADJECTIVE}'s. */
  regionAdjective?: string;
  /**
   * How many distinct states the sentence before named: a counted group of that many refers to them ("… to Iran,
   * China, Turkey, Oman and Qatar. The five countries …"), not to the region (review K2).
   */
  statesBefore?: number;
  /** Whether "we", "us" and "our country" are read (a speaker's words; default true). */
  firstPerson?: boolean;
  /** The speaker holds an office (a president's, a minister's turn): "I invited …", "I have accepted …" are the state's. */
  holder?: boolean;
  /**
   * The other side of the speaker's talks (a transcript's other speaker's state): "we have agreed to …", "we
   * discussed …" with no other side named are both sides' acts.
   */
  counterpart?: string;
  /**
   * The page is the speaker's own words (src/read/own-words.ts: a speech, a statement, a post by an office holder):
   * "I" and "we" also perform an act in the present ("I welcome …", "we condemn …", "I invite …") and announce one
   * with "will" ("Tomorrow I will meet …", "we will open …"), besides the past acts an interviewee's words have.
   */
  ownWords?: boolean;
}

/**
 * Verbs whose first person present performs the act it names (a performative: saying "I welcome X" is welcoming X).
 * Not a verb of thinking or wishing ("I hope", "we believe": views), nor urging ("we urge", "we call on": claims
 * by some golds' convention, acts by others).
 */
const PERFORMATIVE = words(
  /^(?:welcome|condemn|congratulate|invite|reject|deplore|commend|applaud|praise|thank|recognise|recognize|denounce|protest)$/
);

/** A span of the text to replace, and whether it is a performative ({@link FirstPersonRewrite.performatives}). */
interface Span {
  at: number;
  length: number;
  replacement: string;
  performative?: boolean;
}

/** Acts two sides do together: "we agreed", "we have discussed", "we signed". */
const TOGETHER = words(/^(?:agreed|discussed|signed|exchanged|reached|adopted|held|met|concluded|approved)$/);

/** An office named without its state, as a subject: "The Head of State noted", "the President held talks". */
const OFFICE =
  /(^(?:(?:Last|Later|Earlier|This|That|Next|On|In|At|During|Then|Meanwhile)\b[\w\s-]{0,30}?,?\s+)?|[,;]\s+|\b(?:and|when|after|where)\s+)([Tt]he (?:Head of State|President|Prime Minister|Foreign Minister|Foreign Secretary|Government))(?=\s+(?:also\s+|later\s+|then\s+)?(?:[a-z]+ed|met|held|made|took|gave|sent|began|spoke|signed|noted|said|called|paid|received|hosted|visited|has|had|will)\b)/g;

/**
 * Whether the sentence's subject is an office named without its state ({@link OFFICE}, opening the sentence after a
 * time phrase at most): "The Head of State received …", "Later, the Foreign Secretary visited …". Session 22.
 */
export function opensWithOffice(text: string): boolean {
  OFFICE.lastIndex = 0;
  const m = OFFICE.exec(text);
  return m !== null && m.index === 0 && !/^[,;]|\b(?:and|when|after|where)\s+$/.test(m[1]!);
}

/**
 * The sentence with "our country", "we" before an act and "us" after a verb replaced by the state's name, or
 * undefined when nothing in it points to the speaker's state. With `options`, an office without its state ("the
 * Head of State") is the state too, and "the region" is the document's region.
 */
export function rewriteFirstPerson(
  text: string,
  state: string | undefined,
  options: HomeOptions = {}
): FirstPersonRewrite | undefined {
  const spans: Span[] = [];
  const region = options.region;
  if (options.regionCode)
    regionGroups(text, options.regionCode, options.regionAdjective, options.statesBefore ?? 0, spans);
  if (region)
    eachMatch(
      /\b(?:across|in|to|of|for|throughout|around|with|help|helps|helped|support|supports|supported|assist|assisted)\s+(the region)\b(?!['’]s|\s+of\b)/g,
      text,
      (m) => {
        spans.push({at: m.index + m[0].length - m[1]!.length, length: m[1]!.length, replacement: region});
      }
    );
  if (state === undefined) return finish(text, spans);
  if (options.offices)
    eachMatch(OFFICE, text, (m) => {
      spans.push({at: m.index + m[1]!.length, length: m[2]!.length, replacement: state});
    });
  if (options.firstPerson === false) return finish(text, spans);
  eachMatch(/\b([Oo]ur) (?:own )?(?:country|state|republic|nation)\b/g, text, (m) => {
    spans.push({at: m.index, length: m[0].length, replacement: state});
  });
  // "a loan for our power grid", "exports to our market": the state's own thing, after a preposition (not "with our
  // neighbours", "our partners": a relation names others).
  eachMatch(
    /\b(?:for|to|into|in|on)\s+([Oo]ur)\s+(?!(?:own\s+)?(?:country|state|republic|nation|neighbou?rs?|partners?|allies|ally|friends?|region|view|opinion|side|colleagues)\b)[a-z]/g,
    text,
    (m) => {
      spans.push({at: m.index + m[0].length - 1 - m[1]!.length - 1, length: m[1]!.length, replacement: `${state}'s`});
    }
  );
  // "our special envoy has visited …", "our ambassador handed …": the state's own envoy, delegation or embassy, as
  // the subject or the object of an act (session 34)
  eachMatch(
    /\b([Oo]ur)\s+(?=(?:special\s+)?(?:envoys?|ambassadors?|delegations?|representatives?|embass(?:y|ies)|diplomats)\b)/g,
    text,
    (m) => {
      if (!spans.some((x) => x.at === m.index))
        spans.push({at: m.index, length: m[1]!.length, replacement: `${state}'s`});
    }
  );
  // "we signed", "we have launched", "we also agreed": a past form or have/has + participle, not a view. An office
  // holder's "I" is the state too ("I invited …", "I have accepted the invitation …").
  const counterpart = options.counterpart;
  eachMatch(
    /\b([Ww]e|I)\s+(?:(?:also|recently|already|then|later|jointly|have|had|ourselves)\s+){0,2}([a-z]+(?:ed|en)|signed|met|held|made|took|gave|sent|began|won|paid|bought|sold|built|launched|opened|joined|agreed|received|hosted|visited|lent|got)\b/g,
    text,
    (m) => {
      if (VIEW.test(m[2]!) || (m[1] === "I" && !options.holder)) return;
      // ("we agreed to …" after talks: both sides, unless the clause names the other: "we agreed with Beijing")
      const both =
        counterpart !== undefined &&
        m[1] !== "I" &&
        TOGETHER.test(m[2]!) &&
        !/^[^.;]*?\b(?:with|between)\b/.test(text.slice(m.index + m[0].length));
      spans.push({at: m.index, length: m[1]!.length, replacement: both ? `${state} and ${counterpart}` : state});
    }
  );
  // The speaker's own page: a performative present ("we welcome the steps …") and a "will" of an act ("I will travel
  // to …"; not "we will see", "we will continue to …": a view, a habit).
  if (options.ownWords)
    eachMatch(
      /\b([Ww]e|I)\s+(?:(?:also|hereby|warmly|strongly|therefore|again)\s+)?(?:(will|shall)\s+(?:also\s+|soon\s+|then\s+)?)?([a-z]+)\b/g,
      text,
      (m) => {
        const verb = m[3]!;
        if (
          m[2] === undefined
            ? !PERFORMATIVE.test(verb)
            : VIEW.test(verb) || /^(?:continue|keep|have|do|not|never|always)$/.test(verb)
        )
          return;
        if (spans.some((s) => s.at === m.index)) return;
        // (a performative is told as done, in the past the coder reads as an act: "we welcome X" is "welcomed X";
        // its present would be read as a habit)
        if (m[2] === undefined) {
          const past = pastForm(verb, verb)!.toLowerCase();
          spans.push({
            at: m.index,
            length: m[0].length,
            replacement: `${state}${m[0].slice(m[1]!.length, -verb.length)}${past}`,
            performative: true
          });
        } else spans.push({at: m.index, length: m[1]!.length, replacement: state});
      }
    );
  // (… and "I was in Tashkent", "we were in Astana last week": a stay told of the speaker is a visit there)
  if (options.ownWords)
    eachMatch(
      /\b([Ww]e\s+were|I\s+was)\s+(?:also\s+|recently\s+)?in\s+(?=\p{Lu}\p{Ll})(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Winter)\b)/gu,
      text,
      (m) => {
        spans.push({at: m.index, length: m[0].length, replacement: `${state} visited `});
      }
    );
  // "supported us", "lent us $2 billion", "will not help us": an object after a verb.
  eachMatch(
    /\b([a-z]+(?:ed|s)?|help|support|give|lend|sell|offer|invite)\s+(us)\b(?!\s+(?:dollars?|\$))/g,
    text,
    (m) => {
      if (/^(?:of|for|to|with|from|by|about|among|between|like|than|and|or|let|lets|all|each|both)$/i.test(m[1]!))
        return;
      spans.push({at: m.index + m[0].length - 2, length: 2, replacement: state});
    }
  );
  return finish(text, spans);
}

/**
 * English adjectives of CAMEO's regions, as the coder reads them before a plural noun ("the Central Asian leaders",
 * "the Southeast Asian states"): a lexicon of the regions' common attributive names, not of one text's.
 */
const REGION_ADJECTIVE: Readonly<Record<string, string>> = {
  CAS: "Central Asian",
  CAU: "South Caucasus",
  SEA: "Southeast Asian",
  SAS: "South Asian",
  MEA: "Middle Eastern",
  EUR: "European",
  EEU: "Eastern European",
  AFR: "African",
  LAM: "Latin American",
  BLK: "Balkan",
  BLN: "Baltic",
  SCN: "Scandinavian",
  CRB: "Caribbean",
  PGS: "Gulf"
};
/**
 * How many states a region's counted group names by convention: "the five" of Central Asia (Kazakhstan, Kyrgyzstan,
 * Tajikistan, Turkmenistan, Uzbekistan: the C5), "the three" of the South Caucasus (Armenia, Azerbaijan, Georgia),
 * "the three Baltic states". Regions with no fixed membership have no count.
 */
const REGION_SIZE: Readonly<Record<string, number>> = {CAS: 5, CAU: 3, BLN: 3};
const COUNT_WORD: Readonly<Record<string, number>> = {three: 3, four: 4, five: 5, six: 6, 3: 3, 4: 4, 5: 5, 6: 6};
/**
 * Plural nouns a region's members are told by as actors: its heads of state and government, ministers, envoys,
 * officials and delegations, and its states by any noun (countries, nations, republics, capitals, governments); not
 * its partners or neighbours, who are outside it (review K2).
 */
const MEMBER_NOUN =
  "(?:leaders|presidents|heads\\s+of\\s+state|heads\\s+of\\s+government|prime\\s+ministers|premiers|foreign\\s+ministers|ministers|envoys|officials|diplomats|delegations|governments|states|countries|nations|republics|capitals|members)";
/**
 * A group described, not acting: followed by a copula that opens no passive ("the five states are right to …", "trade
 * with the five states was about $4 billion"; not "the five leaders were received by …").
 */
const DESCRIBED = String.raw`(?=\s+(?:is|are|was|were|remain|remained|seem|seemed)\s+(?!(?:[a-z]+ed|[a-z]+en|met|held|made|paid|sent|told|hit)\b))`;
/** A counted group of members: "the five leaders", "all five presidents", "each of the five states", "the 5 countries". */
const COUNTED_MEMBERS = new RegExp(
  `\\b(?:(?:[Ee]ach|[Aa]ll|[Ee]ither|[Aa]ny|[Tt]wo|[Tt]hree|[Ff]our|[Mm]any|[Mm]ost|[Ss]ome|[Nn]one|[Oo]ne)\\s+of\\s+)?(?:[Tt]he|[Aa]ll(?:\\s+the)?)\\s+(three|four|five|six|[3-6])\\s+(${MEMBER_NOUN})\\b(?!\\s+(?:of|from)\\b)(?!${DESCRIBED})(?!['’])`,
  "g"
);
/** "the region's leaders", "the region's five states": the region's own members. */
const REGION_POSSESSIVE = new RegExp(
  `\\b([Tt]he\\s+region['’]s)\\s+(?:(?:three|four|five|six)\\s+)?${MEMBER_NOUN}\\b(?!${DESCRIBED})`,
  "g"
);
/** "the leaders of the region", "the five states of the region". */
const MEMBERS_OF_REGION = new RegExp(
  `\\b[Tt]he\\s+(?:(three|four|five|six)\\s+)?(${MEMBER_NOUN})\\s+of\\s+the\\s+region\\b(?!['’]s)(?!${DESCRIBED})`,
  "g"
);

/**
 * The document's region told by its members without its name (the convention of the official gold: a region's states
 * as one group are the region, "re-engagement with Central Asian states" is USA→CAS): "the region's presidents" and
 * "the presidents of the region" become "the <adjective> presidents"; a counted group whose number is the region's
 * size ({@link REGION_SIZE}), "the five leaders", "each of the five states", "all five presidents", gets the
 * region's adjective before its noun. Not a group owned or placed by what follows ("the five leaders of …", "the
 * five states' …"), nor a count that is not the region's ("the three leaders" in Central Asia).
 */
function regionGroups(
  text: string,
  code: string,
  written: string | undefined,
  statesBefore: number,
  spans: Span[]
): void {
  const adjective = written ?? REGION_ADJECTIVE[code];
  if (!adjective || !/\b(?:region|three|four|five|six|[3-6])\b/.test(text)) return;
  eachMatch(REGION_POSSESSIVE, text, (m) => {
    spans.push({at: m.index, length: m[1]!.length, replacement: `the ${adjective}`});
  });
  eachMatch(MEMBERS_OF_REGION, text, (m) => {
    const count = m[1] ? COUNT_WORD[m[1].toLowerCase()] : undefined;
    if (count !== undefined && count !== REGION_SIZE[code]) return;
    const counted = m[1] ? `${m[1]} ` : "";
    spans.push({at: m.index, length: m[0].length, replacement: `${m[0].slice(0, 3)} ${counted}${adjective} ${m[2]}`});
  });
  const size = REGION_SIZE[code];
  // (a counted group right after a sentence listing that many states is those states)
  if (size === undefined || statesBefore === size) return;
  eachMatch(COUNTED_MEMBERS, text, (m) => {
    if (COUNT_WORD[m[1]!.toLowerCase()] !== size) return;
    const at = m.index + m[0].length - m[2]!.length;
    spans.push({at, length: 0, replacement: `${adjective} `});
  });
}

/** The text with the spans replaced (overlaps skipped), and the map back; undefined when there are none. */
function finish(text: string, spans: Span[]): FirstPersonRewrite | undefined {
  if (spans.length === 0) return undefined;
  spans.sort((a, b) => a.at - b.at);
  let out = "";
  let from = 0;
  const marks: {at: number; original: number; length: number; replacement: number}[] = [];
  const performatives: {start: number; end: number}[] = [];
  for (const s of spans) {
    if (s.at < from) continue;
    out += text.slice(from, s.at);
    marks.push({at: out.length, original: s.at, length: s.length, replacement: s.replacement.length});
    if (s.performative) performatives.push({start: out.length, end: out.length + s.replacement.length});
    out += s.replacement;
    from = s.at + s.length;
  }
  out += text.slice(from);
  return {
    text: out,
    ...(performatives.length > 0 ? {performatives} : {}),
    back(offset: number): number {
      let shift = 0;
      for (const k of marks) {
        if (offset < k.at) break;
        if (offset < k.at + k.replacement) return k.original;
        shift += k.replacement - k.length;
      }
      return offset - shift;
    }
  };
}

/**
 * Region and organization codes of three letters (CAMEO regions, ADB, CIS …), and CAMEO's sector codes, which the
 * dictionary gives a body or a profession named without its state ("Xinhua News Agency" MED, "the ministry" GOV,
 * "investors" BUS): not a state an interviewee speaks for, nor one of "the three countries". (MUS, CAMEO's Muslim
 * sector, is left out: it is Mauritius's ISO code.)
 */
const NOT_STATES = new Set(
  [
    "AFR ASA BLK BLN CAS CAU CFR CMN CRB EAF EEU EIN EUR LAM MDT MEA NAF NMR PGS SAF SAM SAS SCN SEA WAF WST ADB CIS SCO OTS ECO GCC IMF OIC EDB NDB WTO ISDB UN EU",
    "GOV MIL BUS MED COP JUD LEG OPP REB CVL PPL EDU ELI NGO IGO SPY LAB REF HLH CRM AGR ENV UAF INS SEP MOD RAD REL CHR JEW BUD HIN DEV HRI MNC INT ACA"
  ]
    .join(" ")
    .split(" ")
);

/** Whether an actor code is a state's (ISO alpha-3, three letters, no region or organization). */
export function isStateCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && !NOT_STATES.has(code);
}

/** A state's adjective ("Kazakh", "Uzbek", "Kyrgyz", "Chinese"): a name ending so is no noun, unless in -stan. */
const ADJECTIVE = /(?:ian|ese|ish|ean|ek|akh|yz|men|ic|an|ani|ali|eli|aqi|ati|i)$/i;

/**
 * A name the coder reads as the state, from how the text names it: a noun ("Kazakhstan", "Uzbekistan"), else "the
 * <adjective> side" ("the Kazakh side").
 */
export function stateName(texts: readonly string[]): string | undefined {
  return stateNameOf(texts.find(isStateNoun), texts.find(isStateAdjective));
}

/** How the text names a state: as a noun ("Kazakhstan") … */
export function isStateNoun(t: string): boolean {
  return /^\p{Lu}/u.test(t) && (/stan$/i.test(t) || !ADJECTIVE.test(t));
}

/** … or as an adjective ("Kazakh"). */
export function isStateAdjective(t: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(t);
}

/** {@link stateName} from the first noun and the first adjective of its texts. */
export function stateNameOf(noun: string | undefined, adjective: string | undefined): string | undefined {
  if (noun) return noun;
  return adjective ? `the ${adjective} side` : undefined;
}

/** How many mentions name each code, the codes in the order first met. */
export function codeCounts(mentions: readonly {code: string}[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
  return counts;
}

/** The state named in at least half of the mentions of states (at least three), or undefined. */
export function dominantState(
  mentions: readonly {code: string}[],
  states: (code: string) => boolean
): string | undefined {
  return dominantStateIn(codeCounts(mentions), states);
}

/** {@link dominantState} from the mentions' {@link codeCounts} (kept up to date as a document is read). */
export function dominantStateIn(
  counts: ReadonlyMap<string, number>,
  states: (code: string) => boolean
): string | undefined {
  // (forEach: no [code, n] pair made per entry and call.)
  let total = 0;
  counts.forEach((n, code) => {
    if (states(code)) total += n;
  });
  let found: string | undefined;
  counts.forEach((n, code) => {
    if (found === undefined && n >= 3 && 2 * n >= total && states(code)) found = code;
  });
  return found;
}

/** CAMEO's region codes. */
const REGION_CODES = new Set(
  "AFR ASA BLK BLN CAS CAU CFR CMN CRB EAF EEU EIN EUR LAM MDT MEA NAF NMR PGS SAF SAM SAS SCN SEA WAF WST".split(" ")
);

/** The region named most often (twice at least, and more than any other), or undefined. */
export function dominantRegion(mentions: readonly {code: string}[]): string | undefined {
  return dominantRegionIn(codeCounts(mentions));
}

/**
 * {@link dominantRegion} from the mentions' {@link codeCounts}. With `least` 1, a region named once counts when it is
 * the only region named ("the region" after the one region an article has named, "the China–Central Asia summit").
 */
export function dominantRegionIn(counts: ReadonlyMap<string, number>, least = 2): string | undefined {
  // The first region with the highest count, and whether another has as many.
  let top: string | undefined;
  let most = 0;
  let tie = false;
  counts.forEach((n, code) => {
    if (!REGION_CODES.has(code)) return;
    if (n > most) {
      top = code;
      most = n;
      tie = false;
    } else if (n === most) tie = true;
  });
  let regions = 0;
  counts.forEach((_n, code) => void (REGION_CODES.has(code) && ++regions));
  const enough = most >= 2 || (least <= 1 && most === 1 && regions === 1);
  return top && enough && !tie && top !== "WST" ? top : undefined;
}

/** A region's name as a noun from how the text names it ("Central Asia", not "Central Asian"). */
export function regionName(texts: readonly string[]): string | undefined {
  const noun = texts.find(isRegionNoun);
  if (noun) return noun;
  const adjective = texts.find(isRegionAdjective);
  return adjective ? regionStates(adjective) : undefined;
}

/** A region named by a noun ("Central Asia"), not an adjective ("Central Asian"). */
export function isRegionNoun(t: string): boolean {
  return /^\p{Lu}/u.test(t) && !/(?:an|ern|ic)$/.test(t);
}

/** A region named by its adjective ("Central Asian", "Caucasian"). */
export function isRegionAdjective(t: string): boolean {
  return /^\p{Lu}/u.test(t) && /(?:an|ern)$/.test(t);
}

/**
 * A region named by its adjective only ("the five Central Asian presidents"): its states ("the Central Asian
 * states"), which the coder reads as the region.
 */
export function regionStates(adjective: string): string {
  return `the ${adjective} states`;
}
