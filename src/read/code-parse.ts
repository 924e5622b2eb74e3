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
import {codesOn} from "./dictionaries/actors.js";
import type {TokenMention} from "./mentions.js";
import {isVerbTag, type TreeNode} from "./parse-tree.js";
import {verbFormsAt, type ActorRef} from "./verbs.js";
import {words} from "./word-set.js";

/** What the front ends get from the coder for one sentence. */
export interface SentenceContext {
  upper: readonly string[];
  tags: readonly string[];
  mentions: readonly TokenMention[];
  date: string | undefined;
  core: CoderCore;
  mapCodes: boolean;
  /** Code agents without an actor as PETRARCH's null actor (---GOV). */
  nullActors?: boolean;
  /** The article reader's stricter raw-text reading ({@link CoderDictionaries.happenedOnly}). */
  happenedOnly?: boolean;
  /** The actor groups, once computed (src/read/shallow.ts's sentenceGroups). */
  groups?: ReturnType<typeof import("./shallow.js").actorGroups>;
}

const BE = new Set(["BE", "IS", "ARE", "WAS", "WERE", "BEEN", "BEING", "AM", "'S", "GET", "GOT", "GETS"]);
const PRONOUN_SUBJECT = new Set(["PRP", "EX", "WDT", "WP"]);
const OF_PREP = new Set(["OF", "IN", "FROM", "AT"]);
const CLAUSE = words(/^(S|SINV|SQ|SBAR|SBARQ)$/);

const CONJ = new Set(["AND", "OR", "NOR", ",", "NEITHER", "EITHER", "BOTH", "THE", "AS", "WELL"]);

/**
 * Attaches the agents found with an actor. Agents side by side combine (Danish Islamist media → DNK +
 * MUS + MED); agents joined by "and" give one reference each (media and government → DNKMED, DNKGOV);
 * "former" makes the role ELI.
 */
function agentsFor(
  a: ActorRef,
  agents: readonly {m: TokenMention; e: AgentEntry}[],
  ctx: SentenceContext,
  first: number
): ActorRef[] {
  // ("FORMER" among the three words before, within the span; no slice made)
  const former = (at: number) => {
    for (let k = Math.max(first, at - 3); k < at; ++k) if (ctx.upper[k] === "FORMER") return true;
    return false;
  };
  const eli = FORMER_AGENT;
  if (agents.length === 0) return [former(a.first) ? withAgent(a, eli) : a];
  // Split into groups at conjunctions; the words before the first group's last agent are shared modifiers.
  const groups: {m: TokenMention; e: AgentEntry}[][] = [[agents[0]!]];
  for (let k = 1; k < agents.length; ++k) {
    const between = ctx.upper.slice(agents[k - 1]!.m.last + 1, agents[k]!.m.first);
    if (between.includes("AND") || between.includes("OR")) groups.push([agents[k]!]);
    else groups.at(-1)!.push(agents[k]!);
  }
  const shared = groups.length > 1 ? groups[0]!.slice(0, -1) : [];
  return groups.map((g, gi) => {
    let ref = a;
    const list = gi === 0 ? g : [...shared, ...g];
    if (list.some(({m}) => former(m.first))) return withAgent(ref, eli);
    for (const {e} of list) ref = withAgent(ref, e);
    return ref;
  });
}

/** "former" as an agent: the role ELI (read only; shared by every call). */
const FORMER_AGENT: AgentEntry = {
  words: [],
  exact: [],
  code: "ELI",
  position: "suffix",
  entry: "FORMER",
  kind: "agent"
};

/** The head nouns of a state's formal name: "the Republic of Kazakhstan", "the Russian Federation". */
const STATE_FORM_HEADS = "REPUBLIC|FEDERATION|KINGDOM";
/** A head noun of a state's formal name (STATE_FORM_HEADS). */
export const STATE_FORM_HEAD = new RegExp(`^(${STATE_FORM_HEADS})$`);
/** Words of a state's formal name between an office and the state: "President of the Republic of Kazakhstan". */
const STATE_FORM = new RegExp(
  `^(OF|THE|${STATE_FORM_HEADS}|ISLAMIC|PEOPLE'S|PEOPLES|DEMOCRATIC|SOCIALIST|ARAB|FEDERAL)$`
);

/** Offices named before "of" and their states in a compound: "X and the leaders of Y and Z" (code-parse, coder, shallow). */
export const LEADERS_OF = words(/^(LEADERS|PRESIDENTS|HEADS|MINISTERS|PREMIERS|GOVERNMENTS|DELEGATIONS)$/);
/** Words that may stand between "and" and such an office: "X and the other foreign ministers of …", "… the heads of state of". */
export const LEADERS_OF_FILLER = words(/^(THE|OTHER|FOREIGN|PRIME|DEFENCE|DEFENSE|STATE|OF)$/);

/** Actors named by a span of tokens, with compounds (A and B, A, B and C) expanded and agents attached. */
export function refsInSpan(
  ctx: SentenceContext,
  first: number,
  last: number,
  skip: readonly [number, number][] = []
): ActorRef[] {
  const actors: ActorRef[] = [];
  const agents: {m: TokenMention; e: AgentEntry}[] = [];
  // The mentions inside the span, in order (one pass, no intermediate list: this runs for every actor group).
  for (const m of ctx.mentions) {
    if (m.first < first || m.last > last || (skip.length > 0 && skip.some(([a, b]) => m.first >= a && m.last <= b)))
      continue;
    if (m.entry.kind === "agent") agents.push({m, e: m.entry});
    else for (const r of refsOf(m, ctx)) actors.push(r);
  }
  if (actors.length === 0) {
    if (!ctx.nullActors || agents.length === 0) return [];
    // PETRARCH's null actor: an agent with no actor ("police", "lawmakers") is coded ---COP, ---LEG.
    const m = agents[0]!.m;
    const nul: ActorRef = {code: "---", actor: "---", first: m.first, last: m.last, entry: `--- ${m.entry.entry}`};
    return agentsFor(nul, agents, ctx, first);
  }
  // Members of one compound: only conjunctions, commas and determiners between them.
  const kept: ActorRef[] = [actors[0]!];
  let n = 1;
  while (n < actors.length) {
    const prev = actors[n - 1]!,
      cur = actors[n]!;
    if (cur.first === prev.first) {
      kept.push(cur);
      ++n;
      continue;
    }
    const between = ctx.upper.slice(prev.last + 1, cur.first);
    // Conjunctions, commas and determiners — and adjectives ("Fornost and the evil awful Gondor") — but
    // never a possessive or a noun ("Ithilen's awful and evil minister Calimehtar" is one actor).
    const tagsBetween = ctx.tags.slice(prev.last + 1, cur.first);
    const joiner = between.some((w) => w === "AND" || w === "OR" || w === "NOR" || w === ",");
    // The article reader: the first member's own head noun may stand before the conjunction ("the Kazakh government
    // and Baku", "the Uzbek side and Kabul"): an agent's word or "side".
    const firstJoiner = between.findIndex((w) => CONJ.has(w));
    // After the conjunction, the next member's own title may stand before its name ("Macron and President
    // Tokayev", "Xi and Foreign Minister Lavrov"): an agent's word there belongs to that member.
    const agentAt = (k: number) => agents.some((a) => a.m.first <= prev.last + 1 + k && a.m.last >= prev.last + 1 + k);
    // (session 19) … with the nouns that modify that head ("the Hungarian energy company", "Armenian central bank
    // governor") and the name after it ("the Turkish energy company BOTAS", "… governor Martin Galstyan").
    const agentAfter = (k: number, to: number) => {
      for (let j = k + 1; j < to; ++j) if (agentAt(j)) return true;
      return false;
    };
    const agentBefore = (k: number) => {
      for (let j = 0; j < k; ++j) if (agentAt(j)) return true;
      return false;
    };
    // (… the possessive of "China's central bank and …", and the holder's name after an office "of" the state:
    // "Governor of the National Bank of Georgia Natia Turnava and …")
    const officeOf = ctx.upper[prev.first - 1] === "OF";
    const memberWord = (k: number, to: number) =>
      (/^(NN|POS)$/.test(tagsBetween[k] ?? "") && agentAfter(k, to)) ||
      (/^NNPS?$/.test(tagsBetween[k] ?? "") &&
        (agentBefore(k) || (officeOf && tagsBetween.slice(0, k).every((t) => /^NNPS?$/.test(t)))));
    const headNoun = (w: string, k: number) =>
      ctx.happenedOnly === true &&
      ((k < firstJoiner &&
        (/^(SIDE|SIDES|STATES|COUNTRIES|REPUBLICS|NATIONS)$/.test(w) || agentAt(k) || memberWord(k, firstJoiner))) ||
        // … and "his/her/their": "Lavrov and his Kazakh counterpart".
        (firstJoiner >= 0 && k > firstJoiner && (agentAt(k) || /^(HIS|HER|THEIR)$/.test(w))) ||
        // … and the office's "of (the Republic of)": "Putin and President of the Republic of Kazakhstan Tokayev".
        (firstJoiner >= 0 &&
          k > firstJoiner + 1 &&
          STATE_FORM.test(w) &&
          between.slice(firstJoiner + 1, k).some((_x, j) => agentAt(firstJoiner + 1 + j))));
    // … and "X and the leaders of Y, Z": the others' offices before their states ("Chancellor X and the presidents of
    // A and B signed …").
    const leadersOf =
      ctx.happenedOnly === true &&
      firstJoiner >= 0 &&
      between.at(-1) === "OF" &&
      LEADERS_OF.test(between.at(-2) ?? "") &&
      between.slice(firstJoiner + 1, -2).every((w) => LEADERS_OF_FILLER.test(w));
    const onlyModifiers = between.every(
      (w, k) =>
        CONJ.has(w) ||
        /^(JJ|JJS|JJR|DT|RB)$/.test(tagsBetween[k] ?? "") ||
        headNoun(w, k) ||
        (leadersOf && k > firstJoiner)
    );
    // The article reader: a state's adjective, its office and the holder's name are one member ("French President
    // Macron and Tokayev"): the name adds no member and the list goes on.
    const sameMember =
      ctx.happenedOnly === true &&
      !joiner &&
      cur.actor === prev.actor &&
      between.every((w, k) => agentAt(k) || /^(JJ|NNP)$/.test(tagsBetween[k] ?? "") || memberWord(k, between.length));
    if (sameMember) {
      ++n;
      continue;
    }
    if (between.length === 0 || !joiner || !onlyModifiers) break;
    kept.push(cur);
    ++n;
  }
  const out = kept.flatMap((a) => agentsFor(a, agents, ctx, first));
  // Each member's own title ("President Macron and President Tokayev") gives each member its agent once.
  return ctx.happenedOnly === true && out.length > 1
    ? out.filter((r, k) => out.findIndex((o) => o.code === r.code && o.actor === r.actor) === k)
    : out;
}

/** The actor references of one mention: several when its code is a compound [A/B/C]. */
export function refsOf(m: TokenMention, ctx: SentenceContext): ActorRef[] {
  const entry = m.entry;
  if (entry.kind !== "actor") return [];
  const codes = codesOn(entry.codes, ctx.date);
  if (codes.length <= 1) {
    const r = refOf(m, ctx.date, ctx.mapCodes);
    return r ? [r] : [];
  }
  return codes.flatMap((code) => {
    const r = refOf({...m, entry: {...entry, codes: [{code}]}}, ctx.date, ctx.mapCodes);
    return r ? [r] : [];
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
  const isNull = own.length > 0 && own.every((r) => r.actor === "---");
  if (own.length > 0 && !isNull) return own;
  // "The president of Arnor": the agent in the head, the actor in an "of" PP.
  const pp = kids.find((k) => k.label === "PP" && OF_PREP.has(ctx.upper[k.first]!));
  if (pp) {
    const agents = ctx.mentions.filter((m) => m.entry.kind === "agent" && m.first >= np.first && m.last < pp.first);
    if (agents.length > 0) {
      const inner = pp.children.filter((k) => k.label.startsWith("NP")).flatMap((k) => npActors(k, ctx));
      return inner.flatMap((r) =>
        agentsFor(
          r,
          agents.map((m) => ({m, e: m.entry as AgentEntry})),
          ctx,
          np.first
        )
      );
    }
    // "Goats of Gondor": a head that names nothing, of an actor, stands for that actor.
    if (own.length === 0 && ctx.upper[pp.first] === "OF") {
      const inner = pp.children.filter((k) => k.label.startsWith("NP")).flatMap((k) => npActors(k, ctx));
      if (inner.length > 0) return inner;
    }
  }
  return own;
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
    if (c.label.startsWith("NP")) refs = objectInNP(c, ctx);
    else if (c.label === "PP") {
      for (const k of c.children) if (k.label.startsWith("NP")) refs = refs.length ? refs : objectInNP(k, ctx);
    } else if (c.label === "S" || c.label === "SBAR") {
      const clause = c.label === "SBAR" ? c.children.find((k) => k.label === "S") : c;
      const np = clause?.children.find((k) => k.label.startsWith("NP"));
      if (np) refs = npActors(np, ctx);
      else {
        // A subjectless complement ("signed an accord to supply Gondor"): its verb phrase's objects.
        const inner = clause?.children.find((k) => k.label === "VP");
        if (inner) refs = objectOf(innermostVP(inner), -1, ctx);
      }
    }
    if (refs.length > 0) return refs;
  }
  return [];
}

function innermostVP(vp: TreeNode): TreeNode {
  let node = vp;
  for (;;) {
    const next = node.children.find((k) => k.label === "VP");
    if (!next) return node;
    node = next;
  }
}

/** The actors of an object NP, else those of its PP modifiers (a million dollars to Gondor). */
function objectInNP(np: TreeNode, ctx: SentenceContext, depth = 0): ActorRef[] {
  const own = npActors(np, ctx);
  if ((own.length > 0 && own[0]!.actor !== "---") || depth > 3) return own;
  for (const k of np.children) {
    if (k.label.startsWith("NP")) {
      const r = objectInNP(k, ctx, depth + 1);
      if (r.length > 0) return r;
    }
    if (k.label === "VP") {
      const r = objectOf(innermostVP(k), -1, ctx);
      if (r.length > 0) return r;
    }
    if (k.label === "PP") {
      for (const n of k.children)
        if (n.label.startsWith("NP")) {
          const r = objectInNP(n, ctx, depth + 1);
          if (r.length > 0) return r;
        }
    }
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
  // The "by" phrase, also inside an adverb phrase ("opposed earlier by Osgiliath").
  const kids = vp.children.flatMap((c) => (c.label === "ADVP" ? c.children : [c]));
  for (const c of kids) {
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
        const by = passive ? byAgent(vp, ctx) : [];
        const object = by.length > 0 ? by : objectOf(vp, node.index!, ctx);
        frames.push({
          first: hit.first,
          last: hit.last,
          form: hit.form,
          subject: subject.refs,
          object,
          preStart: Math.min(subject.start, hit.first),
          postEnd: vp.last,
          passive: by.length > 0
        });
      }
    }
    for (const c of node.children) visit(c);
  };
  visit(root);
  return frames;
}
