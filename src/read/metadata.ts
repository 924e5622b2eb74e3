/**
 * An article's metadata (title, publisher, author, date, section, the experts interviewed), read
 * from the text itself ("INTERVIEWS  01 June 2023 - 17:27", "Caliber.Az had a conversation with
 * …", "spoke in an interview with Qazinform News Agency"), then from the page's `<meta>` tags,
 * then from what the caller gives (CLI flags, a sidecar JSON).
 *
 * @module
 */
import type {Issue, PeriodPrecision} from "../domain/index.js";
import {parsePeriod, periodText} from "../domain/plain.js";
import {
  type Article,
  initialsMasthead,
  initialsOf,
  isInstitutionName,
  signatureName,
  SITE_DESCRIPTION
} from "./article.js";
import {
  DATE_RANK,
  isOrganisation,
  isPersonName,
  isPublisherName,
  isWriterRoleLine,
  readBio,
  readByline,
  readLeadDateline,
  CAPITALS_NAME,
  runningCase,
  ISSUING_OFFICE,
  joinNames,
  namesPeopleList,
  namesPieceKind,
  SECTION,
  type BylineFacts
} from "./byline.js";
import {ISSUE_WORD, parseDateline, parsePublicationPeriod} from "./dates.js";
import {feedDays, newestFeedDay, type FeedDay} from "./dates-feed.js";
import type {Genre} from "./claims.js";
import type {HtmlMeta} from "./html.js";
import {EXPERT_ROLE, isServingOfficial, RESEARCH_BODY, SERVING_OFFICE} from "./experts.js";
import {splitTitle} from "./voices.js";
import {
  isDateLine,
  orderedDate,
  namedDayOrder,
  pageDayOrder,
  withFullYear,
  type DayOrder,
  type NumericDate
} from "./metadata-dates.js";
import {HONORIFIC, leadByline, MEDIA_NAME, personName} from "./writers.js";
import {longFormOf} from "./long-form.js";
import {speechGiver} from "./speech-giver.js";

/** An expert the article interviews or quotes at length. */
export interface Expert {
  name: string;
  /** "political scientist", "doctor of political sciences, professor, …" when the text says. */
  role?: string;
}

export interface Metadata {
  title?: string;
  publisher?: string;
  author?: string;
  /** YYYY-MM-DD: the first day of the month or year when only that is stated. */
  date?: string;
  /** How precise `date` is ("No. 11 | March 2022": a month); absent: a day. */
  datePrecision?: PeriodPrecision;
  /** The site's section ("Interviews"). */
  section?: string;
  experts: Expert[];
  /** True when the article is an interview (answers belong to the expert). */
  interview: boolean;
  /** The kind of piece (src/read/genre.ts), set once the voices are known. */
  genre?: Genre;
  /** Where each field came from: "text", "html", "given". */
  from: Record<string, string>;
}

/** What the caller knows: CLI flags or a sidecar JSON. */
export interface GivenMetadata {
  title?: string;
  publisher?: string;
  author?: string;
  date?: string;
}

const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}";
const NAME2 = "\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}[\\p{L}'’-]+";
const ROLE =
  "(?:[\\p{L}]+\\s)?(?:political scientist|political analyst|expert|analyst|researcher|professor|economist|historian|orientalist|sinologist|scholar|director)";
const PUBLISHER_PATTERNS: RegExp[] = [
  // "Caliber.Az had a conversation with …" / "Trend News Agency interviewed …"
  new RegExp(
    `^([\\p{Lu}][\\p{L}\\d]*(?:\\.[\\p{L}]+)?(?:\\s+News Agency)?)\\s+(?:had a conversation|presents an interview|spoke with|talked to|interviewed|asked)`,
    "u"
  ),
  // "… told a Trend correspondent", "… in an interview with Qazinform News Agency correspondent"
  /\b(?:told|to|with|for)\s+(?:an?\s+|the\s+)?([\p{Lu}][\p{L}\d.]+(?:\s+[\p{Lu}][\p{L}\d.]+){0,3})\s+(?:correspondents?|reporters?|journalists?)\b/u,
  // "Kazakh expert on Caliber.Az"
  /\b(?:on|to|for|at) ([\p{Lu}][\p{L}\d]*\.[\p{L}]{2,})$/u,
  /\b([\p{Lu}][\p{L}\d]+(?: News)? Agency) (?:reported|reports|correspondent)/u
];
const EXPERT_PATTERNS: {re: RegExp; name: number; role?: number; roleAfter?: boolean}[] = [
  // "… had a conversation with Karlygash Nugmanova (Kazakhstan), doctor of political sciences, …"
  {
    re: new RegExp(
      `(?:[Cc]onversation|[Ii]nterview|spoke|talked) with (?:(?:Prof|Dr|Mr|Ms|Mrs)\\.\\s+)?(${NAME})\\s*(?:\\([^)]*\\))?,\\s*([^.]{3,200})`,
      "u"
    ),
    name: 1,
    role: 2,
    roleAfter: true
  },
  // "… an interview with the leading researcher of the Institute …, Candidate of Political Sciences Talgat Ismagambetov."
  {re: new RegExp(`interview with (the [^]{3,250}?)\\s(${NAME2})\\.`, "u"), name: 2, role: 1},
  // "Political scientist Gaziz Abishev spoke in an interview with …"
  {
    re: new RegExp(`(?:^|\\.\\s+)(${ROLE})\\s(${NAME2})\\s(?:spoke|said|told|shared|believes|explained)`, "iu"),
    name: 2,
    role: 1
  },
  // "Interview with Prof. Karlygash Nugmanova"
  {re: new RegExp(`^Interview with (?:(?:Prof|Dr|Mr|Ms|Mrs)\\.\\s+)?(${NAME})$`, "u"), name: 1}
];
/** The label of a list of the people heard: "Witnesses:", "Panelists:", "Speakers:". */
const SPEAKER_LIST = /^(?:witnesses|panel(?:ists)?|speakers|participants|guests|expert witnesses)\s*:?$/i;
/** One person of such a list: honorifics, the name, then the role and affiliation after a comma. */
const LISTED_PERSON = new RegExp(
  `^(?:(?:The\\s+)?Hon(?:ou?rable|\\.)\\s+|(?:Dr|Mr|Ms|Mrs|Prof)\\.?\\s+|Professor\\s+|Ambassador\\s+|General\\s+)*(${NAME}),\\s+(.{3,200})$`,
  "u"
);
/** "…, Trend reports with reference to …", "…, Kabar reports." at a sentence's end. */
const AGENCY_REPORTS =
  /,\s+((?:[\p{Lu}][\p{L}\d-]*)(?:\.[\p{L}]{2,})?(?:\s+[\p{Lu}][\p{L}\d-]*){0,2})\s+reports(?:\s+(?:with reference to|citing|quoting|referring to)\b[^.]*)?\.(?:\s|$)/u;
/** "…, reports Kun.uz citing …" */
const REPORTS_AGENCY =
  /,\s+reports?\s+((?:[\p{Lu}][\p{L}\d-]*)(?:\.[\p{L}]{2,})?(?:\s+[\p{Lu}][\p{L}\d-]*){0,2})(?=\s+(?:citing|with reference to|quoting|referring to)\b|\.)/u;
const COPYRIGHT =
  /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?,?\s*((?:the\s+)?\p{Lu}[\p{L}\d.&'’ -]{1,60}?)(?:\s*,?\s+\d{4}(?:\s*[-–]\s*\d{4})?)?(?:[.,|]|\s+all rights|\s*$)/iu;

/** "Akorda 2023. All rights reserved.": a site's name and a year before the reservation of rights, with no © sign. */
const NAME_YEAR_RIGHTS =
  /^(\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,3})\s*,?\s+\d{4}(?:\s*[-–]\s*\d{4})?\.?\s+all rights reserved/iu;

/** A masthead that describes the site ("Official website of the President of …"): it names no publisher. */
const SITE_NAMED = new RegExp(String.raw`^(?:the\s+)?${SITE_DESCRIPTION}\b`, "i");

/**
 * A name set in capitals in a masthead ("KAPITAL.KZ", "BALTICPULSE.lt") in the casing the page itself writes it
 * elsewhere ("© Kapital.kz", a byline's "BalticPulse.lt"), when it does. `fromCaps`: the name is the title case made of a masthead in capitals ("SBN WORLD RADIO"
 * → "Sbn World Radio"), a guess the page's own writing ("ⓒ SBN World Radio") beats.
 */
function ownCasing(name: string, texts: readonly string[], fromCaps = false): string {
  // ("BALTICPULSE.lt": a domain's name in capitals before its suffix in lower case, session 29)
  const core = name.replace(/\.[a-z]{2,6}$/, "");
  if (!fromCaps && (!/^[^\p{Ll}]+$/u.test(core) || !/\p{Lu}{3}/u.test(core))) return name;
  const re = new RegExp(`(?<![\\p{L}\\d])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\d])`, "iu");
  for (const t of texts) {
    const m = re.exec(t);
    if (m && /^\p{Lu}/u.test(m[0]) && /\p{Ll}/u.test(m[0].replace(/\.[a-z]{2,6}$/, ""))) return m[0];
  }
  return name;
}

/**
 * A wire's update tag before a headline: "(LEAD) …", "(2nd LD) …", "(URGENT) …", "UPDATE 2-…", "REFILE-…"; or the
 * kind of piece set in capitals as a rubric before it ("COLUMN: …", "ROUNDUP: …", "ANALYSIS | …", "EXCLUSIVE - …"; a
 * column's name in the plural, "VIEWPOINTS | …", "LETTERS: …", session 29).
 * Only capitals: a headline's own words in running case stay ("Explainer: Why …"), and a page's state ("LIVE: …") is
 * no kind of piece.
 */
const UPDATE_TAG = new RegExp(
  String.raw`^(?:\((?:LEAD|URGENT|FLASH|\d+(?:st|nd|rd|th)\s+LD|\d+(?:st|nd|rd|th)\s+LEAD|UPDATE(?:\s+\d+)?|CORRECTED|REFILE|EXCLUSIVE|WRAPUP(?:\s+\d+)?|RECAST|AMBIENCE|PROFILE)(?:[^()]{0,40})?\)\s+|(?:UPDATE|REFILE|CORRECTED|EXCLUSIVE|WRAPUP|RPT)(?:\s+\d+)?\s*-\s*)(?=\S)|^(?:NEWS\s+|GUEST\s+|SPECIAL\s+)?(?:COLUMN|ROUNDUP|ANALYSIS|EXCLUSIVE|OPINION|COMMENTARY|COMMENT|EDITORIAL|INTERVIEW|FEATURE|FACTBOX|EXPLAINER|INSIGHT|FOCUS|PROFILE|REVIEW|BACKGROUNDER|VIEWPOINT|PERSPECTIVE|OP-ED|Q&A|REPORT|BREAKING(?:\s+NEWS)?|UPDATE(?:\s+\d+)?|WRAPUP(?:\s+\d+)?|(?:COLUMN|OPINION|COMMENT|EDITORIAL|INTERVIEW|FEATURE|INSIGHT|REVIEW|VIEWPOINT|PERSPECTIVE|LETTER)S)\s*(?::|\s[|–—-])\s+(?=["“‘'«]?\p{Lu}|\d)`,
  "u"
);

/**
 * The kind of piece in running case before a bar ("Opinion | …", "Analysis | …"): a bar is no part of a headline's
 * grammar, so the word before it is the site's rubric ("Explainer: Why …" with a colon stays the headline's own).
 */
const KIND_BAR =
  /^(?:Opinion|Analysis|Commentary|Comment|Editorial|Column|Explainer|Interview|Feature|Viewpoint|Perspective|Op-Ed|Review|Insight|Long read)\s+\|\s+(?=["“‘'«]?\p{Lu}|\d)/u;

/**
 * A paper's number before a bar ("CO24031 | …", "IN12488 | …"): the series' index, not the headline's words; and an
 * agenda item's number before its title in a sitting's record ("14. First EU-Central Asia summit (debate)").
 */
const NUMBER_BAR = /^(?:\p{Lu}{1,4}\d{3,}\s+\|\s+|\d{1,3}\.\s+)(?=["“‘'«]?\p{Lu})/u;

/** A crumb's first part that is an issue's number ("No. 11 | March 2022"), not the site's name. */
const ISSUE_HEAD = new RegExp(String.raw`^${ISSUE_WORD}(?:\.|\b)`, "i");

/** A place first in a crumb ("Kazakhstan › Politics") is a section of the site, not its name. */
const PLACE_HEAD =
  /^(?:\p{L}+stan|russia|china|europe|america|africa|the (?:world|region|caucasus|middle east|west)|caucasus|middle east|mongolia|t[üu]rkiye|turkey|iran|india|japan|korea|south korea|ukraine|belarus|georgia|armenia|azerbaijan|the us|the eu|usa|us|eu|uk)$/iu;

/**
 * The site's name in a header line of parts ("Policy Forum › Commentary", "THE LEDGER | Analysis | Central Asia",
 * "Eurasia Monitor · Interviews · 5 June 2025"): the first part, when another part is a section or a date and the
 * first is neither. Capitals are set in title case ("THE LEDGER" → "The Ledger").
 */
export function siteName(line: string): string | undefined {
  const parts = line
    .split(/\s+[|•·›»>/]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.length > 5 || parts.some((p) => p.length > 40)) return undefined;
  const [head, ...rest] = parts as [string, ...string[]];
  if (
    SECTION.test(head) ||
    // ("Posted by Dr Jane Roe · 4 March 2026": the writer's line)
    /^(?:(?:posted|written|published|reported|compiled)\s+)?by\s/i.test(head) ||
    // ("Author: Jane Roe | 07.04.2025": a label's field, never the site's name)
    /^\p{L}[\p{L} ]{1,24}:\s/u.test(head) ||
    PLACE_HEAD.test(head) ||
    ISSUE_HEAD.test(head) ||
    parseDateline(head) ||
    // ("Listen live · Programmes · Podcasts": a button's label opens the menu, no site's name)
    LINK_LABEL.test(head) ||
    !/^\p{Lu}/u.test(head) ||
    /[.!?]$/.test(head)
  )
    return undefined;
  if (!rest.some((p) => SECTION.test(p) || parseDateline(p))) return undefined;
  if (head.split(/\s+/).length > 5 || (isPersonName(head) && !isOrganisation(head))) return undefined;
  return /^[\p{Lu}\d\s&.'’-]+$/u.test(head) && /\p{Lu}{5}/u.test(head.replace(/\s/g, "")) ? capsToTitle(head) : head;
}

/** "CENTRAL ASIA REVIEW OF THE WEEK" → "Central Asia Review of the Week"; a name in running case is kept. */
export function capsToTitle(name: string): string {
  // ("U.S. DEPARTMENT of STATE": capitals with a small word in lower case are capitals too)
  const bare = name.replace(/(?<=\s)(?:of|the|and|for|in|on|at)(?=\s)/g, "");
  // ("INSTITUTE OF REGIONAL STUDIES, ISLAMABAD": the city after a comma is the name's too)
  if (!/^[\p{Lu}\d\s&.,'’-]+$/u.test(bare) || !/\p{Lu}{3}/u.test(bare)) return name;
  return name
    .split(/(\s+)/)
    .map((w) => (/^(?:\p{Lu}\.){2,}$/u.test(w) ? w : w.toLowerCase()))
    .join("")
    .replace(/(^|[\s-])(\p{Ll})/gu, (_m, a: string, c: string) => a + c.toUpperCase())
    .replace(/(?<=\s)(Of|The|And|For|In|On|At)(?=\s)/g, (w) => w.toLowerCase());
}

/**
 * The publisher's name a masthead gives: several words in capitals set in title case ("GLOBE WIRE SERVICE" → "Globe
 * Wire Service"); one word in capitals kept as the brand it is ("STEPPENEWS"), unless the page writes it otherwise
 * elsewhere (see ownCasing); a name in capitals followed by its description in lower case ("KALAM national news
 * agency", "ORDA information portal") is the name alone, as is a name with the site's address after it ("MALTA DAILY
 * INDEPENDENT · mdi.com.mt").
 */
function mastheadName(masthead: string): string {
  // "THE LEDGER — from the Bellbird Institute for International Policy": a blog's name, then the house that publishes it.
  const house =
    /^[^—–|]{3,40}\s[—–|]\s+(?:from|by|a (?:blog|publication|project) of)\s+(?:the\s+)?(\p{Lu}[^—–|]{3,80})$/u.exec(
      masthead.trim()
    );
  if (house) return house[1]!.trim();
  // "MALTA DAILY INDEPENDENT  ·  mdi.com.mt": the name, then the site's address after a separator.
  const addressed = /^(.{3,60}?)\s+[·•|—–-]\s+(?:https?:\/\/)?(?:www\.)?[\p{Ll}\d-]+(?:\.\p{Ll}{2,}){1,2}\/?$/u.exec(
    masthead.trim()
  );
  if (addressed) masthead = addressed[1]!;
  const described = /^([\p{Lu}\d][\p{L}\d.&'’-]*(?:\s+[\p{Lu}\d][\p{L}\d.&'’-]*){0,3})\s+\p{Ll}[\p{Ll}\s-]*$/u.exec(
    masthead
  );
  const name = described ? described[1]! : masthead;
  return /\s/.test(name.trim()) ? capsToTitle(name) : name;
}

/**
 * A name set on two lines, as a logo sets it ("Lindenau Foundation" / "for Freedom and Dialogue"): the second line
 * opens with a small word in lower case and goes on in title case, and the page writes the name whole elsewhere (its
 * footer, its copyright line). The whole name, else undefined. A tagline in running case ("for a free and open
 * Eurasia") is no part of the name, nor a second line the page never joins to the first.
 */
function nameOnTwoLines(name: string, next: string | undefined, pageTexts: readonly string[]): string | undefined {
  const rest = next?.trim();
  if (!rest || !/^(?:for|of|on|and|in)\s+(?:(?:\p{Lu}[\p{L}'’.-]*|of|the|and|for|on|in|&)(?:\s+|$))+$/u.test(rest))
    return undefined;
  if (!/\s\p{Lu}/u.test(` ${rest}`)) return undefined;
  const whole = `${name.trim()} ${rest}`;
  return pageTexts.some((t) => t.includes(whole)) ? whole : undefined;
}

/** A name in title case: capitalised words with small words between ("International Organization for Migration"). */
const TITLE_CASE_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|the|and|on|in|&))+$/u;
/**
 * The name a masthead's initials stand for, spelled out on the line under it ("IOM UN MIGRATION" / "International
 * Organization for Migration"): the line's capitalised words' initials are the masthead's first word, and more words
 * follow the initials in the masthead.
 */
function spelledOutBelow(masthead: string, next: string | undefined): string | undefined {
  // (initials alone over their name stay the masthead, as the page-layout matrix pins them: session 24; a logo's
  // initials with more words after them, "IOM UN MIGRATION", name nothing themselves)
  // (nor a brand of initials and a medium's word, "ABS NEWS", "KTK TV": the masthead names the medium itself)
  const initials = /^\p{Lu}{2,6}(?=\s+\S)/u.exec(masthead.trim())?.[0];
  if (/^\p{Lu}{2,6}\s+(?:NEWS|TV|RADIO|DAILY|TIMES|POST|ONLINE|PRESS|MEDIA|24)$/iu.test(masthead.trim()))
    return undefined;
  const name = next?.trim();
  if (!initials || !name || name.length > 90 || /[.!?:|·•]/.test(name)) return undefined;
  return initialsOf(name) === initials && TITLE_CASE_NAME.test(name) ? name : undefined;
}

/** The heading of a box presenting the writer after the story. */
const ABOUT_AUTHOR = /^about (?:the )?(?:author|writer|contributor)s?\s*:?$/i;
/** The box's first words: the writer's name (an honorific before it), then what the person is or does. */
const AUTHOR_PRESENTED = new RegExp(
  `^(?:${HONORIFIC}\\s+)*(${NAME})\\s+(?:is|was|has|holds|serves|served|works|worked|leads|heads|teaches|writes|covers|researches)\\b`,
  "u"
);

/**
 * A site's language edition after its name ("PARSNEWS English", "Huaxin in English", "Le Soir — in English"): the name
 * is the publisher.
 */
const EDITION = /(?:\s+[—–|·-])?\s+(?:in\s+)?(?:English|Eng\.?)(?:\s+(?:edition|version|service|section))?$/i;

/**
 * A document's type set under its title ("Bilateral Relations Fact Sheet", "Press Release", "Media Note"): no author.
 */
const DOCUMENT_TYPE =
  /\b(?:fact ?sheets?|press releases?|media notes?|joint statements?|statements?|readouts?|backgrounders?|transcripts?|remarks|communiqu[ée]s?|declarations?|briefs?|briefings?|notes?|reports?|overviews?|profiles?|speeches)$/i;

/**
 * A document's type alone, set before its date ("News Release | 20 November 2025", "Press Statement – 3 May"): the
 * kind of page, never its publisher's name.
 */
const DOCUMENT_LABEL =
  /^(?:(?:news|press|media)\s+(?:releases?|statements?|notes?|advisory)|statements?|fact ?sheets?|readouts?|transcripts?)$/i;

/**
 * A wire's name in lower case with its edition ("corvid global", "corvid international"): the name alone, when the page
 * writes it alone elsewhere (its dateline's credit, a byline, a copyright line); undefined otherwise.
 */
function lowerBrand(masthead: string, texts: readonly string[]): string | undefined {
  const m =
    /^(\p{Ll}[\p{Ll}\d.-]{1,20})\s+(?:international|world|global|english|online|europe|asia|africa|americas)$/u.exec(
      masthead.trim()
    );
  if (!m) return undefined;
  const brand = m[1]!;
  const alone = new RegExp(
    `(?<![\\p{L}\\d])${brand.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\d]|\\s+${masthead.trim().split(/\s+/)[1]})`,
    "u"
  );
  return texts.some((t) => t.trim() !== masthead.trim() && alone.test(t)) ? brand : undefined;
}

/** "https://www.example.com/a/b" → "example.com". */
function hostName(url: string): string {
  return url
    .replace(/^[a-z]+:\/\//i, "")
    .replace(/^www\./i, "")
    .split(/[/?#]/)[0]!;
}

const INTERVIEW_HINT = /\binterview/i;
/** "«…»: Farida Usmanova on Central Asia's lenders" — an interview's headline naming the interviewee. */
const INTERVIEWEE_IN_TITLE = new RegExp(`["”»]\\s*:\\s*(${NAME})\\s+on\\s+\\p{L}`, "u");
/** "Farida Usmanova is a senior economist at the …" — an interview's lead presenting the interviewee. */
const INTERVIEWEE_BIO = new RegExp(
  `^(${NAME})\\s+is\\s+(?:an?|the)\\s+((?:[\\p{L}-]+\\s+){0,3}(?:economist|analyst|researcher|professor|fellow|expert|scholar|political scientist|historian|lecturer|adviser|advisor|director|head|diplomat|sinologist|orientalist)\\b[^.;]{0,160})`,
  "u"
);

/**
 * "We spoke to Farida Usmanova, an economist at …", "… talked with Farida Usmanova about …": the lead naming whom the
 * interview is with (a name of two or three words, its role after a comma when given).
 */
const INTERVIEWEE_LEAD = new RegExp(
  `\\b(?:spoke|talked|sat down|met)\\s+(?:to|with)\\s+(${NAME2}(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)(?:,\\s+(?:an?|the)\\s+([^,.;]{3,120}))?(?=[\\s,.;]|$)`,
  "u"
);

/** 'Bakhtiyor Saidov: "We do not choose …"' — an interview's headline opening with the interviewee's name. */
const INTERVIEWEE_HEAD = new RegExp(`^(${NAME}):\\s*["“«„]`, "u");
/**
 * "Foreign Minister Bakhtiyor Saidov spoke to Nord News correspondent Pavel Zorin about …" — the lead naming who
 * spoke to the outlet's journalist (the words before the name are the title).
 */
const INTERVIEWEE_SPOKE = new RegExp(
  `((?:\\p{Lu}[\\p{L}'’-]+\\s+(?:(?:of|for|and)\\s+(?:the\\s+)?)?){1,6}?${NAME})\\s+(?:spoke|talked|gave an interview|told)\\s+(?:to\\s+|with\\s+)?(?:an?\\s+|the\\s+)?(?:\\p{Lu}[\\p{L}\\d.'’-]*\\s+){0,4}(?:correspondents?|journalists?|reporters?|interviewer|editor|columnist)\\b`,
  "u"
);

/** A transcript whose questions are set as dash paragraphs ending with "?". */
function isDashInterview(article: Article): boolean {
  return article.paragraphs.filter((p) => p.marker === "dash" && /\?\s*$/.test(p.text)).length >= 2;
}

/** A page's revision line: "This page was last edited on …", "Last updated …", "Page last modified …". */
const REVISED =
  /\b(?:last\s+(?:edited|updated|modified|revised)|(?:edited|updated|modified|revised)\s+(?:last\s+)?on)\b/i;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAME =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";

/** A dateline's month and day after its place ("ASTANA, March 3 –"), and day and month ("ASTANA, 3 March –"), yearless. */
const MONTH_DAY_AFTER_PLACE = new RegExp(`[,.]\\s+${MONTH_NAME}\\s+(\\d{1,2})\\b(?!,?\\s*\\d{4})`, "u");
const DAY_MONTH_AFTER_PLACE = new RegExp(`[,.]\\s+(\\d{1,2})\\s+${MONTH_NAME}(?![\\p{L}])(?!,?\\s*\\d{4})`, "u");

/**
 * The month and the day of a wire's dateline that gives no year ("KHUJAND, April 7 (Valley Wire) -", "MOSCOW, 7 April.
 * /Agency/."): undefined when the paragraph opens with no such dateline.
 */
function datelineMonthDay(paragraph: string): {month: number; day: number} | undefined {
  const lead = readLeadDateline(paragraph);
  if (!lead || lead.date) return undefined;
  const head = paragraph.slice(0, lead.length);
  const md = MONTH_DAY_AFTER_PLACE.exec(head);
  const dm = DAY_MONTH_AFTER_PLACE.exec(head);
  const [name, day] = md ? [md[1]!, Number(md[2])] : dm ? [dm[2]!, Number(dm[1])] : [undefined, 0];
  if (!name || day < 1 || day > 31) return undefined;
  return {month: MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1, day};
}

/** Where a biography's person works: "… at the Eurasian Research Institute of …" → "Eurasian Research Institute". */
const BIO_PLACE = /^[^.]*?\bat the ([^.,]+?)(?:\s+of\s+[^.]*)?\./u;

/** "By Jane Roe", "Written by Steppe Wire staff": a part of a line that names who wrote it. */
function isBylinePart(part: string): boolean {
  if (!/^(?:by|written by|words by|authors?\s*:)\s/i.test(part)) return false;
  const f = readByline(part);
  return f !== undefined && f.date === undefined && (f.author !== undefined || f.publisher !== undefined);
}

/**
 * "Compiled by Jane Roe", "Written by …", "Summary prepared by Jane Roe, Research Assistant" closing a header line (the
 * writer's role after a comma; made once: it was made for every header line).
 */
const COMPILED_BY = new RegExp(
  `\\b(?:[Cc]ompiled|[Cc]urated|[Ww]ritten|[Pp]repared) by (${NAME})(?:,\\s+\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,4})?\\.?$`,
  "u"
);
/** A cookie notice opening with the site owner's name: "Radio Norrvåg uses cookies", "IOM uses cookies to …". */
const COOKIE_OWNER = /^(\p{Lu}[\p{L}\p{N}.&'’ -]{1,60}?) uses cookies\b/u;
/**
 * A link's or a button's label ("Download PDF", "Print Article", "Share This", "Listen Now", "Log In"): a verb of the
 * site's own doing, never a writer's name, however it is capitalised.
 */
const LINK_LABEL =
  /^(?:download|print|share|save|email|e-mail|subscribe|follow|listen|watch|read|view|open|close|log\s?in|log\s?out|sign\s?(?:in|up|out)|register|join|comment|bookmark|copy|send|tweet|back|next|previous|more|see|get|show|hide|play)\b/i;
/**
 * "Dr. Jane Roe, Research Fellow, Centre for Energy Studies" on the line under the headline: the writer with the role
 * and the body the writer belongs to (group 1 the name with its honorific, group 2 the role).
 */
const NAME_ROLE_BODY = new RegExp(`^((?:${HONORIFIC}\\s+)?${NAME}),\\s+([^,]{3,60}),\\s+[^,]{3,90}$`, "u");
const INITIAL_NAME = /^\p{Lu}\p{Ll}?\.\s?\p{Lu}\p{Ll}{3,}(?:-\p{Lu}?\p{Ll}+)?$/u;
/**
 * A person's name alone on its line: two to four capitalised words, with a family name's particle between them ("Sanne
 * de Bruin", "Pieter van der Berg", "Omar al Rashid"), or a given name after the initial of the father's name, as
 * Mongolian names are written ("B.Enkhjargal", "Ts. Oyunbileg").
 */
const NAME_LINE = new RegExp(
  String.raw`^\p{Lu}[\p{L}.'’-]+(?:\s+(?:(?:de|van|von|der|den|da|di|du|al|el|bin|ibn|le|la|ten|ter)\s+)*\p{Lu}[\p{L}.'’-]+){1,3}$|${INITIAL_NAME.source}`,
  "u"
);
/** The office of a "From: <office> and <minister>" line, else undefined. */
function fromOffice(line: string): string | undefined {
  const m = FROM_OFFICE.exec(line.trim());
  if (!m || !isPersonName(m[2]!)) return undefined;
  return isOrganisation(m[1]!) || GOVERNMENT_BODY.test(m[1]!) ? m[1]! : undefined;
}
/** A government body's kind closing its name ("Foreign, Commonwealth & Development Office", "Cabinet Office"). */
const GOVERNMENT_BODY =
  /\b(?:Office|Ministry|Department|Agency|Commission|Council|Service|Executive|Treasury|Secretariat)$/u;
/** "From: <office> and <minister>": a government release's issuing office and its minister (an "MP" after the name). */
const FROM_OFFICE =
  /^[Ff]rom\s*:\s*(\p{Lu}[^<>@]{2,100}?)\s+and\s+((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}?\p{Lu}[\p{L}'’.-]+)(?:\s+MP)?\s*$/u;
/** An editor's line of its own: "Editor: Jane Roe", "Edited by: Jane Roe", "Edited by Jane Roe". */
const EDITOR_LINE = new RegExp(`^(?:[Ee]ditor|[Ee]dited by)\\s*:?\\s*(${NAME})$`, "u");
/** A show's host: "Host Dana Roe talks to …", "Hosted by Dana Roe", "Presenter: Dana Roe" (made once). */
const SHOW_HOST = new RegExp(
  `(?:^|\\.\\s+)(?:[Hh]ost|[Pp]resenter|[Hh]osted by|[Pp]resented by|(?:[Hh]ost|[Pp]resenter)\\s*:)\\s+(${NAME})\\b`,
  "u"
);
/** A writer's name and, after a comma, one or two capitalised words: "Reto Hürlimann, Vienna". */
const NAME_PLACE =
  /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+(\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)?)$/u;

/**
 * Whether `word`, last on a byline's line after a comma, is the place the story was filed from: a name the actor
 * dictionary knows (a city, a state), no wire's or site's name and no medium's word ("Reuters", "Xinhua" are known
 * to the dictionary too).
 */
function filedFrom(line: string, word: string, knownActor: ((name: string) => boolean) | undefined): boolean {
  return (
    knownActor !== undefined &&
    // (last in the line or before the date's bar: "By Jane Roe, Astana | Thursday, 27 June 2024")
    new RegExp(String.raw`,\s*${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\s*(?:$|[|·•–—])`, "u").test(line) &&
    !isPublisherName(word) &&
    !MEDIA_NAME.test(word) &&
    !isInstitutionName(word) &&
    knownActor(word)
  );
}

/**
 * Reads the metadata of an extracted article. Values found in the document win; `given` (flags,
 * sidecar) fills the gaps, and a given value that contradicts the document is reported as a warning.
 */
export function readMetadata(
  article: Article,
  {
    html = {},
    given = {},
    file,
    knownActor,
    knownPerson
  }: {
    html?: HtmlMeta;
    given?: GivenMetadata;
    file?: string;
    /** Whether the actor dictionary knows a name ("European Union"): an actor, not a publisher. */
    knownActor?: (name: string) => boolean;
    /** Whether the actor dictionary knows a person by the whole name ("Sergei Lavrov"): an official, no writer. */
    knownPerson?: (name: string) => boolean;
  } = {}
): {metadata: Metadata; warnings: Issue[]} {
  const from: Record<string, string> = {};
  const text: GivenMetadata & {section?: string} = {};
  const headerTexts = article.header.map((b) => b.text);
  // Title: the first header block the extractor took as a title, as the page sets it, else <h1>/<title>; an agency's
  // update tag before it ("(LEAD) …", "(2nd LD) …", "UPDATE 2-…") is no part of it.
  if (article.title)
    text.title = article.title.replace(UPDATE_TAG, "").replace(KIND_BAR, "").replace(NUMBER_BAR, "") || article.title;
  const titleAt = article.title === undefined ? -1 : headerTexts.indexOf(article.title);
  const dates: {date: string; rank: number}[] = [];
  let weakDate: string | undefined;
  let weak: {publisher?: string} = {};
  // The order of day and month in the page's numeric dates ("05/04/2025"), from the page's own text; a line's numeric
  // date that the page does not settle is not taken, and said.
  const pageTexts = [
    ...headerTexts,
    ...article.dropped.map((d) => d.text),
    ...article.paragraphs.map((p) => p.text),
    ...article.footer.map((b) => b.text)
  ];
  const orders = new Map<NumericDate["sep"], DayOrder | undefined>();
  // (the page's convention first; failing that, the dates it writes in words: src/read/metadata-dates.ts namedDayOrder)
  const order = (sep: NumericDate["sep"], n: NumericDate) => {
    if (!orders.has(sep)) orders.set(sep, pageDayOrder(pageTexts, sep));
    return orders.get(sep) ?? namedDayOrder(pageTexts, n);
  };
  const ambiguousDates: {written: string; dayFirst: string; monthFirst: string}[] = [];
  const take = (f: BylineFacts | undefined, line?: string) => {
    if (!f) return;
    if (f.date && line !== undefined) {
      const date = orderedDate(line, f.date, order, (written, dayFirst, monthFirst) => {
        if (!ambiguousDates.some((a) => a.written === written)) ambiguousDates.push({written, dayFirst, monthFirst});
      });
      const {date: _date, dateKind: _kind, ...rest} = f;
      f = date === undefined ? rest : {...f, date};
    }
    if (f.date && f.dateKind) dates.push({date: f.date, rank: DATE_RANK[f.dateKind]});
    if (f.author && !text.author) text.author = f.author;
    if (f.publisher && !text.publisher && !DOCUMENT_LABEL.test(f.publisher)) text.publisher = f.publisher;
  };
  // (a place or a state in capitals over the headline, "KAZAKHSTAN", is the story's rubric, not the site's name)
  const ownMasthead =
    article.masthead && !SITE_NAMED.test(article.masthead) && !PLACE_HEAD.test(article.masthead.trim())
      ? // ("AIES | Ankara Institute for Eurasian Strategy": the name its initials stand beside)
        (initialsMasthead(article.masthead.trim()) ?? mastheadName(article.masthead))
      : undefined;
  headerTexts.forEach((h, i) => {
    if (i === titleAt) return;
    h = withFullYear(h);
    let f = readByline(h, {beforeTitle: titleAt >= 0 && i < titleAt});
    // "By Chinedu Okafor, Abuja": one word after the writer's name that the actor dictionary knows (a city, a state) and
    // no wire or site's name is the place the story was filed from, no publisher (session 29).
    if (f?.publisher && f.author && filedFrom(h, f.publisher, knownActor)) {
      const {publisher: _place, ...rest} = f;
      f = rest;
    }
    // "Reto Hürlimann, Vienna" on a line of its own under the headline: the writer and the city filed from.
    if (!f && i > titleAt && titleAt >= 0) {
      const m = NAME_PLACE.exec(h.trim());
      if (m && isPersonName(m[1]!) && !knownActor?.(m[1]!) && !knownPerson?.(m[1]!) && filedFrom(h, m[2]!, knownActor))
        f = {author: m[1]!};
    }
    // "PTI | Updated: Jun 6, 2025" on a newspaper's page (a masthead above the headline): the agency's credit is the
    // story's byline, and the page's owner its publisher.
    if (
      f?.publisher &&
      !f.author &&
      ownMasthead &&
      i > titleAt &&
      h.startsWith(f.publisher) &&
      /^\s*[|•·]/.test(h.slice(f.publisher.length)) &&
      !ownMasthead.toLowerCase().includes(f.publisher.toLowerCase())
    ) {
      const {publisher, ...rest} = f;
      f = {...rest, author: publisher};
    }
    // "Granary Street | Updated: Dec 14, 2024" under the masthead "Granary Street": the site's own name in a stamp is
    // its publisher, no writer (the writer's line may follow: "By Jane Roe and John Doe").
    if (f?.author && ownMasthead && f.author.toLowerCase() === ownMasthead.replace(EDITION, "").toLowerCase()) {
      const {author, ...rest} = f;
      f = {...rest, publisher: author};
    }
    // "THE JAPAN CHRONICLE" / "by The Nichinichi Shimbun" over the menu: the house that makes the masthead's paper,
    // credited under its name, is no publisher of the page (the masthead is).
    if (
      f?.publisher &&
      !f.author &&
      ownMasthead &&
      i > 0 &&
      headerTexts[i - 1] === article.masthead &&
      (titleAt < 0 || i < titleAt) &&
      /^by\s/i.test(h.trim())
    ) {
      const {publisher: _credited, ...rest} = f;
      f = Object.keys(rest).length > 0 ? rest : undefined;
    }
    take(f, h);
    // "Caliber.Az" / "Reuters" alone on a line of the header names the publisher.
    if (!f && isPublisherName(h)) text.publisher ??= h.trim();
    if (f?.date && !text.section) {
      const section = /^([A-Z][A-Z &]{2,30}?)\s{1,}\d/.exec(h)?.[1]?.trim();
      if (section) text.section = section[0] + section.slice(1).toLowerCase();
    }
  });
  // An e-mail newsletter's header: "From: The Caspian Brief <brief@…>" names the sender (an organisation is the
  // publisher, a person the author), "Date: Tue, 14 Nov 2023 07:00 +0500" the day it was sent; "Compiled by Jane
  // Roe." under the masthead names the author.
  for (const h of headerTexts) {
    const from = /^from\s*:\s*"?([^"<]{2,60}?)"?\s*(?:<[^>]*>)?\s*$/i.exec(h)?.[1]?.trim();
    if (from && isPersonName(from)) text.author ??= from;
    else if (from && !/@/.test(from)) text.publisher ??= from;
    const sent = /^(?:date|sent)\s*:\s*(.+)$/i.exec(h)?.[1];
    const f = sent ? readByline(sent) : undefined;
    if (f?.date) dates.push({date: f.date, rank: DATE_RANK.published});
    const compiled = COMPILED_BY.exec(h)?.[1];
    if (compiled && isPersonName(compiled)) text.author ??= compiled;
  }
  // "From: Foreign, Commonwealth & Development Office and Stephen Doughty MP" over a government page's release: the
  // issuing office, with its minister after "and"; the office is the publisher, over the platform's own name ("GOV.UK").
  const office = [...article.dropped.filter((d) => d.reason === "email-header").map((d) => d.text), ...headerTexts]
    .map(fromOffice)
    .find((o) => o !== undefined);
  if (office && (!text.publisher || text.publisher.startsWith(office) || /\.\p{L}{2,}$/u.test(text.publisher)))
    text.publisher = office;
  // "Source: Xinhua | 2024-07-03 | Editor: …" above the story names the agency; "Source: Steppe Daily    Editor: Jane
  // Roe    2026-05-14 10:32", a portal's line of parts set apart by spaces, names the paper the story comes from and
  // the day the page put it up. Under a masthead of another name ("XINJIANG NOW") the paper is the story's source, the
  // portal the publisher (as an agency credited above a newspaper's story is its byline); the editor signs no writing.
  for (const h of headerTexts) {
    const parts = /^source\s*:/i.test(h) ? h.split(/\s*[|•·]\s*|\s{3,}/) : [];
    const src = /^source\s*:\s*(.{2,60}?)\s*$/i.exec(parts[0] ?? "")?.[1];
    if (!src || !isOrganisation(src) || /^(?:photo|image|video)/i.test(src)) continue;
    for (const p of parts.slice(1)) {
      const f = /^editor/i.test(p) ? undefined : readByline(withFullYear(p));
      if (f?.date && !f.author && !f.publisher) dates.push({date: f.date, rank: DATE_RANK.published});
    }
    const otherMasthead =
      ownMasthead !== undefined && !ownMasthead.toLowerCase().includes(src.toLowerCase().replace(EDITION, ""));
    if (!otherMasthead) text.publisher ??= src;
  }
  // A wire story's own dateline: "ALMATY, March 5, 2024 (Reuters) - …"
  // (the first of the first three paragraphs that opens with one: a standfirst may stand above the story's lead)
  const first =
    article.paragraphs
      .slice(0, 3)
      .map((p) => p.text)
      .find((t) => readLeadDateline(t) !== undefined) ?? article.paragraphs[0]?.text;
  if (first) take(readLeadDateline(first), first.slice(0, 80));
  // A government portal's banner, then the institution whose page it is ("Official Information Source of the
  // Government of …" / "Embassy of the Republic of Kazakhstan in the Italian Republic" / menu): the portal hosts the
  // page, and the institution under its banner issues it.
  if (!text.publisher && article.masthead && SITE_NAMED.test(article.masthead.trim())) {
    const at = headerTexts.indexOf(article.masthead);
    const owner = at >= 0 && at < titleAt ? headerTexts[at + 1]?.trim() : undefined;
    if (owner && isInstitutionName(owner)) text.publisher = owner;
  }
  // The site's own line above or below the headline: "Policy Forum › Commentary", "THE LEDGER | Analysis | Asia",
  // "Eurasia Monitor · Interviews · 5 June 2025": the first part names the site when another is a section or a date.
  if (!text.publisher) {
    // The items of the site's menus (lines of four parts or more, set apart by bars or by two spaces or more): a crumb or rubric opening with one ("Long reads /
    // Kazakhstan / Energy" under "News | Analysis | Long reads | …") opens with a section, not the site's name.
    const menuItems = new Set(
      headerTexts
        .map((h) => h.split(/\s+[|•·›»>/]\s+|\s{2,}/).map((p) => p.trim().toLowerCase()))
        .filter((parts) => parts.length >= 4)
        .flat()
    );
    for (const h of headerTexts) {
      // (a menu of four items or more under a masthead is the menu, and its first item no site's name)
      if (ownMasthead && h.split(/\s+[|•·›»>/]\s+/).length >= 4) continue;
      const site = siteName(h);
      if (
        site &&
        menuItems.has(site.toLowerCase()) &&
        !h.split(/\s+[|•·›»>/]\s+/).every((p) => menuItems.has(p.trim().toLowerCase()))
      )
        continue;
      // (an agency credited as the story's byline is not the site, nor the page's kind: "News Release | 20 November")
      // (nor the writers listed before a date, "Jane Roe, John Doe | Thursday, 22 June 2023")
      // (nor the writer with a desk's role, "Jane Roe Energy correspondent | 14.09.2023, 16:14")
      if (
        site &&
        site !== text.author &&
        !(text.author && site.startsWith(`${text.author} `)) &&
        !DOCUMENT_LABEL.test(site) &&
        !namesPieceKind(site) &&
        !site.split(/\s*,\s*|\s+and\s+/).every((n) => isPersonName(n) && !isOrganisation(n))
      ) {
        text.publisher = site;
        break;
      }
    }
  }
  // "CENTRAL ASIA ANALYTICAL REVIEW" / "Ministry of Foreign Affairs of …" above a crumb and the headline: the page's owner.
  // ("Official website of the President of …" describes the site; its name, if stated, is elsewhere.)
  if (!text.publisher && ownMasthead) {
    const at = headerTexts.indexOf(article.masthead!);
    text.publisher =
      (at >= 0 ? nameOnTwoLines(ownMasthead, headerTexts[at + 1], pageTexts) : undefined) ??
      (at >= 0 ? spelledOutBelow(article.masthead!, headerTexts[at + 1]) : undefined) ??
      lowerBrand(ownMasthead, pageTexts) ??
      ownMasthead.replace(EDITION, "");
  }
  // Bylines and "Published:" lines the extractor left out inside or after the body (never the
  // dates of a "Latest news" list: those are other articles').
  // (the top: the first three paragraphs, or up to the body's first paragraph of a body's length, since a teaser's short
  // bullets and the author's line may stand between the headline and the date)
  const bodyStart = article.paragraphs.find(
    (p) => p.text.length >= 150 && /[.!?]["”’]?$/.test(p.text.trim())
  )?.srcStart;
  const nearTop = Math.max(article.paragraphs[2]?.srcStart ?? Infinity, bodyStart ?? -Infinity);
  for (const d of article.dropped) {
    if (!["byline", "dateline", "disclaimer", "footer", "credits"].includes(d.reason)) continue;
    if (headerTexts.includes(d.text)) continue;
    const line = withFullYear(d.text);
    let f = readByline(line);
    if (!f) continue;
    // ("By Johanna Roe, Astana" under a standfirst: the place filed from, as in the header above)
    if (f.publisher && f.author && filedFrom(line, f.publisher, knownActor)) {
      const {publisher: _place, ...rest} = f;
      f = rest;
    }
    if (f.dateKind === "published" || f.dateKind === "updated") take(f, line);
    // A date alone on its line near the top, after a teaser or a standfirst ("04/15/2026", "March 3, 2026",
    // "07-04-2025 (updated: 08-04-2025)", "2025-04-07T09:30:00+05:00"): the story's own date.
    // (and a byline with its date there: "By Jane Roe, 7 April 2025")
    else if (d.start < nearTop && (f.dateKind === "byline" || (f.dateKind === "dateline" && isDateLine(line))))
      take(f, line);
    else take({...(f.author ? {author: f.author} : {}), ...(f.publisher ? {publisher: f.publisher} : {})});
  }
  // "HNA | Hattusa News Agency" above the story: the site's name beside its initials, when nothing else names the
  // publisher. Sites set "SCO – Shanghai Cooperation Organisation" or "EU | European Union" above a story as a topic's
  // rubric: such a line names the publisher only when the name is a medium's ("… News Agency", "… Times"), or in the
  // masthead's place (the header's first line) when the actor dictionary does not know the name.
  if (!text.publisher) {
    for (const [k, h] of headerTexts.entries()) {
      const named = initialsMasthead(h.trim());
      if (named && (MEDIA_NAME.test(named) || (k === 0 && !knownActor?.(named)))) {
        text.publisher = named;
        break;
      }
    }
  }
  // "Legislative Research Office" / "LRO Insight" as the header's first lines: a series named with the initials of the
  // line above it ("LRO" for "Legislative Research Office") is that body's, and the body the publisher.
  if (!text.publisher && headerTexts.length >= 2) {
    const [name, series] = [headerTexts[0]!.trim(), headerTexts[1]!.trim()];
    const head = /^(\p{Lu}{2,6})\s+\p{Lu}/u.exec(series)?.[1];
    if (
      head &&
      /^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|and|the|for)){1,6}$/u.test(name) &&
      initialsOf(name) === head &&
      !knownActor?.(name)
    )
      text.publisher = name;
  }
  if (!text.author) {
    const nameLine = (t: string) =>
      NAME_LINE.test(t) &&
      /\p{Ll}/u.test(t) &&
      t !== article.title &&
      !/^Interview with/i.test(t) &&
      !LINK_LABEL.test(t) &&
      !DOCUMENT_TYPE.test(t) &&
      !namesPieceKind(t) &&
      !namesPeopleList(t) &&
      (INITIAL_NAME.test(t) || !isOrganisation(t));
    const at = article.header.findIndex((b, i) => i > titleAt && nameLine(b.text));
    // (the names under a list's heading, "Company Participants" / "Jane Roe - Chief Executive Officer", and after it
    // take part in the call or the panel: none wrote the page)
    const list = article.header.findIndex((b, i) => i > titleAt && namesPeopleList(b.text));
    if (at >= 0 && !(list >= 0 && list < at)) {
      // "Jane Roe" / "Senior Economist, Central Asia" / "John Doe" / "Commodities Strategist": writers set one under
      // another, each name over its role, are the piece's writers (a name after a line that is no role ends the list).
      const names = [article.header[at]!.text.trim()];
      for (let k = at + 1; k < article.header.length && names.length < 4; k++) {
        const t = article.header[k]!.text.trim();
        if (isWriterRoleLine(t)) {
          const next = article.header[k + 1]?.text.trim();
          if (next !== undefined && nameLine(next) && isPersonName(next)) {
            names.push(next);
            k++;
            continue;
          }
        }
        break;
      }
      text.author = names.length > 1 ? joinNames(names) : names[0]!;
    }
  }
  // "Dr. Jane Roe, Research Fellow, Centre for Energy Studies" as the line right under the headline: the writer, a
  // writer's role and the body (a list of speakers or witnesses under its heading further down names no writer).
  if (!text.author && titleAt >= 0) {
    const m = NAME_ROLE_BODY.exec(headerTexts[titleAt + 1]?.trim() ?? "");
    const f = m ? readByline(`${m[1]!}, ${m[2]!}`) : undefined;
    if (f?.author && !f.publisher && !f.date) text.author = f.author;
  }
  // The writer's name alone, dropped as the byline over the date under a standfirst ("Jane Roe" / "Sep 12, 2024").
  if (!text.author) {
    const named = article.dropped.find(
      (d) =>
        d.reason === "byline" &&
        isPersonName(d.text.trim()) &&
        !LINK_LABEL.test(d.text.trim()) &&
        !headerTexts.includes(d.text)
    );
    if (named) text.author = named.text.trim();
  }
  // A fact sheet's or a release's issuing office under its title ("Bureau of South and Central Asian Affairs").
  if (!text.author && titleAt >= 0) {
    const office = article.header.slice(titleAt + 1, titleAt + 4).find((b) => ISSUING_OFFICE.test(b.text.trim()));
    if (office && office.text.trim() !== text.publisher) text.author = office.text.trim();
  }
  // A show's host ("Host Dana Roe talks to …", "Hosted by Dana Roe", "Presenter: Dana Roe") where no byline names a writer.
  if (!text.author) {
    for (const t of [...headerTexts, ...article.paragraphs.slice(0, 2).map((p) => p.text)]) {
      const host = SHOW_HOST.exec(t)?.[1];
      if (host && isPersonName(host)) {
        text.author = host;
        break;
      }
    }
  }
  // "Steppe Post news agency, Taraz, Jane Roe. The ministry …": an agency's byline as the lead's first words.
  if (!text.author && article.paragraphs[0]) {
    const lead = leadByline(article.paragraphs[0].text);
    if (lead && !knownPerson?.(lead.author)) {
      text.author = lead.author;
      text.publisher ??= lead.publisher;
    }
  }
  // The writer's name alone after the story ("Pavel Zorin").
  const signature = article.dropped.find((d) => d.reason === "signature")?.text;
  if (signature !== undefined) text.author ??= signatureName(signature);
  // The last guess: the writer's name set in capitals as the byline ("TARIQ AL-HARBI" over "RIYADH", "DANIEL ORTEGA
  // MARÍN" over "Astana -"): the name in running case when it is one.
  if (!text.author) {
    for (const d of article.dropped) {
      if (d.reason !== "byline" || !CAPITALS_NAME.test(d.text.trim())) continue;
      const name = runningCase(d.text.trim());
      // (no part of it a state's or a place's name: "JAPAN-MONGOLIA RELATIONS" is a heading)
      if (isPersonName(name) && !isOrganisation(name) && !name.split(/[\s-]+/).some((w) => knownActor?.(w))) {
        text.author = name;
        break;
      }
    }
  }
  const firstParas = article.paragraphs.slice(0, 3).map((p) => p.text);
  // (the first match wins: once a publisher is known, no pattern is run again)
  for (const s of [...headerTexts, ...firstParas, ...article.paragraphs.slice(-3).map((p) => p.text)]) {
    for (const re of PUBLISHER_PATTERNS) {
      if (text.publisher) break;
      const m = re.exec(s);
      if (m) text.publisher = m[1]!;
    }
  }
  // "…, Trend reports with reference to the ministry.", "… next year, reports Kun.uz citing …": an agency's own
  // signature in its lead, in the present tense ("…, Reuters reported" cites another outlet; a person's name there is a
  // reporter, not the publisher).
  if (!text.publisher) {
    for (const p of article.paragraphs.slice(0, 1)) {
      const m = AGENCY_REPORTS.exec(p.text) ?? REPORTS_AGENCY.exec(p.text);
      const name = m?.[1]?.trim();
      if (name && !isPersonName(name) && !/^(?:The|It|He|She|They|This)$/.test(name)) {
        text.publisher = name;
        break;
      }
    }
  }
  // An "About the author" box after the story: the person it presents wrote it ("Prof. Jane Roe teaches …").
  // ("About the authors": each paragraph of the box presenting one of them, in the box's order)
  if (!text.author) {
    const after = [...article.footer.map((b) => b.text), ...article.dropped.map((d) => d.text)];
    const at = after.findIndex((t) => ABOUT_AUTHOR.test(t.trim()));
    const plural = at >= 0 && /s\s*:?\s*$/i.test(after[at]!.trim());
    const who: string[] = [];
    for (const t of at >= 0 ? after.slice(at + 1, at + (plural ? 5 : 2)) : []) {
      const name = AUTHOR_PRESENTED.exec(t)?.[1];
      if (!name || !isPersonName(name)) break;
      if (!who.includes(name)) who.push(name);
    }
    if (who.length > 0) text.author = joinNames(who);
  }
  // A biography after the piece ("Jane Roe is an Associate Fellow with … at the Steppe Institute."): its person wrote
  // it, unless the body speaks of the person (a quoted expert presented at the end is no writer).
  const bodyText = article.paragraphs.map((p) => p.text).join("\n");
  const bio = article.footer
    .map((b) => ({b, who: readBio(b.text)}))
    .find(({who}) => who !== undefined && !bodyText.includes(who.name.split(/\s+/).at(-1)!));
  if (bio) {
    text.author ??= bio.who!.name;
    const org = BIO_PLACE.exec(bio.b.text)?.[1];
    if (org && article.footer.some((b) => /views expressed/i.test(b.text))) text.publisher ??= org.trim();
  }
  // A written answer to a member's question ("To ask the Secretary of State …" / "Answered on 10 February 2026" /
  // "Jane Roe" / party / seat / office): the page is the answer, its writer the member who answered (the one named over
  // the question tabled it) and its date the answer's, beating the day the question was tabled.
  const answered = article.dropped.find((d) => /^answered\s+on\b/i.test(d.text.trim()));
  const answeredOn = answered ? parseDateline(answered.text) : undefined;
  if (answered && answeredOn) {
    dates.push({date: answeredOn, rank: DATE_RANK.published});
    // (the answerer's name, kept as a short paragraph or left out as a byline, whichever comes first after the line)
    const next = [
      ...article.dropped.map((d) => ({at: d.start, text: d.text})),
      ...article.paragraphs.map((p) => ({at: p.srcStart, text: p.text}))
    ]
      .filter((x) => x.at > answered.start)
      .sort((a, b) => a.at - b.at)[0]
      ?.text.trim();
    if (next && isPersonName(next) && !knownActor?.(next)) text.author = next;
  }
  // "Speech by Minister of State Jane Roe at the opening of …": a speech posted with no byline is its speaker's.
  if (!text.author) {
    const giver = speechGiver(article.title);
    if (giver) text.author = giver;
  }
  // "Editor: Jane Roe" alone on its line under the headline, where no line names a writer: the page signs with its
  // editor, who answers for the text (an editor beside a credited agency, "Source: Agency | … | Editor: Jane Roe", or
  // after the story, "Edited by: Jane Roe", signs no writing).
  if (!text.author) {
    const editor = headerTexts
      .filter((_, i) => i > titleAt)
      .map((h) => EDITOR_LINE.exec(h.trim())?.[1])
      .find((n): n is string => n !== undefined && isPersonName(n));
    if (editor) text.author = editor;
  }
  if (text.author) text.author = personName(text.author);
  if (text.author && text.publisher && text.author === text.publisher) delete text.author;
  // The site's own name is never one of its writers ("By Jane Roe, Granary Street" after the story, read as two names).
  if (text.author) {
    const site = [text.publisher, ownMasthead, article.masthead]
      .filter((x): x is string => !!x)
      .map((x) => x.toLowerCase());
    const names = text.author.split(/\s*,\s*|\s+and\s+/);
    const kept = names.filter((n) => !site.includes(n.toLowerCase()));
    if (kept.length < names.length) {
      if (kept.length) text.author = joinNames(kept);
      else delete text.author;
    }
  }
  // "Source: Carnegie Endowment" after the article's last paragraph names where the piece was first published.
  const end = article.paragraphs.at(-1)?.srcEnd ?? Infinity;
  const source = article.dropped
    .filter((d) => d.start >= end)
    .map((d) =>
      /^(?:source|originally published (?:by|in|at)|first published (?:by|in|at))\s*:?\s*(\p{Lu}[^|]{1,80}?)\.?$/iu.exec(
        d.text.trim()
      )
    )
    .find((m) => m && !/https?:|www\.|\b(?:photo|image|data|calculations?|estimates?)\b/i.test(m[1]!));
  if (source && !text.publisher) text.publisher = source[1]!.trim();
  // Weak evidence of the publisher: a copyright line, the page's address.
  for (const b of [...article.footer, ...article.dropped]) {
    const c = COPYRIGHT.exec(b.text) ?? NAME_YEAR_RIGHTS.exec(b.text);
    if (c && !weak.publisher) weak = {publisher: c[1]!.replace(/[\s.,]+$/, "")};
  }
  // ("Radio Norrvåg uses cookies to …": the site's owner names itself in its cookie notice, when nothing else does)
  for (const b of weak.publisher ? [] : [...article.footer, ...article.dropped]) {
    const c = COOKIE_OWNER.exec(b.text.trim());
    if (c && !/^(?:this|our|the)\b/i.test(c[1]!) && !weak.publisher) weak = {publisher: c[1]!};
  }
  if (!weak.publisher && html.url) weak = {publisher: hostName(html.url)};
  // "KHUJAND, April 7 (Valley Wire) - …": a wire's dateline with the month and the day but no year, on a page that
  // states no other date: the year of the page's copyright line ("© 2025 Valley Wire", "© 2010–2025 …"), as weak
  // evidence (a date the caller gives beats it; an archived story may be older than the site's copyright year).
  const leadDate = first && dates.length === 0 ? datelineMonthDay(first) : undefined;
  if (leadDate) {
    const year = [...article.footer, ...article.dropped]
      .map((b) => (/(?:©|\(c\)|copyright|all rights reserved)/i.test(b.text) && b.text.length < 300 ? b.text : ""))
      .map((t) => [...t.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => Number(m[1])))
      .find((ys) => ys.length > 0)
      ?.at(-1);
    if (year !== undefined) {
      const d = `${year}-${String(leadDate.month).padStart(2, "0")}-${String(leadDate.day).padStart(2, "0")}`;
      if (parsePeriod(d)?.precision === "day") dates.push({date: d, rank: DATE_RANK.banner});
    }
  }
  dates.sort((a, b) => b.rank - a.rank);
  if (dates[0]) {
    text.date = dates[0].date;
    if (dates[0].rank < DATE_RANK.updated) weakDate = dates[0].date;
  }
  // "This page was last edited on 4 March 2026": a page's revision date, its date only when nothing else dates it
  // (it yields to a stated month or year, a page's tag and the caller's date, and is said in a warning).
  let revised: string | undefined;
  if (!dates[0]) {
    for (const b of [...article.footer, ...article.dropped]) {
      if (!REVISED.test(b.text) || b.text.length > 160) continue;
      revised = parseDateline(b.text);
      if (revised) break;
    }
    if (revised) text.date = weakDate = revised;
  }
  // A feed's day lines with no year ("January 12" … "January 15" over a channel's posts), on a page that states no
  // other date: its newest post's day, in the year its text tells (src/read/dates-feed.ts), as weak evidence, and said.
  let feedDay: FeedDay | undefined;
  if (!dates[0] && !revised) {
    const days = feedDays(article);
    if (days) {
      feedDay = newestFeedDay(days);
      text.date = weakDate = feedDay.date;
    }
  }
  // No day stated: the month or the year a brief, a paper or a report gives above its text or in its running
  // header ("No. 11 | March 2022", "Policy Brief, June 2023", "Spring 2023"), written as the period ("2022-03").
  // It gives way to a day the page's tags or the caller give, and beats only a banner's day.
  let period: string | undefined;
  let periodFrom = "text";
  // A page's tag giving only a month or a year is such a period too, and no day.
  const tagged = html.date !== undefined && parsePeriod(html.date)?.precision !== "day" ? html.date : undefined;
  if (tagged) html = {...html, date: undefined};
  if (text.date === undefined || weakDate !== undefined) {
    const bodyStart = article.paragraphs[0]?.srcStart ?? Infinity;
    const lines = [
      ...headerTexts.filter((_, i) => i !== titleAt),
      ...article.dropped.filter((d) => d.start < bodyStart || d.reason === "page-furniture").map((d) => d.text)
    ];
    for (const line of lines) {
      const p = parsePublicationPeriod(line, isBylinePart);
      if (p) {
        period = periodText(p.date, p.precision);
        break;
      }
    }
    if (period === undefined && tagged !== undefined) {
      period = tagged;
      periodFrom = "html";
    }
  }
  const experts: Expert[] = [];
  for (const s of [...headerTexts, ...firstParas]) {
    for (const p of EXPERT_PATTERNS) {
      const m = p.re.exec(s);
      if (!m) continue;
      const name = m[p.name]!.trim();
      const role = p.role !== undefined ? m[p.role]?.trim() : undefined;
      const known = experts.find((e) => e.name === name);
      if (known && role && !known.role) known.role = role.replace(/^the /, "");
      if (known || name === text.publisher) continue;
      experts.push({name, ...(role ? {role: role.replace(/^the /, "")} : {})});
    }
  }
  // A hearing's or a panel's list of speakers above the text ("Witnesses:", then "Dr. Aigerim Sultanova, Senior Fellow,
  // Caspian Policy Institute" lines): those on it who hold no office of government are the experts heard.
  const listAt = headerTexts.findIndex((t) => SPEAKER_LIST.test(t.trim()));
  if (listAt >= 0) {
    for (const line of headerTexts.slice(listAt + 1, listAt + 13)) {
      const m = LISTED_PERSON.exec(line.trim());
      if (!m) break;
      const [name, role] = [m[1]!, m[2]!.trim().replace(/[.;]$/, "")];
      if (SERVING_OFFICE.test(role) && !/\b(?:former|retired|ex-)/i.test(role)) continue;
      if (!experts.some((e) => e.name === name) && name !== text.author) experts.push({name, role});
    }
  }
  // An interview names its interviewee in the headline ("«…»: Farida Usmanova on the new lenders") or in the lead
  // ("Farida Usmanova is a senior economist at …"); in other pieces such a line is a quoted person's, not the voice.
  if (INTERVIEW_HINT.test([...headerTexts, ...firstParas].join(" ")) || isDashInterview(article)) {
    for (const s of [...headerTexts, ...firstParas]) {
      const spoke = INTERVIEWEE_SPOKE.exec(s);
      const m =
        INTERVIEWEE_IN_TITLE.exec(s) ??
        INTERVIEWEE_HEAD.exec(s) ??
        INTERVIEWEE_BIO.exec(s) ??
        (spoke ? null : INTERVIEWEE_LEAD.exec(s));
      const titled = !m && spoke ? splitTitle(spoke[1]!) : undefined;
      if (!m && !titled) continue;
      const name = (titled ? titled.name : m![1]!).trim();
      if (name.split(/\s+/).length < 2) continue;
      const role = (titled ? titled.title?.replace(/^\p{Lu}[\p{L}-]+['’]s\s+/u, "") : m![2])
        ?.trim()
        .replace(/[.;,]$/, "");
      const known = experts.find((e) => e.name === name);
      if (known) {
        if (!known.role && role) known.role = role;
      } else if (name !== text.author && name !== text.publisher) experts.push({name, ...(role ? {role} : {})});
    }
  }
  // Keep the richer entry when the same person came twice ("Prof. X" in the header, "X (…), doctor …" in the lead).
  const interview = INTERVIEW_HINT.test([...headerTexts, ...firstParas].join(" ")) || isDashInterview(article);

  // "(Hanbit)" in the dateline under a "HANBIT NEWS AGENCY" masthead: the masthead's is the agency's full name (one set
  // in capitals throughout; "ROSINFORM Russian News Agency" is the name and a description of it). "(Swara)" under a
  // "SWARA News Agency" masthead: the credit and a medium's words alone after it ("News Agency", "Press Service") are
  // the agency's full name too, in any case.
  if (
    text.publisher &&
    article.masthead !== undefined &&
    ownMasthead?.toLowerCase().startsWith(`${text.publisher.toLowerCase()} `) &&
    (!/\p{Ll}/u.test(article.masthead) ||
      /^(?:(?:News|Press|Information|Telegraph|Wire|Media)\s+)?(?:Agency|Service|Network|News)$/.test(
        ownMasthead.slice(text.publisher.length).trim().replace(EDITION, "")
      ))
  )
    text.publisher = ownMasthead.replace(EDITION, "");
  // "(GPA)" in the dateline under a "GLOBE PRESS AGENCY" masthead: the agency's initials stand for the masthead's name,
  // unless the page's copyright line signs with the initials ("© 2025 GPA"): the page's own name for itself.
  // ("(HPA)" under a "Hindukush Press" masthead: an agency's credit is the masthead's initials and the A of "Agency")
  if (
    text.publisher &&
    ownMasthead &&
    /^\p{Lu}{2,6}$/u.test(text.publisher) &&
    (initialsOf(ownMasthead) === text.publisher ||
      (initialsOf(ownMasthead).length >= 2 && `${initialsOf(ownMasthead)}A` === text.publisher)) &&
    weak.publisher !== text.publisher
  )
    text.publisher = ownMasthead.replace(EDITION, "");
  // "(PAI)" in the dateline and "Copyright © Polish Information Agency" after the story: the copyright line signs with
  // the name the initials stand for (src/read/long-form.ts), the page's own name for itself — as a copyright line
  // signing with the initials keeps them. (Initials over a full name in the masthead alone stay the initials: the
  // golds read them both ways.)
  if (text.publisher && /^\p{Lu}{2,6}$/u.test(text.publisher)) {
    const long = longFormOf(
      text.publisher,
      [...article.footer, ...article.dropped]
        .map((b) => b.text)
        .filter((t) => /©|\(c\)|copyright|all rights reserved/i.test(t))
    );
    if (long) text.publisher = capsToTitle(long);
  }
  if (text.publisher)
    text.publisher = ownCasing(
      text.publisher,
      [
        ...article.footer.map((b) => b.text),
        ...article.dropped.map((d) => d.text),
        ...article.paragraphs.map((p) => p.text),
        // (a writer's line under the headline: "Rūta Jankauskaitė, BalticPulse.lt" under "BALTICPULSE.lt")
        ...headerTexts.filter((_, i) => i > titleAt)
      ],
      article.masthead !== undefined &&
        !/\p{Ll}/u.test(article.masthead) &&
        article.masthead.toLowerCase().includes(text.publisher.toLowerCase())
    );
  const warnings: Issue[] = [];
  const out: Metadata = {experts, interview, from};
  // The given date against a stated month or year: of two that agree, the more precise; when they disagree, only a
  // given day beats the stated period (and it is said). A given year around a stated month yields to the month.
  const givenDate = given.date;
  const givenYields =
    givenDate !== undefined &&
    period !== undefined &&
    (within(period, givenDate) || (!within(givenDate, period) && parsePeriod(givenDate)?.precision !== "day"));
  for (const k of ["title", "publisher", "author", "date"] as const) {
    // A banner's date (the day the page was fetched) never beats a date the caller gives.
    const strong = k === "date" && (weakDate !== undefined || period !== undefined) ? undefined : text[k];
    // The site's own name (og:site_name, JSON-LD) is surer than a publisher read from the prose.
    const page = k === "publisher" ? html[k] : undefined;
    const value =
      page ??
      strong ??
      html[k] ??
      (k === "date" && givenYields ? undefined : given[k]) ??
      (k === "publisher" ? weak.publisher : k === "date" ? (period ?? weakDate) : undefined);
    if (value !== undefined) {
      out[k] = value;
      from[k] =
        page !== undefined
          ? "html"
          : strong !== undefined
            ? "text"
            : html[k] !== undefined
              ? "html"
              : given[k] !== undefined && !(k === "date" && givenYields)
                ? "given"
                : k === "date" && period !== undefined
                  ? periodFrom
                  : "text-weak";
    }
    const g = given[k];
    // A given period around the article's date agrees with it ("2022-03" and "2022-03-14"): nothing to say.
    if (
      g !== undefined &&
      value !== undefined &&
      g !== value &&
      from[k] !== "given" &&
      !(k === "date" && within(value, g))
    ) {
      warnings.push({
        code: "metadata_conflict",
        message: `Ignored the given ${k} "${g}": the article says "${value}"`,
        ...(file ? {file} : {})
      });
    }
    // A given day outside the month or year the article states is kept (it is the more precise), and said.
    if (k === "date" && g !== undefined && from[k] === "given" && period !== undefined && !within(g, period))
      warnings.push({
        code: "metadata_conflict",
        message: `Kept the given date "${g}", though the article states "${period}"`,
        ...(file ? {file} : {})
      });
  }
  if (text.section) out.section = text.section;
  // A numeric date the page does not order ("05/04/2025") gives its year alone, which both readings share (the page
  // is of 2025 whichever the day): said, with its two readings. (Dates of different years give nothing.)
  if (out.date === undefined && ambiguousDates.length > 0) {
    const years = new Set(ambiguousDates.map((a) => a.dayFirst.slice(0, 4)));
    const year = years.size === 1 ? [...years][0]! : undefined;
    if (year !== undefined) {
      out.date = year;
      from.date = "text";
    }
    for (const a of ambiguousDates)
      warnings.push({
        code: "ambiguous_date",
        message: `${year !== undefined ? `Took only the year ${year} of` : "Did not take"} "${a.written}" as the page's date: it reads ${a.dayFirst} (day first) or ${a.monthFirst} (month first), and nothing on the page settles the order; pass --date`,
        ...(file ? {file} : {})
      });
  }
  if (feedDay !== undefined && out.date === feedDay.date && from.date !== "given" && from.date !== "html")
    warnings.push({
      code: "feed_date",
      message: `Dated the document at its newest day line ("${feedDay.text}") in ${feedDay.date.slice(0, 4)}, a year the page does not state: estimated from its text (pass --date to give the real one)`,
      ...(file ? {file} : {})
    });
  if (revised !== undefined && out.date === revised && from.date !== "given" && from.date !== "html")
    warnings.push({
      code: "revision_date",
      message: `Dated the document at its last revision ("${revised}"): it states no other date`,
      ...(file ? {file} : {})
    });
  // A date as precise as it is stated: "2022-03" is kept as 2022-03-01 with the precision "month".
  const stated = out.date === undefined ? undefined : parsePeriod(out.date);
  if (out.date !== undefined && !stated) {
    warnings.push({
      code: "bad_date",
      message: `Cannot parse date "${out.date}": expected YYYY-MM-DD, YYYY-MM or YYYY`,
      ...(file ? {file} : {})
    });
    delete out.date;
  } else if (stated && stated.precision !== "day") {
    out.date = stated.date;
    out.datePrecision = stated.precision;
  }
  return {metadata: out, warnings};
}

/**
 * Whether the period `inner` lies within the period `outer`, both as written ("2022-03-14" within "2022-03" and
 * "2022"; a period within itself); false when either is no period.
 */
function within(inner: string, outer: string): boolean {
  const i = parsePeriod(inner);
  const o = parsePeriod(outer);
  if (!i || !o || RANK[i.precision] < RANK[o.precision]) return false;
  return periodText(i.date, o.precision) === periodText(o.date, o.precision);
}

const RANK: Record<PeriodPrecision, number> = {year: 0, month: 1, day: 2};
