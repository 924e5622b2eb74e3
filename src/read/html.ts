/**
 * HTML → plain text in blocks, keeping what the page's structure says about each block (inside
 * `<nav>`, `<aside>`, a "related" list, a caption …) so that the article extractor can leave site
 * chrome out and say why.
 *
 * @module
 */
import type {Issue} from "../domain/index.js";
import {parsePeriod} from "../domain/plain.js";

/** A block of text (a paragraph, a heading, a list item) and what its ancestors say about it. */
export interface TextBlock {
  text: string;
  /** Offsets into the plain text the blocks are joined into. */
  start: number;
  end: number;
  /** The innermost block tag: "p", "h1", "li", "figcaption", "line" (plain text) … */
  tag: string;
  /** A structural reason to leave the block out ("navigation", "related-list", "caption" …), when its ancestors give one. */
  hint?: string;
  /** True when an `<article>` or `<main>` element encloses the block. */
  inMain?: boolean;
}

/** What the HTML says about itself: `<title>`, `<meta>` tags, `<time datetime>`. */
export interface HtmlMeta {
  title?: string;
  publisher?: string;
  author?: string;
  /** YYYY-MM-DD, or YYYY-MM / YYYY when the page's tags give only the month or the year. */
  date?: string;
  /** The page's own address (og:url, canonical link), for the publisher's host name. */
  url?: string;
}

export interface HtmlText {
  /** The blocks joined with blank lines. */
  text: string;
  blocks: TextBlock[];
  meta: HtmlMeta;
  /** True when the page has an `<article>` or `<main>` element. */
  hasMain: boolean;
  warnings: Issue[];
}

const SKIP = new Set(["script", "style", "noscript", "svg", "template", "iframe", "form", "button", "select", "head"]);
const BLOCK = new Set([
  "p",
  "div",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "br",
  "tr",
  "td",
  "th",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "nav",
  "aside",
  "figure",
  "figcaption",
  "blockquote",
  "dd",
  "dt",
  "dl",
  "table",
  "hr",
  "time",
  "address",
  "pre",
  "body",
  "html"
]);
const VOID = new Set([
  "br",
  "hr",
  "img",
  "meta",
  "link",
  "input",
  "source",
  "wbr",
  "area",
  "base",
  "col",
  "embed",
  "param",
  "track"
]);

/** Element names and class/id words that mark site chrome, and the reason recorded for them. */
const TAG_HINTS: Record<string, string> = {
  nav: "navigation",
  aside: "aside",
  footer: "footer",
  figcaption: "caption",
  address: "byline"
};
const CLASS_HINTS: [RegExp, string][] = [
  [/\b(related|read-?also|see-?also|more-?news|latest|popular|most-?read|recommended|trending)\b/i, "related-list"],
  [/\b(nav|menu|breadcrumbs?|navbar|header-menu)\b/i, "navigation"],
  [/\b(subscribe|newsletter|telegram|social|share|sharing)\b/i, "subscribe"],
  [
    /\b(widget|sidebar|banner|advert|ads?|promo|sponsored|cookie|ticker|weather|currency|exchange-?rates?|top-?bar)\b/i,
    "widget"
  ],
  [/\b(pull-?quote|pullquote)\b/i, "pull-quote"],
  [/\b(author-?bio|about-?the-?author|author-?box|bio-?box)\b/i, "author-bio"],
  [/\b(caption|credit|photo-?credit)\b/i, "caption"],
  [/\b(byline|author|meta|dateline|date|timestamp|tags?)\b/i, "byline"],
  [/\b(comments?|footer|copyright)\b/i, "footer"]
];

/** Hints that make an inline element chrome inside a paragraph. */
const INLINE_CHROME = new Set(["widget", "subscribe", "navigation", "related-list"]);

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  laquo: "«",
  raquo: "»",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  copy: "©",
  reg: "®",
  middot: "·",
  bull: "•",
  shy: "",
  eacute: "é",
  egrave: "è",
  aacute: "á",
  agrave: "à",
  iacute: "í",
  oacute: "ó",
  uacute: "ú",
  uuml: "ü",
  ouml: "ö",
  auml: "ä",
  ccedil: "ç",
  ntilde: "ñ",
  szlig: "ß",
  euro: "€",
  deg: "°",
  times: "×"
};

/** Decodes HTML character references (named, decimal and hex). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const n = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

interface Frame {
  tag: string;
  hint?: string;
  main: boolean;
}

/**
 * Converts HTML to text blocks. A tolerant tokenizer, not a full HTML5 parser: good enough for
 * article pages, and it never throws. A page cut short (no `</html>`, or ending inside a tag) is
 * read as far as it goes, with a warning.
 */
export function htmlToText(html: string, {file}: {file?: string} = {}): HtmlText {
  const warnings: Issue[] = [];
  const meta: HtmlMeta = {};
  const blocks: TextBlock[] = [];
  const stack: Frame[] = [];
  let hasMain = false;
  let buffer = "";
  let skipDepth = 0;
  let skipTag = "";
  let text = "";

  const current = (): {hint?: string; main: boolean; tag: string} => {
    let hint: string | undefined;
    let main = false;
    let tag = "div";
    for (const f of stack) {
      if (f.hint && !hint) hint = f.hint;
      if (f.main) main = true;
      if (BLOCK.has(f.tag)) tag = f.tag;
    }
    return {...(hint ? {hint} : {}), main, tag};
  };
  const flush = () => {
    const t = decodeEntities(buffer)
      .replace(/[ \t\r\n\f\u00a0]+/g, " ")
      .trim();
    buffer = "";
    if (!t) return;
    const {hint, main, tag} = current();
    if (text) text += "\n\n";
    const start = text.length;
    text += t;
    blocks.push({text: t, start, end: text.length, tag, ...(hint ? {hint} : {}), ...(main ? {inMain: true} : {})});
  };

  const tagRe =
    /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  let title = "";
  let inTitle = false;
  while ((m = tagRe.exec(html))) {
    const between = html.slice(last, m.index);
    last = tagRe.lastIndex;
    if (inTitle) title += between;
    else if (skipDepth === 0) buffer += between;
    const name = m[1]?.toLowerCase();
    if (!name) continue;
    const closing = m[0][1] === "/";
    const attrs = m[2] ?? "";
    if (name === "meta" && !closing) readMeta(attrs, meta);
    if (name === "link" && !closing && /\brel\s*=\s*["']?canonical/i.test(attrs)) {
      const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
      if (href && /^https?:/i.test(href)) meta.url ??= href;
    }
    if (name === "script" && !closing && /application\/ld\+json/i.test(attrs)) {
      const endAt = html.toLowerCase().indexOf("</script", tagRe.lastIndex);
      if (endAt > 0) readJsonLd(html.slice(tagRe.lastIndex, endAt), meta);
    }
    if (skipDepth > 0) {
      if (name === skipTag) skipDepth += closing ? -1 : 1;
      continue;
    }
    if (name === "title") {
      inTitle = !closing;
      continue;
    }
    if (name === "time" && !closing && !meta.date) {
      const dt = /datetime\s*=\s*["']?(\d{4}-\d{2}-\d{2})/i.exec(attrs);
      if (dt) meta.date = dt[1];
    }
    if (SKIP.has(name) && !closing && !/\/\s*$/.test(attrs)) {
      skipDepth = 1;
      skipTag = name;
      continue;
    }
    if (name === "img" && !closing) {
      const alt = /\balt\s*=\s*("([^"]*)"|'([^']*)')/i.exec(attrs);
      if (alt && (alt[2] ?? alt[3])) {
        flush();
        buffer = alt[2] ?? alt[3] ?? "";
        stack.push({tag: "figcaption", hint: "caption", main: false});
        flush();
        stack.pop();
      }
      continue;
    }
    if (BLOCK.has(name)) flush();
    if (VOID.has(name)) continue;
    if (closing) {
      const i = stack.map((f) => f.tag).lastIndexOf(name);
      if (i >= 0) stack.length = i;
    } else {
      const hint = TAG_HINTS[name] ?? classHint(attrs);
      // A widget set inline in a paragraph (share buttons, an ad, a "subscribe" link) would glue its words
      // into the sentence around it: its text is left out.
      if (!BLOCK.has(name) && hint && INLINE_CHROME.has(hint) && buffer.trim()) {
        skipDepth = 1;
        skipTag = name;
        continue;
      }
      const main = name === "article" || name === "main" || /\brole\s*=\s*["']?main/i.test(attrs);
      if (main) hasMain = true;
      stack.push({tag: name, ...(hint ? {hint} : {}), main});
    }
  }
  const rest = html.slice(last);
  if (skipDepth === 0) buffer += rest.replace(/<[^>]*$/, "");
  flush();
  if (title.trim() && !meta.title) meta.title = decodeEntities(title).replace(/\s+/g, " ").trim();
  const truncated = /<[^>]*$/.test(rest) || (/<html[\s>]/i.test(html) && !/<\/html\s*>/i.test(html));
  if (truncated) {
    warnings.push({
      code: "truncated_html",
      message: `Truncated HTML: the page ends before "</html>"; read what was there`,
      ...(file ? {file, line: html.split("\n").length} : {})
    });
  }
  return {text, blocks, meta, hasMain, warnings};
}

function classHint(attrs: string): string | undefined {
  const m = /\b(?:class|id|role|itemprop)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi;
  const words: string[] = [];
  let x: RegExpExecArray | null;
  while ((x = m.exec(attrs))) words.push(x[2] ?? x[3] ?? x[4] ?? "");
  const s = words.join(" ").replace(/[_]/g, "-");
  if (/\brole\s*=\s*["']?navigation/i.test(attrs)) return "navigation";
  if (/\b(article-?body|entry-content|post-content|articleBody)\b/i.test(s)) return undefined;
  for (const [re, reason] of CLASS_HINTS) if (re.test(s)) return reason;
  return undefined;
}

function readMeta(attrs: string, meta: HtmlMeta): void {
  const key = /\b(?:name|property|itemprop)\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
  const content = /\bcontent\s*=\s*("([^"]*)"|'([^']*)')/i.exec(attrs);
  const value = content ? decodeEntities(content[2] ?? content[3] ?? "").trim() : "";
  if (!key || !value) return;
  if ((key === "og:title" || key === "twitter:title") && !meta.title) meta.title = value;
  else if (key === "og:site_name" || key === "publisher" || key === "application-name") meta.publisher ??= value;
  else if (/^(author|article:author|dc\.creator|dcterms\.creator|parsely-author|sailthru\.author|byl)$/.test(key)) {
    if (!/^https?:/i.test(value)) meta.author ??= value.replace(/^by\s+/i, "");
  } else if (
    /^(article:published_time|date|pubdate|datepublished|dc\.date|dc\.date\.issued|dcterms\.created|dcterms\.issued|parsely-pub-date|sailthru\.date|publish-date|publication_date|citation_publication_date|citation_date)$/.test(
      key
    )
  ) {
    const d = tagDate(value);
    if (d) meta.date ??= d;
  } else if (key === "og:url") meta.url ??= value;
}

/**
 * A date in a page's tag: the day of "2024-03-05T10:00:00Z"; a month or a year alone ("2022-03", "2022/03", "2022", as
 * ISO 8601 and the citation tags allow) as that period; undefined otherwise.
 */
function tagDate(value: string): string | undefined {
  const day = /^(\d{4})[-/](\d{2})[-/](\d{2})/.exec(value.trim());
  const d = day
    ? `${day[1]}-${day[2]}-${day[3]}`
    : /^(\d{4})(?:[-/](\d{2}))?$/.exec(value.trim())?.slice(1, 3).filter(Boolean).join("-");
  return d !== undefined && parsePeriod(d) ? d : undefined;
}

/** Reads the page's JSON-LD (schema.org NewsArticle …): headline, datePublished, author, publisher. */
export function readJsonLd(json: string, meta: HtmlMeta): void {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return;
  }
  const nodes: Record<string, unknown>[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      nodes.push(o);
      if (o["@graph"]) walk(o["@graph"]);
    }
  };
  walk(data);
  const nameOf = (v: unknown): string | undefined => {
    const x = Array.isArray(v) ? v[0] : v;
    if (typeof x === "string") return x;
    if (x && typeof x === "object" && typeof (x as {name?: unknown}).name === "string")
      return (x as {name: string}).name;
    return undefined;
  };
  for (const o of nodes) {
    if (!/Article|Posting|Report|BlogPosting/.test(String(o["@type"] ?? ""))) continue;
    if (typeof o.headline === "string") meta.title ??= o.headline;
    const d = typeof o.datePublished === "string" ? tagDate(o.datePublished) : undefined;
    if (d) meta.date ??= d;
    const a = nameOf(o.author);
    if (a) meta.author ??= a;
    const p = nameOf(o.publisher);
    if (p) meta.publisher ??= p;
  }
}
