/**
 * Bylines and datelines: the short lines around a headline (or the opening words of a wire story)
 * that say who wrote the piece, for whom and when. Common forms, from agencies, news sites,
 * analysis sites and blogs:
 *
 * - `By Jane Roe`, `by Jane Roe | March 5, 2024`, `By Reuters March 5, 2024`, `Author: Jane Roe`,
 *   `Original Author: Jane Roe`, `Written by Jane Roe and John Doe`
 * - `Astana 12.03.2024`, `Trend, 5 March 2024`, `INTERVIEWS  01 June 2023 - 17:27`,
 *   `12 March 2024 - 10:15`, `2024-03-12T10:15:00Z`, `Published: March 12, 2024`, `Updated: …`,
 *   `Updated 22:07, 25-Apr-2025`
 * - `ALMATY, March 5, 2024 (Reuters) - …`, `MOSCOW, March 5. /TASS/. …`, `ASTANA (Kazinform) — …`
 *
 * A line that says "today" or that sits above the headline with a weekday ("Wednesday, 2 December
 * 2026") is the site's banner: its date is the day the page was fetched, not when it was published.
 *
 * @module
 * @example
 * ```ts
 * readByline("By Reuters March 5, 2024"); // {publisher: "Reuters", date: "2024-03-05", dateKind: "byline"}
 * readByline("Original Author: Jane Roe"); // {author: "Jane Roe"}
 * ```
 */
import {parseDateline} from "./dates.js";

/** How much a date found in the text can be trusted as the publication date. */
export type DateKind = "published" | "byline" | "dateline" | "updated" | "banner";

/**
 * The words saying when a piece was published: "Published", "First published", "Originally posted", "This article was
 * first published".
 */
const PUBLISHED_OPENING = String.raw`(?:this\s+(?:article|story|piece|post|commentary|analysis|interview|report|essay|op-ed|column)\s+(?:was|is)\s+)?(?:first\s+|originally\s+)?(?:published|posted)`;

/** What a byline or dateline line says. */
export interface BylineFacts {
  author?: string;
  publisher?: string;
  date?: string;
  dateKind?: DateKind;
  /** The place of a dateline ("Astana"). */
  place?: string;
}

/** The rank of each date kind: the highest wins; a caller's date beats anything below "updated". */
export const DATE_RANK: Readonly<Record<DateKind, number>> = {
  published: 4,
  byline: 3,
  dateline: 3,
  updated: 2,
  banner: 0
};

const WEEKDAY = /\b(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(day|nesday|sday|urday)?\b\.?,?/i;
/** Wire services and the words that make a name an organisation's rather than a person's. */
const AGENCY =
  /^(Reuters|AFP|AP|Associated Press|Agence France-Presse|Xinhua|TASS|ITAR-TASS|RIA Novosti|RIA|Interfax|Sputnik|Kazinform|Qazinform|Kabar|AKIpress|24\.kg|Trend|APA|Azertac|Report\.az|Anadolu(?: Agency)?|AA|UzA|Dunyo|Khovar|Asia-Plus|Turkmenistan Today|Bloomberg|BBC|CNN|dpa|EFE|ANSA|PTI|IANS|Yonhap|Kyodo|Bernama|ANTARA|IRNA|Tasnim|WAM|SPA|KUNA|QNA|MENA|Eurasianet|RFE\/RL|Radio Azattyq|Azattyq|Ozodi|Daryo|Kun\.uz|Tengrinews|Vlast\.kz|The Astana Times|Astana Times|Caliber\.Az|Caliber)$/i;
/**
 * A newspaper's or an agency's word in the paper's own language ("Diario Cordillera", "Frankfurter Allgemeine Zeitung",
 * "Gazeta Wyborcza", "Asahi Shimbun", "Helsingin Sanomat"): its English edition keeps the name.
 */
const FOREIGN_MEDIUM = String.raw`Diario|Diário|Jornal|Gazeta|Gazzetta|Corriere|Zeitung|Tageblatt|Kurier|Rundschau|Nachrichten|Presse|Tidende|Dagblad|Dagbladet|Avisen|Posten|Tidningen|Sanomat|Uutiset|Krant|Courrier|Quotidien|Noticias|Notícias|Prensa|Tribuna|Novosti|Vedomosti|Izvestia|Vesti|Vijesti|Novine|Noviny|Dziennik|Hírlap|Gazetesi|Haberleri|Shimbun|Ilbo|Sinmun|Jurnal|Ziarul`;
const ORG_WORD = new RegExp(
  String.raw`\b(News|Agency|Press|Times|Post|Service|Services|Daily|Herald|Tribune|Gazette|Telegraph|Journal|Courier|Chronicle|Ledger|Dispatch|Express|Mirror|Sentinel|Examiner|Inquirer|Courant|Media|Wire|Network|Review|Online|TV|Radio|Staff|Desk|Editorial|Team|Bureau|Institute|Centre|Center|Council|Foundation|University|Magazine|Monitor|Observer|Insider|Report|Diplomat|Correspondent|Forum|Notes|Blog|Initiative|Programme|Program|Project|Society|Association|Observatory|Club|Academy|Studies|Affairs|Analytics|Endowment|Commission|Quarterly|Weekly|Digest|Bulletin|Nations|Union|Organization|Organisation|Ministry|Department|Embassy|Bank|Fund|${FOREIGN_MEDIUM})\b|\.(com|org|net|az|kz|uz|kg|tj|ru|info|news)\b`,
  "iu"
);
/** A word that makes a name a medium's (a newspaper, an agency, a broadcaster), not an institution's. */
const MEDIUM_WORD = new RegExp(
  String.raw`\b(?:News|Agency|Press|Times|Post|Daily|Herald|Tribune|Gazette|Telegraph|Journal|Media|Wire|Review|Monitor|Observer|Courier|Chronicle|Ledger|Dispatch|Express|Mirror|Sentinel|Examiner|Inquirer|Courant|Insider|Diplomat|Weekly|Digest|Bulletin|Radio|TV|Television|Broadcasting|${FOREIGN_MEDIUM})\b`,
  "u"
);
/**
 * A language switcher's line: a language named in English or in its own words, its code in brackets after it
 * ("English (EN)", "Français (FR)", "Қазақша (KZ)"), or languages set apart by bars or slashes.
 */
const LANGUAGE_NAME = String.raw`(?:English|French|Français|German|Deutsch|Russian|Русский|Kazakh|Қазақша|Қазақ тілі|Uzbek|O[‘'’ʻ]zbekcha|Oʻzbek|Ўзбекча|Kyrgyz|Кыргызча|Tajik|Тоҷикӣ|Turkmen|Türkmençe|Chinese|中文|Spanish|Español|Italian|Italiano|Polish|Polski|Portuguese|Português|Dutch|Nederlands|Arabic|العربية|عربي|Turkish|Türkçe|Japanese|日本語|Korean|한국어|Persian|فارسی|Ukrainian|Українська|Bulgarian|Български|Romanian|Română|Czech|Čeština|Hungarian|Magyar|Greek|Ελληνικά|Georgian|ქართული|Armenian|Հայերեն|Azerbaijani|Azərbaycan|Mongolian|Монгол)`;
const LANGUAGE_CHOICE = new RegExp(
  String.raw`^${LANGUAGE_NAME}\s*\(\p{L}{2,3}\)(?:\s*[|/·•]\s*${LANGUAGE_NAME}(?:\s*\(\p{L}{2,3}\))?)*$`,
  "u"
);
/** Two or more languages' names set apart by bars, slashes or dots, with no codes ("English | عربي", "Русский / English"). */
const LANGUAGE_LIST = new RegExp(String.raw`^${LANGUAGE_NAME}(?:\s*[|/·•]\s*${LANGUAGE_NAME})+$`, "u");
/**
 * A writer's role on its own line under the name, as a research note sets it ("Senior Economist, CEE and Central Asia",
 * "Commodities Strategist", "Research Fellow"): capitalised, short, no stop, its first part ending in a writer's role.
 */
export function isWriterRoleLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 80 || !/^\p{Lu}/u.test(t) || /[.!?:]$/.test(t)) return false;
  const head = t.split(/\s*,\s*/)[0]!.split(/\s+/);
  return head.length <= 4 && AUTHOR_ROLE.test(head.at(-1)!);
}
/** Whether a line is a language switcher's ("English (EN)", "Қазақша (KZ) | Русский (RU)"). */
export function isLanguageChoice(line: string): boolean {
  const t = line.trim();
  return LANGUAGE_CHOICE.test(t) || LANGUAGE_LIST.test(t);
}
/** The names of a site's sections, as its navigation writes them. */
const SECTION_NAME = String.raw`(?:home|main|news|latest|analysis|analyses|analytics|commentary|commentaries|comment|opinion|op-?ed|interviews?|features?|politics|economy|business|world|regions?|asia|central asia|eurasia|blogs?|insights?|articles?|publications?|research|reports?|briefings?|podcasts?|videos?|society|culture|energy|security|diplomacy|columns?|editorials?|essays?|explainers?|policy|international|foreign policy|press releases?|meetings coverage(?: and press releases)?|press (?:center|centre|room|office)|newsroom|media (?:center|centre)|exclusive|breaking(?: news)?|expert comments?|expert opinions?|guest posts?|long ?reads?|in[- ]depth|special reports?|dispatch(?:es)?|perspectives?|viewpoints?|news analysis|[\d]{1,2} min(?:ute)?s? read)`;
/**
 * Sections of a site, as its navigation names them; two joined by "and" or "&" are one section ("News and events",
 * "Analysis & commentary": a university's or an institution's crumb), as are a section's words
 * with the kinds of item a crumb lists after "and" (events, media, announcements, updates, stories).
 */
export const SECTION = new RegExp(
  String.raw`^${SECTION_NAME}(?:\s+(?:and|&)\s+(?:${SECTION_NAME}|events|media|announcements|updates|stories|speeches|statements))?$`,
  "i"
);

/**
 * An issuing office named under a document's title ("Bureau of South and Central Asian Affairs", "Office of the
 * Spokesperson"): the document speaks for it.
 */
export const ISSUING_OFFICE =
  /^(?:The\s+)?(?:Bureau|Office|Directorate|Division|Department|Press Service|Press Office|Information Department|Secretariat|Press and [Ii]nformation [Tt]eam|Press [Tt]eam|Communications? (?:[Tt]eam|[Uu]nit))\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[^.!?:;|]{2,80}$/u;

/** A role after an author's name in a byline ("Senior Fellow", "Director of Studies", "Contributing Editor"). */
export const AUTHOR_ROLE =
  /\b(?:fellow|director|professor|researcher|analyst|editor|correspondent|associate|lecturer|head|chair|adviser|advisor|scholar|economist|strategist|expert|contributor|columnist|manager|coordinator|founder|programme lead|program lead|lead|(?:staff )?writer|reporter|journalist|partner|counsel|attorney|solicitor|barrister)s?\b/i;
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
/**
 * A writer's desk in running case before the name in a byline ("business reporter", "senior political correspondent",
 * "staff writer", "chief economics editor"): up to three words in lower case ending in a writer's role, then a name.
 */
const BYLINE_ROLE =
  /^(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:reporter|correspondent|editor|writer|journalist|columnist|contributor)\s+(?=\p{Lu})/u;
/** Only names: "Jane Roe and John Doe". */
const NAMES_ONLY = new RegExp(`^${NAME_WORD}(?:\\s+(?:${NAME_WORD}|and|&|de|van|von|al|el|bin))*$`, "u");
/**
 * "Nikolai Kuzmin, Senior Fellow": a name and a role; "JANE ROE and JOHN DOE, Steppe Post staff writers": two names and
 * their shared role.
 */
const PERSON = `${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}`;
const NAME_AND_ROLE = new RegExp(`^(${PERSON}(?:\\s+(?:and|&)\\s+${PERSON})?),\\s+([^,]{3,60})$`, "u");
/** "Jane Roe | Associate Fellow, Energy Programme", "Jane Roe · Senior Correspondent": a bar between name and role. */
const NAME_BAR_ROLE = new RegExp(`^(${PERSON}(?:\\s+(?:and|&)\\s+${PERSON})?)\\s+[|·•–—]\\s+([^|·•]{3,80})$`, "u");
/**
 * "KAWAMURA Ryota (Senior Fellow, JFIS)", "Jane Roe (Research Fellow, Energy Programme)": a name, then the writer's
 * role in brackets.
 */
const NAME_PAREN_ROLE = new RegExp(`^(${PERSON})\\s+\\(([^()]{3,80})\\)$`, "u");
/**
 * A name whose family name alone is set in capitals, as Japanese, Korean, Chinese and French pages write it
 * ("KAWAMURA Ryota", "Jean DUPONT"): that word in running case ("Kawamura Ryota"); any other name as it is.
 */
export function familyInCapitals(name: string): string {
  const words = name.split(/\s+/);
  const caps = words.filter((w) => /^\p{Lu}[\p{Lu}'’-]{2,}$/u.test(w));
  if (caps.length !== 1 || !words.some((w) => /^\p{Lu}\p{Ll}/u.test(w))) return name;
  return words.map((w) => (w === caps[0] ? runningCase(w) : w)).join(" ");
}
/** "Jane Roe Diplomatic editor": a name, then a role in running case (its first word capitalised, no comma). */
const NAME_THEN_ROLE = new RegExp(`^(${PERSON})\\s+(\\p{Lu}\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){1,3})$`, "u");
const TIME =
  /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:(?:GMT|UTC)\s*[+-]\d{1,2}(?::?\d{2})?|GMT|UTC|CET|CEST|EST|EDT|MSK|ALMT|BST|IST|[+-]\d{2}:?\d{2})?/g;

/** A line that is only a wire service's or a site's name ("Reuters", "Caliber.Az", "Kun.uz", "24.kg", "Delfi.lt"). */
export function isPublisherName(line: string): boolean {
  const t = line.trim();
  return (
    AGENCY.test(t) ||
    /^(?:[\p{L}\d-]+\.)+(?:az|kz|uz|kg|tj|tm|ru|ge|am|mn|cn|com|org|net|info|news|asia)$/iu.test(t) ||
    // ("BalticPulse.lt", "Beehive.govt.nz": any state's domain in lower case, session 29)
    /^\p{L}[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2}$/u.test(t)
  );
}

/** True when `name` names an organisation (a wire service, a newspaper, a desk) rather than a person. */
export function isOrganisation(name: string): boolean {
  const n = name.trim();
  return AGENCY.test(n) || ORG_WORD.test(n) || /^[A-Z]{2,6}$/.test(n) || /^\S+$/.test(n);
}

/** Splits "Jane Roe and John Doe" / "Jane Roe, John Doe" into names; keeps one string when it is one name. */
function cleanName(raw: string): string {
  return (
    raw
      .replace(/\s+/g, " ")
      // ("Jane Roe*", "Jane Roe¹", "Jane Roe†": a note's mark after the name, a pen name's or an affiliation's, explained
      // below the story)
      .replace(/(?<=\p{L})(?:\*{1,3}|[†‡¹²³])(?=\s*(?:$|[,|·•;]|\s(?:and|&)\s))/gu, "")
      .replace(/^[\s,|·•–—-]+|[\s,|·•–—-]+$/g, "")
      .trim()
  );
}

/** What remains of a line once its date, times, weekdays and separators are taken out. */
function withoutDate(line: string): string {
  return line
    .replace(
      /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|\b\d{1,2}[./]\d{1,2}[./]\d{4}|\b\d{4}\/\d{2}\/\d{2}/g,
      " "
    )
    .replace(TIME, " ")
    .replace(WEEKDAY, " ")
    .replace(/\s*[|·•,–—/-]\s*$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The part of a line that says when it was published (group 1), wherever it stands among bars. */
const PUBLISHED_PART = new RegExp(String.raw`(?:^|[|·•]\s*)(${PUBLISHED_OPENING}\b[^|·•]*)`, "i");
/** A line (or part) opening with a label of publication. */
const PUBLISHED_LABEL = new RegExp(
  String.raw`^(?:${PUBLISHED_OPENING}|released|date(?:d)?|publication date|pub(?:lished)? date)\b`,
  "i"
);

/**
 * Reads one short line of a page's header or footer: a byline, a dateline, a "Published:" line.
 * `beforeTitle` marks a line above the headline, where a bare date with a weekday is a banner.
 * Undefined when the line is neither.
 */
/** "Por / By ", "Von / By ", "By / Par ": the word "by" in the page's own language and in English, either first. */
const BILINGUAL_BY =
  /^(?:(?:von|par|por|door|av|af|di|przez)\s*\/\s*by|by\s*\/\s*(?:von|par|por|door|av|af|di|przez))\s+(?=\p{Lu})/iu;

export function readByline(line: string, {beforeTitle = false}: {beforeTitle?: boolean} = {}): BylineFacts | undefined {
  const t = line
    .replace(/\s+/g, " ")
    .trim()
    // "(Reporters: Jane Roe, John Doe)" closing a story: the writers' credit in brackets, read as it is without them
    .replace(/^\(\s*((?:reporters?|writers?|correspondents?|authors?)\s*:[^()]{3,120}?)\s*\)$/i, "$1")
    // ("Por / By Jane Roe", "By / Par Jane Roe": a bilingual page's byline gives "by" in both its languages)
    .replace(BILINGUAL_BY, "By ");
  // "(Reporting by A in X and B in Y; Additional reporting by C; Writing by D; Editing by E)": a wire's credit.
  // (a plain byline in a credit's words, "Reported by Jane Roe for Steppe Post", reads as any byline below)
  if (CREDIT_HEAD.test(t)) {
    const credit = readCredit(t);
    if (credit || t.length > 160 || /^\(?\s*(?:additional\s+reporting|editing|edited)\b/i.test(t)) return credit;
  }
  if (!t || t.length > 160) return undefined;
  // ("Author Information", "Author details": a box's heading after the story, naming nobody)
  if (
    /^(?:about\s+the\s+)?authors?(?:'s|’s)?\s+(?:information|info|details|bio|biography|profile|notes?)\s*:?$/i.test(t)
  )
    return undefined;
  // "Last updated: 4 Dec 2025 | Published: 3 Dec 2025": the part that says when it was published dates the line.
  // ("By Jane Roe | Paper | Updated: 8 April 2025 | Published: 7 April 2025", "This article was first published on …":
  // wherever the part saying when it was published stands)
  const publishedPart = PUBLISHED_PART.exec(t)?.[1];
  const date = (publishedPart ? parseDateline(publishedPart) : undefined) ?? parseDateline(t);
  const out: BylineFacts = {};
  if (date) {
    out.date = date;
    out.dateKind = /\btoday\b|^(?:Today|Сегодня)/i.test(t)
      ? "banner"
      : PUBLISHED_LABEL.test(publishedPart ?? t)
        ? "published"
        : /^(?:last\s+)?(?:updated|modified|edited|revised)\b/i.test(t) || datePartLabelled(t, date)
          ? "updated"
          : // ("Wednesday, 2 April 2025 - Strasbourg": a sitting's day and place over its record, no site's banner)
            beforeTitle && WEEKDAY.test(t) && !/\d{4}\s+[-–—]\s+\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?$/u.test(t)
            ? "banner"
            : "dateline";
  }
  // "Hearing Date: Wednesday, March 4, 2026 | Time: 10:00 AM | Location: Room 114": a labelled date line, whose other
  // fields (a time, a room) name no author, publisher or place.
  const label = /^((?:\p{L}+\s+){0,2})date\s*:/iu.exec(t);
  if (date && label && !/\bby\b/i.test(t))
    return {
      date,
      dateKind: label[1] && !/^(?:publication|release|issue|pub)\s/i.test(label[1]) ? "dateline" : "published"
    };
  // "BAKU, Azerbaijan, December 3. By Jane Roe – Steppe Wire:" set as its own line above the story.
  if (/:$/.test(t)) {
    const lead = readLeadDateline(`${t} `);
    if (lead?.author && lead.length >= t.length) {
      const {length: _length, ...facts} = lead;
      return facts;
    }
  }
  // "English (EN)", "Русский (RU)": a language switcher, the page's language with its code, names no place or agency.
  if (LANGUAGE_CHOICE.test(t)) return undefined;
  // "KAWAMURA Ryota (Senior Fellow, JFIS)": a name, then the writer's role in brackets, no dateline's agency (the family
  // name in capitals set in running case, as a reader writes it).
  const bracketed = NAME_PAREN_ROLE.exec(t);
  const bracketedName = bracketed ? familyInCapitals(bracketed[1]!) : undefined;
  if (bracketedName && AUTHOR_ROLE.test(bracketed![2]!.split(",")[0]!) && isPersonName(bracketedName))
    return {author: bracketedName};
  // "Astana, Kazakhstan, March 5 (Turan Express)" / "TASHKENT, 12 May. /Dunyo/.": an agency's dateline set as its
  // own line above the story (the form that opens a wire story's first paragraph, without the story).
  if (/[)/]\s*\.?$/.test(t) && !/^by\b/i.test(t)) {
    const lead = readLeadDateline(`${t.replace(/\.$/, "")} — `);
    if (lead?.publisher && lead.length >= t.replace(/\.$/, "").length) {
      const {length: _length, ...facts} = lead;
      if (date && !facts.date) {
        facts.date = date;
        facts.dateKind = "dateline";
      }
      return facts;
    }
  }
  let rest = withoutDate(
    t.replace(/^(?:first\s+)?(?:published|posted|released|(?:last\s+)?updated|modified)(?:\s+(?:on|at))?\s*:?\s*/i, "")
  );
  // "By Jane Roe", "by Reuters", "Original Author: Jane Roe", "Author: Jane Roe", "Written by …",
  // "(Reporting by Jane Roe; Editing by John Doe)": the reporter, not the editor ("Additional reporting by …" names
  // helpers, not the writer).
  // ("Story: Jane Roe; Photos: John Doe", "By Jane Roe; Editing by John Doe": the credit of another hand after a
  // semicolon is no writer's)
  const credited = rest.replace(
    /\s*;\s*(?:photos?|pictures?|images?|video|graphics?|illustrations?|editing|edited|additional reporting|translat(?:ed|ion))\s*(?:by\b|:).*$/i,
    ""
  );
  const by =
    /^\(?(?:reporting|writing) by\s+([^;)]+)/i.exec(rest) ??
    /^(?:(?:original\s+)?authors?(?:\(s\))?|written by|words by|reported by|interviewed by|prepared by|(?:text|words) (?:and|&) (?:photos?|pictures?)|text|story by|(?:story|words)\s*(?=:)|(?:guest\s+)?(?:analysis|commentary|opinion|column|essay|op-ed|interview|post|blog post|article|comment|contribution) by)\s*[:|-]?\s*(.+)$/i.exec(
      credited
    ) ??
    /^(?:writers?|reporters?|contributors?|correspondents?)\s*:\s*(.+)$/i.exec(rest) ??
    // ("By: Jane Roe": the label with a colon)
    /^by(?:\s*:\s*|\s+)(.+)$/i.exec(credited) ??
    // ("von Lukas Pammesberger", "par Jeanne Roux": a byline in the page's own language, see FOREIGN_BYLINE)
    FOREIGN_BYLINE.exec(credited);
  // "Authors: Jane Roe, Partner, London; John Doe, Counsel, Astana": writers listed by semicolons, each name with its
  // role and office after commas (the roles and places name no publisher).
  const listed = by?.[1]!
    .split(/\s*;\s*/)
    .map((p) => p.split(/\s*,\s*/)[0]!.trim())
    .filter(Boolean);
  if (listed && listed.length >= 2 && listed.every((n) => isPersonName(n) && !isOrganisation(n)))
    return {...out, author: joinNames(listed), ...(out.dateKind === "dateline" ? {dateKind: "byline" as const} : {})};
  if (by) {
    // "By Jane Roe in Politics on" (the date already taken out): the name ends before "in <section>", "on", "at".
    const parts = by[1]!
      // ("By Jane Roe - Reporter / @janeroe", "By Jane Roe, @SteppeDaily": a social-media handle names neither the
      // writer nor the publisher; an e-mail address, "jane@paper.com", is left alone)
      .replace(/\s*(?<![\w.])@[A-Za-z0-9_]{2,}\b/g, "")
      // ("By business reporter Jane Roe", "By senior political correspondent Jane Roe", "By staff writer JANE ROE": the
      // writer's desk in running case between "By" and the name is no part of it; "By our correspondent" names nobody)
      .replace(BYLINE_ROLE, "")
      // ("Written by Jane Roe based on reporting by …": the writer's name ends before the reporting)
      .replace(/\s+based on\b.*$/i, "")
      // ("By Jane Roe with John Doe in Osh": a reporter who helped, named after "with", is no writer of the piece)
      .replace(
        /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+with\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s+in\s+\p{Lu}[\p{L}'’.-]+(?:[\s-]\p{Lu}[\p{L}'’.-]+)?)?(?=$|\s*[|·•,])/u,
        "$1"
      )
      // ("By JANE ROE/ Staff Writer": a slash before the role, as a bar)
      // ("By Jane Roe / Steppe Post Staff Writer": a slash set apart by spaces, as a bar)
      .split(/\s*[|·•]\s*|\s+[–—-]\s+|(?<=\p{L})\/\s+|\s+\/\s+/u)
      .map(cleanName)
      .filter(Boolean);
    for (const [k, part] of parts.entries()) {
      // "By JANE ROE in Almaty and JOHN DOE in Tashkent": reporters, each with the place the person reported from.
      const reporters = k === 0 ? reporterNames(part) : undefined;
      if (reporters) {
        out.author ??= reporters;
        continue;
      }
      // "By Jane Roe | The Steppe Courier | Updated: …": a title with "The" is a publication's, never a person's; a
      // date's label left alone by the date ("Updated:") names nobody.
      // ("By Jane Roe / The Steppe Post Correspondent": the writer's desk at the paper, no publisher)
      if (
        // ("By The Rt Hon Jane Roe": a minister's style, no publication)
        /^The\s+(?!(?:Rt\.?\s+|Right\s+)?Hon(?:ou?rable|\.)?\s)\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}'’.&-]*){0,4}$/u.test(
          part
        ) &&
        !(k > 0 && AUTHOR_ROLE.test(part.split(/\s+/).at(-1)!))
      ) {
        out.publisher ??= part;
        continue;
      }
      if (DATE_LABEL_ONLY.test(part)) continue;
      const n = part
        .replace(/\s+(?:in\s+\p{Lu}[\p{L}&' -]*?\s*)?(?:on|at|updated|published)?\s*$/u, "")
        .replace(/\s+in\s+\p{Lu}[\p{L}&' -]*$/u, "");
      // "By JANE ROE Associated Press": a name in capitals, then the organisation in running case.
      const capsThenOrg = /^(\p{Lu}{2,}(?:[\s'’-]+\p{Lu}{2,}){1,3})\s+(\p{Lu}\p{Ll}.*)$/u.exec(n);
      if (capsThenOrg && (isOrganisation(capsThenOrg[2]!) || AUTHOR_ROLE.test(capsThenOrg[2]!))) {
        out.author ??= capsThenOrg[1]!;
        // ("By JANE ROE Staff Writer", "… Senior Correspondent": the writer's role, no publisher)
        if (!AUTHOR_ROLE.test(capsThenOrg[2]!)) out.publisher ??= capsThenOrg[2]!;
        continue;
      }
      // "Jane Roe, Reuters" / "Jane Roe for Trend"; "Jane Roe, Senior Fellow, Energy Programme": after a role the
      // organisation is the author's affiliation, not the publisher.
      const bits = n.split(/\s*,\s*|\s+for\s+/).map(cleanName);
      let affiliation = false;
      for (const p of bits) {
        if (!p || /^\d/.test(p)) continue;
        if (AUTHOR_ROLE.test(p) && !AGENCY.test(p)) {
          affiliation = true;
          continue;
        }
        if (affiliation) continue;
        // "by Jane Roe | Mar 14, 2024 | Energy": a section; "By Staff": no publisher named.
        if (SECTION.test(p) || /^(?:staff|editorial|desk|team|newsroom|editors?)$/i.test(p)) continue;
        // "By Northline Staff": a wire's signature written as a name (the house's name and "Staff" capitalised, nothing
        // after it) is the byline's author as written, the house its publisher; "By Steppe Wire staff", "staff
        // reporters" in running case credit the desk and name no author.
        const signature = /^(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\s+Staff$/u.exec(p);
        if (signature && k === 0 && bits.length === 1) {
          out.author ??= p;
          out.publisher ??= signature[1]!;
          continue;
        }
        // "By Steppe Wire staff": the organisation, not its desk.
        if (isOrganisation(p))
          out.publisher ??= p.replace(
            // "Steppe Daily politics desk": the name ends before the desk's lower-case words.
            /(?:\s+\p{Ll}[\p{L}-]*)*\s+(?:[Ss]taff|[Dd]esk|[Tt]eam|[Rr]eporters?|[Cc]orrespondents?|[Ee]ditors?|[Nn]ewsroom)$/u,
            ""
          );
        else if (NAMES_ONLY.test(p)) {
          // ("Correspondents: Jane Roe, John Doe": every writer listed, as "Jane Roe and John Doe")
          if (out.author === undefined) out.author = p;
          else if (isPersonName(p) && !affiliation && isPersonName(out.author.split(/\s+and\s+/).at(-1)!))
            out.author = joinNames([...out.author.split(/\s*,\s*|\s+and\s+/), p]);
        }
      }
    }
    if (out.author && out.dateKind === "dateline") out.dateKind = "byline";
    if (out.publisher && out.dateKind === "dateline") out.dateKind = "byline";
    return out.author || out.publisher || out.date ? out : undefined;
  }
  // "Jane Roe in London and John Doe in Baku": writers listed with the place each reported from, on a line of their own
  // with no "By" — two names or more, each with its "in <Place>" (one name with a place, "Xi Jinping in Astana", is as
  // often a headline).
  if (!date && /\s(?:and|&)\s/.test(rest)) {
    const each = rest.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/);
    const reporters = each.length >= 2 && each.every((n) => REPORTED_FROM.test(n)) ? reporterNames(rest) : undefined;
    if (reporters) return {author: reporters};
  }
  // "Jane Roe, Steppe Post", "Jane Roe, Reuters": a name and the medium the person writes for.
  const forOutlet =
    /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+((?:The\s+)?\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,4})$/u.exec(
      rest
    );
  if (
    !date &&
    forOutlet &&
    isPersonName(forOutlet[1]!) &&
    // (a wire's bare name, "Jane Roe, Sputnik", is as often a photo credit: a medium's word or a domain is needed)
    (/\./.test(forOutlet[2]!) ? isPublisherName(forOutlet[2]!) : MEDIUM_WORD.test(forOutlet[2]!))
  )
    return {author: forOutlet[1]!, publisher: forOutlet[2]!};
  // "Jane Roe | Granary Street": a writer's name and, after a bar, the outlet's name (capitalised words, no section, no
  // place, no role): the writer (the outlet is the publisher when its name says it is a medium).
  const barred =
    /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+[|•·]\s+((?:The\s+)?\p{Lu}[\p{L}\d.&'’-]*(?:\s+(?:(?:of|and|for|the|on)\s+)*\p{Lu}[\p{L}\d.&'’-]*){0,4})$/u.exec(
      rest
    );
  if (
    !date &&
    barred &&
    isPersonName(barred[1]!) &&
    // (a site's buttons, "Sign In | Subscribe", "Log In | Create Account", are no writer and outlet)
    !/\b(?:In|Out|Up|Account|Login|Logout|Register|Subscribe|Search|Menu|Home|Donate)\b/.test(barred[1]!) &&
    // (an outlet of one word is a domain's, a wire's or an agency's initials: "Jane Roe | Kapital.kz", "… | Reuters",
    // "… | WNA")
    (/\s/.test(barred[2]!) || /\./.test(barred[2]!) || /^\p{Lu}{2,6}$/u.test(barred[2]!) || AGENCY.test(barred[2]!)) &&
    !SECTION.test(barred[2]!) &&
    !AUTHOR_ROLE.test(barred[2]!) &&
    !PLACE_NAME.test(barred[2]!)
  )
    return {
      author: barred[1]!,
      ...(MEDIUM_WORD.test(barred[2]!) || /^The\s/.test(barred[2]!) ? {publisher: barred[2]!} : {})
    };
  // "Jane Roe | New Delhi", "Jane Roe  |  Hong Kong": the writer and, after a bar, the city the story was filed from,
  // a city of two words or more (a country or a region after the bar is a tag row, "Jane Roe | Kazakhstan", and a
  // single word is as often a tag, "Jane Roe | Newsletters": no byline).
  const filed =
    /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+[|•·]\s+(\p{Lu}[\p{L}'’.-]+(?:[\s-]\p{Lu}[\p{L}'’.-]+){0,2})$/u.exec(
      rest
    );
  if (
    !date &&
    filed &&
    isPersonName(filed[1]!) &&
    !/\b(?:In|Out|Up|Account|Login|Logout|Register|Subscribe|Search|Menu|Home|Donate)\b/.test(filed[1]!) &&
    MULTIWORD_PLACE.test(filed[2]!) &&
    !/^(?:Sri Lanka|(?:South|North) Korea|Saudi Arabia|United (?:States|Kingdom)|Central Asia|Middle East|South Caucasus)$/i.test(
      filed[2]!
    ) &&
    !SECTION.test(filed[2]!) &&
    !AUTHOR_ROLE.test(filed[2]!) &&
    !AGENCY.test(filed[2]!) &&
    !isOrganisation(filed[2]!)
  )
    return {author: filed[1]!};
  // "Jane Roe, Steppe Policy Centre": a name and the writer's institution (an affiliation, not the publisher).
  // (an official's name and ministry, "Jane Roe, Ministry of Energy", is no byline)
  if (
    !date &&
    forOutlet &&
    isPersonName(forOutlet[1]!) &&
    // (a research body, not a union, a council or a ministry: "Jane Roe, European Union" is an official's line)
    /\b(?:Institute|Institution|Centre|Center|University|Foundation|Forum|Academy|Endowment|Club|Programme|Program|Initiative|Lab|Studies|Observatory|Research)\b/.test(
      forOutlet[2]!
    )
  )
    return {author: forOutlet[1]!};
  // "Nikolai Kuzmin, Senior Fellow": a name and the author's role ("Jane Roe | Associate Fellow, Energy Programme").
  const roled = NAME_AND_ROLE.exec(rest) ?? NAME_BAR_ROLE.exec(rest);
  if (
    !date &&
    roled &&
    AUTHOR_ROLE.test(roled[2]!) &&
    roled[1]!.split(/\s+(?:and|&)\s+/).every((n) => !isOrganisation(n) && !/^[\p{Lu}\d]+$/u.test(n))
  )
    return {author: roled[1]!};
  // "Jane Roe Diplomatic editor", "Jane Roe Energy correspondent": a name, then the writer's role in running case
  // with no comma (a capitalised word, lower-case words, the role's noun last).
  const nameRole = NAME_THEN_ROLE.exec(rest);
  if (!date && nameRole && AUTHOR_ROLE.test(nameRole[2]!.split(/\s+/).at(-1)!) && isPersonName(nameRole[1]!))
    return {author: nameRole[1]!};
  // "Jane Roe, John Doe": writers listed by commas alone, with no "By" (an analysis centre's byline under its title);
  // the gold and the reader write them "Jane Roe and John Doe".
  if (!date && /,/.test(rest) && !/\band\b|&/.test(rest) && isPersonList(rest))
    return {author: joinNames(rest.split(/\s*,\s*/))};
  if (!date) return undefined;
  // "ASTANA. 22.12.2022. Qazaq News Agency": the place in capitals first, then the agency.
  const placed = /^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*)\s*[.,][\s.,–—-]*(\p{Lu}.*)$/u.exec(rest);
  if (placed && !/^[\p{Lu} &]+$/u.test(placed[2]!)) {
    out.place = placed[1]!;
    rest = placed[2]!;
  }
  // "Trend, 5 March 2024" / "Astana 12.03.2024" / "INTERVIEWS  01 June 2023 - 17:27" / "Jane Roe, 5 March 2024" /
  // "Jane Roe · 5 March 2024 · 6 min read": each part beside the date is an agency, a person, a place or a section.
  const parts = rest
    .split(/\s*[|·•]\s*|\s+\/\s+/)
    .map((p) => p.replace(/^[\s,.;:–—-]+|[\s,.;:–—-]+$/g, ""))
    .filter(
      (p) =>
        p &&
        !/^\d+\s*min(?:ute)?s?(?:\s+read)?$/i.test(p) &&
        !/^(?:views?|просмотр\w*)?:?\s*[\d\s]+(?:views?)?$/i.test(p)
    );
  // (a list of writers may be longer: "Jane Roe-Smith, John Doe-Jones | …")
  if (parts.length > 3 || parts.some((p) => p.length > 40 && !(p.length <= 90 && isPersonList(p))))
    return rest.length > 40 ? undefined : out;
  for (const p of parts) {
    // "03 Dec 2025 | Jane Roe, Nonresident Scholar": a name and the author's role beside the date.
    // ("Jane Roe Senior analyst | 3 Dec 2025": the role in running case with no comma, as on a line of its own)
    const roledPart = NAME_AND_ROLE.exec(p) ?? NAME_THEN_ROLE.exec(p);
    if (
      roledPart &&
      AUTHOR_ROLE.test(roledPart[2]!.split(/\s+/).at(-1)!) &&
      (roledPart[0].includes(",") || !/,/.test(roledPart[2]!)) &&
      isPersonName(roledPart[1]!)
    ) {
      out.author ??= roledPart[1]!;
      if (out.dateKind === "dateline") out.dateKind = "byline";
      continue;
    }
    // ("Jane Roe, John Doe | 3 Dec 2025": writers listed by a comma beside the date, written "Jane Roe and John Doe")
    if (/,/.test(p) && !/\band\b|&/.test(p) && isPersonList(p)) {
      out.author ??= joinNames(p.split(/\s*,\s*/));
      if (out.dateKind === "dateline") out.dateKind = "byline";
      continue;
    }
    // ("All News 16:52 June 04, 2026": a news site's list, not its name; "Jane Roe · Correspondent · 19 June 2025": a
    // role alone beside the name is no publisher)
    if (!/^[\p{Lu}][\p{L}.'’ /-]*$/u.test(p) || SECTION.test(p) || NEWS_LIST.test(p) || ROLE_ONLY.test(p)) continue;
    // "The CACI Analyst", "The Astana Times": a title with "The" beside a date is a publication, never a person.
    if (
      AGENCY.test(p) ||
      (ORG_WORD.test(p) && !/^[A-Z &]+$/.test(p)) ||
      /^The\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}$/u.test(p)
    )
      out.publisher ??= p;
    else if (/^[A-Z &]{3,}$/.test(p)) continue;
    // ("Sector Comment | 05/14/2024 8:26 AM": the kind of piece on the writer's line, with the piece's stamp)
    else if (PIECE_KIND.test(p)) {
      if (out.dateKind === "dateline") out.dateKind = "byline";
    } else if (isPersonName(p) || isPersonList(p)) {
      out.author ??= p;
      if (out.dateKind === "dateline") out.dateKind = "byline";
    } else out.place ??= p;
  }
  return out;
}

/** A writer with the place the story was filed from: "Jane Roe in London", "John Doe in Nur-Sultan". */
const REPORTED_FROM =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+in\s+\p{Lu}[\p{L}'’.-]*(?:[\s-]\p{Lu}[\p{L}'’.-]*){0,2}$/u;

/** A wire's credit: "(Reporting by …; Additional reporting by …; Writing by …; Editing by …)". */
const CREDIT_HEAD = /^\(?\s*(?:additional\s+)?(?:reporting|reported|writing|written|editing|edited)\s+by\s/i;

/**
 * Reads a wire's credit by its parts: the reporters are the authors ("Reporting by A in X and B in Y"); where no
 * reporter is named, the writer ("Writing by C"); never those who helped ("Additional reporting by …"), edited or
 * made the pictures. Undefined when the credit names no reporter or writer.
 */
function readCredit(t: string): BylineFacts | undefined {
  if (t.length > 400) return undefined;
  let reporters: string | undefined;
  let writers: string | undefined;
  for (const seg of t.replace(/^\(\s*|\s*\)?\.?\s*$/g, "").split(/\s*;\s*/)) {
    const m = /^(additional\s+)?(reporting|reported|writing|written|editing|edited|[\p{L} ]{2,30})\s+by\s+(.+)$/iu.exec(
      seg.trim()
    );
    if (!m || m[1]) continue;
    const kind = m[2]!.toLowerCase();
    if (/^report/.test(kind)) reporters ??= reporterNames(m[3]!);
    else if (/^writ/.test(kind)) writers ??= reporterNames(m[3]!);
  }
  const author = reporters ?? writers;
  return author ? {author} : undefined;
}

/** A name in capitals ("JANE O'ROE") set in title case, so that it can be checked as a person's name. */
function titled(name: string): string {
  return /\p{Ll}/u.test(name)
    ? name
    : name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, a: string, c: string) => a + c.toUpperCase());
}

/**
 * Reporters' names, each with at most the place the person reported from or the desk the person works for: "Jane Roe
 * in Almaty and John Doe in Tashkent", "JANE ROE in Astana, JOHN DOE in Beijing", "Jane Roe of the Steppe Service" →
 * "Jane Roe and John Doe". Undefined unless every part is a person's name (in capitals or in running case).
 */
function reporterNames(s: string): string | undefined {
  const names = s
    .replace(/[\s.]+$/, "")
    .split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/)
    .map((n) =>
      n
        .replace(/\s+(?:in|from)\s+\p{Lu}[\p{L}'’.-]*(?:[\s-]\p{Lu}[\p{L}'’.-]*){0,2}$/u, "")
        .replace(/\s+of\s+(?:the\s+)?\p{Lu}.*$/u, "")
        .trim()
    )
    .filter(Boolean);
  // ("Jane Roe, Senior Fellow": a role reads as a name, and is none)
  if (names.length === 0 || names.length > 4 || !names.every((n) => isPersonName(titled(n)) && !AUTHOR_ROLE.test(n)))
    return undefined;
  return joinNames(names);
}

/** Writers' names as a byline lists them: "Jane Roe and John Doe", "Jane Roe, John Doe and Ann Poe". */
export function joinNames(names: readonly string[]): string {
  return names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** A byline's part that is only a date's label once the date is taken out ("Updated:", "Published", "Last modified"). */
const DATE_LABEL_ONLY =
  /^(?:(?:first|last)\s+)?(?:updated|update|published|posted|modified|edited|revised)(?:\s+(?:on|at))?\s*:?$/i;

/**
 * Whether the part of a line that holds its date ("By Jane Roe | Paper | Updated: 2025-04-07") opens with an update's
 * label, the line's other parts holding no date.
 */
function datePartLabelled(t: string, date: string): boolean {
  const parts = t.split(/\s*[|·•]\s*/);
  const dated = parts.filter((p) => parseDateline(p) !== undefined);
  return (
    dated.length === 1 &&
    parseDateline(dated[0]!) === date &&
    /^(?:last\s+)?(?:updated|modified|edited|revised)\b/i.test(dated[0]!)
  );
}

/** A writer's role alone ("Correspondent", "Senior Staff Writer", "Contributing Editor"): no name, no publisher. */
const ROLE_ONLY =
  /^(?:(?:senior|chief|special|staff|contributing|foreign|political|economic|regional|guest|associate|deputy|managing)\s+)*(?:correspondent|reporter|writer|editor|columnist|contributor|journalist|analyst|fellow)s?$/i;

/** A site's list of stories named beside a date ("All News", "Latest News", "Top News"): no publisher. */
const NEWS_LIST = /^(?:all|latest|top|breaking|national|world|local|daily|more) news$/i;

/** Two or three people's names joined by "and" or "&" ("Zeynep Aksoy and Daniyar Sadykov"). */
function isPersonList(p: string): boolean {
  const names = p.split(/\s*,\s*|\s+(?:and|&)\s+/);
  return names.length >= 2 && names.length <= 3 && names.every(isPersonName);
}

/** Places of two or three words that read like a person's name in a dateline ("New York 5 March 2024"). */
const MULTIWORD_PLACE =
  /^(?:New York|New Delhi|Hong Kong|Abu Dhabi|Kuala Lumpur|San Francisco|Los Angeles|Tel Aviv|Buenos Aires|Rio de Janeiro|Sao Paulo|São Paulo|Cape Town|Addis Ababa|Mexico City|Kuwait City|Panama City|Hanoi City|Ust-Kamenogorsk|Nur-Sultan|Ho Chi Minh City|Saint Petersburg|St\.? Petersburg|Nizhny Novgorod|Rostov-on-Don|Bandar Abbas|Dar es Salaam|Phnom Penh|Sri Lanka|South Korea|North Korea|Saudi Arabia|United States|United Kingdom|Central Asia|Middle East|South Caucasus)$/i;

/** A place after a name's bar ("Jane Roe | Kazakhstan", "Jane Roe | Central Asia"): a tag row, no outlet. */
const PLACE_NAME = new RegExp(
  `${MULTIWORD_PLACE.source}|^(?:\\p{L}+stan|Russia|China|Europe|Asia|Eurasia|Turkey|Türkiye|Iran|India|Mongolia|Azerbaijan|Georgia|Armenia|Ukraine|Belarus|Africa|America|World)$`,
  "iu"
);

/**
 * A byline in the page's own language on a page in English (a daily's English service keeps its house's "von", "par",
 * "por", "door", "av"): the word for "by" in lower case, then a person's name of two words or more ("von Lukas
 * Pammesberger"). Never a nobiliary particle: "von der Leyen …", "von Weizsäcker" (a particle's next word is in lower
 * case, or the surname stands alone), "Von der Leyen in Astana" (a headline opens with a capital).
 */
export const FOREIGN_BYLINE =
  /^(?:von|par|por|door|av)\s+(\p{Lu}\p{Ll}[\p{L}'’.-]*\s+(?:(?:de|van|von|der|den|la|le|da|di|del|dos)\s+)*\p{Lu}.*)$/u;

/**
 * A kind of piece or document as a line's last word ("Non-Rating Action Commentary", "Sovereign Credit Update",
 * "Country Report", "Policy Brief"): a form's or a category's line, never a person's surname. A word opening with
 * "Non-" is a negation, no name either.
 */
const PIECE_KIND =
  /(?:^|\s)(?:Commentary|Commentaries|Comment|Analysis|Analyses|Report|Reports|Update|Updates|Brief|Briefing|Memo|Notes?|Paper|Papers|Review|Outlook|Bulletin|Digest|Summary|Explainer|Insights?|Release|Statement|Readout|Transcript|Session|Factsheet|Opinion|Editorial|Overview|Backgrounder|Newsletter|Podcast)$|(?:^|\s)Non-\p{Lu}/u;

/**
 * A list's heading over the names of the people who speak or take part ("Company Participants", "Conference Call
 * Participants", "Panel Speakers"): no person's name.
 */
export function namesPeopleList(t: string): boolean {
  return /(?:^|\s)(?:Participants|Speakers|Panell?ists|Executives|Analysts|Attendees|Presenters|Moderators)$/u.test(
    t.trim()
  );
}

/** A line naming a kind of piece, not a person ("Sector Comment", "Non-Rating Action Commentary"). */
export function namesPieceKind(t: string): boolean {
  return PIECE_KIND.test(t.trim());
}

/** Two to four words in capitals, as a byline sets a name ("TARIQ AL-HARBI", "DANIEL ORTEGA MARÍN"). */
export const CAPITALS_NAME = /^\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){1,3}$/u;
/** A name in capitals in running case: "AL-HARBI" → "Al-Harbi", "O'BRIEN" → "O'Brien", "MARÍN" → "Marín". */
export const runningCase = (t: string) =>
  t.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, before: string, c: string) => before + c.toUpperCase());

/** Two to four capitalized words that are not a place or an organisation: "Joanna Roe", "Aigerim Seisembayeva". */
export function isPersonName(p: string): boolean {
  // (five parts at most: a fifth says "too many words" as well as all of them would; a paragraph is not split whole)
  const words = p.split(/\s+/, 5);
  return (
    words.length >= 2 &&
    !/^(?:the|a|an)$/i.test(words[0]!) &&
    words.length <= 4 &&
    // (an initial before the surname: "S Jaishankar", "J. Smith")
    words.every(
      (w, k) =>
        // ("Kassym-Jomart", "O'Doe", "McLeod": a capital after a hyphen, an "O'" or a "Mc")
        /^(?:\p{Lu}['’]|Mc|Mac)?\p{Lu}[\p{Ll}'’.]+(?:-\p{Lu}?[\p{Ll}'’.]+)*$/u.test(w) ||
        /^(?:de|van|von|al|el|bin|ibn)$/.test(w) ||
        (k < words.length - 1 && /^\p{Lu}\.?$/u.test(w))
    ) &&
    !MULTIWORD_PLACE.test(p) &&
    !PIECE_KIND.test(p) &&
    !namesPeopleList(p) &&
    !/(?:^|\s)(?:\p{L}+stan|Russia|China|Today|Daily|Asia|Europe|Eurasia|Turkey|Türkiye|Iran|India|Mongolia|Azerbaijan|Georgia|Armenia|Ukraine|Belarus|World|Global|Capital|City|Region|Oblast)(?:\s|$)/u.test(
      p
    ) &&
    !isOrganisation(p)
  );
}

/** A wire story's opening: `ALMATY, March 5, 2024 (Reuters) - …`, `MOSCOW, March 5. /TASS/. …`, `Tehran, IRNA – …`. */
export interface LeadDateline extends BylineFacts {
  /** Characters of the paragraph the dateline takes (up to the dash or stop that ends it). */
  length: number;
}

const LEAD = new RegExp(
  String.raw`^(\p{Lu}[\p{Lu}\p{L}'’.-]*(?:[ /-]\p{Lu}[\p{L}'’.-]*){0,3})` + // place ("ASTANA/BAKU": two cities)
    String.raw`(?:\s*\[\p{Lu}[\p{L} ]{1,30}\])?` + // "New Delhi [India]": the state in square brackets
    // ", Kazakhstan"; ", IRNA" after a place in running case; never a month's name ("Amman, Nov. 26 (JNA) -")
    String.raw`(?:,\s*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)(\p{Lu}[\p{L}]+))?` +
    String.raw`(?:[,.]?\s+((?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{1,2}[./]\d{1,2}[./]\d{4}))?` + // date
    // (Agency) or /Agency/; an agency's name may keep its brand in guillemets or quotes ("/NIAT «Sitora»/")
    String.raw`[.,]?\s*(?:[(/]\s*([\p{L}][\p{L}\d .&/«»"“”-]{1,30}?)\s*[)/])?` +
    String.raw`\s*(?:[.:]?\s*(?:--|[-–—])|[.:])\s+`,
  "u"
);

/** A dateline with the reporter's byline and the agency's name before a colon. */
const SIGNED_LEAD = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+)?)(?:,\s*\p{Lu}[\p{L}]+)?,\s*((?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?)\.?\s+[Bb]y\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*[–—-]+\s*(\p{Lu}[\p{L}\d.&'’ -]{1,30}?)\s*:\s*`,
  "u"
);

/** A word in capitals that names a wire service: one the list knows, or one built as such names are. */
function isAgencyWord(w: string): boolean {
  return AGENCY.test(w) || /\p{Lu}(?:PRESS|NEWS|INFORM|TASS|INFO|MEDIA|WIRE|TV)$/u.test(w);
}

/** Reads the dateline that opens a wire story's first paragraph, when there is one. */
export function readLeadDateline(paragraph: string): LeadDateline | undefined {
  // "BAKU, Azerbaijan, December 3. By Jane Roe – Steppe Wire: …": the dateline, the byline and the agency before a colon.
  const signed = SIGNED_LEAD.exec(paragraph);
  if (signed && isPersonName(signed[3]!)) {
    const out: LeadDateline = {length: signed[0].length, place: signed[1]!, author: signed[3]!, publisher: signed[4]!};
    const d = parseDateline(signed[2]!);
    if (d) {
      out.date = d;
      out.dateKind = "byline";
    }
    return out;
  }
  const m = LEAD.exec(paragraph);
  if (!m) return undefined;
  let place = m[1]!;
  const dateText = m[3];
  let agency = m[4]?.trim();
  // "Dushanbe, PARSNEWS – …": after a place in running case, a name in capitals is the agency when it is a wire's
  // name or reads as one ("…NEWS", "…PRESS", "…INFORM"); "Almaty, KAZAKHSTAN –" names a state, no publisher.
  if (!agency && m[2] && /^\p{Lu}{3,}$/u.test(m[2]) && /\p{Ll}/u.test(place) && isAgencyWord(m[2])) agency = m[2];
  // "ASTANA. KAZINFORM – …": the place, then the agency's name in capitals.
  const split = /^(\p{Lu}{3,}(?:[ -]\p{Lu}{3,})?)\.\s+(\p{Lu}[\p{Lu}\d.-]{2,}(?:\s+\p{Lu}[\p{Lu}\d.-]+)?)$/u.exec(
    place
  );
  if (split && !agency) {
    place = split[1]!;
    const name = split[2]!;
    agency = name.length > 4 ? name.charAt(0) + name.slice(1).toLowerCase() : name;
  }
  // A place in a dateline is set in capitals ("ALMATY") or followed by a date or an agency.
  const capsPlace = /^[\p{Lu}\s.'’-]{3,}$/u.test(place);
  if (!capsPlace && !dateText && !agency) return undefined;
  if (!dateText && !agency && !capsPlace) return undefined;
  const out: LeadDateline = {length: m[0].length, place};
  const d = dateText ? parseDateline(dateText) : undefined;
  if (d) {
    out.date = d;
    out.dateKind = "dateline";
  }
  // "(Reuters)", "(Caspian Reporter)", "/TASS/": the slot after a wire dateline holds the agency's name.
  // ("/NIAT «Sitora»/": initials and the brand in guillemets or quotes)
  if (
    agency &&
    (isOrganisation(agency) ||
      /^\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}$/u.test(agency) ||
      /^\p{Lu}{2,6}\s+[«"“]\p{Lu}[\p{L}-]*[»"”]$/u.test(agency))
  )
    out.publisher = agency;
  if (!out.date && !out.publisher && !capsPlace) return undefined;
  return out;
}

/**
 * The occupations a writer's short biography names, in any case ("an Associate Research Fellow", "a senior fellow",
 * "a staff writer"): a lexicon of the trades that write analysis and news (research, teaching, journalism, diplomacy,
 * public office, consulting, law).
 */
const BIO_ROLE =
  /\b(?:fellow|researcher|analyst|professor|lecturer|teacher|scholar|scientist|expert|specialist|economist|historian|sociologist|journalist|reporter|correspondent|editor|writer|columnist|commentator|author|contributor|director|head|chair|chairman|chairwoman|dean|founder|co-founder|partner|consultant|adviser|advisor|ambassador|diplomat|consul|envoy|minister|negotiator|representative|officer|official|manager|coordinator|candidate|student|graduate|lawyer|associate|strategist|practitioner)s?\b/iu;
/** A person's name opening a biography: two to four capitalised words, an initial or a particle between them. */
const BIO_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|de|van|von|al|el|bin|ibn|da|di|du|la|le|der|den)){0,2}\s+\p{Lu}[\p{L}'’-]+`;
/**
 * A biography's first sentence: the name (an apposition may follow), then a copula or a verb of holding a post with
 * the post ("Jane Roe is an Associate Fellow with …", "Jane Roe was the director of …", "Dr Jane Roe serves as head of
 * …"), or a verb of work ("Jane Roe teaches at …", "Jane Roe covers energy for …").
 */
const BIO_HEAD = new RegExp(
  String.raw`^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?(${BIO_NAME})(?:,\s+([^,.]{3,120}),)?\s+(?:(is|was|has been|had been|serves as|served as|has served as|works as|worked as|remains)|(heads|leads|directs|teaches|researches|writes|covers|works|studies))\s+([^.]{0,220})`,
  "u"
);
/**
 * A named place of work after "at", "for" or "with": capitalised words to the name's end ("at Satbayev University",
 * "with the Steppe Institute for Transport Research"); a capitalised adjective before a common noun ("with the Russian
 * side") names none.
 */
const WORKPLACE =
  /^(?:at|for|with)\s+(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*\p{Lu}[\p{L}'’.&-]*)*(?:\s*\([^()]{1,20}\))?(?=\s*$|[\s,.;:]\s*(?:$|in\b|at\b|on\b|and\b|since\b|where\b|as\b|from\b|,|\.))/u;
/** Words that end a post's noun phrase before its head ("expected to meet the minister" is no post). */
const NOT_IN_POST =
  /^(?:to|of|that|with|by|for|in|on|at|and|or|who|which|whose|not|also|been|being|expected|due|set|about)$/i;

/**
 * Reads a writer's short biography (set after a piece: "Jane Roe is a Senior Fellow at the Steppe Institute."): the
 * person's name, when the sentence gives the person a post (a noun phrase after the copula whose head is a trade of
 * {@link BIO_ROLE}, in any case), or a verb of work with a trade or an organisation's name after it ("… teaches at the
 * University of …"). Undefined for any other sentence ("Jane Roe is expected to meet the minister").
 */
export function readBio(text: string): {name: string} | undefined {
  const m = BIO_HEAD.exec(text.trim());
  if (!m) return undefined;
  const rest = m[5] ?? "";
  // (the apposition's trade alone makes no post: "X, Russia's prime minister, was in Astana" tells an act; review K1)
  let post = false;
  if (m[3]) {
    // (the post's head before any preposition, relative or verb: "an Asia Keizai staff writer", "head of")
    // (or a post of another name at an organisation: "a programme lead at the Steppe Institute", after an article)
    const words = rest.split(/\s+/).slice(0, 7);
    for (const [k, w] of words.entries()) {
      if (/^(?:at|with)$/.test(w) && k >= 2 && /^(?:an?|the)$/i.test(words[0]!))
        post = WORKPLACE.test(words.slice(k).join(" "));
      if (post || NOT_IN_POST.test(w)) break;
      if (BIO_ROLE.test(w)) {
        post = true;
        break;
      }
    }
  } else
    // a verb of work in the present with a named place of work ("teaches law at Satbayev University", not "works with
    // the Russian side"), or a writer's field ("writes on maritime trade", not "writes to his counterpart")
    post =
      new RegExp(String.raw`^(?:[\p{Ll}-]+\s+){0,3}${WORKPLACE.source.slice(1)}`, "u").test(rest) ||
      (/^(?:writes|covers)$/.test(m[4]!) && /^(?:on|about)\s/.test(rest));
  const name = m[1]!;
  return post && isPersonName(name) ? {name} : undefined;
}
