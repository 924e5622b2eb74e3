/**
 * Acts told inside a noun's clause, said again the plain way so that the coder reads them as it reads a main clause:
 *
 * - an object relative ("the aid that Japan delivered to Laos", "the talks which Peru held with Chile last week", "the
 *   agreement that Norway's minister, Jan Holm, signed with Ghana"): its subject, its verb (with its auxiliaries),
 *   the noun as the verb's object, and the rest of the clause — "Japan delivered the aid to Laos";
 * - a passive reduced relative with its agent ("the sanctions imposed on Laos by Japan on 6 June", "the route opened
 *   by Peru to Chile"): the agent, the participle as the verb, the noun, and the rest without the agent —
 *   "Japan imposed the sanctions on Laos on 6 June".
 *
 * Told by word class and phrase structure (the coder's tags and src/read/clauses.ts), never by the verb: any verb of
 * the dictionary is read in these clauses as in a main clause. A relative whose pronoun is its subject ("the company
 * that signed the deal") or whose verb has an object of its own ("the state that sent troops to X") is the coder's
 * own reading already, and gives nothing here.
 *
 * @module
 */
import {pastShaped, type Clause} from "./clauses.js";
import {words} from "./word-set.js";

// Word lists tested inside the functions below, made once (a pattern written inside a function is a new object
// at each call; a set answers as the pattern did: see word-set.ts).
const TAG_NN_NNS = words(/^(NN|NNS)$/);

/** The relative pronouns of an object relative (one token, upper case). */
const THAT_WHICH = words(/^(THAT|WHICH)$/);

/** A clause said the plain way: its text, and the token of its verb in the sentence as written. */
export interface CanonicalClause {
  text: string;
  verb: number;
}

const FINITE = words(/^(VBD|VBZ|VBP|VBN)$/);
/** Auxiliaries before a relative clause's verb ("that X has sent", "which Y had signed"). */
const AUXILIARY = words(/^(HAS|HAVE|HAD|WAS|WERE|IS|ARE|DID|ALSO|ALREADY|RECENTLY|JUST)$/);
/** Words that begin an object right after a verb: a determiner, a possessive, a number, a noun, an adjective. */
const OBJECT_START = words(/^(DT|PRP\$|CD|NN|NNS|NNP|NNPS|JJ|JJR|JJS|PRP|\$)$/);
/** Words of the noun's own phrase before it ("the energy agreement", "the new rail route", "40 tonnes of aid"). */
const NOUN_PHRASE = words(/^(JJ|NN|NNS|NNP|NNPS|VBG|CD)$/);
/** Words that date a clause: a month, a weekday, a year, a relative time ("last week", "earlier this month"). */
const DATE_WORD =
  /^(JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|YESTERDAY|TODAY|LAST|EARLIER|(?:1[89]|20)\d\d)$/;
/** Words that end a clause's rest: a hard stop, a relative or subordinating word. */
const REST_STOP = words(/^(\.|;|:|\(|\)|WHICH|WHO|WHOSE|WHILE|WHEREAS|BUT|BECAUSE|ALTHOUGH)$/);

/** The noun's phrase before its head `anchor` (at most four words: modifiers, not the determiner). */
function nounPhrase(words: readonly string[], tags: readonly string[], anchor: number): string[] {
  let b = anchor;
  while (b > anchor - 4 && b > 0 && NOUN_PHRASE.test(tags[b - 1] ?? "")) --b;
  // A noun completing another through a preposition, "the agreement on the railway, which X signed", "40 tonnes of
  // aid that X sent": the clause may tell either noun's act (the agreement is what was signed), so the object is the
  // whole phrase, from the first noun's modifiers on.
  const p = /^(DT|PRP\$)$/.test(tags[b - 1] ?? "") ? b - 2 : b - 1;
  if (p > 0 && OF_PHRASE.test(words[p]!.toUpperCase()) && TAG_NN_NNS.test(tags[p - 1] ?? "")) {
    let h = p - 1;
    while (h > p - 4 && h > 0 && NOUN_PHRASE.test(tags[h - 1] ?? "")) --h;
    return words.slice(h, anchor + 1);
  }
  return words.slice(b, anchor + 1);
}

/** Nouns of talks, which a relative's act may be done to ("the talks on visa facilitation between X and Y, which …"). */
const TALKS = words(/^(TALKS|NEGOTIATIONS|CONSULTATIONS|DIALOGUE|DISCUSSIONS)$/);

/** Prepositions that join a noun's complement to it ("the agreement on X", "the fund for Y", "the line between A and B"). */
const OF_PHRASE = words(/^(OF|ON|FOR|ABOUT|BETWEEN|WITH|TO)$/);

/**
 * The object of an object relative whose pronoun follows a name that completes another noun ("the Partnership
 * Agreement with the EU, which X and Y signed", "the agreement on the borders of A, B and C, which the three
 * presidents signed"): "which" stands for a thing, and a thing the relative's subject acts on, so not for the name (a
 * state is no paper signed, a pipeline opposed): the phrase from the noun the name completes, through the name.
 * Undefined when the name completes no noun ("Chile, which Peru considers an ally": the name is the object).
 */
function phraseBeforeName(words: readonly string[], tags: readonly string[], anchor: number): string[] | undefined {
  if (!/^NNPS?$/.test(tags[anchor] ?? "")) return undefined;
  // (the names: "the EU", "A, B and C", "Peru's")
  let k = anchor;
  while (
    k > 0 &&
    (/^(NNP|NNPS|DT|POS)$/.test(tags[k - 1] ?? "") ||
      (/^(,|and)$/.test(words[k - 1] ?? "") && /^NNPS?$/.test(tags[k - 2] ?? "")))
  )
    --k;
  const p = k - 1;
  if (p < 1 || !OF_PHRASE.test(words[p]!.toUpperCase())) return undefined;
  // The noun the name completes, and its own phrase (modifiers, names and "and" inside a title: "the Enhanced
  // Partnership and Cooperation Agreement with the EU"), then the nouns further back that it completes in turn, two
  // at most ("the agreement on the junction point of the borders of A, B and C", "the launch of talks on visa
  // facilitation between A and B").
  let prep = p;
  let b = -1;
  for (let step = 0; step < 3; ++step) {
    if (!/^(NN|NNS|NNP|NNPS)$/.test(tags[prep - 1] ?? "")) break;
    // (a capitalised noun is a paper's title or the name goes on: "the International Year of Peace and Trust")
    const head = words[prep - 1]!;
    if (head !== head.toLowerCase() && !ACT_NOUN.test(head.toUpperCase())) break;
    let h = prep - 1;
    while (
      h > prep - 8 &&
      h > 0 &&
      (NOUN_PHRASE.test(tags[h - 1] ?? "") || (words[h - 1] === "and" && /^NNPS?$/.test(tags[h - 2] ?? "")))
    )
      --h;
    b = h;
    // (a paper, a measure or talks is what the relative's act is done to: "the talks on the agreement with X, which
    // X and Y signed" signed the agreement)
    if (ACT_NOUN.test(words[prep - 1]!.toUpperCase()) || TALKS.test(words[prep - 1]!.toUpperCase())) break;
    // (its determiner, or none: "talks on visa facilitation"; then the preposition of a noun it completes)
    const before = /^(DT|PRP\$)$/.test(tags[h - 1] ?? "") ? h - 2 : h - 1;
    if (before < 1 || !OF_PHRASE.test(words[before]!.toUpperCase())) break;
    prep = before;
  }
  if (b < 0) return undefined;
  return words.slice(b, anchor + 1);
}

/**
 * The rest of a clause after token `from`: to its end as the finder gives it, or — when the finder stopped at an
 * apposition's comma before the verb — to the next comma, stop or clause word, or the main verb after a noun.
 */
function restEnd(
  upper: readonly string[],
  tags: readonly string[],
  from: number,
  clauseLast: number,
  comma = false
): number {
  if (clauseLast > from) return clauseLast;
  let k = from + 1;
  for (; k < upper.length; ++k) {
    if (REST_STOP.test(upper[k]!) || (upper[k] === "," && !comma)) break;
    // (the sentence's own verb after the clause: "the talks that X held with Y last week | drew …")
    if (/^(VBD|VBZ|VBP|MD)$/.test(tags[k] ?? "") && /^(NN|NNS|NNP|NNPS|CD|RB)$/.test(tags[k - 1] ?? "")) break;
  }
  return k - 1;
}

/**
 * The sentence's object relatives and passive reduced relatives with an agent, each said the plain way. `words` and
 * `upper` are the sentence's tokens as written and upper case, `tags` the coder's tags, `clauses` the finder's
 * clauses of those words.
 */
export function canonicalClauses(
  words: readonly string[],
  upper: readonly string[],
  tags: readonly string[],
  clauses: readonly Clause[]
): CanonicalClause[] {
  const out: CanonicalClause[] = [];
  // A verb by the coder's tag or, where the light tagger read a past form as a noun ("held", "built"), by its shape.
  const verbAt = verbAtOf(words, tags);
  // Object relatives: the finder's relatives opened by "that"/"which", and a "that"/"which" right after a common noun
  // (or a word after a determiner) that the finder left out (its subject holds an apposition's commas: "the agreement that X, the Y minister,
  // signed …"), unless the finder reads it as a reported clause.
  const openers: Clause[] = clauses.filter(
    (c) => c.kind === "relative" && c.first === c.opener && THAT_WHICH.test(upper[c.opener]!)
  );
  for (let t = 1; t < upper.length; ++t)
    if (
      THAT_WHICH.test(upper[t]!) &&
      // (a noun by its tag, or by the determiner before it: the light tagger reads "the talks which" as a verb)
      (TAG_NN_NNS.test(tags[t - 1] ?? "") || /^(DT|PRP\$|JJ|POS)$/.test(tags[t - 2] ?? "")) &&
      !clauses.some((c) => c.opener === t)
    )
      openers.push({kind: "relative", first: t, last: t, opener: t, anchor: t - 1, comma: false});
  // Object relatives with no pronoun of their own and a named subject ("the partnership the EU signed with X in 2022",
  // "the aid Japan delivered to Laos"): English drops an object relative's pronoun; the clause starts at its subject,
  // right after the noun (opener: the noun itself, so that the subject is the word after it). Session 27.
  for (let t = 2; t < upper.length - 1; ++t)
    if (namedContactRelative(words, upper, tags, t, verbAt))
      openers.push({kind: "relative", first: t, last: t, opener: t - 1, anchor: t - 1, comma: false});
  for (const c of [...openers, ...clauses.filter((c) => c.kind === "reduced")]) {
    if (c.kind === "relative") {
      // The relative's subject right after its pronoun: a noun phrase, no verb, no adverb.
      const s = c.opener + 1;
      if (!/^(DT|PRP\$|NN|NNS|NNP|NNPS|JJ|CD|PRP)$/.test(tags[s] ?? "")) continue;
      // Its verb: the first finite verb after the subject (an apposition's commas inside), before another clause.
      let v = -1;
      for (let k = s + 1; k < Math.min(upper.length, s + 14); ++k) {
        if (REST_STOP.test(upper[k]!) || upper[k] === "THAT") break;
        if (verbAt(k) && !AUXILIARY.test(upper[k]!)) {
          v = k;
          break;
        }
      }
      // (a past act: "that X sent", "which X has signed"; a present one, "the region that X dominates", is a state)
      if (v < 0 || (/^(VBZ|VBP)$/.test(tags[v] ?? "") && !pastShaped(words[v] ?? ""))) continue;
      let a = v;
      while (a > s && AUXILIARY.test(upper[a - 1]!)) --a;
      // (the subject phrase ends before the auxiliaries and holds no verb of its own)
      if (upper.slice(s, a).some((_, k) => /^(VB|MD)/.test(tags[s + k] ?? "") || pastShaped(words[s + k] ?? "")))
        continue;
      // An object of its own after the verb: the pronoun was no object ("the state that X urged Y to …" is another
      // construction).
      if (OBJECT_START.test(tags[v + 1] ?? "") && !/^(LAST|THIS|NEXT|EARLIER|LATER)$/.test(upper[v + 1] ?? ""))
        continue;
      const end = restEnd(upper, tags, v, c.last);
      const text = [
        ...words.slice(s, v + 1),
        "the",
        ...(phraseBeforeName(words, tags, c.anchor) ?? nounPhrase(words, tags, c.anchor)),
        ...words.slice(v + 1, end + 1)
      ].join(" ");
      out.push({text: `${text}.`, verb: v});
      continue;
    }
    if (c.kind === "reduced") {
      const p = c.opener;
      // (not a participle after an adverb, "a region long dominated by X", "increasingly courted by Y": a state)
      if (!verbAt(p) || /^RB/.test(tags[p - 1] ?? "") || /^(LONG|INCREASINGLY|WIDELY)$/.test(upper[p - 1] ?? ""))
        continue;
      // The agent after "by", within the clause's first words (the rest past an apposition's commas).
      const end = restEnd(upper, tags, p, p, true);
      let by = -1;
      for (let k = p + 1; k <= Math.min(end, p + 8); ++k)
        if (upper[k] === "BY") {
          by = k;
          break;
        }
      if (by < 0) continue;
      // The agent phrase: to the next preposition, adverb, date word or the rest's end (an apposition's commas inside,
      // "by X, the Y minister, on 6 June": the commas close it).
      let agentEnd = by + 1;
      while (
        agentEnd + 1 <= end &&
        !/^(IN|TO|RB)$/.test(tags[agentEnd + 1] ?? "") &&
        !/^(ON|IN|AT|DURING|LAST|THIS|EARLIER|LATER|YESTERDAY|TODAY)$/.test(upper[agentEnd + 1]!)
      )
        ++agentEnd;
      while (agentEnd > by && upper[agentEnd] === ",") --agentEnd;
      if (agentEnd <= by) continue;
      // An act, not a description ("the alliance led by Moscow", "a company owned by X"): the clause tells its own
      // time, and its agent phrase holds no verb of a coordinated participle ("by X and increasingly courted by Y").
      if (!upper.slice(p + 1, end + 1).some((u) => DATE_WORD.test(u))) continue;
      if (words.slice(by + 1, agentEnd + 1).some((w) => pastShaped(w))) continue;
      let restFrom = agentEnd + 1;
      if (upper[restFrom] === ",") ++restFrom;
      const agent = words.slice(by + 1, agentEnd + 1);
      // ("by X, the Y minister, …": the apposition closed again)
      if (agent.includes(",")) agent.push(",");
      const text = [
        ...agent,
        words[p]!,
        "the",
        ...nounPhrase(words, tags, c.anchor),
        ...words.slice(p + 1, by),
        ...words.slice(restFrom, end + 1)
      ]
        .join(" ")
        .replace(/\s+,/g, ",");
      out.push({text: `${text.replace(/,\s*$/, "")}.`, verb: p});
    }
  }
  return out;
}

/** A verb by the coder's tag or, where the light tagger read a past form as a noun ("held", "built"), by its shape. */
const verbAtOf = (words: readonly string[], tags: readonly string[]) => (k: number) =>
  FINITE.test(tags[k] ?? "") || pastShaped(words[k] ?? "");

/** Whether the sentence holds an object relative without a pronoun whose subject is a name (the coder's quick test). */
export function hasNamedContactRelative(
  words: readonly string[],
  upper: readonly string[],
  tags: readonly string[]
): boolean {
  const verbAt = verbAtOf(words, tags);
  for (let t = 2; t < upper.length - 1; ++t) if (namedContactRelative(words, upper, tags, t, verbAt)) return true;
  return false;
}

/**
 * Nouns of papers, aid and measures, whose act a relative clause without a pronoun tells ("the partnership the EU
 * signed with X", "the aid Japan delivered to Y", "the sanctions Washington imposed on Z"); a noun of another kind is
 * left alone ("the rules X introduced" would be read by the dictionary's INTRODUCE, a meeting).
 */
const ACT_NOUN = words(
  /^(AGREEMENT|AGREEMENTS|DEAL|DEALS|ACCORD|TREATY|TREATIES|MEMORANDUM|MEMORANDA|MEMORANDUMS|PARTNERSHIP|CONTRACT|CONTRACTS|PROTOCOL|ROADMAP|DECLARATION|CHARTER|AID|ASSISTANCE|LOAN|LOANS|CREDIT|GRANT|GRANTS|PACKAGE|SANCTIONS|BAN|EMBARGO|TARIFFS|DUTIES)$/
);

/**
 * Whether token `t` opens an object relative without a pronoun whose subject is a name: a lower-case common noun at
 * `t - 1` with a determiner or possessive before its phrase (not a phrase opening the sentence after a preposition:
 * "At the summit Russia signed …" is the main clause), then a name ("the EU", "Japan", "Russia and China") and right
 * after it a past verb (or an auxiliary and one).
 */
function namedContactRelative(
  words: readonly string[],
  upper: readonly string[],
  tags: readonly string[],
  t: number,
  verbAt: (k: number) => boolean
): boolean {
  const noun = words[t - 1] ?? "";
  if (!TAG_NN_NNS.test(tags[t - 1] ?? "") || noun !== noun.toLowerCase() || !ACT_NOUN.test(upper[t - 1]!)) return false;
  if (pastShaped(noun)) return false;
  // (the noun's phrase: a determiner or possessive within four words before it, modifiers between)
  let d = t - 2;
  while (d >= t - 5 && d >= 0 && /^(NN|NNS|JJ|VBG|CD|HYPH)$/.test(tags[d] ?? "")) --d;
  if (d < 0 || !/^(DT|PRP\$)$/.test(tags[d] ?? "")) return false;
  if (/^(IN|TO)$/.test(tags[d - 1] ?? "") && (d - 1 === 0 || upper[d - 2] === ",")) return false;
  // (the subject: "the" and a name, or a name; names joined by "and")
  let k = t;
  if (upper[k] === "THE") ++k;
  if (!/^NNPS?$/.test(tags[k] ?? "")) return false;
  while (
    k + 1 < upper.length &&
    (/^NNPS?$/.test(tags[k + 1] ?? "") || (upper[k + 1] === "AND" && /^NNPS?$/.test(tags[k + 2] ?? "")))
  )
    k += upper[k + 1] === "AND" ? 2 : 1;
  let v = k + 1;
  while (v < upper.length && /^(HAS|HAD|HAVE|ALSO|ALREADY|RECENTLY|JUST)$/.test(upper[v]!)) ++v;
  return verbAt(v) && (tags[v] === "VBD" || tags[v] === "VBN" || pastShaped(words[v] ?? ""));
}
