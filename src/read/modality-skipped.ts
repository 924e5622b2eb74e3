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

/**
 * English's verbs of taking part in an occasion, every form: attend, participate, take part (the particle read
 * by {@link partVerb}), join, turn up / show up (read with their particle), go to.
 */
const ATTENDING =
  /^(ATTEND|ATTENDS|ATTENDED|ATTENDING|PARTICIPATE|PARTICIPATES|PARTICIPATED|PARTICIPATING|JOIN|JOINS|JOINED|JOINING)$/;
/** "take part in": the verb's forms before PART. */
const TAKE = /^(TAKE|TAKES|TOOK|TAKEN|TAKING)$/;

/**
 * Occasions one attends (English's nouns of a meeting, a gathering and a ceremony): what a negated verb of taking
 * part skips. Not a body or an organisation ("did not join the bloc" is no meeting skipped) nor a vote.
 */
export const ATTENDED_OCCASION =
  /^(SUMMIT|SUMMITS|MEETING|MEETINGS|SESSION|SESSIONS|TALKS|NEGOTIATIONS|CONSULTATIONS|CONFERENCE|CONFERENCES|FORUM|FORUMS|CEREMONY|CEREMONIES|GATHERING|GATHERINGS|CONGRESS|CONVENTION|INAUGURATION|PARADE|FUNERAL|CELEBRATIONS|COMMEMORATIONS|SUMMITRY|DIALOGUE|ROUND|MINISTERIAL|SYMPOSIUM|CONCLAVE)$/;

/** Words that end the verb's object phrase before its occasion noun is found. */
const OBJECT_END =
  /^(,|;|:|\.|\(|\)|BECAUSE|SINCE|AS|WHILE|BUT|AND|OR|THAT|WHICH|WHO|WHERE|WHEN|AFTER|BEFORE|UNTIL|DESPITE|TO)$/;

/** The last token of a verb of taking part starting at `i` ("take part", "attended"), or -1. */
function partVerb(upper: readonly string[], i: number): number {
  const w = upper[i] ?? "";
  if (ATTENDING.test(w)) return i;
  if (TAKE.test(w) && upper[i + 1] === "PART" && upper[i + 2] === "IN") return i + 1;
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
  if (
    /^(SKIP|SKIPS|SKIPPED|SKIPPING|MISS|MISSES|MISSED|SHUN|SHUNS|SHUNNED|SHUNNING|BOYCOTT|BOYCOTTS|BOYCOTTED|BOYCOTTING|SNUB|SNUBS|SNUBBED|SNUBBING)$/.test(
      w
    )
  )
    return {end: i, leaving: false};
  if (/^(SIT|SITS|SAT|SITTING)$/.test(w) && at(1, "OUT")) return {end: i + 1, leaving: false};
  if (/^(STAY|STAYS|STAYED|STAYING|KEEP|KEEPS|KEPT|KEEPING)$/.test(w) && at(1, "AWAY") && at(2, "FROM"))
    return {end: i + 2, leaving: false};
  if (
    /^(PULL|PULLS|PULLED|PULLING|BACK|BACKS|BACKED|BACKING|DROP|DROPS|DROPPED|DROPPING)$/.test(w) &&
    at(1, "OUT") &&
    at(2, "OF")
  )
    return {end: i + 2, leaving: true};
  if (/^(WITHDRAW|WITHDRAWS|WITHDREW|WITHDRAWN|WITHDRAWING)$/.test(w) && at(1, "FROM"))
    return {end: i + 1, leaving: true};
  return undefined;
}

/** Occasions of negotiation, which one leaves by halting them (164), not by skipping them. */
const NEGOTIATION = /^(TALKS|NEGOTIATIONS|CONSULTATIONS|DIALOGUE|ROUND)$/;

/**
 * Whether the verb at `first` skips an occasion named as its object within eight words ("skipped the summit",
 * "stayed away from the meeting of the bloc's ministers", "pulled out of the forum", "sat out the session"): 125.
 */
function skippedByVerb(upper: readonly string[], first: number): boolean {
  const v = skipVerb(upper, first);
  if (!v || negatedAt(upper, first)) return false;
  const noun = occasionAfter(upper, v.end);
  return noun >= 0 && !(v.leaving && NEGOTIATION.test(upper[noun]!));
}

/** The occasion noun heading the object after `end` (within nine words, before the phrase ends), or -1. */
function occasionAfter(upper: readonly string[], end: number): number {
  for (let j = end + 1; j < Math.min(upper.length, end + 10); ++j) {
    const u = upper[j]!;
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
function skippedByNegation(upper: readonly string[], first: number): boolean {
  const end = partVerb(upper, first);
  return end >= 0 && negatedAt(upper, first) && occasionAfter(upper, end) >= 0;
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

/**
 * Whether the verb at `first` tells a meeting skipped (125): a verb of taking part under a negation ("did not
 * attend the summit", "is not taking part in the session") or a verb of skipping not negated ("skipped the summit",
 * "stayed away from the meeting", "pulled out of the forum").
 */
export function skippedMeeting(upper: readonly string[], first: number): boolean {
  return skippedByNegation(upper, first) || skippedByVerb(upper, first);
}
