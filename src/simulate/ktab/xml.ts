/**
 * A small XML reader, enough for KTAB's scenario files: elements, attributes, text, comments,
 * CDATA, processing instructions, a DOCTYPE line and the five predefined plus numeric entities.
 * Every element keeps its line and column, so readers can point at the offending value.
 *
 * @module
 */

/** An element of the tree. */
export interface XmlElement {
  /** Qualified name as written (e.g. "ss:Data"). */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The concatenated text directly inside this element (entities decoded). */
  text: string;
  line: number;
  column: number;
}

/** A syntax error with its place. */
export interface XmlError {
  message: string;
  line: number;
  column: number;
}

const ENTITIES: Record<string, string> = {lt: "<", gt: ">", amp: "&", quot: '"', apos: "'"};

/** Parses XML text into its root element, or returns the first syntax error. */
export function parseXml(text: string): {ok: true; root: XmlElement} | {ok: false; error: XmlError} {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let i = 0;
  let line = 1;
  let col = 1;
  const advance = (n: number): void => {
    for (let k = 0; k < n && i < src.length; k++, i++) {
      if (src[i] === "\n") {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
  };
  const err = (message: string, l = line, c = col) => ({ok: false as const, error: {message, line: l, column: c}});
  const decode = (s: string, l: number, c: number): string | XmlError =>
    s.includes("&")
      ? (() => {
          let bad: XmlError | undefined;
          const out = s.replace(/&([^;&\s]*);?/g, (m, name: string) => {
            if (!m.endsWith(";")) bad ??= {message: `Unterminated entity "${m}"`, line: l, column: c};
            if (name.startsWith("#")) {
              const n = name.startsWith("#x") ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
              if (Number.isInteger(n) && n >= 1 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff))
                return String.fromCodePoint(n);
              bad ??= {message: `Invalid character reference "${m}": not a Unicode character`, line: l, column: c};
              return m;
            }
            const e = ENTITIES[name];
            if (e === undefined) bad ??= {message: `Unknown entity "&${name};"`, line: l, column: c};
            return e ?? m;
          });
          return bad ?? out;
        })()
      : s;

  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < src.length) {
    if (src.startsWith("<!--", i)) {
      const end = src.indexOf("-->", i + 4);
      if (end < 0) return err("Unterminated comment");
      advance(end + 3 - i);
    } else if (src.startsWith("<![CDATA[", i)) {
      const end = src.indexOf("]]>", i);
      if (end < 0) return err("Unterminated CDATA section");
      const top = stack[stack.length - 1];
      if (!top) return err("Text outside the root element");
      top.text += src.slice(i + 9, end);
      advance(end + 3 - i);
    } else if (src.startsWith("<?", i)) {
      const end = src.indexOf("?>", i);
      if (end < 0) return err("Unterminated processing instruction");
      advance(end + 2 - i);
    } else if (src.startsWith("<!", i)) {
      const end = src.indexOf(">", i);
      if (end < 0) return err("Unterminated declaration");
      advance(end + 1 - i);
    } else if (src.startsWith("</", i)) {
      const l = line;
      const c = col;
      const m = /^<\/([^\s>]+)\s*>/.exec(src.slice(i, i + 300));
      if (!m) return err("Malformed closing tag");
      const top = stack.pop();
      if (!top) return err(`Unexpected closing tag "</${m[1]}>"`, l, c);
      if (top.name !== m[1])
        return err(`Closing tag "</${m[1]}>" does not match "<${top.name}>" opened on line ${top.line}`, l, c);
      advance(m[0].length);
    } else if (src[i] === "<") {
      const l = line;
      const c = col;
      const end = findTagEnd(src, i);
      if (end < 0) return err("Unterminated tag");
      const body = src.slice(i + 1, end);
      const selfClosing = body.endsWith("/");
      const inner = selfClosing ? body.slice(0, -1) : body;
      const nm = /^([A-Za-z_:][\w:.-]*)/.exec(inner);
      if (!nm) return err(`Malformed tag "<${body.slice(0, 20)}"`, l, c);
      const attributes: Record<string, string> = {};
      const rest = inner.slice(nm[0].length);
      const attrRe = /\s+([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/gy;
      let pos = 0;
      let am: RegExpExecArray | null;
      while (((attrRe.lastIndex = pos), (am = attrRe.exec(rest)))) {
        const v = decode(am[3] ?? am[4] ?? "", l, c);
        if (typeof v !== "string") return {ok: false, error: v};
        attributes[am[1]!] = v;
        pos = attrRe.lastIndex;
      }
      if (rest.slice(pos).trim() !== "") return err(`Malformed attributes in "<${nm[1]}>"`, l, c);
      const el: XmlElement = {name: nm[1]!, attributes, children: [], text: "", line: l, column: c};
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else if (root) return err(`Second root element "<${el.name}>"`, l, c);
      else root = el;
      if (!selfClosing) stack.push(el);
      advance(end + 1 - i);
    } else {
      const next = src.indexOf("<", i);
      const end = next < 0 ? src.length : next;
      const raw = src.slice(i, end);
      const l = line;
      const c = col;
      const top = stack[stack.length - 1];
      if (!top) {
        if (raw.trim() !== "") return err("Text outside the root element");
      } else {
        const v = decode(raw, l, c);
        if (typeof v !== "string") return {ok: false, error: v};
        top.text += v;
      }
      advance(end - i);
    }
  }
  const open = stack.pop();
  if (open) return err(`Element "<${open.name}>" opened on line ${open.line} is never closed`);
  if (!root) return err("No root element", 1, 1);
  return {ok: true, root};
}

function findTagEnd(src: string, start: number): number {
  let quote = "";
  for (let k = start + 1; k < src.length; k++) {
    const ch = src[k]!;
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === ">") {
      return k;
    } else if (ch === "<") {
      return -1;
    }
  }
  return -1;
}

/** The local part of a qualified name ("ss:Data" -> "Data"). */
export const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

/** Child elements with the given local name. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => localName(c.name) === name);
}

/** The first child element with the given local name. */
export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => localName(c.name) === name);
}
