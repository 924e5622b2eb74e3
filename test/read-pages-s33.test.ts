import assert from "node:assert/strict";
import {test} from "node:test";
import {readOk} from "./helpers/read.js";
import {eventCoder} from "./helpers/events.js";

// Session 33 (issue 10): page forms the held-back sets showed, read as general rules of pages. Pages and sentences
// written for these tests.

const read = (lines: string[]) => readOk(lines.join("\n"), {coder: eventCoder});

/** A regional assembly's verbatim record of a sitting, in the form such records take. */
const RECORD = [
  "Regional Assembly",
  "Plenary   Members   News   Agenda   Documents",
  "",
  "Home > Plenary > Debates > Verbatim report of proceedings",
  "",
  "Debates",
  "Tuesday, 4 March 2025 - Brussels",
  "Provisional edition",
  "",
  "7. Relations with Central Asia (debate)",
  "",
  "Video of the speeches   Previous   Next   Text (PDF)",
  "",
  "Chair. – The next item is the debate on relations with Central Asia.",
  "",
  "Anna Berg, on behalf of the Liberal Group. – Madam Chair, Kazakhstan has been a reliable partner for a decade. The assembly should support the new agreement.",
  "",
  "Karl Weiss, on behalf of the Green Group. – Madam Chair, the water crisis will get worse unless the region cooperates on its rivers.",
  "",
  "Chair. – The debate is closed.",
  "",
  "Last updated: 5 March 2025"
];

test("a writer's name in capitals over the place line under a standfirst is the byline, not the story's first words", () => {
  const r = read([
    "THE BALTIC COURIER",
    "World | Europe | Business",
    "",
    "Estonia courts Turkmen gas for its new terminal",
    "",
    "Tallinn wants a second supplier before the winter. Ashgabat wants a buyer outside Asia.",
    "",
    "KADRI VALK-TAMM",
    "Ashgabat -",
    "",
    "Estonia's foreign minister arrived in Ashgabat on Monday for two days of talks on gas and transit.",
    "",
    "The two ministers signed a memorandum on energy cooperation on Tuesday.",
    "",
    "Published on 12 May 2025"
  ]);
  assert.equal(r.metadata.author, "Kadri Valk-Tamm");
  assert.ok(!r.sentences.some((s) => s.text.includes("KADRI") || s.text.startsWith("Ashgabat -")));
  // near miss: a topic's heading in capitals over the place line is no writer: its words are the page's common words
  const h = read([
    "THE BALTIC COURIER",
    "",
    "Estonia courts Turkmen gas for its new terminal",
    "",
    "Tallinn wants a second supplier before the winter.",
    "",
    "ENERGY SECURITY",
    "Ashgabat -",
    "",
    "Estonia's foreign minister arrived in Ashgabat on Monday for two days of talks on energy security.",
    "",
    "Published on 12 May 2025"
  ]);
  assert.notEqual(h.metadata.author, "Energy Security");
  // near miss: a sentence that ends in a dash is the story's, not a place line
  const s = read([
    "THE BALTIC COURIER",
    "",
    "Estonia courts Turkmen gas for its new terminal",
    "",
    "KADRI VALK-TAMM",
    "",
    "Estonia's foreign minister arrived in Ashgabat on Monday for two days of talks on gas and transit -",
    "",
    "Published on 12 May 2025"
  ]);
  assert.ok(s.sentences.some((x) => x.text.includes("arrived in Ashgabat")));
});

test("a stamp in the page's own language is the page's date: a foreign month's name, a spaced numeric date", () => {
  const swedish = read([
    "RADIO EXAMPLE  |  Nyheter  |  News in English",
    "",
    "Finland and Kyrgyzstan open talks on a road link",
    "",
    "Published torsdag 6 februari 2025 kl 09.15",
    "",
    "Finland's trade minister met his Kyrgyz counterpart in Bishkek on Wednesday to discuss a road link.",
    "",
    "The two ministers signed a memorandum on transport."
  ]);
  assert.equal(swedish.metadata.date, "2025-02-06");
  const czech = read([
    "Prague Policy Centre",
    "",
    "What Central Europe can offer Tashkent",
    "",
    "Jana Nováková",
    "3. 6. 2025",
    "",
    "Uzbekistan's foreign minister visited Prague in May and signed an agreement on aviation with Czechia.",
    "",
    "The visit was the first in a decade."
  ]);
  assert.equal(czech.metadata.date, "2025-06-03");
  // near miss: a foreign month's name without its year names no day of the page
  const bare = read([
    "RADIO EXAMPLE  |  Nyheter  |  News in English",
    "",
    "Finland and Kyrgyzstan open talks on a road link",
    "",
    "torsdag 6 februari",
    "",
    "Finland's trade minister met his Kyrgyz counterpart in Bishkek on Wednesday to discuss a road link."
  ]);
  assert.equal(bare.metadata.date, undefined);
});

test("the site's name: no button's label, no place a byline was filed from; a cookie notice names the owner", () => {
  const r = read([
    "Listen live  ·  Programmes  ·  Podcasts  ·  Log in",
    "",
    "Finland and Kyrgyzstan open talks on a road link",
    "",
    "Published 6 February 2025",
    "",
    "Finland's trade minister arrived in Bishkek on Wednesday.",
    "",
    "By Aino Virtanen, Bishkek",
    "",
    "Finland's trade minister met his Kyrgyz counterpart in Bishkek on Wednesday to discuss a road link. The two signed a memorandum on transport.",
    "",
    "Share on Facebook  ·  Share on X  ·  Copy link",
    "",
    "Radio Lakeland uses cookies to improve your experience. Read more about cookies"
  ]);
  assert.equal(r.metadata.author, "Aino Virtanen");
  assert.equal(r.metadata.publisher, "Radio Lakeland");
  // near miss: "This site uses cookies" names nobody
  const n = read([
    "Finland and Kyrgyzstan open talks on a road link",
    "",
    "Published 6 February 2025",
    "",
    "Finland's trade minister met his Kyrgyz counterpart in Bishkek on Wednesday to discuss a road link.",
    "",
    "Share on Facebook  ·  Share on X  ·  Copy link",
    "",
    "This site uses cookies to improve your experience. Read more about cookies"
  ]);
  assert.notEqual(n.metadata.publisher, "This site");
});

test("a medium's description of itself, a paper's series number and an edition's label are no headline", () => {
  const r = read([
    "THE LAKESIDE LEDGER",
    "Finland's independent English weekly since 2004",
    "Thursday, February 6, 2025",
    "",
    "World | Politics | Business",
    "",
    "Finland and Kyrgyzstan open talks on a road link",
    "",
    "Published at : February 6, 2025",
    "",
    "Finland's trade minister met his Kyrgyz counterpart in Bishkek on Wednesday to discuss a road link.",
    "",
    "The two ministers signed a memorandum on transport."
  ]);
  assert.equal(r.metadata.title, "Finland and Kyrgyzstan open talks on a road link");
  // near miss: a masthead in capitals that ends in the medium's kind is the masthead, the publisher
  const caps = read([
    "THE LAKESIDE ECONOMIC DAILY",
    "Economy  Industry  Finance  Markets  Politics",
    "Industry > Energy",
    "Finnish firms sign mining deals in Kazakhstan",
    "Aino Virtanen",
    "Published 2025.02.06 18:31",
    "",
    "ASTANA -- Finnish companies signed three mining agreements with Kazakh state firms on Thursday, officials said.",
    "",
    "Copyright by THE LAKESIDE ECONOMIC DAILY. Unauthorized reproduction prohibited."
  ]);
  assert.equal(caps.metadata.publisher, "The Lakeside Economic Daily");
  const paper = read([
    "Prague Policy Centre",
    "",
    "WORKING PAPER 3/2025",
    "",
    "What Central Europe can offer Tashkent",
    "",
    "Jana Nováková",
    "3. 6. 2025",
    "",
    "Uzbekistan's foreign minister visited Prague in May and signed an agreement on aviation with Czechia."
  ]);
  assert.equal(paper.metadata.title, "What Central Europe can offer Tashkent");
  const record = read(RECORD);
  assert.equal(record.metadata.title, "Relations with Central Asia (debate)");
  assert.equal(record.metadata.date, "2025-03-04");
  // near miss: a headline that is a sentence keeps its words
  const n = read([
    "THE LAKESIDE LEDGER",
    "",
    "Finland's oldest English weekly closes after twenty years",
    "",
    "Published at : February 6, 2025",
    "",
    "The weekly said its last issue would appear in March, after its owner sold the title."
  ]);
  assert.equal(n.metadata.title, "Finland's oldest English weekly closes after twenty years");
});

test("a masthead in initials over the name they stand for: the name is the publisher", () => {
  const release = (second: string) =>
    read([
      "WFO UN FOOD",
      second,
      "Home / News / Press releases",
      "",
      "Food agency opens an office in Bishkek",
      "",
      "Press release  |  Bishkek, 3 June 2025",
      "",
      "The World Food Organisation and the Government of the Kyrgyz Republic today opened a country office in Bishkek."
    ]);
  assert.equal(release("World Food Organisation").metadata.publisher, "World Food Organisation");
  // near miss: a line under the masthead whose initials are other is the site's tagline, not its name
  const n = release("Fighting Hunger Together");
  assert.notEqual(n.metadata.publisher, "Fighting Hunger Together");
  // near miss: initials with a medium's word are the medium's own brand, kept over the name under it
  const brand = read([
    "LBC NEWS",
    "Lakeland Broadcasting Corporation",
    "Just In | World | Business | Politics | Analysis | Watch Live",
    "",
    "Finnish firms sign mining deals in Kazakhstan",
    "",
    "By business reporter Aino Virtanen",
    "Published 6 February 2025",
    "",
    "Finnish companies signed three mining agreements with Kazakh state firms on Thursday, officials said."
  ]);
  assert.notEqual(brand.metadata.publisher, "Lakeland Broadcasting Corporation");
});

test("a parliament's verbatim record: each speech is its labelled speaker's", () => {
  const r = read(RECORD);
  const speaker = (q: string) => r.claims.find((c) => c.quote.includes(q))?.speaker;
  assert.equal(speaker("should support the new agreement"), "Anna Berg");
  assert.equal(speaker("water crisis will get worse"), "Karl Weiss");
});
