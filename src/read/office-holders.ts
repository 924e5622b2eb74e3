/**
 * Office holders named by their office alone (issue 10, session 17): "The prime minister thanked the hosts …",
 * "First, the head of state met …", "… invited the premier to visit …". News prose names a person once with title,
 * state and name ("Peruvian Prime Minister X", "President of Chile Y", "Premier Z" for a leader the actor dictionary
 * knows) and then by the office alone. The office alone stands for the state whose holder of that office the article
 * named before: the holder named as a sentence's subject first (the story's protagonist; the sentence just before
 * wins when it named one there), else the only state one was named for. Pure: sentences and their mentions in.
 *
 * @module
 */
import {Cue, cue} from "./cue.js";

/** A mention as this reader needs it: offsets into the sentence and the actor code. */
export interface HolderMention {
  start: number;
  end: number;
  code: string;
}

/**
 * The offices a person holds for a state, as English writes them in a title: heads of state (president, king, queen,
 * emir, sultan, monarch, emperor, "head of state"), heads of government (prime minister, premier, chancellor, "head
 * of government"), and ministers of a portfolio ("foreign minister", "Minister of Foreign Affairs", "defence
 * minister"). A lexicon of the language's titles, in either case.
 */
const FIELD =
  "(?:[Ff]oreign|[Dd]efen[cs]e|[Tt]rade|[Ee]conomy|[Ee]nergy|[Ff]inance|[Ii]nterior|[Tt]ransport|[Aa]griculture|[Jj]ustice|[Hh]ealth|[Ee]ducation|[Ii]ndustry)";
const TITLE = `(?:[Pp]rime\\s+[Mm]inister|[Pp]resident|[Pp]remier|[Cc]hancellor|[Hh]ead\\s+of\\s+[Ss]tate|[Hh]ead\\s+of\\s+[Gg]overnment|[Kk]ing|[Qq]ueen|[Ee]mir|[Ss]ultan|[Mm]onarch|[Ee]mperor|${FIELD}\\s+[Mm]inister|[Ff]oreign\\s+[Ss]ecretary|[Mm]inister\\s+of\\s+${FIELD}(?:\\s+[Aa]ffairs)?)`;
/**
 * An organisation's offices, as English writes them in a title: "Secretary General", "Secretary-General",
 * "Director-General", "Chairperson-in-Office", "High Representative", "Executive Secretary" (session 23).
 */
const ORGANISATION_TITLE =
  "(?:[Ss]ecretary[- ][Gg]eneral|[Dd]irector[- ][Gg]eneral|[Cc]hair(?:person|man|woman)-in-[Oo]ffice|[Hh]igh\\s+[Rr]epresentative|[Ee]xecutive\\s+[Ss]ecretary|[Ss]ecretariat)";
const WHOLE_ORGANISATION_TITLE = new RegExp(`^${ORGANISATION_TITLE}$`, "u");
/** A state's adjective or name, then its office holder's title: "Kazakh Prime Minister", "Chile's president". */
const TITLE_AFTER = new RegExp(
  `^(?:['’]s)?\\s+(?:(?:acting|new|interim|Acting|New|Interim)\\s+)?(${TITLE}|${ORGANISATION_TITLE})\\b(?![-'’])`,
  "u"
);
/**
 * A title before a state's name or a holder's name: "President of Chile ", "Prime Minister of the Republic of Peru ",
 * "Premier " (+ up to two given names before a name the dictionary knows). Not a deputy's, vice's or former holder's.
 */
const TITLE_BEFORE = new RegExp(
  `(?<![Vv]ice[\\s-]|[Dd]eputy\\s|[Ff]ormer\\s|[Ee]x-)(${TITLE}|${ORGANISATION_TITLE})\\s+(?:of\\s+(?:the\\s+)?(?:(?:Republic|Kingdom|State|Federation)\\s+of\\s+)?)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}$`,
  "u"
);
/**
 * {@link TITLE_BEFORE}'s pre-filter, asked of the whole sentence once: the pattern runs on the text before each state's
 * mention, tried at every position of it, and a sentence without a title's word holds no match in any part of it
 * (session 26).
 */
const TITLE_BEFORE_CUE = new Cue(TITLE_BEFORE);
/** A mention that ends in a title of its own (a dictionary alias such as "German Chancellor", "US President"). */
const TITLE_END = new RegExp(`\\s(${TITLE}|${ORGANISATION_TITLE})$`, "u");
/** What may open a sentence before its subject: a time, a place, an opening clause or a dateline, closed by punctuation. */
const SUBJECT_PREFIX = /^(?:[^.;"“]{0,140}?(?:[,:]|\s[-–—])\s+)?(?:the\s+)?$/iu;

/** Which office a title names: a class ("state", "government") or a portfolio ("minister:foreign"). */
export function officeOf(title: string): {
  office: string;
  kind: "state" | "government" | "minister" | "organisation";
} {
  const t = title.toLowerCase().replace(/\s+/g, " ");
  // (an organisation's office: "Secretary General" and "Secretary-General" are one; session 23)
  if (WHOLE_ORGANISATION_TITLE.test(title.replace(/\s+/g, " ")))
    return {office: t.replace(/-(?=general\b)/, " "), kind: "organisation"};
  if (/^(?:president|king|queen|emir|sultan|monarch|emperor|head of state)$/.test(t))
    return {office: t === "head of state" ? "state" : t, kind: "state"};
  if (/^(?:prime minister|premier|chancellor|head of government)$/.test(t))
    return {
      office: t === "premier" ? "prime minister" : t === "head of government" ? "government" : t,
      kind: "government"
    };
  // ("the Foreign Secretary": a title of one state's own, answered by holders named with that title only; session 22)
  if (t === "foreign secretary") return {office: "secretary:foreign", kind: "minister"};
  const field = /^(\w+) minister$/.exec(t)?.[1] ?? /^minister of (\w+)/.exec(t)?.[1] ?? "";
  return {office: `minister:${field.replace(/^defense$/, "defence")}`, kind: "minister"};
}

/** Whether a holder of `held` answers to the office a bare title names (`asked`). */
function answers(asked: ReturnType<typeof officeOf>, held: ReturnType<typeof officeOf>): boolean {
  if (asked.kind !== held.kind) return false;
  // ("the head of state", "the head of government": any title of the class; else the same title)
  // ("the minister" alone: a minister of any portfolio; session 22)
  return (
    asked.office === "state" ||
    asked.office === "government" ||
    asked.office === "minister:" ||
    asked.office === held.office
  );
}

/**
 * An office named alone, in a clause as its subject or object: "the prime minister", "The Head of State", "the
 * premier", "the foreign minister". Not a holder named with it ("the Prime Minister X"), not of something ("the
 * President of Chile", "the president's office", "the president-elect"), not a plural, and not a predicate ("was the
 * president", "as the prime minister", "the office of the president").
 */
const BARE_OFFICE = cue(
  new RegExp(
    `(?<!\\b(?:of|as|was|is|were|be|been|became|become|remains|remained)\\s)\\b([Tt]he)\\s+(${TITLE}|${ORGANISATION_TITLE}|[Mm]inister)\\b(?![-'’]|\\s+of\\b|\\s+\\p{Lu})`,
    "gu"
  )
);

/** The state of an office holder the page named by the office alone, tied to no state (see bareOffices). */
const UNTIED = "";

/** A holder learned: the office, the state, the sentence, and whether the holder was that sentence's subject. */
interface Holder {
  office: ReturnType<typeof officeOf>;
  code: string;
  sentence: number;
  subject: boolean;
}

/** The document's memory of who holds which office: read each sentence in order with {@link OfficeHolders.learn}. */
export class OfficeHolders {
  private readonly holders: Holder[] = [];

  /**
   * Learns the holders a sentence names: a state's mention with a title after it ("Kazakh President", "Peru's prime
   * minister") or a title before a state's or a holder's name ("President of Chile", "Premier X"). `isState` tells a
   * state's code from an organisation's.
   */
  learn(
    text: string,
    mentions: readonly HolderMention[],
    sentence: number,
    isState: (code: string) => boolean,
    isOrganisation: (code: string) => boolean = () => false
  ): void {
    let titled: boolean | undefined;
    for (const m of mentions) {
      const state = isState(m.code);
      if (!state && !isOrganisation(m.code)) continue;
      // (review M10: a dictionary alias may hold the title itself, "German Chancellor", "US President": one mention)
      const own = TITLE_END.exec(text.slice(m.start, m.end));
      const after = own ? null : TITLE_AFTER.exec(text.slice(m.end));
      const before =
        own || after || !(titled ??= TITLE_BEFORE_CUE.mayMatch(text))
          ? null
          : TITLE_BEFORE.exec(text.slice(0, m.start));
      const title = own?.[1] ?? after?.[1] ?? before?.[1];
      if (!title) continue;
      // (not a former holder's, a deputy's or a vice-president's: "Chile's former president", "Peru's deputy prime
      // minister" hold no office for the state now)
      if (
        (after || own) &&
        /\b(?:former|ex|deputy|vice)\b/i.test(text.slice(Math.max(0, m.start - 12), own ? m.end : m.start))
      )
        continue;
      // (a state's offices are held for states, an organisation's for organisations: "OSCE Secretary General X")
      const office = officeOf(title);
      if ((office.kind === "organisation") === state) continue;
      const from = before ? before.index : m.start;
      const subject = SUBJECT_PREFIX.test(text.slice(0, from));
      this.holders.push({office, code: m.code, sentence, subject});
    }
  }

  /**
   * Learns one holder the reader found otherwise: an official named by title and name on a page whose home they are
   * (src/read/home-persons.ts), at offset `at` of sentence `sentence`'s text.
   */
  hold(title: string, code: string, sentence: number, text: string, at: number): void {
    this.holders.push({office: officeOf(title), code, sentence, subject: SUBJECT_PREFIX.test(text.slice(0, at))});
  }

  /**
   * The state a bare office stands for in sentence `sentence`: a holder of it named as the subject of the sentence
   * just before, else the first named as a sentence's subject, else the only state one was named for; with none
   * named, the page's `home` when its kind is the office's (a state's office, an organisation's).
   */
  stateOf(title: string, sentence: number, home?: {code: string; kind: "state" | "organisation"}): string | undefined {
    const code = this.holderOf(title, sentence, home);
    return code === UNTIED ? undefined : code;
  }

  private holderOf(
    title: string,
    sentence: number,
    home?: {code: string; kind: "state" | "organisation"}
  ): string | undefined {
    const asked = officeOf(title);
    const known = this.holders.filter((h) => h.sentence < sentence && answers(asked, h.office));
    const last = known.filter((h) => h.subject && h.sentence === sentence - 1);
    if (new Set(last.map((h) => h.code)).size === 1) return last[0]!.code;
    const subject = known.find((h) => h.subject);
    if (subject) return subject.code;
    const states = new Set(known.map((h) => h.code));
    if (states.size === 1) return known[0]!.code;
    // (none named: the page's own state or organisation, for an office of its kind; session 23)
    return known.length === 0 && home && (asked.kind === "organisation") === (home.kind === "organisation")
      ? home.code
      : undefined;
  }

  /**
   * Each bare office in `text` ({@link BARE_OFFICE}) with the state it stands for (see {@link stateOf}); offices
   * with none are left out.
   */
  bareOffices(
    text: string,
    sentence: number,
    home?: {code: string; kind: "state" | "organisation"}
  ): {at: number; length: number; code: string}[] {
    const out: {at: number; length: number; code: string}[] = [];
    BARE_OFFICE.lastIndex = 0;
    const learned: Holder[] = [];
    for (let m = BARE_OFFICE.exec(text); m; m = BARE_OFFICE.exec(text)) {
      const code = this.stateOf(m[2]!, sentence, home);
      if (code) out.push({at: m.index, length: m[0].length, code});
      // (an office named alone as a sentence's subject before any holder of it was named is the story's own holder,
      // of a state the page has not tied it to: a holder named later, as someone's counterpart, is not whom the
      // office stands for afterwards: "The Minister will be accompanied by …", then "Mr X will meet Kazakhstan's
      // Minister of Trade …", then "the Minister will hold talks …" is not Kazakhstan's; session 32)
      const office = officeOf(m[2]!);
      if (
        !code &&
        SUBJECT_PREFIX.test(text.slice(0, m.index)) &&
        !this.holders.some((h) => h.sentence < sentence && answers(office, h.office))
      )
        learned.push({office, code: UNTIED, sentence, subject: true});
    }
    this.holders.push(...learned);
    return out;
  }
}

/**
 * The sentence with each office span replaced by its state's name (spans whose state has no name are left as
 * written), and a map from the copy's offsets back to the sentence's.
 */
export function spliceOffices(
  text: string,
  spans: readonly {at: number; length: number; code: string}[],
  nameOf: (code: string) => string | undefined
): {text: string; back: (x: number) => number} | undefined {
  let out = "";
  let from = 0;
  const moves: {at: number; copyAt: number; length: number; replacement: number}[] = [];
  for (const span of spans) {
    const name = nameOf(span.code);
    if (!name || span.at < from) continue;
    out += text.slice(from, span.at);
    moves.push({at: span.at, copyAt: out.length, length: span.length, replacement: name.length});
    out += name;
    from = span.at + span.length;
  }
  if (moves.length === 0) return undefined;
  out += text.slice(from);
  const back = (x: number) => {
    let shift = 0;
    for (const m of moves) {
      if (x < m.copyAt) break;
      if (x < m.copyAt + m.replacement) return m.at;
      shift = m.at + m.length - (m.copyAt + m.replacement);
    }
    return x + shift;
  };
  return {text: out, back};
}
