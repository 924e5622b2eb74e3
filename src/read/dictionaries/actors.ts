import type {Issue} from "../../domain/index.js";
import {dictionaryDate, eachDictionaryLine, phraseWords} from "./lines.js";

/** A code an actor carries, optionally only within a period (inclusive YYYY-MM-DD bounds). */
export interface DatedCode {
  code: string;
  from?: string;
  to?: string;
}

/** One phrase of an actor dictionary (a name or a synonym) and the codes it stands for. */
export interface ActorEntry {
  /** Upper-case words. */
  words: string[];
  /** Per word: true when it must match exactly, false when it is a stem. */
  exact: boolean[];
  /** The codes, first matching period wins; an undated code is the default. */
  codes: DatedCode[];
  /** The head entry as written (the first phrase of the block), for `rule`/`entry`. */
  entry: string;
  /** "actor" or "agent". */
  kind: "actor";
  /**
   * A proper name written with a capital (pack names: "West", "Western", "Central Asia"): matches only where the
   * text capitalizes its first word too, so "to the west of" is no mention of the West.
   */
  capitalized?: boolean;
  /**
   * An abbreviation written in capitals ("SEA", "SCO", "EU"): in the article reader it matches only where the text
   * writes it in capitals too, so the "Sea" of "the Caspian Sea" is no Southeast Asia.
   */
  allCaps?: boolean;
}

/** Result of reading a dictionary: its entries and the problems met. */
export interface DictionaryRead<T> {
  entries: T[];
  issues: Issue[];
}

/**
 * Reads one code block `[CODE]`, `[CODE <YYMMDD]`, `[CODE >YYYYMMDD]`, `[CODE d1-d2]` or `[A/B]`.
 * Returns the codes, or an error message.
 */
export function parseCodeBlock(inner: string): DatedCode[] | string {
  const t = inner.trim();
  const m = /^([^\s<>]+)\s*(?:(<|>)\s*(\d+)|(\d+)\s*-\s*(\d+))?\s*$/.exec(t);
  if (!m) return `Cannot read code block "[${t}]": expected [CODE], [CODE <date], [CODE >date] or [CODE date-date]`;
  const [, code, op, d, d1, d2] = m;
  const codes = code!.toUpperCase().split("/");
  let from: string | undefined, to: string | undefined;
  if (op) {
    const date = dictionaryDate(d!);
    if (!date) return `Cannot read date "${d}" in code block "[${t}]": expected YYMMDD or YYYYMMDD`;
    if (op === "<") to = date;
    else from = date;
  } else if (d1) {
    from = dictionaryDate(d1);
    to = dictionaryDate(d2!);
    if (!from || !to) return `Cannot read dates "${d1}-${d2}" in code block "[${t}]": expected YYMMDD or YYYYMMDD`;
  }
  return codes.map((c) => ({code: c, ...(from ? {from} : {}), ...(to ? {to} : {})}));
}

/**
 * Reads a PETRARCH/Phoenix actor dictionary: a name line (`NAME_ [CODE]` or `NAME` alone), synonym lines
 * `+SYNONYM`, and code lines (indented `[CODE dates]`) that apply to the whole block.
 */
export function parseActorDictionary(text: string, file?: string): DictionaryRead<ActorEntry> {
  const entries: ActorEntry[] = [];
  const issues: Issue[] = [];
  let block: ActorEntry[] = [];
  let codes: DatedCode[] = [];
  const flush = () => {
    for (const e of block) e.codes = codes;
    if (codes.length > 0) entries.push(...block);
    block = [];
    codes = [];
  };
  eachDictionaryLine(text, ({line, text: t, raw}) => {
    const isCodeLine = t.startsWith("[");
    const isSynonym = t.startsWith("+");
    if (!isCodeLine && !isSynonym && !/^\s/.test(raw)) flush();
    // name or synonym part (before any "[")
    const bracket = t.indexOf("[");
    const phrase = (bracket >= 0 ? t.slice(0, bracket) : t).replace(/^\+/, "").trim();
    if (phrase && !isCodeLine) {
      const {words, exact} = phraseWords(phrase.replace(/\{.*\}/, ""));
      if (words.length > 0) {
        const head = block[0]?.entry ?? phrase;
        block.push({words, exact, codes: [], entry: head, kind: "actor"});
      }
    }
    // Each "[…]" (up to the first "]" after its "["), as /\[([^\]]*)\]/g finds them.
    for (let at = bracket; at >= 0;) {
      const end = t.indexOf("]", at + 1);
      if (end < 0) break;
      const r = parseCodeBlock(t.slice(at + 1, end));
      if (typeof r === "string")
        issues.push({code: "bad_dictionary", message: r, ...(file ? {file} : {}), line, column: at + 1});
      else codes.push(...r);
      at = t.indexOf("[", end + 1);
    }
  });
  flush();
  return {entries, issues};
}

/** The code an entry carries on a date (YYYY-MM-DD): the first dated code whose period holds it, else the first undated one. */
export function codesOn(codes: readonly DatedCode[], date: string | undefined): string[] {
  if (date) {
    for (const c of codes) {
      if (!c.from && !c.to) continue;
      if ((!c.from || date >= c.from) && (!c.to || date <= c.to)) return sameBlock(codes, c);
    }
  }
  const undated = codes.find((c) => !c.from && !c.to);
  if (undated) return sameBlock(codes, undated);
  return [];
}

function sameBlock(codes: readonly DatedCode[], first: DatedCode): string[] {
  // Codes written together as [A/B] share their period: return them all.
  return codes.filter((c) => c.from === first.from && c.to === first.to).map((c) => c.code);
}
