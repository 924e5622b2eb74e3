/**
 * The paraphrase-robustness harness's pure part. Given a gold document and the reader's reading of it:
 * which gold events and claims the reader gets right at their own sentence (`carriedItems`); the
 * rewrites of those sentences that the transforms of paraphrase.ts allow (`planRewrites`), grouped so
 * that one reading of the article tests several sentences far enough apart (`batchPlans`, `rewriteArticle`);
 * whether each item survives the reading of a rewritten article, and if not, what it lost (`judgeItem`);
 * and the survival table (`survivalTable`). The caller reads the articles (src/app/robustness.ts).
 *
 * A gold event is carried when an event of the reading matches it strictly (score_reader.py's
 * definition: dyad, CAMEO root, month) and comes from a sentence holding at least half of the gold quote.
 * It survives a rewrite when an event from the rewritten sentence still matches it strictly. A gold claim
 * is carried when a claim of the reading holds half of its quote; it survives when one still does, with
 * the speaker and the kind still right where they were right before.
 *
 * @module
 */
import {quoteOverlap, sameSpeaker, scoreDocuments, type GoldDocument, type ReadingForEval} from "./document-eval.js";
import {applyEdits, type Edit, type Transform, type TransformArea} from "./paraphrase.js";

/** A gold item the reader gets right, and the sentence that carries it. */
export interface CarriedItem {
  kind: "event" | "claim";
  /** Index in the gold document's events or claims. */
  index: number;
  /** The reading's sentence index and text. */
  sentence: number;
  text: string;
  /** What the report shows: "KAZ>RUS 04 2025-01" or "Smadiyarov / assessment". */
  label: string;
  /**
   * Claims: whether the speaker and the kind must be right after the rewrite (they were right before it; for a
   * missed item, they must be right for the rewrite to count as making it right).
   */
  speakerRight?: boolean;
  kindRight?: boolean;
  /** A gold item the reading misses (`--missed`): the question is whether a rewrite makes it right. */
  missed?: boolean;
}

/** One rewrite of one sentence. */
export interface RewritePlan {
  transform: string;
  area: TransformArea;
  variant: number;
  note: string;
  sentence: number;
  original: string;
  rewritten: string;
  edits: Edit[];
  items: CarriedItem[];
}

/** What became of one item under one rewrite. */
export interface ItemOutcome {
  set: string;
  file: string;
  transform: string;
  area: TransformArea;
  note: string;
  item: CarriedItem;
  original: string;
  rewritten: string;
  survived: boolean;
  /** Events: "event" (none from the sentence), "source", "target", "code", "date"; claims: "found", "speaker", "kind". */
  lost: string[];
  /** What the reading now gives for the sentence (events) or the best claim. */
  now: string;
}

/** A sentence the harness could not find in the article's text (it cannot rewrite it). */
export interface Unlocated {
  file: string;
  sentence: number;
}

type GoldEvent = GoldDocument["events"][number];

function strict(gold: GoldDocument, ge: GoldEvent, events: ReadingForEval["events"]): boolean {
  const s = scoreDocuments(
    [{...gold, events: [ge], claims: [], figures: []}],
    {[gold.file]: ""},
    {
      [gold.file]: {source: {}, sentences: [], events, claims: [], mentions: []}
    }
  );
  return s.events.strict.hit > 0;
}

const eventLabel = (ge: GoldEvent) =>
  `${ge.source ?? "?"}>${ge.target ?? "?"} ${ge.cameo_root}${ge.date ? ` ${ge.date}` : ""}`;

/** The sentence of the reading that holds most of `quote`, if it holds at least `least` of it. */
function sentenceOf(reading: ReadingForEval, quote: string, least: number) {
  let best: {index: number; text: string} | undefined;
  let bo = 0;
  for (const s of reading.sentences) {
    const o = quoteOverlap(quote, s.text);
    if (o > bo) ((best = s), (bo = o));
  }
  return bo >= least ? best : undefined;
}

/** A gold claim as an item of the report, at the reading's sentence `s`. */
const claimItem = (
  gc: GoldDocument["claims"][number],
  index: number,
  s: {index: number; text: string},
  speakerRight: boolean,
  kindRight: boolean
): CarriedItem => ({
  kind: "claim",
  index,
  sentence: s.index,
  text: s.text,
  label: `${gc.speaker} / ${gc.kind}`,
  speakerRight,
  kindRight
});

/** The gold events and claims the reading gets right, each with the sentence that carries it. */
export function carriedItems(gold: GoldDocument, reading: ReadingForEval): CarriedItem[] {
  const out: CarriedItem[] = [];
  gold.events.forEach((ge, index) => {
    const quotes = [ge.quote, ...(ge.other_quotes ?? [])];
    const from = reading.events.filter((e) => quotes.some((q) => quoteOverlap(q, e.sentence ?? "") >= 0.5));
    const hit = from.find((e) => strict(gold, ge, [e]));
    if (!hit) return;
    const s = reading.sentences.find((x) => x.text === hit.sentence);
    if (s) out.push({kind: "event", index, sentence: s.index, text: s.text, label: eventLabel(ge)});
  });
  gold.claims.forEach((gc, index) => {
    const best = bestClaim(reading, gc.quote);
    if (!best) return;
    const s = sentenceOf(reading, gc.quote, 0.3);
    if (!s) return;
    out.push(
      claimItem(gc, index, s, sameSpeaker(gc.speaker, best.speaker, reading.source.author), best.kind === gc.kind)
    );
  });
  return out;
}

/**
 * The gold events and claims the reading misses, each with the sentence of its quote (events: no strict match
 * from that sentence; claims: not found, or the speaker or the kind wrong).
 */
export function missedItems(gold: GoldDocument, reading: ReadingForEval): CarriedItem[] {
  const carried = carriedItems(gold, reading);
  const right = new Set(
    carried.filter((c) => c.kind === "event" || (c.speakerRight && c.kindRight)).map((c) => `${c.kind}${c.index}`)
  );
  const out: CarriedItem[] = [];
  gold.events.forEach((ge, index) => {
    if (right.has(`event${index}`)) return;
    const s = sentenceOf(reading, ge.quote, 0.5);
    if (s) out.push({kind: "event", index, sentence: s.index, text: s.text, label: eventLabel(ge), missed: true});
  });
  gold.claims.forEach((gc, index) => {
    if (right.has(`claim${index}`)) return;
    const s = sentenceOf(reading, gc.quote, 0.5);
    if (s) out.push({...claimItem(gc, index, s, true, true), missed: true});
  });
  return out;
}

function bestClaim(reading: ReadingForEval, quote: string) {
  let best: ReadingForEval["claims"][number] | undefined;
  let bo = 0;
  for (const c of reading.claims) {
    const o = quoteOverlap(quote, c.quote);
    if (o > bo) ((best = c), (bo = o));
  }
  return bo >= 0.5 ? best : undefined;
}

/** Options of {@link planRewrites}. */
export interface PlanOptions {
  /** At most this many rewrites of one sentence by one transform (the first sites). */
  variants?: number;
}

/** The rewrites the transforms allow for each sentence that carries an item. */
export function planRewrites(
  items: readonly CarriedItem[],
  reading: ReadingForEval,
  transforms: readonly Transform[],
  document: string,
  {variants = 2}: PlanOptions = {}
): RewritePlan[] {
  const bySentence = new Map<number, CarriedItem[]>();
  for (const it of items) bySentence.set(it.sentence, [...(bySentence.get(it.sentence) ?? []), it]);
  const text = new Map(reading.sentences.map((s) => [s.index, s.text]));
  const articleDate = /^\d{4}-\d{2}-\d{2}$/.test(reading.source.date ?? "") ? reading.source.date! : undefined;
  const out: RewritePlan[] = [];
  for (const [sentence, its] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    const original = text.get(sentence)!;
    const previous = text.get(sentence - 1);
    for (const t of transforms) {
      const mine = its.filter((it) => t.items === "both" || t.items === `${it.kind}s`);
      if (!mine.length) continue;
      t.apply(original, {
        ...(previous !== undefined ? {previous} : {}),
        ...(articleDate ? {articleDate} : {}),
        document
      })
        .slice(0, variants)
        .forEach((v, variant) => {
          const rewritten = applyEdits(original, v.edits);
          if (rewritten === original) return;
          out.push({
            transform: t.name,
            area: t.area,
            variant,
            note: v.note,
            sentence,
            original,
            rewritten,
            edits: v.edits,
            items: mine
          });
        });
    }
  }
  return out;
}

const flexible = (s: string) =>
  s
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");

/** Where the sentence is in the article's text (its words with any white space between), if it is there. */
export function locateSentence(article: string, sentence: string): {start: number; end: number} | undefined {
  const m = new RegExp(flexible(sentence), "u").exec(article);
  return m ? {start: m.index, end: m.index + m[0].length} : undefined;
}

/**
 * Groups the plans of one article into readings: one transform and variant per reading, and the
 * sentences of one reading at least `gap` apart (so that one rewrite cannot change how the next
 * sentence's pronoun or date is read).
 */
export function batchPlans(plans: readonly RewritePlan[], gap = 2): RewritePlan[][] {
  const groups = new Map<string, RewritePlan[][]>();
  for (const p of plans) {
    const key = `${p.transform}#${p.variant}`;
    const batches = groups.get(key) ?? [];
    const fit = batches.find((b) => b.every((q) => Math.abs(q.sentence - p.sentence) >= gap));
    if (fit) fit.push(p);
    else batches.push([p]);
    groups.set(key, batches);
  }
  return [...groups.values()].flat();
}

/** The article with the plans' sentences rewritten, or the plans it could not place. */
export function rewriteArticle(
  article: string,
  plans: readonly RewritePlan[]
): {text: string; unlocated: RewritePlan[]} {
  const edits: Edit[] = [];
  const unlocated: RewritePlan[] = [];
  for (const p of plans) {
    const at = locateSentence(article, p.original);
    if (!at || edits.some((e) => e.start < at.end && at.start < e.end)) unlocated.push(p);
    else edits.push({...at, text: p.rewritten});
  }
  return {text: applyEdits(article, edits), unlocated};
}

/** The gold quote as the rewrite changed it (the edits that fall inside it), or unchanged. */
function rewrittenQuote(quote: string, plan: RewritePlan): string {
  const at = plan.original.indexOf(quote);
  if (at < 0) return quote;
  const inside = plan.edits.filter((e) => e.start >= at && e.end <= at + quote.length);
  return applyEdits(
    quote,
    inside.map((e) => ({...e, start: e.start - at, end: e.end - at}))
  );
}

const FIELDS = ["source", "target", "code", "date"] as const;

/** The fewest fields of the gold event that, relaxed, let one of `events` match it. */
function lostFields(gold: GoldDocument, ge: GoldEvent, events: ReadingForEval["events"]): string[] {
  const subsets = [...Array(16).keys()].sort((a, b) => bits(a) - bits(b));
  for (const mask of subsets) {
    const fields = FIELDS.filter((_, i) => mask & (1 << i));
    for (const e of events) {
      const relaxed: GoldEvent = {...ge};
      if (fields.includes("source")) ((relaxed.source = null), delete relaxed.alt_source);
      if (fields.includes("target")) ((relaxed.target = null), delete relaxed.alt_target);
      if (fields.includes("date")) relaxed.date = null;
      if (fields.includes("code")) relaxed.cameo_root = String(e.code).slice(0, 2);
      if (strict(gold, relaxed, [e])) return fields;
    }
  }
  return ["event"];
}

function bits(n: number): number {
  let c = 0;
  for (; n; n >>= 1) c += n & 1;
  return c;
}

/** Whether the item survived the reading of the rewritten article, and what it lost. */
export function judgeItem(
  gold: GoldDocument,
  item: CarriedItem,
  plan: RewritePlan,
  reading: ReadingForEval
): Pick<ItemOutcome, "survived" | "lost" | "now"> {
  if (item.kind === "event") {
    const ge = gold.events[item.index]!;
    const from = reading.events.filter((e) => quoteOverlap(plan.rewritten, e.sentence ?? "") >= 0.5);
    const now =
      from.map((e) => `${e.source}>${e.target} ${e.code}${e.date ? ` ${e.date}` : ""}`).join("; ") || "no event";
    if (from.some((e) => strict(gold, ge, [e]))) return {survived: true, lost: [], now};
    return {survived: false, lost: from.length ? lostFields(gold, ge, from) : ["event"], now};
  }
  const gc = gold.claims[item.index]!;
  const best = bestClaim(reading, rewrittenQuote(gc.quote, plan));
  if (!best) return {survived: false, lost: ["found"], now: "no claim"};
  const lost: string[] = [];
  if (item.speakerRight && !sameSpeaker(gc.speaker, best.speaker, reading.source.author)) lost.push("speaker");
  if (item.kindRight && best.kind !== gc.kind) lost.push("kind");
  return {survived: lost.length === 0, lost, now: `${best.speaker} / ${best.kind}`};
}

/** One row of the survival table. */
export interface SurvivalRow {
  transform: string;
  area: TransformArea | "all";
  events: {applicable: number; survived: number; lost: Record<string, number>};
  claims: {applicable: number; survived: number; lost: Record<string, number>};
}

/** Survival per transform (and a row for all), with the counts of what was lost. */
export function survivalTable(outcomes: readonly ItemOutcome[], transforms: readonly Transform[]): SurvivalRow[] {
  const row = (transform: string, area: SurvivalRow["area"], list: readonly ItemOutcome[]): SurvivalRow => {
    const part = (kind: "event" | "claim") => {
      const mine = list.filter((o) => o.item.kind === kind);
      const lost: Record<string, number> = {};
      for (const o of mine) for (const l of o.lost) lost[l] = (lost[l] ?? 0) + 1;
      return {applicable: mine.length, survived: mine.filter((o) => o.survived).length, lost};
    };
    return {transform, area, events: part("event"), claims: part("claim")};
  };
  return [
    ...transforms.map((t) =>
      row(
        t.name,
        t.area,
        outcomes.filter((o) => o.transform === t.name)
      )
    ),
    row("all", "all", outcomes)
  ];
}

/** A share as "83%" (or "—" of none). */
export function share(hit: number, of: number): string {
  return of === 0 ? "—" : `${Math.round((100 * hit) / of)}%`;
}

/** Reads one article's text (the harness's caller gives it: src/app/robustness.ts reads with the pack). */
export type ArticleReader = (file: string, text: string) => ReadingForEval | undefined;

/** Options of {@link checkDocument}. */
export interface CheckOptions {
  transforms: readonly Transform[];
  variants?: number;
  /** The reading of the unchanged article, if the caller has it. */
  base?: ReadingForEval;
  /** Try only this share of the carried items (0–1), picked by a hash of the seed and the item: the same each run. */
  sample?: {share: number; seed: number};
  /** Also try the rewrites on the items the reading misses, to see which rewrite makes one right. */
  missed?: boolean;
}

/** A number in [0, 1) from a string (FNV-1a), for sampling that is the same on every run. */
export function unitHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h / 2 ** 32;
}

/**
 * Tries every transform on the sentences that carry what the reading of `text` gets right, reads each
 * rewritten article with `read` and judges each item. Sentences far apart are rewritten in one reading;
 * an item lost in a reading of several rewrites is read again with its own rewrite alone, so that every
 * loss is the rewrite's own.
 */
export function checkDocument(
  set: string,
  gold: GoldDocument,
  text: string,
  read: ArticleReader,
  {transforms, variants = 2, base, sample, missed = false}: CheckOptions
): {carried: CarriedItem[]; missed: CarriedItem[]; outcomes: ItemOutcome[]; unlocated: number; readings: number} {
  const out = {
    carried: [] as CarriedItem[],
    missed: [] as CarriedItem[],
    outcomes: [] as ItemOutcome[],
    unlocated: 0,
    readings: 0
  };
  const reading = base ?? read(gold.file, text);
  if (!base) out.readings++;
  if (!reading) return out;
  const picked = (it: CarriedItem) =>
    !sample || unitHash(`${sample.seed}|${set}|${gold.file}|${it.kind}|${it.index}`) < sample.share;
  out.carried = carriedItems(gold, reading).filter(picked);
  if (missed) out.missed = missedItems(gold, reading).filter(picked);
  const plans = planRewrites([...out.carried, ...out.missed], reading, transforms, text, {variants});
  const judge = (batch: readonly RewritePlan[]) => {
    const {text: rewritten, unlocated} = rewriteArticle(text, batch);
    const placed = batch.filter((p) => !unlocated.includes(p));
    if (!placed.length) return {unlocated, judged: []};
    const again = read(gold.file, rewritten);
    out.readings++;
    const judged = placed.flatMap((plan) =>
      plan.items.map((item) => ({
        plan,
        item,
        ...(again ? judgeItem(gold, item, plan, again) : {survived: false, lost: ["reading"], now: "no reading"})
      }))
    );
    return {unlocated, judged};
  };
  for (const batch of batchPlans(plans)) {
    const first = judge(batch);
    out.unlocated += first.unlocated.length;
    for (const r of first.judged) {
      let {survived, lost, now} = r;
      // A loss (or, for a missed item, a gain) in a reading of several rewrites is read again alone.
      if (survived === !!r.item.missed && batch.length > 1) {
        const alone = judge([r.plan]).judged.find((x) => x.item === r.item);
        if (alone) ({survived, lost, now} = alone);
      }
      const {plan, item} = r;
      out.outcomes.push({
        set,
        file: gold.file,
        transform: plan.transform,
        area: plan.area,
        note: plan.note,
        item,
        original: plan.original,
        rewritten: plan.rewritten,
        survived,
        lost,
        now
      });
    }
  }
  return out;
}

/** An outcome's identity across two runs: the article, the transform's rewrite and the gold item. */
const outcomeKey = (o: ItemOutcome) =>
  [o.set, o.file, o.transform, o.note, o.item.kind, o.item.index, !!o.item.missed, o.rewritten].join("\u0000");

/** How one run's outcomes differ from another's. */
export interface RunComparison {
  /** Survived before, lost now. */
  lost: ItemOutcome[];
  /** Lost before, survived now. */
  regained: ItemOutcome[];
  /** Tried now and not before (a newly carried item or a new rewrite), and the reverse. */
  added: number;
  dropped: number;
}

/**
 * Compares two runs item by item (`before` from an earlier `--json`): which rewrites an item survived before
 * and not now, and the reverse. Items carried in one run only are counted, not compared.
 */
export function compareRuns(before: readonly ItemOutcome[], after: readonly ItemOutcome[]): RunComparison {
  const old = new Map(before.map((o) => [outcomeKey(o), o]));
  const now = new Set(after.map(outcomeKey));
  const out: RunComparison = {lost: [], regained: [], added: 0, dropped: 0};
  for (const o of after) {
    const b = old.get(outcomeKey(o));
    if (!b) out.added++;
    else if (b.survived && !o.survived) out.lost.push(o);
    else if (!b.survived && o.survived) out.regained.push(o);
  }
  out.dropped = before.filter((o) => !now.has(outcomeKey(o))).length;
  return out;
}
