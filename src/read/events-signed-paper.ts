/**
 * A paper told as signed at a time of its own, its signers unnamed in its clause: "The previous agreement, signed in
 * 2022, provided for …", "A partnership agreement was signed in 1995 and entered into force in 1999", "The treaty
 * (BFT) was signed in Vilnius on 3 May 2019". English leaves the signers to the story: they are the two sides of the
 * latest signing told (else of the latest event), as "welcomed the agreement" points back (src/read/anaphora.ts). Said
 * the active way for the coder ("<A> and <B> signed the previous agreement in 2022"), so that the signing is read as a
 * signing and dated by its own phrase, not by the page or the sentence's other act.
 *
 * Read only for a paper's noun after "the", "a" or "an", then a reduced relative's participle between commas
 * (", signed in 2022,") or a past passive ("was signed", "had been signed"), then a time right after it (a venue
 * "in <Place>" may stand between). Not a participle before the noun ("the signed agreement"), not one without its own
 * time ("the long-signed treaty remains"), not a plan ("is to be signed in 2026", "will be signed"), not a paper with
 * its signer ("signed by X", "signed with X") or one whose clause names an actor other than a venue.
 *
 * @module
 */
import type {AnaphoraMention} from "./anaphora.js";
import {cue} from "./cue.js";
import {MONTH_ALTERNATION} from "./dates.js";

/** A paper signed at its own time with no signer, found in a sentence. */
export interface SignedPaper {
  /** Where the paper's noun phrase starts. */
  from: number;
  /** Where the signing's verb stands in the sentence as written: every event of the copy is placed there. */
  at: number;
  end: number;
  /** The time phrase of the signing, as written in the sentence. */
  time: string;
  /**
   * The two sides of the gathering the paper was signed at, when the clause names one by its two sides right after the
   * time ("signed on June 17 last year at the second China–Central Asia Summit"): the signers, as written there.
   */
  gathering?: {codes: [string, string]; names: [string, string]};
  /** The active copy with the two sides named: "<A> and <B> signed the previous agreement in 2022." */
  copy: (sides: readonly [string, string]) => string;
}

const MONTH = `(?:${MONTH_ALTERNATION})`;
/** A time phrase of a past act: a year, a month (with its year), a day, "last year", "two years ago". */
export const PAST_TIME = new RegExp(
  [
    `(?:in\\s+)?(?:early|late|mid-?)\\s*(?:${MONTH}\\s+)?\\d{4}`,
    `in\\s+(?:${MONTH}\\s+)?\\d{4}`,
    `in\\s+${MONTH}\\b`,
    `on\\s+\\d{1,2}\\s+${MONTH}(?:,?\\s+\\d{4}|\\s+(?:last|this)\\s+year)?`,
    `on\\s+${MONTH}\\s+\\d{1,2}(?:,\\s+\\d{4}|\\s+(?:last|this)\\s+year)?`,
    `last\\s+(?:year|month|${MONTH})`,
    `(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:years?|months?)\\s+ago`
  ]
    .map((p) => `(?:${p})`)
    .join("|")
);
/** The paper's noun, lower or title case ("the Partnership Agreement"). */
const PAPER = `(?:${"agreement treaty contract memorandum accord pact deal protocol declaration roadmap convention charter"
  .split(" ")
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join("|")})`;
/**
 * Group 1 the paper's noun phrase (its article first, an acronym in brackets after), group 2 the passive or the
 * reduced relative's comma, group 3 the participle, group 4 a venue, group 5 the time.
 */
const SIGNED = cue(
  new RegExp(
    `\\b((?:[Tt]he|[Aa]n?)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,6}?${PAPER}\\b(?:\\s*\\([^()]{1,30}\\))?)` +
      `(\\s*,\\s*|\\s+(?:was|were|had\\s+been)\\s+)(?:first\\s+|originally\\s+|formally\\s+|jointly\\s+)?` +
      `(signed|concluded|inked)\\s+((?:in|at)\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?,?\\s+)?(${PAST_TIME.source})`,
    "gu"
  )
);
/** "at the second China–Central Asia Summit", "during the Baltic–Nordic summit": a gathering right after the time. */
const AT_GATHERING =
  /^\s*,?\s*(?:at|during)\s+(?:the|a|an)\s+[^,;.()]{0,80}?\b(?:[Ss]ummit|[Mm]eeting|[Tt]alks|[Ff]orum)\b/;

/** The two sides of a gathering named by them right after `at` in `text` (offsets of `mentions`), or undefined. */
function gatheringAfter(
  text: string,
  at: number,
  mentions: readonly AnaphoraMention[]
): {codes: [string, string]; names: [string, string]} | undefined {
  const hit = AT_GATHERING.exec(text.slice(at));
  if (!hit) return undefined;
  const inside = mentions.filter((m) => m.start >= at && m.end <= at + hit[0].length);
  const codes = [...new Set(inside.map((m) => m.code))];
  if (codes.length !== 2) return undefined;
  const name = (c: string) => inside.find((m) => m.code === c)!.text;
  return {codes: [codes[0]!, codes[1]!], names: [name(codes[0]!), name(codes[1]!)]};
}

/** A noun phrase that is a plan or a paper still to come, or a group of papers with no one signing. */
const NOT_SIGNED = /\b(?:draft|proposed|planned|future|next|new|upcoming|possible|any|such)\b/i;

/**
 * `text`'s first paper signed at its own time with no signer, or undefined. `mentions` are the sentence's (offsets
 * into it).
 */
export function signedPaper(text: string, mentions: readonly AnaphoraMention[]): SignedPaper | undefined {
  SIGNED.lastIndex = 0;
  for (let hit = SIGNED.exec(text); hit; hit = SIGNED.exec(text)) {
    const paper = hit[1]!;
    if (NOT_SIGNED.test(paper)) continue;
    const from = hit.index;
    // (a paper an act is done under is its doers': paperUnder below)
    if (/\bunder\s+$/i.test(text.slice(0, from))) continue;
    const verbAt = from + paper.length + hit[2]!.length + hit[0].slice(paper.length + hit[2]!.length).indexOf(hit[3]!);
    const end = from + hit[0].length;
    const venue = hit[4] ?? "";
    const venueAt = venue ? text.indexOf(venue, verbAt) : -1;
    // (an actor in the paper's phrase or clause, other than the venue, names a side: the coder reads it as written)
    const inside = mentions.filter(
      (m) => m.start < end && m.end > from && !(venueAt >= 0 && m.start >= venueAt && m.end <= venueAt + venue.length)
    );
    if (inside.length > 0) continue;
    // (a signer told after the time: "signed in 2019 by X", "signed in May with X")
    if (/^\s*(?:,\s*)?(?:by|with|between)\b/i.test(text.slice(end))) continue;
    const lowered = paper[0]!.toLowerCase() + paper.slice(1);
    const time = hit[5]!;
    const gathering = gatheringAfter(text, end, mentions);
    return {
      ...(gathering ? {gathering} : {}),
      from,
      at: verbAt,
      end: verbAt + hit[3]!.length,
      time,
      copy: (sides) => `${sides[0]} and ${sides[1]} signed ${lowered} ${venue}${time}.`
    };
  }
  return undefined;
}

/** A paper an act is done under, signed at a time of its own, with its two parties the clause's sides. */
export interface PaperUnder {
  /** The two parties, as codes. */
  codes: [string, string];
  /** Each signing (a renewal after "and" is one more), with where its participle stands and its time. */
  signings: {at: number; end: number; time: string}[];
  /** The paper's noun phrase as written, lowered ("a swap contract"). */
  paper: string;
}

/** A paper's noun, singular or plural ("contracts first signed in 2009"). */
const PAPERS = `(?:${PAPER}s?|[Dd]eals?|[Aa]greements|[Tt]reaties|[Mm]emoranda)`;
/**
 * "under <paper> [<Name> ]signed [with <Y>] [in <Place>] <time>": group 1 the paper's noun phrase, group 2 a
 * relative's subject written as a name ("the agreement Bulgargaz signed with …"), group 3 the participle, group 4
 * the "with" phrase, group 5 a venue, group 6 the time.
 */
const UNDER = cue(
  new RegExp(
    `\\b[Uu]nder\\s+((?:(?:the|a|an|its|their|two|several|long-term)\\s+)?(?:[\\p{L}\\d'’$.-]+\\s+){0,5}?${PAPERS})` +
      `\\s+((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3})?(?:first\\s+|originally\\s+|initially\\s+)?(signed|concluded)` +
      `(\\s+with\\s+[^,;.()]{1,60}?)?\\s+((?:in|at)\\s+\\p{Lu}[\\p{L}'’-]+,?\\s+)?(${PAST_TIME.source})`,
    "gu"
  )
);
/** ", and renewed in 2015", "and extended in May 2020": a later act on the same paper right after the signing's time. */
const RENEWED = new RegExp(
  `^\\s*,?\\s+and\\s+(?:later\\s+|then\\s+)?(renewed|extended|prolonged)\\s+((?:in|at)\\s+\\p{Lu}[\\p{L}'’-]+,?\\s+)?(${PAST_TIME.source})`,
  "u"
);

/**
 * A paper an act is done under, signed at a time of its own: "Kazakhstan supplies India's uranium under contracts
 * first signed in 2009 and renewed in 2015", "BOTAS will receive Turkmen gas under a swap contract signed in 2025",
 * "which India Ports Global took over under an agreement signed with Tehran in May 2024", "Under the agreement X
 * signed with Turkey's BOTAS in January 2023, Bulgaria has access to …". English does an act under a paper its doers
 * are parties to: the paper's signers are the clause's two sides (the "with" side and the one before it, or the two
 * states the clause names), and the signing has the participle's own time. Not a paper still to come ("will be signed
 * under"), not one "signed by" someone, not a clause naming more or fewer than two states. `isSide` says which codes
 * can sign (states, unions); `mentions` are the sentence's (offsets into it).
 */
export function paperUnder(
  text: string,
  mentions: readonly AnaphoraMention[],
  isSide: (code: string) => boolean
): PaperUnder | undefined {
  UNDER.lastIndex = 0;
  for (let hit = UNDER.exec(text); hit; hit = UNDER.exec(text)) {
    const paper = hit[1]!;
    if (NOT_SIGNED.test(paper)) continue;
    const from = hit.index;
    const end = from + hit[0].length;
    const verbAt = text.indexOf(hit[3]!, from + hit[0].indexOf(paper) + paper.length);
    const sides = mentions.filter((m) => isSide(m.code));
    const within = (m: AnaphoraMention, a: number, b: number) => m.start >= a && m.end <= b;
    // (an actor inside the paper's own phrase names its parties some other way: "under the EU's agreement with X")
    const paperAt = from + hit[0].indexOf(paper);
    if (mentions.some((m) => within(m, paperAt, paperAt + paper.length))) continue;
    const withAt = hit[4] ? text.indexOf(hit[4], verbAt) : -1;
    const withSide = withAt >= 0 ? sides.find((m) => within(m, withAt, withAt + hit[4]!.length)) : undefined;
    if (hit[4] && !withSide) continue;
    // (the relative's subject: "the agreement Bulgargaz signed with …", a side when the coder reads it)
    const relAt = hit[2] ? text.indexOf(hit[2], paperAt + paper.length) : -1;
    const relative = relAt >= 0 ? sides.find((m) => within(m, relAt, relAt + hit[2]!.trim().length)) : undefined;
    // The clause around the phrase: from the last break before it to the next after it.
    const before = text.slice(0, from);
    const clauseStart = Math.max(before.lastIndexOf(";"), before.lastIndexOf(":")) + 1;
    const opening = /^\s*$/.test(text.slice(clauseStart, from));
    // (not in an infinitive's clause: what is only asked or planned under a paper, "asked Moscow to speed up the
    // delivery of helicopters under an agreement signed in 2021", tells no act done under it)
    if (/\bto\s+(?!the\b|an?\b|its\b|their\b|his\b|her\b)[a-z]+\b/.test(text.slice(clauseStart, from))) continue;
    let codes: string[];
    if (relative || withSide) {
      const one = relative ?? withSide!;
      let other = relative && withSide ? withSide : undefined;
      if (!other) {
        // (the side before the phrase in its clause, nearest first; a phrase opening the sentence: the main clause's
        // subject after its comma, "Under the agreement …, Bulgaria has access")
        const after = opening ? text.indexOf(",", end) : -1;
        const pool = opening
          ? sides.filter((m) => m.start > after && after >= 0 && m.code !== one.code).slice(0, 1)
          : sides.filter((m) => m.start >= clauseStart && m.end <= from && m.code !== one.code).reverse();
        other = pool[0];
      }
      if (!other || other.code === one.code) continue;
      codes = [other.code, one.code];
    } else {
      if (hit[2]) continue;
      const inClause = [...new Set(sides.filter((m) => m.start >= clauseStart && m.end <= from).map((m) => m.code))];
      if (inClause.length !== 2) continue;
      codes = inClause;
    }
    const signings = [{at: verbAt, end: verbAt + hit[3]!.length, time: hit[6]!}];
    const renewed = RENEWED.exec(text.slice(end));
    if (renewed) {
      const at = end + renewed.index + renewed[0].indexOf(renewed[1]!);
      signings.push({at, end: at + renewed[1]!.length, time: renewed[3]!});
    }
    const lowered = paper[0]!.toLowerCase() + paper.slice(1);
    return {codes: [codes[0]!, codes[1]!], signings, paper: lowered};
  }
  return undefined;
}
