/**
 * Cue patterns with a pre-filter: a pattern that scans a sentence for one of a long list of words is run only where
 * the text holds, for each of the strings the pattern's matches must contain, one of them. Most of the reader's cue
 * lists ("important|significant|crucial|…", "said|stressed|noted|…") match few of the sentences they are tried on,
 * and the regular-expression engine tries every list at every position of every sentence; the pre-filter answers
 * "cannot match" with a few table lookups.
 *
 * The required strings are read from the pattern itself (the rules stay written once): a literal run is required,
 * an alternation requires one of its branches' strings, a concatenation each of its parts', and what can match
 * anything (a class, `\w+`, an optional part, a lookaround, a back-reference) requires nothing. A text is indexed by
 * its three-character substrings (ASCII letters folded to lower case; ſ, the Kelvin sign and the Turkish i's folded
 * to what a case-insensitive Unicode pattern may match them with), hashed into a table: a required string is present
 * only if all its three-character substrings are. The answer "cannot match" is exact; "may match" runs the pattern.
 *
 * A {@link Cue} is a RegExp: `test`, `exec`, `replace`, `match`, `matchAll` and `split` answer as the pattern
 * written without it (they all go through `exec`). Worth it only for a pattern that scans (not one anchored at the
 * start) and fails on most texts; a string shorter than three characters never holds a required string.
 *
 * @module
 * @example
 * ```ts
 * const JUDGEMENT = cue(/\b(important|significant|crucial)\b/i);
 * JUDGEMENT.test("The talks were held."); // false, without running the pattern
 * ```
 */
import {spellClasses} from "./unicode-classes.js";
import {charCodeAt} from "./char-code.js";

/** What a part of a pattern matches: every string it can match (when few and known), and what any match contains. */
interface Info {
  /** Every string the part can match (folded), or null when unknown or too many. */
  exact: Set<string> | null;
  /** Lists of strings (folded), each one of which at least must be in any match. */
  all: string[][];
}

/** The most strings an exact set keeps (a longer alternation or product is turned into a requirement). */
const MAX_EXACT = 400;
/** The shortest required string (the index holds three-character substrings). */
const MIN_ATOM = 3;

const EMPTY: Info = {exact: new Set([""]), all: []};
const ANY: Info = {exact: null, all: []};

/** Folds a character code as the index does (lower-case ASCII; ſ → s, Kelvin sign → k, İ and ı → i). */
function fold(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  if (c === 0x17f) return 115;
  if (c === 0x212a) return 107;
  if (c === 0x130 || c === 0x131) return 105;
  return c;
}

/** A literal character of the pattern as a one-string set, or ANY when case folding could match it otherwise. */
function literal(c: number, ignoreCase: boolean): Info {
  // (a non-ASCII letter with case, under the i flag, matches its other case: the index does not fold it)
  if (ignoreCase && c >= 0xd800 && c <= 0xdfff) return ANY;
  if (ignoreCase && c >= 128) {
    const s = String.fromCharCode(c);
    if (s.toLowerCase() !== s.toUpperCase()) return ANY;
  }
  return {exact: new Set([String.fromCharCode(fold(c))]), all: []};
}

/** The requirement a part adds when its exact set is given up: its strings, if all are long enough. */
function required(info: Info): string[][] {
  if (!info.exact) return info.all;
  const list = [...info.exact];
  return list.every((s) => s.length >= MIN_ATOM) ? [...info.all, list] : info.all;
}

/** Two exact parts one after the other. */
function concat(a: Info, b: Info): Info {
  const exact = new Set<string>();
  for (const x of a.exact!) for (const y of b.exact!) exact.add(x + y);
  return {exact, all: [...a.all, ...b.all]};
}

function alternate(branches: Info[]): Info {
  if (branches.every((b) => b.exact) && branches.reduce((n, b) => n + b.exact!.size, 0) <= MAX_EXACT) {
    const exact = new Set<string>();
    for (const b of branches) for (const s of b.exact!) exact.add(s);
    return {exact, all: []};
  }
  // One of the branches matches: the union of one requirement of each, the one likeliest to be missing from a text:
  // the list whose shortest string is longest ("reiterated|reaffirmed|recalled" rather than "the" in "reiterated
  // the need of"), of two alike the shorter list.
  const union: string[] = [];
  for (const b of branches) {
    const lists = required(b);
    if (lists.length === 0) return ANY;
    const best = lists.reduce((x, y) => (rarer(y, x) ? y : x));
    union.push(...best);
  }
  return {exact: null, all: [union]};
}

/** Whether list `a` of required strings is likelier to be missing from a text than list `b` (see {@link alternate}). */
function rarer(a: readonly string[], b: readonly string[]): boolean {
  const shortest = (l: readonly string[]) => l.reduce((n, s) => Math.min(n, s.length), Infinity);
  const x = shortest(a),
    y = shortest(b);
  return x !== y ? x > y : a.length < b.length;
}

/** Reads a pattern's source (JavaScript syntax, as `new RegExp` accepted it) into what its matches must contain. */
class Parser {
  private at = 0;
  constructor(
    private readonly src: string,
    private readonly ignoreCase: boolean
  ) {}

  parse(): Info {
    const info = this.alternation();
    if (this.at < this.src.length) throw new Error(`cue: unread "${this.src.slice(this.at, this.at + 20)}"`);
    return info;
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.at] === "|") {
      ++this.at;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : alternate(branches);
  }

  private sequence(): Info {
    // (the requirements of the parts read, and the run of exact parts since the last inexact one)
    const all: string[][] = [];
    let run = EMPTY;
    let exact = true;
    while (this.at < this.src.length && this.src[this.at] !== "|" && this.src[this.at] !== ")") {
      const part = this.quantified();
      if (part.exact && run.exact!.size * part.exact.size <= MAX_EXACT) run = concat(run, part);
      else {
        exact = false;
        all.push(...required(run));
        run = part.exact ? part : EMPTY;
        if (!part.exact) all.push(...part.all);
      }
    }
    return exact ? run : {exact: null, all: [...all, ...required(run)]};
  }

  private quantified(): Info {
    const atom = this.atom();
    const q = /^(?:[*+?]|\{(\d+)(?:(,)(\d*))?\})\??/.exec(this.src.slice(this.at, this.at + 24));
    if (!q) return atom;
    this.at += q[0].length;
    const min = q[0][0] === "+" ? 1 : q[0][0] === "{" ? Number(q[1]) : 0;
    const max = q[0][0] === "?" ? 1 : q[0][0] === "{" ? (q[2] ? (q[3] ? Number(q[3]) : Infinity) : min) : Infinity;
    if (min === 0) return max === 1 && atom.exact ? {exact: new Set(["", ...atom.exact]), all: []} : ANY;
    if (min === 1 && max === 1) return atom;
    return {exact: null, all: required(atom)};
  }

  private atom(): Info {
    const c = this.src[this.at]!;
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    ++this.at;
    if (c === "\\") return this.escape();
    if (c === "^" || c === "$") return EMPTY;
    if (c === ".") return ANY;
    const code = this.src.charCodeAt(this.at - 1);
    return literal(code, this.ignoreCase);
  }

  private group(): Info {
    const head = /^\((\?(?:<=|<!|=|!|:|<[A-Za-z_$][\w$]*>))?/.exec(this.src.slice(this.at, this.at + 40))!;
    this.at += head[0].length;
    const inner = this.alternation();
    if (this.src[this.at] !== ")") throw new Error(`cue: unclosed group in "${this.src}"`);
    ++this.at;
    const kind = head[1] ?? "";
    // A lookaround consumes nothing: its neighbours are next to each other in the match.
    return kind === "?=" || kind === "?!" || kind === "?<=" || kind === "?<!" ? EMPTY : inner;
  }

  private charClass(): Info {
    ++this.at;
    const negated = this.src[this.at] === "^";
    if (negated) ++this.at;
    const chars: number[] = [];
    let plain = !negated;
    // (a "]" first in a class is a literal in JavaScript only without the u flag; a class never nests here)
    while (this.at < this.src.length && this.src[this.at] !== "]") {
      let c = this.src.charCodeAt(this.at++);
      if (c === 92) {
        const e = this.classEscape();
        if (e === undefined) plain = false;
        else c = e;
      }
      if (this.src[this.at] === "-" && this.src[this.at + 1] !== "]" && this.at + 1 < this.src.length) {
        plain = false;
        ++this.at;
        if (this.src.charCodeAt(this.at++) === 92) this.classEscape();
        continue;
      }
      chars.push(c);
    }
    if (this.src[this.at] !== "]") throw new Error(`cue: unclosed class in "${this.src}"`);
    ++this.at;
    if (!plain || chars.length === 0 || chars.length > 8) return ANY;
    const exact = new Set<string>();
    for (const c of chars) {
      const one = literal(c, this.ignoreCase);
      if (!one.exact) return ANY;
      for (const s of one.exact) exact.add(s);
    }
    return {exact, all: []};
  }

  /** An escape inside a class (after the backslash): the character, or undefined for a class (\d, \w, \p{…} …). */
  private classEscape(): number | undefined {
    const c = this.src[this.at]!;
    if (/[dDwWsSpP]/.test(c)) {
      this.at += c === "p" || c === "P" ? this.src.indexOf("}", this.at) - this.at + 1 : 1;
      return undefined;
    }
    return this.escapedChar();
  }

  private escape(): Info {
    const c = this.src[this.at]!;
    if (c === "b" || c === "B") {
      ++this.at;
      return EMPTY;
    }
    if (/[dDwWsS]/.test(c)) {
      ++this.at;
      return ANY;
    }
    if (c === "p" || c === "P") {
      this.at = this.src.indexOf("}", this.at) + 1;
      return ANY;
    }
    // A back-reference matches what its group did: anything, as far as this reading knows.
    if (/[1-9]/.test(c)) {
      while (/\d/.test(this.src[this.at] ?? "")) ++this.at;
      return ANY;
    }
    if (c === "k" && this.src[this.at + 1] === "<") {
      this.at = this.src.indexOf(">", this.at) + 1;
      return ANY;
    }
    const code = this.escapedChar();
    return code === undefined ? ANY : literal(code, this.ignoreCase);
  }

  /** A character escape (after the backslash): \n, \t, \xHH, \uHHHH, \u{…}, \cX, \0, or the character itself. */
  private escapedChar(): number | undefined {
    const c = this.src[this.at++]!;
    const simple: Record<string, number> = {n: 10, t: 9, r: 13, f: 12, v: 11, "0": 0, b: 8};
    if (c in simple) return simple[c];
    if (c === "x") {
      const h = this.src.slice(this.at, this.at + 2);
      this.at += 2;
      return Number.parseInt(h, 16);
    }
    if (c === "u") {
      if (this.src[this.at] === "{") {
        const end = this.src.indexOf("}", this.at);
        const cp = Number.parseInt(this.src.slice(this.at + 1, end), 16);
        this.at = end + 1;
        // (a character beyond the BMP is two code units: not read as one)
        return cp <= 0xffff ? cp : undefined;
      }
      const h = this.src.slice(this.at, this.at + 4);
      this.at += 4;
      return Number.parseInt(h, 16);
    }
    if (c === "c") {
      ++this.at;
      return undefined;
    }
    return c.charCodeAt(0);
  }
}

/** The lists of strings a pattern's matches must each hold one of (folded; empty when it requires nothing). */
export function cueStrings(re: Pick<RegExp, "source" | "flags" | "ignoreCase">): string[][] {
  // (the v flag's class syntax is not read here; sticky and global only change where the match starts)
  if (re.flags.includes("v")) return [];
  let info: Info;
  try {
    info = new Parser(re.source, re.ignoreCase).parse();
  } catch {
    return [];
  }
  const lists = required(info).filter((l) => l.length > 0);
  // Cheapest first: the shortest lists.
  return lists.map((l) => [...new Set(l)]).sort((a, b) => a.length - b.length);
}

// The index: the text's three-character substrings, hashed into a small table (each entry the text's stamp), kept for
// the last few texts (a reader tries its patterns on one sentence after the other). Module state shared by every
// document a thread reads: safe because a read is synchronous and a slot is found again only by its text.
const TABLE_BITS = 12;
const TABLE_SIZE = 1 << TABLE_BITS;
const SLOTS = 2;

function hash3(a: number, b: number, c: number): number {
  return Math.imul(a * 961 + b * 31 + c, 0x9e3779b1) >>> (32 - TABLE_BITS);
}

interface Slot {
  text: string;
  stamp: number;
  table: Uint32Array;
}

const slots: Slot[] = [];
let nextSlot = 0;
let stamps = 0;

/** Encodes an ASCII text's characters as its bytes for {@link indexOf}. */
const encoder = new TextEncoder();
/** The longest text copied into bytes (a longer one, a whole body, is read a character at a time). */
const ASCII_MAX = 1 << 16;
/** The bytes of the last text copied (at most three bytes a character: the encoder never writes past them). */
let asciiBytes = new Uint8Array(4096);

/** The index of `text` (made, or found among the last few texts indexed). */
function indexOf(text: string): Slot {
  for (let i = 0; i < slots.length; ++i) if (slots[i]!.text === text) return slots[i]!;
  let slot: Slot;
  if (slots.length < SLOTS) slots.push((slot = {text, stamp: 0, table: new Uint32Array(TABLE_SIZE)}));
  else {
    slot = slots[nextSlot]!;
    nextSlot = (nextSlot + 1) % SLOTS;
  }
  if (++stamps === 0xffffffff) {
    for (const s of slots) s.table.fill(0);
    for (const c of checkByContent.values()) c.stamp = 0;
    stamps = 1;
  }
  const stamp = stamps;
  slot.text = text;
  slot.stamp = stamp;
  const table = slot.table;
  let a = 0,
    b = 0;
  const n = text.length;
  // An ASCII text (most sentences of news) is copied into bytes by the encoder (UTF-8 is one byte a character
  // exactly when every character is below 128: then the bytes are the character codes) and indexed from them: the
  // loop then reads a typed array, where a string's character is a call per character in the optimized loop (the
  // texts come in many string forms, and the method is no constant the compiler can inline; docs/benchmarks.md,
  // session 28).
  if (n <= ASCII_MAX) {
    if (asciiBytes.length < 3 * n) asciiBytes = new Uint8Array(Math.max(3 * n, 2 * asciiBytes.length));
    const bytes = asciiBytes;
    if (encoder.encodeInto(text, bytes).written === n) {
      for (let i = 0; i < n; ++i) {
        const x = bytes[i]!;
        const c = x >= 65 && x <= 90 ? x + 32 : x;
        if (i >= 2) table[hash3(a, b, c)] = stamp;
        a = b;
        b = c;
      }
      return slot;
    }
  }
  // (the shared constant taken into a local once: an imported binding is loaded again at each character, and the
  // optimized loop then calls the method through the binding's check instead of loading the character inline)
  const load = charCodeAt;
  for (let i = 0; i < n; ++i) {
    const c = fold(load.call(text, i));
    if (i >= 2) table[hash3(a, b, c)] = stamp;
    a = b;
    b = c;
  }
  return slot;
}

/**
 * One list of required strings, ready for the index: each string's hashed three-character substrings, the strings
 * grouped under the hash of their rarest-looking one (a text lacking it holds none of them).
 */
export interface Needs {
  heads: Uint16Array;
  /**
   * The strings of head `i` are `groupEnd[i - 1]` (0 for the first head) up to `groupEnd[i]`; string `s`'s other
   * hashed substrings are `rest[restEnd[s - 1]]` (from 0 for the first string) up to `rest[restEnd[s]]`. (Flat
   * arrays: the check of a present head walks its strings without loading an array object per string.)
   */
  groupEnd: Uint32Array;
  restEnd: Uint32Array;
  rest: Uint16Array;
}

/** How common a character looks in English prose (a head is chosen with the lowest sum). */
function commonness(c: number): number {
  const i = "etaoinshrdlcumwfgypbvkjxqz".indexOf(String.fromCharCode(c));
  return c === 32 ? 30 : i >= 0 ? 26 - i : 0;
}

/** The lists of required strings (from {@link cueStrings}) made ready for {@link mayMatch}. */
export function needsOf(lists: readonly (readonly string[])[]): Needs[] {
  return lists.map((list) => {
    const byHead = new Map<number, number[][]>();
    for (const s of list) {
      const h: number[] = [];
      let head = 0,
        best = Infinity;
      for (let i = 2; i < s.length; ++i) {
        const a = s.charCodeAt(i - 2),
          b = s.charCodeAt(i - 1),
          c = s.charCodeAt(i);
        h.push(hash3(a, b, c));
        const score = commonness(a) + commonness(b) + commonness(c);
        if (score < best) [best, head] = [score, h.length - 1];
      }
      const rest = h.filter((_x, k) => k !== head);
      const group = byHead.get(h[head]!);
      if (group) group.push(rest);
      else byHead.set(h[head]!, [rest]);
    }
    const groups = [...byHead.values()];
    const strings = groups.flat();
    let g = 0,
      r = 0;
    return {
      heads: Uint16Array.from(byHead.keys()),
      groupEnd: Uint32Array.from(groups, (x) => (g += x.length)),
      restEnd: Uint32Array.from(strings, (x) => (r += x.length)),
      rest: Uint16Array.from(strings.flat())
    };
  });
}

/** Whether the text indexed in `table` under `stamp` holds one of the strings of `needs`. */
function holdsOne({heads, groupEnd, restEnd, rest}: Needs, table: Uint32Array, stamp: number): boolean {
  for (let i = 0; i < heads.length; ++i) {
    if (table[heads[i]!] !== stamp) continue;
    const last = groupEnd[i]!;
    for (let j = i === 0 ? 0 : groupEnd[i - 1]!; j < last; ++j) {
      const end = restEnd[j]!;
      let k = j === 0 ? 0 : restEnd[j - 1]!;
      while (k < end && table[rest[k]!] === stamp) ++k;
      if (k === end) return true;
    }
  }
  return false;
}

/** Whether `text` may match a pattern whose matches must hold one string of each list (false: it cannot). */
export function mayMatch(needs: readonly Needs[], text: string): boolean {
  if (needs.length === 0) return true;
  const {table, stamp} = indexOf(text);
  for (let n = 0; n < needs.length; ++n) if (!holdsOne(needs[n]!, table, stamp)) return false;
  return true;
}

/**
 * One list's answer for the text last asked about (by its index's stamp, which no other text is given), shared by
 * every pattern that requires the same strings: the reader's date patterns each require a month's name, and are
 * tried one after the other on the same sentence, which then is looked for the names once.
 */
interface Check {
  needs: Needs;
  stamp: number;
  holds: boolean;
}

/** The checks by their lists' content (made per process: the lists kept in the cue cache carry none). */
const checkByContent = new Map<string, Check>();

function checkOf(needs: Needs): Check {
  const key = `${needs.heads.join()}/${needs.groupEnd.join()}/${needs.restEnd.join()}/${needs.rest.join()}`;
  let check = checkByContent.get(key);
  if (!check) checkByContent.set(key, (check = {needs, stamp: 0, holds: false}));
  return check;
}

/** {@link mayMatch} through the checks of a pattern's lists (the same answer). */
function mayMatchChecked(checks: readonly Check[], text: string): boolean {
  if (checks.length === 0) return true;
  const {table, stamp} = indexOf(text);
  for (let n = 0; n < checks.length; ++n) {
    const check = checks[n]!;
    if (check.stamp !== stamp) {
      check.stamp = stamp;
      check.holds = holdsOne(check.needs, table, stamp);
    }
    if (!check.holds) return false;
  }
  return true;
}

/**
 * Each pattern's lists, by flags and source (`matchAll` and `split` copy a pattern at every call: the copies find
 * their lists here). One entry per distinct pattern: {@link cue} is meant for patterns made once, at module load; a
 * pattern made per document (a speaker's name) would add an entry per name and is not to be wrapped.
 */
const needsBySource = new Map<string, Needs[]>();

/**
 * The lists of every pattern made so far, by flags and source: what {@link primeCueNeeds} takes in another thread or
 * process of the same reader code (src/app/cue-cache.ts keeps them on disk).
 */
export function cueNeedsTable(): ReadonlyMap<string, readonly Needs[]> {
  return needsBySource;
}

/**
 * Lists made by this reader's code elsewhere ({@link cueNeedsTable}), taken before the reader's modules make their
 * patterns: each pattern then finds its lists instead of reading them from its source (~0.1 s of CPU for the ~100
 * patterns made at the reader's import). The lists must come from the same code: they are not checked.
 */
export function primeCueNeeds(table: ReadonlyMap<string, readonly Needs[]>): void {
  for (const [key, needs] of table) if (!needsBySource.has(key)) needsBySource.set(key, needs as Needs[]);
}

/** A pattern that runs only on texts that may match it (see the module's comment). */
export class Cue extends RegExp {
  private readonly needs: Needs[];
  private readonly checks: Check[];

  /** (`needs`: the lists of a pattern with the same matches, {@link cueSpelled}) */
  constructor(pattern: string | RegExp, flags?: string, given?: Needs[]) {
    super(pattern, flags);
    if (given) {
      this.needs = given;
      this.checks = given.map(checkOf);
      return;
    }
    // (`matchAll` and `split` copy the pattern at every call, with its own flags or "y" added: the copy takes the
    // original's lists, read from the same source under the same i, u and v flags, without making and hashing the key)
    if (
      pattern instanceof Cue &&
      this.ignoreCase === pattern.ignoreCase &&
      this.unicode === pattern.unicode &&
      (this as {unicodeSets?: boolean}).unicodeSets === (pattern as {unicodeSets?: boolean}).unicodeSets
    ) {
      this.needs = pattern.needs;
      this.checks = pattern.checks;
      return;
    }
    const key = `${this.flags}/${this.source}`;
    let needs = needsBySource.get(key);
    if (!needs) needsBySource.set(key, (needs = needsOf(cueStrings(this))));
    this.needs = needs;
    this.checks = needs.map(checkOf);
  }

  /**
   * Whether `text` holds a string of each list the pattern's matches require (false: no match in it, nor in any part of
   * it), without running the pattern: a caller that runs the pattern on many parts of one text asks this once.
   */
  mayMatch(text: string): boolean {
    return mayMatchChecked(this.checks, text);
  }

  /** Whether the pattern requires any string (else it runs on every text). */
  get filters(): boolean {
    return this.needs.length > 0;
  }

  override exec(s: string): RegExpExecArray | null {
    const text = typeof s === "string" ? s : String(s);
    if (!mayMatchChecked(this.checks, text)) {
      // (as a failed match: a global or sticky pattern starts again from the beginning)
      if (this.global || this.sticky) this.lastIndex = 0;
      return null;
    }
    return super.exec(text);
  }
}

/**
 * `re` with the pre-filter ({@link Cue}); the same answers. A pattern that requires no string is returned as it is.
 * For patterns made once at module load (see `needsBySource`), not per document.
 */
export function cue(re: RegExp): RegExp {
  const c = new Cue(re.source, re.flags);
  return c.filters ? c : re;
}

/**
 * {@link cue} of `new RegExp(source, flags)` with its property classes written out ({@link spellClasses}): the
 * lists are read from `source` as written (and keyed by it), the pattern made from the written-out source only.
 */
export function cueSpelled(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let needs = needsBySource.get(key);
  if (!needs) {
    needsBySource.set(key, (needs = needsOf(cueStrings({source, flags, ignoreCase: flags.includes("i")}))));
  }
  const spelled = spellClasses(source);
  return needs.length > 0 ? new Cue(spelled, flags, needs) : new RegExp(spelled, flags);
}
