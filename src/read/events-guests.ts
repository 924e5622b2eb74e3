/**
 * A host's guests told by a pointer: "Xi hosted the same five leaders in Xi'an two years ago", "In October Putin
 * received them in Dushanbe", "Tokyo welcomed all five in December". English names the guests once (the five
 * Central Asian presidents, the Baltic states) and then points at them: a pronoun ("them") or a counted group ("the
 * five", "all five", "the same five leaders", "the leaders of the five"). The host's act (043) is toward the group
 * the pointer means, at the time of the host's own clause ("two years ago", "in May last year"), not the page's.
 *
 * A meeting is told the same way ("Biden met them in New York", "Putin met them in Dushanbe in October"): "met" takes
 * the pointer too, but its "them" is only a group of persons the text counted before ("the five presidents"), or the
 * guests the sentence before pointed at, never the one region in view (session 30).
 *
 * This module finds the pointer after a host's past verb; who it means is the document's memory
 * (src/read/anaphora.ts, `guestGroup`), and document.ts reads a copy with the group's name in its place. It also finds
 * an earlier gathering of the story's series told as hosted ("X, who hosted the previous meeting in Y in August 2023",
 * "The first summit, which X hosted in Y in May 2023", "X hosted the organisation's informal summit in Y in May"),
 * whose guests are the story's gathering's other side (`earlierGuests`).
 *
 * Near misses that do not fire: a planned hosting ("is due to welcome them", "will host the five": no past verb), a
 * pointer with its own complement ("the five leaders of the bloc", "the same five leaders from Africa": the phrase
 * names its group), a possessive ("the five's"), a count outside three to eight.
 *
 * @module
 */
import {cue} from "./cue.js";

/** Counted groups of three to eight, and their numbers. */
const COUNTS: Readonly<Record<string, number>> = {three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8};

/** A person's noun of office for a counted group: "the five leaders", "the same five presidents". */
const PERSONS =
  "(?:leaders|presidents|heads\\s+of\\s+state|heads\\s+of\\s+government|heads\\s+of\\s+state\\s+and\\s+government|(?:foreign\\s+)?ministers|delegations)";
/** The count's word or figure. */
const COUNT = "(three|four|five|six|seven|eight|[3-8])";

/** After a count alone ("all five"), no noun of its own: only a preposition, a time, a conjunction or punctuation. */
const NO_NOUN =
  "(?!\\s+(?!(?:in|at|on|for|to|last|this|that|again|during|after|before|when|where|while|and|with|two|three|four|five|six|ten|a|an)\\b)\\p{L})";
/**
 * A host's past verb, then the pointer: "them", "the (same) five (leaders)", "all five (leaders)", "the (same)
 * leaders of the five". Not before "of" or "from" (a complement names the group), nor a possessive.
 */
const GUESTS = cue(
  new RegExp(
    `\\b(hosted|received|welcomed|entertained|met)\\s+(them|(?:the|all)\\s+(?:same\\s+)?${COUNT}(?:\\s+${PERSONS}|${NO_NOUN})|the\\s+(?:same\\s+)?${PERSONS}\\s+of\\s+the\\s+${COUNT})\\b(?!\\s+(?:of|from)\\b)(?!['’])`,
    "gu"
  )
);

/** The pointer found: where it stands in the sentence, and its count ("them" has none). */
export interface GuestPointer {
  at: number;
  length: number;
  /** Where the host's verb starts: the host is named before it. */
  verbAt: number;
  /** The verb ("hosted", "met"): "met them" is a meeting with a group the text counted, never a region's guess. */
  verb: string;
  count?: number;
}

/** The pointers to guests in `text`, in order. */
export function guestPointers(text: string): GuestPointer[] {
  const out: GuestPointer[] = [];
  GUESTS.lastIndex = 0;
  for (let hit = GUESTS.exec(text); hit; hit = GUESTS.exec(text)) {
    const verb = hit[1]!;
    const phrase = hit[2]!;
    const at = hit.index + hit[0].length - phrase.length;
    const word = (hit[3] ?? hit[4])?.toLowerCase();
    const count = word === undefined ? undefined : (COUNTS[word] ?? Number(word));
    out.push({at, length: phrase.length, verbAt: hit.index, verb, ...(count !== undefined ? {count} : {})});
  }
  return out;
}

/** An earlier gathering of the story's series, by an ordinal or "previous", or the body's own ("the bloc's summit"). */
const EARLIER_GATHERING =
  "(?:(?:previous|first|last|inaugural|earlier|second|third|fourth|fifth|sixth)\\s+(?:[a-z]+\\s+)?|(?:organi[sz]ation|bloc|alliance|group|grouping)['’]s\\s+(?:[a-z]+\\s+)?)(?:summit|meeting|session|forum|conference|gathering|round)";
/** "… hosted the previous meeting …", "… hosted the organisation's informal summit …". */
const HOSTED_EARLIER = cue(
  new RegExp(
    `\\b(?:hosted|chaired|convened)\\s+(the\\s+${EARLIER_GATHERING})\\b(?!\\s+(?:of|with|between|on|for)\\b)(?!['’-])`,
    "g"
  )
);
/** "The first summit, which Xi hosted …": the gathering, then a relative clause whose subject hosted it. */
const EARLIER_WHICH_HOSTED = cue(
  new RegExp(`\\b[Tt]he\\s+${EARLIER_GATHERING}\\s*,\\s+which\\s+([^,;]{1,60}?)\\s+(?:hosted|chaired|convened)\\b`, "g")
);
/** A time of the clause's own: a year, a month, or a time counted back ("last year", "two years ago"). */
const OWN_TIME =
  /\b(?:1[89]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|October|November|December|last\s+(?:year|month|week|spring|summer|autumn|fall|winter)|ago)\b/;

/** An earlier gathering told as hosted, its guests left to the story. */
export interface EarlierHosting {
  /** The host's mention (offsets into the sentence). */
  host: {start: number; end: number; text: string; code: string};
  /** Where the host's verb starts and where its clause ends (the next comma, semicolon or the sentence's end). */
  verbAt: number;
  end: number;
  /** The copy to read, with `guests` (a name the coder reads as the guests' group) put for the gathering. */
  copy: (guests: string) => string;
}

/**
 * The earlier gathering `text` tells as hosted by a named actor, at a time of its own clause: "Tokayev, who hosted
 * the previous meeting in Astana in August 2024, …", "The first summit, which Xi hosted in Xi'an in May 2023, …",
 * "Hungary hosted the organisation's informal summit in Budapest in May". The gathering is an earlier one of the
 * story's series ("previous", "first", an ordinal) or the story's body's own ("the bloc's summit"): its guests are the
 * story's gathering's other side, which the caller supplies. Not with no time in the clause (the page's date would
 * be wrong for an earlier gathering), nor when no actor is named as the host.
 */
export function earlierHosting(
  text: string,
  mentions: readonly {start: number; end: number; text: string; code: string}[]
): EarlierHosting | undefined {
  const clauseEnd = (from: number) => {
    const stop = /[,;]|\s[-–—]\s/.exec(text.slice(from));
    return stop ? from + stop.index : text.length;
  };
  HOSTED_EARLIER.lastIndex = 0;
  for (let hit = HOSTED_EARLIER.exec(text); hit; hit = HOSTED_EARLIER.exec(text)) {
    const verbAt = hit.index;
    const after = hit.index + hit[0].length;
    const end = clauseEnd(after);
    const tail = text.slice(after, end);
    // (the host: the actor named last before the verb, in its clause or just before ", who")
    const host = mentions.filter((m) => m.end <= verbAt).at(-1);
    if (
      !host ||
      !OWN_TIME.test(tail) ||
      mentions.some(
        (m) => m.start >= after && m.end <= end && !/\b(?:in|at)\s+(?:the\s+)?$/.test(text.slice(0, m.start))
      )
    )
      continue;
    if (!/^(?:\s*,\s*who\s+|\s+)(?:had\s+|also\s+|previously\s+|earlier\s+)?$/.test(text.slice(host.end, verbAt)))
      continue;
    return {host, verbAt, end, copy: (guests) => `${host.text} hosted the leaders of ${guests}${tail}`};
  }
  EARLIER_WHICH_HOSTED.lastIndex = 0;
  for (let hit = EARLIER_WHICH_HOSTED.exec(text); hit; hit = EARLIER_WHICH_HOSTED.exec(text)) {
    const subjectAt = hit.index + hit[0].indexOf(hit[1]!, hit[0].indexOf("which"));
    const subjectEnd = subjectAt + hit[1]!.length;
    const inside = mentions.filter((m) => m.start >= subjectAt && m.end <= subjectEnd);
    if (inside.length !== 1) continue;
    const verbAt = text.slice(subjectEnd).search(/\S/) + subjectEnd;
    const after = hit.index + hit[0].length;
    const end = clauseEnd(after);
    const tail = text.slice(after, end);
    if (
      !OWN_TIME.test(tail) ||
      mentions.some(
        (m) =>
          m.start >= after &&
          m.end <= end &&
          !/\b(?:in|at)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}(?:of\s+)?$/.test(text.slice(0, m.start))
      )
    )
      continue;
    const host = inside[0]!;
    return {host, verbAt, end, copy: (guests) => `${host.text} hosted the leaders of ${guests}${tail}`};
  }
  return undefined;
}
