import assert from "node:assert/strict";
import {defaultCoder, readPack} from "../../src/app/index.js";
import {readDocument} from "../../src/read/index.js";

// What the event-frame tests share: the project's coder (the pack's actors), a sentence's coded dyads, and the events
// of a whole text read as an article, each as one comparable string.

/** The default coder with the pack's actors, as `multivector ingest` reads. */
export const eventCoder = defaultCoder(readPack().actors);

/** A sentence's events as "SRC>TGT CODE", coded on `date`. */
export const dyads = (s: string, date = "2024-05-20"): string[] =>
  eventCoder.codeSentence(s, {date}).events.map((e) => `${e.source}>${e.target} ${e.code}`);

/** A text's events read as an article published on `date`, as "SRC>TGT CODE DATE[ MODALITY]" ("-" when undated). */
export function readEvents(text: string, date = "2024-05-20"): string[] {
  const r = readDocument(text, {format: "text", sourceId: "t", coder: eventCoder, given: {date}});
  assert.ok(r.ok);
  return r.value.events.map(
    (e) => `${e.source}>${e.target} ${e.code} ${e.date ?? "-"}${e.modality ? ` ${e.modality}` : ""}`
  );
}

/** A body's events read under a dated report's heading ("Report", 12.03.2025), as the reader returns them. */
export function readReport(body: string) {
  const r = readDocument(`Report\n\n12.03.2025\n\n${body}`, {format: "text", sourceId: "t", coder: eventCoder});
  assert.ok(r.ok);
  return r.value.events;
}

/** The same body's events as "SRC>TGT RR" (the CAMEO root only), as the actor tests compare them. */
export const reportRoots = (body: string): string[] =>
  readReport(body).map((e) => `${e.source}>${e.target} ${e.code.slice(0, 2)}`);

/** Asserts that some event of a reading matches `wanted` (the reading printed when none does). */
export const has = (events: string[], wanted: RegExp): void =>
  assert.ok(
    events.some((e) => wanted.test(e)),
    events.join(" | ")
  );

/** Asserts that no event of a reading matches `unwanted`. */
export const lacks = (events: string[], unwanted: RegExp): void =>
  assert.ok(!events.some((e) => unwanted.test(e)), events.join(" | "));

/** A sentence's events read under a diary's heading, as an article given the day 2025-03-05 (the precision tests'). */
export function readDiary(sentence: string) {
  const r = readDocument(`Diplomatic diary\n\n${sentence}\n`, {
    format: "text",
    sourceId: "t",
    coder: eventCoder,
    given: {date: "2025-03-05"}
  });
  assert.ok(r.ok);
  return r.value.events;
}
