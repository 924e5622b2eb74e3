/**
 * Persons and companies tied to their state by the text (issue 10, session 26; src/read/anaphora.ts `shortName`,
 * `learnOffices`, the appositions; src/read/anaphora-bodies.ts; packs/central-asia/aliases.csv, SOURCES.md "Sanctions
 * offices, state companies and office holders of session 26"): a known person's short name later in the text, an
 * office named with its state before and then by a person's apposition, an envoy's own state and not their posting,
 * a company the text calls a state's. Every sentence our own; the pages are dated 2024-05-20, a Monday.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {eventCoder, has, lacks, readEvents} from "./helpers/events.js";
import {shortName} from "../src/read/anaphora.js";

const coded = (s: string, date = "2024-05-20"): string[] =>
  eventCoder.codeSentence(s, {date}).events.map((e) => `${e.source}>${e.target} ${e.code}`);

test("the word news calls a known person by", () => {
  assert.equal(shortName("Shehbaz Sharif", "PAK"), "Sharif");
  assert.equal(shortName("Pope Francis", "VAT"), "Francis");
  assert.equal(shortName("Xi Jinping", "CHN"), "Xi");
  // (a Vietnamese is called by the last word of the name, a Malay by the first)
  assert.equal(shortName("Pham Minh Chinh", "VNM"), "Chinh");
  assert.equal(shortName("Anwar Ibrahim", "MYS"), "Anwar");
  // (near misses: a seat of government, an Arabic name of parts, one word without a title)
  assert.equal(shortName("White House", "USA"), undefined);
  assert.equal(shortName("Tamim bin Hamad", "QAT"), undefined);
  assert.equal(shortName("Tokayev", "KAZ"), undefined);
});

test("a known person named in full, then by the short name", () => {
  has(
    readEvents(
      "Prime Minister Muhammad Shehbaz Sharif arrived in Tashkent on Monday. Sharif met Kyrgyz President Sadyr Japarov in Bishkek on Tuesday."
    ),
    /^PAK>KGZ 040/
  );
  has(
    readEvents(
      "Prime Minister Datuk Seri Anwar Ibrahim arrived in Astana on Monday. On Tuesday, Anwar met Kazakh President Kassym-Jomart Tokayev."
    ),
    /^MYS>KAZ 040/
  );
  has(
    readEvents(
      "Foreign Minister Bui Thanh Son arrived in Tashkent on Monday. Minister Son met Uzbek President Shavkat Mirziyoyev on Tuesday."
    ),
    /^VNM>UZB 040/
  );
  // (near miss: the Malay father's name is no short name; "Ibrahim" alone is no one's)
  lacks(
    readEvents(
      "Prime Minister Datuk Seri Anwar Ibrahim arrived in Astana on Monday. On Tuesday, Ibrahim met Kazakh President Kassym-Jomart Tokayev."
    ),
    /^MYS>KAZ 040/
  );
});

test("an office named with its state, then by a person's apposition", () => {
  has(
    readEvents(
      "Chile's energy minister toured Central Asia this week. Ana Lucero, the minister of energy, met Kazakh Prime Minister Olzhas Bektenov in Astana on Tuesday."
    ),
    /^CHL>KAZ 040/
  );
  // (near misses: two states' energy ministers named before; a deputy's office is another office; no office before)
  lacks(
    readEvents(
      "Chile's energy minister and Peru's energy minister toured Central Asia this week. Ana Lucero, the minister of energy, met Kazakh Prime Minister Olzhas Bektenov in Astana on Tuesday."
    ),
    /^(?:CHL|PER)>KAZ 040/
  );
  lacks(
    readEvents(
      "Chile's energy minister toured Central Asia this week. Ana Lucero, the deputy minister of energy, met Kazakh Prime Minister Olzhas Bektenov in Astana on Tuesday."
    ),
    /^CHL>KAZ 040/
  );
  lacks(
    readEvents("Ana Lucero, the minister of energy, met Kazakh Prime Minister Olzhas Bektenov in Astana on Tuesday."),
    /^CHL>KAZ/
  );
});

test("an envoy is their own state's, not their posting's", () => {
  has(
    readEvents(
      "Dana Serik, Kazakhstan's ambassador to Chile, met Chilean Foreign Minister Alberto van Klaveren on Monday."
    ),
    /^KAZ>CHL 040/
  );
  has(
    readEvents(
      "Dana Serik, the Chilean ambassador to Kazakhstan, met Kazakh Foreign Minister Murat Nurtleu on Monday."
    ),
    /^CHL>KAZ 040/
  );
});

test("a company the text calls a state's, and its name alone later", () => {
  has(
    readEvents(
      "The Hungarian energy company MOL opened an office in Astana on Monday. MOL signed a memorandum with Uzbekneftegaz on Tuesday."
    ),
    /^HUN>UZB 057/
  );
  // (near miss: a news agency is no company acting for its state)
  lacks(
    readEvents(
      "The Hungarian news agency Hirlap opened an office in Astana on Monday. Hirlap signed a memorandum with Uzbekneftegaz on Tuesday."
    ),
    /^HUN>UZB/
  );
});

test("sanctions offices and state companies of the table", () => {
  has(coded("OFAC imposed sanctions on two Kyrgyz banks on Monday."), /^USA>KGZ 163/);
  has(coded("Uzbekenergo and SOCAR signed an agreement on a power cable."), /^UZB>AZE 057/);
  has(coded("Kazmortransflot signed a contract with a Turkish shipyard."), /^KAZ>TUR 057/);
  // (near miss: a treasury named alone is any state's)
  lacks(coded("The Treasury imposed sanctions on two Kyrgyz banks on Monday."), /^USA>/);
});
