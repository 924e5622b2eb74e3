/**
 * Document-level evaluation of the reader against a hand-made gold file (`seeds.gold.json`, its
 * format in `seeds.gold.md` beside it): the same definitions as the corpus's `score_reader.py`,
 * ported so that `npm run eval` scores in-process and a test can pin the figures.
 *
 * - metadata: title, publisher, author and date exactly as the gold states them;
 * - site chrome: events, claims and mentions whose sentence lies after the gold's `body_end_marker`
 *   or is one of its boilerplate lines;
 * - actors: codes with at least two mentions in the gold and in the reading (recall, precision);
 * - events: strict (same dyad, CAMEO root, year-month) and lenient (an event from a sentence that
 *   holds a contiguous run of ≥ 50% of the gold quote's tokens) recall, and auto precision;
 * - claims: found when a claim holds a contiguous run of ≥ 50% of the gold quote's tokens; speaker
 *   right (same name, or same last name; "author (unnamed)" = the author or "unknown author"); kind right;
 * - figures: found when a figure's sentence holds ≥ 50% of the gold quote and has the gold value (a gold ratio, 0.2,
 *   the reader's share in percent, 20%).
 *
 * Pure: the gold, the article texts and what the reader made of them come in as arguments.
 *
 * @module
 */

/** One gold document, as far as the scores read it. */
export interface GoldDocument {
  file: string;
  metadata: {title?: string | null; publisher?: string | null; author?: string | null; date?: string | null};
  body_end_marker?: string | null;
  boilerplate_examples?: string[];
  actors: {code: string; count: number; salience?: string}[];
  events: {
    date?: string | null;
    source?: string | null;
    target?: string | null;
    cameo_root: string;
    alt_cameo_root?: string;
    alt_target?: string;
    alt_source?: string;
    other_sources?: string[];
    other_targets?: string[];
    mutual?: boolean;
    quote: string;
    other_quotes?: string[];
  }[];
  claims: {speaker: string; kind: string; quote: string}[];
  figures?: {value: number | string; unit?: string; year?: number | null; year_inferred?: boolean; quote: string}[];
}

/** What the reader made of one document, in the shape `show <id> --json` gives. */
export interface ReadingForEval {
  source: {title?: string | null; publisher?: string | null; author?: string | null; date?: string | null};
  sentences: {index: number; text: string}[];
  events: {source: string; target: string; code: string; date?: string | null; sentence?: string | null}[];
  claims: {speaker: string; kind: string; quote: string}[];
  mentions: {code: string; sentence: number}[];
  figures?: {value: number; amount?: number; unit?: string; text?: string; quote?: string}[];
}

/** A count of hits over a count of cases. */
export interface Ratio {
  hit: number;
  of: number;
}

/** The document-level scores (summed over the documents). */
export interface DocumentScores {
  documents: number;
  /** Where the gold states a value: exact matches. */
  metadata: {title: Ratio; publisher: Ratio; author: Ratio; date: Ratio};
  chrome: {events: number; claims: number; mentions: number};
  actors: {recall: Ratio; precision: Ratio};
  events: {strict: Ratio; lenient: Ratio; autoPrecision: Ratio};
  claims: {recall: Ratio; speaker: Ratio; kind: Ratio; extracted: number};
  /** `missed`: each gold figure no extracted figure matched, with its file, value and quote (eval's `--misses`). */
  figures: {recall: Ratio; extracted: number; missed: {file: string; value: number | string; quote: string}[]};
}

const CODE_SYNONYMS: Record<string, string> = {
  UN: "UNGA",
  CACO: "OCAC",
  EEU: "EAEU",
  TIP: "ISLAMICPARTYOFEASTERNTURKESTAN",
  ANSARULLOH: "JAMAATANSARULLOH"
};
const AGENT_CODES = new Set(
  "GOV MIL BUS MED COP JUD LEG OPP REB CVL PPL EDU ELI NGO IGO SPY LAB REF HLH CRM AGR ENV UAF INS SEP MOD RAD REL CHR MUS JEW BUD HIN DEV HRI MNC INT ACA".split(
    " "
  )
);

function ncode(c: string | null | undefined): string | undefined {
  if (c === null || c === undefined) return undefined;
  const k = c.replace(/[^0-9A-Za-z+]/g, "").toUpperCase();
  return CODE_SYNONYMS[k] ?? k;
}

/** Whitespace, quotes and dashes made uniform (as score_reader.py's norm_ws). */
export function normWs(s: string): string {
  return s
    .replace(/\u00a0/g, " ")
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

function tokens(s: string): string[] {
  return (
    normWs(s)
      .toLowerCase()
      .match(/[\p{L}\p{N}\p{M}_]+/gu) ?? []
  );
}

/**
 * Share of the gold quote's tokens covered by the longest run of them that `text` holds
 * contiguously (1 when the quote is inside the text).
 */
export function quoteOverlap(goldQuote: string, text: string): number {
  const g = tokens(goldQuote);
  const t = tokens(text);
  if (!g.length || !t.length) return 0;
  let best = 0;
  let prev = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= g.length; i++) {
    const row = new Array<number>(t.length + 1).fill(0);
    for (let j = 1; j <= t.length; j++) {
      if (g[i - 1] === t[j - 1]) {
        row[j] = prev[j - 1]! + 1;
        if (row[j]! > best) best = row[j]!;
      }
    }
    prev = row;
  }
  return best / g.length;
}

/** The article split at the gold's body end marker, to tell chrome from body. */
function chromeOf(raw: string, gold: GoldDocument): (sentence: string) => boolean {
  let off = raw.length;
  if (gold.body_end_marker != null) {
    let pos = 0;
    for (const line of raw.split("\n")) {
      if (line.trim() === gold.body_end_marker) {
        off = pos;
        break;
      }
      pos += line.length + 1;
    }
  }
  const body = normWs(raw.slice(0, off));
  const tail = normWs(raw.slice(off));
  const marker = gold.body_end_marker ? normWs(gold.body_end_marker) : undefined;
  const boiler = (gold.boilerplate_examples ?? []).map(normWs);
  return (sentence) => {
    const s = normWs(sentence);
    if (!s) return false;
    if (boiler.some((b) => s === b || (s.length >= 15 && b.includes(s)) || (b.length >= 15 && s.includes(b))))
      return true;
    const probes = s.length <= 100 ? [s] : [s.slice(0, 100), s.slice(-100)];
    const inBody = probes.some((p) => body.includes(p));
    const inTail = probes.some((p) => tail.includes(p));
    if (marker && s.includes(marker) && !inBody) return true;
    return inTail && !inBody;
  };
}

type GoldEvent = GoldDocument["events"][number];

function alts(g: GoldEvent, side: "source" | "target"): Set<string> | undefined {
  const main = g[side];
  if (main === null || main === undefined) return undefined;
  const out = new Set([ncode(main)!]);
  const alt = side === "target" ? g.alt_target : g.alt_source;
  if (alt) out.add(ncode(alt)!);
  for (const x of (side === "target" ? g.other_targets : g.other_sources) ?? []) out.add(ncode(x)!);
  return out;
}

function dateOk(g: GoldEvent, e: ReadingForEval["events"][number]): boolean {
  if (!g.date) return true;
  const n = g.date.length === 4 ? 4 : 7;
  return String(e.date ?? "").slice(0, n) === g.date.slice(0, n);
}

function dyadOk(g: GoldEvent, e: ReadingForEval["events"][number]): boolean {
  const srcs = alts(g, "source");
  const tgts = alts(g, "target");
  const fits = (s?: string, t?: string) => (!srcs || srcs.has(s!)) && (!tgts || tgts.has(t!));
  const es = ncode(e.source);
  const et = ncode(e.target);
  return fits(es, et) || (!!g.mutual && fits(et, es));
}

function rootOk(g: GoldEvent, e: ReadingForEval["events"][number]): boolean {
  return [g.cameo_root, g.alt_cameo_root].filter(Boolean).includes(String(e.code).slice(0, 2));
}

/** score_reader.py's same_speaker. */
export function sameSpeaker(gold: string, tool: string | undefined, docAuthor: string | null | undefined): boolean {
  const g = (gold ?? "").trim().toLowerCase();
  const t = (tool ?? "").trim().toLowerCase();
  if (g.startsWith("author (unnamed)"))
    return ["unknown author", "author", ""].includes(t) || (!!docAuthor && t === docAuthor.toLowerCase());
  if (!t) return false;
  if (g === t) return true;
  const gs = g.split(/\s+/);
  const ts = t.split(/\s+/);
  return gs.length > 0 && ts.length > 0 && gs[gs.length - 1] === ts[ts.length - 1];
}

const ratio = (): Ratio => ({hit: 0, of: 0});

/** Scores the reader's output for each gold document. `articles[file]` is the text as ingested. */
export function scoreDocuments(
  gold: readonly GoldDocument[],
  articles: Readonly<Record<string, string>>,
  readings: Readonly<Record<string, ReadingForEval>>
): DocumentScores {
  const out: DocumentScores = {
    documents: 0,
    metadata: {title: ratio(), publisher: ratio(), author: ratio(), date: ratio()},
    chrome: {events: 0, claims: 0, mentions: 0},
    actors: {recall: ratio(), precision: ratio()},
    events: {strict: ratio(), lenient: ratio(), autoPrecision: ratio()},
    claims: {recall: ratio(), speaker: ratio(), kind: ratio(), extracted: 0},
    figures: {recall: ratio(), extracted: 0, missed: []}
  };
  for (const g of gold) {
    const d = readings[g.file];
    const raw = articles[g.file];
    if (!d || raw === undefined) continue;
    out.documents++;
    for (const k of ["title", "publisher", "author", "date"] as const) {
      const gv = g.metadata[k];
      if (gv === null || gv === undefined) continue;
      out.metadata[k].of++;
      if (gv === (d.source[k] ?? null)) out.metadata[k].hit++;
    }
    const chrome = chromeOf(raw, g);
    const sentenceText = new Map(d.sentences.map((s) => [s.index, s.text]));
    out.chrome.events += d.events.filter((e) => chrome(e.sentence ?? "")).length;
    out.chrome.claims += d.claims.filter((c) => chrome(c.quote)).length;
    out.chrome.mentions += d.mentions.filter((m) => chrome(sentenceText.get(m.sentence) ?? "")).length;
    // actors
    const gcount = new Map<string, number>();
    for (const a of g.actors) gcount.set(ncode(a.code)!, (gcount.get(ncode(a.code)!) ?? 0) + a.count);
    const tcount = new Map<string, number>();
    for (const m of d.mentions)
      if (m.code && !AGENT_CODES.has(m.code)) tcount.set(ncode(m.code)!, (tcount.get(ncode(m.code)!) ?? 0) + 1);
    const G2 = [...gcount].filter(([, n]) => n >= 2).map(([c]) => c);
    const E2 = [...tcount].filter(([, n]) => n >= 2).map(([c]) => c);
    out.actors.recall.of += G2.length;
    out.actors.recall.hit += G2.filter((c) => E2.includes(c)).length;
    out.actors.precision.of += E2.length;
    out.actors.precision.hit += E2.filter((c) => G2.includes(c)).length;
    // events
    for (const ge of g.events) {
      out.events.strict.of++;
      out.events.lenient.of++;
      if (d.events.some((e) => rootOk(ge, e) && dateOk(ge, e) && dyadOk(ge, e))) out.events.strict.hit++;
      const qs = [ge.quote, ...(ge.other_quotes ?? [])];
      if (d.events.some((e) => Math.max(...qs.map((q) => quoteOverlap(q, e.sentence ?? ""))) >= 0.5))
        out.events.lenient.hit++;
    }
    out.events.autoPrecision.of += d.events.length;
    out.events.autoPrecision.hit += d.events.filter((e) =>
      g.events.some((ge) => rootOk(ge, e) && dateOk(ge, e) && dyadOk(ge, e))
    ).length;
    // claims
    out.claims.extracted += d.claims.length;
    for (const gc of g.claims) {
      out.claims.recall.of++;
      let best: ReadingForEval["claims"][number] | undefined;
      let bo = 0;
      for (const c of d.claims) {
        const o = quoteOverlap(gc.quote, c.quote);
        if (o > bo) ((best = c), (bo = o));
      }
      if (bo < 0.5 || !best) continue;
      out.claims.recall.hit++;
      out.claims.speaker.of++;
      out.claims.kind.of++;
      if (sameSpeaker(gc.speaker, best.speaker, d.source.author)) out.claims.speaker.hit++;
      if (best.kind === gc.kind) out.claims.kind.hit++;
    }
    // figures
    const figs = d.figures ?? [];
    out.figures.extracted += figs.length;
    for (const gf of g.figures ?? []) {
      out.figures.recall.of++;
      const found = figs.some((f) => {
        if (quoteOverlap(gf.quote, f.quote ?? "") < 0.5 && quoteOverlap(gf.quote, f.text ?? "") < 0.5) return false;
        if (typeof gf.value === "number") {
          const gv = gf.value;
          // (a gold ratio is a share the reader gives in percent: "a fifth of Tajikistan's GDP", 0.2 and 20%)
          if (gf.unit === "ratio" && f.unit === "%") return Math.abs(f.value / 100 - gv) <= 0.005;
          return [f.value, f.amount].some(
            (v) => typeof v === "number" && Math.abs(v - gv) <= 1e-9 * Math.max(1, Math.abs(gv))
          );
        }
        return String(f.text ?? "")
          .toLowerCase()
          .includes(String(gf.value).toLowerCase());
      });
      if (found) out.figures.recall.hit++;
      else out.figures.missed.push({file: g.file, value: gf.value, quote: gf.quote});
    }
  }
  return out;
}
