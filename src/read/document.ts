/**
 * Reads one document end to end: format → plain text blocks → body (chrome left out, with
 * reasons) → metadata → sentences with offsets → voices → actor mentions and events (from the
 * coder, or the pack's aliases) → stances and claims. Pure: the caller gives the text, the source
 * id, the dates and the dictionaries.
 *
 * @module
 * @example
 * ```ts
 * const r = readDocument(text, {format: "text", sourceId: "a1b2", aliases});
 * if (r.ok) r.value.claims; // [{speaker: "Karlygash Nugmanova", kind: "recommendation", …}]
 * ```
 */
import {Anaphora} from "./anaphora.js";
import {objectCopies, type EarlierSentence} from "./anaphora-objects.js";
import {designations} from "./events-designations.js";
import {earlierHosting, guestPointers} from "./events-guests.js";
import {hostedDefinite, hostedGathering} from "./events-hosted.js";
import {paperUnder, signedPaper} from "./events-signed-paper.js";
import {constructionStart} from "./events-construction.js";
import {expectedArrival} from "./events-expected.js";
import {decidedAct} from "./events-decision.js";
import {judgedStep} from "./events-verdict.js";
import {companyState, governedStates} from "./governing.js";
import {clauseApart, clausesOfText, type Clause} from "./clauses.js";
import {inBackground} from "./dates-background.js";
import {storyDays} from "./dates-story.js";
import {dateOfOtherPredicate} from "./dates-conjunct.js";
import {planMadeAtTalks} from "./dates-talks.js";
import {journeyStop, type JourneyStop, stopsOf} from "./dates-journey.js";
import {knownHappening} from "./known-happenings.js";
import {sinceOtherAct} from "./dates-since.js";
import {scheduleDates} from "./dates-schedule.js";
import {feedDates, feedDays, newestFeedDay} from "./dates-feed.js";
import {openingTime, simplePast, toldInPast} from "./dates-narrative.js";
import type {
  Claim,
  DatePrecision,
  Event,
  PeriodPrecision,
  Figure,
  Issue,
  Result,
  Sentence,
  SentenceWhy,
  Stance
} from "../domain/index.js";
import {fail, ok, isIsoDate, periodEnd} from "../domain/plain.js";
import {extractArticle, textBlocks, type Dropped, type Paragraph} from "./article.js";
import {unwrapLines} from "./wrapped.js";
import type {DocumentFormat} from "./format.js";
import {cameoInfo} from "./cameo.js";
import {codeInMood} from "./coder.js";
import {readClaims} from "./claims.js";
import {pageDollar, pageShilling, pageYen, readFigures} from "./figures.js";
import {explainSentence} from "./why.js";
import {argueRubric, detectGenre} from "./genre.js";
import {ORDINAL_WORD, ordinalValue} from "./ordinals.js";
import {fineEnough, stepDates, type StepUnit} from "./dates-steps.js";
import {
  estimateReferenceYear,
  namesDate,
  nearestDate,
  NOT_WIRE_VERB_WORDS,
  resolveDate,
  resolveDates,
  spansAfter,
  dateSpanAfter,
  dateSpanBefore,
  thatYear,
  chronologyDates,
  WIRE_WEEKDAY_TAIL,
  clauseStart,
  type ResolvedDate
} from "./dates.js";
import {buildGazetteer, type ActorAlias, type ActorMention, type Gazetteer} from "./gazetteer.js";
import {htmlToText, type HtmlMeta, type TextBlock} from "./html.js";
import {checkReaderLimits, type ReaderLimits} from "./limits.js";
import {markdownToText} from "./markdown.js";
import {EXPERT_ROLE, isServingOfficial, presentedExperts, RESEARCH_BODY} from "./experts.js";
import {readMetadata, type GivenMetadata, type Metadata} from "./metadata.js";
import {OfficeHolders, spliceOffices} from "./office-holders.js";
import {isOrganisationCode, pageHome} from "./page-home.js";
import {surnameSpans, titledOfficials} from "./home-persons.js";
import {topicAt} from "./talk-topics.js";
import {leadingStateIn, ownWordsOffice} from "./own-words.js";
import {splitSentences} from "./sentences.js";
import {literalMatch} from "./literal-match.js";
import {extractStances} from "./stances.js";
import {assignVoices, titlePerson, type Voice, writerResumes} from "./voices.js";
import {
  dominantRegionIn,
  dominantState,
  dominantStateIn,
  isRegionAdjective,
  isRegionNoun,
  isStateAdjective,
  isStateCode,
  isStateNoun,
  regionStates,
  opensWithOffice,
  rewriteFirstPerson,
  stateBeside,
  stateName,
  stateNameOf
} from "./first-person.js";
import {matchesOf} from "./each-match.js";
import {narrow} from "./one-byte.js";
import {words} from "./word-set.js";
import {cue} from "./cue.js";
import {venueDuplicates} from "./venue-sides.js";
import {commissionCopy, namesOtherCommission} from "./commission.js";
import {titleCompany} from "./call-company.js";
import {officeBody, sittingOffice} from "./sitting-office.js";

/** The European Union's actor code. */
const EU = "EU";

export {detectFormat, type DocumentFormat} from "./format.js";

/** An event as the coder returns it for one sentence (offsets, when given, are into the sentence). */
export type CoderEvent = Pick<Event, "source" | "target" | "code"> &
  Partial<
    Pick<Event, "sourceAgent" | "targetAgent" | "goldstein" | "quad" | "plover" | "rule" | "start" | "end" | "modality">
  >;

/** An event's dyad and code, the key by which a sentence's events are told apart ("KAZ>RUS:036"). */
function eventKey(e: CoderEvent): string {
  return `${e.source}>${e.target}:${e.code}`;
}

/**
 * An event coded on a rewritten copy of the sentence (a place read as its host, an office as its holder's state, the
 * first person as the speaker's state), its offsets mapped back to the sentence and its rule tagged with the copy's kind.
 */
function fromCopy(e: CoderEvent, back: (x: number) => number, kind: string): CoderEvent {
  return {
    ...e,
    ...(e.start !== undefined ? {start: back(e.start)} : {}),
    ...(e.end !== undefined ? {end: back(e.end)} : {}),
    rule: `${e.rule ?? "coder"} ${kind}`
  };
}

/**
 * Per coder, the mentions it finds in a name alone (see mentionsOfName in {@link readDocument}), up to NAMES_MAX names:
 * a cache across documents (module state, keyed weakly by the coder object; it changes no answer of a pure coder, see
 * {@link SentenceCoder}).
 */
const NAME_MENTIONS = new WeakMap<SentenceCoder, Map<string, readonly CoderMention[]>>();
const NAMES_MAX = 20_000;
function namesOf(coder: SentenceCoder): Map<string, readonly CoderMention[]> {
  let names = NAME_MENTIONS.get(coder);
  if (!names) NAME_MENTIONS.set(coder, (names = new Map()));
  else if (names.size > NAMES_MAX) names.clear();
  return names;
}

/** A mention as the coder returns it (offsets into the sentence). */
export type CoderMention = Omit<ActorMention, "entry"> & {entry?: unknown};

/**
 * What document reading needs from the event coder (src/read/coder.ts). `codeSentence` must be a pure function of its
 * arguments (the project's coder is): the reader keeps, per coder object, the mentions it found in a name alone and
 * asks again for no name it has seen, in this document or an earlier one (NAME_MENTIONS below).
 */
export interface SentenceCoder {
  codeSentence(
    text: string,
    options: {
      date?: string;
      timed?: boolean;
      historicPresent?: boolean;
      /** The occasion's two sides, each toward the other: the addressee of a one-sided act (src/read/coder.ts). */
      addressee?: Readonly<Record<string, string>>;
    }
  ): {
    events: readonly CoderEvent[];
    mentions: readonly CoderMention[];
    warnings?: readonly unknown[];
    /** Events the coder found but left out, with the reason (src/read/why.ts's vocabulary: "negation" …). */
    dropped?: readonly {code?: string; reason: string}[];
  };
}

/** Options for {@link readDocument}. */
export interface ReadOptions {
  format: DocumentFormat;
  sourceId: string;
  /** The file name, for issues and warnings. */
  file?: string;
  /** Metadata from CLI flags or a sidecar JSON: fills what the document does not say. */
  given?: GivenMetadata;
  /** The event coder; without it, no events are coded and mentions come from `aliases`. */
  coder?: SentenceCoder;
  /** Actor aliases for mentions when there is no coder (or a compiled gazetteer). */
  aliases?: readonly ActorAlias[] | Gazetteer;
  /** Reader limits (document size, HTML nesting depth, token length); defaults in READER_LIMITS. */
  limits?: Partial<ReaderLimits>;
}

/** A mention in the body: offsets into the body, and the sentence it is in. */
export interface BodyMention extends ActorMention {
  sentence: number;
  agent?: string;
}

/** Everything read from one document. */
export interface ReadDocument {
  body: string;
  paragraphs: Paragraph[];
  dropped: Dropped[];
  metadata: Metadata;
  sentences: Sentence[];
  voices: Voice[];
  /** The date each sentence reports (the article's date when it gives none). */
  dates: (ResolvedDate | undefined)[];
  mentions: BodyMention[];
  events: Event[];
  stances: Stance[];
  claims: Claim[];
  /** Amounts with units read from the body (indicator candidates). */
  figures: Figure[];
  /** For each sentence, why it did or did not give an event, a claim or a figure. */
  why: SentenceWhy[];
  warnings: Issue[];
}

/** Turns raw text of a format into blocks, with the page's own metadata. */
export function toBlocks(
  raw: string,
  format: DocumentFormat,
  file?: string
): {blocks: TextBlock[]; meta: HtmlMeta; hasMain: boolean; warnings: Issue[]} {
  if (format === "html") {
    const h = htmlToText(raw, file ? {file} : {});
    return {blocks: h.blocks, meta: h.meta, hasMain: h.hasMain, warnings: h.warnings};
  }
  if (format === "markdown") {
    const m = markdownToText(raw, file ? {file} : {});
    return {blocks: m.blocks, meta: m.meta, hasMain: false, warnings: m.warnings};
  }
  // A hard-wrapped text (a PDF's, a report's) is joined back into paragraphs first.
  return {blocks: unwrapLines(raw, textBlocks(raw)), meta: {}, hasMain: false, warnings: []};
}

/** Reads a document. Fails only when nothing of an article is left (an empty or all-chrome page). */
export function readDocument(raw: string, options: ReadOptions): Result<ReadDocument> {
  const {format, sourceId, file} = options;
  const where = file ? {file} : {};
  const limited = checkReaderLimits(raw, format, {...where, ...(options.limits ? {limits: options.limits} : {})});
  if (limited.length > 0) return fail(limited);
  const {blocks, meta, hasMain, warnings} = toBlocks(raw, format, file);
  if (blocks.length === 0) {
    return fail([
      {code: "empty_document", message: `Cannot read ${file ? `"${file}"` : "the document"}: it has no text`, ...where}
    ]);
  }
  const article = extractArticle(blocks, {hasMain});
  if (!article.body.trim()) {
    return fail([
      {
        code: "no_body",
        message: `Cannot find an article body in ${file ? `"${file}"` : "the document"}: every block looks like site chrome`,
        ...where
      }
    ]);
  }
  const coder = options.coder;
  // The actor mentions the coder finds in a name alone, once per name and coder (metadata, voices, experts and the
  // bodies named after their state ask about the same speakers and words many times, in one document and across a
  // batch's documents read with one coder: the coder's answer for a name without a date depends on the name alone).
  const nameMentions = coder ? namesOf(coder) : new Map<string, readonly CoderMention[]>();
  const mentionsOfName = (name: string): readonly CoderMention[] => {
    let m = nameMentions.get(name);
    if (!m) nameMentions.set(name, (m = coder!.codeSentence(name, {}).mentions));
    return m;
  };
  const knownActor = coder ? (name: string) => mentionsOfName(name).length > 0 : undefined;
  // A person the actor dictionary knows by the whole name ("Sergei Lavrov": a minister), not by a part of it
  // ("Dimash …" read as Damascus, a surname shared with an official).
  const knownPerson = coder
    ? (name: string) => mentionsOfName(name).some((m) => m.start === 0 && m.end === name.length)
    : undefined;
  const md = readMetadata(article, {
    html: meta,
    ...(options.given ? {given: options.given} : {}),
    ...where,
    ...(knownActor ? {knownActor} : {}),
    ...(knownPerson ? {knownPerson} : {})
  });
  warnings.push(...md.warnings);
  const metadata = md.metadata;
  const sentences: Sentence[] = splitSentences(article.body).map((s) => ({
    sourceId,
    index: s.index,
    start: s.start,
    end: s.end,
    // (one-byte when its characters allow it, though the article around it is two-byte: one-byte.ts)
    text: narrow(s.text)
  }));
  const answerer = titlePerson(metadata.title);
  const gazetteer =
    options.aliases === undefined
      ? undefined
      : isAliasList(options.aliases)
        ? buildGazetteer(options.aliases)
        : options.aliases;
  // (whom "the Kazakh leader" describes: the actor the coder's dictionaries, or the aliases, give a name or an adjective)
  const actorOf = (name: string): string | undefined =>
    coder ? mentionsOfName(name)[0]?.code : gazetteer?.find(name)[0]?.code;
  // The page's own state or organisation, from how it names its publisher (src/read/page-home.ts): whom its officials
  // named without a state are, whom an office stands for when the page named no holder of it, whose "the minister" is.
  const home = coder
    ? pageHome(
        [
          ...(metadata.publisher ? [metadata.publisher] : []),
          ...article.dropped.filter((d) => PUBLISHER_LINE.test(d.reason)).map((d) => d.text)
        ],
        mentionsOfName,
        isStateCode
      )
    : undefined;
  const voices = assignVoices(sentences, article.paragraphs, article.body, {
    ...(home?.kind === "state" ? {home: home.code} : {}),
    interview: metadata.interview,
    experts: metadata.experts,
    ...(metadata.author ? {author: metadata.author} : {}),
    ...(answerer ? {answerer} : {}),
    actorOf
  });
  // (a speaker's two patterns are read where the text writes the name: none is made per speaker, literal-match.ts)
  const speakerPatterns = (speaker: string, text: string) => ({
    apposition: literalMatch(text, speaker, APPOSITION_AFTER)?.groups[1],
    of: literalMatch(text, speaker, OF_AFTER)?.groups[1]
  });
  // Experts quoted in the body ("political analyst X said", "…, said X, an economist at …", a transcript's
  // interviewee) join the experts the header named. A transcript where nobody asks (two news anchors reading a
  // bulletin) has no interviewee: its labelled people are presenters, experts only by an expert's role (review F12).
  const asked = voices.some((v) => v.kind === "question");
  voices.forEach((v, i) => {
    if (!v.speaker || !(v.kind === "quote" || v.kind === "reported" || v.kind === "answer")) return;
    // (the writer quoting a column of theirs is no expert heard; a person the actor dictionary knows, a head of state
    // or a minister, speaks as an official wherever he speaks)
    if (v.speaker === metadata.author || (v.rule !== "transcript-answer" && knownPerson?.(v.speaker))) return;
    // (both patterns start with the speaker's name as written: a sentence without it matches neither)
    const said = sentences[i]!.text.includes(v.speaker) ? speakerPatterns(v.speaker, sentences[i]!.text) : undefined;
    const apposition = said?.apposition;
    // "said X of the Almaty-based Institute for Economic Research": a research body names an expert's place.
    const of = said?.of;
    const role =
      v.role ??
      (apposition && EXPERT_ROLE.test(apposition) && !/^\p{Ll}+ing\b/u.test(apposition)
        ? apposition
        : of && RESEARCH_BODY.test(of)
          ? of.replace(/^the\s+/, "").replace(/\.$/, "")
          : undefined);
    if (!(v.rule === "transcript-answer" && asked) && !(role && (EXPERT_ROLE.test(role) || RESEARCH_BODY.test(role))))
      return;
    const known = metadata.experts.find((e) => e.name === v.speaker);
    if (known) {
      if (!known.role && role) known.role = role;
    } else metadata.experts.push({name: v.speaker, ...(role ? {role} : {})});
  });
  // A person the body presents by an expert's role as the person speaks ("Economist Jane Roe believes …", "Jane Roe, an
  // analyst at …, sees …", "…, said Jane Roe, a fellow at …"): quoted for expertise, whoever a later "he said" is given to.
  // (a person the actor dictionary knows, a head of state or a minister, speaks as an official wherever he speaks)
  for (const p of presentedExperts(sentences.map((s) => s.text))) {
    if (p.name === metadata.author || knownPerson?.(p.name)) continue;
    const surname = p.name.split(/\s+/).at(-1);
    const known = metadata.experts.find((e) => e.name === p.name || e.name.split(/\s+/).at(-1) === surname);
    if (known) known.role ??= p.role;
    else metadata.experts.push(p);
  }
  // An undated article's month names ("In November", "on November 11") are read in the latest year its sentences
  // date to the month, marked "+estimated-year" in the rule; nothing is read against a day it does not give.
  const estimatedYear = metadata.date ? undefined : estimateReferenceYear(sentences.map((s) => s.text));
  // A month- or year-only article ("No. 11 | March 2022") resolves month names and "last month" but no "on Tuesday".
  const articlePrecision = metadata.datePrecision ?? "day";
  const dates = sentences.map((s) => resolveDate(s.text, metadata.date, estimatedYear, articlePrecision));
  // "in December of that year", "later that year": the year written out last before, in the sentence or back to the
  // start of the paragraph before it (the article's year only when none is).
  const toldYears: (ResolvedDate | undefined)[] = [];
  /** Per sentence, the last date told before it (back to the paragraph before), for a step ("a day earlier"). */
  const stepAnchors: (((unit: StepUnit) => ResolvedDate | undefined) | undefined)[] = [];
  sentences.forEach((s, i) => {
    const own = dates[i];
    const para = article.body.lastIndexOf("\n\n", s.start - 1);
    const from = para <= 0 ? 0 : Math.max(0, article.body.lastIndexOf("\n\n", para - 1));
    const told = thatYear(s.text, article.body.slice(from, s.start));
    toldYears[i] = told;
    if (told && (!own || own.precision === "article" || (own.start! < told.end! && told.start! < own.end!)))
      dates[i] = told;
    // "A day earlier, …", "the month before", "a year later": a step from the date the sentence names before it, else
    // from the last date told in the sentences before (back to the start of the paragraph before:
    // src/read/dates-steps.ts). A sentence with no other date of its own is of the step's date.
    // (the last date fine enough for the step: "A day earlier" counts from the last day told, not from "last October")
    const anchor = (unit: StepUnit) => {
      for (let b = i - 1; b >= 0 && sentences[b]!.start >= from; --b)
        if (dates[b] && fineEnough(dates[b]!.precision, unit)) return dates[b];
      return undefined;
    };
    stepAnchors[i] = anchor;
    if (!dates[i] || dates[i]!.precision === "article") {
      const step = stepDates(s.text, [], anchor)[0];
      if (step) dates[i] = step;
    }
  });
  // A chronology's entries ("14 September – Xi Jinping pays a state visit …" under a "2022" heading): each sentence of
  // an entry is of the entry's date, whatever else it names ("his first trip since January 2020").
  const bodyFrom = article.paragraphs[0]?.srcStart ?? 0;
  const entries = chronologyDates(
    article.body,
    sentences,
    article.dropped.filter((d) => d.end <= bodyFrom).map((d) => d.text)
  );
  // The entry's head sentence is of the entry's date, whatever else it names ("his first trip since January 2020");
  // a later sentence of the entry is read against the entry's date, not the page's: a year or a day it states ("In
  // 2019 …", "On 16 September …") or a relative date ("next year") wins; one naming no date of its own, or only the
  // start or end of a period ("since 2019", "until May"), takes the entry's.
  entries.forEach((d, i) => {
    if (!d) return;
    dates[i] = d;
    if (d.start !== undefined) return;
    const text = sentences[i]!.text;
    const own = resolveDate(text, d.date, undefined, d.precision === "month" ? "month" : "day");
    if (!own || own.precision === "article" || own.start === undefined) return;
    if (/\b(?:since|until|till|by|before|after|from)\s+$/i.test(text.slice(0, own.start))) return;
    dates[i] = own;
  });
  // A schedule's entries ("MONDAY, SEPTEMBER 18" over "TASHKENT - Szijjarto visits Uzbekistan …"): a sentence of an
  // entry with no date of its own is of the entry's day (src/read/dates-schedule.ts); one dated after the page tells,
  // in the present, an act still to come: the coder reads its present as a schedule (`scheduled`).
  const schedule = scheduleDates(article.body, sentences, metadata.date);
  const scheduled = schedule.map((d, i) => {
    if (!d || entries[i] || (dates[i] && dates[i]!.precision !== "article")) return false;
    dates[i] = d;
    return metadata.date !== undefined && d.date > metadata.date && (voices[i]?.kind ?? "narration") === "narration";
  });
  // A feed's posts under day lines with no year ("January 12" over "… held talks … in Termez today"), on a page dated
  // by its newest line (src/read/metadata.ts): each post is of its line's day, its own dates read against that day.
  const days = metadata.date !== undefined ? feedDays(article) : undefined;
  const posts =
    days && newestFeedDay(days).date === metadata.date
      ? feedDates(days, sentences, (text, day) => resolveDate(text, day))
      : [];
  posts.forEach((d, i) => {
    if (d && !entries[i] && !schedule[i]) dates[i] = d;
  });
  // (An entry's present is a historic present only in the narration of what happened: not in a quotation or a
  // reported speech, nor in an entry dated after the page — a schedule of what is to come.)
  const historic = entries.map(
    (d, i) =>
      d !== undefined &&
      (voices[i]?.kind ?? "narration") === "narration" &&
      !(metadata.date !== undefined && (d.date > metadata.date || dates[i]!.date > metadata.date))
  );
  // The latest of the eight sentences before `i` that names an occasion by `noun` with a time of its own (not one told
  // in a relative clause: src/read/dates-background.ts; not after the page, unless `future`), and that time.
  const occasionNamedBefore = (i: number, noun: RegExp, future: boolean): [number, ResolvedDate] | undefined => {
    for (let b = i - 1; b >= Math.max(0, i - 8); --b) {
      if (!dates[b] || dates[b]!.precision === "article" || !noun.test(sentences[b]!.text)) continue;
      const told = resolveDates(sentences[b]!.text, metadata.date, estimatedYear, articlePrecision).find(
        (d) =>
          d.start !== undefined &&
          (metadata.date === undefined || d.date <= metadata.date || future) &&
          !inBackground(sentences[b]!.text, d.start)
      );
      if (told) return [b, told];
    }
    return undefined;
  };
  // "Later that month …", "The same year …": the month or year of the sentence before, when it named one.
  for (let i = 1; i < sentences.length; ++i) {
    const own = dates[i];
    // "Following the meeting, the parties signed …", "During the talks, …": the occasion told a little before (the
    // latest of the eight sentences before that names a meeting and a date of its own), and its date; a period the
    // sentence names for a noun ("a road map for 2025-2027") is no date of the act.
    const occasion = SAME_OCCASION.exec(sentences[i]!.text);
    if (occasion && (!own || own.precision === "article" || /^for\b/i.test(own.text ?? ""))) {
      // (The sentence just before is taken, whatever it names, unless it dates only a year and a sentence nearer
      // than the window's end names an occasion with a date of its own: "Trade … stood at $210 million, a fraction
      // of the $1.1 billion recorded in 2014. Following the talks, …" are the talks told before, not 2014.)
      // (A summit or a forum pointed to is one named as such, not any meeting or call; an occasion already held is
      // none dated after the page: "the next summit in Gabala in 2025" is not the summit an act of today was at.)
      const noun = /\b(?:summit|forum)\b/i.test(occasion[0]) ? SUMMIT_NOUN : OCCASION_NOUN;
      // ("On the sidelines, …" names no occasion: the one told before, by any occasion's noun)
      const bare = /(?:sidelines|margins)$/i.test(occasion[0].trim());
      const held = (b: number) =>
        metadata.date === undefined || dates[b]!.date <= metadata.date || FUTURE.test(sentences[i]!.text);
      // (the occasion by the pointer's own noun first, its date not told in a relative clause: "Wang held talks with
      // X in Almaty on Friday. … Nurtleu thanked China for its support … last year and spoke of the June meeting. …
      // During the talks, …" are Friday's talks)
      const pointed = bare
        ? OCCASION_NOUN
        : new RegExp(`\\b${occasion[0].trim().split(/\s+/).at(-1)!.replace(/s$/, "")}`, "i");
      // (its first time not after the page, or one told as still to come)
      const byNoun = occasionNamedBefore(i, pointed, FUTURE.test(sentences[i]!.text));
      let named = byNoun?.[0] ?? -1;
      const namedDate = byNoun?.[1];
      for (let b = i - 1; b >= Math.max(0, i - 8) && named < 0; --b)
        if (dates[b] && dates[b]!.precision !== "article" && noun.test(sentences[b]!.text) && held(b)) named = b;
      // (… and an occasion named before with no date of its own but the article's is of the article's time.)
      let plain = -1;
      for (let b = i - 1; b >= Math.max(0, i - 8) && plain < 0 && named < 0; --b)
        if ((!dates[b] || dates[b]!.precision === "article") && noun.test(sentences[b]!.text)) plain = b;
      // (… and with no occasion named, a year alone just before is a background fact's — "In 2024, the share of the
      // yuan … amounted to 31 percent. During the meeting, …" —: the occasion is the latest told to the day, within
      // the window, if any.)
      let day = -1;
      if (named < 0 && plain < 0 && dates[i - 1]?.precision === "year")
        for (let b = i - 2; b >= Math.max(0, i - 8) && day < 0; --b)
          if (dates[b]?.precision === "day" && held(b)) day = b;
      // (… nor a date the sentence just before tells in a relative clause of its own, when it names no occasion: "He
      // welcomed the visa-free regime that the two countries introduced in November 2023. During the talks, …" are
      // the talks told before, not November 2023: src/read/dates-background.ts.)
      const just = dates[i - 1];
      const background =
        named !== i - 1 && just?.start !== undefined && inBackground(sentences[i - 1]!.text, just.start);
      const at =
        day >= 0
          ? day
          : just &&
              just.precision !== "article" &&
              !background &&
              (named === i - 1 || just.precision !== "year" || (named < 0 && plain < 0))
            ? i - 1
            : named;
      const told = at >= 0 ? (at === named && namedDate ? namedDate : dates[at]) : undefined;
      if (told) {
        dates[i] = sameOccasion(told, occasion);
        continue;
      }
    }
    if (own && own.precision !== "article") continue;
    // "X and Y signed a memorandum during the summit", "… on the sidelines of the forum": an occasion pointed to inside a
    // sentence with no time of its own, told in the past, is the one named before by that noun with a time of its own
    // (not after the page, not told in a relative clause) within the eight sentences before.
    const inner = occasion ? null : INNER_OCCASION.exec(sentences[i]!.text);
    if (inner && !FUTURE.test(sentences[i]!.text)) {
      const named = occasionNamedBefore(i, new RegExp(`\\b${inner[1]!.replace(/s$/i, "")}`, "i"), false);
      if (named) {
        dates[i] = sameOccasion(named[1], inner);
        continue;
      }
    }
    // (an occasion with a dated sentence just before was dated above: b === i - 1 is always tried)
    const before = dates[i - 1];
    const that = THAT_TIME.exec(sentences[i]!.text);
    if (!that || !before || before.precision === "article") continue;
    const month = /month/i.test(that[0]);
    if (month && before.precision === "year") continue;
    dates[i] = {
      date: month ? `${before.date.slice(0, 7)}-01` : `${before.date.slice(0, 4)}-01-01`,
      precision: month ? "month" : "year",
      text: that[0],
      start: that.index,
      end: that.index + that[0].length,
      rule: month ? "that-month" : "that-year"
    };
  }
  // "Tokayev flew to Kazan late last month … Tokayev had met Putin on the sidelines in Kazan": a past perfect with no
  // date of its own, telling that it happened on one occasion with what a sentence up to four before dated ("on the
  // sidelines", "during the visit") at a place that sentence named, is of that date. A shared place alone is not
  // enough: a past perfect tells what happened before the narrative's time ("Kazakhstan and Russia had signed a
  // treaty in Moscow" is background, however often Moscow is named), so it keeps the article's undated reading.
  for (let i = 1; i < sentences.length; ++i) {
    const own = dates[i];
    if (own && own.precision !== "article") continue;
    const text = sentences[i]!.text;
    if (!PLUPERFECT.test(text) || !ONE_OCCASION.test(text)) continue;
    const places = [...matchesOf(PLACE_IN, text)].map((m) => m[1]!);
    if (places.length === 0) continue;
    for (let b = i - 1; b >= Math.max(0, i - 4); --b) {
      const told = dates[b];
      if (!told || told.precision === "article" || told.rule === "same-place") continue;
      const place = places.find((p) =>
        new RegExp(`(?<![\\p{L}\\p{N}])${p}(?![\\p{L}\\p{N}])`, "u").test(sentences[b]!.text)
      );
      if (!place) continue;
      const at = text.indexOf(place);
      dates[i] = {...told, text: place, start: at, end: at + place.length, rule: "same-place"};
      break;
    }
  }
  // The day each sentence's story was told on, when it is not the page's (src/read/dates-story.ts).
  const stories = storyDays(
    sentences.map((s) => s.text),
    dates,
    articlePrecision === "day" ? metadata.date : undefined,
    (i, at) => inBackground(sentences[i]!.text, at)
  );
  // (a feed's post tells its own story, of its line's day: "invited B.Saidov to visit Tehran …" under "January 13" is
  // of the 13th, whatever day the post before told)
  posts.forEach((d, i) => {
    if (!d) return;
    const day = days!.filter((f) => f.from <= sentences[i]!.start).reduce((a, b) => (b.from > a.from ? b : a));
    stories[i] =
      day.date === metadata.date ? undefined : {date: day.date, precision: "day", text: day.text, rule: "feed-day"};
  });
  // The journey a sentence opening with one of its stops continues, found only for a sentence with an act to date.
  // (the stop whose clause the act at `at` is told in: the last stop the sentence names before it)
  const journeys = new Map<string, JourneyStop | undefined>();
  const journeyOf = (i: number, at: number): JourneyStop | undefined => {
    const stop = stopsOf(sentences[i]!.text)
      .filter((p) => p.at < at)
      .at(-1);
    if (!stop) return undefined;
    const key = `${i} ${stop.place}`;
    if (!journeys.has(key))
      journeys.set(
        key,
        journeyStop(
          (b) => sentences[b]!.text,
          i,
          stop.place,
          dates,
          datesOf,
          actorOf,
          (b) => (mentionsBySentence[b] ?? []).map((m) => ({code: m.code, start: m.start - sentences[b]!.start})),
          metadata.date,
          (b, at) => inBackground(sentences[b]!.text, at)
        )
      );
    return journeys.get(key);
  };
  // A sentence's clauses (src/read/clauses.ts), found only for a sentence whose event has a date to place.
  const clauseLists: (Clause[] | undefined)[] = [];
  const clausesOf = (i: number) => (clauseLists[i] ??= clausesOfText(sentences[i]!.text));
  // Every date of a sentence, computed only for a sentence with events and a date (most have neither).
  const dateLists: (ResolvedDate[] | undefined)[] = [];
  const datesOf = (i: number) => {
    if (dateLists[i]) return dateLists[i];
    const own = resolveDates(sentences[i]!.text, metadata.date, estimatedYear, articlePrecision);
    // ("the month before", "a day earlier": counted from the date before them, src/read/dates-steps.ts)
    const steps = stepDates(sentences[i]!.text, own, stepAnchors[i]);
    const all = steps.length > 0 ? [...own, ...steps].sort((a, b) => a.start! - b.start!) : own;
    // ("in December of that year" in the list is the year told before, as the sentence's own date above)
    const told = toldYears[i];
    return (dateLists[i] = told
      ? [...all.filter((d) => !(d.start! < told.end! && told.start! < d.end!)), told].sort(
          (a, b) => a.start! - b.start!
        )
      : all);
  };

  // A scene's time: a sentence with no time of its own, told in the simple past, in the paragraph of a sentence that
  // opens with a time ("In September 2022, the two armies fought … Kyrgyzstan accused Tajikistan …"; "When the
  // council met on 19 December, … Aripov thanked him."), with no sentence naming another time between them, is of
  // that time (src/read/dates-narrative.ts). Not a time after the page's.
  for (let i = 1; i < sentences.length; ++i) {
    if ((dates[i] && dates[i]!.precision !== "article") || !simplePast(sentences[i]!.text)) continue;
    const para = article.body.lastIndexOf("\n\n", sentences[i]!.start - 1);
    for (let b = i - 1; b >= 0 && sentences[b]!.start > para; --b) {
      // (a sentence of the scene, dated by it, lets the narration run on)
      if (!dates[b] || dates[b]!.precision === "article" || dates[b]!.rule === "narrative-time") continue;
      // (… and so does a sentence opening on an occasion told before, dated by it: "On the sidelines, JOGMEC signed …
      // Japarov invited Japanese companies to bid …" are both of the summit's time; session 35)
      const scene =
        openingTime(sentences[b]!.text, datesOf(b)) ?? (dates[b]!.rule === "same-occasion" ? dates[b] : undefined);
      if (scene && !(metadata.date !== undefined && scene.date > metadata.date))
        dates[i] = {date: scene.date, precision: scene.precision, rule: "narrative-time"};
      break;
    }
  }

  // "a year after Astana hosted a Taliban delegation", "comes seven months after the leaders met Joe Biden": an act told
  // in an "after" clause with a finite verb of its own (src/read/clauses.ts), a span of time after the time its sentence
  // is told at, happened that long before it — before the sentence's own date said ahead of the span, else before the
  // article's. Not an act after a new clause's opening (", and as the EU prepares …" is told at the sentence's time),
  // nor one the clause dates itself ("a year after X met Y in May 2023").
  const spanDate = (i: number, at: number): ResolvedDate | undefined => {
    const text = sentences[i]!.text;
    // (the nearest span before the act: "two years after X hosted …, and a year after Y hosted …": review L3)
    for (const span of spansAfter(text).reverse()) {
      // "Two days after the attack(,) Putin telephoned …": after a happening named by a definite noun, not a clause
      // (the clause finder reads "the attack Putin telephoned" as one), counted forward from the date of the sentence
      // before that told it (a word of the noun's stem and a date of its own, up to ten sentences back); none found,
      // no span date (never counted back from the page).
      const happening = AFTER_HAPPENING.exec(text.slice(span.after));
      if (happening) {
        const end = span.after + happening[0].length;
        if (
          (at >= end && SPAN_CLAUSE_BREAK.test(text.slice(end, at))) ||
          (at < span.start && SPAN_CLAUSE_BREAK.test(text.slice(at, span.start)))
        )
          continue;
        const stem = new RegExp(`\\b${happening[1]!.replace(/e?s$/, "")}`, "i");
        for (let b = i - 1; b >= Math.max(0, i - 10); --b) {
          const told = dates[b];
          if (!told || told.precision === "article" || !stem.test(sentences[b]!.text)) continue;
          return dateSpanAfter(told, span, text, end);
        }
        continue;
      }
      if (span.after >= at) continue;
      const clause = clausesOf(i).find(
        (c) => c.kind === "adverbial" && c.form === "finite" && c.start === span.after && (c.end ?? 0) >= at
      );
      if (!clause || SPAN_CLAUSE_BREAK.test(text.slice(span.after, at))) continue;
      if (datesOf(i).some((d) => d.start! > span.after && d.end! <= clause.end!)) continue;
      const told = dates[i];
      // (not a time still to come, nor a month without its year: "will take place in June, a year after …" counts back
      // from the article: review L3)
      const from =
        told &&
        told.precision !== "article" &&
        told.end !== undefined &&
        told.end <= span.start &&
        !(metadata.date && told.date > metadata.date) &&
        !YEARLESS_RULES.has(told.rule.replace(/\+estimated-year$/, ""))
          ? told
          : metadata.date && isIsoDate(metadata.date)
            ? {date: metadata.date, precision: articlePrecision}
            : undefined;
      if (from) return dateSpanBefore(from, span, text);
    }
    return undefined;
  };

  const mentions: BodyMention[] = [];
  const mentionsBySentence: ActorMention[][] = [];
  const events: Event[] = [];
  const coderDropped: (readonly string[] | undefined)[] = [];
  const codedSentence: boolean[] = [];
  let undated = 0;
  // Pointers back ("the two presidents", a titled person's surname): such a sentence is coded a second time with
  // the names they point to (src/read/anaphora.ts); the stored sentence stays as written.
  /** The latest coded sentence before the current one, for an object pronoun's antecedent. */
  let earlierNamed: EarlierSentence | undefined;
  let earlierSurnames: EarlierSentence["mentions"] = [];
  const anaphora = new Anaphora(
    coder ? (word) => mentionsOfName(word).find((m) => m.text === word && isStateCode(m.code))?.code : undefined
  );
  // Who holds which office for which state, as the article named them ("Peruvian Prime Minister X"): what "the prime
  // minister" alone stands for later (src/read/office-holders.ts).
  const holders = new OfficeHolders();
  // A page in an office holder's own words (a speech, a statement, a written answer, a post: src/read/own-words.ts):
  // its narration's "I" and "we" act for the speaker's state. (Not an interview: its narration is the interviewer's.)
  const ownWords =
    coder && !metadata.interview
      ? ownWordsOffice(
          metadata.title,
          article.dropped.filter((d) => HEAD_LINE.test(d.reason)).map((d) => d.text),
          article.paragraphs.map((p) => p.text)
        )
      : undefined;
  /**
   * The state the page's speaker holds office for: the one their office names ("Minister of Foreign Affairs of X"),
   * else the page's home state (src/read/page-home.ts), else the state the page names most so far.
   */
  let ownWordsCode: string | null | undefined;
  const ownWordsState = (i: number) => {
    if (!ownWords) return undefined;
    if (ownWordsCode === undefined) {
      const named = mentionsOfName(ownWords.office).filter((m) => !(m.agent && m.agent === m.code) && isState(m.code));
      ownWordsCode = named[0]?.code ?? (home?.kind === "state" ? home.code : null);
    }
    // (an organisation's page speaks for the organisation: no state named most stands for its speaker)
    const code =
      ownWordsCode ?? (home?.kind === "organisation" ? undefined : leadingStateIn(seenUpTo(i).counts, isState));
    const name = code
      ? (stateNameIn(code, i) ??
        (code === home?.code ? home.name : undefined) ??
        mentionsOfName(ownWords.office).find((m) => m.code === code)?.text)
      : undefined;
    return code && name ? {code, name} : undefined;
  };
  /** The page's officials named so far by title and name: surname → the home's code. */
  const homeSurnames = new Map<string, string>();
  /** The page's officials a sentence names by title and name with no other actor beside them, and no experts. */
  const homeOfficials = (text: string, named: readonly CoderMention[]) =>
    titledOfficials(text, named, (code) => isStateCode(code) || isOrganisationCode(code)).filter(
      (o) =>
        o.kind === home!.kind &&
        (o.tie === undefined || o.tie === home!.code) &&
        !anaphora.knowsPerson(o.surname) &&
        !metadata.experts.some((e) => e.name.split(/\s+/).at(-1) === o.surname)
    );
  /** The company a call's title names first, as its state and the name the coder reads as it (or null: none). */
  let callCompany: {code: string; name: string} | null | undefined;
  // The state an interviewee speaks for, by speaker: named beside their surname in an earlier sentence.
  const speakerStates = new Map<string, {code: string; name: string} | null>();
  /** The speakers who hold an organisation's office in a verbatim record: their "I" acts for it too. */
  const officeHolders = new Set<string>();
  const speakerState = (speaker: string | undefined, i: number) => {
    if (!speaker) return undefined;
    if (!speakerStates.has(speaker)) {
      // A verbatim record's office holder of an organisation ("Jane Roe, Member of the Commission. – …"): their "we"
      // is the organisation (src/read/sitting-office.ts).
      const office = voices[i]?.rule === "transcript-statement" ? sittingOffice(sentences, speaker) : undefined;
      const body = office
        ? officeBody(
            office,
            mentionsOfName,
            isStateCode,
            isOrganisationCode,
            home?.kind === "organisation" ? home : undefined
          )
        : undefined;
      if (body) {
        speakerStates.set(speaker, body);
        officeHolders.add(speaker);
        return body;
      }
      const surname = speaker.trim().split(/\s+/).at(-1)!;
      let code: string | undefined;
      for (let j = 0; j < mentionsBySentence.length && !code; ++j) {
        const at = sentences[j]!.start;
        const local = mentionsBySentence[j]!.map((m) => ({start: m.start - at, end: m.end - at, code: m.code}));
        code = stateBeside(sentences[j]!.text, surname, local, isStateCode);
      }
      // … else the one state the sentence introducing them names ("X is an economist at a centre in Tashkent").
      const intro = code ? -1 : sentences.findIndex((x) => x.text.includes(surname));
      if (intro >= 0 && intro < mentionsBySentence.length) {
        const states = new Set(mentionsBySentence[intro]!.map((m) => m.code).filter(isStateCode));
        if (states.size === 1) code = [...states][0];
      }
      // Else the state the article is about: one naming at least half its states' mentions so far — not for a
      // transcript's speaker the body never introduces (a call's officer, listed only above the call, speaks for a
      // company: "we" is no state the page happens to name most).
      // (the turn's own label line, "Jane Roe" alone, introduces nobody)
      const introduced = sentences.some((x) => x.text.includes(surname) && x.text.trim() !== speaker.trim());
      if (introduced || voices[i]?.rule !== "transcript-answer")
        code ??= dominantState(mentionsBySentence.slice(0, i + 1).flat(), isStateCode);
      // … and such an officer's "we" is the company the call's title names first, when the pack knows it as its
      // state's ("NAC Kazatomprom JSC (KAP) FY2024 … Call Transcript": Kazatomprom, Kazakhstan's); a company the pack
      // does not know stays no one's (src/read/call-company.ts).
      else if (!code) {
        const company = (callCompany ??= titleCompany(metadata.title, mentionsOfName, isStateCode) ?? null);
        if (company) {
          speakerStates.set(speaker, company);
          return company;
        }
      }
      const name = code
        ? stateName(
            mentionsBySentence
              .flat()
              .filter((m) => m.code === code)
              .map((m) => m.text)
          )
        : undefined;
      speakerStates.set(speaker, code && name ? {code, name} : null);
    }
    return speakerStates.get(speaker) ?? undefined;
  };
  // The article's mentions so far, gathered as the sentences are read (not flattened again for each sentence): each
  // code's count and names in the order met, for the state and the region the article is about.
  // For each code, the first name of each kind met so far (the texts are looked at once, as they come).
  const tally = {
    upTo: 0,
    counts: new Map<string, number>(),
    names: new Map<
      string,
      {stateNoun?: string; stateAdjective?: string; regionNoun?: string; regionAdjective?: string}
    >()
  };
  const seenUpTo = (i: number) => {
    for (; tally.upTo <= i && tally.upTo < mentionsBySentence.length; ++tally.upTo)
      for (const m of mentionsBySentence[tally.upTo]!) {
        tally.counts.set(m.code, (tally.counts.get(m.code) ?? 0) + 1);
        let names = tally.names.get(m.code);
        if (!names) tally.names.set(m.code, (names = {}));
        if (names.stateNoun === undefined && isStateNoun(m.text)) names.stateNoun = m.text;
        if (names.stateAdjective === undefined && isStateAdjective(m.text)) names.stateAdjective = m.text;
        if (names.regionNoun === undefined && isRegionNoun(m.text)) names.regionNoun = m.text;
        if (names.regionAdjective === undefined && isRegionAdjective(m.text)) names.regionAdjective = m.text;
      }
    return tally;
  };
  const stateCodes = new Map<string, boolean>();
  const isState = (code: string) => {
    let yes = stateCodes.get(code);
    if (yes === undefined) stateCodes.set(code, (yes = isStateCode(code)));
    return yes;
  };
  /** The name the coder reads as state `code`, from the article's mentions before sentence `i`. */
  const stateNameIn = (code: string, i: number) => {
    const names = seenUpTo(i).names.get(code);
    return names ? stateNameOf(names.stateNoun, names.stateAdjective) : undefined;
  };
  /** The state most of the article's mentions of states name so far (half or more, three at least), with a name. */
  const homeState = (i: number) => {
    const code = dominantStateIn(seenUpTo(i).counts, isState);
    const name = code ? stateNameIn(code, i) : undefined;
    return code && name ? {code, name} : undefined;
  };
  /**
   * The state of the first head of state the article names by title and name before sentence `i` ("President
   * Kassym-Jomart Tokayev received …", "President of Kazakhstan Kassym-Jomart Tokayev held talks with Uzbek President
   * …", "Head of State Kassym-Jomart Tokayev received …"): a readout's later "The Head of State …" is that president, whatever state
   * the article names most (a guest's often). Undefined when no such president was named, or no name of the state.
   */
  let firstHead: string | null | undefined;
  const headOfState = (i: number) => {
    if (firstHead === undefined || firstHead === null) {
      firstHead = null;
      for (let k = 0; k < i && k < mentionsBySentence.length && firstHead === null; ++k)
        for (const m of mentionsBySentence[k]!) {
          const before = sentences[k]!.text.slice(0, m.start - sentences[k]!.start);
          if (
            isState(m.code) &&
            HEAD_TITLE_BEFORE.test(before) &&
            !/\b(?:Vice|Deputy|former|Former|ex-)\s+President\s+$/.test(before) &&
            PERSON_NAME.test(m.text)
          ) {
            firstHead = m.code;
            break;
          }
        }
    }
    if (!firstHead) return undefined;
    const name = stateNameIn(firstHead, i);
    return name ? {code: firstHead, name} : undefined;
  };
  /**
   * The region the article names most so far (twice at least, or once when it is the only one), by a noun ("Central
   * Asia"), else by its states.
   */
  const homeRegion = (i: number) => {
    const seen = seenUpTo(i);
    const code = dominantRegionIn(seen.counts, 1);
    const names = code ? seen.names.get(code) : undefined;
    const name = names?.regionNoun ?? (names?.regionAdjective ? regionStates(names.regionAdjective) : undefined);
    return code && name
      ? {code, name, ...(names?.regionAdjective ? {adjective: names.regionAdjective} : {})}
      : undefined;
  };
  /**
   * The state of a transcript's other speaker (a statement turn by someone else whose state differs from `code`), the
   * one whose turn is nearest sentence `i`; undefined when there is none or several states.
   */
  const roleStates = new Map<string, {code: string; name: string} | undefined>();
  const otherSpeakerState = (speaker: string | undefined, code: string) => {
    const others = new Map<string, {code: string; name: string}>();
    for (const v of voices) {
      if (v?.rule !== "transcript-statement" || !v.speaker || v.speaker === speaker || !v.role) continue;
      // (the state the speaker's title names: "President of Uzbekistan", "Kazakh Foreign Minister")
      if (!roleStates.has(v.role)) {
        const named = (options.coder?.codeSentence(v.role, {}).mentions ?? []).filter(
          (m) => !(m.agent && m.agent === m.code) && isState(m.code)
        );
        const first = named[0];
        const name = first ? stateName(named.filter((m) => m.code === first.code).map((m) => m.text)) : undefined;
        roleStates.set(v.role, first && name ? {code: first.code, name} : undefined);
      }
      const state = roleStates.get(v.role);
      if (state && state.code !== code) others.set(state.code, state);
    }
    return others.size === 1 ? [...others.values()][0] : undefined;
  };
  /** Events read through a pair pointer, and the date of the sentence the pointer took its pair from. */
  const pointedBack = new Map<CoderEvent, ResolvedDate>();
  /** Events a speaker's performative tells ("I welcome …"): dated by the page, not by a date in their complement. */
  const performed = new WeakSet<CoderEvent>();
  /** Sentences that told an occasion (a meeting, visit or talks: a 04x event or an occasion's noun). */
  const occasion = new Set<number>();
  /** Whether a sentence read so far named the European Union, and whether the page names another commission. */
  let euNamed = false;
  let otherCommission: boolean | undefined;
  sentences.forEach((s, i) => {
    const date = dates[i];
    // An undated sentence is coded all the same: leaders' dated names fall back to their undated codes, and
    // its events are stored undated (precision "unknown") rather than lost.
    // (A wire's bare weekday after a verb, "agreed Thursday to expand", is blanked for the coder: see WIRE_WEEKDAY.)
    // (every weekday's name ends in "day": a sentence without it is not searched)
    const unweekdayed = !s.text.includes("day")
      ? s.text
      : s.text.replace(WIRE_WEEKDAY, (all, word: string, day: string) =>
          NOT_WIRE_VERB.test(word) ? all : `${all.slice(0, all.length - day.length)}${" ".repeat(day.length)}`
        );
    // (A bare "the Commission" on a page that has named the EU, and no other commission, is the European Commission:
    // written "the EU" for the coder, padded to its length; src/read/commission.ts.)
    const commission =
      euNamed &&
      options.coder &&
      s.text.includes("Commission") &&
      !(otherCommission ??= namesOtherCommission(sentences.map((x) => x.text).join("\n")))
        ? commissionCopy(unweekdayed)
        : undefined;
    const text = commission?.text ?? unweekdayed;
    // (A chronology's entry tells its acts in the historic present: dated, they are acts, not habits.)
    const timed = historic[i]
      ? {timed: true, historicPresent: true}
      : scheduled[i]
        ? {timed: true, scheduled: true}
        : unweekdayed !== s.text
          ? {timed: true}
          : {};
    const asCoded = options.coder?.codeSentence(text, date ? {date: date.date, ...timed} : timed);
    // (the coder's mention of "the EU" in the copy is the words as written, "the Commission President")
    const coded =
      asCoded && commission
        ? {
            ...asCoded,
            mentions: asCoded.mentions.map((m) => {
              const o = commission.spans.find((x) => m.start >= x.at && m.start < x.at + x.length);
              return o ? {...m, start: o.at, end: o.at + o.length, text: s.text.slice(o.at, o.at + o.length)} : m;
            })
          }
        : asCoded;
    // (Offsets in the document; the coder's mentions built as such at once, in the same key order.)
    const absolute: ActorMention[] = coded
      ? coded.mentions.map((m) => ({
          start: m.start + s.start,
          end: m.end + s.start,
          text: m.text,
          code: m.code,
          entry: typeof m.entry === "string" ? m.entry : m.text
        }))
      : (gazetteer?.find(s.text, date?.date) ?? []).map((m) => ({
          ...m,
          start: m.start + s.start,
          end: m.end + s.start
        }));
    // Agent-only mentions ("businesses" → BUS) name no actor: claims and stances are about actors.
    mentionsBySentence.push(
      coded
        ? absolute.filter(
            (_m, k) => !(coded.mentions[k]!.agent && coded.mentions[k]!.agent === coded.mentions[k]!.code)
          )
        : absolute
    );
    coded?.mentions.forEach((m, k) => {
      const a = absolute[k]!;
      mentions.push(
        m.agent
          ? {start: a.start, end: a.end, text: a.text, code: a.code, entry: a.entry, sentence: i, agent: m.agent}
          : {start: a.start, end: a.end, text: a.text, code: a.code, entry: a.entry, sentence: i}
      );
    });
    if (!coded) mentions.push(...absolute.map((m) => ({...m, sentence: i})));
    if (!euNamed && mentionsBySentence.at(-1)!.some((m) => m.code === EU)) euNamed = true;
    codedSentence[i] = coded !== undefined;
    if (coded?.dropped?.length) coderDropped[i] = coded.dropped.map((d) => d.reason);
    if (!coded) return;
    const named = coded.mentions.filter((m) => !(m.agent && m.agent === m.code));
    const priorNamed = earlierNamed;
    earlierNamed = {text, mentions: named};
    // (the sentence before with the persons it names by a surname tied before, for an object pronoun: "Tokayev asked
    // him …" after "Daines traveled to Astana"; session 35)
    const priorPersons =
      earlierSurnames.length && priorNamed
        ? {...priorNamed, mentions: [...priorNamed.mentions, ...earlierSurnames]}
        : priorNamed;
    earlierSurnames = anaphora.surnameMentions(text, named);
    // An interviewer's turn asks; but a statement in it that dates a happening ("Q: The president came to Astana on 1
    // November. What did …?") tells it as the answers do.
    if (voices[i]?.kind === "question" && !(!/\?\s*$/.test(s.text) && namesDate(s.text))) {
      anaphora.learn(s.text, named);
      holders.learn(text, named, i, isState, isOrganisationCode);
      return;
    }
    for (const e of coded.events) anaphora.noteEvent(e.source, e.target, e.code);
    const anaphoric = anaphora.rewrite(text, named);
    // A relative clause dropped for the coder: the main clause's events come from the rewritten copy; the events of
    // the sentence as written keep only those whose verb lies inside the clause.
    // (a passive reaction with its place read as the place's act: the sentence as written gave the place as a
    // visit's or the subject's target; its events over the rewritten span are dropped)
    const kept =
      anaphoric?.kind === "relative"
        ? coded.events.filter(
            (e) => e.start === undefined || (e.start >= anaphoric.at && e.start < anaphoric.at + anaphoric.length)
          )
        : anaphoric?.kind === "passive"
          ? coded.events.filter(
              (e) => e.start !== undefined && (e.start < anaphoric.at || e.start >= anaphoric.at + anaphoric.length)
            )
          : anaphoric?.owner !== undefined
            ? // (a person's possessive in a later clause, "…, but his government refused …": the clause's acts as
              // written, given to another actor named before the pronoun, are the copy's, the person's state's)
              coded.events.filter(
                (e) => e.start === undefined || e.start < anaphoric.at || e.source === anaphoric.owner
              )
            : anaphoric?.kind === "object"
              ? // (… and a happening named by its noun, given its sides: "X and Y praised the signing" is no praise of
                // each other; the acclaim between two actors both named before the act is dropped)
                coded.events.filter(
                  (e) =>
                    !(
                      /^05[1-6]/.test(e.code) &&
                      [e.source, e.target].every((c) => named.some((m) => m.code === c && m.end <= anaphoric.at))
                    )
                )
              : coded.events;
    // (a conflict named by its noun as a matter talked about is a topic, not an act told: "They discussed the
    // situation in Afghanistan, Russia's war against Ukraine and …" tells no war; src/read/talk-topics.ts; session 35.
    // Not a gathering or a plan the talkers prepare: "discussed preparations for the second summit" is their intent.)
    const sentenceEvents: CoderEvent[] = kept.filter(
      (e) =>
        !(e.rule?.startsWith("noun:") && /^(?:1\d|20)/.test(e.code) && e.start !== undefined && topicAt(text, e.start))
    );
    /**
     * An act read in an active copy of this sentence (a paper signed by unnamed signers, a route's construction): the
     * copy's events of the CAMEO `prefix` between two of `codes` not read here yet, placed at [at, end) with `rule`.
     */
    const keepFromCopy = (
      copy: string,
      prefix: string,
      codes: readonly string[],
      at: number,
      end: number,
      rule: string
    ) => {
      const have = new Set(sentenceEvents.map(eventKey));
      for (const e of options.coder!.codeSentence(copy, {...(date ? {date: date.date} : {}), timed: true}).events) {
        const key = eventKey(e);
        if (
          have.has(key) ||
          !e.code.startsWith(prefix) ||
          !codes.includes(e.source) ||
          !codes.includes(e.target) ||
          e.source === e.target
        )
          continue;
        have.add(key);
        sentenceEvents.push(fromCopy(e, (x) => (x <= 0 ? at : end), rule));
        anaphora.noteEvent(e.source, e.target, e.code);
      }
    };
    // Fighting told without its sides ("deadly clashes in 2021") is read in a copy of its own, so that another
    // pointer of the sentence ("the presidents of the two countries signed …") is read too.
    const fight = anaphora.fightSides(text, named);
    // Money announced without a recipient goes to the latest event's other side, read in a copy of its own too.
    const pledge = anaphora.pledgeSide(text, named);
    // An organisation's summit told by its leaders alone ("The heads of state signed …").
    const summit = anaphora.summitSides(text, named);
    // An offer, a proposal or a request told without its addressee goes to the other side of the occasion just told.
    const offer = anaphora.offerSide(text, named);
    // A state told by its form of government ("the Sultanate", "the Kingdom").
    const label = anaphora.labelSide(text, named);
    // An organisation's members told without naming them ("thanked his colleagues", "urged the member states"), after
    // a gathering of it; a pronoun or surname read before is kept in the copy ("He urged the member states …").
    const members = anaphora.memberGroup(
      text,
      named,
      anaphoric?.kind === "pronoun" || anaphoric?.kind === "surname" || anaphoric?.kind === "relative"
        ? anaphoric
        : undefined
    );
    // An occasion told before that ended with a paper ("The summit … ended with a joint declaration").
    const paper = anaphora.occasionPaper(text, named);
    // "X visited Astana in 2023, and Y followed in September": Y's visit too.
    const followed = anaphora.followedVisit(text, named);
    // "The first summit was held in January 2022" after "the second India-Central Asia Summit".
    const held = anaphora.heldSummit(text, named);
    // (session 33) "Following the talks, a protocol was signed …", "The consultations were postponed …": a paper signed
    // or a meeting put off in the passive, its sides the latest act's two, one or two sentences before.
    const sides = anaphora.passiveSides(text, named);
    // "… with President X of Y, who arrived in Astana on Sunday evening": the clause's act, X's.
    const who = anaphora.whoClause(text, named);
    const have = new Set(kept.map(eventKey));
    // "Modi hosted the five presidents on 27 January. The leaders agreed to …": an act told in the past by a pair
    // pointer, in a sentence with no date of its own, is of the date of the sentence (one or two before) it points to,
    // when that sentence told an occasion (a meeting, visit, talks or signing) on a day near the article's. A year or
    // month, a sentence telling no occasion ("established relations in 1992", "exchanged fire on 13 September") or a
    // day long before the article is background: the pointer's act is the article's.
    const pointedDate =
      anaphoric?.kind === "pair" &&
      anaphoric.from !== undefined &&
      anaphoric.from < i &&
      i - anaphoric.from <= 2 &&
      (!date || date.precision === "article") &&
      dates[anaphoric.from]?.precision === "day" &&
      occasion.has(anaphoric.from) &&
      nearArticle(dates[anaphoric.from]!.date, metadata.date) &&
      PAST_AFTER_POINTER.test(s.text.slice(anaphoric.at + anaphoric.length))
        ? dates[anaphoric.from]
        : undefined;
    for (const rewrite of [
      anaphoric,
      fight,
      pledge,
      summit,
      members,
      paper,
      followed,
      held,
      who,
      offer,
      label,
      sides
    ]) {
      if (!rewrite) continue;
      const shift = rewrite.replacement - rewrite.length;
      // The copy may have lost the clause that dated the sentence: it still tells a dated happening.
      const again = {
        ...(date ? {date: date.date} : {}),
        ...((rewrite.kind === "relative" && namesDate(s.text)) || unweekdayed !== s.text ? {timed: true} : {}),
        ...(historic[i] ? {timed: true, historicPresent: true} : {}),
        ...(scheduled[i] ? {timed: true, scheduled: true} : {}),
        // (a meeting put off, told in the past: a happening of the sentence's time, as a verb's act is)
        ...(rewrite === sides ? {timed: true} : {})
      };
      for (const e of options.coder!.codeSentence(rewrite.text, again).events) {
        const key = eventKey(e);
        if (
          have.has(key) ||
          e.source === e.target ||
          (rewrite === fight && !e.code.startsWith("19")) ||
          // (a person's possessive read in a later clause: the clause's acts are the person's state's)
          (rewrite === anaphoric &&
            anaphoric.owner !== undefined &&
            e.start !== undefined &&
            e.start >= anaphoric.at &&
            e.source !== anaphoric.owner) ||
          (rewrite === pledge && !e.code.startsWith("033")) ||
          (rewrite === offer && (e.source !== offer.side || e.target !== offer.other || !/^0[23]/.test(e.code))) ||
          // (a proposal whose addressee the sentence's own reading named already is not passed to another side: "X
          // asked Y to … and proposed a working group" is X's proposal to Y; session 27)
          ((rewrite === offer || rewrite === members) &&
            /^0[23]/.test(e.code) &&
            kept.some((x) => x.source === e.source && x.target !== e.target && x.code.startsWith("03"))) ||
          (rewrite === label && e.source !== label.side && e.target !== label.side) ||
          (rewrite === paper && !e.code.startsWith("057")) ||
          (rewrite === followed && !e.code.startsWith("042")) ||
          (rewrite === held && !e.code.startsWith("04")) ||
          (rewrite === sides &&
            (!e.code.startsWith(sides.prefix) ||
              !sides.codes.includes(e.source) ||
              !sides.codes.includes(e.target) ||
              (sides.directed === true && e.source !== sides.codes[0]))) ||
          (rewrite === summit && e.source !== summit.side && e.target !== summit.side) ||
          (rewrite === members &&
            ((e.source !== members.side && e.target !== members.side) ||
              (members.by !== undefined && e.target === members.side && e.source !== members.by))) ||
          (rewrite === who && e.source !== who.side)
        )
          continue;
        have.add(key);
        const back = (x: number | undefined) =>
          x === undefined || x <= rewrite.at ? x : Math.max(rewrite.at, x - shift);
        const start = back(e.start),
          end = back(e.end);
        // "invited X to the first Korea-Central Asia summit, which Seoul plans to host in November, and …": the clause
        // the copy left out told that the meeting named before it is still to come (an intent to meet, 036).
        const toCome =
          rewrite.kind === "relative" &&
          /^noun:/.test(e.rule ?? "") &&
          e.code.startsWith("04") &&
          e.end !== undefined &&
          e.end <= rewrite.at &&
          // (a day told between the occasion's noun and the clause dates a held occasion: "the visit on 5 November, which …")
          !(
            date?.precision === "day" &&
            date.start !== undefined &&
            date.start >= (start ?? e.end) &&
            date.start < rewrite.at
          ) &&
          STILL_TO_COME_CLAUSE.test(s.text.slice(rewrite.at, rewrite.at + rewrite.length));
        // (a proposal read as an appeal: the intent to cooperate the offer side names, src/read/anaphora.ts offerSide)
        const proposed =
          rewrite === offer && offer.code !== undefined && e.code.startsWith("02") ? offer.code : undefined;
        const info = proposed ? cameoInfo(proposed) : undefined;
        const pushed: CoderEvent = {
          ...e,

          ...(start !== undefined ? {start} : {}),
          ...(end !== undefined ? {end} : {}),
          ...(toCome ? {code: "036", modality: "planned" as const} : {}),
          rule: `${e.rule ?? "coder"}${toCome ? " planned" : ""} anaphora:${rewrite.kind}`
        };
        if (proposed && info) {
          pushed.code = proposed;
          pushed.goldstein = info.goldstein;
          pushed.quad = info.quad as Event["quad"];
          if (info.plover) pushed.plover = info.plover;
          else delete pushed.plover;
        }
        sentenceEvents.push(pushed);
        if (rewrite === anaphoric && pointedDate) pointedBack.set(pushed, pointedDate);
        anaphora.noteEvent(e.source, e.target, e.code);
      }
    }
    // "X visited A, met B there and signed C": the later predicates are X's acts; what the sentence as written gave
    // them with another subject (the place, a session's organisation, the person met) is dropped.
    // "The summit of X was held in Lima on …": the place's state hosted it (src/read/events-hosted.ts), read in an
    // active copy; only the host's act toward the body.
    // (not when the sentence tells the host's hosting already: "X hosted the five presidents, the first summit held
    // in Y" restates it)
    const hosted = hostedGathering(text, named, isStateCode);
    if (hosted && !sentenceEvents.some((e) => e.source === hosted.host && e.code.startsWith("043"))) {
      const have = new Set(sentenceEvents.map(eventKey));
      for (const e of options.coder!.codeSentence(hosted.text, date ? {date: date.date, ...timed} : timed).events) {
        const key = eventKey(e);
        if (have.has(key) || e.source !== hosted.host || e.target !== hosted.body || !e.code.startsWith("04")) continue;
        have.add(key);
        sentenceEvents.push(fromCopy(e, hosted.back, "hosted:place"));
        anaphora.noteEvent(e.source, e.target, e.code);
      }
    }
    // "The previous agreement, signed in 2022, …", "A treaty was signed in 1995": a paper signed at its own time, its
    // signers unnamed, is the latest signing's sides' (src/read/events-signed-paper.ts), read in an active copy; only
    // the signing between them, placed at the participle.
    // (a side named before the paper tells its own parties: "Latvia praised the treaty, signed in 2019")
    const signed = signedPaper(text, named);
    const signers = signed
      ? (signed.gathering ?? anaphora.paperSigners(named.filter((m) => m.start < signed.from)))
      : undefined;
    if (signers && signed)
      keepFromCopy(signed.copy(signers.names), "05", signers.codes, signed.at, signed.end, "signed:paper");
    // "X supplies Y's uranium under contracts first signed in 2009 and renewed in 2015": a paper an act is done under
    // is its doers' (src/read/events-signed-paper.ts, paperUnder), its signing read in an active copy at its own time.
    const under = paperUnder(text, named, (c) => isStateCode(c) || c === "EU");
    const parties = under?.codes.map((c) => anaphora.sideName(c, named));
    // (a renewal is a signing of its own, at its own time: the same sides and code, placed at its own participle)
    if (under && parties?.[0] && parties[1]) {
      const had = new Set(sentenceEvents.map(eventKey));
      for (const s of under.signings) {
        const copy = `${parties[0]} and ${parties[1]} signed ${under.paper} ${s.time}.`;
        const have = new Set(had);
        for (const e of options.coder!.codeSentence(copy, {...(date ? {date: date.date} : {}), timed: true}).events) {
          const key = eventKey(e);
          if (have.has(key) || !e.code.startsWith("05") || e.source === e.target) continue;
          if (!under.codes.includes(e.source) || !under.codes.includes(e.target)) continue;
          have.add(key);
          sentenceEvents.push(fromCopy(e, (x) => (x <= 0 ? s.at : s.end), "signed:under"));
          anaphora.noteEvent(e.source, e.target, e.code);
        }
      }
    }
    // "the construction of the A–B–C railway, launched … in December 2024": the route's first two states started it
    // (src/read/events-construction.ts), read in an active copy; only their economic cooperation (061).
    const built = constructionStart(text, named, isStateCode);
    const builders = built?.codes.map((c) => anaphora.sideName(c, named));
    if (built && builders?.[0] && builders[1])
      keepFromCopy(
        built.copy([builders[0], builders[1]]),
        "061",
        built.codes,
        built.at,
        built.end,
        "construction:route"
      );
    // "X is expected in Dushanbe next week", "Xi is due in Astana next month": a visit planned, its verb ("to arrive")
    // left out (src/read/events-expected.ts), read in a copy with the verb; only the visit toward the place's state.
    const arrival = expectedArrival(text, named, isStateCode);
    if (arrival) {
      const have = new Set(sentenceEvents.map(eventKey));
      const shift = " to arrive".length;
      for (const e of options.coder!.codeSentence(arrival.text, date ? {date: date.date, ...timed} : timed).events) {
        const key = eventKey(e);
        if (have.has(key) || e.target !== arrival.place || e.source === e.target || !/^(04|036)/.test(e.code)) continue;
        have.add(key);
        sentenceEvents.push(
          fromCopy(e, (x) => (x <= arrival.end ? x : Math.max(arrival.end, x - shift)), "expected:arrival")
        );
        anaphora.noteEvent(e.source, e.target, e.code);
      }
    }
    // "the EU's decision in December to phase out all imports of Russian gas", "Kazakhstan's decision last month not to
    // accept an offer": an act told by the noun of its deciding (src/read/events-decision.ts), read in a copy said the
    // plain way ("the EU phased out … in December", "Kazakhstan refused to accept …"); only the infinitive's own act,
    // by the decider, toward another side, placed at the noun.
    const decided = decidedAct(text, named);
    if (decided) {
      const have = new Set(sentenceEvents.map(eventKey));
      for (const e of options.coder!.codeSentence(decided.text, date ? {date: date.date, ...timed} : timed).events) {
        const key = eventKey(e);
        if (have.has(key) || !decided.deciders.includes(e.source) || decided.deciders.includes(e.target)) continue;
        if ((e.start ?? 0) > decided.verbEnd || /^0[1-3]/.test(e.code)) continue;
        have.add(key);
        sentenceEvents.push(fromCopy(e, (x) => (x <= 0 ? decided.at : decided.end), "decision:noun"));
        anaphora.noteEvent(e.source, e.target, e.code);
      }
    }
    // "Peru, which hosted the summit, …": the summit told before, its body named in a copy (src/read/events-hosted.ts).
    const gathering = anaphora.gatheringBody(named);
    const definite = gathering ? hostedDefinite(text, named, gathering) : undefined;
    if (definite) {
      const have = new Set(sentenceEvents.map(eventKey));
      const back = (x: number) => (x <= definite.at ? x : Math.max(definite.at, x - definite.replacement));
      for (const e of options.coder!.codeSentence(definite.text, date ? {date: date.date, ...timed} : timed).events) {
        const key = eventKey(e);
        if (have.has(key) || e.target !== definite.body || e.source === e.target || !e.code.startsWith("04")) continue;
        have.add(key);
        sentenceEvents.push(fromCopy(e, back, "hosted:gathering"));
        anaphora.noteEvent(e.source, e.target, e.code);
      }
    }
    // "Xi hosted the same five leaders in Xi'an two years ago", "In October Putin received them in Dushanbe": the
    // guests a host's pointer means (src/read/events-guests.ts, Anaphora.guestGroup), named in a copy; only the host's
    // act (04) toward them, the host named before its verb.
    for (const pointer of guestPointers(text)) {
      const guests = anaphora.guestGroup(text, named, pointer, priorNamed);
      if (!guests) continue;
      const hosts = new Set(named.filter((m) => m.end <= pointer.verbAt).map((m) => m.code));
      // (the guests are persons: "received the leaders of A and B", as "received Estonia" is no host's act)
      const list = `the leaders of ${
        guests.names.length === 1
          ? guests.names[0]!
          : `${guests.names.slice(0, -1).join(", ")} and ${guests.names.at(-1)}`
      }`;
      const copy = text.slice(0, pointer.at) + list + text.slice(pointer.at + pointer.length);
      const shift = list.length - pointer.length;
      const back = (x: number) => (x <= pointer.at ? x : Math.max(pointer.at, x - shift));
      const have = new Set(sentenceEvents.map(eventKey));
      for (const e of options.coder!.codeSentence(copy, date ? {date: date.date, ...timed} : timed).events) {
        const key = eventKey(e);
        if (
          have.has(key) ||
          !e.code.startsWith("04") ||
          !guests.codes.includes(e.target) ||
          !hosts.has(e.source) ||
          guests.codes.includes(e.source) ||
          e.start === undefined ||
          e.start < pointer.verbAt ||
          e.start >= pointer.at
        )
          continue;
        have.add(key);
        sentenceEvents.push(fromCopy(e, back, "hosted:guests"));
        anaphora.noteEvent(e.source, e.target, e.code);
        // (the pointer is the verb's object: the same host's act there toward another side was a word after it read
        // in its place, "Putin met them in Dushanbe in October, Xi hosted …" as a meeting with Xi, "hosted them in
        // Astana" as a visit's host toward the venue)
        for (let k = sentenceEvents.length - 2; k >= 0; k--) {
          const o = sentenceEvents[k]!;
          if (
            o.source === e.source &&
            o.code.startsWith("04") &&
            !guests.codes.includes(o.target) &&
            o.start !== undefined &&
            o.start >= pointer.verbAt &&
            o.start < pointer.at
          )
            sentenceEvents.splice(k, 1);
        }
      }
    }
    // "Tokayev, who hosted the previous meeting in Astana in August 2024, …", "The first summit, which Xi hosted in
    // Xi'an in May 2023, …": an earlier gathering of the story's series, its guests the story's gathering's other side
    // (src/read/events-guests.ts, Anaphora.earlierGuests), read in a copy of the host's clause; only the host's act.
    const earlier = earlierHosting(text, named);
    const earlierGuests = earlier ? anaphora.earlierGuests(earlier.host.code, named) : undefined;
    if (earlier && earlierGuests)
      keepFromCopy(
        earlier.copy(earlierGuests.name),
        "04",
        [earlier.host.code, earlierGuests.code],
        earlier.verbAt,
        earlier.end,
        "hosted:earlier"
      );
    // "the UK designated three entities registered in Kyrgyzstan", "Four Kazakh companies were added to the EU's list
    // in December": a listing of a state's entities is the listing party's sanction against the state
    // (src/read/events-designations.ts), read in a copy; only its 16 acts.
    // (a passive listing as written reads its object's state as the listing party, "Three Lithuanian firms were added
    // to Finland's list": that reversed sanction is dropped)
    for (const d of designations(text, named, isStateCode)) {
      const names = d.states.map((c) => anaphora.sideName(c, named));
      if (!names.every((x): x is string => x !== undefined)) continue;
      const have = new Set(sentenceEvents.map(eventKey));
      const found = options
        .coder!.codeSentence(d.copy([...names, ...d.adjectives]), {...(date ? {date: date.date} : {}), timed: true})
        .events.filter(
          (e) =>
            e.code.startsWith("16") &&
            e.source === d.party.code &&
            e.target !== d.party.code &&
            isStateCode(e.target) &&
            (d.adjectives.length > 0 || d.states.includes(e.target)) &&
            !have.has(eventKey(e))
        );
      if (found.length === 0) continue;
      for (let k = sentenceEvents.length - 1; k >= 0; --k) {
        const e = sentenceEvents[k]!;
        if (e.code.startsWith("16") && e.target === d.party.code && found.some((f) => f.target === e.source))
          sentenceEvents.splice(k, 1);
      }
      for (const e of found) {
        sentenceEvents.push(fromCopy(e, (x) => (x <= 0 ? d.at : d.end), "sanctions:listing"));
        anaphora.noteEvent(e.source, e.target, e.code);
      }
    }
    // "… and thanked him for …", "invited the latter to …": an object pronoun read as the actor it points to
    // (src/read/anaphora-objects.ts), in a copy that keeps the subject's pointer read above; the first candidate whose
    // copy gives the verb just before the pronoun an act on that side from another side (a pronoun is never its own
    // clause's subject).
    const subjectCopy =
      anaphoric && ["pronoun", "surname", "pair", "relative"].includes(anaphoric.kind) ? anaphoric : undefined;
    for (const copy of objectCopies(text, named, priorPersons)) {
      const lead = subjectCopy && subjectCopy.at + subjectCopy.length <= copy.at ? subjectCopy : undefined;
      const shiftLead = lead ? lead.replacement - lead.length : 0;
      const base = lead ? lead.text : text;
      const at = copy.at + shiftLead;
      const copyText =
        base.slice(0, at) + copy.text.slice(copy.at, copy.at + copy.replacement) + base.slice(at + copy.length);
      const have = new Set(sentenceEvents.map(eventKey));
      const found = options
        .coder!.codeSentence(copyText, date ? {date: date.date, ...timed} : timed)
        .events.filter(
          (e) =>
            copy.sides.includes(e.target) &&
            !copy.sides.includes(e.source) &&
            e.end !== undefined &&
            e.end <= at &&
            /^\s*(?:(?:on|to|with)\s+)?$/.test(copyText.slice(e.end, at)) &&
            !have.has(eventKey(e))
        );
      if (found.length === 0) continue;
      const back = (x: number) => (!lead || x <= lead.at ? x : Math.max(lead.at, x - shiftLead));
      for (const e of found) {
        sentenceEvents.push(fromCopy(e, back, "anaphora:object-pronoun"));
        anaphora.noteEvent(e.source, e.target, e.code);
      }
      break;
    }
    const shared = anaphora.laterPredicates(text, named);
    if (shared) {
      // (a mutual act's other direction names the subject as its target: "signed an accord with Y" gives Y→X too)
      const sidesOf = (e: CoderEvent) => shared.sides.includes(e.source) || shared.sides.includes(e.target);
      const inSpan = (e: CoderEvent) =>
        e.start !== undefined && shared.spans.some((p) => e.start! >= p.start && e.start! < p.end);
      for (let k = sentenceEvents.length - 1; k >= 0; --k)
        if (inSpan(sentenceEvents[k]!) && !sidesOf(sentenceEvents[k]!)) sentenceEvents.splice(k, 1);
      const have = new Set(sentenceEvents.map(eventKey));
      for (const copy of shared.copies) {
        const shift = copy.replacement - copy.length;
        for (const e of options.coder!.codeSentence(copy.text, date ? {date: date.date, ...timed} : timed).events) {
          const key = eventKey(e);
          if (
            have.has(key) ||
            e.source === e.target ||
            !sidesOf(e) ||
            e.start === undefined ||
            e.start < copy.at + copy.replacement
          )
            continue;
          have.add(key);
          sentenceEvents.push({
            ...e,
            start: e.start - shift,
            ...(e.end !== undefined ? {end: e.end - shift} : {}),
            rule: `${e.rule ?? "coder"} anaphora:shared`
          });
          anaphora.noteEvent(e.source, e.target, e.code);
        }
      }
    }
    // An interviewee's "we", "us" and "our country": their own state (src/read/first-person.ts).
    // Without a speaker, the state the article is about stands for "the Head of State"; "the region" is its region.
    const spoken = voices[i]?.kind === "answer" || voices[i]?.kind === "quote";
    // "The Head of State invited X": the first titled president, unless the sentence names that president's state's
    // person as the other side (the guest was named first by title); then the state the article is about.
    const head = !spoken && HEAD_OF_STATE.test(s.text) ? headOfState(i) : undefined;
    // (on an office holder's own page, the narration is theirs: their state is the state it means)
    const ownVoice = spoken ? undefined : ownWordsState(i);
    const own = spoken
      ? speakerState(voices[i]!.speaker, i)
      : (ownVoice ??
        (head && !named.some((m) => m.code === head.code && PERSON_NAME.test(m.text)) ? head : homeState(i)));
    const region = homeRegion(i);
    // A transcript's turn (a president's or a minister's statement): "I" is the speaker's state too, and the other
    // speaker's state is the other side of "we agreed …", "we discussed …".
    // (only in a record the title names as one: "Press statements following …", "Joint press conference …")
    const turn =
      spoken && voices[i]!.rule === "transcript-statement" && RECORD_TITLE.test(metadata.title ?? "")
        ? voices[i]!
        : undefined;
    // (a verbatim record's office holder of an organisation: "I signed …" is the organisation's act too)
    const sitting = spoken && own !== undefined && officeHolders.has(voices[i]!.speaker ?? "");
    const holder = (turn !== undefined && OFFICE_ROLE.test(turn.role ?? "")) || sitting;
    const counterpart = turn && own ? otherSpeakerState(turn.speaker, own.code) : undefined;
    // An office named alone in narration ("The prime minister thanked …", "invited the premier to …"): the state
    // whose holder of it the article named before, read in a copy of its own; the first-person reading below then
    // leaves offices alone (its guess is the article's own state).
    // (not the state of a person the sentence names by name: "The Head of State invited <the guest's name>" is the
    // host, whose holder the article may not have named; the reading below guesses it)
    // (with no holder named, an office is the page's own state's or organisation's: src/read/page-home.ts; and an
    // official named by title and name with no state beside them is the page's too, src/read/home-persons.ts)
    const officials = spoken || !home ? [] : homeOfficials(text, named);
    const officeSpans = spoken
      ? []
      : [
          ...holders
            .bareOffices(text, i, home)
            .filter((o) => !named.some((m) => m.code === o.code && PERSON_NAME.test(m.text))),
          ...officials.map((o) => ({at: o.at, length: o.length, code: home!.code})),
          ...(homeSurnames.size > 0 ? surnameSpans(text, homeSurnames, named) : [])
        ].sort((a, b) => a.at - b.at);
    const officeCopy =
      officeSpans.length > 0
        ? spliceOffices(
            text,
            officeSpans,
            (code) => stateNameIn(code, i) ?? (code === home?.code ? home.name : undefined)
          )
        : undefined;
    if (officeCopy) {
      const have = new Set(sentenceEvents.map(eventKey));
      for (const e of options.coder!.codeSentence(officeCopy.text, date ? {date: date.date, ...timed} : timed).events) {
        const key = eventKey(e);
        // (the office is the act's own side: no other actor named between the office and the act's verb, "thanked
        // the President for the aid Chile sent to Peru" is no act of the President's)
        // (a relative clause set off by commas right after the office is about the person, not another side: "Foreign
        // Minister X, who is on a visit to Uzbekistan, met …")
        const verb = e.start !== undefined ? officeCopy.back(e.start) : undefined;
        const own = officeSpans.some((o) => {
          const from = o.at + o.length + (RELATIVE_ASIDE.exec(text.slice(o.at + o.length))?.[0].length ?? 0);
          return (
            (e.source === o.code || e.target === o.code) &&
            verb !== undefined &&
            !named.some(
              (m) =>
                m.code !== o.code && (o.at < verb ? m.start >= from && m.end <= verb : m.start >= verb && m.end <= o.at)
            )
          );
        });
        if (have.has(key) || e.source === e.target || !own) continue;
        have.add(key);
        sentenceEvents.push(fromCopy(e, officeCopy.back, "anaphora:office"));
        anaphora.noteEvent(e.source, e.target, e.code);
      }
    }
    // "The Foreign Secretary visited A. She signed …": an office alone as the subject is a person of its state, whom a
    // next "He" or "She" points to (session 22).
    const subjectOffice = officeSpans.find((o) => OPENING_BEFORE_SUBJECT.test(text.slice(0, o.at)));
    if (subjectOffice) anaphora.notePersonSubject(subjectOffice.code);
    else if (own && officeSpans.length === 0 && !spoken && opensWithOffice(text)) anaphora.notePersonSubject(own.code);
    const copy = rewriteFirstPerson(text, own?.name, {
      offices: officeSpans.length === 0,
      firstPerson: spoken || ownVoice !== undefined,
      ...(region ? {region: region.name, regionCode: region.code} : {}),
      ...(region?.adjective ? {regionAdjective: region.adjective} : {}),
      ...(i > 0
        ? {statesBefore: new Set(mentionsBySentence[i - 1]!.filter((m) => isState(m.code)).map((m) => m.code)).size}
        : {}),
      ...(holder || ownVoice ? {holder: true} : {}),
      ...(ownVoice ? {ownWords: true} : {}),
      ...(counterpart ? {counterpart: counterpart.name} : {})
    });
    if (copy) {
      const have = new Set(sentenceEvents.map(eventKey));
      const meant = new Set([own?.code, region?.code].filter((c): c is string => c !== undefined));
      if (counterpart) meant.add(counterpart.code);
      for (const e of options.coder!.codeSentence(copy.text, date ? {date: date.date, ...timed} : timed).events) {
        const key = eventKey(e);
        if (have.has(key) || e.source === e.target || (!meant.has(e.source) && !meant.has(e.target))) continue;
        // (the talks' other side acts with the speaker's state only)
        if (
          counterpart &&
          (e.source === counterpart.code || e.target === counterpart.code) &&
          !(e.source === own?.code || e.target === own?.code)
        )
          continue;
        have.add(key);
        const read = fromCopy(e, copy.back, "first-person");
        // (a performative's act is of the page's time: src/read/first-person.ts)
        if (e.start !== undefined && copy.performatives?.some((p) => e.start! >= p.start && e.start! < p.end))
          performed.add(read);
        sentenceEvents.push(read);
        // ("In the afternoon the President received X. The leaders discussed …": the pair a later pointer means)
        anaphora.noteEvent(e.source, e.target, e.code);
      }
    }
    // "X sanctioned several Kyrgyz firms, a step that Bishkek called unjustified": a step judged harshly in
    // apposition is the judge's criticism (111) of whoever did the act told before it (src/read/events-verdict.ts),
    // placed and dated at that act; not the judge's own act, nor a statement's.
    const verdict = sentenceEvents.length > 0 ? judgedStep(text, named) : undefined;
    if (verdict) {
      const have = new Set(sentenceEvents.map(eventKey));
      for (const e of [...sentenceEvents]) {
        if (e.start === undefined || e.start > verdict.at || !e.source || e.source === verdict.judge) continue;
        if (/^01/.test(e.code) || e.modality) continue;
        const judged: CoderEvent = {
          source: verdict.judge,
          target: e.source,
          code: "111",
          start: e.start,
          ...(e.end !== undefined ? {end: e.end} : {}),
          rule: `CALLED * ${verdict.word} [111] verdict:step`
        };
        if (have.has(eventKey(judged))) continue;
        have.add(eventKey(judged));
        sentenceEvents.push(judged);
        anaphora.noteEvent(judged.source, judged.target, judged.code);
      }
    }
    // A group governing a state de facto, told as its government ("a Taliban delegation" since August 2021): the
    // state (src/read/governing.ts).
    const governed = sentenceEvents.length > 0 ? governedStates(s.text, named, date?.date ?? metadata.date) : undefined;
    // A multinational company filed under its seat's state (Boeing MNCUSA) acts for that state (src/read/governing.ts).
    // (a coder's event may lack a side at run time: a null source or target is no company)
    const company = (code: string | null | undefined): code is string =>
      typeof code === "string" && code.startsWith("MNC");
    if (sentenceEvents.some((e) => company(e.source) || company(e.target)))
      for (const e of sentenceEvents)
        for (const code of [e.source, e.target]) {
          const seat = company(code) ? companyState(code, isState) : undefined;
          if (seat) governed?.set(code, seat);
        }
    if (governed && governed.size > 0) {
      const seen = new Set<string>();
      for (let k = 0; k < sentenceEvents.length; ++k) {
        const e = sentenceEvents[k]!;
        const source = governed.get(e.source) ?? e.source;
        const target = governed.get(e.target) ?? e.target;
        const key = `${source}>${target}:${e.code}`;
        if (source === target || seen.has(key)) sentenceEvents.splice(k--, 1);
        else {
          seen.add(key);
          if (source !== e.source || target !== e.target) sentenceEvents[k] = {...e, source, target};
        }
      }
    }
    // A format named by its members: the C5+1 is Central Asia's five with the United States, its "+1", so an act
    // between the United States and the format is between it and the five ("Washington hosted the C5+1 leaders", "the
    // United States launched a C5+1 critical minerals dialogue": USA→CAS, as every gold codes them). Another state's
    // act toward the format is read as written. Session 28.
    if (sentenceEvents.some((e) => formatPair(e.source, e.target))) {
      const seen = new Set(sentenceEvents.filter((e) => !formatPair(e.source, e.target)).map(eventKey));
      for (let k = 0; k < sentenceEvents.length; ++k) {
        const e = sentenceEvents[k]!;
        if (!formatPair(e.source, e.target)) continue;
        const moved = {
          ...e,
          source: e.source === C5_PLUS_ONE ? "CAS" : e.source,
          target: e.target === C5_PLUS_ONE ? "CAS" : e.target
        };
        const key = eventKey(moved);
        if (seen.has(key)) sentenceEvents.splice(k--, 1);
        else {
          seen.add(key);
          sentenceEvents[k] = moved;
        }
      }
    }
    // A place after "in" is where the act happened, not its side, when another reading of the same verb names the side
    // ("met the five presidents in Astana", "its first summit with the region in Samarkand": src/read/venue-sides.ts).
    if (sentenceEvents.length > 1) {
      const venues = venueDuplicates(text, named, sentenceEvents, new Set(kept));
      if (venues.size > 0)
        for (let k = sentenceEvents.length - 1; k >= 0; --k)
          if (venues.has(sentenceEvents[k]!)) sentenceEvents.splice(k, 1);
    }
    // "Mirziyoyev received the German minister. … He proposed holding the next round in Munich. Dobrindt agreed.": a
    // one-sided act (a request, an intent, cooperation) in a sentence that gave no event and names no other side is
    // addressed to the other side of the occasion just told (Anaphora.occasionSides), read in a copy coded with that
    // addressee (the subject's pointer read above kept); only acts of one of the two sides toward the other. Session 33.
    // (not in a quotation or an answer: a speaker's words name their own addressees)
    const addressees = sentenceEvents.length === 0 && !spoken ? anaphora.occasionSides() : undefined;
    if (addressees) {
      const base = subjectCopy?.text ?? text;
      const lead = subjectCopy;
      for (const e of options.coder!.codeSentence(base, {
        ...(date ? {date: date.date} : {}),
        ...timed,
        addressee: addressees
      }).events) {
        if (!(e.rule ?? "").includes("addressee:occasion") || addressees[e.source] !== e.target) continue;
        if (!named.every((m) => m.code === e.source)) continue;
        const back = (x: number) =>
          !lead || x <= lead.at ? x : Math.max(lead.at, x - (lead.replacement - lead.length));
        sentenceEvents.push({...fromCopy(e, back, ""), rule: e.rule});
        anaphora.noteEvent(e.source, e.target, e.code);
      }
    }
    // A state's appeal, proposal or intent toward itself is no act between two sides: a request of its own company or
    // body ("Nurtleu proposed that a Jordanian mining firm and Kazakh state-owned KazAgroProduct study a venture": the
    // company read as its state), or an intent of its own delegation. An organisation's or a region's own gathering or
    // plan ("the next meeting of the Council will be held in Minsk") and a state's own unrest stay. Session 32.
    for (let k = sentenceEvents.length - 1; k >= 0; --k) {
      const e = sentenceEvents[k]!;
      if (e.source === e.target && /^0[23]/.test(e.code) && isState(e.source)) sentenceEvents.splice(k, 1);
    }
    anaphora.learn(s.text, named);
    holders.learn(text, named, i, isState, isOrganisationCode);
    // (the page's officials named by title and name: their surname and their office stand for the home from here on)
    for (const o of officials) {
      homeSurnames.set(o.surname, home!.code);
      anaphora.notePerson(o.surname, home!.code, home!.name);
      holders.hold(o.title, home!.code, i, text, o.at);
    }
    if (sentenceEvents.some((e) => /^(04|057)/.test(e.code)) || OCCASION_NOUN.test(s.text)) occasion.add(i);
    for (let e of sentenceEvents) {
      let info = cameoInfo(e.code);
      let goldstein = e.goldstein ?? info?.goldstein;
      let quad = (e.quad ?? info?.quad) as Event["quad"] | undefined;
      if (goldstein === undefined || quad === undefined) continue;
      // A sentence naming several dates dates each event by the one nearest to its verb or noun.
      const own =
        (e.start !== undefined ? spanDate(i, e.start) : undefined) ??
        (e.start !== undefined &&
        e.end !== undefined &&
        date &&
        date.precision !== "article" &&
        date.rule !== "same-occasion" &&
        date.rule !== "chronology-entry" &&
        datesOf(i).length > 1
          ? nearestDate(s.text, datesOf(i), e.start, e.end)
          : undefined);
      // "invited X to visit Russia in May": the date after the invitation's "to <verb>" is the visit's, not the
      // invitation's; "invited X to Rome in January" (a place, no verb) is dated like any act.
      // A date after the event that belongs to a noun of its own ("under an agreement signed in 2021", "a plan of
      // consultations for 2023-2024") is that noun's, not the act's: the act is dated by the article.
      const back = pointedBack.get(e);
      const said = own ?? (back ? {date: back.date, precision: back.precision, rule: "pointed-back"} : date);
      // (… and a date told before the act, by a relative or reduced relative clause of its own that does not hold the
      // act's word: "X, which signed a treaty with Y in June 2023, agreed to buy …", "Z, whose president visited W in
      // June, agreed to …", "W, whose memorandum with Y dates from 2022, is preparing a summit": that clause's
      // happening is dated, and the act is dated like one naming no date)
      const clauseBefore =
        said?.end !== undefined &&
        said.start !== undefined &&
        e.start !== undefined &&
        said.end <= e.start &&
        asideBefore(clausesOf(i), s.text, said.start, e.start);
      const nounsDate =
        clauseBefore ||
        performed.has(e) ||
        // (dt33) "announced 1.5 billion yuan in grants to the region this year", "the aid for this year's dzud": a bare
        // "this year" on a page dated to its day tells no more of the act's time than the page does (the page's day lies
        // in it), and after an act told as done it is mostly its object's year; the act is dated like one naming no time
        // (the story's day, else the page's). "Earlier this year" tells a time before the page, and keeps its year.
        (said?.rule === "relative-year" &&
          /^this year$/i.test(said.text ?? "") &&
          metadata.date !== undefined &&
          articlePrecision === "day" &&
          said.date.slice(0, 4) === metadata.date.slice(0, 4)) ||
        // (a date inside another predicate's own clause: "… an auction that X plans to hold next year, and asked Y …",
        // "thanked Egypt and said Uzbekistan had sent aid last year": src/read/dates-conjunct.ts)
        (said?.start !== undefined &&
          said.end !== undefined &&
          e.start !== undefined &&
          e.end !== undefined &&
          said.rule !== "same-occasion" &&
          dateOfOtherPredicate(clausesOf(i), s.text, said.start, said.end, e.start, e.end)) ||
        // "The minister, on his first visit since taking office in September, pressed …": the start of a period told in
        // a "since" phrase dates no act outside it (src/read/dates-since.ts).
        (said?.start !== undefined &&
          e.start !== undefined &&
          said.text !== undefined &&
          s.text.startsWith(said.text, said.start) &&
          sinceOtherAct(s.text, said.start, e.start)) ||
        // "signed a roadmap for 2025-2027 and agreed to hold …": a period told after "for" is a noun's, wherever the act
        (said?.start !== undefined &&
          e.start !== undefined &&
          said.end !== undefined &&
          said.end <= e.start &&
          said.precision !== "article" &&
          (PERIOD_FOR.test(s.text.slice(0, said.start)) || /^for\s/i.test(said.text ?? ""))) ||
        (said?.start !== undefined &&
          e.end !== undefined &&
          said.start >= e.end &&
          (NOUN_DATE.test(s.text.slice(e.end, said.start)) ||
            // "welcomed the growth of trade, which reached $3.9 billion in 2023": a relative clause's own date;
            // "discussed the summit, which is expected to be held later this year": a time still to come dates no act
            // told (a plan is dated when it was made, as "planned-for-later").
            // (a happening told by its noun is what its relative clause dates: "the civil war, which ended in 1997")
            // (any relative clause: with or without a comma, "that" too, a list's commas inside; and a reduced one:
            // "the summit, held in Samarkand last week": src/read/clauses.ts)
            (!/^noun:/.test(e.rule ?? "") &&
              e.start !== undefined &&
              ownClause(clausesOf(i), s.text, said.start, e.start)) ||
            // "thanked X for the aid sent after the floods last month": a noun's past participle after the act, and the
            // date inside its phrase, date what the noun names, not the thanks.
            (!/^noun:/.test(e.rule ?? "") && REDUCED_RELATIVE_DATE.test(s.text.slice(e.end, said.start))) ||
            /^(?:later|next|the\s+coming)\b/i.test(said.text ?? "") ||
            // "committed to buy aircraft over the next decade, but similar pledges in 2018 delivered far less": a date
            // after a clause of contrast or a semicolon is that clause's.
            COORDINATE_AFTER.test(s.text.slice(e.end, said.start)) ||
            /^for\b/i.test(said.text ?? "") ||
            // "agreed to reopen the crossings that have stayed closed since September 2022": the start of a state told in
            // a relative clause, not the act's date ("has frozen the talks since 2024" keeps it).
            /\b(?:that|which|who)\b[^,;]*\bsince\s*$/i.test(s.text.slice(e.end, said.start)) ||
            // (… and so is a date inside a "since" clause: "held talks with Y, their first meeting since relations
            // soured over the dispute in May 2023")
            ((/^since\b/i.test(said.text ?? "") ||
              /\bsince\s*$/i.test(s.text.slice(e.end, said.start)) ||
              SINCE_CLAUSE.test(s.text.slice(e.end, said.start))) &&
              (/\b(?:that|which|who)\b[^,;]*$/i.test(s.text.slice(e.end, said.start)) ||
                // "held talks on the eve of the summit, their second meeting since May": a past act told without a
                // perfect is not dated by the start of a period.
                !/\b(?:has|have|had)\b/i.test(s.text.slice(0, said.start))))));
      // (An undated article keeps the noun's date: the nearest the text gives. In a chronology's entry the act is of
      // the entry's date, not the page's.)
      // (… unless the sentence told a time of its own before the act, in its main clause: "Macron received Mirziyoyev on
      // Wednesday, March 12, for the first state visit … since 2018" is Wednesday's visit, not the page's)
      const mainBefore =
        nounsDate &&
        !clauseBefore &&
        !performed.has(e) &&
        date !== undefined &&
        date !== said &&
        date.precision !== "article" &&
        date.rule !== "same-occasion" &&
        date.start !== undefined &&
        date.end !== undefined &&
        e.start !== undefined &&
        date.end <= e.start &&
        // (not a time of another predicate before the act's: "by signing the memorandum in November 2022 and endorsing
        // the roadmap for the period of 2023-2024"; a time opening the sentence is every predicate's, dt33: "On Tuesday,
        // Albares held talks with …, and the two signed a roadmap … that both hope to upgrade next year")
        (!/\band\b/i.test(s.text.slice(date.end, e.start)) || OPENING_TIME.test(s.text.slice(0, date.start))) &&
        (said?.start === undefined || said.start > date.start) &&
        !(metadata.date !== undefined && date.date > metadata.date) &&
        !inBackground(s.text, date.start);
      const told = mainBefore
        ? date
        : nounsDate
          ? (entries[i] ??
            (metadata.date ? {date: metadata.date, precision: "article" as const, rule: "article-date"} : said))
          : said;
      // (an invitation, made or passed on, with a time after its "to visit …": the visit's time, not the invitation's;
      // session 25 adds the invitations passed on, "conveyed an invitation … to visit the Kingdom this year")
      const inviteDate =
        told && /^INVIT|\* INVITATION \[/.test(e.rule ?? "") && told.start !== undefined && e.end !== undefined
          ? / to (?:visit|come|attend|travel|take part|pay|hold|join|participate|meet)\b/i.exec(
              s.text.slice(e.end, told.start)
            ) !== null
          : false;
      // A planned act's date said before its verb ("In July, the two presidents agreed to expand …") is when the plan
      // was made, read like any other date; one after it ("agreed to meet in May") is the act's own, still to come.
      const statedBefore =
        e.modality === "planned" &&
        told?.end !== undefined &&
        e.start !== undefined &&
        ((told.end <= e.start && PLAN_MADE.test(s.text.slice(told.end, e.start))) ||
          // "agreed on Monday to …": the date between the plan's verb and its "to".
          (told.start !== undefined &&
            told.start >= e.start &&
            PLAN_MADE.test(s.text.slice(e.start, told.start)) &&
            /^\s*to\b/.test(s.text.slice(told.end))) ||
          // "agreed Tuesday to expand …" read at "expand": a date right after the plan's verb, before its "to".
          (told.start !== undefined &&
            /\b(?:agreed|decided|promised|pledged|offered|vowed|resolved|undertook)\s+(?:on\s+|in\s+)?$/i.test(
              s.text.slice(Math.max(0, told.start - 20), told.start)
            ) &&
            /^\s*to\b/.test(s.text.slice(told.end))) ||
          // "said in January it would invest …", "announced on Monday that it will open …": a plan reported, the date
          // right after the verb of saying is the report's, when the plan was made known.
          (told.start !== undefined &&
            told.end <= e.start &&
            /\b(?:said|announced|stated|declared|confirmed)\s+(?:on\s+|in\s+|last\s+)?$/i.test(
              s.text.slice(Math.max(0, told.start - 20), told.start)
            ) &&
            /^\s*(?:that\s+)?[^,.;]{0,40}?\b(?:would|will|planned\s+to|plans\s+to|intended\s+to|intends\s+to)\b/i.test(
              s.text.slice(told.end, e.start)
            )));
      // "held talks … on Thursday, and the two agreed to …", "have agreed to double trade, X said after talks with Y on
      // Tuesday", "visited Tashkent in February, where he and Y agreed to raise trade … by 2030": a plan made at talks or
      // a visit told with their time is of that time, whichever of the sentence's times is nearest the plan
      // (src/read/dates-talks.ts).
      const atTalks =
        e.modality === "planned" && told !== undefined && e.start !== undefined && e.end !== undefined && !statedBefore
          ? ((planMadeAtTalks(s.text, told, e.start, e.end, metadata.date) ? told : undefined) ??
            (said?.start !== undefined
              ? datesOf(i).find((d) => planMadeAtTalks(s.text, d, e.start!, e.end!, metadata.date))
              : undefined))
          : undefined;
      // An act told as done cannot lie in the page's future: dated, in its own sentence, by a phrase pointing forward
      // from the page ("next month", "next Monday", "later this week", "tomorrow", "in the coming days"), it is still
      // to come — a plan, coded as the intent (a meeting to come is 036: codeInMood) and dated when it was told
      // (eventDate). Only cooperation (03–08): a plan of force is not read from a date alone.
      if (
        e.modality !== "planned" &&
        /^0[3-8]/.test(e.code) &&
        // (a happening told by its noun is what a forward time after it dates too: "the summit opens next week")
        (stillToCome(told) ||
          (/^noun:/.test(e.rule ?? "") && stillToCome(said)) ||
          // (… and a month or a day without its year read as this year's, later than the page's, its clause telling a
          // time still to come, with the act inside that clause: "Ahn is scheduled to visit Astana in December" on a
          // November page; src/read/dates.ts toldAhead)
          (told?.ahead === true &&
            told.start !== undefined &&
            e.start !== undefined &&
            e.start >= clauseStart(s.text, told.start)) ||
          // (… and so is one in a schedule's entry dated after the page: "makes a state visit" under "OCT 12-13")
          (scheduled[i] && told?.rule === "schedule-entry"))
      ) {
        e = {...e, code: codeInMood(e.code, "intent"), modality: "planned"};
        delete e.goldstein;
        delete e.quad;
        info = cameoInfo(e.code);
        goldstein = info?.goldstein;
        quad = info?.quad as Event["quad"] | undefined;
        if (goldstein === undefined || quad === undefined) continue;
      }
      // An intent (03x) with a month or a day of the month and no year, told after its verb and after a verb of the act
      // intended ("invited the bank to take part in the forum in October", "plans to launch a train in March", "seeks a
      // larger role before it hosts the leaders in December"): the time is the intended act's, still to come but read a
      // year back from the page — the intent is dated when told, as a planned act's is. Not a time of the intent's own:
      // after its object only ("promised €10 billion at the forum in January", "invited X to Rome in January"), or
      // before the intent's "to"/"that" ("offered in January to mediate"); nor a weekday (this week's, near the page).
      const intentAhead =
        e.modality !== "planned" &&
        /^03/.test(e.code) &&
        told?.start !== undefined &&
        told.end !== undefined &&
        e.end !== undefined &&
        told.start >= e.end &&
        YEARLESS_MONTH_RULES.has(told.rule.replace(/\+estimated-year$/, "")) &&
        AHEAD_LINK.test(s.text.slice(e.end, told.start)) &&
        !/^\s*,?\s*(?:to|that)\b/i.test(s.text.slice(told.end));
      const when = eventDate(
        inviteDate ? undefined : (atTalks ?? told),
        inviteDate || intentAhead ? "planned" : statedBefore || atTalks ? undefined : e.modality,
        metadata.date,
        articlePrecision,
        e.end
      );
      // "The Philippines and Kazakhstan will start negotiating a labour agreement, the ministry said on Wednesday": a plan
      // is dated when it was told, and a report after it in the sentence (a verb of saying past a comma, with a day of
      // its own, not after the page) tells that day; the page, out the next morning, is not when it was told.
      if (
        e.modality === "planned" &&
        when.precision === "article" &&
        (when.rule === "planned-for-later" || when.rule === undefined) &&
        e.end !== undefined &&
        metadata.date
      ) {
        const report = datesOf(i).find(
          (d) =>
            d.start !== undefined &&
            d.start >= e.end! &&
            d.precision === "day" &&
            d.date <= metadata.date! &&
            REPORTED_ON.test(s.text.slice(e.end!, d.start))
        );
        if (report) Object.assign(when, {date: report.date, precision: "day", rule: "reported-on"});
      }
      // A time opening the sentence ("Last Saturday, …", "On Monday …", "In July, …") dates every act of it.
      const opening =
        metadata.date === undefined
          ? undefined
          : datesOf(i).find(
              (d) =>
                d.start !== undefined &&
                OPENING_TIME.test(s.text.slice(0, d.start)) &&
                d.precision !== "article" &&
                d.date <= metadata.date!
            );
      // An act told as done cannot have happened after the page was written: "was in Beijing last Saturday, where he
      // signed a roadmap and agreed to begin surveys in 2026" — the year is the plan's. Such an act takes the time
      // opening its sentence, else the article's date.
      // (Only a year or a month told after the act's verb: a day, or a time before the verb, is the act's own, however
      // the page is dated; and a day without its year read as the next such one, its clause telling a time still to come:
      // "invited X to the forum on 12 May" on a March page, src/read/dates.ts toldAhead.)
      if (
        e.modality !== "planned" &&
        when.date !== undefined &&
        told?.start !== undefined &&
        e.end !== undefined &&
        (((when.precision === "year" || when.precision === "month") && told.start >= e.end) || told.ahead === true) &&
        metadata.date !== undefined &&
        when.date > periodEnd(metadata.date, articlePrecision)
      )
        Object.assign(
          when,
          opening
            ? {date: opening.date, precision: opening.precision, rule: `${opening.rule}+not-after-article`}
            : {date: metadata.date, precision: "article", rule: "not-after-article"}
        );
      // … and a plan made then, told by a past verb of planning after it ("Last Saturday, X … agreed to begin surveys
      // in 2026"), is of that time, not of the page's day. "On Thursday, X will take part …" is told at the page's.
      if (
        e.modality === "planned" &&
        when.precision === "article" &&
        opening?.end !== undefined &&
        e.start !== undefined &&
        !inviteDate &&
        PLAN_MADE.test(s.text.slice(opening.end, e.end ?? e.start))
      )
        Object.assign(when, {date: opening.date, precision: opening.precision, rule: `${opening.rule}+opening`});
      // "On the eve of the first anniversary of Russia's invasion of Ukraine": a happening named as what an
      // anniversary is of happened that many years before the sentence's date (its month, or its year).
      const anniversary =
        e.start !== undefined && /^noun:/.test(e.rule ?? "")
          ? ANNIVERSARY.exec(s.text.slice(Math.max(0, e.start - 100), e.start))
          : null;
      if (anniversary && when.date) {
        const years = ordinalValue(anniversary[1]!) ?? Number.parseInt(anniversary[1]!, 10);
        const year = Number(when.date.slice(0, 4)) - years;
        if (years > 0 && year > 1900) {
          const byMonth = when.precision !== "year";
          when.date = byMonth ? `${year}${when.date.slice(4, 7)}-01` : `${year}-01-01`;
          when.precision = byMonth ? "month" : "year";
          when.rule = "anniversary";
        }
      }
      // "since Russia's full-scale invasion of Ukraine in 2022": a happening every reader knows the day of, told by its
      // noun with its year at most, is of its day (src/read/known-happenings.ts); a time the sentence gives that is not
      // the happening's year is left as it is.
      const known =
        /^noun:/.test(e.rule ?? "") && e.start !== undefined && e.end !== undefined
          ? knownHappening(e.source, e.target, s.text.slice(e.start, e.end), s.text)
          : undefined;
      if (
        known &&
        (when.precision === "article" ||
          when.precision === "unknown" ||
          (when.precision === "year" && when.date?.slice(0, 4) === known.date.slice(0, 4)) ||
          (when.precision === "month" && when.date?.slice(0, 7) === known.date.slice(0, 7)))
      )
        Object.assign(when, {date: known.date, precision: known.precision, rule: "known-happening"});
      // A news story's day (src/read/dates-story.ts): an act told as done, in a sentence with no time of its own, after
      // a sentence that told the story's day within the two weeks before the page ("met … in Bangkok on Tuesday. The
      // ministers signed …"), is of that day, not of the page's; so is a plan made then, told by a past verb of planning
      // ("agreed to hold the next round in 2026"). Not an act told in the future or the present of a schedule.
      const story = stories[i];
      /** The act's plan was told by a past verb of planning ("agreed to hold the next round in 2026"). */
      const planTold = () => PLAN_TOLD.test(s.text.slice(0, e.end ?? e.start ?? 0));
      /**
       * The act is told as done in this sentence (or as a plan told in the past), not as a schedule, a future or a
       * habit: it may take another sentence's time (a story's day, a journey's).
       */
      const toldDone = () =>
        (e.modality !== "planned" || planTold()) &&
        !scheduled[i] &&
        // (the future told up to the act's word and the word after it: "plan to sign", not "a group, which is to meet")
        !FUTURE.test(
          s.text.slice(0, e.end ?? s.text.length) + (/^\s*\S+/.exec(s.text.slice(e.end ?? s.text.length))?.[0] ?? "")
        ) &&
        !HABITUAL.test(s.text) &&
        // (a state told in the present is of the page's time: "China remains Turkmenistan's dominant buyer")
        toldInPast(s.text);
      // (… and so is an act whose own time was set aside as still to come, the time of what it invites to or plans: "He
      // invited Sri Lankan companies to the Astana International Forum in May" after "met … on Tuesday")
      if (
        story &&
        when.precision === "article" &&
        (when.rule === undefined ||
          (when.rule === "not-after-article" && told?.ahead === true) ||
          (when.rule === "planned-for-later" && planTold())) &&
        toldDone()
      )
        Object.assign(when, {date: story.date, precision: story.precision, rule: "story-day"});
      // (dt33) "Tokayev said in June 2022 that … Astana then sent humanitarian aid to Ukraine", "discussed gas by telephone on
      // 5 September. The Kremlin said then that …", "… in March 2024. Dushanbe summoned the ambassador at the time": an act
      // told as done with "then" or "at the time" and no time of its own is of the time the paragraph told last, not of
      // the page's day.
      if (
        when.precision === "article" &&
        when.rule === undefined &&
        metadata.date !== undefined &&
        THEN_TIME.test(s.text) &&
        toldDone()
      ) {
        const para = article.body.lastIndexOf("\n\n", s.start - 1);
        for (let b = i - 1; b >= 0 && sentences[b]!.start > para; --b) {
          const d = dates[b];
          if (!d || d.precision === "article") continue;
          if (d.date <= metadata.date) Object.assign(when, {date: d.date, precision: d.precision, rule: "then-time"});
          break;
        }
      }
      // A journey's stop (src/read/dates-journey.ts): "The Foreign Secretary visited Astana and Tashkent in November
      // 2025. In Astana she signed …": an act between the traveller and the stop's state, told as done in a sentence
      // opening with the stop and naming no time of its own, is of the journey's time (the stop's), not of the page's
      // day nor of the story's. Another act at the same place ("In Astana, the ministry summoned the Russian
      // ambassador") keeps the page's.
      if (
        (when.precision === "article" || when.rule === "story-day") &&
        (when.rule === undefined || when.rule === "story-day" || (when.rule === "planned-for-later" && planTold())) &&
        toldDone()
      ) {
        const stop = e.start !== undefined ? journeyOf(i, e.start) : undefined;
        if (stop && (e.source === stop.code || e.target === stop.code)) {
          const other = e.source === stop.code ? e.target : e.source;
          const at = sentences[stop.sentence]!.start;
          // (the traveller: the one who travels in an act the journey's sentence was read as — a visit, a meeting —
          // whichever of its stops that act was read at: "visited Astana on 3 September and Tashkent on 5 September"
          // may be read as the visit to Astana alone)
          const traveller = events.some((j) => j.start === at && j.source === other && /^04/.test(j.code));
          if (traveller && other !== stop.code)
            Object.assign(when, {date: stop.date.date, precision: stop.date.precision, rule: "journey-stop"});
        }
      }
      // An occasion's sequel: "Prime Minister Sharif visited Tashkent in February, where …. The two sides also signed an
      // agreement on transit trade": an act told as done with no time of its own, right after a sentence of the same
      // paragraph whose meeting or visit between the same two sides (a CAMEO 04) was told with a month or a day of its
      // own before the page's, is of that occasion's time, not of the page's day: the pair's next act told without a
      // time goes on with the occasion told. Not another pair's act ("China signed …" after a visit to Tashkent), nor
      // after a sentence further back. (After a journey's stop, which tells its own.)
      if (
        when.precision === "article" &&
        when.rule === undefined &&
        metadata.date !== undefined &&
        i > 0 &&
        sentences[i - 1]!.start > article.body.lastIndexOf("\n\n", s.start - 1) &&
        toldDone()
      ) {
        const at = sentences[i - 1]!.start;
        const occasion = events.find(
          (j) =>
            j.start === at &&
            /^04/.test(j.code) &&
            j.modality !== "planned" &&
            (j.precision === "month" || j.precision === "day") &&
            j.date !== undefined &&
            j.date < metadata.date! &&
            ((j.source === e.source && j.target === e.target) || (j.source === e.target && j.target === e.source))
        );
        if (occasion)
          Object.assign(when, {date: occasion.date, precision: occasion.precision, rule: "occasion-sequel"});
      }
      if (!when.date) undated++;
      events.push({
        id: `${sourceId}:e${events.length + 1}`,
        sourceId,
        ...(when.date ? {date: when.date} : {}),
        precision: when.precision,
        ...(e.modality === "planned" ? {modality: "planned" as const} : {}),
        source: e.source,
        target: e.target,
        ...(e.sourceAgent ? {sourceAgent: e.sourceAgent} : {}),
        ...(e.targetAgent ? {targetAgent: e.targetAgent} : {}),
        code: e.code,
        goldstein,
        quad,
        ...((e.plover ?? info?.plover) ? {plover: (e.plover ?? info?.plover)!} : {}),
        sentence: s.text,
        start: s.start,
        end: s.end,
        rule: `${e.rule ?? "coder"}${when.rule ? ` date:${when.rule}` : ""}`
      });
    }
  });
  // "Kazakhstan and Turkmenistan have agreed to set up a zone, the minister said on Tuesday. The decision was reached
  // at the commission's meeting held in Ashgabat on 27 February.": the sentence after an agreement dates it.
  sentences.forEach((s, i) => {
    const own = dates[i];
    if (
      i === 0 ||
      !own ||
      own.precision === "article" ||
      own.rule === "same-occasion" ||
      !DECISION_REACHED.test(s.text)
    )
      return;
    const before = sentences[i - 1]!;
    for (const e of events) {
      if (e.start !== before.start || !/^0[3-5]/.test(e.code)) continue;
      if (e.date !== undefined && e.precision !== "article" && e.date <= own.date) continue;
      if (e.date === undefined) undated--;
      e.date = own.date;
      e.precision = own.precision;
      e.rule = `${(e.rule ?? "coder").replace(/ date:\S+$/, "")} date:decision-reached`;
    }
  });
  // An event dated by a month- or year-only article has the article's precision: its month or year, not a day.
  if (articlePrecision !== "day") for (const e of events) if (e.precision === "article") e.precision = articlePrecision;
  if (estimatedYear !== undefined && events.some((e) => e.rule?.includes("+estimated-year")))
    warnings.push({
      code: "estimated_year",
      message: `The article has no date: its month names and "this year" were read in ${estimatedYear}, the latest year its sentences date to the month (rule "+estimated-year"); pass --date to read them against the real date`,
      ...where
    });
  if (undated > 0) {
    warnings.push({
      code: "undated_events",
      message: metadata.date
        ? `Stored ${undated} event${undated === 1 ? "" : "s"} undated: their sentences give no date`
        : `Stored ${undated} event${undated === 1 ? "" : "s"} undated (of ${events.length}): the article has no date and their sentences give none, so they are in no time series: pass --date or a sidecar JSON`,
      ...where
    });
  }
  const year = metadata.date ? Number(metadata.date.slice(0, 4)) : undefined;
  const genre = detectGenre({
    interview: metadata.interview,
    ...(metadata.publisher ? {publisher: metadata.publisher} : {}),
    ...(metadata.author ? {author: metadata.author} : {}),
    paragraphs: article.paragraphs,
    voices,
    footer: article.footer,
    ...(article.title ? {title: article.title} : {})
  });
  metadata.genre = genre;
  if (genre === "analysis") writerResumes(voices, metadata.author);
  const stances = extractStances(sentences, voices, mentionsBySentence, {sourceId});
  // An unsigned editorial ("EDITORIAL: …" over no byline) speaks for the publication: its narration's claims are the
  // paper's editorial view, "Taipei Ledger (editorial)", not an unknown writer's.
  const editorial =
    !metadata.author && metadata.publisher && argueRubric(article.title) === "editorial"
      ? `${metadata.publisher} (editorial)`
      : undefined;
  const claimed = readClaims(sentences, voices, mentionsBySentence, {
    sourceId,
    body: article.body,
    genre,
    ...(editorial ? {unknownAuthor: editorial} : {}),
    experts: metadata.experts.map((e) => e.name),
    sideOf: actorOf,
    ...(year ? {year} : {})
  });
  const claims = claimed.claims;
  // An interviewee who holds an office of government ("Foreign Minister") answered as an official, not as an expert:
  // the voices and claims above needed the interviewee; the metadata's experts are those heard for their expertise.
  metadata.experts = metadata.experts.filter((e) => !isServingOfficial(e.role));
  // What a bare "$" stands for: the page's own state's dollar, when it counts in dollars (src/read/figures.ts).
  const dollar = pageDollar(home?.kind === "state" ? home.code : undefined, article.body, (code) =>
    mentionsBySentence.reduce((n, ms) => n + ms.filter((m) => m.code === code).length, 0)
  );
  // What "¥" stands for: the yen, or the yuan on a Chinese page or one that writes the yuan in words.
  const yen = pageYen(home?.kind === "state" ? home.code : undefined, article.body);
  // What a bare "Sh" stands for: the page's own state's shilling (Kenya's when its home has none).
  const shilling = pageShilling(home?.kind === "state" ? home.code : undefined);
  const figures = readFigures(sentences, mentionsBySentence, {
    sourceId,
    ...(metadata.date ? {articleDate: metadata.date} : {}),
    ...(dollar ? {dollar} : {}),
    ...(yen ? {yen} : {}),
    ...(shilling ? {shilling} : {}),
    ...(home?.kind === "state" ? {home: home.code} : {})
  });
  // Each sentence's events, first claim and figures, gathered in one pass over each list (in their order).
  const byStart = <T>(list: readonly T[], start: (x: T) => number | undefined) => {
    const m = new Map<number, T[]>();
    for (const x of list) {
      const k = start(x);
      if (k === undefined) continue;
      const l = m.get(k);
      if (l) l.push(x);
      else m.set(k, [x]);
    }
    return m;
  };
  const eventsAt = byStart(events, (e) => e.start);
  const claimsAt = byStart(claims, (c) => c.start);
  const figuresAt = byStart(figures, (f) => f.sentenceStart);
  // (Each reading made with the same fields in the same order, absent ones undefined: one object shape for
  // explainSentence to read.)
  const why = sentences.map((s, i) => {
    const ms = mentionsBySentence[i];
    const at = eventsAt.get(s.start);
    return explainSentence({
      voice: voices[i] || undefined,
      coded: codedSentence[i] ?? false,
      actors: ms === undefined || ms.length < 2 ? (ms?.length ?? 0) : new Set(ms.map((m) => m.code)).size,
      events: at ? at.filter((e) => e.end === s.end) : [],
      dropped: coderDropped[i] || undefined,
      claim: claimsAt.get(s.start)?.[0] || undefined,
      noClaim: claimed.reasons[i] || undefined,
      figures: figuresAt.get(s.start) ?? []
    });
  });
  sentences.forEach((s, i) => (s.why = why[i]));
  return ok(
    {
      body: article.body,
      paragraphs: article.paragraphs,
      dropped: article.dropped,
      metadata,
      sentences,
      voices,
      dates,
      mentions,
      events,
      stances,
      claims,
      figures,
      why,
      warnings
    },
    warnings
  );
}

/** A sentence's date taken from the occasion its words `pointer` name ("during the talks"), as the rule "same-occasion". */
function sameOccasion(told: ResolvedDate, pointer: RegExpExecArray): ResolvedDate {
  return {
    ...told,
    text: pointer[0],
    start: pointer.index,
    end: pointer.index + pointer[0].length,
    rule: "same-occasion"
  };
}

/** Words of a time still to come, seen from the page, as src/read/dates.ts reads them: "next month", "later this year". */
const FORWARD_TIME = /^(?:next|later\s+this)\b/i;

/**
 * Whether a date told in an event's own sentence points forward from the page: "next month", "next Monday", "later
 * this year", "tomorrow", "in the coming weeks". Not a date read from another sentence (same occasion, pointed back),
 * nor a calendar date after the page's (a past verb's "on January 27" read into the wrong year is a dating slip, not
 * a plan; "agreed to begin surveys in 2026" dates the plan's content: see "not-after-article" in readDocument).
 */
export function stillToCome(told: ResolvedDate | undefined): boolean {
  if (told?.start === undefined || told.precision === "article") return false;
  if (/^(same-occasion|pointed-back|chronology-entry|article-date)/.test(told.rule)) return false;
  return FORWARD_TIME.test((told.text ?? "").trim());
}

/**
 * The date an event is stored with. A sentence's own date is the event's, except for a planned act: "will
 * visit Beijing in 2026" is an intent stated when the article was written, so a future date gives way to the
 * article's. Without either, the event is undated (precision "unknown"). A month- or year-only article's date is the
 * first day of its period: an act planned in it is still to come only after the period's end (the reader gives an
 * event it dates by such an article the article's precision, never a day).
 */
export function eventDate(
  resolved: ResolvedDate | undefined,
  modality: CoderEvent["modality"],
  articleDate: string | undefined,
  articlePrecision: PeriodPrecision = "day",
  verbEnd?: number
): {date?: string; precision: DatePrecision; rule?: string} {
  // The last day the article may have been written on: a month-only article's future begins after its month.
  const articleEnd = articleDate === undefined ? undefined : periodEnd(articleDate, articlePrecision);
  // A planned act's yearless month or day ("invited X to visit in May", "will travel on 3 June") is the next such
  // month, not the last: the year was read backwards from the article, so the act is dated by the article too.
  const yearless = resolved !== undefined && YEARLESS_RULES.has(resolved.rule.replace(/\+estimated-year$/, ""));
  // "agreed to launch a dialogue in the second half of 2026" (told in 2026): the plan's year, said after its verb, is
  // its own time to come; "In 2026, X and Y agreed to …" (before the verb) dates the agreement itself.
  const thisYear =
    resolved !== undefined &&
    resolved.precision === "year" &&
    !(verbEnd !== undefined && resolved.start !== undefined && resolved.start < verbEnd) &&
    articleDate !== undefined &&
    resolved.date.slice(0, 4) === articleDate.slice(0, 4);
  if (resolved && !(modality === "planned" && articleEnd && (resolved.date > articleEnd || yearless || thisYear)))
    return {
      date: resolved.date,
      precision: resolved.precision,
      ...(resolved.precision !== "article" ? {rule: resolved.rule} : {})
    };
  if (articleDate && isIsoDate(articleDate))
    return {date: articleDate, precision: "article", ...(resolved ? {rule: "planned-for-later"} : {})};
  return {precision: "unknown", rule: "undated"};
}

/**
 * Whether the date at `at` is told by a relative or reduced relative clause of its own, not holding the act's word at
 * `from`: "discussed the outcomes of the summit, held in Samarkand last week" (the summit's date). Not when the clause's
 * noun is the act's setting — "met X at the summit held in Astana on 4 July", "during a visit that began on …", "on the
 * sidelines of the forum held …" (the act happened there and then: review K2) — nor when the clause is a participle
 * of a property ("a contract valued at $2 billion on 4 July", "a deal aimed at …"): it tells no happening to date.
 */
function ownClause(clauses: readonly Clause[], text: string, at: number, from: number): boolean {
  const c = clauseApart(clauses, at, from, ["relative", "reduced", "complement"]);
  if (!c) return false;
  // (the gerund a verb of judging takes tells the judged one's act and its time: "thanked X on Monday for lifting the
  // ban in March" dates the thanks Monday, the lifting March)
  if (c.kind === "complement") return true;
  // (an occasion, bounded in time, not a place: "at the presidential office in Seoul, where X arrived Wednesday"
  // dates the arrival, not the talks)
  const occasion = (c.nouns ?? []).some((w) => OCCASION.test(w));
  if (
    occasion &&
    ((c.leads ?? []).some((w) => SETTING_LEAD.test(w)) || (c.leadsOf ?? []).some((w) => SETTING_OF.test(w)))
  )
    return false;
  if (c.lead === "ON" && OCCASION_ON.test(c.noun ?? "")) return false;
  if (
    c.kind === "reduced" &&
    PROPERTY_PARTICIPLE.test(text.slice(c.start, c.end).split(/[\s,]/)[0]?.toUpperCase() ?? "")
  )
    return false;
  return true;
}

/**
 * "after the attack" before a comma, a capitalised word or the sentence's end: a happening named by a definite noun
 * (up to two modifiers before its head, which is at least four letters), not a clause.
 */
const AFTER_HAPPENING = /^after\s+the\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]{3,})(?=\s*[,.;]|\s+\p{Lu})/u;
/**
 * Whether the date at `at`, before the act's word at `from`, is told by a relative or reduced relative clause set off
 * by commas between them ("X, which signed … in June 2023, agreed …"; not a clause the finder ran on into the act's
 * own, "Note that earlier this month X received …, and in April he paid a visit"), as {@link ownClause} reads it.
 */
function asideBefore(clauses: readonly Clause[], text: string, at: number, from: number): boolean {
  const c = clauseApart(clauses, at, from, ["relative", "reduced"]);
  return (
    c?.start !== undefined &&
    c.end !== undefined &&
    c.end <= from &&
    /,\s*$/.test(text.slice(0, c.start)) &&
    /^\s*,/.test(text.slice(c.end, from)) &&
    ownClause(clauses, text, at, from)
  );
}

/** What opens a clause of its own inside an "after" clause: the span of time before "after" does not reach past it. */
const SPAN_CLAUSE_BREAK = /[;–—]|,\s*(?:and|but|as|while|whereas|which|who|where|when|though|although|yet)\b/i;
/** Prepositions whose noun is where and when an act took place ("at the summit", "during the visit", "amid talks"). */
const SETTING_LEAD = words(/^(AT|DURING|AMID|AMIDST|THROUGHOUT)$/);
/**
 * Occasions, bounded in time, an act can be set at (a lexicon of English nouns of gatherings, visits and ceremonies).
 */
const OCCASION = words(
  /^(SUMMIT|SUMMITS|MEETING|MEETINGS|CONFERENCE|CONFERENCES|FORUM|FORUMS|CEREMONY|CEREMONIES|VISIT|VISITS|TOUR|TRIP|TALKS|SESSION|SESSIONS|CONGRESS|CONSULTATIONS|NEGOTIATIONS|CONVENTION|ASSEMBLY|ROUND|RECEPTION|DINNER|BANQUET|LUNCH|BREAKFAST|BRIEFING|EXHIBITION|EXPO|FAIR|FESTIVAL|GAMES|PARADE|CELEBRATIONS|COMMEMORATION|FUNERAL|INAUGURATION|OPENING|LAUNCH|EXERCISES|DRILLS|DIALOGUE|PLENARY|CONCLAVE|GATHERING|EVENT)$/
);
/** "on the sidelines of", "on the margins of", "in the course of": the noun after "of" is the act's setting. */
const SETTING_OF = words(/^(SIDELINES|SIDELINE|MARGINS|MARGIN|COURSE)$/);
/** "on a visit that began …", "on a tour held …": "on" sets an act only on a journey. */
const OCCASION_ON = words(/^(VISIT|VISITS|TOUR|TOURS|TRIP|TRIPS|MISSION|JOURNEY)$/);
/**
 * Participles that tell a property, not a happening (English stative participles: what a thing is worth, aims at,
 * rests on, is called or made of).
 */
const PROPERTY_PARTICIPLE = words(
  /^(VALUED|WORTH|PRICED|ESTIMATED|AIMED|DESIGNED|INTENDED|MEANT|BASED|FOCUSED|FOCUSSED|TARGETED|GEARED|TAILORED|DEDICATED|DEVOTED|LOCATED|SITUATED|KNOWN|CALLED|NAMED|ENTITLED|TITLED|COMPOSED|LINKED|RELATED|CONNECTED|ASSOCIATED|CONCERNED|EQUIPPED|OWNED|CONTROLLED)$/
);

/**
 * The words before a date that make it a noun's: a participle after a noun ("an agreement signed in", "the treaty
 * concluded on", past its partner or place: "the one signed with X in", "the accord reached at the summit in") or a
 * period ("for", "for the period of").
 */
const NOUN_DATE =
  /(?:\b[a-z]+\s+(?:signed|concluded|adopted|ratified|established|founded|launched|reached|agreed|built|created|set\s+up|opened)\s+(?:(?:with|by|between|among|at)\s+[^,;]{1,40}?\s+)?(?:in|on|back\s+in)?\s*|\bfor\s+(?:the\s+(?:period|years)\s+(?:of\s+)?)?)$/i;

/** A period a noun is for, right before its time: "a roadmap for 2025-2027", "for the period of 2023-2024". */
const PERIOD_FOR = /\b[a-z]{3,}\s+(?:[a-z]+\s+){0,4}?for\s+(?:the\s+(?:period|years)\s+(?:of\s+)?)?$/i;

/**
 * A clause of its own after the act: a semicolon, or a comma and a conjunction of contrast ("…, but similar pledges in
 * 2018 delivered …", "…, while Y signed in May …"), that a time after it belongs to.
 */
const COORDINATE_AFTER = /;|,\s*(?:but|while|whereas|yet|though|although)\s/i;

/**
 * A "since" clause with a finite verb of its own running on to a date ("… their first meeting since relations soured
 * over the crash of an airliner in "): the date is the clause's. A bare noun after "since" ("for the first time since
 * the pandemic on 3 April") ends the phrase: a date after it is the act's (review H1).
 */
const SINCE_CLAUSE =
  /\bsince\s+(?:[^,;]*\s)?(?:[a-z]{3,}ed|came|went|began|fell|broke|took|met|rose|grew|won|lost|left|became|split|froze|sank)\s[^,;]*$/i;

/**
 * A noun then its past participle, with no comma before a date ("… for the aid sent after the floods in the region ",
 * "… the teams deployed to the border "): the date is the participle's phrase's. Not after an auxiliary ("has sent",
 * "was delivered": the clause's own verb).
 */
const REDUCED_RELATIVE_DATE =
  /\b(?!(?:has|have|had|was|were|is|are|be|been|being|it|they|he|she|we|who|which|that)\s)[a-z]{3,}\s+(?:sent|delivered|provided|given|granted|donated|shipped|allocated|deployed|dispatched|supplied|pledged|promised)\b[^,;]*$/i;

/**
 * "the first anniversary of", "the 30th anniversary of", "the twenty-fifth anniversary of" right before a happening's
 * noun (its number of years). No ordinal inside a hyphenated compound: "twenty-fifth" is 25, never "fifth".
 */
const ANNIVERSARY = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(${ORDINAL_WORD}|\d{1,3})(?:st|nd|rd|th)?\s+anniversary\s+of\s+[^,;.]*$`,
  "iu"
);
/**
 * A past act right after a pair pointer ("The leaders agreed …", "the two sides then signed …"); not a perfect, a
 * future or a plan ("have agreed", "will sign", "are to meet": told at the article's time).
 */
const PAST_AFTER_POINTER =
  /^\s+(?:(?:also|then|later|jointly|subsequently|further)\s+)?(?:[a-z]+ed|met|held|made|took|gave|sent|began|spoke|led|went|came|flew|paid|set|won|sought)\b/;
/**
 * A wire's bare weekday right after a verb and before the verb's complement ("agreed Thursday to expand", "arrived
 * Wednesday for a visit", "met Tuesday with"): news-agency English for "on Thursday". The coder reads the sentence
 * with it blanked (the sentence's date is read from the text as written); "on/last/next/by … Thursday" is left.
 */
const WIRE_WEEKDAY = new RegExp(String.raw`\b([a-z]{2,})\s+${WIRE_WEEKDAY_TAIL}`, "g");
/** Words before a weekday that make it a date phrase of its own ("on Thursday", "through Sunday"), not a wire's adverb. */
const NOT_WIRE_VERB = new RegExp(String.raw`^${NOT_WIRE_VERB_WORDS}$`);
/**
 * A relative clause telling that the occasion it follows is still to come: ", which Seoul plans to host in November,",
 * ", which is expected to be held in May". The clause's verb must be the occasion's own (host, hold, convene, be held):
 * ", which Ankara plans to repeat next year" tells nothing of whether the visit before it took place.
 */
const STILL_TO_COME_CLAUSE = new RegExp(
  String.raw`^,\s+(?:which|that)\s+(?:` +
    // ", which is scheduled for May", ", which will be held in Bishkek", ", which is to take place next year"
    String.raw`(?:is|are|will)\s+(?:(?:now|also)\s+)?(?:(?:be\s+)?(?:expected|scheduled|planned|due|set)\s+(?:for|in|on|next)\b|(?:(?:expected|scheduled|planned|due|set)\s+)?(?:to\s+)?(?:be\s+held|take\s+place))` +
    // ", which Seoul plans to host", ", that Astana will convene"
    String.raw`|(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}(?:plans?|intends?|is\s+to|are\s+to|will|(?:is|are)\s+(?:due|set|expected)\s+to|hopes?)\s+(?:to\s+)?(?:host|hold|convene|organi[sz]e|stage))\b`,
  "u"
);
/** A person's name of two to four capitalised words ("Kassym-Jomart Tokayev"). */
/** The kinds of dropped line that name a page's publisher: its masthead, tagline, credit, header and copyright lines. */
/** The C5+1's code: the five Central Asian states and the United States. */
const C5_PLUS_ONE = "C5+1";
/** Whether an event's sides are the United States and the C5+1 format it is the "+1" of. */
function formatPair(source: string | null | undefined, target: string | null | undefined): boolean {
  return (source === "USA" && target === C5_PLUS_ONE) || (source === C5_PLUS_ONE && target === "USA");
}
/** A relative clause set off by commas after a person: ", who is on a two-day visit to Uzbekistan,". */
const RELATIVE_ASIDE = /^,\s+(?:who|whose)\s[^,;:.!?"“”]{1,120},/;
const PUBLISHER_LINE = words(/^(?:masthead|tagline|header|byline|disclaimer|footer)$/);
/** The page's head lines as the article dropped them: where a speaker's name and office stand. */
const HEAD_LINE = words(/^(?:masthead|tagline|header|byline|title)$/);
const PERSON_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$/u;
/**
 * A head of state's title right before a name: "President ", "President of Kazakhstan ", "Head of State ",
 * "Kazakhstan's President ".
 */
const HEAD_TITLE_BEFORE =
  /(?:\bPresident(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})?|\bHead\s+of\s+State|\p{Lu}[\p{L}-]+['’]s\s+President)\s+$/u;
/** An office named without its state: "The Head of State welcomed …", "the President noted …". */
/** A title that names a record of statements: a transcript's turns are its speakers' own words. */
const RECORD_TITLE =
  /\b(?:press\s+statements?|statements?\s+(?:for|to)\s+the\s+press|transcript|press\s+conference|joint\s+press|news\s+conference|remarks|briefing|press\s+point)\b/i;
/** A speaker's role that is an office of state: their "I" acts for the state. */
const OFFICE_ROLE =
  /\b(?:President|Prime Minister|Minister|Chancellor|Premier|King|Emir|Secretary|Commissioner|Ambassador|Head of State|Foreign Minister|Spokes(?:man|woman|person))\b/;

/** What may open a sentence before its subject: nothing, or a short phrase closed by a comma ("Later that day, "). */
const OPENING_BEFORE_SUBJECT = /^(?:[^,.;:"“]{0,40},\s*)?$/;
const HEAD_OF_STATE = cue(/\b(?:[Tt]he\s+Head\s+of\s+State|[Tt]he\s+President)\b(?!\s+of\b)/);
/** A past perfect: "had met", "had already signed", "had flown". */
const PLUPERFECT =
  /\bhad\s+(?:(?:also|already|just|previously|earlier|twice|once)\s+)?(?:met|held|flown|gone|made|paid|signed|sent|spoken|taken|given|[a-z]+ed)\b/;
/**
 * A cue that a past perfect tells part of an occasion told before rather than background: "had met Putin on the
 * sidelines in Kazan", "had held talks during the visit", "had signed it at the summit in Samarkand".
 */
const ONE_OCCASION =
  /\b(?:on\s+the\s+(?:sidelines|margins)|during\s+(?:the|that|this|his|her|their)\s+(?:visit|trip|stay|summit|forum|talks|meeting|tour)|at\s+(?:the|that|this)\s+(?:summit|forum|meeting|talks|ceremony))\b/i;
/** A place named after "in" (a capitalised name; not a month). */
const PLACE_IN =
  /\bin\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|The|A|An)\b)(\p{Lu}[\p{L}-]{2,})/gu;
/** A time that points to the sentence before: "later that month", "the same year", "that same month". */
const THAT_TIME = /\b(?:(?:later|earlier)\s+that|that\s+same|the\s+same|in\s+that)\s+(?:month|year)\b/i;

/** A sentence opening on the occasion told just before: "Following the meeting,", "During the talks,", "At the summit,". */
const SAME_OCCASION =
  /^\s*(?:(?:(?:a\s+few|several|two|three|some)\s+(?:days|hours)\s+after|following|after|during|at|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of)\s+(?:the|this|that)\s+(?:meeting|meetings|talks|visit|summit|negotiations|conversation|call|session|forum|ceremony|trip|consultations)\b|on\s+the\s+(?:sidelines|margins)(?=\s*,))/i;

/**
 * Nouns of an occasion a later sentence may point back to ("Following the meeting, …"). A call is one by telephone or
 * with someone ("a phone call", "the call with X"), not an appeal ("renewed his call on X to …").
 */
const OCCASION_NOUN =
  /\b(?:meeting|meetings|talks|visit|summit|negotiations|session|forum|conversation|(?:phone|telephone|video)\s+call|call\s+with|consultations|commission|council)\b/i;
/** An occasion pointed to inside a sentence: "during the summit", "on the sidelines of the forum", "at the talks". */
const INNER_OCCASION = cue(
  /\b(?:during|at|on\s+the\s+(?:sidelines|margins)\s+of|in\s+the\s+course\s+of)\s+(?:the|this|that)\s+(summit|meeting|talks|visit|forum|session|consultations|negotiations|conference)\b/i
);
/** The occasion a pointer to "the summit" or "the forum" needs named before: a summit or a forum. */
const SUMMIT_NOUN = /\b(?:summit|summits|forum)\b/i;
/** A sentence telling what is to come: an occasion it points to may lie after the page's date. */
const FUTURE = /\b(?:will|shall|is\s+to|are\s+to|plans?\s+to|is\s+due|are\s+due|is\s+expected|are\s+expected)\b/i;

/** A day within about three months of the article's date (or an undated article): an occasion the news tells. */
function nearArticle(day: string, article: string | undefined): boolean {
  if (!article) return true;
  const gap = Date.parse(article.slice(0, 10)) - Date.parse(day.slice(0, 10));
  return Number.isNaN(gap) || Math.abs(gap) <= 92 * 86_400_000;
}

/** The words before a time that opens a sentence: "", "On ", "Last ", "In ", "Early ", "(" … */
const OPENING_TIME = /^\W*(?:(?:on|in|last|early|late|earlier|this|by)\s+)?$/i;

/**
 * "then" or "at the time" as an adverb of time pointing back to the time told before ("Astana then sent aid", "said then
 * that", "summoned the ambassador at the time"); not "then-President", "since then", "until then", "by then", "at the
 * time of the attack".
 */
const THEN_TIME =
  /(?<!\b(?:since|until|till|by|from|than|even|only|just|right)\s)\bthen\b(?![-–])|\bat (?:that|the) time\b(?!\s+of\b)/i;

/** A past verb that makes a plan ("agreed to", "promised to"): a date before it is when the plan was made. */
const PLAN_MADE =
  /\b(?:agreed|decided|promised|pledged|offered|vowed|planned|announced|resolved|committed|undertook)\b/i;

/** An adverb of an act done again and again, over no one day: "has repeatedly called for", "has long sought". */
const HABITUAL =
  /\b(?:repeatedly|often|always|never|regularly|frequently|routinely|consistently|traditionally|(?:has|have|had)\s+long)\b/i;

/**
 * What stands between a plan and the day it was reported on, when the report follows the plan: a comma, the reporter,
 * a past verb of saying ("…, the ministry said on Wednesday", "…, Kamikawa told reporters on Tuesday").
 */
const REPORTED_ON =
  /,\s*(?:[^,;.]{1,80}?\s)?(?:said|announced|stated|confirmed|reported|told\s+[^,;.]{1,40}?)\s+(?:on\s+)?$/i;

/** A past verb that made a plan or asked for an act, told as done ("agreed to", "invited … to"): see "story-day". */
const PLAN_TOLD =
  /\b(?:agreed|decided|promised|pledged|offered|vowed|resolved|committed|undertook|invited|proposed|asked|urged|called)\b/i;

/** A sentence telling when and where the agreement just told was reached: "The decision was reached at …". */
const DECISION_REACHED =
  /^(?:The|This|That|These|Those)\s+(?:decisions?|agreements?|deals?|accords?|understandings?|arrangements?|documents?)\s+(?:was|were|had\s+been)\s+(?:reached|made|taken|struck|agreed|agreed\s+upon|signed|adopted)\b/;
/** Of those, the rules of a month or a day of the month (not a weekday's, which is within the page's week). */
const YEARLESS_MONTH_RULES = new Set(["in-month", "month-day", "day-month", "this-month-name"]);
/**
 * A verb of the act intended, or a clause of its time, between an intent's verb and a date: "to take part", "to
 * launch", "before it hosts", "when X travels". "to Rome", "to the forum" are places, no act.
 */
const AHEAD_LINK = /\bto\s+(?!(?:the|a|an|its|his|her|their)\b)[a-z]{2,}\b|\b(?:before|when|until|once)\b/;
/** Date rules that read a month or day without a year in the latest such month before the article. */
const YEARLESS_RULES = new Set(["in-month", "month-day", "day-month", "this-month-name", "weekday", "wire-weekday"]);

/** After a speaker's name (sticky, {@link literalMatch}): ", an analyst at …" (group 1: the apposition's words). */
const APPOSITION_AFTER = /,\s+(?:(?:an?|the)\s+)?([^,.;"”»]{3,80})/y;
/**
 * After a speaker's name: " of the Almaty-based Institute …" (group 1: the body's name). ("X at the … University said"
 * is where X speaks as often as where X works: "of" and "from" only, and the body's name only, never the words after it.)
 */
const OF_AFTER =
  /\s+(?:of|from)\s+(the\s+\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|for|and|on|in|the)\s+)*\p{Lu}[\p{L}'’.&-]*){0,8})/uy;

function isAliasList(a: readonly ActorAlias[] | Gazetteer): a is readonly ActorAlias[] {
  return Array.isArray(a);
}
