/**
 * Signings told as a noun after a verb of presence: "the two presidents witnessed the signing of 30 agreements",
 * "the leaders oversaw the exchange of six memoranda", "X and Y attended the formal signing of a deal on …". The
 * heads who witness their governments' papers signed are the signatories (the official gold codes the pair's 057);
 * the clause said the plain way ("the two presidents signed 30 agreements") is read as the coder reads a main
 * clause, with its subject, its partner ("With X, he witnessed …"; "… with X") and its time.
 *
 * Told by phrase structure: a past verb of presence (English's verbs of watching, attending and presiding), an
 * optional determiner and adjectives, a noun of a signing (signing, exchange, conclusion, initialling) and "of",
 * then a paper within the next words. Not another's signing: a paper "between" others or signed "by" others is
 * theirs ("attended the signing of a truce between A and B"); not an exchange of anything but papers ("witnessed an
 * exchange of fire", "the exchange of prisoners").
 *
 * @module
 */
import {words} from "./word-set.js";

/** Past forms of English's verbs of presence at an act: watching, attending, presiding, overseeing. */
const PRESENCE = words(/^(WITNESSED|OVERSAW|ATTENDED|OBSERVED|WATCHED|SUPERVISED|PRESIDED|CHAIRED|GRACED|ATTESTED)$/);
/** Nouns of a paper's signing: its signing, its exchange, its conclusion, its initialling. */
const SIGNING_NOUN = words(/^(SIGNING|SIGNINGS|EXCHANGE|EXCHANGES|CONCLUSION|INITIALLING|INITIALING)$/);
/**
 * Papers that are signed or exchanged: agreements by any name, memoranda, declarations, statements, documents,
 * instruments (of ratification) and notes or letters (an exchange of notes).
 */
const PAPER = words(
  /^(DEAL|DEALS|PACT|PACTS|CONTRACT|CONTRACTS|ACCORD|ACCORDS|AGREEMENT|AGREEMENTS|TREATY|TREATIES|ROADMAP|ROADMAPS|MEMORANDUM|MEMORANDA|MEMORANDUMS|MOU|MOUS|PROTOCOL|PROTOCOLS|CHARTER|CONVENTION|DECLARATION|DECLARATIONS|STATEMENT|COMMUNIQUE|DOCUMENTS|DOCUMENT|INSTRUMENTS|LETTERS|NOTES)$/
);
/** Words that end the paper's phrase: a clause break, a relative or a conjunction before a verb. */
const PHRASE_END = words(/^(;|:|\.|WHICH|THAT|WHO|WHILE|BUT|BEFORE|AFTER)$/);

/** A sentence said the plain way: its text, and the token of the verb of presence it replaces. */
export interface WitnessedSigning {
  text: string;
  verb: number;
}

/**
 * The paper's phrase after a verb of presence at `v` when its object is a paper's signing ("… the formal signing of
 * nine agreements") and the paper is not others' (no "between", "by" or "among" to the clause's end): the first word
 * after "of", or -1. Adjectives before the noun by their tag when `tags` is given, else any words up to three.
 */
export function signingAfter(upper: readonly string[], v: number, tags?: readonly string[]): number {
  let k = v + 1;
  if (upper[v] === "PRESIDED" && upper[k] === "OVER") ++k;
  if (/^(THE|A|AN|ITS|THEIR|HIS|HER)$/.test(upper[k] ?? "")) ++k;
  while (
    k < v + 5 &&
    !SIGNING_NOUN.test(upper[k] ?? "") &&
    (tags ? /^(JJ|VBN)$/.test(tags[k] ?? "") : /^[A-Z-]+$/.test(upper[k] ?? ""))
  )
    ++k;
  if (!SIGNING_NOUN.test(upper[k] ?? "") || upper[k + 1] !== "OF") return -1;
  const from = k + 2;
  let paper = -1;
  for (let j = from; j < Math.min(upper.length, from + 8) && paper < 0; ++j) {
    if (PHRASE_END.test(upper[j]!) || upper[j] === ",") return -1;
    if (PAPER.test(upper[j]!)) paper = j;
  }
  if (paper < 0) return -1;
  // Nobody else's paper, up to the clause's end: "the signing of a truce between A and B", "… of a pact by A and B".
  for (let j = from; j < upper.length && !PHRASE_END.test(upper[j]!); ++j)
    if (/^(BETWEEN|BY|AMONG)$/.test(upper[j]!)) return -1;
  return from;
}

/**
 * The signings a sentence tells as a noun after a verb of presence, each said the plain way: the words before the
 * verb, "signed", and the words after "of" ("The presidents of A and B witnessed the signing of nine agreements on
 * Monday" → "The presidents of A and B signed nine agreements on Monday").
 */
export function witnessedSignings(
  words: readonly string[],
  upper: readonly string[],
  tags: readonly string[]
): WitnessedSigning[] {
  const out: WitnessedSigning[] = [];
  for (let v = 1; v < upper.length; ++v) {
    if (!PRESENCE.test(upper[v]!)) continue;
    const from = signingAfter(upper, v, tags);
    if (from < 0) continue;
    out.push({text: [...words.slice(0, v), "signed", ...words.slice(from)].join(" "), verb: v});
  }
  return out;
}

/** Whether the verb at `v` is a verb of presence whose object is a paper's signing (its own reading gives way). */
export function presenceAtSigning(upper: readonly string[], v: number): boolean {
  return PRESENCE.test(upper[v] ?? "") && signingAfter(upper, v) >= 0;
}
