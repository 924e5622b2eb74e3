/**
 * Finds an article's body among the site chrome around it (menus, "Read also" and "Latest news"
 * lists of unrelated headlines, "Subscribe to our Telegram channel", bylines, datelines, photo
 * captions, widgets in other languages) and records what was left out and why, as data.
 *
 * @module
 * @example
 * ```ts
 * const a = extractArticle(textBlocks(raw));
 * a.body;      // the paragraphs of the article, joined by blank lines
 * a.dropped;   // [{start, end, text, reason: "related-headline"}, …] (offsets into `raw`)
 * ```
 */
import {
  CAPITALS_NAME,
  FOREIGN_BYLINE,
  isLanguageChoice,
  isPersonName,
  isWriterRoleLine,
  readBio,
  readByline,
  runningCase,
  SECTION
} from "./byline.js";
import {isDateLine} from "./metadata-dates.js";
import {ISSUE_NUMBER, MONTH_ALTERNATION} from "./dates.js";
import {turnLabels} from "./turn-labels.js";
import type {TextBlock} from "./html.js";
import {piecesBelow} from "./word-count.js";
import {words} from "./word-set.js";

/** Why a block was left out of the body. */
export type DropReason =
  | "title"
  | "header"
  | "byline"
  | "dateline"
  | "caption"
  | "subscribe"
  | "list-heading"
  | "related-headline"
  | "reference"
  | "disclaimer"
  | "credits"
  | "author-bio"
  | "widget"
  | "navigation"
  | "aside"
  | "footer"
  | "related-list"
  | "outside-article"
  | "related-inline"
  | "correction"
  | "pull-quote"
  | "signature"
  | "office-signature"
  | "after-article"
  | "standfirst";

/** A release's contact heading ("Media Contact", "Press contacts:", "For more information, contact:"). */
const CONTACT_HEAD =
  /^(?:(?:media|press|news)\s+)?(?:contacts?|enquiries|inquiries)\s*:?$|^for (?:further|more) information(?:,?\s+(?:please\s+)?contact)?\s*:?$/i;

/** A span of the input left out of the body. Offsets point into the plain text the blocks came from. */
export interface Dropped {
  start: number;
  end: number;
  text: string;
  reason: DropReason | string;
}

/** A paragraph of the body: offsets into the body, and into the plain text it came from. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
  srcStart: number;
  srcEnd: number;
  tag: string;
  /** "dash" when the paragraph began with "- " or "— " (an interview's question or answer), removed from `text`. */
  marker?: "dash";
}

export interface Article {
  /** The body: the kept paragraphs joined with blank lines. Sentence offsets point into it. */
  body: string;
  paragraphs: Paragraph[];
  dropped: Dropped[];
  /** The blocks before the body (title, byline, dateline …), for metadata. */
  header: TextBlock[];
  /** The blocks after the body (references, disclaimer, author's bio …), for metadata. */
  footer: TextBlock[];
  title?: string;
  /** The site's or institution's name heading the page, above a crumb and the headline (a publisher's name). */
  masthead?: string;
}

/** Options for {@link extractArticle}. */
export interface ExtractOptions {
  /** The page has an `<article>`/`<main>` element: blocks outside it are chrome. Defaults to false. */
  hasMain?: boolean;
  /** A block at least this long, with a full stop, starts the body. Defaults to 150. */
  minBodyBlock?: number;
}

const DEFAULTS = {hasMain: false, minBodyBlock: 150};

const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
const DATELINE = new RegExp(
  `^(?:[A-Z][A-Z &]{2,30}\\s+)?(?:\\d{1,2}\\s+(?:${MONTHS})\\.?\\s+\\d{4}|(?:${MONTHS})\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4})(?:[,\\s]+[-–—|]?\\s*\\d{1,2}:\\d{2}(?:\\s*(?:[AaPp][Mm]|GMT|UTC))?)?$`
);
const LIST_HEADING =
  /^(read also|also read|see also|read more|more news|latest news|latest|all news|related(?:\s+[\p{L}-]+)?|tags|topics|keywords|(?:read |see )?more (?:from|by|on|in|about) [\p{L}\d .'’&-]{2,40}|more (?:opinion|analysis|commentary|stories|articles|news|interviews|explainers|features)|further reading|recommended reading|more on this topic|also on (?:this|the) topic|on the same topic|most read|most popular|most visited|most viewed|most commented|most shared|popular|popular (?:news|stories|articles|posts)|recommended|trending|trending (?:news|stories|now)|top stories|top news|editor'?s picks|you may also like|news feed|sarnased|viimased|читайте также|последние новости|все новости|похожие новости)\s*:?$/iu;
const REFERENCES = /^(references?|sources|bibliography|literature|notes|endnotes|footnotes|about the authors?)\s*:?$/i;
/**
 * A promotion of the site's own channels ("Subscribe to our Telegram channel", "Join us on WhatsApp", "Stay tuned"):
 * only the promotion, so news that mentions a channel ("announced it on its Telegram channel", "does not subscribe to
 * the view that …") is kept.
 */
const SUBSCRIBE =
  /(^subscribe to\b|\bsubscribe to (?:our|us)\b|click here to subscribe|subscribe (?:now|today|for (?:full|unlimited) access)|sign up for (?:our|the) [\w -]{0,40}newsletter|want more stories\b|listen to this (?:article|story)|^reading time\s*:|follow us on|forward (?:it|this)(?: e-?mail| newsletter)? to a (?:friend|colleague)|view this (?:e-?mail|newsletter) in (?:your|a) browser|(?:join|follow)\s+(?:us\s+on\s+|our\s+)(?:[\w-]+\s+){0,2}(?:telegram|whatsapp|facebook|x|twitter)\b|sign up for our newsletter|follow the author\b|^stay (?:up[- ]to[- ]date|tuned)\b)/i;
const CAPTION =
  /^(photo|photos|photo credit|image|image credit|picture|video|source|illustration|credit|фото)\s*:|^(photo|video) by\b|^VIDEO\b/i;
const DISCLAIMER =
  /(^(?:any\s+|the\s+)?(?:reproduction|reprinting|reprint|republication|republishing|redistribution|copying|reposting|reuse|re-use|use|quoting|quotation|citation)\b[^.]{0,120}\b(?:permit|permitted|permission|allowed|prohibited|forbidden|requires?|required|only with|with (?:a |an |the )?(?:link|hyperlink|reference|credit|attribution|acknowledge?ment))|\b(?:may|can|must|might|shall)\s+(?:not\s+|only\s+|freely\s+)?be\s+(?:freely\s+)?(?:reproduced|reprinted|republished|redistributed|copied|reposted|reused|re-used|quoted|translated|shared)\b[^.]{0,80}\b(?:permission|permitted|consent|link|hyperlink|reference|credit|attribution|acknowledge?ment|recognition)|you (?:are )?receiv(?:ed|ing) this (?:e-?mail|newsletter|message)|^unsubscribe\b|views expressed .* (are|is) (the )?author|(?:has|have) been (?:edited|condensed|shortened|translated) for (?:length|clarity|brevity)|do not necessarily reflect|all rights reserved|©|copyright|^our standards:|trust principles|^\(?(?:this|the) (?:story|report|article|piece|copy) (?:has|have) not been edited by\b|auto-generated from a (?:syndicated|wire|news) feed|published from a (?:syndicated|wire|news) (?:agency )?feed|^(?:for information media\.?\s*)?not an official record\.?$|^disclosure(?:\s+statement)?\s*:|^republish (?:this|our) (?:article|story|stories|articles)\b|^[^.]{0,60}\buses? cookies\b)/i;
/** A wire story's credits ("(Reporting by …; Editing by …)"): the story ends there. */
const CREDITS =
  /^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|translated|edited|written|produced) by\b[^.]*\)?\.?$/i;
/**
 * A pointer to more reading ("More information about X is available on the X page and from …", "Further information on
 * X can be found …, some of which are listed here:"): with a colon at its end it heads a list of links. A sentence
 * merely ending "… are listed below:" is no such pointer (a news story lists the documents signed, then goes on).
 */
const LINK_LIST_INTRO =
  /^(?:more|further|additional) information (?:about|on|regarding) .{1,120}? (?:is|are|can be|may be) (?:available|found|obtained)\b/i;
/** A labelled row of short links ("Trending Topics: A | B | C", "Read more on: X | Y | Z"). */
const LABELLED_LINKS = /^[\p{L}' ]{2,30}:\s*(?:[^|]{1,40}\s\|\s){2,}[^|]{1,40}$/u;
/**
 * A reader's account buttons ("Log in", "Sign up", "Join our Community", "My account", "Subscribe"; session 25: what
 * a subscriber keeps, "My alerts", "Saved stories", "Reading list", "Notifications", and the paper's editions kept
 * for subscribers, "E-paper", "Digital edition"; session 32: the menu's own button, "☰ Menu", "≡", "Menu").
 */
const ACCOUNT_BUTTON =
  /^(?:[☰≡⋮]\s*(?:menu|navigation|sections)?|(?:main\s+)?menu|log\s?in|log\s?out|sign\s?(?:in|up|out)|register|subscribe|my account|account|create (?:an |your )?account|join(?: us| now| (?:our|the) [\p{L} ]{2,20})?|donate|support us|newsletters?|become a (?:member|subscriber)|my [\p{L}-]+(?: [\p{L}-]+)?|saved(?: items| stories| articles| searches)?|(?:my )?reading list|bookmarks|notifications|alerts|(?:my )?profile|settings|subscri(?:ber|ption)s?(?: service| services| area| centre| center)?|manage (?:my )?(?:subscription|account)|e-?paper|e-?edition|digital edition|print edition)$/iu;
/**
 * The site's account bar, "Log in | Join our Community", "Sign In | Subscribe": every part of a barred line an account
 * button (a line of one button is the site's too). No headline, however it stands.
 */
function isAccountBar(t: string): boolean {
  const parts = t.split(/\s+[|•·]\s+|\s{3,}/).map((p) => p.trim());
  return parts.length <= 4 && parts.every((p) => ACCOUNT_BUTTON.test(p));
}
/** Sharing buttons and their labels, each set as its own line. */
const SHARE =
  /^(?:share(?: this(?: article| story| post| page| blog| live blog)?)?|share on|tweet|print(?: version| this (?:page|article))?|printable version|e-?mail|copy link|facebook|twitter|x|telegram|whatsapp|linkedin|vk|vkontakte|reddit|pinterest|odnoklassniki|(?:suggest|send|e-?mail|recommend)(?: (?:this|it))?(?: (?:article|story|page))? to a friend)\s*:?$/i;
/**
 * A page's own actions on a line of their own, alone or in a bar ("View as PDF | Forward to a colleague", "Download PDF",
 * "Print this page · Email to a friend"): buttons, no headline. (A headline naming a PDF, "Ministry publishes report as
 * PDF", is a sentence, not a button's words.)
 */
const PAGE_ACTION =
  /^(?:(?:view|download|open|save|read)(?: (?:as|in))? (?:a )?pdf|(?:pdf|printable)(?: version)?|forward(?: (?:this|it))?(?: (?:to|with) an? (?:colleague|friend))?|(?:send|e-?mail|share|recommend)(?: (?:this|it))?(?: (?:article|story|page|issue|bulletin|newsletter))?(?: (?:to|with) an? (?:colleague|friend))|print(?: (?:this|the))?(?: (?:page|article|issue|bulletin|version))?|bookmark|download)$/i;
function isPageActions(t: string): boolean {
  const parts = t.split(/\s+[|•·]\s+/).map((p) => p.trim());
  return t.length < 120 && parts.every((p) => PAGE_ACTION.test(p));
}
/**
 * The site's feedback poll under a page ("Was the information useful? Yes | No", "Was this page helpful?", "Did you
 * find this article useful?  Yes  No", "Rate this article"): a widget, no paragraph of the story, which ends above it.
 * (a sentence asking whether a visit was useful, "Was the summit useful for Astana?", names what it asks about)
 */
const FEEDBACK_POLL =
  /^(?:(?:was|is|did you find) (?:the|this) (?:information|page|article|material|content|news|story)(?: on this page)? (?:useful|helpful)\??|rate this (?:article|page|story|material|news))\s*(?:(?:[|/·•]\s*|\s{2,})?(?:yes|no)\b\s*){0,2}$/i;
/**
 * A related link set inline before a headline ("Also Read | …", "Read more: …", "See also – …"). The pipe or a colon is
 * the link row's mark; a dash only after "Also Read"/"Read also"/"See also", since "Related projects – a dry port … –
 * will be financed …" and "More on the link – …" open ordinary sentences with a parenthetic dash.
 */
const INLINE_RELATED =
  /^(?:(?:read also|also read|see also)\s*(?::|\s[|–—]\s)|(?:read more(?:\s+[\p{L}-]+){0,2}|related(?:\s+[\p{L}-]+)?|more (?:from|by|on) [\p{L}\d .'’&-]{2,40}|also on (?:this|the) topic)\s*(?::|\s\|\s))\s*\S/iu;
/**
 * A related link set inline with no colon or bar, in the page's own words: "Read more", "Read also", "See also" or
 * "Also read", perhaps an access label ("Subscribers only", "Premium", "Members only", "Free"), then the linked story's
 * headline — a capital, and no full stop at its end (a headline has none): "Read more Subscribers only In Kazakhstan,
 * France looks for uranium beyond Niger". A sentence of the story that opens with the words ("Read more broadly, the
 * treaty …", "See also the annex.") goes on in lower case or ends with a stop, and stays.
 */
const INLINE_RELATED_BARE_HEAD =
  /^(?:read more|read also|also read|see also)\s+(?:(?:subscribers?|members?|premium|paid|free|exclusive)(?:\s+(?:only|content|article|access))?\s+)?/i;
function isInlineRelatedBare(t: string): boolean {
  const head = INLINE_RELATED_BARE_HEAD.exec(t);
  if (!head) return false;
  const rest = t.slice(head[0].length);
  return rest.length >= 12 && rest.length <= 160 && /^\p{Lu}/u.test(rest) && !/[.!;:]["”’»)]?$/.test(rest);
}
/**
 * A page's reading time or its other-language edition, on a line of its own: "Time to read 3 min.", "4 min read",
 * "Reading time 6 minutes", "Estimated reading time: 5 min"; "Lire en français", "Read in Russian", "Читать на
 * русском". Short lines only, with no verb of the story ("It takes 3 min to read the treaty." is prose).
 */
const READING_TIME =
  /^(?:(?:estimated\s+)?(?:reading|read)\s+time|time\s+to\s+read)\s*:?\s*(?:about\s+|approx\.?\s+|~\s*)?\d{1,3}\s*(?:min(?:ute)?s?|m)\.?$|^\d{1,3}[\s-]*min(?:ute)?s?\.?\s+read\.?$/i;
const OTHER_EDITION =
  /^(?:(?:read|view)(?:\s+(?:this|it|the))?(?:\s+(?:article|story|release|statement|page|text|news))?(?:\s+also)?\s+in\s*:\s*[^\s|,/]+(?:\s*[|,/]\s*[^\s|,/]+)*|(?:read|view)(?:\s+(?:this|it|the\s+(?:article|story)))?(?:\s+also)?\s+in\s+(?:english|french|russian|kazakh|uzbek|kyrgyz|tajik|turkmen|chinese|german|spanish|arabic|turkish|persian|ukrainian)|(?:this\s+(?:article|story)\s+is\s+)?(?:also\s+)?available\s+in\s*:?\s*\p{L}+(?:\s*[|,/]\s*\p{L}+)*|lire\s+en\s+\p{L}+|leer\s+en\s+\p{L}+|auf\s+deutsch\s+lesen|читать\s+на\s+\p{L}+)\.?$/iu;
/**
 * A correction or editor's note about the story itself ("(This story has been corrected to show …)", "Correction: an
 * earlier version …"): not the story's content, wherever it stands.
 */
const CORRECTION =
  /^\(?(?:(?:this|the|an earlier version of this) (?:story|article|report|piece|version)(?: has been| was| is being)? (?:corrected|updated|amended|refiled|clarified)|corrects?\s|correction\s*:|clarification\s*:|editor['’]s note\s*:|\(?refiles?\b)/i;
/** A site's breadcrumb ("Policy Forum › Commentary", "Home > World > Asia"): two to five short parts. */
const CRUMB = /^[^›»>/\n]{1,40}(?:\s[›»>/]\s[^›»>/\n]{1,40}){1,4}$/u;
const WIDGET =
  /(spot_img|^-\s*\S+\s*-\s*\S*$|!$|^share( this)?$|^print$|^comments?(?:\s*\(\d+\))?$|^advertisement$|^tags?:)/i;
/**
 * A story's closing credit in a sentence: "Associated Press writer X in Y contributed to this report.", "This article
 * was originally published by X.", "This article first appeared on X."
 */
const TAIL_CREDITS =
  /\bcontributed (?:reporting )?to this (?:report|story|article)\b|^this (?:article|story|piece|commentary|analysis) (?:was )?(?:originally |first )(?:published|appeared)\b|^(?:originally|first) published (?:by|in|on|at)\b/i;
/** A story's end mark: "Enditem", "(END)", "-30-", "###", an "[Editor: …]" tail, an editor's code ("4407**1201"). */
const END_MARK =
  /^(?:\d{2,6}(?:\*{1,3}\d{2,6})+|enditem|\(?end\)?|-+\s*end\s*-+|-30-|#{3}|\[(?:editor|editors|edited by|editing)\s*:?\s*[^\]]{1,60}\])$/iu;
/** A live blog's or a feed's time stamp alone on its line ("17:52", "15:30 Pinned", "09:40 GMT+5"). */
const TIMESTAMP = /^\d{1,2}:\d{2}(?:\s*(?:GMT|UTC)?\s*[+-]?\d{0,2})?(?:\s+(?:pinned|updated|breaking|new))?$/i;
/** The heading of a summary list at the top of a story ("Key takeaways", "Key points", "At a glance"): the body starts there. */
const SUMMARY_HEADING =
  /^(?:key (?:takeaways|points|facts|findings|messages)|main points|highlights|at a glance|in brief|in short|summary|the essentials|what you need to know|tl;?dr)\s*:?$/i;
/** A writer's short biography after the piece ("Jane Roe is an Associate Fellow at …"): see {@link readBio}. */
const isBio = (t: string): boolean => readBio(t) !== undefined;
/** The biography's person is named in the body kept so far: a closing line about someone the story is about (K1). */
const namedBefore = (t: string, kept: readonly TextBlock[]): boolean => {
  const name = readBio(t)?.name;
  const surname = name?.split(/\s+/).at(-1);
  // (a line that is only the name, a byline the header left in the body, is no mention)
  return surname !== undefined && kept.some((b) => b.text.includes(surname) && b.text.trim() !== name);
};

/**
 * "HNA | Hattusa News Agency", "HNA  Hattusa News Agency" (set apart by spaces), "Hattusa News Agency (HNA)": a site's name
 * beside its initials names the publisher.
 */
export function initialsMasthead(line: string): string | undefined {
  const m =
    /^(\p{Lu}{2,6})(?:\s*[|•·:–—-]\s*|\s{2,})(\p{Lu}[\p{L}'’-]*(?:\s(?:\p{Lu}[\p{L}'’-]*|of|and|the|for|de|da|do|dos|das|di|del|della|des|du|la|le|y|e|et|und|für|van|von)){1,6})$/u.exec(
      line
    ) ??
    /^(\p{Lu}[\p{L}'’-]*(?:\s(?:\p{Lu}[\p{L}'’-]*|of|and|the|for|de|da|do|dos|das|di|del|della|des|du|la|le|y|e|et|und|für|van|von)){1,6})(?:\s*[|•·:–—-]\s*|\s{2,})(\p{Lu}{2,6})$/u.exec(
      line
    );
  if (!m) return undefined;
  const [short, long] = /^\p{Lu}+$/u.test(m[1]!) ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
  return initialsOf(long) === short ? long : undefined;
}

/** The initials of a name's capitalised words ("Hattusa News Agency" → "HNA"; "of", "the" left out). */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/**
 * The site's utility bar (session 25; set aside by extractArticle before the page's order is read): the weather, a temperature in a cell of its own with at most
 * a place's name ("Saturday, 19 October 2024 | Bishkek 7°C", "Astana −4°C  Light snow"), or a timetable of three or more
 * named clock times and nothing but a label ("Prayer times (Taraz): Fajr 5:02  Dhuhr 12:41  Asr 3:58 …"). No headline
 * and no date line of the story's, wherever it stands; a headline naming a temperature ("Almaty swelters at 41°C as
 * the grid fails") has no such cell, and a sentence naming three times ends with its stop.
 */
export function isUtilityBar(t: string): boolean {
  const s = t.trim();
  if (s.length > 200 || /[.!?]["”’»)]?$/.test(s)) return false;
  // (a temperature cell has its degree sign and a clock time its colon: a line without them is looked at no further,
  // as NAMED_TIME tried at every letter of every short line cost ~1% of the reading; session 26)
  if (s.includes("°") && s.split(/\s*[|•·]\s*|\s{2,}/).some((c) => TEMPERATURE_CELL.test(c))) return true;
  if (!s.includes(":")) return false;
  const times = s.match(NAMED_TIME)?.length ?? 0;
  return (
    times >= 3 &&
    s
      .replace(NAMED_TIME, "")
      .replace(/^[^:]{0,40}:/, "")
      .replace(/[\s,;|•·]/g, "") === ""
  );
}
const TEMPERATURE_CELL =
  /^(?:\p{Lu}[\p{L}'’.-]*(?:[\s-]\p{Lu}[\p{L}'’.-]*){0,2}:?\s+)?[+−–-]?\d{1,2}(?:[.,]\d)?\s?°\s?[CF]?(?:\s+\p{Ll}+(?:\s+\p{Ll}+)?)?$/u;
const NAMED_TIME = /\p{L}[\p{L}'’-]*\.?\s+\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?(?=$|[\s,;|•·])/gu;

/**
 * A digest's or a briefing's headline with its day (session 25): a phrase in running case, then the day it covers
 * ("Regional press digest Thursday 14 March 2025", "Morning briefing, 14 March 2025"): the phrase has a word in lower
 * case of four letters or more and no label of a date's ("Published", "Updated", "Posted on"), a writer's ("By"), an
 * issue's or a document kind's ("Press release 14 March 2025"); a name, a place or a line in capitals before the date
 * ("Jane Roe 14 March 2025", "ASTANA, 14 March 2025", "Steppe Post 14 March 2025") is no headline.
 */
function isDatedHeadline(t: string): boolean {
  const m = DATED_HEADLINE.exec(t.trim());
  if (!m) return false;
  const words = m[1]!.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 8 &&
    words.slice(1).some((w) => /^\p{Ll}{4,}$/u.test(w)) &&
    !DATE_LINE_LABEL.test(m[1]!) &&
    !isPersonName(m[1]!)
  );
}
const DATED_HEADLINE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){1,7}?),?\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+(?:${MONTHS})\.?,?\s+\d{4}|(?:${MONTHS})\.?\s+\d{1,2},?\s+\d{4})$`,
  "u"
);
const DATE_LINE_LABEL =
  /\b(?:published|updated|posted|modified|released|issued|created|by|date|dated|issue|edition|vol(?:ume)?|no|press release|news release|statement|readout|transcript|advisory|fact sheet)\b/i;

/**
 * A market ticker ("USD 1.7000  EUR 1.9231  Brent 61.29", "KASE 5,420.1 ▲0.4%"): two or more short names each
 * followed by a number (and perhaps its change). Linear: a name starts with a letter or a currency sign, a number with
 * a sign or a digit, and every part ends at a space or the line's end, so a line splits into its parts one way only
 * (a pattern whose groups could touch, with "." and "-" in both classes, took minutes on "A 1. 1. 1. … !").
 */
const TICKER_NUMBER = String.raw`[▲▼+-]?\d[\d.,]*%?`;
const TICKER = new RegExp(
  String.raw`^(?:[\p{L}$€£¥][\p{L}$€£¥/&.-]{0,9}\s+${TICKER_NUMBER}(?:\s+${TICKER_NUMBER})?(?:\s+|$)){2,}$`,
  "u"
);
/**
 * A chart's or a table's data row set as a line of its own: an optional label ("Jan 2025:", "Q3:") and two or more
 * items of one to four words and a figure with an optional unit, set apart by commas or semicolons ("China 3.2, Iran
 * swap 0.0, Russia 0.4"). Data, not a sentence. Words are letters only and a figure starts with a digit, so an item
 * splits one way only.
 */
const DATA_ITEM = String.raw`\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*){0,3} [▲▼+-]?\d[\d.,]*(?: ?(?:%|bn|mn|m|k|t|m³))?`;
const DATA_ROW = new RegExp(String.raw`^(?:[^:.!?,]{1,30}: )?${DATA_ITEM}(?:[,;] ${DATA_ITEM})+$`, "u");
/** A chart's title: a short line without a stop ending in its unit after a comma ("Gas exports by route, bn m³"). */
const CHART_TITLE =
  /^[^.!?]{3,90},\s*(?:%|per cent|(?:US)?\$\s*(?:bn|mn|million|billion)?|€\s*(?:bn|mn|million|billion)?|(?:bn|mn|million|billion|thousand|tonnes|barrels|bcm)(?:\s+(?:m³|cubic metres|tonnes|barrels|dollars|euros))?)$/u;
/** A rubric of two short parts in capitals ("Diplomacy | Central Asia", "Politics • Kazakhstan"): the site's sections. */
const RUBRIC_PAIR =
  /^\p{Lu}[\p{L}&'’-]*(?:\s+(?:&|and|\p{Lu}[\p{L}&'’-]*)){0,2}\s[|•·]\s\p{Lu}[\p{L}&'’-]*(?:\s+(?:&|and|\p{Lu}[\p{L}&'’-]*)){0,2}$/u;

/** An episode's or a part's own title: "Episode 58: …", "Ep. 12 – …", "Part 3: …". */
const EPISODE_TITLE = /^(?:Episode|Ep\.?|Part|Chapter|Issue)\s*#?\d{1,4}\s*[:.–—-]\s+\p{L}/u;

/** Regions a site files stories under ("World, Asia - Pacific", "Europe, Central Asia"). */
const REGION_WORD =
  /^(?:asia|pacific|europe|americas?|africa|middle east|oceania|caucasus|central asia|south asia|east asia|southeast asia|eurasia|latin america|north america|the gulf|gulf|balkans|arctic|cis)$/i;
/** A rubric of sections and regions in a row ("World, Asia - Pacific", "Politics, Central Asia"): no headline. */
const RUBRIC_LIST =
  /^\p{Lu}[\p{L}&'’]*(?:\s+\p{Lu}[\p{L}&'’]*)?(?:(?:,\s*|\s+[-–]\s+)\p{Lu}[\p{L}&'’]*(?:\s+\p{Lu}[\p{L}&'’]*)?){1,3}$/u;
function isRubricList(t: string): boolean {
  return (
    RUBRIC_LIST.test(t) && t.split(/,\s*|\s+[-–]\s+/).every((p) => SECTION.test(p.trim()) || REGION_WORD.test(p.trim()))
  );
}

/** A site's name and its section ("United Nations | Meetings Coverage and Press Releases", "Daily Sabah | Politics"). */
const SITE_AND_SECTION = new RegExp(
  String.raw`^\p{Lu}[^|•·]{1,40}\s[|•·]\s(?:${SECTION.source.replace(/^\^|\$$/g, "")})$`,
  "iu"
);
/**
 * A meeting's minute line ("Seventy-Seventh Session, Eleventh Emergency Special Session, 19th Meeting (AM & PM)",
 * "Sixtieth Session, Third Committee, 10th & 11th Meetings (PM)").
 */
const ORDINAL_WORD = String.raw`(?:\d{1,3}(?:st|nd|rd|th)|[\p{L}-]*(?:first|second|third|th))`;
const SESSION_PART = String.raw`${ORDINAL_WORD}(?:\s*(?:&|and)\s*${ORDINAL_WORD})?\s+(?:[\p{L}-]+\s+){0,3}(?:session|meeting|sitting|committee|plenary)s?`;
const SESSION_ONE = new RegExp(String.raw`^${SESSION_PART}$`, "iu");
const SESSION_TIME = /\s+\((?:AM|PM|AM\s*&\s*PM|night)\)$/i;
/**
 * A minute line: parts set apart by commas, each a session, meeting or committee, with the sitting's time in brackets
 * at the end (needed when there is one part). Each part is tested on its own, anchored, so a long line of near-parts
 * costs time in proportion to its length (one pattern over the whole line backtracked through every way of parsing
 * "fourth and fifth session, …"); a minute line is short, so a long line is none.
 */
function isSessionLine(t: string): boolean {
  if (t.length > 200) return false;
  const time = SESSION_TIME.exec(t);
  const parts = (time ? t.slice(0, time.index) : t).split(/,\s+/);
  if (parts.length < 2 && !time) return false;
  return parts.every((p) => SESSION_ONE.test(p));
}
/** A document's symbol alone on its line ("GA/12492", "SC/15201", "A/ES-11/L.7", "SG/SM/21700"). */
const DOCUMENT_SYMBOL = /^[A-Z]{1,5}(?:\/[A-Z\d.-]{1,10}){1,4}$/;

/** A rule drawn with a character repeated ("__________", "------", "* * * * *"). */
const RULE = /^(?:[_=*~–—-]\s?){5,}$/u;
/** The place a story was filed from alone on its line, a dash after it ("Astana -", "NEW YORK —"). */
const FILED_FROM = /^\p{Lu}[\p{L}'’.]+(?:[\s-]\p{Lu}[\p{L}'’.]+){0,2}\s*[-–—]$/u;
/**
 * A person's name set in capitals ("DANIEL ORTEGA MARÍN"), not a topic's heading ("ENERGY SECURITY"): none of its
 * words is written in lower case anywhere on the page, as a heading's common words are.
 */
function isCapitalsName(t: string, blocks: readonly TextBlock[]): boolean {
  if (!CAPITALS_NAME.test(t) || !isPersonName(runningCase(t))) return false;
  const lower = t.toLowerCase().split(/[\s'’-]+/);
  return !blocks.some((b) =>
    lower.some((w) => w.length > 2 && new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, "u").test(b.text))
  );
}
/** A note under a rule: its number first ("1 Ministry of …", "[2] Ibid.", "³ Author's calculations"). */
const FOOTNOTE = /^(?:\d{1,3}\.?|\[\d{1,3}\]|[\u00B9\u00B2\u00B3\u2070-\u2079]+)\s*\p{Lu}/u;

/** A share bar's words: a line of them under a short headline is no site menu. */
const SHARE_WORD = /\b(?:share|tweet|e-?mail|facebook|print|telegram|whatsapp|linkedin|copy link)\b/i;
/** An e-mail's header line. */
const EMAIL_HEADER = /^(?:from|to|cc|bcc|date|sent|subject|reply-to)\s*:\s*\S/i;
/**
 * A report's or a newsletter's number ("No. 11 | March 2022", "Issue No. 87 · 14 November 2023", "Vol. 3, No. 2"), or a
 * numbered release's label above its headline ("Press release No. 41", "Information message № 12", "Statement #7"): a
 * label of the series, not the title.
 */
const ISSUE_LINE = new RegExp(
  String.raw`^(?:${ISSUE_NUMBER}|(?:policy brief|working paper)\s*(?:no\.?\s*)?#?\d|(?:(?:press|news|media|information)\s+(?:release|message|statement)|communiqu[eé]|statement|bulletin|briefing)\s*(?:(?:no|nr)\.?|number|№|#)\s*\d+(?:\/\d+)?\s*$)`,
  "iu"
);

/**
 * A line of short cells set apart by runs of spaces: a masthead beside a menu ("STEPPE DAILY      Subscribe   Log in"),
 * a cover's columns ("INSTITUTE            POLICY BRIEF"), a menu ("News  Politics  Business  World").
 */
function isColumnLine(t: string): boolean {
  const wide = t.split(/\s{3,}/);
  if (wide.length >= 2 && wide.every((c) => c.length <= 40 && !/[.!?,;]$/.test(c))) return true;
  const cells = t.split(/\s{2,}/);
  return cells.length >= 4 && cells.every((c) => c.split(" ").length <= 3 && !/[.!?,;]$/.test(c));
}

/** The first cell of a column line, when it is a masthead in capitals ("STEPPE DAILY"). */
function columnMasthead(t: string): string | undefined {
  const head = t.split(/\s{3,}/)[0]!.trim();
  return head !== t.trim() && isMasthead(head) ? head : undefined;
}

/** Splits plain text into blocks: one per non-blank line, with its offsets. */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const lead = m[0].length - m[0].trimStart().length;
    const t = m[0].trim();
    if (!t) continue;
    blocks.push({text: t, start: m.index + lead, end: m.index + lead + t.length, tag: "line"});
  }
  return blocks;
}

/** A form's field on a line of its own: a label of up to three words, a colon, a short value ("Security code: KMGZ"). */
const FIELD_LINE = /^(\p{Lu}[\p{L}]*(?:\s+[\p{L}]+){0,2})\s*:\s+\S.{0,80}$/u;

/**
 * A form's field (not a headline's label in capitals, "LIVE: …", "ANALYSIS: …", nor a date's line, "Last updated: …",
 * which stands under headlines).
 */
function isField(t: string): boolean {
  const m = FIELD_LINE.exec(t);
  // (a speaker's words as a headline, 'Minister: "… will not …"', or a clause after a label, "Explainer: why the
  // talks on the road failed again", are no field's value: a value is a code, a name or a few words)
  const value = m ? t.slice(m[0].indexOf(":", m[1]!.length) + 1).trim() : "";
  return (
    m !== null &&
    !/^\p{Lu}+(?:\s+\p{Lu}+)*$/u.test(m[1]!) &&
    !/^["“«‘„']/u.test(value) &&
    value.split(/\s+/).length < 6 &&
    !readByline(t)?.date
  );
}

/** A line that opens with whom the piece is by: "By Jane Roe", "Posted by …", "Analysis by …". */
const ENGLISH_BYLINE_HEAD =
  /^(?:(?:posted|written|words|text|story|reported|analysis|commentary|opinion|interview|column|essay)\s+)?by\s+\p{Lu}/iu;
/** A byline's opening: "By Jane Roe", "Written by …", and the page's own language's "von Lukas Pammesberger". */
const BYLINE_HEAD = {test: (t: string) => ENGLISH_BYLINE_HEAD.test(t) || FOREIGN_BYLINE.test(t)};

/** A kicker made of a site's section and region words only ("Regional Economy", "World & Politics", "Central Asia"). */
function isSectionKicker(t: string): boolean {
  const words = t
    .trim()
    .replace(/\bcentral asia\b|\bmiddle east\b|\bsouth caucasus\b/gi, "Asia")
    .split(/\s+/);
  return (
    words.length <= 4 &&
    words.every(
      (w) =>
        SECTION.test(w) ||
        REGION_WORD.test(w) ||
        /^(?:&|and|regional|national|local|global|international|domestic|foreign|world|daily|weekly|latest|top)$/i.test(
          w
        )
    )
  );
}

/**
 * A crumb whose last part is the headline, repeated on one of the next lines ("Home > Asia > Reservoir deal gives …"
 * over "Reservoir deal gives …", "Home > Written questions > Central Asia: Foreign Relations" over "Central Asia:
 * Foreign Relations"): its other parts short, as a crumb's are; the last a headline's length, or four words or more
 * that are no section's kicker ("Home > World > Central Asia" over "Central Asia" names a section).
 */
function crumbToHeadline(t: string, next: readonly TextBlock[]): boolean {
  const parts = t.split(/\s[›»>/]\s/).map((p) => p.trim());
  if (parts.length < 2 || parts.length > 6 || parts.slice(0, -1).some((p) => p.length === 0 || p.length > 40))
    return false;
  const last = parts.at(-1)!;
  return (
    (last.length > 40 || (last.split(/\s+/).length >= 4 && !isSectionKicker(last))) &&
    next.some((b) => b.text.trim() === last)
  );
}

/** A month and its year and nothing else ("June 2025", "March, 2024"). */
const MONTH_YEAR_LINE = new RegExp(`^(?:${MONTH_ALTERNATION})\\.?,?\\s+(?:19|20)\\d{2}$`);

/** The reason a block is chrome wherever it stands, or undefined. */
/**
 * A line that only names who issues the page: "issued by the Registrar of the Court", "Press release issued by …" (in
 * lower case: a headline opens with a capital, "Released by Russia, …").
 */
const ISSUED_BY_LINE = /^(?:[Pp]ress\s+release\s+issued|issued|published|distributed)\s+by\s+[^.!?]{3,80}$/u;
/** The edition or version of the page's text alone on its line ("Provisional edition", "Final version"). */
const EDITION_LABEL =
  /^(?:provisional|final|revised|preliminary|unofficial|official|print|online|digital|morning|evening|weekend|special)\s+(?:edition|version|text|transcript)$/i;
/**
 * A medium's line describing itself: "Nepal's independent English daily since 1997", "Lebanon's French-language daily,
 * in English", "Argentina's English-language newspaper · Est. 1876": a state's possessive (or an article), at most four
 * qualifiers, the kind of medium in lower case, then only its language or its founding year ("Nepal's oldest daily
 * closes" is a headline; "THE HANGANG ECONOMIC DAILY" a masthead).
 */
const MEDIUM_SELF_DESCRIPTION =
  /^(?:\p{Lu}[\p{L}.-]*['’]s|The|An?)\s+(?:[\p{L}-]+\s+){0,4}(?:daily|newspaper|weekly|magazine|broadcaster|news agency|news site|news portal|news service|radio|journal)(?:\s*[,·|]?\s*(?:in English|(?:published\s+)?since\s+(?:18|19|20)\d{2}|(?:[Ee]st\.?|[Ff]ounded|[Ee]stablished)(?:\s+in)?\s+(?:18|19|20)\d{2}(?:\s+\([^)]{1,30}\))?))*$/u;
function lineReason(b: TextBlock): string | undefined {
  const t = b.text;
  if (b.hint) return b.hint;
  if (t.length < 200 && SUBSCRIBE.test(t)) return "subscribe";
  if (DATELINE.test(t)) return "dateline";
  // "June 2025" alone on a line: a paper's or an issue's date to the month, never its headline.
  if (t.length < 24 && MONTH_YEAR_LINE.test(t.trim())) return "dateline";
  // An e-mail's header lines ("From: …", "Subject: …", "Date: Tue, 14 Nov 2023 …"), a newsletter's issue line.
  if (EMAIL_HEADER.test(t)) return "email-header";
  // "Jane Roe | Senior Correspondent", "By Jane Roe | The Steppe Courier | Est. 6min", "Monday, 7 April 2025 · 4 min
  // read": the writer's line or the page's date set with bars, as a menu or a crumb is.
  // (up to a byline's length when the line names both, "Author: Jane Roe, Senior Lecturer in …, University of … |
  // 19 November 2024")
  if (t.length < 160 && /\s[|·•]\s/.test(t)) {
    const f = readByline(t);
    if (f?.author) return f.date ? "dateline" : "byline";
    if (f?.date && isDateLine(t)) return "dateline";
  }
  if (t.length < 80 && ISSUE_LINE.test(t)) return "navigation";
  // "issued by the Registrar of the Court", "Published by the Press Office": a release's line naming who issues it,
  // over its number and date (a headline opens with a capital and says what happened).
  if (t.length < 100 && ISSUED_BY_LINE.test(t.trim())) return "tagline";
  // "Provisional edition", "Print edition": the state of the page's text, no headline.
  if (EDITION_LABEL.test(t.trim())) return "navigation";
  // "Nepal's independent English daily since 1997": the medium's description of itself under its masthead.
  if (t.length < 100 && MEDIUM_SELF_DESCRIPTION.test(t.trim())) return "tagline";
  // ("Volume: 22 Issue: 41", "Publication: Borderlands Brief Volume: 9 Issue: 17": the series' issue line)
  if (t.length < 120 && VOLUME_ISSUE.test(t) && !/[.!?]$/.test(t)) return "navigation";
  // ("By Jane Roe | The Steppe Courier | 5 min read" is the writer's line in a menu's form)
  if (/^(?:[^|•·]{1,30}\s[|•·]\s){2,}[^|•·]{1,30}$/.test(t) && !BYLINE_HEAD.test(t)) return "navigation";
  if (RUBRIC_PAIR.test(t) || SITE_AND_SECTION.test(t) || isSessionLine(t) || DOCUMENT_SYMBOL.test(t) || isRubricList(t))
    return "navigation";
  if (isColumnLine(t)) return "navigation";
  // ("Jane Roe / 03 Dec 2025" is a byline with its date, not a crumb)
  // ("By Jane Roe / Steppe Post Staff Writer" is a byline with the writer's desk, not a crumb)
  if (t.length < 100 && CRUMB.test(t) && !/[.!?]$/.test(t) && !readByline(t)?.date && !BYLINE_HEAD.test(t))
    return "navigation";
  // "Commentary", "Analysis", "Interviews" alone on a line: the site's section, never a headline.
  if (t.length < 40 && SECTION.test(t.trim())) return "navigation";
  // "English (EN)": a language switcher.
  if (t.length < 80 && isLanguageChoice(t)) return "navigation";
  if (t.length < 400 && CORRECTION.test(t)) return "correction";
  if (t.length < 120 && !/[.!?]["”’»)]?$/.test(t.replace(/\b\d{1,2}:\d{2}.*$/, ""))) {
    const f = readByline(t);
    if (f?.date && !isDatedHeadline(t)) return "dateline";
    if ((f?.author || f?.publisher) && !(f.date && isDatedHeadline(t))) return "byline";
  }
  if (t.length < 200 && CAPTION.test(t)) return "caption";
  // A caption closing with its credit ("Trucks wait at the border post. Photo credit: press service"; "… Photo: Jane
  // Roe/Agency"): a picture's line, not the story's.
  if (t.length < 240 && /\b(?:photo|image|picture)(?:\s+credit)?\s*:\s*[^.!?:]{2,60}$/i.test(t)) return "caption";
  if (b.tag === "figcaption") return "caption";
  if (INLINE_RELATED.test(t) || isInlineRelatedBare(t)) return "related-inline";
  if (t.length < 60 && (READING_TIME.test(t) || OTHER_EDITION.test(t))) return "widget";
  if (t.length < 300 && LINK_LIST_INTRO.test(t)) return /:$/.test(t) ? "list-heading" : "related-inline";
  if (LABELLED_LINKS.test(t)) return "navigation";
  if (t.length < 80 && isAccountBar(t)) return "navigation";
  if (LIST_HEADING.test(t)) return "list-heading";
  if (REFERENCES.test(t)) return "list-heading";
  if (t.length < 300 && DISCLAIMER.test(t)) return "disclaimer";
  if (/spot_img/.test(t) || SHARE.test(t) || isPageActions(t)) return "widget";
  if (t.length < 300 && /^(?:tags?|topics?|keywords|filed under|categories)\s*:/i.test(t)) return "widget";
  if (CREDITS.test(t) || END_MARK.test(t) || (t.length < 200 && TAIL_CREDITS.test(t))) return "credits";
  if (TIMESTAMP.test(t) || /^comments?\s*\(\d+\)$/i.test(t)) return "widget";
  if (t.length < 60 && /^(?:photo|video|image)\s*(?:gallery|report|album)\s*(?:\(\d+\))?$/i.test(t)) return "widget";
  if (TICKER.test(t)) return "widget";
  if (t.length < 80 && FEEDBACK_POLL.test(t)) return "widget";
  if (t.length < 300 && (DATA_ROW.test(t) || CHART_TITLE.test(t))) return "chart";
  // A rule between parts ("* *** *", "-----"): a divider, no text.
  if (RULE.test(t)) return "widget";
  if (t.length < 200 && /^(?:sponsored|promoted|advertisement|partner content)\b\s*[:|–—-]?/i.test(t)) return "widget";
  return undefined;
}

/** A writer's name, then after a comma one or two capitalised words (a city, an outlet): "Jane Roe, Vienna". */
const NAME_COMMA_PLACE =
  /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+\p{Lu}[\p{L}'’.-]+(?:[\s-]\p{Lu}[\p{L}'’.-]+)?$/u;

/**
 * Where the story starts when the block at `first` is a standfirst: a short paragraph (under 400 characters) under the
 * headline, with no byline or dateline above it, and right under it — chrome lines only between, up to six — the
 * byline on a line of its own ("By Jane Roe", "By Jane Roe | The Ledger | 6 min", the writer's name alone), and then
 * more prose. A news page sets its summary between the headline and the writer's line ("Uzbekistan's president in
 * Paris …" / "Shavkat Mirziyoyev was received … on Wednesday …" / "By Jane Roe" / "Published on March 13, 2025"); the
 * story's first paragraph is below them. A paragraph over a date alone (no writer) stays the story's lead, as a
 * broadcaster's first paragraph set above its date does; a byline or a dateline above the block (a chronology's first
 * entry under its date, an interview's turns under the byline) rules it out. The index of the story's first block, or
 * undefined.
 */
function standfirstEnd(
  blocks: readonly TextBlock[],
  first: number,
  headline: number,
  reasonOf: (b: TextBlock) => string | undefined
): number | undefined {
  const lead = blocks[first];
  if (!lead || headline < 0 || first <= headline || lead.text.length >= 400) return undefined;
  // (the writer's name alone is a byline when the date is the next line: "Jane Roe" / "12 May 2025")
  const signs = (k: number) => {
    const b = blocks[k]!;
    const r = reasonOf(b);
    if (r === "byline") return BYLINE_HEAD.test(b.text) || isPersonName(b.text.trim());
    // ("Jane Roe" / "Senior Economist, Central Asia": the writer's name over the writer's role)
    if (!r && isPersonName(b.text.trim()) && k + 1 < blocks.length && isWriterRoleLine(blocks[k + 1]!.text))
      return true;
    // ("Jane Roe, Vienna" / "24 September 2025": the name with the city the story was filed from, session 29)
    const name = NAME_COMMA_PLACE.exec(b.text.trim())?.[1] ?? b.text.trim();
    return !r && isPersonName(name) && k + 1 < blocks.length && reasonOf(blocks[k + 1]!) === "dateline";
  };
  for (let k = headline; k < first; ++k) if (signs(k) || reasonOf(blocks[k]!) === "dateline") return undefined;
  let k = first + 1;
  let signed = false;
  // (a writer's role under the name is the byline's own line: it does not count against the six)
  let roles = 0;
  const role = (k: number) => isWriterRoleLine(blocks[k]!.text) && signs(k - 1);
  while (k < blocks.length && k <= first + 6 + roles && (reasonOf(blocks[k]!) || signs(k) || role(k))) {
    if (signs(k)) signed = true;
    if (role(k)) ++roles;
    ++k;
  }
  if (!signed || k > first + 6 + roles || k >= blocks.length) return undefined;
  return isProse(blocks[k]!, 150) || isShortProse(blocks[k]!, reasonOf) ? k : undefined;
}

/** A block that is a sentence: six words or more, ending with a full stop. */
function isSentence(t: string): boolean {
  return /[.!?]["”’»)]?$/.test(t) && t.split(/\s+/).length >= 6;
}

/** A block that reads like article prose: long, with a sentence end. */
function isProse(b: TextBlock, min: number): boolean {
  return b.text.length >= min && /[.!?…]["”’»)]?(\s|$)/.test(b.text);
}

/** A short paragraph of news prose: a sentence of eight words or more, ending with a stop, no chrome. */
function isShortProse(b: TextBlock, reasonOf: (b: TextBlock) => string | undefined = lineReason): boolean {
  return (
    !reasonOf(b) &&
    // (an interviewer's question may be shorter: "Outlet: Is the treaty working?")
    ((b.text.length >= 50 && !piecesBelow(b.text, 8)) ||
      (/^[\p{Lu}][\p{L} .'’-]{1,40}:\s.*\?$/u.test(b.text) && !piecesBelow(b.text, 6))) &&
    /[.!?…]["”’»)]?$/.test(b.text) &&
    !/^(photo|image|video|source)\b/i.test(b.text)
  );
}

/** What a block in a headline list is: a date, a headline, a widget. */
function listItemReason(t: string, references: boolean): string {
  if (DATELINE.test(t)) return "dateline";
  if (references) {
    if (DISCLAIMER.test(t)) return "disclaimer";
    if (isBio(t)) return "author-bio";
    return "reference";
  }
  if (WIDGET.test(t)) return "widget";
  if (SUBSCRIBE.test(t)) return "subscribe";
  return "related-headline";
}

/**
 * Separates an article's body from the chrome around it. The body starts at the first block that
 * reads like prose; a "Read also"/"Latest news" heading starts a list of headlines that lasts until
 * prose comes back; a "References" heading, a disclaimer or an author's bio ends the article.
 */
export function extractArticle(allBlocks: readonly TextBlock[], options: ExtractOptions = {}): Article {
  const {hasMain, minBodyBlock} = {...DEFAULTS, ...options};
  const dropped: Dropped[] = [];
  const kept: TextBlock[] = [];
  const header: TextBlock[] = [];
  const footer: TextBlock[] = [];
  const drop = (b: TextBlock, reason: string) => dropped.push({start: b.start, end: b.end, text: b.text, reason});
  // The site's utility bars (the weather, prayer times; see isUtilityBar) are the page's furniture, as the widgets of
  // that name an HTML page's extractor leaves out: set aside before the page's order is read, so the site's name over
  // them is still the page's first line and the menu or the headline under them still the next. Kept among the
  // header's lines, for a banner's date.
  const utility = new Set(allBlocks.filter((b) => !b.hint && isUtilityBar(b.text)));
  const blocks = utility.size ? allBlocks.filter((b) => !utility.has(b)) : allBlocks;
  for (const b of utility) {
    drop(b, "widget");
    header.push(b);
  }
  /** A byline or a dateline was dropped between the line at `from` and `b`: the line at `from` was a headline. */
  const bylineSince = (from: number, b: TextBlock) =>
    from >= 0 &&
    dropped.some(
      (d) =>
        d.start > blocks[from]!.start &&
        d.start < b.start &&
        (d.reason === "dateline" || (d.reason === "byline" && BYLINE_HEAD.test(d.text)))
    );

  /**
   * The block after the `k`th is a dateline or a byline that names a person or opens with "By" ("Jane Roe in London and
   * John Doe in Baku": a byline that names its writers); or, when `deck`, a headline's deck stands between them
   * ("<headline>" / "<standfirst>" / "<byline>").
   */
  const signedBelow = (k: number, deck = 0): boolean => {
    const next = blocks[k + 1];
    if (!next) return false;
    const r = reasonOf(next);
    if (
      r === "dateline" ||
      ((r === "byline" || !r) && (BYLINE_HEAD.test(next.text) || isPersonName(next.text.trim()))) ||
      (r === "byline" && readByline(next.text)?.author !== undefined)
    )
      return true;
    // (decks: up to three sub-headlines, none closing with a stop, between the headline and its byline or date)
    return deck > 0 && !r && next.text.length < 300 && !/[.!?]["”’]?$/.test(next.text) && signedBelow(k + 1, deck - 1);
  };

  /**
   * A deck under the `k`th block: the next line is a sub-headline (no chrome, no closing stop, a headline's shape,
   * shorter than 200 characters, no person's name). A headline closing with its stop ("X is stuck. Y will not wait.")
   * stands over its deck; no standfirst has one.
   */
  const deckUnder = (k: number): boolean => {
    const next = blocks[k + 1];
    return (
      next !== undefined &&
      !reasonOf(next) &&
      next.text.length < 200 &&
      !/[.!?:]["”’]?$/.test(next.text) &&
      isHeadline(next.text) &&
      !isPersonName(next.text.trim())
    );
  };

  // A call's transcript sets each speaker's name on a line over the turn: those lines are the body's labels, never a
  // byline, a signature or the story's end.
  const turns = turnLabels(blocks);
  // Each block's chrome reason, computed once (the passes below ask for it again).
  const reasons = new Map<TextBlock, string | undefined>();
  const reasonOf = (b: TextBlock): string | undefined => {
    if (reasons.has(b)) return reasons.get(b);
    if (turns.has(b.text.trim())) {
      reasons.set(b, undefined);
      return undefined;
    }
    const r = lineReason(b);
    reasons.set(b, r);
    return r;
  };
  const candidates = blocks.filter((b) => !(hasMain && !b.inMain) && !reasonOf(b));
  // The site's lines at the page's top (its name, a tagline) over its menu: the headline's place is the first
  // candidate under the menu (see siteTop).
  const top = hasMain ? -1 : siteTop(blocks, reasonOf);
  const below = top >= 0 ? candidates.filter((b) => blocks.indexOf(b) > top) : candidates;
  // A story of short news paragraphs only: the body starts at the first of them after the headline.
  let first = blocks.indexOf(
    candidates.find((b) => isProse(b, minBodyBlock)) ??
      below.slice(1).find((b) => isShortProse(b, reasonOf)) ??
      below[0] ??
      candidates[0] ??
      blocks[0]!
  );
  // News paragraphs are short: prose blocks just above the first long one belong to the body too
  // (but never the first candidate, the headline's place).
  const headline = below[0] ? blocks.indexOf(below[0]) : candidates[0] ? blocks.indexOf(candidates[0]) : -1;
  while (first - 1 > headline && isShortProse(blocks[first - 1]!, reasonOf) && !(hasMain && !blocks[first - 1]!.inMain))
    first--;
  // (a transcript's first turn, under its title and the lists of who takes part, opens the body at its label)
  const firstTurn = turns.size ? blocks.findIndex((b, i) => i > headline && turns.has(b.text.trim())) : -1;
  if (firstTurn > headline && firstTurn < first) first = firstTurn;
  // "Key takeaways" / "Key points" and their items under the headline: the piece's own summary, part of the body.
  const summary = blocks.findIndex((b, i) => i > headline && i < first && SUMMARY_HEADING.test(b.text));
  if (summary > headline && !(hasMain && !blocks[summary]!.inMain)) first = summary;
  // A standfirst: the first prose under the headline is the page's summary when the byline or the dateline is set on
  // its own line right under it, and the story goes on below them (see {@link standfirstEnd}).
  const standfirst = standfirstEnd(blocks, first, headline, reasonOf);
  const standfirstAt = standfirst === undefined ? -1 : first;
  if (standfirst !== undefined) first = standfirst;
  let title: string | undefined;
  /** The headline's tag: an <h1> (or a Markdown "#") is the page's title even after a first short line. */
  let titleTag: string | undefined;
  /** The site's or institution's name, when the first line held it and a crumb and the headline came after. */
  let masthead: string | undefined;
  /** The first header line was a name in a masthead's form, and a crumb or section line followed it. */
  let mastheadState: "no" | "name" | "crumb" = "no";
  /** The masthead candidate is a short name in running case (it needs the menu on the very next line). */
  let runningName = false;
  /** The masthead in the crumb state came from a name in running case. */
  let siteNamed = false;
  let mode: "header" | "body" | "list" | "end" = "header";
  let listReferences = false;
  let listLinks = false;
  /** The items of the menus above the headline: a line repeating one ("Russian Politics & Diplomacy") is a rubric. */
  const menuItems = new Set<string>();
  /**
   * A site's menu or rubric line came under the line taken as the title, and that line has a site's shape (a name, a
   * tagline): the headline stands below the menu (see {@link isSiteShaped}).
   */
  let menuUnderTitle = false;
  /** The index of the block taken as the title. */
  let titleAt = -1;
  /** The title was taken from under the site's menu: no later menu line makes it the site's. */
  let belowMenu = false;
  /**
   * The line taken as the title so far was a masthead (or a series' name): its dropped block is relabelled, and `b`
   * becomes the title.
   */
  const promoteTitle = (b: TextBlock, was: "masthead" | "series" | "navigation" | "tagline") => {
    if (was === "masthead") {
      masthead = title;
      mastheadState = "no";
    }
    const d = dropped.find((x) => x.reason === "title" && x.text === title);
    if (d) d.reason = was;
    title = b.text;
    titleTag = b.tag;
    titleAt = blocks.indexOf(b);
    menuUnderTitle = false;
    drop(b, "title");
  };
  /** The last part of a crumb that a line below repeats: the page's own headline, which no later line displaces. */
  let crumbLast: string | undefined;
  blocks.forEach((b, i) => {
    if (i === first) mode = "body";
    let reason = reasonOf(b);
    if (mode === "header") {
      // "Home > Asia > <the headline>": a crumb ending with the headline set on a line below it (its last part, the
      // headline, is no menu item).
      // (a crumb already taken as navigation too: its last part, repeated below, is still the headline)
      const toHeadline = (!reason || reason === "navigation") && crumbToHeadline(b.text, blocks.slice(i + 1, i + 4));
      if (toHeadline) {
        reason = "navigation";
        crumbLast = b.text
          .split(/\s[›»>/]\s/)
          .at(-1)!
          .trim();
      }
      if (reason === "navigation")
        for (const item of b.text.split(/\s+[|•·›»>/]\s+|\s{2,}/).slice(0, toHeadline ? -1 : undefined))
          menuItems.add(item.trim().toLowerCase());
      else if (!reason && (menuItems.has(b.text.trim().toLowerCase()) || isMenuRubric(b.text, menuItems)))
        reason = "navigation";
    }
    if (hasMain && !b.inMain && mode !== "end") {
      drop(b, reason ?? (mode === "header" ? "header" : "outside-article"));
      if (mode === "header") header.push(b);
      return;
    }
    if (mode === "header") {
      header.push(b);
      if (i === standfirstAt) return drop(b, "standfirst");
      // "HNA – Hattusa News Agency", "HNA  Hattusa News Agency" as the page's first line: the site's initials beside the
      // name they stand for are its masthead, whatever separates them (a middle dot or a bar is no menu here).
      if (title === undefined && masthead === undefined && header.length <= 3 && initialsMasthead(b.text.trim())) {
        masthead = b.text;
        return drop(b, "masthead");
      }
      // An e-mail's subject is its title.
      const subject = /^subject\s*:\s*(.+)$/i.exec(b.text)?.[1]?.trim();
      if (subject && reason === "email-header") {
        title = subject;
        titleTag = "subject";
        return drop(b, "title");
      }
      if (i === 0 && reason === "navigation") masthead ??= columnMasthead(b.text);
      // A form's fields above the story ("Company: KazMunayGas NC JSC" / "Security code: KMGZ" / "Category: Material
      // events"): a label and its value, in a run of two or more such lines, are the page's record, no headline.
      if (
        !reason &&
        b.tag !== "h1" &&
        isField(b.text) &&
        (isField(blocks[i + 1]?.text ?? "") || isField(blocks[i - 1]?.text ?? ""))
      )
        return drop(b, "header");
      // A name in running case is a site's only when a menu or crumb (not a share bar) comes right under it, and the
      // headline after it does not end with a full stop (a standfirst does).
      // The medium's full name under its short masthead ("MEDEE" / "Mongolian National News Agency MEDEE"), or an
      // edition's name that repeats the masthead after its menu ("POINTWISE" / menu / "Pointwise Eurasia"): still the
      // masthead, not the headline.
      if (
        (mastheadState === "name" || mastheadState === "crumb") &&
        !reason &&
        title !== undefined &&
        ((mastheadState === "name" && isMediumFullName(b.text, masthead ?? title)) ||
          (mastheadState === "crumb" && namesMasthead(b.text, masthead ?? title)))
      )
        return drop(b, "masthead");
      // (a menu set with runs of spaces or bars between capitalised items, "Politics  Economy  Society  …  EN | RU",
      // under a masthead is its menu, not a headline)
      if (mastheadState === "name" && !reason && isMenuLine(b.text)) {
        mastheadState = "crumb";
        return drop(b, "navigation");
      }
      if (mastheadState === "name" && reason === "navigation" && !(runningName && SHARE_WORD.test(b.text))) {
        mastheadState = "crumb";
        siteNamed = runningName;
      } else if (
        mastheadState === "name" &&
        runningName &&
        !reason &&
        b.text.length < 300 &&
        isHeadline(b.text) &&
        !/[.!?]["”’]?$/.test(b.text) &&
        (/^(?:byline|dateline)$/.test(reasonOf(blocks[i + 1] ?? b) ?? "") ||
          // (its decks between: "<headline>" / "<deck>" / "By Jane Roe")
          (deckUnder(i) && signedBelow(i, 3)) ||
          // (the writer's name alone on its line, then the date: "Jane Roe" / "Apr 07, 2025")
          (isPersonName(blocks[i + 1]?.text ?? "") && reasonOf(blocks[i + 2] ?? b) === "dateline"))
      ) {
        // A blog's name over its post's headline and byline ("Central Asia Watch" / "Kazakhstan and Uzbekistan: a zone
        // of their own" / "Posted by …"): the name is the site's, the headline the title. A section's kicker in that
        // place ("Regional Economy", "World | Asia" words only) is the site's rubric, no name (review J9).
        runningName = false;
        return promoteTitle(b, isSectionKicker(title ?? "") ? "navigation" : "masthead");
      } else if (
        mastheadState === "name" &&
        runningName &&
        !reason &&
        b.text.length < 80 &&
        !/[.!?:;]$/.test(b.text) &&
        (/^\p{Ll}/u.test(b.text) || INSTITUTION_KIND.test(b.text) || MEDIUM_DESCRIPTION.test(b.text))
      ) {
        // A site's name, then its tagline ("Kalam" / "national news agency of …"): still the masthead, waiting for its
        // menu.
        return drop(b, "masthead");
      } else if (
        mastheadState === "name" &&
        !runningName &&
        !reason &&
        b.text.length < 300 &&
        // (a headline in capitals, or one closing with its stop, over its deck: "THE LEADERS … SIGN …" / "<deck>")
        (isHeadline(b.text) || (isCapsHeadline(b.text) && deckUnder(i))) &&
        (!/[.!?]["”’]?$/.test(b.text) || deckUnder(i)) &&
        title !== undefined &&
        title.split(/\s+/).length <= 4 &&
        hasMastheadEvidence(title, blocks.slice(i + 1))
      ) {
        // A short masthead in capitals, then (after a byline or a date, or none) the headline ("THE STEPPE REVIEW" /
        // "Authors: …" / "May 6, 2026" / "…"): the name is the site's, the headline the title.
        return promoteTitle(b, "masthead");
      } else if (mastheadState === "name" && runningName) mastheadState = "no";
      runningName = false;
      // A site's menu, language bar, rubric or issue line ("Home | World | Opinion", "EN | RU", "Politics | Asia",
      // "Analysis", "Volume: 9 Issue: 4") under the line taken as the title, when that line has a site's shape (a name or a tagline near the page's top): the lines
      // above the menu are the site's, and the headline stands below it.
      if (
        reason === "navigation" &&
        !SHARE_WORD.test(b.text) &&
        title !== undefined &&
        // (a byline or a date between them says the line above was a headline: a masthead has none under it)
        !bylineSince(titleAt, b) &&
        titleTag !== "h1" &&
        titleTag !== "subject" &&
        !belowMenu &&
        isSiteShaped(title, titleAt, masthead !== undefined, i === titleAt + 1)
      )
        menuUnderTitle = true;
      // A series' name over its issue line ("Borderlands Brief" / "Volume: 9 Issue: 4"): no headline.
      if (
        !reason &&
        b.text.trim().split(/\s+/).length <= 6 &&
        !/[.!?:]$/.test(b.text.trim()) &&
        /^(?:vol|issue|no\b|number)/i.test(blocks[i + 1]?.text ?? "") &&
        isIssueLine(blocks[i + 1]!.text)
      )
        return drop(b, "series");
      // A series' name with its number on one line ("Russia/Eurasia Centre — Rivoli Notes, No. 87", "Policy Memo #14"):
      // the series, never the headline.
      if (!reason && b.text.length < 100 && SERIES_NUMBER.test(b.text.trim())) return drop(b, "series");
      if (
        menuUnderTitle &&
        !reason &&
        b.text.length < 300 &&
        !isPersonName(b.text) &&
        (isHeadline(b.text) || isShortHeadline(b.text) || isCapsHeadline(b.text)) &&
        // (a line closing with a full stop under the menu is a standfirst, unless the top was surely the site's: its
        // first line a short name, or a masthead already known above a tagline; or a deck under it: no standfirst has one)
        (!/[.]["”’]?$/.test(b.text) ||
          masthead !== undefined ||
          (titleAt === 0 && title!.split(/\s+/).length <= 4) ||
          deckUnder(i))
      ) {
        const first = titleAt === blocks.findIndex((x) => !reasonOf(x));
        belowMenu = true;
        return promoteTitle(b, first && masthead === undefined ? "masthead" : "tagline");
      }
      // "MINISTRY OF …" / "CENTRAL ASIA REVIEW", then "Home / News", then the headline: the headline is the title.
      if (
        mastheadState === "crumb" &&
        !reason &&
        b.text.length < 300 &&
        (isHeadline(b.text) || isShortHeadline(b.text) || isCapsHeadline(b.text)) &&
        !(siteNamed && /[.!?]["”’]?$/.test(b.text))
      ) {
        belowMenu = true;
        return promoteTitle(b, "masthead");
      }
      // A series' name over an episode's own title ("The Steppe Signal" / "Episode 58: Gulf money …"): the episode's is
      // the title.
      if (!reason && title !== undefined && titleTag !== "h1" && EPISODE_TITLE.test(b.text) && b.text.length < 300)
        return promoteTitle(b, "series");
      // "Qalam news agency", "24.xx information portal" over the headline, with no menu between: a name that says
      // it is a medium's is the masthead.
      // (never the page's <h1>: that is its headline, whatever it names)
      if (!reason && title === undefined && b.tag !== "h1" && isMediumName(b.text)) {
        masthead = b.text;
        return drop(b, "masthead");
      }
      if (!reason && b.text.length < 300 && (title === undefined || (b.tag === "h1" && titleTag !== "h1"))) {
        if (title === undefined && isMasthead(b.text)) mastheadState = "name";
        else if (title === undefined && isSiteName(b.text)) {
          mastheadState = "name";
          runningName = true;
        }
        title = b.text;
        titleTag = b.tag;
        titleAt = i;
        return drop(b, "title");
      }
      // A section's rubric over the headline, its label and what the section is ("ARGUMENT: An expert's point of view on
      // a current event.", "Opinion – Views of our contributors, not the editors'"): the headline under it is the title.
      if (
        !reason &&
        title !== undefined &&
        titleAt === i - 1 &&
        titleTag !== "h1" &&
        isRubricLine(title) &&
        b.text.length < 300 &&
        isHeadline(b.text) &&
        isTitleCase(b.text) &&
        !isPersonName(b.text.trim())
      )
        return promoteTitle(b, "navigation");
      // A headline right above its byline or its date, under a shorter line taken as the title that has none under it
      // ("Northern Lens" / "Short takes on a world in transition" / "<headline>" / "Jane Roe | 3 July 2024"): the lines
      // above are a series' name and a tagline, the headline the title (an <h1> or a subject stays).
      if (
        !reason &&
        title !== undefined &&
        titleTag !== "h1" &&
        titleTag !== "subject" &&
        b.text.length < 300 &&
        isHeadline(b.text) &&
        !isPersonName(b.text.trim()) &&
        !/[.!?]["”’]?$/.test(b.text) &&
        isSeriesShaped(title) &&
        title.trim() !== crumbLast &&
        b.text.split(/\s+/).length > title.split(/\s+/).length &&
        signedBelow(i, 3) &&
        !signedBelow(titleAt) &&
        !bylineSince(titleAt, b)
      )
        return promoteTitle(b, "tagline");
      if (!reason && /^[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){1,3}$/u.test(b.text)) return drop(b, "byline");
      return drop(b, reason ?? "header");
    }
    if (mode === "end") {
      footer.push(b);
      return drop(b, listItemReason(b.text, true));
    }
    if (mode === "list") {
      // After a pointer to more reading the list is of links (titles, no sentence): a sentence ends it.
      if (!reason && !listReferences && (isProse(b, Math.max(200, minBodyBlock)) || (listLinks && isSentence(b.text))))
        mode = "body";
      else {
        if (listReferences) footer.push(b);
        if (reason === "list-heading") {
          listReferences = listReferences || REFERENCES.test(b.text);
          return drop(b, reason);
        }
        return drop(b, reason ?? listItemReason(b.text, listReferences));
      }
    }
    // body
    // A rule over numbered notes ("______" then "1 Ministry of …, 27 January 2022."): the footnotes end the article.
    if (RULE.test(b.text) && FOOTNOTE.test(blocks[i + 1]?.text ?? "")) {
      mode = "end";
      footer.push(b);
      return drop(b, "list-heading");
    }
    // ("Latest" or "Related" after the story heads a list, though the same word in a menu is a section)
    if (reason === "list-heading" || (reason === "navigation" && LIST_HEADING.test(b.text))) {
      listReferences = REFERENCES.test(b.text);
      listLinks = LINK_LIST_INTRO.test(b.text);
      mode = listReferences ? "end" : "list";
      if (listReferences) footer.push(b);
      return drop(b, "list-heading");
    }
    if (
      reason === "disclaimer" ||
      reason === "credits" ||
      (isBio(b.text) && i > first && isLastProse(blocks, i, reasonOf) && !namedBefore(b.text, kept))
    ) {
      mode = "end";
      footer.push(b);
      return drop(b, reason ?? "author-bio");
    }
    if (reason) return drop(b, reason);
    // The writer's name alone over the date, under a standfirst at the story's top ("Jane Roe" / "Sep 12, 2024"): the
    // byline.
    if (kept.length <= 2 && isPersonName(b.text.trim()) && reasonOf(blocks[i + 1] ?? b) === "dateline")
      return drop(b, "byline");
    // The same in capitals over the place the story was filed from, under a standfirst ("DANIEL ORTEGA MARÍN" /
    // "Astana -"): the byline, and the place line its dateline.
    if (kept.length <= 2 && isCapitalsName(b.text.trim(), blocks) && FILED_FROM.test(blocks[i + 1]?.text.trim() ?? ""))
      return drop(b, "byline");
    if (kept.length <= 2 && FILED_FROM.test(b.text.trim()) && dropped.at(-1)?.reason === "byline")
      return drop(b, "dateline");
    // A name alone after the last paragraph ("Pavel Zorin", "Press Service of the President of …"): the writer's or the
    // issuing office's signature, and the story ends there.
    // ("Jane Roe, Taraz": the writer's name and the place the story was filed from)
    const signed = turns.has(b.text.trim()) ? undefined : signatureName(b.text);
    // (a name under a "Media contact" heading is whom the press asks, not who wrote: the page's end, no signature)
    if (signed !== undefined && i > first && CONTACT_HEAD.test(blocks[i - 1]?.text.trim() ?? "")) {
      mode = "end";
      footer.push(b);
      return drop(b, "footer");
    }
    if (
      i > first &&
      kept.length > 0 &&
      (signed !== undefined || INSTITUTION_MASTHEAD.test(b.text.trim())) &&
      isLastProse(blocks, i, reasonOf)
    ) {
      mode = "end";
      footer.push(b);
      return drop(b, signed !== undefined ? "signature" : "office-signature");
    }
    kept.push(b);
  });

  // A pull quote repeats a sentence of the body between paragraphs: keep the sentence where the text has it.
  const pulled = new Set<TextBlock>();
  for (const b of kept) {
    const inner = pullQuoteText(b.text);
    if (inner && kept.some((o) => o !== b && !pulled.has(o) && squash(o.text).includes(inner))) {
      pulled.add(b);
      drop(b, "pull-quote");
    }
  }
  const paragraphs: Paragraph[] = [];
  let body = "";
  for (const b of kept) {
    if (pulled.has(b)) continue;
    // A list's dash or a numbered paragraph's number ("1. The Sides noted …", "2) …"): no sentence of its own.
    const dash = /^(?:[-–—]\s+|\d{1,2}[.)]\s+(?=["“«(]?\p{Lu}))/u.exec(b.text);
    const text = dash ? b.text.slice(dash[0].length) : b.text;
    if (body) body += "\n\n";
    const start = body.length;
    body += text;
    paragraphs.push({
      index: paragraphs.length,
      start,
      end: body.length,
      text,
      srcStart: b.start + (dash?.[0].length ?? 0),
      srcEnd: b.end,
      tag: b.tag,
      ...(dash ? {marker: "dash" as const} : {})
    });
  }
  // A bulletin's name over its issue line under the site's menu ("CATC" / "Central Asia Trade Council" / "Home | …" /
  // "MEMBER BULLETIN" / "Issue 41 | March 2025"), and no headline under them: the page is the issue, its name the title
  // (the line above the menu is the site's).
  if (menuUnderTitle && !belowMenu && titleAt >= 0) {
    const series = dropped.find((d) => d.reason === "series" && d.start > blocks[titleAt]!.start);
    const was = dropped.find((d) => d.reason === "title" && d.text === title);
    if (series && was) {
      was.reason = masthead === undefined ? "masthead" : "tagline";
      if (masthead === undefined) masthead = title;
      series.reason = "title";
      title = series.text;
    }
  }
  dropped.sort((a, b) => a.start - b.start);
  if (utility.size) header.sort((a, b) => a.start - b.start);
  return {
    body,
    paragraphs,
    dropped,
    header,
    footer,
    ...(title !== undefined ? {title} : {}),
    ...(masthead !== undefined ? {masthead} : {})
  };
}

/** A masthead in capitals ("CENTRAL ASIA ANALYTICAL REVIEW"): letters, digits and "&.'-" only, no lower case. */
const CAPS_MASTHEAD = /^[\p{Lu}\d][\p{Lu}\d &.'’-]{3,60}$/u;
/**
 * A site's description of itself ("Official website", "Portal", "Web site"): heading an institution's page, it names
 * the site, not the page's owner or headline (article.ts's masthead; metadata.ts takes no publisher from it). Also what
 * a government portal's banner says the site is ("Official Information Source of the Government of …", "Official
 * Internet Resource of …"; session 26): a "source" or a "resource" only as the official one or an information or
 * Internet one ("Source of the leak …" may open a headline).
 */
export const SITE_DESCRIPTION = String.raw`(?:(?:[Oo]fficial\s+)?(?:(?:English|English-language|[Ii]nternet|[Ii]nformation|[Nn]ews|[Gg]overnment)\s+)?(?:[Ww]eb\s?site|[Pp]ortal|[Pp]age)|[Oo]fficial\s+(?:(?:[Ii]nformation|[Ii]nternet|[Ww]eb|[Oo]nline)\s+)?(?:[Ss]ource|[Rr]esource|[Ss]ite)|(?:[Ii]nformation|[Ii]nternet)\s+(?:[Ss]ource|[Rr]esource))`;
/** An institution's name heading its own page ("Ministry of Foreign Affairs of the Republic of Kazakhstan"). */
const INSTITUTION_MASTHEAD = new RegExp(
  String.raw`^(?:The\s+)?(?:${SITE_DESCRIPTION}|Ministry|Embassy|Permanent Mission|Consulate(?: General)?|Office|Administration|Press Service|Government|Parliament|Cabinet of Ministers|Presidential Administration)\s+of\s+[^.!?:;]{3,100}$`,
  "u"
);

/** A line opening with the site's description of itself ("Official website of …"). */
const SITE_DESCRIBED = new RegExp(String.raw`^(?:The\s+)?${SITE_DESCRIPTION}\b`, "i");

/**
 * An institution's name heading its own page ("Embassy of the Republic of Kazakhstan in the Italian Republic",
 * "Ministry of Foreign Affairs of …"), not a description of a site ("Official website of …").
 */
export function isInstitutionName(t: string): boolean {
  return INSTITUTION_MASTHEAD.test(t.trim()) && !SITE_DESCRIBED.test(t.trim());
}

/** True when a page's first line is a site's or an institution's name rather than a headline. */
function isMasthead(t: string): boolean {
  // ("MINISTRY of FOREIGN AFFAIRS of JAPAN": capitals with small words in lower case)
  const caps = t.replace(/(?<=\S)\s(?:of|the|and|for|on|in)(?=\s\S)/g, "");
  return (CAPS_MASTHEAD.test(caps) && /\p{Lu}{3}/u.test(caps)) || INSTITUTION_MASTHEAD.test(t);
}

/**
 * A site's name in running case ("Huaxin English", "Caspian Policy Lab"): four words or fewer, no closing punctuation,
 * no verb-like lower-case word. It is taken for the masthead only when a menu or a crumb follows it.
 */
function isSiteName(t: string): boolean {
  const words = t.trim().split(/\s+/);
  if (/[.!?:,;]$/.test(t) || !/^[\p{Lu}\d]/u.test(t)) return false;
  if (words.length <= 4 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|and|for|on|in)$/.test(w)))
    return true;
  // A longer name of an institution or a medium ("Institute for Eurasian and Gulf Affairs"), or a name with the
  // medium's description ("STEPPE national news agency", "Qala information portal"): at most eight words, with no
  // digit, and the organisation's kind among them.
  // (its lower-case words only small words and the medium's description: "Kazakhstan joins new council on water" is a
  // headline; a capitalised medium's kind, "… Opposition Newspaper", may end a headline in title case)
  return (
    words.length <= 8 &&
    !/\d/.test(t) &&
    (INSTITUTION_KIND.test(t) || MEDIUM_DESCRIPTION.test(t)) &&
    words.every(
      (w) =>
        /^[\p{Lu}\d]/u.test(w) ||
        /^(?:of|the|and|for|on|in|news|agency|information|press|service|portal|website|site|newspaper|national|state|international|independent|official|online|think|tank)$/.test(
          w
        )
    )
  );
}

/**
 * A medium's name that says what it is ("Qalam news agency", "24.xx information portal", "The Steppe Post online"):
 * its lower-case words only the medium's kind and its qualifiers, the kind last.
 */
function isMediumName(t: string): boolean {
  const words = t.trim().split(/\s+/);
  return (
    words.length <= 6 &&
    /^[\p{Lu}\d]/u.test(t) &&
    // (in lower case, as a description: "Kyrgyz Police Raid Opposition Newspaper" is a headline in title case)
    /\b(?:news agency|information agency|press agency|news service|news portal|information portal|news website|news site|newspaper)$/.test(
      t
    ) &&
    words.every(
      (w) =>
        /^[\p{Lu}\d]/u.test(w) ||
        /^(?:news|agency|information|press|service|portal|website|site|newspaper|national|state|international|independent|official|online|of|the|and|for)$/.test(
          w
        )
    )
  );
}

/**
 * A medium's full name in title case ("Mongolian National News Agency MEDEE", "Serumpun National News Agency of
 * Malaysia", "Caspian Broadcasting Corporation"): at most eight capitalised words (and "of", "the", "and", "for"), no
 * digit, no closing punctuation, with an English word for a kind of news medium among them.
 */
function isMediumFullName(t: string, masthead: string): boolean {
  const words = t.trim().split(/\s+/);
  // (a name, not a headline in title case: it repeats the masthead's word, or every word is a nationality's adjective,
  // a medium's word, a small word or the state after "of" — "Kazakhstan Launches National Space Agency" is a headline;
  // review K25)
  const name = masthead.trim().toLowerCase();
  const named =
    words.some((w) => w.toLowerCase() === name) ||
    words.every(
      (w, k) => MEDIUM_NAME_WORD.test(w) || /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ic|i)$/u.test(w) || words[k - 1] === "of"
    );
  return (
    named &&
    words.length >= 2 &&
    words.length <= 8 &&
    !/\d|[.!?:;,]$/.test(t) &&
    words.every((w) => /^[\p{Lu}]/u.test(w) || /^(?:of|the|and|for)$/.test(w)) &&
    /\b(?:News|Press|Information|Telegraph|Broadcasting)\s+(?:Agency|Service|Corporation|Company)\b|\b(?:Agency|Newspaper|Television|Radio|Broadcasting Corporation|Broadcaster)\b/u.test(
      t
    )
  );
}

/** A menu: four or more short capitalised items set apart by runs of two spaces or more, bars or middle dots. */
function isMenuLine(t: string): boolean {
  const items = t
    .trim()
    .split(/\s{2,}|\s*[|·•]\s*/)
    .filter((x) => x.length > 0);
  return items.length >= 4 && items.every((x) => /^[\p{Lu}\d]/u.test(x) && x.split(/\s+/).length <= 3);
}

/** Words of a medium's name: its kind and qualifiers, and small words. */
const MEDIUM_NAME_WORD = words(
  /^(?:National|State|Public|Official|International|Independent|Central|News|Press|Information|Telegraph|Broadcasting|Agency|Service|Corporation|Company|Television|Radio|Newspaper|Broadcaster|of|the|and|for)$/
);

/**
 * A short line in title case that repeats the masthead's name with another word ("Pointwise Eurasia" under
 * "POINTWISE"): an edition's or a newsletter's name.
 */
function namesMasthead(t: string, masthead: string): boolean {
  const words = t.trim().split(/\s+/);
  const name = masthead.trim().toLowerCase();
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    !/[.!?:;,]$/.test(t) &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    name.length >= 3 &&
    words.some((w) => w.toLowerCase() === name)
  );
}

/** The kind of institution a site's name says it is ("… Institute for …", "Centre for …"). */
const INSTITUTION_KIND =
  /\b(?:institute|institution|centre|center|foundation|council|forum|academy|society|association|endowment|observatory|think tank)\b/i;
/** A medium's description in lower case after its name ("… national news agency", "… information portal"). */
const MEDIUM_DESCRIPTION =
  /\b(?:news agency|information agency|press agency|news service|news portal|information portal|news website|newspaper)\b/;

/**
 * A rubric of two or three short parts whose first is an item of the menu above ("Markets & Trade | Commodities" under
 * "Home | Markets & Trade | Opinion") or a section's name ("Politics | Foreign affairs"): the section and its
 * subsection, no headline.
 */
function isMenuRubric(t: string, menuItems: ReadonlySet<string>): boolean {
  const parts = t.split(/\s+[|•·›»>/]\s+/).map((p) => p.trim());
  return (
    parts.length >= 2 &&
    parts.length <= 3 &&
    (menuItems.has(parts[0]!.toLowerCase()) || SECTION.test(parts[0]!)) &&
    parts.every((p) => p.length <= 40 && !/[.!?]$/.test(p) && p.split(/\s+/).length <= 4)
  );
}

/**
 * The writer's name in a signature line after a story: the name alone ("Jane Roe"), or with the place it was filed
 * from ("Jane Roe, Taraz", "Jane Roe, New Delhi"); a name written with its initial and no space, as Mongolian and
 * Kazakh agencies sign ("B.Oyungerel", "Ts.Bat-Erdene"); a broadcaster's sign-off, the reporter and the station's news
 * ("Jane Roe, KRT World Service News."). Undefined for anything else.
 */
export function signatureName(line: string): string | undefined {
  const t = line.trim();
  if (isPersonName(t)) return t;
  if (/^(?!(?:Mr|Ms|Dr|St|Mt|Sr|Jr)\.)\p{Lu}\p{Ll}?\.\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u.test(t)) return t;
  const signOff = /^([^,]{3,60}),\s+\p{Lu}[\p{L}\d.&'’ -]{1,50}?\s+News\.?$/u.exec(t);
  if (signOff && isPersonName(signOff[1]!)) return signOff[1];
  const m = /^([^,]{3,60}),\s+(\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+)?)$/u.exec(t);
  return m && isPersonName(m[1]!) && !isPersonName(m[2]!) ? m[1] : undefined;
}

/**
 * Evidence that a short line in capitals over a headline is a site's name, not a headline set in capitals ("RAIL DEAL
 * SIGNED"): a medium's word in it ("… WIRE", "… REVIEW", "….KZ"), or the name written again further down the page (a
 * copyright line, "More from …").
 */
function hasMastheadEvidence(name: string, after: readonly TextBlock[]): boolean {
  if (MEDIUM_IN_CAPS.test(name)) return true;
  const re = new RegExp(`(?<![\\p{L}\\d])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\d])`, "iu");
  return after.some((b) => re.test(b.text));
}
const MEDIUM_IN_CAPS =
  /\b(?:NEWS|TIMES|POST|DAILY|HERALD|TRIBUNE|GAZETTE|TELEGRAPH|JOURNAL|MEDIA|WIRE|REVIEW|MONITOR|OBSERVER|COURIER|INSIDER|DIPLOMAT|WEEKLY|DIGEST|BULLETIN|RADIO|TV|PRESS|AGENCY|EXPRESS|LEDGER|CHRONICLE|DISPATCH|MAGAZINE|INFORM)\b|\.\p{Lu}{2,4}$/u;

/** A headline of two words ("Nuclear bargain"): running case, no person's name, no closing stop. */
function isShortHeadline(t: string): boolean {
  const words = t.trim().split(/\s+/);
  // ("World News", "Regional Economy": a section's kicker over the headline, no headline)
  return (
    words.length === 2 &&
    /\p{Ll}/u.test(t) &&
    !isPersonName(t) &&
    !/[.!?:;,]$/.test(t) &&
    !SECTION.test(t) &&
    !isSectionKicker(t)
  );
}

/**
 * A section's rubric line: a label in capitals, or a section's name, then a colon, a bar or a dash, and a description in
 * sentence case (the words after the first in lower case, a few of them): "ARGUMENT: An expert's point of view on a
 * current event.", "Opinion | Views of our contributors on the news". A headline after a label in title case
 * ("ANALYSIS: Kazakhstan Rethinks Its Gas Deals") is no rubric; one in sentence case is told apart by the line under
 * it, which must be a headline in title case for the first line to be a rubric.
 */
function isRubricLine(t: string): boolean {
  const m = /^([^:|–—]{2,30}?)\s*[:|–—]\s+(\p{Lu}[\p{Ll}'’]*(?:\s+[\p{Ll}'’,-]+){3,}[.]?)$/u.exec(t.trim());
  return !!m && (/^\p{Lu}{3,}(?:\s+\p{Lu}{2,})?$/u.test(m[1]!) || SECTION.test(m[1]!));
}

/** A line in title case: most of its longer words (four letters or more) open with a capital. */
function isTitleCase(t: string): boolean {
  const long = t.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length >= 2 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * long.length;
}

/** A headline: three words or more, in running case (not a masthead, not a name). */
function isHeadline(t: string): boolean {
  return /\p{Ll}/u.test(t) && t.split(/\s+/).length >= 3 && !isMasthead(t);
}

/**
 * The last line of the site's menus under the site's own lines at the page's top, or -1: the page opens with a name (a
 * candidate among its first two lines, four words or fewer, no closing stop), any further lines above the menu have a
 * site's shape (a tagline, a blog's name: eight words or fewer, no closing stop), and a navigation line (a menu, a
 * language bar, a rubric, an issue line; never a share bar, which sits under a headline) follows within the first
 * eight lines, with no byline or dateline before it (those follow a headline). The headline stands below it.
 */
function siteTop(blocks: readonly TextBlock[], reasonOf: (b: TextBlock) => string | undefined): number {
  let top = -1;
  let named = false;
  for (let i = 0; i < Math.min(blocks.length, 8); i++) {
    const b = blocks[i]!;
    const reason = reasonOf(b);
    const words = b.text.trim().split(/\s+/).length;
    const stop = /[.!?]["”’]?$/.test(b.text.trim());
    if (!reason) {
      if (!named && i <= 1 && words <= 4 && !stop) named = true;
      else if (!named || top >= 0 || words > 8 || stop) break;
    } else if (reason === "dateline" || BYLINE_HEAD.test(b.text)) break;
    else if (reason === "navigation" && named && !SHARE_WORD.test(b.text)) top = i;
  }
  return top;
}

/** A headline set in capitals ("THE LEADERS OF … SIGN A TREATY …"): six words or more, no lower case. */
function isCapsHeadline(t: string): boolean {
  return (
    !/\p{Ll}/u.test(t) && /\p{Lu}{2}/u.test(t) && t.trim().split(/\s+/).length >= 6 && !INSTITUTION_MASTHEAD.test(t)
  );
}

/**
 * A series' or an office's name, or a tagline (eight words or fewer, no closing stop): up to four words capitalised ("SSIS
 * Commentary", "Legislative Research Office"), or no capitalised word after the first ("Short takes on a world in
 * transition"). A headline names someone or somewhere after its first word ("Meloni, Tokayev seal …"), or is set in
 * capitals throughout.
 */
function isSeriesShaped(t: string): boolean {
  const words = t.trim().split(/\s+/);
  // (a line in capitals throughout is a headline in capitals over its deck, "WHEAT TRAIN ARRIVES", or a masthead)
  if (words.length > 8 || /[.!?]["”’]?$/.test(t.trim()) || !/\p{Ll}/u.test(t)) return false;
  const named = words.map((w) => /^["“‘'«(]?\p{Lu}/u.test(w));
  return (
    // (a name of four words at most: a headline in title case is longer, "Taraz Court Closes Independent Newspaper")
    (words.length <= 4 &&
      named.every((x, k) => x || (k > 0 && /^(?:of|the|and|for|on|in|at|to|a|an|&)$/.test(words[k]!)))) ||
    named.slice(1).every((x, k) => !x || words[k + 1] === "I")
  );
}

/**
 * A line with a site's shape, taken as the title before a menu came under it: a name or a tagline (eight words or
 * fewer, no closing stop) among the page's first three lines, or any such line under a known masthead.
 */
function isSiteShaped(t: string, at: number, underMasthead: boolean, menuNext = false): boolean {
  const words = t.trim().split(/\s+/).length;
  // (a longer line right under the masthead with the site's menu right under it is its tagline: "RUSTAVELI REVIEW" /
  // "Analysis from Tbilisi on the South Caucasus and its neighbours" / "ANALYSIS | COMMENTARY | DATA | …")
  const tagline = underMasthead && menuNext && at <= 2 && words <= 14;
  // (a blog's name in capitals with its house after a dash, on the page's first line: "THE LEDGER — from the Bellbird
  // Institute for International Policy")
  const capsName = at === 0 && words <= 16 && /^\p{Lu}[\p{Lu}\d&'’. -]{2,40}\s[—–|]\s/u.test(t.trim());
  return (at <= 2 || underMasthead) && (words <= 8 || tagline || capsName) && !/[.!?]["”’]?$/.test(t.trim());
}

/**
 * A series' kind of paper with its number closing a line: "… Notes, No. 87", "Policy Memo #14", "Brief No. 3", or the
 * number within its year, "POLICY PAPER 07/2025", "Working Paper 3/2024", or its year's number, "Strategic Comments No.
 * 2026-3", or the year before its number after a bar, "CRCAS Commentary | 2025 No. 14" (in any case: a series' label is
 * often in capitals).
 */
const SERIES_NUMBER =
  /\b(?:Notes?|Briefs?|Briefing|Papers?|Series|Bulletin|Commentar(?:y|ies)|Comments?|Analys[ie]s|Reports?|Insights?|Perspectives?|Viewpoints?|Digest|Letter|Memos?|Studies|Essays?|Updates?|Monitor|Outlook)\s*[,|·]?\s*(?:(?:19|20)\d{2}\s*,?\s+)?(?:(?:No\.?|Nr\.?|Number|№|#)\s*(?:(?:19|20)\d{2}\s*[-/.]\s*)?\d+|\d{1,3}\s*\/\s*(?:19|20)\d{2})$/iu;
/** A series' or a journal's issue line: "Volume: 22 Issue: 41", "Vol. 3, No. 2", "No. 11 | March 2022". */
function isIssueLine(t: string): boolean {
  return t.length < 80 && (ISSUE_LINE.test(t) || VOLUME_ISSUE.test(t));
}
/** "Volume: 22 Issue: 41", "Vol. 3 No. 2" anywhere in a short line ("Publication: <series> Volume: 9 Issue: 17"). */
const VOLUME_ISSUE = /\b(?:vol(?:ume)?\.?|issue)\s*:?\s*\d+[,;]?\s+(?:issue|no\.?|number)\s*:?\s*\d+\b/i;

/** Lower-cased words of a text, quotation marks and punctuation left out (for comparing a pull quote with the body). */
function squash(t: string): string {
  return t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A short paragraph that is one quotation ("“…”", «…»): its squashed words, else undefined. */
function pullQuoteText(t: string): string | undefined {
  const m = /^["“«„]([^"“”«»„]{30,300})["”»“]$/.exec(t.trim());
  return m ? squash(m[1]!) : undefined;
}

/** True when no prose block follows block `i` (an author's bio closes an article). */
function isLastProse(
  blocks: readonly TextBlock[],
  i: number,
  reasonOf: (b: TextBlock) => string | undefined = lineReason
): boolean {
  return !blocks.slice(i + 1).some((b) => isProse(b, 150) && !reasonOf(b));
}
