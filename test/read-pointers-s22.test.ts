/**
 * Who acted when the text only points at the actor (issue 10, session 22; src/read/anaphora.ts `notePersonSubject`,
 * src/read/document.ts, src/read/office-holders.ts): a chain of "He … . He also …" sentences, an office alone as the
 * subject a later "She" points to, "the minister" alone. Every sentence our own (South America and the Baltic states);
 * the page is dated 2024-05-20.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

const page = (...paragraphs: string[]) => ["Visit to Lima", ...paragraphs].join("\n\n");
const has = (events: string[], wanted: string) => assert.ok(events.includes(wanted), events.join(" | "));
const lacks = (events: string[], unwanted: RegExp) =>
  assert.ok(!events.some((e) => unwanted.test(e)), events.join(" | "));

test("a chain of 'He' sentences: each is the person the first pointed to", () => {
  const events = readEvents(
    page(
      "LIMA, May 20 (Wire) - Chilean President Gabriel Boric arrived in Lima on Monday for a state visit.",
      "He held talks with Peruvian President Dina Boluarte on Tuesday.",
      "He also signed an agreement on lithium with Bolivia.",
      "Later he thanked Ecuador for its support."
    )
  );
  has(events, "CHL>BOL 057 2024-05-20");
  has(events, "CHL>ECU 051 2024-05-20");
});

test("near miss: a new person as the subject in between takes the pronoun over", () => {
  const events = readEvents(
    page(
      "LIMA, May 20 (Wire) - Chilean President Gabriel Boric arrived in Lima on Monday for a state visit.",
      "He held talks with Peruvian President Dina Boluarte on Tuesday.",
      "Argentine President Javier Milei arrived in Lima later that day.",
      "He praised Paraguay for its reforms."
    )
  );
  has(events, "ARG>PRY 051 2024-05-20");
  lacks(events, /^CHL>PRY/);
});

test("near miss: a sentence about a thing breaks the chain", () => {
  const events = readEvents(
    page(
      "LIMA, May 20 (Wire) - Chilean President Gabriel Boric arrived in Lima on Monday for a state visit.",
      "He held talks with Peruvian President Dina Boluarte on Tuesday.",
      "It was a busy week for the port.",
      "He then thanked Colombia for its help."
    )
  );
  lacks(events, /^CHL>COL/);
});

test("an office alone as the subject is a person a next 'She' points to", () => {
  const events = readEvents(
    page(
      "VILNIUS, May 20 (Wire) - Latvian Foreign Minister Baiba Braze met her Lithuanian counterpart in Vilnius on Monday.",
      "The foreign minister later visited Tallinn.",
      "In Tallinn she signed a memorandum on energy with Estonia."
    )
  );
  has(events, "LVA>EST 057 2024-05-20");
});

test("'the minister' alone is the minister named before, of any portfolio", () => {
  const events = readEvents(
    page(
      "QUITO, May 20 (Wire) - Ecuadorian Trade Minister Sonsoles Garcia received her Colombian counterpart in Quito on Monday.",
      "The minister also urged Peru to lower its tariffs on bananas."
    )
  );
  has(events, "ECU>PER 020 2024-05-20");
});

test("near misses: 'the minister of' something, 'the ministers', a minister's possession", () => {
  const events = readEvents(
    page(
      "QUITO, May 20 (Wire) - Ecuadorian Trade Minister Sonsoles Garcia received her Colombian counterpart in Quito on Monday.",
      "The ministers urged Peru to lower its tariffs on bananas.",
      "The minister of the central bank thanked Bolivia for its help.",
      "The minister's aides praised Uruguay for its reforms."
    )
  );
  lacks(events, /^ECU>(?:BOL|URY)/);
});

test("'He' after a sentence with no subject of its own that named one person is that person", () => {
  const events = readEvents(
    page(
      "LIMA, May 20 (Wire) - Peru and Bolivia signed a memorandum on water on Monday.",
      "Since his appointment, this is Bolivian President Luis Arce's third visit to Peru.",
      "He previously visited Chile in March 2023."
    )
  );
  has(events, "BOL>CHL 042 2023-03-01");
});

test("near miss: a sentence before naming persons of two states gives 'He' to neither", () => {
  const events = readEvents(
    page(
      "LIMA, May 20 (Wire) - Peru and Bolivia signed a memorandum on water on Monday.",
      "Since his appointment, this is Bolivian President Luis Arce's third meeting with Peruvian President Dina Boluarte.",
      "He previously visited Chile in March 2023."
    )
  );
  lacks(events, /^(?:BOL|PER)>CHL 042/);
});

test("an opening place without its comma stays apart from the person put for 'she'", () => {
  const events = readEvents(
    page(
      "RIGA, May 20 (Wire) - Estonian Prime Minister Kristen Michal arrived in Riga on Monday.",
      "In Riga she signed a memorandum on energy with Latvia."
    )
  );
  has(events, "EST>LVA 057 2024-05-20");
});
