/**
 * Acts the text does not assert (issue 10, session 26): an act only alleged ("for allegedly helping Russia evade
 * restrictions"), what someone is accused or suspected of ("accused of working for Russian intelligence", "on
 * suspicion of supplying drones"), what a denial denies ("rejected the idea that his country was helping Moscow",
 * "denied supplying arms"), and an act whose doer is any one of a kind ("any company found helping Russia's war
 * machine"). The accusation and the denial are acts of their own (112, 016), read from their own verbs; an accusation
 * told by a participle after the accused ("a diplomat accused of spying") names no accuser, and is none.
 *
 * Pure: upper-case words and Penn tags in, a yes or no out; read by src/read/modality.ts's notAnEvent.
 *
 * @module
 */
import {words} from "./word-set.js";

// Word lists tested inside the functions below, made once (a pattern written inside a function is a new object
// at each call; a set answers as the pattern did: see word-set.ts).
const TAG_NN_NNS_JJ = words(/^(NN|NNS|JJ)$/);
const FOUND_CAUGHT_SEEN_ETC = words(/^(FOUND|CAUGHT|SEEN|THAT|WHICH|WHO)$/);
const TO_FOR_OF_ETC = words(/^(TO|FOR|OF|HAVING)$/);

/** Adverbs that mark an act as another's allegation, not the text's own report ("reportedly" is a news source's). */
const ALLEGING = words(/^(ALLEGEDLY|SUPPOSEDLY|PURPORTEDLY)$/);
/** Words and forms of accusing and suspecting whose "of <gerund>" is the charge, not a told act. */
const ACCUSING = words(
  /^(ACCUSE|ACCUSED|ACCUSES|ACCUSING|ACCUSATION|ACCUSATIONS|SUSPECT|SUSPECTED|SUSPECTS|SUSPECTING|SUSPICION|SUSPICIONS|ALLEGATION|ALLEGATIONS|CONVICTED|CHARGES|GUILTY)$/
);
/** Participles of accusing after the accused, with the charge next: "a diplomat accused of …", "firms suspected of …". */
const ACCUSED_PARTICIPLE = words(/^(ACCUSED|SUSPECTED|CHARGED|CONVICTED)$/);
/** Verbs of denying and rejecting a claim (all forms). */
const DENYING = words(
  /^(DENY|DENIES|DENIED|DENYING|REJECT|REJECTS|REJECTED|REJECTING|DISMISS|DISMISSES|DISMISSED|DISMISSING|REFUTE|REFUTES|REFUTED|REFUTING|DISPUTED|DISPUTING)$/
);
/** Nouns of a claim that a denial takes before "that": "rejected the idea that …", "dismissed reports that …". */
const CLAIM_NOUN = words(
  /^(IDEA|IDEAS|CLAIM|CLAIMS|SUGGESTION|SUGGESTIONS|ALLEGATION|ALLEGATIONS|ACCUSATION|ACCUSATIONS|REPORT|REPORTS|NOTION|CHARGE|CHARGES|ASSERTION|ASSERTIONS|SPECULATION|RUMOUR|RUMOURS|RUMOR|RUMORS|INSINUATION|INSINUATIONS)$/
);
/** Determiners and quantifiers of a claim noun's phrase: "any suggestion", "the idea", "all claims". */
const CLAIM_DETERMINER = words(/^(THE|A|AN|ANY|ALL|SUCH|THESE|THOSE|THIS|MEDIA|PRESS|WESTERN|WIDESPREAD)$/);
/** Auxiliaries before a participle: "was accused of" is a passive clause's own verb, not a reduced relative. */
const AUXILIARY = words(/^(IS|ARE|WAS|WERE|BE|BEEN|BEING|AM|HAS|HAVE|HAD|GET|GOT|GETS)$/);
/** Tokens that close the clause a governor reaches over. */
const CLAUSE_END = words(/^(\.|;|:|BUT|WHILE|WHEREAS|ALTHOUGH|THOUGH)$/);

/** Whether an alleging adverb stands right before the verb at `first` (past "for", an auxiliary or "to"). */
function allegedAt(upper: readonly string[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 3); --k) {
    const w = upper[k]!;
    if (ALLEGING.test(w)) return true;
    if (!AUXILIARY.test(w) && !TO_FOR_OF_ETC.test(w)) return false;
  }
  return false;
}

/**
 * Whether the gerund at `first` is the charge of an accusation or a suspicion: "of" right before it (past an adverb)
 * and a word of accusing within eight words before that, in the same clause ("accused Kazakhstan of helping", "on
 * suspicion of supplying", "charged with smuggling").
 */
function chargedWith(upper: readonly string[], tags: readonly string[], first: number): boolean {
  if (tags[first] !== "VBG") return false;
  let k = first - 1;
  while (k > 0 && tags[k] === "RB") --k;
  const link = upper[k] ?? "";
  if (link === "WITH") return /^(CHARGED|CHARGES)$/.test(upper[k - 1] ?? "");
  if (link !== "OF") return false;
  for (let j = k - 1; j >= Math.max(0, k - 8); --j) {
    const w = upper[j]!;
    if (ACCUSING.test(w)) return true;
    if (CLAUSE_END.test(w) || w === ",") return false;
  }
  return false;
}

/** Whether the participle at `first` is an accusation told after the accused, with no accuser: "a diplomat accused of". */
function accusedParticiple(upper: readonly string[], tags: readonly string[], first: number): boolean {
  return (
    ACCUSED_PARTICIPLE.test(upper[first] ?? "") &&
    /^(OF|WITH)$/.test(upper[first + 1] ?? "") &&
    /^(NN|NNS|NNP|NNPS|,)$/.test(tags[first - 1] ?? "") &&
    !AUXILIARY.test(upper[first - 1] ?? "")
  );
}

/**
 * Whether a denial governs the verb at `first` from earlier in its clause: "denied that …", "rejected the idea / any
 * suggestion that …", "dismissed reports that …", or a gerund right after the verb of denying ("denied supplying").
 */
function deniedContent(upper: readonly string[], tags: readonly string[], first: number): boolean {
  if (DENYING.test(upper[first - 1] ?? "") && tags[first] === "VBG") return true;
  for (let k = first - 1; k >= Math.max(1, first - 14); --k) {
    const w = upper[k]!;
    if (CLAUSE_END.test(w)) return false;
    if (w !== "THAT") continue;
    let j = k - 1;
    if (CLAIM_NOUN.test(upper[j] ?? "")) {
      --j;
      while (j > 0 && CLAIM_DETERMINER.test(upper[j]!)) --j;
    }
    return DENYING.test(upper[j] ?? "");
  }
  return false;
}

/**
 * Whether the verb at `first` is the content of a report the text only says exists: "There were reports in December
 * that X had sold …", "there have been unconfirmed reports that …" (news English's hearsay: the existential "there"
 * names no source and asserts nothing of the content, where "X reported that …" credits a source; session 31).
 */
function hearsay(upper: readonly string[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(2, first - 14); --k) {
    const w = upper[k]!;
    if (CLAUSE_END.test(w)) return false;
    if (w !== "THAT") continue;
    // (the claim noun, a time phrase between it and "that": "reports in December that", "reports last week that")
    let j = k - 1;
    while (j > k - 5 && j > 0 && !CLAIM_NOUN.test(upper[j]!)) --j;
    if (!CLAIM_NOUN.test(upper[j] ?? "")) return false;
    --j;
    while (j > 0 && (CLAIM_DETERMINER.test(upper[j]!) || /^(UNCONFIRMED|SOME|SEVERAL|NUMEROUS)$/.test(upper[j]!))) --j;
    // ("there were", "there are", "there have been")
    if (!/^(WERE|WAS|ARE|IS|BEEN)$/.test(upper[j] ?? "")) return false;
    if (upper[j] === "BEEN") {
      if (!/^(HAVE|HAS|HAD)$/.test(upper[j - 1] ?? "")) return false;
      --j;
    }
    return upper[j - 1] === "THERE";
  }
  return false;
}

/**
 * Whether the verb at `first` is done by any one of a kind: "any company found helping Russia", "any state that
 * joins" (the noun phrase of "any" with up to three nouns and adjectives, then a relative's words or a participle of
 * finding).
 */
function anyDoer(upper: readonly string[], tags: readonly string[], first: number): boolean {
  let k = first - 1;
  while (k > 0 && (FOUND_CAUGHT_SEEN_ETC.test(upper[k]!) || AUXILIARY.test(upper[k]!) || tags[k] === "RB")) --k;
  const head = k;
  while (k > 0 && k > head - 3 && TAG_NN_NNS_JJ.test(tags[k] ?? "")) --k;
  return k < head && upper[k] === "ANY";
}

/**
 * Why the verb at `first` tells an act the text does not assert ("negation" for a denial's content, "hypothetical"
 * for an allegation, a charge or any one of a kind), or undefined.
 */
export function unasserted(
  upper: readonly string[],
  tags: readonly string[],
  first: number
): "negation" | "hypothetical" | undefined {
  if (deniedContent(upper, tags, first)) return "negation";
  if (hearsay(upper, first)) return "hypothetical";
  if (allegedAt(upper, first) || chargedWith(upper, tags, first) || accusedParticiple(upper, tags, first))
    return "hypothetical";
  if (anyDoer(upper, tags, first)) return "hypothetical";
  return undefined;
}
