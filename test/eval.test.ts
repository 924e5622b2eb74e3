import assert from "node:assert/strict";
import {test} from "node:test";
import {documentSummary, evalSummary} from "../scripts/eval.js";

// The coder's figures on the public yardsticks (docs/reader-coding.md), pinned as counts so that any
// drop fails. When the coder improves, `npm run eval` shows the new figures: update them here and in the doc.
const PINNED = {
  petrarchParse: {codings: 359, exact: 316, noEvent: 26, noEventOk: 24},
  petrarchRaw: {codings: 359, exact: 273, noEvent: 26, noEventOk: 21},
  plover: {sentences: 322, coded: 259, eventFirst: 120, eventAny: 129, source: 199, withTarget: 288, target: 181},
  petr2gsr: {codings: 80, exact: 35, noEvent: 12, noEventOk: 6}
};

test("the coder's figures on the PETRARCH2, PLOVER and PETRARCH-2 GSR yardsticks", () => {
  const got = evalSummary();
  assert.deepEqual(got, PINNED);
  // The brief's target: at least 80% of the PETRARCH2 unit-test codings exactly, in parse mode.
  assert.ok(got.petrarchParse.exact / got.petrarchParse.codings >= 0.8);
});

// The reader on whole articles (the development set, test/fixtures/articles/seeds.gold.json), with the
// definitions of the corpus's score_reader.py. Floors, not exact values: the event half (h10a) and the
// claims half (h10b) move these; raise a floor when `npm run eval` shows it risen for good.
const FLOORS = {
  metadata: {title: 4, publisher: 3, author: 3, date: 2},
  chrome: {events: 0, claims: 0, mentions: 0},
  actorsRecall: 0.85,
  actorsPrecision: 0.9,
  // 16 (r1-events, 2026-12-02): light verbs and idioms, visits from place, domestic and group nouns, abstentions,
  // clients and factories, new deals, the means of an act (docs/reading.md, "Measured on whole articles").
  eventsStrict: 16,
  // 0.55: 16 of 28 extracted events match the gold strictly; most of the rest are right but undated (004 names no
  // year) or dated by the article where the gold knows the date from elsewhere.
  eventsAutoPrecision: 0.55,
  // 22: the event half's precision rules (habits, modifiers, regions as places, vague 010) trade two lenient
  // hits for less than half the false events (69 → 28 extracted, strict hits unchanged at 5); docs/reading.md.
  // 25: the round-2 mechanisms above (r1-events).
  eventsLenient: 25,
  claimsRecall: 0.95,
  claimsSpeaker: 0.95,
  claimsKind: 0.9,
  figuresRecall: 0.9
};

test("the reader on the development set's articles: metadata, chrome, actors, events, claims, figures", () => {
  const s = documentSummary();
  assert.equal(s.documents, 5);
  const share = (r: {hit: number; of: number}) => r.hit / r.of;
  assert.ok(s.metadata.title.hit >= FLOORS.metadata.title, `title ${s.metadata.title.hit}`);
  assert.ok(s.metadata.publisher.hit >= FLOORS.metadata.publisher, `publisher ${s.metadata.publisher.hit}`);
  assert.ok(s.metadata.author.hit >= FLOORS.metadata.author, `author ${s.metadata.author.hit}`);
  assert.ok(s.metadata.date.hit >= FLOORS.metadata.date, `date ${s.metadata.date.hit}`);
  assert.deepEqual(s.chrome, FLOORS.chrome);
  assert.ok(share(s.actors.recall) >= FLOORS.actorsRecall, `actors recall ${JSON.stringify(s.actors.recall)}`);
  assert.ok(
    share(s.actors.precision) >= FLOORS.actorsPrecision,
    `actors precision ${JSON.stringify(s.actors.precision)}`
  );
  assert.ok(s.events.strict.hit >= FLOORS.eventsStrict, `events strict ${s.events.strict.hit}`);
  assert.ok(s.events.lenient.hit >= FLOORS.eventsLenient, `events lenient ${s.events.lenient.hit}`);
  assert.ok(
    share(s.events.autoPrecision) >= FLOORS.eventsAutoPrecision,
    `events auto precision ${JSON.stringify(s.events.autoPrecision)}`
  );
  assert.ok(share(s.claims.recall) >= FLOORS.claimsRecall, `claims recall ${JSON.stringify(s.claims.recall)}`);
  assert.ok(share(s.claims.speaker) >= FLOORS.claimsSpeaker, `claims speaker ${JSON.stringify(s.claims.speaker)}`);
  assert.ok(share(s.claims.kind) >= FLOORS.claimsKind, `claims kind ${JSON.stringify(s.claims.kind)}`);
  assert.ok(share(s.figures.recall) >= FLOORS.figuresRecall, `figures recall ${JSON.stringify(s.figures.recall)}`);
});

// Our own held-out prose (test/fixtures/articles/heldout, blind/, blind2/, … blind8/): written for the project, scored with the same
// definitions. Not blind any more (their failures were studied): these floors keep what the general mechanisms
// gained from falling back. The blind figures (first reads) are in docs/reading.md. Event floors raised to the figures
// of main after r-events' session-6 batches (13:19 UTC; strict exact, auto precision a little below the measure).
type MetadataField = "title" | "publisher" | "author" | "date";
interface OwnSet {
  dir: string;
  gold: string;
  documents: number;
  eventsStrict: number;
  eventsAutoPrecision: number;
  claimsRecall: number;
  claimsSpeaker: number;
  /** Stated fields read right, as counts (only where pinned). */
  metadata?: Record<MetadataField, number>;
}
const OWN_SETS: OwnSet[] = [
  {
    dir: "test/fixtures/articles/heldout",
    gold: "heldout.gold.json",
    documents: 6,
    eventsStrict: 46,
    eventsAutoPrecision: 0.95,
    claimsRecall: 0,
    claimsSpeaker: 0
  },
  {
    dir: "test/fixtures/articles/blind",
    gold: "blind.gold.json",
    documents: 5,
    eventsStrict: 33,
    eventsAutoPrecision: 0.85,
    claimsRecall: 0.85,
    claimsSpeaker: 0.89
  },
  {
    dir: "test/fixtures/articles/blind2",
    gold: "blind2.gold.json",
    documents: 3,
    eventsStrict: 18,
    eventsAutoPrecision: 0.9,
    claimsRecall: 0.8,
    // 15/16: the one miss is "Some Kazakh economists warn …", which the gold files under "author (unnamed)" while
    // its annotation note (written before any reading) accepts "economists" as the speaker.
    claimsSpeaker: 0.93
  },
  {
    // Third blind set (session 4), written with its gold before any reading; first reading in docs/reading.md.
    dir: "test/fixtures/articles/blind3",
    gold: "blind3.gold.json",
    documents: 5,
    eventsStrict: 22,
    eventsAutoPrecision: 0.95,
    claimsRecall: 0.75,
    claimsSpeaker: 0.93
  },
  {
    // Fourth blind set (session 5), written with its gold before any reading. First reading (13fdfc8, docs/reading.md):
    // events strict 18/44, auto precision 26/41, claims 20/39, speaker 17/20, title/publisher/author/date 4/6, 2/6,
    // 4/5, 6/6. Floors at the figures measured after the session's claims/metadata work (6c4b063): claims 31/39,
    // speaker 30/31, metadata all stated fields right.
    dir: "test/fixtures/articles/blind4",
    gold: "blind4.gold.json",
    documents: 6,
    // events raised after r-events' session-7 batches 1–2 (in-process 36/44, 47/52)
    eventsStrict: 36,
    eventsAutoPrecision: 0.88,
    claimsRecall: 0.79,
    claimsSpeaker: 0.96,
    metadata: {title: 6, publisher: 6, author: 5, date: 6}
  },
  {
    // first reading (a68542f): strict 16/40, auto precision 27/34, claims 32/55, speaker 28/32, metadata 1, 3, 4, 5; date
    // 6/6 since the month-only brief f5 ("No. 11 | March 2022") is dated "2022-03" (session 7)
    dir: "test/fixtures/articles/blind5",
    gold: "blind5.gold.json",
    documents: 6,
    // events raised after r-events' session-7 batches 1–2 (in-process 28/40, 49/53)
    eventsStrict: 28,
    eventsAutoPrecision: 0.9,
    claimsRecall: 0.96,
    claimsSpeaker: 0.98,
    metadata: {title: 6, publisher: 6, author: 5, date: 6}
  },
  {
    // Sixth blind set (session 7), written with its gold before any reading. First reading (9883a3b, docs/reading.md):
    // strict 21/37, auto precision 24/41 (CLI), claims 34/44, speaker 26/34, title/publisher/author/date 2/6, 4/6, 4/4,
    // 6/6. Floors at the figures after the session's page-form, voice and claim work (15:28 UTC): claims 42/44, speaker
    // 41/42, every stated metadata field right; events as measured (r-events' frames may raise them).
    dir: "test/fixtures/articles/blind6",
    gold: "blind6.gold.json",
    documents: 6,
    // events raised after r-events' session-8 batches 1–3 (in-process 31/37, 43/47)
    eventsStrict: 31,
    eventsAutoPrecision: 0.9,
    claimsRecall: 0.95,
    claimsSpeaker: 0.97,
    metadata: {title: 6, publisher: 6, author: 4, date: 6}
  },
  {
    // Seventh blind set (session 8), written with its gold before any reading. First reading (f2b7717,
    // docs/reading.md): strict 21/37, auto precision 20/38 (CLI), claims 20/32, speaker 15/20, title/publisher/author/date
    // 5/6, 2/6, 0/2, 6/6. Floors at the figures after the session's page-form work (757c66d, in-process): every stated
    // metadata field right; events and claims as measured, raised after.
    dir: "test/fixtures/articles/blind7",
    gold: "blind7.gold.json",
    documents: 6,
    // events raised after r-events' session-8 batches 2–3 (in-process 32/37, 44/47)
    eventsStrict: 32,
    eventsAutoPrecision: 0.9,
    // claims after the session's voice and claim work (in-process 31/32, speaker 31/31, kind 30/31)
    claimsRecall: 0.96,
    claimsSpeaker: 0.96,
    metadata: {title: 6, publisher: 6, author: 2, date: 6}
  },
  {
    // Eighth blind set (session 9), written with its gold and committed before any reading. First reading (2dc737f,
    // docs/reading.md): strict 15/37, auto precision 18/30 (CLI), claims 24/35, speaker 9/24, title/publisher/author/date
    // 3/6, 4/6, 2/5, 6/6. Floors at the figures after the session's work (in-process, b8's voice, claim and metadata
    // work and ev's event batch): events 24/37, 23/26; claims 35/35, speaker 34/35, kind 33/35; every stated field right.
    dir: "test/fixtures/articles/blind8",
    gold: "blind8.gold.json",
    documents: 6,
    eventsStrict: 24,
    eventsAutoPrecision: 0.85,
    claimsRecall: 0.97,
    claimsSpeaker: 0.97,
    metadata: {title: 6, publisher: 6, author: 5, date: 6}
  }
];

test("the reader on our own held-out articles keeps its figures (heldout: events; blind set: events and claims)", () => {
  for (const f of OWN_SETS) {
    const s = documentSummary({gold: `${f.dir}/${f.gold}`, articles: f.dir});
    const share = (r: {hit: number; of: number}) => (r.of === 0 ? 0 : r.hit / r.of);
    assert.equal(s.documents, f.documents, f.dir);
    assert.ok(s.events.strict.hit >= f.eventsStrict, `${f.dir} events strict ${s.events.strict.hit}`);
    assert.ok(
      share(s.events.autoPrecision) >= f.eventsAutoPrecision,
      `${f.dir} events auto precision ${JSON.stringify(s.events.autoPrecision)}`
    );
    assert.ok(share(s.claims.recall) >= f.claimsRecall, `${f.dir} claims recall ${JSON.stringify(s.claims.recall)}`);
    assert.ok(
      share(s.claims.speaker) >= f.claimsSpeaker,
      `${f.dir} claims speaker ${JSON.stringify(s.claims.speaker)}`
    );
    assert.deepEqual(s.chrome, {events: 0, claims: 0, mentions: s.chrome.mentions}, f.dir);
    for (const [k, floor] of Object.entries(f.metadata ?? {}) as [MetadataField, number][])
      assert.ok(s.metadata[k].hit >= floor, `${f.dir} ${k} ${JSON.stringify(s.metadata[k])}`);
  }
});
