import assert from "node:assert/strict";
import {test} from "node:test";
import {abbreviates, longFormOf} from "../src/read/long-form.js";
import {readDocument} from "../src/read/index.js";

// Session 18 (issue 10): an agency's initials in its dateline stand for the name its copyright line signs with. Pages
// and names written for these tests (an Andean agency, a Baltic wire, a Sahel service), with near misses.

test("a name abbreviates to initials whose letters stand in it in order, the first its initial", () => {
  assert.equal(abbreviates("ANA", "Andean News Agency"), true);
  // (letters inside words, and a word the initials leave out)
  assert.equal(abbreviates("BAW", "Baltic Wire"), true);
  assert.equal(abbreviates("SIS", "Sahel Information Service"), true);
  // near misses: another first letter; letters out of order; a single word; a name far longer than its initials allow
  assert.equal(abbreviates("AFP", "Sahel Information Service"), false);
  assert.equal(abbreviates("WBA", "Baltic Wire Agency"), false);
  assert.equal(abbreviates("BW", "Baltic"), false);
  assert.equal(abbreviates("SN", "Sahel Regional Office for the Coordination of News"), false);
  assert.equal(longFormOf("ANA", ["© 2026 Andean News Agency. All rights reserved."]), "Andean News Agency");
  // (a name that holds the initials themselves is their edition, not their long form)
  assert.equal(longFormOf("ANA", ["ANA English | Home | World"]), undefined);
  assert.equal(longFormOf("Andean", ["© 2026 Andean News Agency"]), undefined);
});

const STORY =
  "Farmers in the Andean valleys began the quinoa harvest two weeks early this year, after a dry autumn, the agriculture ministry said on Tuesday.\n\nOfficials expect exports to rise, though the price paid at the border has fallen since the spring.";

test("initials in the dateline, the full name in the copyright line: the full name", () => {
  const dated = STORY.replace(/^Farmers/, "LA PAZ, 14 May 2026 (ANA) – Farmers");
  const read = (tail: string[]) => {
    const text = [
      "ANA",
      "Home | World | Economy",
      "",
      "Quinoa harvest starts early in the Andes",
      "",
      dated,
      "",
      ...tail
    ];
    const r = readDocument(text.join("\n"), {format: "text", sourceId: "t"});
    assert.ok(r.ok);
    return r.value.metadata.publisher;
  };
  assert.equal(read(["Copyright © Andean News Agency. Reuse requires written consent."]), "Andean News Agency");
  assert.equal(read(["© 2026 ANDEAN NEWS AGENCY. All rights reserved."]), "Andean News Agency");
  // near misses: a copyright line signing with the initials, or with another name, or none: the initials stay
  assert.equal(read(["© 2026 ANA. All rights reserved."]), "ANA");
  assert.equal(read(["© 2026 Lima Media Group. All rights reserved."]), "ANA");
  assert.equal(read([]), "ANA");
});

test("a headline right above its byline, under a series' name or a tagline taken first: the headline is the title", () => {
  const story =
    "Lima and La Paz agreed on Tuesday to share data on the glaciers that feed Lake Titicaca, the two foreign ministries said.\n\nThe agreement sets up a joint monitoring station near Puno.";
  const title = (head: string[]) => {
    const r = readDocument([...head, "", story].join("\n"), {format: "text", sourceId: "t"});
    assert.ok(r.ok);
    return r.value.metadata.title;
  };
  // a blog's name and its tagline, then the headline and its byline with the date
  assert.equal(
    title([
      "ANDEAN POLICY FORUM",
      "Research | Experts | Events | High Ground | About",
      "High Ground",
      "Notes from the top of the continent",
      "Thin air, thick data: the glacier pact between Peru and Bolivia",
      "Rosa Quispe-Lind | 14 May 2026"
    ]),
    "Thin air, thick data: the glacier pact between Peru and Bolivia"
  );
  // an office's name over its series, then the headline and its date; a paper's number before a bar leaves the title
  assert.equal(
    title([
      "Parliamentary Research Service",
      "PRS Brief",
      "Andean Glaciers and Water Security: Issues for Parliament",
      "Updated May 14, 2026"
    ]),
    "Andean Glaciers and Water Security: Issues for Parliament"
  );
  assert.equal(
    title([
      "PRS Brief",
      "AB12345 | Andean Glaciers and Water Security in Two Capitals",
      "Rosa Quispe-Lind",
      "14 May 2026"
    ]),
    "Andean Glaciers and Water Security in Two Capitals"
  );
  // near misses: a headline naming places, then a subheading without a stop, then the date: the headline stays
  assert.equal(
    title([
      "Lima, La Paz sign glacier pact",
      "Ministers to meet again in Puno on the water accord in June",
      "14 May 2026, 10:12"
    ]),
    "Lima, La Paz sign glacier pact"
  );
});
