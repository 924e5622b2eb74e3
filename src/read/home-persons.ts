/**
 * Officials named by title and name with no state beside them (issue 10, session 23): "Minister for Foreign Trade
 * and Development Ville Tavio urged …", "Foreign Minister Oana Toiu announced …", "Secretary General Jane Roe met …".
 * A page writes its own state's or organisation's officials so (src/read/page-home.ts): the reader knows whose they
 * are. A title with a state or an organisation beside it ("Kazakhstan's Trade Minister X", "OSCE Secretary General
 * X", "X, the Kyrgyz foreign minister") or a name the actor dictionary knows is read as written, by the coder and the
 * anaphora reader; a former holder, a deputy head of a body ("Deputy Director"), an expert's title ("Researcher X")
 * are no official's. Pure: a sentence and its mentions in.
 *
 * @module
 * @example
 * ```ts
 * titledOfficials("Foreign Minister Oana Toiu met her host.", [], isStateCode);
 * // [{at: 0, length: 26, title: "Foreign Minister", surname: "Toiu", kind: "state"}]
 * ```
 */
import {words} from "./word-set.js";

/** A mention as this reader needs it: offsets into the sentence and the actor code. */
export interface OfficialMention {
  start: number;
  end: number;
  code: string;
  agent?: string;
}

/** An official named by title and name, and the actor named beside them if any. */
export interface TitledOfficial {
  /** Where the title starts, and the length of the title and the name together (with an aside in parentheses after it). */
  at: number;
  length: number;
  title: string;
  surname: string;
  /** A state's official (a minister, a president) or an organisation's (a secretary general). */
  kind: "state" | "organisation";
  /** The state or organisation named beside the name ("Minister X (Finland)"), if any. */
  tie?: string;
}

/** A portfolio's words after "Minister of/for": capitalised words joined by "and", "&" or commas. */
const PORTFOLIO = String.raw`\p{Lu}[\p{L}-]*(?:(?:,\s+|\s+(?:and|&)\s+|\s+)\p{Lu}[\p{L}-]*){0,5}`;
/** A state's office in a title before a name: ministers of a portfolio, heads of state and government, speakers. */
const STATE_TITLE = String.raw`(?:(?:First\s+)?Deputy\s+|Acting\s+)?(?:Prime\s+Minister|Premier|President|Chancellor|Foreign\s+Secretary|Secretary\s+of\s+State|State\s+Secretary|Minister\s+(?:of|for)\s+${PORTFOLIO}|(?:Foreign|Defen[cs]e|Trade|Economy|Energy|Finance|Interior|Transport|Agriculture|Justice|Health|Education|Industry|Investment)\s+Minister|Minister)`;
/** An organisation's office in a title before a name. */
const ORGANISATION_TITLE = String.raw`(?:(?:Deputy\s+)?Secretary[- ]General|Director[- ]General|Chair(?:person|man|woman)-in-Office|High\s+Representative|Executive\s+Secretary)`;
/** A person's name after the title: two to four capitalised words, an initial among them ("Feridun H. Sinirlioğlu"). */
const NAME = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)){1,3}`;
const OFFICIAL = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:(${ORGANISATION_TITLE})|(${STATE_TITLE}))\s+(${NAME})(?![\p{L}'’-])`,
  "gu"
);
/** Words before a title that make it no office held now, or tie it to what is named before ("Kazakhstan's", "of the"). */
const NOT_HELD_BEFORE = /(?:\b(?:former|ex|then|late|opposition|party|deputy)\s*-?\s*|['’]s\s+|\bof\s+(?:the\s+)?)$/i;
/** What joins an actor named after a person's name to the person: "X (Finland)", "X, the Kazakh …", "X of the OSCE". */
const JOINED_AFTER =
  /^(?:\s*\(\s*|\s*,\s*(?:an?\s+|the\s+)?|\s+of\s+(?:the\s+)?|\s+from\s+(?:the\s+)?)(?:[\p{L}-]+\s+){0,2}$/u;
/** A short aside in parentheses right after a name: a party, a state, an office ("(Finns)", "(SDP)"). */
const ASIDE = /^\s*\([^()]{1,40}\)/;
/** Month and weekday names, and words that open a clause, are no part of a person's name. */
const NOT_NAME_WORD = words(
  /^(?:On|In|At|And|But|The|This|That|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/
);

/**
 * The officials a sentence names by title and name whose name the coder does not know, each with the actor named
 * beside them if any (`tie`): one whose mention ends within three words before the title, or follows the name in
 * parentheses, an apposition or "of …" ("Minister X (Finland)", "X, the Kazakh …"). Not a former holder's title, a
 * deputy's, nor one tied by a possessive or "of" before it ("Kazakhstan's Trade Minister X" is the coder's). `isActor`
 * tells which mentions name a state or an organisation (not a sector agent such as "Minister" GOV).
 */
export function titledOfficials(
  text: string,
  mentions: readonly OfficialMention[],
  isActor: (code: string) => boolean
): TitledOfficial[] {
  const out: TitledOfficial[] = [];
  if (!/\b(?:Minister|President|Premier|Chancellor|Secretary|Director|Chair|Representative)/.test(text)) return out;
  const actors = mentions.filter((m) => isActor(m.code) && !(m.agent !== undefined && m.agent === m.code));
  OFFICIAL.lastIndex = 0;
  for (let m = OFFICIAL.exec(text); m; m = OFFICIAL.exec(text)) {
    const title = (m[1] ?? m[2])!;
    let words = m[3]!.split(/\s+/);
    // (a month or a clause's first word ends the name: "Minister Jane Roe On Monday" is no name of four words)
    const stop = words.findIndex((w, k) => k > 0 && NOT_NAME_WORD.test(w));
    if (stop > 0) words = words.slice(0, stop);
    if (words.length < 2 || /\.$/.test(words.at(-1)!)) continue;
    const at = m.index;
    const end = at + m[0].length - m[3]!.length + words.join(" ").length;
    if (NOT_HELD_BEFORE.test(text.slice(Math.max(0, at - 60), at))) continue;
    // (the coder knows the name, or an actor's name is part of the title: read as written)
    if (actors.some((a) => a.start < end && a.end > at)) continue;
    const before = actors.filter((a) => {
      const between = text.slice(a.end, at);
      return a.end <= at && !/[.;:!?]/.test(between) && between.trim().split(/\s+/).filter(Boolean).length <= 3;
    });
    const after = actors.find((a) => a.start >= end && JOINED_AFTER.test(text.slice(end, a.start)));
    const tie = before.at(-1)?.code ?? after?.code;
    // (a short aside in parentheses after the name goes with it: "Ville Tavio (Finns)", a party or a state)
    const aside = ASIDE.exec(text.slice(end));
    out.push({
      at,
      length: end - at + (aside ? aside[0].length : 0),
      title,
      surname: words.at(-1)!,
      kind: m[1] !== undefined ? "organisation" : "state",
      ...(tie !== undefined ? {tie} : {})
    });
  }
  return out;
}

/**
 * Where a sentence names officials met before by their surname alone ("Tavio met …" after "Minister … Ville
 * Tavio"): each surname of `surnames` written as a whole word that no mention of the coder covers (a name it knows
 * stays the coder's), with the actor it stands for.
 */
export function surnameSpans(
  text: string,
  surnames: ReadonlyMap<string, string>,
  mentions: readonly OfficialMention[]
): {at: number; length: number; code: string}[] {
  const out: {at: number; length: number; code: string}[] = [];
  surnames.forEach((code, surname) => {
    if (!text.includes(surname)) return;
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) {
      const end = at + surname.length;
      if (/[\p{L}'’-]/u.test(text[at - 1] ?? "") || /[\p{L}-]/u.test(text[end] ?? "")) continue;
      // ("Tavio's trip": the possessive is the person's thing, read as the state's)
      if (mentions.some((m) => m.start < end && m.end > at)) continue;
      out.push({at, length: surname.length, code});
    }
  });
  return out;
}
