import type {Issue} from "../../domain/index.js";
import {dictionaryLines, phraseWords} from "./lines.js";
import type {DictionaryRead} from "./actors.js";

/** An agent phrase (PRESIDENT, FOREIGN MINISTER, POLICE) and the role code it adds to an actor. */
export interface AgentEntry {
  words: string[];
  exact: boolean[];
  /** Role code without the tilde: GOV, MIL, OPP … */
  code: string;
  /** "suffix" for `[~GOV]` (USA + GOV → USAGOV), "prefix" for `[NGO~]`. */
  position: "suffix" | "prefix";
  entry: string;
  kind: "agent";
}

/** Forms a plural the way PETRARCH does for agents: Y → IES, S → ES, else + S; MAN → MEN. */
export function pluralOf(word: string): string {
  if (word.endsWith("MAN")) return `${word.slice(0, -3)}MEN`;
  if (word.endsWith("Y") && !/[AEIOU]Y$/.test(word)) return `${word.slice(0, -1)}IES`;
  if (/(S|SH|CH|X)$/.test(word)) return `${word}ES`;
  return `${word}S`;
}

/**
 * Reads a PETRARCH agents dictionary: `PHRASE {PLURAL …} [~CODE]` lines (an empty `{}` means no plural,
 * no braces means a regular plural), and substitution sets `!NAME! = A, B, C` usable inside phrases.
 */
export function parseAgentDictionary(text: string, file?: string): DictionaryRead<AgentEntry> {
  const entries: AgentEntry[] = [];
  const issues: Issue[] = [];
  const sets = new Map<string, string[]>();
  for (const {line, text: t} of dictionaryLines(text)) {
    const set = /^(![A-Z0-9_]+!)\s*=\s*(.*)$/i.exec(t);
    if (set) {
      sets.set(
        set[1]!.toUpperCase(),
        set[2]!
          .split(",")
          .map((w) => w.trim().toUpperCase())
          .filter(Boolean)
      );
      continue;
    }
    const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*\[\s*([^\]]*)\]/.exec(t);
    if (!m) {
      issues.push({
        code: "bad_dictionary",
        message: `Cannot read agent line "${t}": expected PHRASE {PLURALS} [~CODE]`,
        ...(file ? {file} : {}),
        line,
        column: 1
      });
      continue;
    }
    const [, phrase, plurals, codeText] = m;
    const code = codeText!.trim().toUpperCase();
    const position = code.startsWith("~") ? "suffix" : "prefix";
    const role = code.replace(/~/g, "");
    if (!/^[A-Z0-9]+$/.test(role)) {
      issues.push({
        code: "bad_dictionary",
        message: `Cannot read agent code "[${codeText}]": expected [~CODE] or [CODE~]`,
        ...(file ? {file} : {}),
        line,
        column: t.indexOf("[") + 1
      });
      continue;
    }
    const forms = expandSets(phrase!.trim().toUpperCase(), sets);
    const all = new Set<string>(forms);
    if (plurals === undefined) for (const f of forms) all.add(pluralizeLast(f));
    else
      for (const p of plurals.split(/\s+/).filter(Boolean))
        for (const f of expandSets(p.toUpperCase(), sets)) all.add(f);
    for (const form of all) {
      const {words} = phraseWords(form);
      if (words.length === 0) continue;
      entries.push({words, exact: words.map(() => true), code: role, position, entry: phrase!.trim(), kind: "agent"});
    }
  }
  return {entries, issues};
}

function expandSets(phrase: string, sets: Map<string, string[]>): string[] {
  const m = /![A-Z0-9_]+!/.exec(phrase);
  if (!m) return [phrase];
  const options = sets.get(m[0]) ?? [""];
  return options.flatMap((o) => expandSets(phrase.replace(m[0], o), sets));
}

function pluralizeLast(phrase: string): string {
  const m = /^(.*?)([A-Z0-9'.-]+)(_?)$/.exec(phrase);
  if (!m) return phrase;
  return `${m[1]}${pluralOf(m[2]!)}${m[3]}`;
}
