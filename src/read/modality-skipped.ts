/**
 * Meetings skipped: a verb of taking part in a meeting told under a negation ("did not attend the summit", "is not
 * taking part in the session", "will not participate in the talks", "has never attended the forum") is no meeting and
 * no plain negation either — it is the meeting rejected, CAMEO's 125 ("reject proposal to meet, discuss, or
 * negotiate"), as CAMEO 2.0's verb dictionary codes "boycotted the summit", "shunned the summit", "stayed away from
 * the summit" and "backed out of the summit". Read by the coder before its modality filter (the negation is the act's
 * own form here, not a denial of an act). Pure: upper-case words in, a verdict out.
 *
 * @module
 */
import {words} from "./word-set.js";

// Word lists tested inside the functions below, made once (a pattern written inside a function is a new object
// at each call; a set answers as the pattern did: see word-set.ts).
const SKIP_MISS_SHUN_ETC = words(
  /^(SKIP|SKIPS|SKIPPED|SKIPPING|MISS|MISSES|MISSED|SHUN|SHUNS|SHUNNED|SHUNNING|BOYCOTT|BOYCOTTS|BOYCOTTED|BOYCOTTING|SNUB|SNUBS|SNUBBED|SNUBBING)$/
);
const SIT_SAT = words(/^(SIT|SITS|SAT|SITTING)$/);
const STAY_KEEP_KEPT = words(/^(STAY|STAYS|STAYED|STAYING|KEEP|KEEPS|KEPT|KEEPING)$/);
const PULL_BACK_DROP = words(/^(PULL|PULLS|PULLED|PULLING|BACK|BACKS|BACKED|BACKING|DROP|DROPS|DROPPED|DROPPING)$/);
const WITHDRAW_FORMS = words(/^(WITHDRAW|WITHDRAWS|WITHDREW|WITHDRAWN|WITHDRAWING)$/);

/**
 * English's verbs of taking part in an occasion, every form: attend, participate, take part (the particle read
 * by {@link partVerb}), join, turn up / show up (read with their particle), go to.
 */
const ATTENDING = words(
  /^(ATTEND|ATTENDS|ATTENDED|ATTENDING|PARTICIPATE|PARTICIPATES|PARTICIPATED|PARTICIPATING|JOIN|JOINS|JOINED|JOINING)$/
);
/** "take part in": the verb's forms before PART. */
const TAKE = words(/^(TAKE|TAKES|TOOK|TAKEN|TAKING)$/);

/**
 * Occasions one attends (English's nouns of a meeting, a gathering and a ceremony): what a negated verb of taking
 * part skips. Not a body or an organisation ("did not join the bloc" is no meeting skipped) nor a vote.
 */
export const ATTENDED_OCCASION = words(
  /^(SUMMIT|SUMMITS|MEETING|MEETINGS|SESSION|SESSIONS|TALKS|NEGOTIATIONS|CONSULTATIONS|CONFERENCE|CONFERENCES|FORUM|FORUMS|CEREMONY|CEREMONIES|GATHERING|GATHERINGS|CONGRESS|CONVENTION|INAUGURATION|PARADE|FUNERAL|CELEBRATIONS|COMMEMORATIONS|SUMMITRY|DIALOGUE|ROUND|MINISTERIAL|SYMPOSIUM|CONCLAVE)$/
);

/** Words that end the verb's object phrase before its occasion noun is found. */
const OBJECT_END = words(
  /^(,|;|:|\.|\(|\)|BECAUSE|SINCE|AS|WHILE|BUT|AND|OR|THAT|WHICH|WHO|WHERE|WHEN|AFTER|BEFORE|UNTIL|DESPITE|TO)$/
);

/** The last token of a verb of taking part starting at `i` ("take part", "attended"), or -1. */
function partVerb(upper: readonly string[], i: number): number {
  const w = upper[i] ?? "";
  if (ATTENDING.test(w)) return i;
  if (TAKE.test(w) && upper[i + 1] === "PART" && upper[i + 2] === "IN") return i + 2;
  // ("participate in the summit": the preposition of the verb)
  if (/^PARTICIPAT/.test(w) && upper[i + 1] === "IN") return i + 1;
  return -1;
}

/**
 * English's verbs of skipping and staying away from an occasion, with their particles: skip, miss, shun, boycott,
 * snub, sit out, stay away from, pull out of, back out of, withdraw from. The last token of one starting at `i`, or
 * -1; `leaving` says it leaves an occasion already joined (pull out of, back out of, withdraw from), which halts
 * talks rather than skips them (CAMEO 2.0's "walked out of the talks" 164), so talks are left to the dictionary.
 */
function skipVerb(upper: readonly string[], i: number): {end: number; leaving: boolean} | undefined {
  const w = upper[i] ?? "";
  const at = (k: number, x: string) => upper[i + k] === x;
  if (SKIP_MISS_SHUN_ETC.test(w)) return {end: i, leaving: false};
  if (SIT_SAT.test(w) && at(1, "OUT")) return {end: i + 1, leaving: false};
  if (STAY_KEEP_KEPT.test(w) && at(1, "AWAY") && at(2, "FROM")) return {end: i + 2, leaving: false};
  if (PULL_BACK_DROP.test(w) && at(1, "OUT") && at(2, "OF")) return {end: i + 2, leaving: true};
  if (WITHDRAW_FORMS.test(w) && at(1, "FROM")) return {end: i + 1, leaving: true};
  return undefined;
}

/**
 * Whether a verb of denial governs the verb at `first` from earlier in its sentence ("denied that it had skipped the
 * summit", "dismissed reports that it would boycott …"): English's verbs of denying and refuting (review M4).
 */
function deniedBefore(upper: readonly string[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 12); --k) {
    const w = upper[k]!;
    if (/^(\.|;|:)$/.test(w)) return false;
    if (
      /^(DENY|DENIES|DENIED|DENYING|REFUTE|REFUTES|REFUTED|DISMISSED|DISMISSES|REJECTED|REJECTS|DISPUTED|DISPUTES)$/.test(
        w
      )
    )
      return true;
  }
  return false;
}

/** Occasions of negotiation, which one leaves by halting them (164), not by skipping them. */
const NEGOTIATION = words(/^(TALKS|NEGOTIATIONS|CONSULTATIONS|DIALOGUE|ROUND)$/);

/**
 * Whether the verb at `first` skips an occasion named as its object within eight words ("skipped the summit",
 * "stayed away from the meeting of the bloc's ministers", "pulled out of the forum", "sat out the session"): 125.
 */
export function skippedByVerb(upper: readonly string[], first: number): boolean {
  const v = skipVerb(upper, first);
  if (!v || negatedAt(upper, first) || deniedBefore(upper, first)) return false;
  const noun = occasionAfter(upper, v.end);
  return noun >= 0 && !(v.leaving && NEGOTIATION.test(upper[noun]!));
}

/**
 * The occasion noun heading the object after `end` (within nine words, before the phrase ends), or -1: not one inside
 * a prepositional phrase of another head ("did not join the consensus at the EU summit", "sat out the vote at the UN
 * session" — review M4).
 */
function occasionAfter(upper: readonly string[], end: number): number {
  for (let j = end + 1; j < Math.min(upper.length, end + 10); ++j) {
    const u = upper[j]!;
    // ("any of the meetings", "most of the sessions": a quantifier's "of" is looked past)
    if (
      u === "OF" &&
      /^(ANY|MOST|SOME|ALL|NONE|EACH|EITHER|ONE|TWO|THREE|SEVERAL|MANY|PART|HALF)$/.test(upper[j - 1] ?? "")
    )
      continue;
    if (/^(AT|ON|IN|OF|FOR|WITH|BY|DURING|OVER|ABOUT|AGAINST|FROM|INTO|UNDER|AMONG|BETWEEN)$/.test(u)) return -1;
    // (the occasion itself, not its paper: "did not join the summit's declaration", "the summit statement")
    if (ATTENDED_OCCASION.test(u))
      return /^(['’]S|['’]|DECLARATION|STATEMENT|COMMUNIQUE|COMMUNIQUÉ|RESOLUTION|DOCUMENT|DOCUMENTS)$/.test(
        upper[j + 1] ?? ""
      )
        ? -1
        : j;
    if (OBJECT_END.test(u)) return -1;
  }
  return -1;
}

/**
 * Whether the verb at `first` is a verb of taking part told under a negation in its own verb group ("did not attend",
 * "is not taking part in", "will not participate in", "has never attended", "didn't join") whose object is an occasion
 * (a summit, a session, talks, a ceremony …) within eight words: a meeting skipped (125). A negation lifted by a
 * focus ("not only attended") is none; "not" must stand right before the verb or before its auxiliary's next word.
 */
export function skippedByNegation(upper: readonly string[], first: number): boolean {
  const end = partVerb(upper, first);
  if (end < 0 || !negatedAt(upper, first)) return false;
  const noun = occasionAfter(upper, end);
  return noun >= 0 && !joinedAfterAll(upper, noun);
}

/**
 * Whether the clause after the occasion at `noun` tells that the party took part after all or only later ("did not
 * join the talks until March", "had not attended since 2020", "did not attend in person but joined by video link",
 * "… but sent its foreign minister"): no skip (review M4).
 */
function joinedAfterAll(upper: readonly string[], noun: number): boolean {
  for (let j = noun + 1; j < upper.length; ++j) {
    const u = upper[j]!;
    // (the verb's own clause only: "…, which Belarus has hosted since 2022", "…, saying it would stay away until …"
    // — review M4's status)
    if (/^(\.|;|:|WHICH|WHO|THAT|SAYING|WHILE|AS|BECAUSE)$/.test(u)) return false;
    if (u === "," && upper[j + 1] !== "BUT") return false;
    if (/^(UNTIL|TILL)$/.test(u)) return true;
    // ("but joined by video link", "but took part later": a "but" clause with no subject of its own, or the skipper's
    // pronoun; "…, but Russia sent its minister" is another's act)
    if (u === "BUT") {
      let v = j + 1;
      if (/^(IT|HE|SHE|THEY|INSTEAD|LATER|THEN|ALSO)$/.test(upper[v] ?? "")) ++v;
      return /^(JOINED|REJOINED|RETURNED|ATTENDED|TOOK|PARTICIPATED|SPOKE|ADDRESSED|APPEARED|SENT|DIALLED|DIALED)$/.test(
        upper[v] ?? ""
      );
    }
  }
  return false;
}

/**
 * Whether the verb at `first` is negated inside its own verb group: "did not attend", "is not taking part", "will not
 * be attending", "has never attended", "did not even attend" (not lifted by a focus: "not only attended").
 */
function negatedAt(upper: readonly string[], first: number): boolean {
  let k = first - 1;
  while (k > 0 && /^(BE|BEEN|EVEN|YET|ALSO|PERSONALLY)$/.test(upper[k]!)) --k;
  return /^(NOT|N'T|NEVER)$/.test(upper[k] ?? "") && !/^(ONLY|JUST|MERELY|SIMPLY)$/.test(upper[k + 1] ?? "");
}
