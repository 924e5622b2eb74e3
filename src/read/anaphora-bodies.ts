/**
 * Bodies and companies that act for their state, bound where the text introduces them with it: "Kazakhstan's
 * national railway company Kazakhstan Temir Zholy (KTZ)", "Russia's state corporation Rosatom", "the Kyrgyz Foreign
 * Ministry", "the US Treasury Department's Office of Foreign Assets Control (OFAC)", "Azerbaijan Railways (ADY)".
 * From there on, in the same document, the name, its acronym in brackets and a description by its head noun ("the
 * agency", "the company", "the ministry", within a few sentences of the name) stand for that state. Pure: sentences
 * and their mentions in, bindings and spans out; the dictionary of well-known state companies stays the pack's
 * (packs/central-asia/aliases.csv), this only reads what the text says.
 *
 * @module
 */
import {literalMatch} from "./literal-match.js";
import {words} from "./word-set.js";

/** A mention as this module needs it: offsets into the sentence, the text and the actor code. */
export interface BodyMention {
  start: number;
  end: number;
  text: string;
  code: string;
}

/** A name, acronym or description bound to a state. */
export interface Binding {
  /** The words as written ("Kazakhstan Temir Zholy", "KTZ") or, for a description, its head noun ("agency"). */
  name: string;
  code: string;
  description: boolean;
  /** A name the coder reads as the state, as the introduction named it ("Kazakhstan", "the Kyrgyz side"). */
  state: string;
}

/** Lower-case words that describe a state's body or company between the state and the name. */
export const BODY_WORD = words(
  /^(?:state|state-owned|state-run|state-controlled|national|federal|government|public|railway|rail|gas|oil|energy|atomic|nuclear|power|pipeline|airline|carrier|company|corporation|firm|operator|agency|regulator|monopoly|holding|fund|bank|central|utility|giant|producer|exporter|developer|investor|authority|ministry|service|committee|council|body|watchdog|sovereign|wealth|investment|development|grid|transport|logistics|shipping|port|mining|uranium|petroleum|chemical|defence|defense|industrial|trading|conglomerate|group|enterprise|concern|export|import|lender|development|credit|insurance|customs|border|space|aviation|oil-and-gas|energy-sector)$/
);
/** Words that make a body no actor of its state: a private firm, a medium. */
const NOT_STATE_BODY =
  /^(?:private|privately|privately-owned|privately-held|independent|opposition|news|media|newspaper|broadcaster|channel|outlet|daily|weekly|radio|tv|television|wire|website|portal|magazine|think-tank|university|school|institute|club|team)$/i;
/** Capitalised head words of a body's name ("Agency for Atomic Energy", "Foreign Ministry", "Azerbaijan Railways"). */
const NAME_HEAD =
  /^(?:Agency|Ministry|Company|Corporation|Corp|Bank|Fund|Authority|Committee|Commission|Service|Office|Department|Railways?|Airways|Airlines|Holding|Council|Inspectorate|Administration|Directorate)$/;
/**
 * Head words that end an organisation's name in English: the language's lexicon of them (government bodies,
 * companies and their sectors' words used as heads: "… Railways", "… Nuclear Power Group", "Korea Gas Corp.",
 * "… Airlines", "… Investment Fund", "… Energy", "… Holdings"), not words seen in one text. A media outlet's, a
 * school's or a club's heads are not here (NOT_STATE_BODY and institutions.ts keep those out).
 */
const ORG_HEAD =
  /^(?:Agency|Ministry|Company|Companies|Co|Corporation|Corp|Incorporated|Inc|Ltd|Limited|PLC|JSC|LLC|Bank|Fund|Authority|Committee|Commission|Service|Office|Department|Railways?|Railroads?|Airways|Airlines|Lines|Shipping|Holdings?|Group|Enterprises?|Industries|Energy|Power|Electric|Electricity|Oil|Gas|Petroleum|Petrochemicals?|Chemicals?|Mining|Minerals|Metals|Steel|Resources|Telecom|Telecommunications|Logistics|Ports?|Pipelines?|Grid|Investments?|Trading|Council|Inspectorate|Administration|Directorate|Organi[sz]ation)$/;
/**
 * (review K6) Heads that name associations, charities and clubs as often as state bodies or firms: such a name binds
 * only when it also holds a sector's word (the economy's: "… Nuclear Power Group", "… Investment Fund") and none of
 * {@link CIVIL}'s.
 */
const SHARED_HEAD = words(/^(?:Group|Fund|Council|Committee|Organi[sz]ation|Office|Commission|Service)$/);
/** Words of the economy's sectors, in a name (a lexicon of the language's sector nouns and adjectives). */
const SECTOR =
  /^(?:Nuclear|Atomic|Harbour|Harbor|Power|Energy|Electric|Electricity|Oil|Gas|Petroleum|Petrochemical|Chemical|Mining|Metals?|Steel|Rail|Railway|Railways|Transport|Shipping|Logistics|Port|Ports|Pipeline|Grid|Investment|Investments|Development|Sovereign|Wealth|Export|Import|Trading|Trade|Construction|Engineering|Infrastructure|Telecom|Aviation|Airport|Uranium|Coal|Copper|Gold|Grain|Food|Agricultural|Water|Hydropower|Solar|Wind|State|National|Federal|Government|Customs|Border|Security|Defence|Defense|Foreign|Economic|Finance|Financial|Treasury|Tax|Statistics|Antimonopoly|Energy-sector)$/;
/**
 * Words of civil society, sport, trade associations and religion in a name: a lexicon of the language's words for
 * bodies that do not act for their state ("… Human Rights Group", "… Peace Fund", "… Cricket Council", "… Industry
 * Group", "… Chamber of Commerce").
 */
const CIVIL =
  /^(?:Human|Rights|Refugees?|Peace|Environmental|Ecological|Cricket|Football|Sports?|Olympic|Chess|Women['’]?s?|Youth|Students?|Exiles?|Opposition|Association|Associations|Union|Unions|Foundation|Charity|Charitable|Relief|Helsinki|Watch|Democratic|Democracy|Freedom|Liberty|Civic|Civil|Industry|Producers|Exporters|Importers|Traders|Farmers|Employers|Workers|Chamber|Business|Entrepreneurs|Journalists|Writers|Lawyers|Bar|Medical|Doctors|Islamic|Muslim|Christian|Orthodox|Jewish|Buddhist|Diaspora|Friendship|Cultural|Heritage)$/;
/** A cheap test that a sentence may hold such a name: one of {@link ORG_HEAD}'s words anywhere. */
const ORG_HEAD_IN_TEXT =
  /\b(?:Agency|Ministry|Compan|Co\b|Corp|Inc|Ltd|Limited|PLC|JSC|LLC|Bank|Fund|Authority|Committee|Commission|Service|Office|Department|Rail|Air|Lines|Shipping|Holding|Group|Enterprise|Industr|Energy|Power|Electric|Oil|Gas|Petro|Chemical|Mining|Minerals|Metals|Steel|Resources|Telecom|Logistics|Port|Transport|Pipeline|Grid|Investment|Capital|Trading|Export|Council|Inspectorate|Administration|Directorate|Organi[sz]ation)/;

/** A descriptor that calls the name after it a company ("the Hungarian energy company MOL"). */
const COMPANY_NOUN = words(
  /^(?:company|firm|corporation|group|operator|producer|developer|carrier|airline|utility|conglomerate|giant|concern|exporter|holding|miner|lender|bank)$/
);
/** Descriptors that mark a body as the state's own. */
const STATE_MARK = words(
  /^(?:state|state-owned|state-run|state-controlled|national|government|federal|public|sovereign)$/
);
/** Head words of a government body's name: the state's own whatever the descriptors. */
const GOVERNMENT_HEAD =
  /\b(?:Agency|Ministry|Committee|Service|Railways?|Airways|Office|Department|Authority|Administration|Inspectorate|Directorate|Commission)\b/;
/** Head nouns a description names a body by ("the agency", "the ministry's press service", "the company"). */
const HEAD_NOUN = words(
  /^(?:agency|ministry|company|corporation|firm|operator|regulator|bank|fund|monopoly|holding|utility|authority|committee|commission|service|office|department|railway|carrier|airline|watchdog|lender|producer|exporter)$/
);
/** Capitalised words a name run may hold, and the links between them. */
const CAP = /^\p{Lu}[\p{L}\d&'’.-]*$/u;
const LINK = words(/^(?:of|for|and|on|de|al)$/);
/** Words that may not start a name run (a sentence's next clause, a month, a title of a person). */
const NOT_NAME_START = words(
  /^(?:The|A|An|On|In|At|It|He|She|They|We|This|That|President|Prime|Minister|Deputy|Chairman|Chief|Head|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/
);

/** Capitalised words that end a name run: a month, a weekday, a clause's first word. */
const RUN_STOP = words(
  /^(?:The|A|An|On|In|At|It|He|She|They|We|This|That|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/
);

const WORD = /[\p{L}\d&'’.-]+|\(|\)|,/gu;
/**
 * A bracket holding one word that {@link acronymAfter} takes for an acronym, with nothing of a word beside it: what a
 * sentence must have for its name-and-acronym reading to find anything (tested before tokenizing the sentence).
 */
const ACRONYM_IN_BRACKETS = /\([^\p{L}\d&'’.,()-]*\p{Lu}[\p{Lu}\d&-]{1,7}[^\p{L}\d&'’.,()-]*\)/u;
/** A state's adjective ("Kazakh", "Chinese"), not its noun ("Kazakhstan"). */
const ADJECTIVE = /(?:ian|ese|ish|ean|ek|akh|yz|men|ic|an|ani|ali|eli|aqi|ati|i)$/i;

interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * {@link WORD} for a text without a letter outside ASCII, where it finds the same words: no character makes the
 * compiled pattern look a letter up in Unicode's tables (a call out of it per character).
 */
const ASCII_WORD = String.raw`[A-Za-z\d&'’.-]+|\(|\)|,`;
const NON_ASCII_LETTER = /(?![\x00-\x7f])\p{L}/u;
const ASCII_WORD_RE = new RegExp(ASCII_WORD, "g");
const WORD_RE = new RegExp(WORD.source, "gu");
/** The text last asked about, and whether its letters are all ASCII. */
let lastText: string | undefined;
let lastAscii = false;

function tokens(text: string, from: number, n: number): Token[] {
  if (text !== lastText) {
    lastText = text;
    lastAscii = !NON_ASCII_LETTER.test(text);
  }
  // (one pattern each, used from `from` to the end here: nothing else runs in between)
  const re = lastAscii ? ASCII_WORD_RE : WORD_RE;
  re.lastIndex = from;
  const out: Token[] = [];
  for (let m = re.exec(text); m && out.length < n; m = re.exec(text))
    out.push({text: m[0], start: m.index, end: m.index + m[0].length});
  return out;
}

/** The name run from token k: capitalised words with links between them, up to seven words; [end token, head]. */
function nameRun(toks: readonly Token[], k: number): {last: number; head?: string} | undefined {
  if (k >= toks.length || !CAP.test(toks[k]!.text) || NOT_NAME_START.test(toks[k]!.text)) return undefined;
  let last = k;
  let head: string | undefined;
  for (let j = k; j < toks.length && j < k + 7; ++j) {
    const w = toks[j]!.text.replace(/[.]$/, "");
    if (CAP.test(w)) {
      last = j;
      if (!head && NAME_HEAD.test(w))
        head = w
          .toLowerCase()
          .replace(/s$/, "")
          .replace(/^corp$/, "corporation");
      if (toks[j]!.text.endsWith(".") && !/^(?:Corp|Co|Inc|Ltd)\.$/.test(toks[j]!.text)) break;
    } else if (!(LINK.test(w) && j + 1 < toks.length && CAP.test(toks[j + 1]!.text))) break;
  }
  return {last, ...(head ? {head} : {})};
}

/**
 * After a name and its acronym, a copula making them a state's company or body: "is Kazakhstan's largest energy
 * company", "is a Kazakh state company", "is the Turkish national oil firm" (group 1: the state's word; a lexicon of
 * the language's head nouns for companies and bodies).
 */
const COPULA_BODY =
  /^\s+(?:is|was|remains)\s+(?:(?:a|an|the)\s+)?(\p{Lu}[\p{L}-]+)(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,4}(?:company|firm|corporation|group|operator|producer|bank|lender|utility|carrier|monopoly|giant|exporter|importer|holding|conglomerate|fund|agency|concern|enterprise|railway|airline)\b/u;

/** An acronym in brackets right after token `last`: "(KTZ)". */
function acronymAfter(toks: readonly Token[], last: number): string | undefined {
  const [open, word, close] = [toks[last + 1], toks[last + 2], toks[last + 3]];
  return open?.text === "(" && close?.text === ")" && word && /^\p{Lu}[\p{Lu}\d&-]{1,7}$/u.test(word.text)
    ? word.text
    : undefined;
}

/**
 * The bindings a sentence introduces. `mentions` are the coder's (offsets into `text`); `isState` says which codes
 * are states; `stateOf(name)` is the state a capitalised first word names when the coder did not read it there
 * ("China National Nuclear Corporation": the coder leaves a state's name inside a company's out), or undefined.
 */
export function introducedBodies(
  text: string,
  mentions: readonly BodyMention[],
  isState: (code: string) => boolean,
  stateOf: (word: string) => string | undefined
): Binding[] {
  const out: Binding[] = [];
  const bind = (name: string, code: string, state: string, description = false) => {
    if (!out.some((b) => b.name === name && b.description === description)) out.push({name, code, description, state});
  };
  // (a state's adjective is read as "the <adjective> side")
  const stateName = (text: string) =>
    /^\p{Lu}\p{Ll}+$/u.test(text) && ADJECTIVE.test(text) ? `the ${text} side` : text;
  for (const m of mentions) {
    if (!isState(m.code)) continue;
    // (what the two openings below need, tested before tokenizing: a possessive somewhere after the mention, or "the",
    // "a" or "an" right before it; most mentions of a state have neither)
    if (
      text.indexOf("'s", m.end) < 0 &&
      text.indexOf("’s", m.end) < 0 &&
      !/\b(?:the|a|an)\s$/i.test(text.slice(Math.max(0, m.start - 4), m.start))
    )
      continue;
    // "<State>'s …", "the US Treasury Department's …": a possessive after the state or its body's name.
    const after = tokens(text, m.end, 16);
    let k = 0;
    while (k < 3 && k < after.length && CAP.test(after[k]!.text) && !/['’]s$/.test(after[k]!.text)) k++;
    const tok = after[k];
    const possessive =
      tok !== undefined &&
      (k === 0 ? /^['’]s$/.test(tok.text) && tok.start === m.end : /^\p{Lu}.*['’]s$/u.test(tok.text));
    if (possessive) k++;
    else {
      // "the Kyrgyz Foreign Ministry", "the Chinese firm X": a state's adjective after "the" or "a".
      const before = text.slice(Math.max(0, m.start - 4), m.start);
      if (!/\b(?:the|a|an)\s$/i.test(before) || !/^\p{Lu}\p{Ll}+$/u.test(m.text)) continue;
      k = 0;
    }
    // Descriptors in lower case ("national railway company"), then the name.
    const descriptors: string[] = [];
    while (k < after.length && /^\p{Ll}/u.test(after[k]!.text) && descriptors.length < 4) {
      if (NOT_STATE_BODY.test(after[k]!.text)) break;
      if (!BODY_WORD.test(after[k]!.text)) break;
      descriptors.push(after[k]!.text);
      k++;
    }
    if (k < after.length && NOT_STATE_BODY.test(after[k]!.text)) continue;
    const run = nameRun(after, k);
    if (!run) continue;
    // (review J11) the text must mark the body as the state's: a descriptor of state ownership or office, or a
    // government body's head word in the name ("Agency", "Ministry", "Railways"); "Bank", "Fund", "Company" alone
    // name banks, think tanks and firms of any owner
    const nameText = text.slice(after[k]!.start, after[run.last]!.end);
    const marked = descriptors.some((d) => STATE_MARK.test(d)) || GOVERNMENT_HEAD.test(nameText);
    // (… or, by the gold's convention that a company's act is its state's, a name ending in an organisation's head
    // word, "Iran's Government Trading Corporation", "Russia's Gazprom Group": its name and acronym, not its head noun,
    // since "the company" may be another firm the text names without its state)
    const words = after.slice(k, run.last + 1).map((t) => bare(t.text));
    // (… or a name the text itself calls a company of the state, "the Hungarian energy company MOL", "Turkey's
    // aerospace firm TUSAŞ": its descriptors end in a company's noun; session 26)
    const company =
      !marked &&
      ((ORG_HEAD.test(words.at(-1)!) && actsForState(words, words.length - 1)) ||
        (descriptors.length > 0 && COMPANY_NOUN.test(descriptors.at(-1)!) && !words.some((w) => CIVIL.test(w))));
    if (!marked && !company) continue;
    // (a "state(-run) agency" and nothing else is a state medium: "Russia's state-run agency RIA Novosti")
    if (descriptors.at(-1) === "agency" && descriptors.slice(0, -1).every((d) => STATE_MARK.test(d))) continue;
    const name = text.slice(after[k]!.start, after[run.last]!.end).replace(/[.,]$/, "");
    const state = stateName(m.text);
    bind(name, m.code, state);
    const acronym = acronymAfter(after, run.last);
    if (acronym) bind(acronym, m.code, state);
    if (company) continue;
    const head = [...descriptors].reverse().find((d) => HEAD_NOUN.test(d)) ?? run.head;
    if (head && HEAD_NOUN.test(head)) bind(head, m.code, state, true);
  }
  // "Azerbaijan Railways (ADY)", "China National Nuclear Corporation (CNNC)": a body named after its state, with an
  // acronym in brackets.
  // (only a sentence with a bracket can hold an acronym: most have none)
  const all = text.includes("(") && ACRONYM_IN_BRACKETS.test(text) ? tokens(text, 0, 400) : [];
  for (let j = 0; j < all.length; ++j) {
    if (all[j]!.text !== "(") continue;
    const acronym = acronymAfter(all, j - 1);
    if (!acronym) continue;
    // (the name run that ends right before the bracket)
    let first = j - 1;
    // (a bracket opening the sentence has no name before it)
    if (first < 0) continue;
    while (first - 1 >= 0 && (CAP.test(all[first - 1]!.text) || LINK.test(all[first - 1]!.text)) && j - first < 7)
      first--;
    while (first < j && !CAP.test(all[first]!.text)) first++;
    if (first >= j) continue;
    const words = all.slice(first, j).map((t) => t.text);
    // "KazMunayGas (KMG)", "Gazprom (GAZP)": a name the coder reads as a state's company defines its acronym
    const known = mentions.find((x) => x.end === all[j - 1]!.end && x.start <= all[first]!.start && isState(x.code));
    if (known && !out.some((b) => b.name === acronym)) {
      bind(acronym, known.code, stateName(known.text));
      continue;
    }
    // "Saryarka Munai Group (SMG) is Kazakhstan's largest energy company", "… is a Kazakh state company": a name and
    // its acronym defined by the sentence's copula as a state's company or body
    const defined = COPULA_BODY.exec(text.slice(all[j + 2]?.end ?? text.length));
    if (defined && first === 0) {
      const at = (all[j + 2]?.end ?? 0) + defined.index + defined[0].indexOf(defined[1]!);
      const owner = mentions.find((x) => x.start === at && isState(x.code));
      if (owner && !out.some((b) => b.name === acronym)) {
        const state = stateName(owner.text);
        bind(acronym, owner.code, state);
        bind(text.slice(all[first]!.start, all[j - 1]!.end), owner.code, state);
        continue;
      }
    }
    if (!words.some((w) => NAME_HEAD.test(w))) continue;
    // (review J11: named after a state is not enough for a bank, a fund or a council: "National", "State" or a
    // government body's head word marks the state's own)
    if (!GOVERNMENT_HEAD.test(words.join(" ")) && !words.some((w) => /^(?:National|State|Federal)$/.test(w))) continue;
    const start = all[first]!.start;
    const end = all[j - 1]!.end;
    const inside = mentions.find((x) => x.start >= start && x.end <= end && isState(x.code));
    const code = inside?.code ?? stateOf(words[0]!);
    if (!code || !isState(code)) continue;
    // (not when the words before name another actor's possession: "the US Treasury Department's Office …" was read)
    if (out.some((b) => b.name === acronym)) continue;
    const state = inside ? stateName(inside.text) : words[0]!;
    bind(acronym, code, state);
    bind(text.slice(start, end), code, state);
    const head = words.find((w) => NAME_HEAD.test(w))!;
    bind(head.toLowerCase().replace(/s$/, ""), code, state, true);
  }
  // "China General Nuclear Power Group (CGN)", "Russian Railways", "Korea Gas Corp.": a name that opens with a state's
  // name or adjective and ends in an organisation's head word (with or without an acronym in brackets) is a body or a
  // company of that state, whose acts are its state's (the gold's convention: "a company's act is its state's").
  if (ORG_HEAD_IN_TEXT.test(text))
    for (const named of stateNamedBodies(text, mentions, isState, stateOf)) {
      if (out.some((b) => b.name === named.name || (named.acronym && b.name === named.acronym))) continue;
      bind(named.name, named.code, named.state);
      if (named.acronym) bind(named.acronym, named.code, named.state);
    }
  return out.filter((b) => !b.description || HEAD_NOUN.test(b.name));
}

/**
 * Whether a name whose organisation head is words[head] acts for its state: no medium's, school's, club's word
 * ({@link NOT_STATE_BODY}) and no civil society's ({@link CIVIL}); a head shared with associations ({@link
 * SHARED_HEAD}) also needs a sector's word ({@link SECTOR}).
 */
function actsForState(words: readonly string[], head: number): boolean {
  if (words.some((w) => NOT_STATE_BODY.test(w) || CIVIL.test(w))) return false;
  return !SHARED_HEAD.test(words[head]!) || words.some((w, k) => k !== head && SECTOR.test(w));
}

/** The head word as written, without a possessive ("Railways'" → "Railways") or an abbreviation's stop. */
function bare(word: string): string {
  return word.replace(/['’]s?$/, "").replace(/\.$/, "");
}

/**
 * Names that open with a state's name or adjective and end in an organisation's head word ({@link ORG_HEAD}): the
 * run of capitalised words (and "of", "for", "and" between them) from the state's word, whose last head word is its
 * last word or is followed only by an "of"/"for" phrase ("… Fund for Development"); an acronym in brackets may follow.
 * Not a run holding a medium's, a school's or a club's word ({@link NOT_STATE_BODY}), nor one whose words go on after
 * the head ("Tajik Energy Minister X" is a person).
 */
function stateNamedBodies(
  text: string,
  mentions: readonly BodyMention[],
  isState: (code: string) => boolean,
  stateOf: (word: string) => string | undefined
): {name: string; acronym?: string; code: string; state: string}[] {
  const out: {name: string; acronym?: string; code: string; state: string}[] = [];
  const all = tokens(text, 0, 400);
  for (let k = 0; k < all.length; ++k) {
    const first = all[k]!;
    // (a possessive is the introduction read above: "Kazakhstan's Food Corporation")
    if (!CAP.test(first.text) || NOT_NAME_START.test(first.text) || /['’]s?$/.test(first.text)) continue;
    // (the state's word: a state the coder read there, else a state the word names)
    const inside = mentions.find((m) => m.start <= first.start && first.end <= m.end && isState(m.code));
    if (inside && inside.start !== first.start) continue;
    const code = inside?.code ?? stateOf(bare(first.text));
    if (!code || !isState(code)) continue;
    // (not a run that continues one before it: "Bank of China" is no Chinese body named after China)
    const prev = all[k - 1];
    if (
      prev &&
      ((CAP.test(prev.text) && !RUN_STOP.test(prev.text)) ||
        (/^(?:of|for)$/.test(prev.text) && all[k - 2] && CAP.test(all[k - 2]!.text)))
    )
      continue;
    // The run: capitalised words, and links between them, up to eight words.
    let last = k;
    let phrase = false;
    for (let j = k + 1; j < all.length && j < k + 8; ++j) {
      const w = all[j]!.text;
      // (a month, a weekday or a clause's first word ends it: "… Group on Friday"; "and" joins two names unless an
      // "of"/"for" phrase is open: "Ministry of Industry and Trade", not "Pakistan Railways and Uzbekistan Railways")
      if (CAP.test(w) && !RUN_STOP.test(w)) last = j;
      else if (/^(?:of|for)$/.test(w) && j + 1 < all.length && CAP.test(all[j + 1]!.text)) phrase = true;
      else if (!(phrase && /^(?:and|&)$/.test(w) && j + 1 < all.length && CAP.test(all[j + 1]!.text))) break;
      if (/['’]s?$/.test(w) || (w.endsWith(".") && !/^(?:Corp|Co|Inc|Ltd)\.$/.test(w))) break;
    }
    if (last === k) continue;
    // (not a private firm's or an outlet's name: "the private China Harbour Group")
    if (prev && NOT_STATE_BODY.test(prev.text)) continue;
    const words = all.slice(k, last + 1).map((t) => bare(t.text));
    if (words.some((w) => NOT_STATE_BODY.test(w))) continue;
    let head = -1;
    for (let j = words.length - 1; j >= 1 && head < 0; --j) if (ORG_HEAD.test(words[j]!)) head = j;
    if (head < 0 || !actsForState(words, head)) continue;
    // (after the head, an "of"/"for" phrase at most: "Ministry of Energy", "Fund for Development")
    if (head < words.length - 1 && !/^(?:of|for)$/.test(words[head + 1]!)) continue;
    const end = all[last]!.end - (all[last]!.text.length - bare(all[last]!.text).length);
    const name = text.slice(first.start, end);
    const acronym = acronymAfter(all, last);
    const state = inside ? inside.text : bare(first.text);
    out.push({
      name,
      ...(acronym ? {acronym} : {}),
      code,
      state: /^\p{Lu}\p{Ll}+$/u.test(state) && ADJECTIVE.test(state) ? `the ${state} side` : state
    });
    k = last;
  }
  return out;
}

/** Head words of bodies of a kind, as a description names them ("agency", "ministry", "company" …). */
const HEAD_WORD =
  /\b(?:agency|ministry|company|corporation|corp|firm|operator|carrier|airline|airways|airlines|railways?|bank|lender|fund|commission|committee|service|office|department|authority|regulator|monopoly|utility|watchdog)\b/i;

/** {@link HEAD_WORD} to scan a sentence with, made once (its lastIndex set to 0 before each scan). */
const HEAD_WORDS = new RegExp(HEAD_WORD.source, "gi");

/** The family a head word belongs to: a company's kinds are one ("corporation", "firm", "operator" …). */
function headFamily(word: string): string {
  const w = word.toLowerCase();
  if (
    /^(?:company|corporation|corp|firm|operator|carrier|airline|airways|airlines|railways?|monopoly|utility)$/.test(w)
  )
    return "company";
  if (/^(?:bank|lender)$/.test(w)) return "bank";
  return w;
}

/** Where a bound body's name is written ({@link nameMatcher}): `exec` and `lastIndex` as a global pattern's. */
interface NameMatcher {
  lastIndex: number;
  exec(text: string): {index: number; 0: string} | null;
}

/** No letter or digit before (sticky, {@link literalMatch}). */
const NO_WORD_BEFORE = /(?<![\p{L}\d])/uy;
/** What may follow a body's name: its acronym in brackets, and then no letter or digit (sticky). */
const NAME_TAIL = /(?:\s+\(\p{Lu}[\p{Lu}\d&-]{1,7}\))?(?![\p{L}\d])/uy;

/**
 * A body's name as a whole word, with its acronym in brackets after it ("China National Nuclear Corporation (CNNC)"):
 * the matches of `new RegExp(`(?<![\p{L}\d])${name, escaped}${NAME_TAIL.source}`, "gu")` one after the other, found
 * without a pattern made per name (src/read/literal-match.ts).
 */
function nameMatcher(name: string): NameMatcher {
  return {
    lastIndex: 0,
    exec(text) {
      const m = literalMatch(text, name, NAME_TAIL, NO_WORD_BEFORE, this.lastIndex);
      this.lastIndex = m ? m.end : 0;
      return m ? {index: m.index, 0: text.slice(m.index, m.end)} : null;
    }
  };
}

/** Where a sentence names a bound body: its span, its state and whether by a description ("the agency"). */
export interface BodyHit {
  start: number;
  end: number;
  code: string;
  description: boolean;
  state: string;
}

/** A bound body as {@link BodyBindings} keeps it. */
interface Bound {
  code: string;
  description: boolean;
  state: string;
  /** A name shortened from "<name> of <state>": not where "of" follows it again (another state's body). */
  short?: boolean;
}

/**
 * A state's body named "<name> of <state>" ("the National Bank of Kazakhstan", "the Central Bank of the Russian
 * Federation", "the State Committee of Uzbekistan"), the words before "of" closing the text before the state's mention.
 */
const OF_STATE_NAME =
  /(?<![\p{L}\d])((?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Agency|Ministry|Bank|Fund|Committee|Service|Office|Department|Authority|Council|Commission|Inspectorate|Administration|Directorate))\s+of\s+(?:the\s+)?(?:(?:Republic|Kingdom|Federation|State)\s+of\s+(?:the\s+)?)?$/u;

/**
 * The bodies a sentence names as "<name> of <state>" whose name the state marks as its own (a government body's head
 * word, or "National", "Central", "State", "Federal" in it): later, "the <name>" alone is that state's ("the National
 * Bank of Kazakhstan … In 2023, the National Bank signed …"). Session 22.
 */
export function shortenedBodies(
  text: string,
  mentions: readonly BodyMention[],
  isState: (code: string) => boolean
): {name: string; code: string; state: string}[] {
  const out: {name: string; code: string; state: string}[] = [];
  if (!text.includes(" of ")) return out;
  for (const m of mentions) {
    if (!isState(m.code)) continue;
    const hit = OF_STATE_NAME.exec(text.slice(Math.max(0, m.start - 90), m.start));
    if (!hit) continue;
    const name = hit[1]!.replace(/^The\s+/, "");
    const words = name.split(/\s+/);
    if (words.length < 2) continue;
    if (!GOVERNMENT_HEAD.test(name) && !words.some((w) => /^(?:National|Central|State|Federal)$/.test(w))) continue;
    // (a state's own word inside the name names it already: "Kazakhstan Development Bank of …" is read as written)
    if (mentions.some((x) => x !== m && x.end <= m.start && x.start >= m.start - hit[0].length)) continue;
    if (!out.some((b) => b.name === name && b.code === m.code)) out.push({name, code: m.code, state: m.text});
  }
  return out;
}

/**
 * A document's bodies and companies bound to their state (see {@link introducedBodies}): name or acronym → code; a
 * description's head noun ("agency") → code, usable while the body was named in the five sentences before and no
 * other body of its kind was named since. Read each sentence once with {@link BodyBindings.read}, in order.
 */
export class BodyBindings {
  private readonly bodies = new Map<string, Bound>();
  /** Shortened names two states' bodies were given ("the Central Bank" of A and of B): bound to neither. */
  private readonly ambiguous = new Set<string>();
  /** {@link bodies} longest name first, and each one's pattern: made again only when a binding is added. */
  private boundBodies: {name: string; body: Bound; re: RegExp | NameMatcher}[] = [];
  /** Code → the latest sentence that named one of its bound bodies (for descriptions). */
  private readonly bodySeen = new Map<string, number>();
  /** Head-noun family ("agency", "ministry", "company") → the code of the latest body of that kind named (if bound). */
  private readonly headSeen = new Map<string, string | undefined>();

  /**
   * Reads the bodies and companies sentence `sentence` introduces with their state, and notes where bound ones are
   * named; gives those places (all of them, the coder's readings too), for the caller to learn their titled persons.
   */
  read(
    text: string,
    mentions: readonly BodyMention[],
    sentence: number,
    isState: (code: string) => boolean,
    stateOf: (word: string) => string | undefined
  ): BodyHit[] {
    const introduced = introducedBodies(text, mentions, isState, stateOf);
    for (const b of introduced) this.bodies.set(b.name, {code: b.code, description: b.description, state: b.state});
    // ("the National Bank of Kazakhstan": "the National Bank" later; a name two states' bodies share is neither's)
    const shortened = shortenedBodies(text, mentions, isState);
    for (const b of shortened) {
      const had = this.bodies.get(b.name);
      if (had?.short && had.code !== b.code) this.ambiguous.add(b.name);
      if (this.ambiguous.has(b.name)) this.bodies.delete(b.name);
      else if (!had) this.bodies.set(b.name, {code: b.code, description: false, state: b.state, short: true});
    }
    if (introduced.length > 0 || shortened.length > 0)
      // (longest first: "China National Nuclear Corporation (CNNC)" before "CNNC")
      this.boundBodies = [...this.bodies]
        .sort((x, y) => y[0].length - x[0].length)
        .map(([name, body]) => ({
          name,
          body,
          re: body.description
            ? new RegExp(`(?<![\\p{L}\\d])[Tt]he\\s+${name}(?![\\p{L}\\d-])(?!\\s+(?:of|for)\\b)`, "gu")
            : nameMatcher(name)
        }));
    const hits = this.hits(text, mentions, sentence, true);
    for (const hit of hits) if (!hit.description) this.bodySeen.set(hit.code, sentence);
    // (review J5) every body of a kind named here, bound or not ("the International Atomic Energy Agency", "Moscow's
    // foreign ministry"): a later "the agency" means the nearest of its kind, which must be the bound one
    if (!HEAD_WORD.test(text)) return hits;
    const heads = HEAD_WORDS;
    heads.lastIndex = 0;
    for (let m = heads.exec(text); m; m = heads.exec(text)) {
      if (/\b[Tt]he\s+$/.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
      const end = m.index + m[0].length;
      // (inside a bound name, or a descriptor right before one: "national railway company KTZ")
      const bound = hits.find(
        (h) =>
          !h.description &&
          ((h.start <= m!.index && end <= h.end) ||
            (h.start >= end && h.start - end <= 40 && !/[,.;]/.test(text.slice(end, h.start))))
      );
      this.headSeen.set(headFamily(m[0]), bound?.code);
    }
    return hits;
  }

  /**
   * Where sentence `sentence` names a bound body the coder does not read: its name or acronym (with an acronym in
   * brackets after it), or "the <head noun>" while that body was named in the five sentences before (or in this one).
   * With `all`, those the coder reads too.
   */
  hits(text: string, mentions: readonly BodyMention[], sentence: number, all = false): BodyHit[] {
    const hits: BodyHit[] = [];
    for (const {name, body: b, re} of this.boundBodies) {
      if (!text.includes(b.description ? name : name.split(" ")[0]!)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index,
          end = m.index + m[0].length;
        if (b.description) {
          const seen = this.bodySeen.get(b.code);
          if (seen === undefined || sentence - seen > 5) continue;
          // (the nearest body of its kind named is another: "the agency" after the IAEA)
          const family = headFamily(name);
          if (this.headSeen.has(family) && this.headSeen.get(family) !== b.code) continue;
        }
        // (a mention of the same state inside the name, "Azerbaijan Railways", does not read the body: the name goes)
        if (
          !all &&
          mentions.some(
            (x) => x.start < end && start < x.end && !(x.code === b.code && x.start >= start && x.end <= end)
          )
        )
          continue;
        if (hits.some((h) => h.start < end && start < h.end)) continue;
        // (a shortened name followed by "of" again is another state's body: "the National Bank of Moldova")
        if (b.short && /^\s+of\b/.test(text.slice(end))) continue;
        hits.push({start, end, code: b.code, description: b.description, state: b.state});
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  }
}
