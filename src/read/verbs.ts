import type {PatternItem, VerbBlock, VerbDictionary, VerbForm, VerbPattern} from "./dictionaries/verbs.js";
import {plainPastForm, thirdPersonForm} from "./dictionaries/verbs.js";
import {words} from "./word-set.js";

/** An actor (or a compound's member) found in a sentence, as the coder sees it. */
export interface ActorRef {
  /** The dictionary code on the sentence's date, agents included (USAGOV). */
  code: string;
  /** The actor in our codes (KAZ, CSTO) or, unmapped, the first three letters of the code. */
  actor: string;
  /** Role codes (GOV, MIL …): from the dictionary code's tail and the agents dictionary. */
  agent?: string;
  /** Token span of the actor phrase. */
  first: number;
  last: number;
  /** The dictionary entry that named it. */
  entry: string;
}

/** What a verb pattern needs to see around a verb occurrence. */
export interface VerbContext {
  /** Upper-case tokens of the sentence. */
  upper: readonly string[];
  /** Token index of the verb word. */
  verb: number;
  /** Range searched before the verb (inclusive) and after it (inclusive). */
  preStart: number;
  postEnd: number;
  /** Actors starting at a token index. */
  actorsAt: ReadonlyMap<number, ActorRef[]>;
  /** Whether the subject is compound (for `%`). */
  compoundSubject: boolean;
  /** The sentence's words, with plural endings also stripped (a quick filter on patterns). */
  words?: ReadonlySet<string>;
  /** Whether each synset meets `words`, filled as asked (one map per sentence, shared by its verbs). */
  synsets?: Map<Set<string>, boolean>;
}

const required = new WeakMap<VerbPattern, {words: string[]; sets: Set<string>[]}>();
const setOf = new WeakMap<string[][], Set<string>>();

/** Words a pattern cannot match without, and for synset items the set of their options' first words. */
function requirements(p: VerbPattern): {words: string[]; sets: Set<string>[]} {
  let r = required.get(p);
  if (!r) {
    r = {words: [], sets: []};
    for (const it of [...p.pre, ...p.post]) {
      if (it.kind !== "word") continue;
      if (it.words.length === 1) r.words.push(...it.words[0]!.map((w) => w.replace(/_$/, "")));
      else {
        let set = setOf.get(it.words);
        if (!set) {
          set = new Set(it.words.flatMap((o) => [o[0]!.replace(/_$/, ""), o.at(-1)!.replace(/_$/, "")]));
          setOf.set(it.words, set);
        }
        r.sets.push(set);
      }
    }
    required.set(p, r);
  }
  return r;
}

/** Two patterns written alike (a later one overrides, as in PETRARCH2's pattern tree). */
function samePattern(a: VerbPattern, b: VerbPattern): boolean {
  const body = (p: VerbPattern) => p.text.replace(/\[[^\]]*\]\s*$/, "").trim();
  return body(a) === body(b);
}

/** A pattern code we can use: CAMEO digits (with an optional letter), "---", or "A:B" of those. Others ([+++], [xxy]) are skipped. */
const VALID_CODE = /^(\d{2,4}[A-Z]?|---)?(:(\d{2,4}[A-Z]?|---)?)?$/;

/**
 * A block's patterns compiled once: the patterns each first required word brings in, those requiring none, and
 * per pattern whether its code is usable and what words it requires.
 */
interface CompiledBlock {
  byWord: Map<string, number[]>;
  free: number[];
  all: number[];
  valid: boolean[];
  req: {words: string[]; sets: Set<string>[]}[];
}

const blockIndex = new WeakMap<VerbBlock, CompiledBlock>();

function compiled(block: VerbBlock): CompiledBlock {
  let index = blockIndex.get(block);
  if (!index) {
    const c: CompiledBlock = {byWord: new Map(), free: [], all: [], valid: [], req: []};
    block.patterns.forEach((p, i) => {
      c.all.push(i);
      c.valid.push(VALID_CODE.test(p.code));
      const r = requirements(p);
      c.req.push(r);
      // Indexed by its longest required word (rarer than "TO" or "WITH"): a pattern is possible only when all its
      // required words occur, so any one of them picks the same possible patterns, and a rare one picks fewer others.
      let w: string | undefined;
      for (const x of r.words) if (w === undefined || x.length > w.length) w = x;
      if (w === undefined) c.free.push(i);
      else {
        const list = c.byWord.get(w) ?? [];
        list.push(i);
        c.byWord.set(w, list);
      }
    });
    blockIndex.set(block, (index = c));
  }
  return index;
}

/** The block's patterns (indices) whose indexed required word occurs in the sentence (a superset), in file order. */
function candidatePatterns(index: CompiledBlock, words: ReadonlySet<string>): number[] {
  if (index.all.length < 8) return index.all;
  const picked = index.free.slice();
  // The words both the sentence and the index hold, found from the smaller side (sorted below either way).
  if (index.byWord.size < words.size) {
    for (const [w, list] of index.byWord) if (words.has(w)) for (const i of list) picked.push(i);
  } else
    for (const w of words) {
      const list = index.byWord.get(w);
      if (list) for (const i of list) picked.push(i);
    }
  // In file order: a short list by an insertion sort in place (Array.prototype.sort allocates a copy).
  if (picked.length > 48) return picked.sort((a, b) => a - b);
  for (let i = 1; i < picked.length; ++i) {
    const x = picked[i]!;
    let j = i - 1;
    while (j >= 0 && picked[j]! > x) {
      picked[j + 1] = picked[j]!;
      --j;
    }
    picked[j + 1] = x;
  }
  return picked;
}

/** Per sentence word set: whether a synset's words occur in it (synsets are shared by many patterns). */
const seen = new WeakMap<ReadonlySet<string>, Map<Set<string>, boolean>>();

function possible(
  r: {words: string[]; sets: Set<string>[]},
  words: ReadonlySet<string>,
  memo: Map<Set<string>, boolean>
): boolean {
  for (const w of r.words) if (!words.has(w)) return false;
  for (const set of r.sets) {
    let any = memo.get(set);
    if (any === undefined) {
      // Whether the two sets meet: walk the smaller one.
      any = false;
      if (set.size < words.size) {
        for (const w of set)
          if (words.has(w)) {
            any = true;
            break;
          }
      } else
        for (const w of words)
          if (set.has(w)) {
            any = true;
            break;
          }
      memo.set(set, any);
    }
    if (!any) return false;
  }
  return true;
}

/**
 * The word set used by {@link matchVerb}'s quick filter (`variants`: each word's forms in it, when the caller has
 * them from its word table).
 */
export function sentenceWords(upper: readonly string[], variants?: readonly (readonly string[])[]): Set<string> {
  const set = new Set<string>();
  if (variants) {
    for (const vs of variants) for (const v of vs) set.add(v);
    return set;
  }
  for (const u of upper) {
    set.add(u);
    if (u.endsWith("ES")) set.add(u.slice(0, -2));
    if (u.endsWith("S")) set.add(u.slice(0, -1));
  }
  return set;
}

/** The outcome of matching a verb occurrence against its patterns. */
export interface VerbMatch {
  code: string;
  /** The pattern text or `VERB [CODE]` for the default. */
  rule: string;
  pattern?: VerbPattern;
  source?: ActorRef[];
  target?: ActorRef[];
}

/** The verb forms a token may be, keeping those whose particles are in place. */
export function verbFormsAt(
  dict: VerbDictionary,
  upper: readonly string[],
  i: number
): {form: VerbForm; first: number; last: number}[] {
  const forms = dict.forms.get(upper[i]!);
  if (!forms) return [];
  const out: {form: VerbForm; first: number; last: number}[] = [];
  for (const form of forms) {
    let ok = true;
    for (let k = 0; k < form.before.length && ok; ++k) ok = upper[i - form.before.length + k] === form.before[k];
    for (let k = 0; k < form.after.length && ok; ++k) ok = upper[i + 1 + k] === form.after[k];
    if (ok) out.push({form, first: i - form.before.length, last: i + form.after.length});
  }
  // Longer (multi-word) forms first.
  return out.sort((a, b) => b.last - b.first - (a.last - a.first));
}

/** Whether a token is the word, its -S or -ES form, or (a word ending "_") the word without it; no string made. */
function wordAt(token: string | undefined, word: string): boolean {
  if (token === undefined) return false;
  if (token === word) return true;
  const extra = token.length - word.length;
  if (extra === 1) return token.charCodeAt(word.length) === 83 /* S */ && token.startsWith(word);
  if (extra === 2)
    return (
      token.charCodeAt(word.length) === 69 /* E */ && token.charCodeAt(word.length + 1) === 83 && token.startsWith(word)
    );
  return extra === -1 && word.charCodeAt(word.length - 1) === 95 /* _ */ && word.startsWith(token);
}

const optionIndex = new WeakMap<string[][], Map<string, string[][]>>();

/** The options of a word item that may match at a position: indexed by their first (or last, backwards) word. */
function optionsAt(item: {words: string[][]}, upper: readonly string[], p: number, dir: 1 | -1): readonly string[][] {
  if (item.words.length <= 2) return item.words;
  let index = optionIndex.get(item.words);
  if (!index) {
    index = new Map();
    for (const o of item.words) {
      for (const key of [`F${o[0]!.replace(/_$/, "")}`, `L${o.at(-1)!.replace(/_$/, "")}`]) {
        const list = index.get(key) ?? [];
        list.push(o);
        index.set(key, list);
      }
    }
    optionIndex.set(item.words, index);
  }
  const tok = upper[p];
  if (tok === undefined) return NO_OPTIONS;
  const side = dir === 1 ? "F" : "L";
  // The options by the token, by the token without its S, and without its ES, in that order (a lone hit as it is).
  const exact = index.get(side + tok);
  const s = tok.length > 1 && tok.endsWith("S") ? index.get(side + tok.slice(0, -1)) : undefined;
  const es = tok.length > 2 && tok.endsWith("ES") ? index.get(side + tok.slice(0, -2)) : undefined;
  if (!s && !es) return exact ?? NO_OPTIONS;
  if (!exact && !es) return s!;
  if (!exact && !s) return es!;
  return [...(exact ?? []), ...(s ?? []), ...(es ?? [])];
}

const NO_OPTIONS: readonly string[][] = [];

interface Found {
  score: number;
  source?: ActorRef[];
  target?: ActorRef[];
}

function matchItems(
  items: readonly PatternItem[],
  k: number,
  pos: number,
  dir: 1 | -1,
  ctx: VerbContext,
  lo: number,
  hi: number,
  acc: Found
): Found | undefined {
  if (k === items.length) return acc;
  let item = items[k]!;
  if (item.kind === "compound" && dir === 1) item = {kind: "target", joined: item.joined};
  if (item.kind === "compound")
    return ctx.compoundSubject ? matchItems(items, k + 1, pos, dir, ctx, lo, hi, acc) : undefined;
  const fixed = item.joined || item.kind === "skip";
  for (let p = pos; fixed ? p === pos : p >= lo && p <= hi; p += dir) {
    if (p < lo || p > hi) break;
    if (item.kind === "skip") {
      const r = matchItems(items, k + 1, p + dir, dir, ctx, lo, hi, acc);
      if (r) return r;
      continue;
    }
    if (item.kind === "source" || item.kind === "target") {
      let refs: ActorRef[] | undefined;
      let next = p + dir;
      if (dir === 1) {
        refs = ctx.actorsAt.get(p);
        if (refs) {
          let end = -Infinity;
          for (const r of refs) if (r.last > end) end = r.last;
          next = end + 1;
        }
      } else {
        // (the last list in the map's order that ends here)
        for (const [start, list] of ctx.actorsAt)
          for (const r of list)
            if (r.last === p) {
              refs = list;
              next = start - 1;
              break;
            }
      }
      if (!refs || refs.length === 0) continue;
      const found: Found =
        item.kind === "source"
          ? {score: acc.score + 1, source: refs, target: acc.target}
          : {score: acc.score + 1, source: acc.source, target: refs};
      const r = matchItems(items, k + 1, next, dir, ctx, lo, hi, found);
      if (r) return r;
      continue;
    }
    for (const option of optionsAt(item, ctx.upper, p, dir)) {
      const n = option.length;
      let ok = true;
      for (let j = 0; j < n && ok; ++j) {
        const at = dir === 1 ? p + j : p - (n - 1) + j;
        ok = at >= lo && at <= hi && wordAt(ctx.upper[at], option[j]!);
      }
      if (!ok) continue;
      const r = matchItems(items, k + 1, p + dir * n, dir, ctx, lo, hi, {
        score: acc.score + n,
        source: acc.source,
        target: acc.target
      });
      if (r) return r;
    }
  }
  return undefined;
}

/**
 * Matches a verb occurrence against its block's patterns; the pattern with the most matched elements
 * wins (the first one in the file on a tie). Without a match, the verb line's or the block's code applies.
 */
export function matchVerb(form: VerbForm, first: number, last: number, ctx: VerbContext): VerbMatch {
  let best: {pattern: VerbPattern; found: Found} | undefined;
  const words = ctx.words;
  const index = compiled(form.block);
  let memo: Map<Set<string>, boolean> | undefined;
  if (words) {
    memo = ctx.synsets ?? seen.get(words);
    if (!memo) seen.set(words, (memo = new Map()));
  }
  const patterns = form.block.patterns;
  for (const i of words ? candidatePatterns(index, words) : index.all) {
    const pattern = patterns[i]!;
    if (!index.valid[i] || (words && !possible(index.req[i]!, words, memo!))) continue;
    const post = matchItems(pattern.post, 0, last + 1, 1, ctx, last + 1, ctx.postEnd, {score: 0});
    if (!post) continue;
    const pre = matchItems(pattern.pre, 0, first - 1, -1, ctx, ctx.preStart, first - 1, {score: 0});
    if (!pre) continue;
    const score = pre.score + post.score;
    if (!best || score > best.found.score || (score === best.found.score && samePattern(best.pattern, pattern)))
      best = {
        pattern,
        found: {...pre, ...post, score, source: pre.source ?? post.source, target: post.target ?? pre.target}
      };
  }
  if (best) {
    const {pattern, found} = best;
    return {
      code: pattern.code,
      rule: `${form.block.name}: ${pattern.text}`,
      pattern,
      ...(found.source ? {source: found.source} : {}),
      ...(found.target ? {target: found.target} : {})
    };
  }
  const code = form.code ?? form.block.code;
  return {code, rule: `${form.block.name} [${code}]`};
}

/** Irregular past forms of verbs that tell diplomatic and political acts (base → past), upper case. */
const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map(
  (
    "PAY PAID,MEET MET,HOLD HELD,MAKE MADE,TAKE TOOK,GIVE GAVE,SEND SENT,BEGIN BEGAN,SPEAK SPOKE,LEAD LED,GO WENT," +
    "COME CAME,FLY FLEW,WIN WON,SET SET,SEEK SOUGHT,LEND LENT,BUILD BUILT,BUY BOUGHT,SELL SOLD,TELL TOLD,SAY SAID," +
    "BRING BROUGHT,LEAVE LEFT,SEE SAW,CUT CUT,PUT PUT,HIT HIT,RUN RAN,DRAW DREW,WITHDRAW WITHDREW,BREAK BROKE," +
    "CHOOSE CHOSE,STAND STOOD,KEEP KEPT,LOSE LOST,FIND FOUND,GET GOT,GROW GREW,RISE ROSE,FALL FELL,STRIKE STRUCK," +
    "FREEZE FROZE,FORGIVE FORGAVE,SHAKE SHOOK,THROW THREW,BECOME BECAME,OVERTAKE OVERTOOK,UNDERTAKE UNDERTOOK," +
    "UPHOLD UPHELD,WRITE WROTE,SPEND SPENT,SHUT SHUT,QUIT QUIT,LET LET,BEAR BORE,SWEAR SWORE,FORBID FORBADE," +
    "OVERSEE OVERSAW,FORESEE FORESAW,BIND BOUND,SEIZE SEIZED,SHOOT SHOT,FIGHT FOUGHT,HANG HUNG,LAY LAID,OUTLAY OUTLAID"
  )
    .split(",")
    .map((p) => p.split(" ") as [string, string])
);
/** Verbs of two syllables and more whose last consonant doubles before -ed (stress on the last syllable). */
const DOUBLING = words(
  /^(?:COMMIT|ADMIT|SUBMIT|EMIT|OMIT|PERMIT|TRANSMIT|REGRET|PREFER|REFER|CONFER|DEFER|OCCUR|RECUR|CONTROL|PATROL|EXPEL|COMPEL|PROPEL|ABET|EQUIP|ACQUIT|REBEL|ANNUL|EMBED)$/
);

/**
 * The past form of a verb given in its base or third-person -s form, upper case ("PAYS" → "PAID", "SIGN" →
 * "SIGNED", "AGREE" → "AGREED", "PLANS" → "PLANNED", "VISITS" → "VISITED"), or undefined when the word is no
 * present form of `base` (the dictionary verb it was found as).
 */
export function pastForm(word: string, base: string): string | undefined {
  const b = base.toUpperCase();
  const w = word.toUpperCase();
  if (w !== b && w !== thirdPersonForm(b)) return undefined;
  const irregular = IRREGULAR_PAST.get(b);
  if (irregular) return irregular;
  // (the spelling rules are the dictionary's own, regularForms'; only the doubling is chosen here: one syllable, or
  // a stress on the last one)
  if (/^[^AEIOU]*[AEIOU][BDGLMNPRT]$/.test(b) || DOUBLING.test(b)) return `${b}${b.at(-1)}ED`;
  return plainPastForm(b);
}
