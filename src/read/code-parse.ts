/**
 * Parse mode: frames (verb, subject actors, object actors) from a Penn Treebank tree, in the manner of
 * PETRARCH2: noun phrases give actors (compounds expanded, agents attached), verb phrases give verbs,
 * subjects are found by climbing to the clause, objects among the verb phrase's NP, PP and clause children.
 *
 * @module
 */
import type {AgentEntry} from "./dictionaries/agents.js";
import type {CoderCore, Frame} from "./coder.js";
import {refOf, withAgent} from "./coder.js";
import type {TokenMention} from "./mentions.js";
import {isVerbTag, type TreeNode} from "./parse-tree.js";
import {verbFormsAt, type ActorRef} from "./verbs.js";

/** What the front ends get from the coder for one sentence. */
export interface SentenceContext {
  upper: readonly string[];
  tags: readonly string[];
  mentions: readonly TokenMention[];
  date: string;
  core: CoderCore;
  mapCodes: boolean;
}

const BE = new Set(["BE", "IS", "ARE", "WAS", "WERE", "BEEN", "BEING", "AM", "'S", "GET", "GOT", "GETS"]);
const PRONOUN_SUBJECT = new Set(["PRP", "EX", "WDT", "WP"]);
const CLAUSE = /^(S|SINV|SQ|SBAR|SBARQ)$/;

/** Actors named by a span of tokens, with compounds (A and B, A, B and C) expanded and agents attached. */
export function refsInSpan(ctx: SentenceContext, first: number, last: number, skip: readonly [number, number][] = []): ActorRef[] {
  const inside = ctx.mentions.filter((m) => m.first >= first && m.last <= last && !skip.some(([a, b]) => m.first >= a && m.last <= b));
  const actors: ActorRef[] = [];
  const agents: {m: TokenMention; e: AgentEntry}[] = [];
  for (const m of inside) {
    if (m.entry.kind === "agent") agents.push({m, e: m.entry});
    else {
      const r = refOf(m, ctx.date, ctx.mapCodes);
      if (r) actors.push(r);
    }
  }
  if (actors.length === 0) return [];
  const compound = actors.length > 1 && actors.slice(1).every((a, i) => {
    const between = ctx.upper.slice(actors[i]!.last + 1, a.first);
    return between.length > 0 && between.length <= 6 && between.some((w) => w === "AND" || w === "," || w === "OR");
  });
  const chosen = compound ? actors : [actors[0]!];
  return chosen.map((a) => {
    // The agent nearest to this actor (within its own stretch of the span).
    const agent = agents.find(({m}) => (compound ? Math.abs(m.first - a.last) <= 4 || Math.abs(a.first - m.last) <= 4 : true));
    return withAgent(a, agent?.e);
  });
}

function leavesOf(node: TreeNode): [number, number] {
  return [node.first, node.last];
}

/** Actors of a noun phrase: its compound members, or its own words (not its PP/clause modifiers), else an `of` PP. */
export function npActors(np: TreeNode, ctx: SentenceContext): ActorRef[] {
  const kids = np.children;
  const npKids = kids.filter((k) => k.label.startsWith("NP"));
  if (npKids.length >= 2 && kids.some((k) => k.label === "CC")) {
    const out = npKids.flatMap((k) => npActors(k, ctx));
    if (out.length > 0) return out;
  }
  const skip = kids.filter((k) => /^(PP|SBAR|VP|S|PRN|RRC)$/.test(k.label)).map(leavesOf);
  const own = refsInSpan(ctx, np.first, np.last, skip);
  if (own.length > 0) {
    // An agent word inside the NP but outside the actor's reach (“the president of Arnor”) is attached above.
    return own;
  }
  // "The president of Arnor": the agent in the head, the actor in an "of" PP.
  const pp = kids.find((k) => k.label === "PP" && ctx.upper[k.first] === "OF");
  if (pp) {
    const inner = refsInSpan(ctx, pp.first, pp.last);
    if (inner.length > 0) {
      const agent = ctx.mentions.find((m) => m.entry.kind === "agent" && m.first >= np.first && m.last < pp.first);
      return inner.map((r) => withAgent(r, agent?.entry.kind === "agent" ? agent.entry : undefined));
    }
  }
  return [];
}

function verbChainTop(vp: TreeNode): TreeNode {
  let node = vp;
  while (node.parent && node.parent.label.startsWith("VP")) node = node.parent;
  return node;
}

/** Finds the subject actors of a verb phrase, climbing through VPs, subjectless clauses and pronouns. */
function subjectOf(vp: TreeNode, ctx: SentenceContext): {refs: ActorRef[]; start: number} {
  let node = verbChainTop(vp);
  for (let guard = 0; guard < 12 && node.parent; ++guard) {
    const parent = node.parent;
    if (parent.label.startsWith("NP")) {
      // A participle or relative clause modifying a noun: the noun is the subject.
      const head = parent.children.find((k) => k.label.startsWith("NP") && k !== node);
      const refs = head ? npActors(head, ctx) : [];
      if (refs.length > 0) return {refs, start: head!.first};
    }
    if (CLAUSE.test(parent.label)) {
      const idx = parent.children.indexOf(node);
      for (let k = idx - 1; k >= 0; --k) {
        const c = parent.children[k]!;
        if (!c.label.startsWith("NP")) continue;
        const isPronoun = c.children.length === 1 && PRONOUN_SUBJECT.has(c.children[0]!.label);
        if (isPronoun) break;
        const refs = npActors(c, ctx);
        if (refs.length > 0) return {refs, start: c.first};
        return {refs: [], start: c.first};
      }
    }
    node = parent.label.startsWith("VP") ? verbChainTop(parent) : parent;
  }
  return {refs: [], start: 0};
}

/** Finds the object actors of a verb: NP, PP and small-clause subjects after the verb, nearest first. */
function objectOf(vp: TreeNode, verbIndex: number, ctx: SentenceContext): ActorRef[] {
  for (const c of vp.children) {
    if (c.last <= verbIndex) continue;
    let refs: ActorRef[] = [];
    if (c.label.startsWith("NP")) refs = npActors(c, ctx);
    else if (c.label === "PP") {
      for (const k of c.children) if (k.label.startsWith("NP")) refs = refs.length ? refs : npActors(k, ctx);
    } else if (c.label === "S") {
      const np = c.children.find((k) => k.label.startsWith("NP"));
      if (np) refs = npActors(np, ctx);
    }
    if (refs.length > 0) return refs;
  }
  return [];
}

function isPassive(vp: TreeNode, verb: TreeNode, ctx: SentenceContext): boolean {
  if (verb.label !== "VBN") return false;
  for (let node: TreeNode | undefined = vp.parent; node && node.label.startsWith("VP"); node = node.parent) {
    const v = node.children.find((k) => isVerbTag(k.label));
    if (v && BE.has(ctx.upper[v.index!]!)) return true;
  }
  return false;
}

function byAgent(vp: TreeNode, ctx: SentenceContext): ActorRef[] {
  for (const c of vp.children) {
    if (c.label === "PP" && ctx.upper[c.first] === "BY") {
      const np = c.children.find((k) => k.label.startsWith("NP"));
      if (np) return npActors(np, ctx);
    }
  }
  return [];
}

/** The frames of a parsed sentence: one per dictionary verb. */
export function framesFromTree(root: TreeNode, ctx: SentenceContext): Frame[] {
  const frames: Frame[] = [];
  const visit = (node: TreeNode) => {
    if (node.word !== undefined && isVerbTag(node.label) && node.parent) {
      const forms = verbFormsAt(ctx.core.verbs, ctx.upper, node.index!);
      const hit = forms[0];
      if (hit) {
        const vp = node.parent;
        const subject = subjectOf(vp, ctx);
        const passive = isPassive(vp, node, ctx);
        const object = passive ? byAgent(vp, ctx) : objectOf(vp, node.index!, ctx);
        frames.push({
          first: hit.first,
          last: hit.last,
          form: hit.form,
          subject: subject.refs,
          object,
          preStart: Math.min(subject.start, hit.first),
          postEnd: vp.last,
          passive
        });
      }
    }
    for (const c of node.children) visit(c);
  };
  visit(root);
  return frames;
}
