/**
 * Markdown → plain text blocks: headings, paragraphs and list items keep their text, markup goes;
 * images become captions; a YAML front matter gives the metadata.
 *
 * @module
 */
import {createRequire} from "node:module";
import type {Issue} from "../domain/index.js";
import type {HtmlMeta, TextBlock} from "./html.js";

// The YAML parser loaded when a front matter is first read, not with the reader: most documents have none, and its
// import (~45 ms of CPU) was part of every reader thread's start.
let yaml: typeof import("yaml") | undefined;
const parseYaml = (text: string): unknown =>
  (yaml ??= createRequire(import.meta.url)("yaml") as typeof import("yaml")).parse(text);

export interface MarkdownText {
  text: string;
  blocks: TextBlock[];
  meta: HtmlMeta;
  warnings: Issue[];
}

/** Strips inline markup: links keep their text, emphasis and code marks go. */
export function stripInline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<\/?[a-zA-Z][^>]*>/g, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1");
}

/** Converts Markdown to text blocks (one per paragraph, heading or list item). */
export function markdownToText(md: string, {file}: {file?: string} = {}): MarkdownText {
  const warnings: Issue[] = [];
  const meta: HtmlMeta = {};
  let lines = md.replace(/\r\n?/g, "\n").split("\n");
  if (lines[0]?.trim() === "---") {
    const close = lines.indexOf("---", 1);
    if (close > 0) {
      try {
        const fm = parseYaml(lines.slice(1, close).join("\n")) as Record<string, unknown> | null;
        if (fm && typeof fm === "object") {
          for (const k of ["title", "publisher", "author"] as const)
            if (typeof fm[k] === "string") meta[k] = fm[k] as string;
          const d =
            fm.date instanceof Date
              ? fm.date.toISOString().slice(0, 10)
              : typeof fm.date === "string"
                ? fm.date.slice(0, 10)
                : undefined;
          if (d) meta.date = d;
        }
      } catch (e) {
        warnings.push({
          code: "bad_front_matter",
          message: `Cannot parse the front matter: ${String((e as Error).message).split("\n")[0]}`,
          ...(file ? {file, line: 1} : {})
        });
      }
      lines = lines.slice(close + 1);
    }
  }
  const blocks: TextBlock[] = [];
  let text = "";
  let para: string[] = [];
  let paraTag = "p";
  const push = (raw: string, tag: string, hint?: string) => {
    const t = stripInline(raw).replace(/\s+/g, " ").trim();
    if (!t) return;
    if (text) text += "\n\n";
    const start = text.length;
    text += t;
    blocks.push({text: t, start, end: text.length, tag, ...(hint ? {hint} : {})});
  };
  const flushPara = () => {
    if (para.length) push(para.join(" "), paraTag);
    para = [];
    paraTag = "p";
  };
  let fence = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) {
      flushPara();
      fence = !fence;
      continue;
    }
    if (fence) continue;
    const trimmed = line.trim();
    if (!trimmed || /^(-{3,}|\*{3,}|_{3,})$/.test(trimmed) || /^<!--.*-->$/.test(trimmed)) {
      flushPara();
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(trimmed);
    if (heading) {
      flushPara();
      push(heading[2]!, `h${heading[1]!.length}`);
      continue;
    }
    const image = /^!\[([^\]]*)\]\([^)]*\)$/.exec(trimmed);
    if (image) {
      flushPara();
      push(image[1]!, "figcaption", "caption");
      continue;
    }
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(trimmed);
    if (item) {
      flushPara();
      // A long "- " paragraph is an interview's dash (question or answer), not a list item: keep the dash.
      push(
        (item[1]!.length > 120 || /\?\s*$/.test(item[1]!)) && /^[-*]/.test(trimmed) ? `- ${item[1]!}` : item[1]!,
        "li"
      );
      continue;
    }
    const quote = /^>\s?(.*)$/.exec(trimmed);
    if (quote) {
      if (paraTag !== "blockquote") flushPara();
      paraTag = "blockquote";
      para.push(quote[1]!);
      continue;
    }
    if (paraTag === "blockquote") flushPara();
    para.push(trimmed);
  }
  flushPara();
  return {text, blocks, meta, warnings};
}
