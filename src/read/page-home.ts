/**
 * The page's home (issue 10, session 23): the state or the organisation a page speaks from, read from how the page
 * names its publisher. A state's own institution names its state in its name — a national news agency ("Romanian
 * National News Agency", "State News Service of Turkmenistan", "Afghanistan's independent news agency"), a
 * broadcaster ("Finnish Broadcasting Company"), a newspaper that calls itself the state's ("Pakistan's premier
 * business newspaper"), a ministry, a parliament, a presidency or a central bank ("Ministry of Foreign Affairs of
 * Japan", "UK Parliament", "National Bank of Kazakhstan"); an organisation's own page is headed by the organisation's
 * name alone ("Asian Development Bank", "OSCE"). Such a page writes about its own state's or organisation's people
 * without naming it: "Trade Minister X", "the Foreign Secretary", "the Secretary General". A page without such a name
 * has no home: a wire service, an international outlet, a think tank, a law firm, an outlet whose name only holds a
 * place ("The Brussels Ledger", "Tehran Daily Mirror"). A property of the publisher's name as the page writes it,
 * never of one publisher: no table of publishers. Pure: the page's header and footer lines and a coder's mentions in.
 *
 * @module
 * @example
 * ```ts
 * pageHome(["FBC News", "Finnish Broadcasting Company | News in English"], mentionsOf, isStateCode);
 * // {code: "FIN", name: "the Finnish side", kind: "state", line: "Finnish Broadcasting Company"}
 * ```
 */
import {isStateCode, isStateNoun} from "./first-person.js";

/** A mention as this reader needs it: offsets into the line, its text and the actor code. */
export interface HomeMention {
  start: number;
  end: number;
  text: string;
  code: string;
  agent?: string;
}

/** The page's home: the state or organisation, a name the coder reads as it, and the line that gave it. */
export interface PageHome {
  code: string;
  /** A name the coder reads as the home ("Finland", "the Finnish side", "OSCE"). */
  name: string;
  kind: "state" | "organisation";
  /** The publisher's line (or the part of it) that named the home. */
  line: string;
}

/** A pattern's words matched in either case of their first letter ("[Nn]ational"): names keep their capitals. */
function eitherCase(pattern: string): string {
  return pattern.replace(/(?<![\\{])\b([a-z])/g, (_w, c: string) => `[${c.toUpperCase()}${c}]`);
}

/**
 * Words that may stand between a state's name and its institution's noun: what a national institution calls itself
 * ("National", "State", "independent", "leading English-language").
 */
const QUALIFIER = eitherCase(
  String.raw`(?:national|state|official|public|independent|leading|premier|first|oldest|largest|main|english[- ]language|english|business|economic|news|information|press|telegraph|broadcasting|foreign|federal|central)`
);
/** The noun of a state's own institution that speaks for it or reports from it. */
const INSTITUTION = eitherCase(
  String.raw`(?:news\s+agency|press\s+agency|information\s+agency|telegraph\s+agency|agency|news\s+service|information\s+service|broadcasting\s+(?:company|corporation|service)|broadcaster|radio|television|newspaper|daily|parliament|government|presidency|ministry(?:\s+of\s+[\p{L}\s,]+?)?|department\s+of\s+[\p{L}\s,]+?|national\s+bank|central\s+bank|embassy)`
);
/** A state's name as a publisher writes it: one to four capitalised words ("Finnish", "UK", "People's Republic of China"). */
const STATE_WORDS = String.raw`(\p{Lu}[\p{L}.'’-]*?(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*){0,3}?)`;
/** An acronym the institution's name may end with ("Mongolian National News Agency MEDEE"). */
const ACRONYM = String.raw`(?:\s+\p{Lu}{2,8})?`;
/**
 * The state's name first: "Romanian National News Agency", "Afghanistan's independent news agency", "UK Parliament",
 * "Finnish Broadcasting Company".
 */
const STATE_FIRST = new RegExp(
  String.raw`^(?:[Tt]he\s+)?${STATE_WORDS}(?:['’]s)?\s+(?:${QUALIFIER}\s+){0,3}${INSTITUTION}${ACRONYM}$`,
  "u"
);
/**
 * The state's name last: "State News Service of Turkmenistan", "Serumpun National News Agency of Malaysia", "Ministry of
 * Foreign Affairs of the People's Republic of China", "President of Russia", "Mazhilis of the Parliament of the
 * Republic of Kazakhstan".
 */
const STATE_LAST = new RegExp(
  String.raw`^(?:[Tt]he\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:of\s+the\s+)?(?:${QUALIFIER}\s+){0,2}(?:${INSTITUTION}|${eitherCase(String.raw`president|prime\s+minister|office\s+of\s+the\s+president|presidential\s+administration`)})\s+of\s+(?:the\s+)?${STATE_WORDS}$`,
  "u"
);
/** Words that may follow an organisation's name on its own masthead: "UN News", "OSCE Newsroom", "ADB Press Release". */
const ORGANISATION_TAIL = /^(?:\s+(?:news|newsroom|press\s+releases?|media\s+centre|media\s+center|secretariat))?\s*$/i;
/** CAMEO's region codes and sector codes: no organisation a page speaks for. */
const NOT_ORGANISATION = new Set(
  [
    "AFR ASA BLK BLN CAS CAU CFR CMN CRB EAF EEU EIN EUR LAM MDT MEA NAF NMR PGS SAF SAM SAS SCN SEA WAF WST CA5",
    "GOV MIL BUS MED COP JUD LEG OPP REB CVL PPL EDU ELI NGO IGO SPY LAB REF HLH CRM AGR ENV UAF INS SEP MOD RAD REL CHR JEW BUD HIN DEV HRI MNC INT ACA MUS"
  ]
    .join(" ")
    .split(" ")
);

/** Whether an actor code is an organisation's (not a state, a region or a sector): "OSCE", "ADB", "UN". */
export function isOrganisationCode(code: string): boolean {
  return /^[A-Z][A-Z0-9]{1,7}$/.test(code) && !isStateCode(code) && !NOT_ORGANISATION.has(code);
}

/**
 * A line set in capitals ("ROMANIAN NATIONAL NEWS AGENCY"), in the case the coder reads names in ("Romanian National
 * News Agency"); other lines as they are. (A line in capitals is read as written too: "OSCE" is an acronym.)
 */
function readableCase(line: string): string {
  if (/\p{Ll}/u.test(line)) return line;
  return line.replace(/\p{Lu}+/gu, (w, at: number) =>
    at > 0 && /^(?:OF|THE|AND|FOR|IN|ON)$/.test(w) ? w.toLowerCase() : w[0] + w.slice(1).toLowerCase()
  );
}

/**
 * The parts of a publisher's line that may be a name: split at bars, bullets and dashes set off by spaces, with a
 * copyright's sign, years and closing notice left out ("© 2026 Mazhilis of the Parliament …. All rights reserved.").
 */
function nameParts(line: string): string[] {
  return line
    .split(/\s+[|•·—–-]\s+|\s*\|\s*/)
    .map((p) =>
      p
        .replace(/^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?/i, "")
        .replace(/\.\s+(?:all rights reserved|any|use|when|quoting|reuse|reproduction)\b.*$/i, "")
        .replace(/[.,;:]\s*$/, "")
        .trim()
    )
    .filter((p) => p.length >= 2 && p.length <= 100);
}

/**
 * The page's home from the lines that name its publisher (its masthead, tagline, credit and copyright lines, and the
 * publisher's name): the first part of a line that is a state's own institution named with its state ({@link
 * STATE_FIRST}, {@link STATE_LAST}), else one that is an organisation's name alone ({@link ORGANISATION_TAIL}).
 * `mentionsOf` gives the coder's mentions in a text; `isState` tells a state's code. Undefined when no line names
 * one, or when the lines name two different homes.
 */
export function pageHome(
  lines: readonly string[],
  mentionsOf: (text: string) => readonly HomeMention[],
  isState: (code: string) => boolean = isStateCode
): PageHome | undefined {
  const found: PageHome[] = [];
  for (const line of lines)
    for (const part of nameParts(readableCase(line)).concat(/\p{Ll}/u.test(line) ? [] : nameParts(line))) {
      const home = homeIn(part, mentionsOf, isState);
      if (home) found.push(home);
    }
  const first = found.find((h) => h.kind === "state") ?? found[0];
  if (!first || found.some((h) => h.kind === first.kind && h.code !== first.code)) return undefined;
  return first;
}

/** The home one part of a publisher's line names, if any (see {@link pageHome}). */
function homeIn(
  part: string,
  mentionsOf: (text: string) => readonly HomeMention[],
  isState: (code: string) => boolean
): PageHome | undefined {
  // (the state's words are asked about alone, then after "the": a capitalised name's first word is not read as an
  // actor by the coder, "UK" alone is no name of it)
  const state = STATE_FIRST.exec(part) ?? STATE_LAST.exec(part);
  if (state) {
    // (a name of several words keeps a possessive's "'s" on its last word: "North Macedonia's national news agency")
    const words = state[1]!.replace(/['’]s$/, "");
    for (const text of [words, `the ${words}`]) {
      const whole = mentionsOf(text).find((m) => m.end === text.length && m.start <= text.length - words.length);
      if (whole && isState(whole.code)) {
        const noun =
          isStateNoun(words) || /^['’]s\b/.test(part.slice(state.index + part.indexOf(words) + words.length));
        return {code: whole.code, name: noun ? text : `the ${words} side`, kind: "state", line: part};
      }
    }
  }
  const mentions = mentionsOf(part);
  const m = mentions[0];
  if (
    m &&
    isOrganisationCode(m.code) &&
    !(m.agent !== undefined && m.agent === m.code) &&
    /^(?:the\s+)?$/i.test(part.slice(0, m.start)) &&
    ORGANISATION_TAIL.test(part.slice(m.end)) &&
    mentions.every((o) => o === m || o.code === m.code)
  )
    return {code: m.code, name: m.text, kind: "organisation", line: part};
  return undefined;
}
