import assert from "node:assert/strict";
import {test} from "node:test";
import {readOk} from "./helpers/read.js";
import {eventCoder} from "./helpers/events.js";
import {familyInCapitals, readByline} from "../src/read/byline.js";

// Session 34 (issue 10): page forms the held-back set blind34 showed, read as general rules of pages. Pages and
// sentences written for these tests.

const read = (lines: string[]) => readOk(lines.join("\n"), {coder: eventCoder});

/** A research institute's numbered comment, its writer's family name first and in capitals. */
const COMMENT = [
  "The Steppe Institute for Policy Studies (SIPS)",
  "",
  "About | Research | Publications | Events | Contact",
  "",
  "Publications > Policy Comments > 2025",
  "",
  "Policy Comments No. 2025-14",
  "",
  "Why Seoul's Central Asia summit needs a secretariat",
  "",
  "PARK Minji (Research Fellow, SIPS)",
  "12 November 2025",
  "",
  "South Korea hosted the leaders of the five Central Asian states in Seoul in June. The leaders adopted a joint declaration on critical minerals and transport.",
  "",
  "In my view, the summit's real result is the minerals dialogue, and Seoul should give it a permanent office.",
  "",
  "PARK Minji is a Research Fellow at SIPS. The views expressed are the author's own.",
  "",
  "© The Steppe Institute for Policy Studies. All rights reserved."
];

test("a series' number within its year over the headline is the series, not the title", () => {
  const r = read(COMMENT);
  assert.equal(r.metadata.title, "Why Seoul's Central Asia summit needs a secretariat");
  // near miss: a headline that ends in a number but names no series' kind stays the headline
  const h = read([
    "THE STEPPE COURIER",
    "World | Business | Opinion",
    "",
    "Kazakhstan ratifies the Caspian protocol No. 4",
    "",
    "By Jane Roe",
    "12 November 2025",
    "",
    "Kazakhstan's parliament ratified the fourth protocol to the Caspian convention on Tuesday, the foreign ministry said."
  ]);
  assert.equal(h.metadata.title, "Kazakhstan ratifies the Caspian protocol No. 4");
});

test("a writer's name with the role in brackets is the byline; a family name in capitals is set in running case", () => {
  const r = read(COMMENT);
  assert.equal(r.metadata.author, "Park Minji");
  assert.ok(r.claims.some((c) => c.speaker === "Park Minji" && /minerals dialogue/.test(c.quote)));
  assert.deepEqual(readByline("Jane Roe (Senior Fellow, Energy Programme)"), {author: "Jane Roe"});
  assert.deepEqual(readByline("KAWAMURA Ryota (Research Fellow)"), {author: "Kawamura Ryota"});
  // near misses: a name with an agency in brackets is no writer with a role; a place with its country neither
  assert.notDeepEqual(readByline("John Smith (Reuters)"), {author: "John Smith"});
  assert.equal(readByline("Almaty (Kazakhstan)")?.author, undefined);
  assert.equal(familyInCapitals("Jean DUPONT"), "Jean Dupont");
  assert.equal(familyInCapitals("TANAKA Hiroshi"), "Tanaka Hiroshi");
  // (a name wholly in capitals, or in running case, or with initials, is left as it is)
  assert.equal(familyInCapitals("JANE ROE"), "JANE ROE");
  assert.equal(familyInCapitals("Jane Roe"), "Jane Roe");
  assert.equal(familyInCapitals("J. K. Roe"), "J. K. Roe");
});

test("a masthead with the site's address after a separator names the publisher without the address", () => {
  const r = read([
    "CASPIAN DAILY HERALD  ·  cdh.com.az",
    "Baku's news, first",
    "",
    "Local | Politics | World | Business | Sport",
    "",
    "Azerbaijan and Turkmenistan agree on a gas swap",
    "",
    "Written by Aysel Mammadova | Thursday, 16 October 2025, 12:54",
    "",
    "Azerbaijan and Turkmenistan agreed on Wednesday to extend their gas swap through Iran by three years, the energy ministry said.",
    "",
    "Caspian Daily Herald © 2025. All rights reserved."
  ]);
  assert.equal(r.metadata.publisher, "Caspian Daily Herald");
  // near miss: a site whose name is its address keeps it
  const k = read([
    "Steppenews.kz",
    "World | Business | Opinion",
    "",
    "Kazakhstan and Uzbekistan agree on a border crossing",
    "",
    "By Jane Roe | 16 October 2025",
    "",
    "Kazakhstan and Uzbekistan agreed on Wednesday to open a new border crossing, the foreign ministry said."
  ]);
  assert.equal(k.metadata.publisher, "Steppenews.kz");
});

test("a name does not run across paragraphs: a heading's last word in capitals is no first name of the next speaker", () => {
  const r = read([
    "MINISTRY OF TRADE",
    "News | Press releases",
    "",
    "Trade talks with Kazakhstan continue",
    "",
    "March 3, 2026",
    "",
    "Deputy Secretary Anna Morris met a Kazakh delegation in Washington on Monday to discuss export controls.",
    "",
    "TALKS WITH THE KAZAKH REPUBLIC",
    "",
    "Treasury officials met the delegation twice in February.",
    "",
    "Treasury also warned that banks in the region should expect more designations this year."
  ]);
  const c = r.claims.find((x) => /more designations/.test(x.quote));
  assert.ok(c, "the claim is read");
  assert.ok(!/REPUBLIC/.test(c.speaker ?? ""), `speaker ${c.speaker}`);
});
