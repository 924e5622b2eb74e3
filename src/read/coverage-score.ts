/**
 * The construction-coverage matrix's scoring (docs/coverage.md): given a generated item (src/read/coverage.ts)
 * and the reader's reading of its article, whether each expected event was read strictly (score_reader.py's
 * definition, as src/read/document-eval.ts ports it: the dyad, the CAMEO root, the year-month), whether any
 * event came from its sentence (lenient), and which events of the reading match nothing expected (false
 * events); then the tables by construction, act, class, actor form and date form. Pure.
 *
 * @module
 */
import {quoteOverlap, scoreDocuments, type GoldDocument, type ReadingForEval} from "./document-eval.js";
import type {CoverageItem, ExpectedEvent} from "./coverage.js";

type ReadEvent = ReadingForEval["events"][number];

/** What the reader made of one expected event. */
export interface ExpectedOutcome {
  expected: ExpectedEvent;
  /** The act of the item (not a second event such as the talks of "after talks with"). */
  main: boolean;
  strict: boolean;
  lenient: boolean;
  /**
   * When not strict: the fewest of "source", "target", "code", "date" that, relaxed, let an event of the
   * sentence match; "event" when no event came from the sentence.
   */
  lost: string[];
}

/** The outcome of one item. */
export interface ItemScore {
  item: CoverageItem;
  outcomes: ExpectedOutcome[];
  /** Events of the reading that match no expected event. */
  falseEvents: number;
  /** The reading's events, as "KAZ>UZB 057 2024-05". */
  produced: string[];
}

const goldOf = (e: ExpectedEvent, relax: ReadonlySet<string> = new Set()): GoldDocument["events"][number] => ({
  source: relax.has("source") ? null : e.source,
  target: relax.has("target") ? null : e.target,
  cameo_root: e.root,
  date: relax.has("date") ? null : e.date,
  mutual: e.mutual,
  quote: e.quote,
  ...(e.others && !relax.has("target") ? {other_targets: e.others} : {})
});

/** Whether one event of the reading matches `e` strictly (fields in `relax` not compared). */
export function matches(e: ExpectedEvent, event: ReadEvent, relax: ReadonlySet<string> = new Set()): boolean {
  const ev = relax.has("code") ? {...event, code: e.root} : event;
  const gold: GoldDocument = {file: "x", metadata: {}, actors: [], events: [goldOf(e, relax)], claims: []};
  const reading: ReadingForEval = {source: {}, sentences: [], events: [ev], claims: [], mentions: []};
  return scoreDocuments([gold], {x: ""}, {x: reading}).events.strict.hit > 0;
}

const FIELDS = ["source", "target", "code", "date"] as const;

/** Every subset of the fields, smallest first. */
const RELAXATIONS: string[][] = (() => {
  const out: string[][] = [];
  for (let mask = 1; mask < 1 << FIELDS.length; mask++) out.push(FIELDS.filter((_, i) => mask & (1 << i)));
  return out.sort((a, b) => a.length - b.length);
})();

/** A reading's event as the report shows it. */
export const eventLabel = (e: ReadEvent) =>
  `${e.source}>${e.target} ${e.code}${e.date ? ` ${e.date.slice(0, 7)}` : ""}`;

/** Scores one item against the reading of its article. */
export function scoreItem(item: CoverageItem, reading: ReadingForEval | undefined): ItemScore {
  const events = reading?.events ?? [];
  const outcomes = item.expected.map((expected): ExpectedOutcome => {
    const strict = events.some((e) => matches(expected, e));
    const fromSentence = events.filter((e) => quoteOverlap(expected.quote, e.sentence ?? "") >= 0.5);
    let lost: string[] = [];
    if (!strict) {
      lost = ["event"];
      if (fromSentence.length)
        for (const r of RELAXATIONS)
          if (fromSentence.some((e) => matches(expected, e, new Set(r)))) {
            lost = r;
            break;
          }
    }
    return {expected, main: expected.act === item.act, strict, lenient: fromSentence.length > 0, lost};
  });
  const falseEvents = events.filter((e) => !item.expected.some((x) => matches(x, e))).length;
  return {item, outcomes, falseEvents, produced: events.map(eventLabel)};
}

/** A row of a table: the main expected events of the items in it. */
export interface CoverageRow {
  key: string;
  items: number;
  sentences: number;
  /** Main expected events. */
  n: number;
  strict: number;
  lenient: number;
  /** Second events (the talks of "after talks with", the travel of a purpose clause). */
  secondN: number;
  secondStrict: number;
  falseEvents: number;
  /** What the misses lost, by field. */
  lost: Record<string, number>;
}

/** The entry of `map` at `k`, made and added when missing. */
function entry<T>(map: Map<string, T>, k: string, make: () => T): T {
  const got = map.get(k);
  if (got) return got;
  const made = make();
  map.set(k, made);
  return made;
}

/** Groups the scored items by `key` (an item may belong to one group) and sums each group. */
export function coverageRows(scores: readonly ItemScore[], key: (s: ItemScore) => string): CoverageRow[] {
  const rows = new Map<string, CoverageRow>();
  for (const s of scores) {
    const k = key(s);
    const r = entry(rows, k, () => ({
      key: k,
      items: 0,
      sentences: 0,
      n: 0,
      strict: 0,
      lenient: 0,
      secondN: 0,
      secondStrict: 0,
      falseEvents: 0,
      lost: {} as Record<string, number>
    }));
    r.items++;
    r.sentences += s.item.sentences.length;
    r.falseEvents += s.falseEvents;
    for (const o of s.outcomes) {
      if (!o.main) {
        r.secondN++;
        if (o.strict) r.secondStrict++;
        continue;
      }
      r.n++;
      if (o.strict) r.strict++;
      if (o.lenient) r.lenient++;
      for (const l of o.lost) r.lost[l] = (r.lost[l] ?? 0) + 1;
    }
  }
  return [...rows.values()];
}

/** A share as a whole percentage, or "—" for none. */
export const percent = (hit: number, of: number) => (of ? `${Math.round((100 * hit) / of)}%` : "—");

/** How the items of two runs (the same generator: items matched by id) differ. */
export interface CoverageComparison {
  /** Expected events strict in the baseline and not now, and the reverse. */
  lost: {then: ItemScore; now: ItemScore}[];
  gained: {then: ItemScore; now: ItemScore}[];
  /** Items whose false events rose or fell. */
  moreFalse: {then: ItemScore; now: ItemScore}[];
  fewerFalse: {then: ItemScore; now: ItemScore}[];
  /** Items in one run only (another generator, seed or selection). */
  unmatched: number;
}

/** Compares a run with a baseline run's items, matched by id. */
export function compareCoverage(baseline: readonly ItemScore[], now: readonly ItemScore[]): CoverageComparison {
  const then = new Map(baseline.map((s) => [s.item.id, s]));
  const out: CoverageComparison = {lost: [], gained: [], moreFalse: [], fewerFalse: [], unmatched: 0};
  let matched = 0;
  for (const s of now) {
    const t = then.get(s.item.id);
    if (!t || t.item.sentences.join(" ") !== s.item.sentences.join(" ")) continue;
    matched++;
    const strict = (x: ItemScore) => x.outcomes.filter((o) => o.strict).length;
    if (strict(s) < strict(t)) out.lost.push({then: t, now: s});
    if (strict(s) > strict(t)) out.gained.push({then: t, now: s});
    if (s.falseEvents > t.falseEvents) out.moreFalse.push({then: t, now: s});
    if (s.falseEvents < t.falseEvents) out.fewerFalse.push({then: t, now: s});
  }
  out.unmatched = baseline.length + now.length - 2 * matched;
  return out;
}

/** What a context of real prose costs: the embedded copies against their plain items (the same items, paired). */
export interface RealismRow {
  context: string;
  /** Pairs of a plain item and its embedded copy. */
  items: number;
  /** The plain items' expected events (main) and those read strictly, plain and embedded. */
  n: number;
  strictPlain: number;
  strictEmbedded: number;
  lenientPlain: number;
  lenientEmbedded: number;
  /** Main events read plain and lost embedded, and the reverse. */
  broken: number;
  mended: number;
  /** False events and sentences, plain and embedded. */
  falsePlain: number;
  falseEmbedded: number;
  sentencesPlain: number;
  sentencesEmbedded: number;
  /** The second act of the "second-act" context: expected and read. */
  secondN: number;
  secondStrict: number;
}

/** Pairs each embedded copy with its plain item (its id before "~") and sums the pairs by `key` (default the context). */
export function realismRows(
  scores: readonly ItemScore[],
  key: (s: ItemScore) => string = (s) => s.item.context!
): RealismRow[] {
  const plain = new Map(scores.filter((s) => !s.item.context).map((s) => [s.item.id, s]));
  const rows = new Map<string, RealismRow>();
  for (const e of scores) {
    if (!e.item.context) continue;
    const p = plain.get(e.item.id.slice(0, e.item.id.lastIndexOf("~")));
    if (!p) continue;
    const k = key(e);
    const r = entry(rows, k, () => ({
      context: k,
      items: 0,
      n: 0,
      strictPlain: 0,
      strictEmbedded: 0,
      lenientPlain: 0,
      lenientEmbedded: 0,
      broken: 0,
      mended: 0,
      falsePlain: 0,
      falseEmbedded: 0,
      sentencesPlain: 0,
      sentencesEmbedded: 0,
      secondN: 0,
      secondStrict: 0
    }));
    r.items++;
    r.falsePlain += p.falseEvents;
    r.falseEmbedded += e.falseEvents;
    r.sentencesPlain += p.item.sentences.length;
    r.sentencesEmbedded += e.item.sentences.length;
    p.outcomes.forEach((o, i) => {
      if (!o.main) return;
      const oe = e.outcomes[i]!;
      r.n++;
      if (o.strict) r.strictPlain++;
      if (oe.strict) r.strictEmbedded++;
      if (o.lenient) r.lenientPlain++;
      if (oe.lenient) r.lenientEmbedded++;
      if (o.strict && !oe.strict) r.broken++;
      if (!o.strict && oe.strict) r.mended++;
    });
    for (const o of e.outcomes.slice(p.outcomes.length)) {
      r.secondN++;
      if (o.strict) r.secondStrict++;
    }
  }
  return [...rows.values()];
}
