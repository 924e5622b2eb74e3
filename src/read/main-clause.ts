/**
 * The main clause a dependent verb takes its sides from (raw-text mode of the event coder, src/read/coder.ts): the
 * finite verb a means or a sequel depends on ("X did Y by signing …"), the subject of the main clause after a fronted
 * gerund clause ("After meeting X, Peru's president flew …") and the subject a gerund aside belongs to ("The
 * president, receiving X …, praised …").
 *
 * @module
 */
import type {SentenceContext} from "./code-parse.js";
import type {Frame} from "./coder.js";
import {sentenceGroups} from "./shallow.js";
import type {ActorRef} from "./verbs.js";

/**
 * The main verb a modifier or a means depends on: the nearest finite frame before frame `fi` that has a subject
 * (and, when `endsBefore` is given, ends before that token).
 */
export function mainFrameBefore(
  frames: readonly Frame[],
  tags: readonly string[],
  upper: readonly string[],
  fi: number,
  endsBefore = Infinity
): Frame | undefined {
  for (let k = fi - 1; k >= 0; --k) {
    const fr = frames[k]!;
    const finite =
      /^VB[DZP]$/.test(tags[fr.first] ?? "") || /^(HAS|HAVE|HAD|IS|ARE|WAS|WERE|WILL)$/.test(upper[fr.first - 1] ?? "");
    if (finite && fr.subject.length > 0 && fr.last < endsBefore) return fr;
  }
  return undefined;
}

/** Whether a finite verb follows the actor group ending at `g.last`, past the words of its noun phrase. */
function finiteAfter(upper: readonly string[], tags: readonly string[], g: {last: number}): boolean {
  for (let k = g.last + 1; k < Math.min(upper.length, g.last + 7); ++k) {
    if (/^(VBD|VBZ|VBP|MD)$/.test(tags[k] ?? "")) return true;
    if (!/^(NN|NNS|NNP|NNPS|POS|JJ|RB)$/.test(tags[k] ?? "")) return false;
  }
  return false;
}

/**
 * The subject of the main clause after a fronted clause ending at `last` ("After meeting X, | Peru's president
 * flew …"): the actor group right after the clause's comma (past an article) that a finite verb follows, past the
 * words of its noun phrase ("'s president", a name); nothing when a verb comes before the clause (it is no fronted
 * clause then) or none follows the group.
 * (review K14: a clause opening a reported clause, "said that, after meeting X, Y flew home", is fronted in it: the
 * search for a verb before the clause starts after the reported clause's "that")
 * (null: a fronted clause whose main clause names no actor — "after meeting X, trade grew" — nobody's act)
 */
export function frontedSubject(
  ctx: SentenceContext,
  first: number,
  last: number
): {refs: ActorRef[]; future: boolean} | null | undefined {
  const {upper, tags} = ctx;
  let from = 0;
  for (let k = first - 1; k >= 0; --k)
    if (upper[k] === "THAT" && (k === first - 1 || (k === first - 2 && upper[k + 1] === ","))) {
      from = k + 1;
      break;
    }
  if (upper[last + 1] !== "," || tags.slice(from, first).some((t) => /^(VB[DZP]|MD)$/.test(t))) return undefined;
  const g = sentenceGroups(ctx).find((g) => g.first > last + 1 && g.first <= last + 3);
  if (!g || !upper.slice(last + 2, g.first).every((u) => /^(THE|A|AN)$/.test(u)) || !finiteAfter(upper, tags, g))
    return from > 0 ? null : undefined;
  // (review K4: the main clause told as still to come — "will visit", "plans to visit", "is expected/due/set to" —
  // makes the clause's act planned too)
  let v = g.last + 1;
  while (v < upper.length && /^(NN|NNS|NNP|NNPS|POS|JJ|RB)$/.test(tags[v] ?? "")) ++v;
  const future =
    /^(WILL|SHALL|'LL|PLANS|PLAN|INTENDS|HOPES|WANTS)$/.test(upper[v] ?? "") ||
    (/^(IS|ARE)$/.test(upper[v] ?? "") && /^(EXPECTED|DUE|SET|SCHEDULED|TO|GOING)$/.test(upper[v + 1] ?? ""));
  return {refs: g.refs, future};
}

/**
 * The subject a gerund aside at `at` belongs to ("The president, receiving X …, praised …"): the actor group the
 * sentence opens with, ending right before the aside's comma, when the aside closes with a comma and a finite verb
 * follows it.
 */
export function gerundAside(ctx: SentenceContext, at: number): ActorRef[] | undefined {
  const {upper, tags} = ctx;
  if (upper[at - 1] !== "," || tags[at] !== "VBG") return undefined;
  let close = at + 1;
  while (close < upper.length && !/^[,;:.]$/.test(upper[close]!)) ++close;
  if (upper[close] !== "," || !/^(VBD|VBZ|VBP|MD)$/.test(tags[close + 1] ?? "")) return undefined;
  const g = sentenceGroups(ctx).find((g) => g.first <= 2 && g.last < at - 1);
  if (!g || !upper.slice(0, g.first).every((u) => /^(THE|A|AN)$/.test(u))) return undefined;
  // (past the subject's noun phrase only: "The Peruvian president," — no verb between the group and the comma)
  if (!tags.slice(g.last + 1, at - 1).every((t) => /^(NN|NNS|NNP|NNPS|POS|JJ)$/.test(t))) return undefined;
  return g.refs;
}
