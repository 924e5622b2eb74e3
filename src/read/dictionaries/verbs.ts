import type {Issue} from "../../domain/index.js";
import {dictionaryLines} from "./lines.js";
import type {DictionaryRead} from "./actors.js";

/** One element of a verb pattern. */
export type PatternItem =
  | {kind: "word"; words: string[][]; joined: boolean}
  | {kind: "source"; joined: boolean}
  | {kind: "target"; joined: boolean}
  | {kind: "compound"; joined: boolean}
  | {kind: "skip"; joined: boolean};

/** A verb pattern: what must appear before and after the verb, and the code it gives. */
export interface VerbPattern {
  /** Items before the verb, in text order. */
  pre: PatternItem[];
  /** Items after the verb, in text order. */
  post: PatternItem[];
  /** CAMEO code, "---" for none, or "A:B" (A from source to target, B back). */
  code: string;
  /** The pattern as written, for `rule`. */
  text: string;
  line: number;
}

/** A block of the verb dictionary: a meaning (`--- ATTACK [190] ---`), its verbs and patterns. */
export interface VerbBlock {
  name: string;
  code: string;
  line: number;
  patterns: VerbPattern[];
}

/** One inflected form of a verb (possibly with particles: STIR UP, CARRY OUT). */
export interface VerbForm {
  block: VerbBlock;
  /** The dictionary verb (base form). */
  base: string;
  /** Particles that must come right before / after the verb word. */
  before: string[];
  after: string[];
  /** Code of the verb line, overriding the block's default. */
  code?: string;
}

/** A verb dictionary: the blocks, and an index from an upper-case word form to the verbs it may be. */
export interface VerbDictionary {
  blocks: VerbBlock[];
  forms: Map<string, VerbForm[]>;
  synsets: Map<string, string[][]>;
}

/** The third-person -s form of an upper-case verb base: "SIGNS", "PAYS", "CARRIES", "DISCUSSES", "VETOES". */
export function thirdPersonForm(b: string): string {
  return /[^AEIOU]Y$/.test(b) ? `${b.slice(0, -1)}IES` : /(S|SH|CH|X|Z|O)$/.test(b) ? `${b}ES` : `${b}S`;
}

/** The regular -ed form of an upper-case verb base, without doubling: "SIGNED", "CARRIED", "AGREED". */
export function plainPastForm(b: string): string {
  return /[^AEIOU]Y$/.test(b) ? `${b.slice(0, -1)}IED` : b.endsWith("E") ? `${b}D` : `${b}ED`;
}

/** Regular forms of an English verb: base, -s, -ed, -ing (with the usual spelling rules). */
export function regularForms(base: string): string[] {
  const b = base.toUpperCase();
  const out = new Set<string>([b, thirdPersonForm(b), plainPastForm(b)]);
  out.add(b.endsWith("E") && !b.endsWith("EE") ? `${b.slice(0, -1)}ING` : `${b}ING`);
  if (/[^AEIOU][AEIOU][BDGLMNPRT]$/.test(b) && b.length <= 6) {
    const d = b + b.at(-1);
    out.add(`${d}ED`);
    out.add(`${d}ING`);
  }
  return [...out];
}

function pluralNoun(w: string): string | undefined {
  if (w.endsWith("_")) return undefined;
  if (w.endsWith("Y")) return `${w.slice(0, -1)}IES`;
  if (w.endsWith("S")) return `${w}ES`;
  return `${w}S`;
}

function splitVerbPhrase(s: string): {before: string[]; verb: string; after: string[]} {
  const pieces = s.split("_").filter(Boolean);
  let at = pieces.findIndex((p) => p.startsWith("+"));
  if (at < 0) at = 0;
  return {
    before: pieces.slice(0, at).map((p) => p.toUpperCase()),
    verb: pieces[at]!.replace(/^\+/, "").toUpperCase(),
    after: pieces.slice(at + 1).map((p) => p.toUpperCase())
  };
}

/**
 * Reads a PETRARCH verb dictionary (CAMEO.2.0.txt or the TABARI-style PETR.Validate.verbs.txt): synsets
 * (`&NAME` then `+WORD` lines), blocks `--- NAME [CODE] ---`, verb lines (`VERB {FORMS}`, `+STIR_UP`,
 * `KLM_+RST [002]`), and patterns `- PRE * POST [CODE]` with `$` source, `+` target, `%` compound subject,
 * `^` one skipped word, `&SYNSET`, `_` for adjacent words; `{}` and `()` are read as plain words.
 */
export function parseVerbDictionary(
  text: string,
  file?: string
): DictionaryRead<VerbBlock> & {dictionary: VerbDictionary} {
  const issues: Issue[] = [];
  const blocks: VerbBlock[] = [];
  const forms = new Map<string, VerbForm[]>();
  const synsets = new Map<string, string[][]>();
  const rawSynsets = new Map<string, string[]>();
  const pending: {line: number; text: string; block: VerbBlock}[] = [];
  let mode: "none" | "synset" | "verbs" = "none";
  let synName = "";
  let block: VerbBlock | undefined;
  const where = (line: number, column = 1) => ({...(file ? {file} : {}), line, column});

  for (const {line, text: t} of dictionaryLines(text)) {
    if (t.startsWith("---")) {
      const m = /^---\s*(.*?)\s*\[([^\]]*)\][\s-]*$/.exec(t);
      if (!m) {
        issues.push({
          code: "bad_dictionary",
          message: `Cannot read verb block header "${t}": expected --- NAME [CODE] ---`,
          ...where(line)
        });
        mode = "none";
        continue;
      }
      block = {name: m[1]!.replace(/_$/, ""), code: m[2]!.trim() || "---", line, patterns: []};
      blocks.push(block);
      mode = "verbs";
      continue;
    }
    if (t.startsWith("&")) {
      synName = t.split(/\s/)[0]!.replace(/_$/, "").toUpperCase();
      rawSynsets.set(synName, []);
      mode = "synset";
      continue;
    }
    if (mode === "synset" && t.startsWith("+")) {
      rawSynsets.get(synName)!.push(t.slice(1).trim().toUpperCase());
      continue;
    }
    if (t.startsWith("-") && block) {
      pending.push({line, text: t, block});
      mode = "verbs";
      continue;
    }
    if (mode === "verbs" && block) {
      // Some lines carry an old-style ";coder date" comment.
      const line_ = t.replace(/;.*$/, "").trim();
      const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*$/.exec(line_);
      if (!m) {
        issues.push({
          code: "bad_dictionary",
          message: `Cannot read verb line "${t}": expected VERB {FORMS} [CODE]`,
          ...where(line)
        });
        continue;
      }
      const head = splitVerbPhrase(m[1]!.trim().replace(/\s+/g, "_"));
      const code = m[3]?.trim();
      const explicit = m[2]
        ?.split(/\s+/)
        .filter(Boolean)
        .map((f) => splitVerbPhrase(f).verb);
      const all = new Set<string>(explicit && explicit.length > 0 ? [head.verb, ...explicit] : regularForms(head.verb));
      for (const f of all) {
        const list = forms.get(f) ?? [];
        list.push({block, base: head.verb, before: head.before, after: head.after, ...(code ? {code} : {})});
        forms.set(f, list);
      }
      continue;
    }
    issues.push({
      code: "bad_dictionary",
      message: `Cannot read verb dictionary line "${t}": expected a synset, a block, a verb or a pattern`,
      ...where(line)
    });
  }

  // Resolve synsets (members may be phrases or other synsets), then add plurals.
  const resolve = (name: string, seen: Set<string>): string[][] => {
    const got = synsets.get(name);
    if (got) return got;
    const out: string[][] = [];
    for (const member of rawSynsets.get(name) ?? []) {
      if (member.startsWith("&")) {
        const inner = member.split(/\s/)[0]!.replace(/_$/, "");
        if (!seen.has(inner)) out.push(...resolve(inner, new Set([...seen, inner])));
        continue;
      }
      const words = member.split(/[\s_]+/).filter(Boolean);
      if (words.length === 0) continue;
      out.push(words);
      const plural = member.endsWith("_") ? undefined : pluralNoun(words.at(-1)!);
      if (plural) out.push([...words.slice(0, -1), plural]);
    }
    synsets.set(name, out);
    return out;
  };
  for (const name of rawSynsets.keys()) resolve(name, new Set([name]));

  for (const p of pending) {
    const r = parsePattern(p.text, synsets);
    if (typeof r === "string") issues.push({code: "bad_dictionary", message: r, ...where(p.line)});
    else p.block.patterns.push({...r, line: p.line});
  }
  return {entries: blocks, issues, dictionary: {blocks, forms, synsets}};
}

/**
 * Reads one pattern line `- PRE * POST [CODE]`. Returns the pattern or an error message. `pre` is stored
 * from the verb backwards; an item's `joined` says it must sit right next to the previous item (or the verb).
 */
export function parsePattern(
  line: string,
  synsets: ReadonlyMap<string, string[][]>
): Omit<VerbPattern, "line"> | string {
  const text = line.replace(/^-\s*/, "").trim();
  const m = /^(.*)\[([^\]]*)\]\s*$/.exec(text);
  if (!m) return `Cannot read verb pattern "${text}": expected a code in brackets at the end`;
  const body = m[1]!.replace(/[{}()]/g, " ").replace(/(^|\s)\*(?=[A-Z&])/gi, "$1* ");
  const code = m[2]!.trim();
  const seq: {piece: string; glued: boolean}[] = [];
  for (const token of body.split(/\s+/).filter(Boolean)) {
    let first = true;
    for (const piece of token.split("_")) {
      if (piece === "") continue;
      seq.push({piece, glued: !first});
      first = false;
    }
  }
  const star = seq.findIndex((s) => s.piece === "*");
  if (star < 0) return `Cannot read verb pattern "${text}": expected "*" for the verb`;
  const toItem = (piece: string, joined: boolean): PatternItem | string => {
    if (piece === "$") return {kind: "source", joined};
    if (piece === "+") return {kind: "target", joined};
    if (piece === "%") return {kind: "compound", joined};
    if (piece === "^") return {kind: "skip", joined};
    if (piece.startsWith("&")) {
      const options = synsets.get(piece.toUpperCase());
      if (!options) return `Unknown synset "${piece}" in verb pattern "${text}"`;
      return {kind: "word", words: options, joined};
    }
    return {kind: "word", words: [[piece.toUpperCase()]], joined};
  };
  const post: PatternItem[] = [];
  for (let i = star + 1; i < seq.length; ++i) {
    const it = toItem(seq[i]!.piece, seq[i]!.glued);
    if (typeof it === "string") return it;
    post.push(it);
  }
  const pre: PatternItem[] = [];
  for (let i = star - 1; i >= 0; --i) {
    const it = toItem(seq[i]!.piece, seq[i + 1]!.glued);
    if (typeof it === "string") return it;
    pre.push(it);
  }
  return {pre, post, code, text: text.replace(/\s+/g, " ")};
}

/**
 * Adds a supplement's verbs and patterns to a dictionary (in place): a supplement block named as a block of the
 * dictionary adds its verbs and patterns to that block ("--- ASK [---] ---" with "URGE [020]"), any other block is
 * added as it is; a word in both is read the supplement's way first. The supplement is read on its own, so its patterns use no synsets of the dictionary.
 */
export function mergeVerbDictionary(into: VerbDictionary, extra: VerbDictionary): void {
  const target = new Map<VerbBlock, VerbBlock>();
  for (const b of extra.blocks) {
    const same = into.blocks.find((x) => x.name === b.name);
    if (same) {
      same.patterns.push(...b.patterns);
      target.set(b, same);
    } else {
      into.blocks.push(b);
      target.set(b, b);
    }
  }
  for (const [word, list] of extra.forms) {
    const moved = list.map((f) => ({...f, block: target.get(f.block) ?? f.block}));
    // The supplement's reading of a word comes first ("slammed X" is a denunciation before it is a crash).
    into.forms.set(word, [...moved, ...(into.forms.get(word) ?? [])]);
  }
  for (const [name, words] of extra.synsets) if (!into.synsets.has(name)) into.synsets.set(name, words);
}
