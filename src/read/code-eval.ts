/**
 * Scoring the event coder against the public yardsticks: the PETRARCH2 unit-test records (parse mode),
 * the PLOVER gold standard and the PETRARCH-2 GSR validation sentences (raw-text mode). Pure: file texts in.
 *
 * @module
 */
import type {Coder, CodedEvent} from "./coder.js";
import {dictionaryDate} from "./dictionaries/lines.js";

/** An expected coding of a test record; `none` for "no events" or "error" (discarded, bad parse) records. */
export type ExpectedCoding = {source: string; target: string; code: string} | {none: true; reason: string};

/** A test sentence with its expected codings. */
export interface TestRecord {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  category: string;
  text: string;
  parse?: string;
  expected: ExpectedCoding[];
}

/** Counts for one group of records. */
export interface Tally {
  /** Expected codings, and those produced exactly (source, target with agents, code). */
  codings: number;
  exact: number;
  /** Records expected to give no event (or to be refused), and those that gave none. */
  noEvent: number;
  noEventOk: number;
}

/** The score on a set of test records, overall and per category. */
export interface TestScore {
  overall: Tally;
  byCategory: Record<string, Tally>;
  /** Per record: the expected codings that were missed, and what was produced. */
  misses: {id: string; missing: string[]; got: string[]}[];
}

function isoDate(d: string): string {
  const t = d.replace(/-/g, "");
  if (/^\d{8}$/.test(t)) return `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}`;
  return dictionaryDate(t) ?? "2000-01-01";
}

/** The full code of an event side as PETRARCH writes it: actor and agents run together (USAGOV). */
export function fullCode(e: CodedEvent, side: "source" | "target"): string {
  return side === "source" ? `${e.source}${e.sourceAgent ?? ""}` : `${e.target}${e.targetAgent ?? ""}`;
}

/** Reads PETR.UnitTest.records.expected.jsonl (one JSON record per line). */
export function parsePetrarchRecords(text: string): TestRecord[] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .map((line) => {
      const r = JSON.parse(line) as {
        id: string;
        date: string;
        category: string;
        text: string;
        parse?: string;
        expected: Record<string, unknown>[];
      };
      return {
        id: r.id,
        date: isoDate(r.date),
        category: r.category,
        text: r.text,
        ...(r.parse ? {parse: r.parse} : {}),
        expected: r.expected.map((e): ExpectedCoding =>
          e["noevents"] || e["error"]
            ? {none: true, reason: String(e["error"] ?? "noevents")}
            : {source: String(e["source"]), target: String(e["target"]), code: String(e["event"])}
        )
      };
    });
}

/**
 * Reads PETR2_GSR_validation.xml leniently (it is not well-formed XML): each `<Sentence …>` with its
 * `<EventCoding …/>` lines and `<Text>`; dependency parses are ignored.
 */
export function parsePetr2Gsr(text: string): TestRecord[] {
  const out: TestRecord[] = [];
  for (const part of text.split(/<Sentence\s/).slice(1)) {
    const attr = (s: string, name: string) => new RegExp(`${name}\\s*=\\s*"([^"]*)"`).exec(s)?.[1];
    const head = part.slice(0, part.indexOf(">") + 1);
    const id = attr(head, "id") ?? `record-${out.length + 1}`;
    const date = attr(head, "date") ?? "20000101";
    const expected: ExpectedCoding[] = [];
    for (const m of part.matchAll(/<EventCoding\b([^>]*)>/g)) {
      const a = m[1]!;
      if (/noevents/i.test(a)) expected.push({none: true, reason: "noevents"});
      else {
        const code = attr(a, "eventcode"),
          source = attr(a, "sourcecode"),
          target = attr(a, "targetcode");
        if (code && source !== undefined && target !== undefined) expected.push({source, target, code});
      }
    }
    const t = /<Text>([\s\S]*?)<\/Text>/.exec(part)?.[1];
    if (!t) continue;
    out.push({
      id,
      date: isoDate(date),
      category: attr(head, "category") ?? "",
      text: t.replace(/\s+/g, " ").trim(),
      expected
    });
  }
  return out;
}

/** Scores a coder on test records: exact codings, and no-event records left without events. */
export function scoreRecords(
  coder: Coder,
  records: readonly TestRecord[],
  {useParse = true}: {useParse?: boolean} = {}
): TestScore {
  const overall: Tally = {codings: 0, exact: 0, noEvent: 0, noEventOk: 0};
  const byCategory: Record<string, Tally> = {};
  const misses: TestScore["misses"] = [];
  for (const r of records) {
    const out = coder.codeSentence(r.text, {date: r.date, ...(useParse && r.parse ? {parse: r.parse} : {})});
    const got = new Set(out.events.map((e) => `${fullCode(e, "source")}|${fullCode(e, "target")}|${e.code}`));
    const cat = (byCategory[r.category] ??= {codings: 0, exact: 0, noEvent: 0, noEventOk: 0});
    const missing: string[] = [];
    for (const e of r.expected) {
      if ("none" in e) {
        overall.noEvent++;
        cat.noEvent++;
        if (out.events.length === 0) {
          overall.noEventOk++;
          cat.noEventOk++;
        } else missing.push(`none (${e.reason})`);
        continue;
      }
      overall.codings++;
      cat.codings++;
      const key = `${e.source}|${e.target}|${e.code}`;
      if (got.has(key)) {
        overall.exact++;
        cat.exact++;
      } else missing.push(key);
    }
    if (missing.length > 0) misses.push({id: r.id, missing, got: [...got]});
  }
  return {overall, byCategory, misses};
}

/**
 * PLOVER 0.5 (2016) event category of a CAMEO code, the scheme the PLOVER gold standard uses: CAMEO roots
 * as in CAMEO2PLOVER (2021) with the 2016 names (DEMAND, DISAPPROVE, FIGHT for 19), 035 intent to yield as
 * CONCEDE, 080–083 CONCEDE and 084–087 RETREAT.
 */
export function plover2016(code: string): string | undefined {
  if (code.startsWith("035")) return "CONCEDE";
  // CAMEO 080–083 (yield, ease restrictions and dissent, accede to demands) are concessions; 084–087 retreats.
  if (/^08[0-3]/.test(code)) return "CONCEDE";
  const root = code.slice(0, 2);
  const map: Record<string, string> = {
    "03": "AGREE",
    "04": "CONSULT",
    "05": "SUPPORT",
    "06": "COOPERATE",
    "07": "AID",
    "08": "RETREAT",
    "09": "INVESTIGATE",
    "10": "DEMAND",
    "11": "DISAPPROVE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",
    "16": "SANCTION",
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "FIGHT",
    "20": "ASSAULT"
  };
  return map[root];
}

/** A PLOVER gold-standard sentence: its PLOVER event, and source and target actor codes. */
export interface PloverRecord {
  id: string;
  date: string;
  text: string;
  event: string;
  sources: string[];
  targets: string[];
}

/** Reads PLOVER_GSR_CAMEO.txt (a JSON array), skipping DOCUMENT records. */
export function parsePloverGsr(text: string): PloverRecord[] {
  const rows = JSON.parse(text) as Record<string, unknown>[];
  const codes = (v: unknown) =>
    Array.isArray(v) ? v.map((a) => String((a as {code?: unknown}).code ?? "")).filter(Boolean) : [];
  return rows
    .filter((r) => r["event"] !== "DOCUMENT" && typeof r["text"] === "string")
    .map((r) => ({
      id: String(r["id"]),
      date: String(r["date"] ?? "2000-01-01"),
      text: String(r["text"]),
      event: String(r["event"]),
      sources: codes(r["source"]),
      targets: codes(r["target"])
    }));
}

/** The score on the PLOVER gold standard. */
export interface PloverScore {
  sentences: number;
  /** Sentences with at least one event. */
  coded: number;
  /** The first event's category is the gold one / any event's category is. */
  eventFirst: number;
  eventAny: number;
  /** Any event's source (target) actor is among the gold ones; targets counted over sentences that have one. */
  source: number;
  withTarget: number;
  target: number;
  byEvent: Record<string, {n: number; eventAny: number}>;
}

/** Scores a coder (raw-text mode) on the PLOVER gold standard. Actor codes compare on their first three letters. */
export function scorePlover(coder: Coder, records: readonly PloverRecord[]): PloverScore {
  const s: PloverScore = {
    sentences: 0,
    coded: 0,
    eventFirst: 0,
    eventAny: 0,
    source: 0,
    withTarget: 0,
    target: 0,
    byEvent: {}
  };
  const head = (c: string) => c.slice(0, 3);
  for (const r of records) {
    const out = coder.codeSentence(r.text, {date: r.date});
    const events = out.events;
    const b = (s.byEvent[r.event] ??= {n: 0, eventAny: 0});
    s.sentences++;
    b.n++;
    if (events.length > 0) s.coded++;
    const cats = events.map((e) => plover2016(e.code));
    if (cats[0] === r.event) s.eventFirst++;
    if (cats.includes(r.event)) {
      s.eventAny++;
      b.eventAny++;
    }
    const golds = new Set(r.sources.map(head));
    if (events.some((e) => golds.has(head(fullCode(e, "source"))))) s.source++;
    if (r.targets.length > 0) {
      s.withTarget++;
      const goldt = new Set(r.targets.map(head));
      if (events.some((e) => goldt.has(head(fullCode(e, "target"))))) s.target++;
    }
  }
  return s;
}
