import assert from "node:assert/strict";
import {readDocument, type ReadDocument, type ReadOptions} from "../../src/read/index.js";

// What the reader's page-form and attribution tests share: read a text that must read, and find a sentence's voice
// or a claim by a piece of its quote.

/** Reads `text` as a document with source id "t"; fails the test with the reader's issues if it does not read. */
export function readOk(
  text: string,
  options: Omit<ReadOptions, "sourceId" | "format"> & Partial<ReadOptions>
): ReadDocument {
  const r = readDocument(text, {format: "text", sourceId: "t", ...options});
  assert.ok(r.ok, JSON.stringify(r));
  return r.value;
}

/** The voice of the first sentence containing `q`. */
export const voiceOf = (d: ReadDocument, q: string) => d.voices[d.sentences.findIndex((s) => s.text.includes(q))]!;

/** The first claim whose quote contains `q`. */
export const claimOf = (d: ReadDocument, q: string) => d.claims.find((c) => c.quote.includes(q));

/**
 * A signed analysis page of our own (headline, byline, date, one opening paragraph) with `body` as its next paragraph
 * and, when given, a closing `bio` line: the writer's own sentences, for tests of the writer's claims.
 */
export const analysisPage = (body: string, bio?: string): string =>
  [
    "The Danube's slow summit",
    "",
    "By Jane Roe",
    "",
    "12 May 2025",
    "",
    "Two weeks ago, the Danube states signed a river agreement in Vienna. The ceremony took an hour, and the ministers left for Brussels the same evening.",
    "",
    body,
    ...(bio === undefined ? [] : ["", bio])
  ].join("\n");
