/**
 * An article's metadata (title, publisher, author, date, section, the experts interviewed), read
 * from the text itself ("INTERVIEWS  01 June 2023 - 17:27", "Caliber.Az had a conversation with
 * …", "spoke in an interview with Qazinform News Agency"), then from the page's `<meta>` tags,
 * then from what the caller gives (CLI flags, a sidecar JSON).
 *
 * @module
 */
import {isIsoDate, type Issue} from "../domain/index.js";
import type {Article} from "./article.js";
import {parseDateline} from "./dates.js";
import type {HtmlMeta} from "./html.js";

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
  /** YYYY-MM-DD */
  date?: string;
  /** The site's section ("Interviews"). */
  section?: string;
  experts: Expert[];
  /** True when the article is an interview (answers belong to the expert). */
  interview: boolean;
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
  new RegExp(
    `^([\\p{Lu}][\\p{L}\\d]*(?:\\.[\\p{L}]+)?(?:\\s+News Agency)?)\\s+(?:had a conversation|presents an interview|spoke with|talked to|interviewed|asked)`,
    "u"
  ),
  /\binterview with ([\p{Lu}][\p{L}\d.]+)(?: News Agency)?(?: correspondent| reporter)?/u,
  /\b(?:on|to|for|at) ([\p{Lu}][\p{L}\d]*\.[\p{L}]{2,})$/u,
  /\b([\p{Lu}][\p{L}\d]+) News Agency (?:reported|correspondent)/u
];
const EXPERT_PATTERNS: {re: RegExp; name: number; role?: number; roleAfter?: boolean}[] = [
  // "… had a conversation with Karlygash Nugmanova (Kazakhstan), doctor of political sciences, …"
  {
    re: new RegExp(
      `(?:conversation|interview|spoke|talked) with (?:(?:Prof|Dr|Mr|Ms|Mrs)\\.\\s+)?(${NAME})\\s*(?:\\([^)]*\\))?,\\s*([^.]{3,200})`,
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
const BIO = new RegExp(`^(${NAME})\\s+(?:is|was)\\s+an?\\s+[^.]*?\\bat the ([^.,]+?)(?:\\s+of\\s+[^.]*)?\\.`, "u");

/**
 * Reads the metadata of an extracted article. Values found in the document win; `given` (flags,
 * sidecar) fills the gaps, and a given value that contradicts the document is reported as a warning.
 */
export function readMetadata(
  article: Article,
  {html = {}, given = {}, file}: {html?: HtmlMeta; given?: GivenMetadata; file?: string} = {}
): {metadata: Metadata; warnings: Issue[]} {
  const from: Record<string, string> = {};
  const text: GivenMetadata & {section?: string} = {};
  const headerTexts = article.header.map((b) => b.text);
  // Title: the first header block the extractor took as a title, else <h1>/<title>.
  if (article.title) text.title = article.title.replace(/^["“](.*)["”]$/, "$1");
  for (const h of headerTexts) {
    const d = parseDateline(h);
    if (d && !text.date && h.length < 60) {
      text.date = d;
      const section = /^([A-Z][A-Z &]{2,30}?)\s{1,}\d/.exec(h)?.[1]?.trim();
      if (section) text.section = section[0] + section.slice(1).toLowerCase();
    }
  }
  const byline = article.header.find(
    (b) =>
      /^(?:By\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}$/u.test(b.text) &&
      b.text !== article.title &&
      !/^Interview with/i.test(b.text)
  );
  if (byline) text.author = byline.text.replace(/^By\s+/, "");
  const firstParas = article.paragraphs.slice(0, 3).map((p) => p.text);
  for (const s of [...headerTexts, ...firstParas, ...article.paragraphs.slice(-3).map((p) => p.text)]) {
    for (const re of PUBLISHER_PATTERNS) {
      const m = re.exec(s);
      if (m && !text.publisher) text.publisher = m[1]!.replace(/\s+News Agency$/, "");
    }
  }
  const bio = article.footer.map((b) => BIO.exec(b.text)).find(Boolean);
  if (bio) {
    text.author ??= bio[1];
    if (article.footer.some((b) => /views expressed/i.test(b.text))) text.publisher ??= bio[2]!.trim();
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
  // Keep the richer entry when the same person came twice ("Prof. X" in the header, "X (…), doctor …" in the lead).
  const interview =
    /\binterview/i.test([...headerTexts, ...firstParas].join(" ")) ||
    article.paragraphs.filter((p) => p.marker === "dash" && /\?\s*$/.test(p.text)).length >= 2;

  const warnings: Issue[] = [];
  const out: Metadata = {experts, interview, from};
  for (const k of ["title", "publisher", "author", "date"] as const) {
    const value = text[k] ?? html[k] ?? given[k];
    if (value !== undefined) {
      out[k] = value;
      from[k] = text[k] !== undefined ? "text" : html[k] !== undefined ? "html" : "given";
    }
    const g = given[k];
    if (g !== undefined && value !== undefined && g !== value && from[k] !== "given") {
      warnings.push({
        code: "metadata_conflict",
        message: `Ignored the given ${k} "${g}": the article says "${value}"`,
        ...(file ? {file} : {})
      });
    }
  }
  if (text.section) out.section = text.section;
  if (out.date !== undefined && !isIsoDate(out.date)) {
    warnings.push({
      code: "bad_date",
      message: `Cannot parse date "${out.date}": expected YYYY-MM-DD`,
      ...(file ? {file} : {})
    });
    delete out.date;
  }
  return {metadata: out, warnings};
}
