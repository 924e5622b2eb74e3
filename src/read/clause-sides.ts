/**
 * Sides from the verb's own clause: an actor named in another clause of the sentence is not a side of the verb's act.
 * The shallow frame builder takes the nearest actor group before a verb as its subject and the next one after it as
 * its object; across a clause boundary that group belongs to another verb ("X warned Y that sanctions will follow
 * any firm helping Russia's war machine, as he became the first Z to visit W": Russia does not visit; "When the
 * leaders of X met in Oslo, Y was among the states invited": Y is not met). The tests are by clause structure
 * (src/read/clauses.ts, the coder's Penn tags), not by the words of any article:
 *
 * - a verb inside a finite adverbial clause ("as he became …", "when the ministers met …", "after relations soured
 *   …") takes its object from inside that clause, and its subject too unless the one named before is the main
 *   clause's subject, whom the clause's pronoun means ("X announced on Friday as she hosted Y");
 * - a verb after a relative, adverbial or complement clause that closed before it takes no side from inside it
 *   ("thanked X for supporting the resolution, which Y adopted, and called on Z": Y does not call; a clause inside the
 *   verb's own object may name its other party: "signed up to the accords, the framework that X brokered");
 * - an actor that opens the next coordinated clause as its subject (", and <actor> [, which …,] <verb>") is not the
 *   verb's object;
 * - a subject pronoun opening a later clause (", and in April he paid …", "yet it allowed …") is the verb's subject:
 *   a possessor or an object named before it is not (the anaphora reader supplies the pronoun's actor in a copy of
 *   its own); a subject named before it is what the pronoun means;
 * - a side named in another clause is kept when the same actor is named in the verb's own clause too (the coder).
 *
 * Reduced relatives are left out: "received a delegation headed by X's deputy minister" receives X. Reported clauses
 * are left out too (their subjects are read by the reported-speech rules). Pure.
 *
 * @module
 */
import type {Clause} from "./clauses.js";
import {words} from "./word-set.js";

/** A side as the coder holds it: the tokens of its mention. */
interface Span {
  first: number;
  last: number;
}

/** Verb tags and auxiliaries that make a word the verb of a clause. */
const FINITE_TAG = words(/^(VBD|VBZ|VBP|MD)$/);
const AUX = words(/^(HAS|HAVE|HAD|IS|ARE|WAS|WERE|WILL|WOULD|SHALL|CAN|COULD|MAY|MIGHT|MUST|SHOULD)$/);
/** Clause kinds whose sides stay inside them. */
const CLOSED = new Set<Clause["kind"]>(["relative", "adverbial", "complement"]);

/** Whether token `i` lies inside clause `c`. */
const inside = (c: Clause, i: number) => c.first <= i && i <= c.last;

/**
 * Whether a clause of a closed kind holds the side but not the verb: the side is that clause's (its subject, its
 * object, its topic), not the verb's.
 */
function sideInClauseApart(upper: readonly string[], clauses: readonly Clause[], verb: number, side: Span): boolean {
  // (a clause that closes before the verb: a clause inside the verb's own object phrase may name its other party,
  // "signed up to the accords, the framework that X brokered")
  // (closed: a comma, a semicolon or a coordinator after it, "…, which Y adopted last December, and called on Z"; not a
  // clause the finder ended on a word it took for a verb)
  for (const c of clauses)
    if (
      CLOSED.has(c.kind) &&
      inside(c, side.first) &&
      inside(c, side.last) &&
      c.last < verb &&
      /^(,|;|AND|BUT)$/.test(upper[c.last + 1] ?? "")
    )
      return true;
  return false;
}

/** Heads of a noun phrase that names a person (an office holder): what "he" or "she" may mean. */
const PERSON_HEAD = words(
  /^(PRESIDENT|PREMIER|MINISTER|MINISTERS|LEADER|LEADERS|ENVOY|ENVOYS|AMBASSADOR|CHANCELLOR|KING|QUEEN|EMIR|PRINCE|SECRETARY|SPOKESMAN|SPOKESWOMAN|OFFICIAL|OFFICIALS|DIPLOMAT|DIPLOMATS|DELEGATE|COUNTERPART|HEAD|CHIEF|PM|MAYOR|GOVERNOR)$/
);

/** Whether the side names a person: its noun phrase after it ("Russia's foreign minister", "the Russian envoy") ends in a person's head. */
function personSide(upper: readonly string[], tags: readonly string[], side: Span): boolean {
  for (let k = side.last + 1; k < upper.length && k <= side.last + 5; ++k) {
    if (PERSON_HEAD.test(upper[k]!)) return true;
    if (!/^(POS|JJ|NN|NNP|NNS)$/.test(tags[k] ?? "") && !/^['’]S$/.test(upper[k]!)) return false;
  }
  return false;
}

/**
 * Whether the pronoun at `p` may mean the side (review L5): "he"/"she" a person's noun phrase ("hosted Russia's
 * foreign minister, as he toured …"), "it"/"they" a state's or a body's ("criticised Israel after it struck …"). A
 * pronoun that may mean the side leaves it be: only a side it cannot mean (a thing, an institution for "he") is dropped.
 */
function pronounMayMean(upper: readonly string[], tags: readonly string[], p: number, side: Span): boolean {
  const person = personSide(upper, tags, side);
  return /^(HE|SHE)$/.test(upper[p]!) ? person : !person;
}

/**
 * Whether the side is (in) the subject of a finite verb: its noun phrase, a coordinated name or an apposition's names
 * and commas, then a verb group ("Prime Minister X announced …", "X and his counterpart Y agreed …"). A pronoun opening
 * a later clause refers to such a subject; a possessor ("Russia's war machine, as he …") or an object ("a delegation of
 * the US Congress, and in April he …") is no subject.
 */
function subjectGroup(upper: readonly string[], tags: readonly string[], side: Span): boolean {
  for (let k = side.last + 1; k < upper.length && k <= side.last + 12; ++k) {
    if (FINITE_TAG.test(tags[k] ?? "") || AUX.test(upper[k]!)) return true;
    if (!/^(NNP|NNPS|NN|NNS|POS|JJ|CC|DT|PRP\$|CD|,|RB)$/.test(tags[k] ?? "")) return false;
  }
  return false;
}

/**
 * Whether the verb's own finite adverbial clause (with its own subject and verb) ends before the side, or begins after
 * a side that is no main clause's subject: the side lies outside the clause that carries the act.
 */
function sideOutsideVerbClause(
  upper: readonly string[],
  tags: readonly string[],
  clauses: readonly Clause[],
  verb: number,
  side: Span
): boolean {
  const adverbial = clauses.find(
    (c) => c.kind === "adverbial" && c.form === "finite" && inside(c, verb) && c.opener < verb
  );
  if (adverbial === undefined) return false;
  if (side.first > adverbial.last) return true;
  if (side.last >= adverbial.first || subjectGroup(upper, tags, side)) return false;
  // (a pronoun subject of the clause that may mean the side keeps it: "hosted Russia's minister, as he toured X")
  const p = adverbial.opener + 1;
  return !(SUBJECT_PRONOUN.test(upper[p] ?? "") && pronounMayMean(upper, tags, p, side));
}

/** Words of a noun phrase after an actor's name ("the European Commission's envoy", "Kazakh officials"). */
const NOUN_PHRASE_TAG = words(/^(NN|NNS|NNP|NNPS|POS|JJ|CD)$/);

/**
 * Whether the target opens the next clause as its subject: after ", and" / ", but" / ", while" (past an article), its
 * noun phrase, and a relative clause set off by commas, a finite verb group follows ("…, and the European Commission,
 * which signed a memorandum with X in 2022, has signalled …").
 */
function subjectOfNextClause(
  upper: readonly string[],
  tags: readonly string[],
  clauses: readonly Clause[],
  verbLast: number,
  side: Span
): boolean {
  let k = side.first - 1;
  while (k > verbLast && /^(THE|A|AN)$/.test(upper[k]!)) --k;
  if (k <= verbLast + 1 || !/^(AND|BUT|WHILE|WHEREAS|YET)$/.test(upper[k]!) || upper[k - 1] !== ",") return false;
  let j = side.last + 1;
  while (j < upper.length && j <= side.last + 4 && NOUN_PHRASE_TAG.test(tags[j] ?? "")) ++j;
  // (past a relative clause set off by commas: ", which signed …,")
  if (upper[j] === ",") {
    const rel = clauses.find((c) => c.kind === "relative" && c.first === j + 1);
    if (!rel || upper[rel.last + 1] !== ",") return false;
    j = rel.last + 2;
  }
  while (j < upper.length && tags[j] === "RB") ++j;
  return FINITE_TAG.test(tags[j] ?? "") || AUX.test(upper[j] ?? "");
}

/** Personal pronouns in the subject case. */
const SUBJECT_PRONOUN = words(/^(HE|SHE|THEY|WE|I|IT)$/);
/** Words that open a clause before its subject: coordinators and subordinators (English). */
const CLAUSE_OPENER = words(
  /^(,|;|AND|BUT|YET|SO|THEN|AS|WHILE|WHEN|WHENEVER|AFTER|BEFORE|SINCE|BECAUSE|ALTHOUGH|THOUGH|WHEREAS|WHERE|ONCE|UNTIL)$/
);
/** Words of a short time or place phrase fronted in a clause ("and in April he", "but later that year she"). */
const FRONTED_PHRASE = words(/^(IN|ON|AT|DURING|BY|LAST|NEXT|EARLIER|LATER|THEN|THIS|THAT|THE|A|SOON|SHORTLY|ALSO)$/);

/**
 * Whether a subject pronoun opening a clause lies between the source and the verb at `verb`: the pronoun, after a
 * coordinator or subordinator (or a short time phrase after one: "and in April he"), followed by its verb group
 * (adverbs, auxiliaries) and a verb. Then the source named before is not the verb's subject.
 */
function pronounSubjectBetween(upper: readonly string[], tags: readonly string[], side: Span, verb: number): boolean {
  for (let p = side.last + 1; p < verb; ++p) {
    if (!SUBJECT_PRONOUN.test(upper[p]!)) continue;
    // (its verb: adverbs and auxiliaries, then a verb form)
    let v = p + 1;
    while (v < verb && (tags[v] === "RB" || AUX.test(upper[v]!))) ++v;
    if (!/^VB/.test(tags[v] ?? "")) continue;
    // (a clause opener right before it, or a short fronted phrase after one)
    let o = p - 1;
    // (by word class: prepositions, determiners, numbers, nouns, adjectives and adverbs of a time or place phrase —
    // "in June", "two weeks later", "that same day", "afterwards")
    while (
      o > side.last &&
      p - o <= 5 &&
      (FRONTED_PHRASE.test(upper[o]!) || /^(CD|NNP|NN|NNS|JJ|RB|DT|IN)$/.test(tags[o] ?? "")) &&
      !CLAUSE_OPENER.test(upper[o]!)
    )
      --o;
    if (o > side.last && CLAUSE_OPENER.test(upper[o]!))
      return !subjectGroup(upper, tags, side) && !pronounMayMean(upper, tags, p, side);
  }
  return false;
}

/**
 * Whether a side of the verb at `first`..`last` (its subject or its object, named before or after it) lies in another
 * clause than the verb: see the module's rules. `clauses` are the sentence's clauses (src/read/clauses.ts), `tags` the
 * coder's Penn tags.
 */
export function otherClauseSide(
  upper: readonly string[],
  tags: readonly string[],
  clauses: readonly Clause[],
  first: number,
  last: number,
  side: Span
): boolean {
  if (sideInClauseApart(upper, clauses, first, side)) return true;
  if (sideOutsideVerbClause(upper, tags, clauses, first, side)) return true;
  if (side.first > last && subjectOfNextClause(upper, tags, clauses, last, side)) return true;
  return side.last < first && pronounSubjectBetween(upper, tags, side, first);
}
