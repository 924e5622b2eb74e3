import assert from "node:assert/strict";
import {test} from "node:test";
import {readByline} from "../src/read/byline.js";
import {readOk} from "./helpers/read.js";

// Session 16 (issue 10): two forms of a byline without "By" — a name and the desk's role in running case, and
// writers listed by commas alone. Names, roles and pages written for these tests (no fixture's), with near misses.

test("a name, then the writer's role in running case with no comma: the name is the author", () => {
  assert.deepEqual(readByline("Ottilie Brandvold-Sá Economics editor"), {author: "Ottilie Brandvold-Sá"});
  // a role of three words, the noun last; a three-word name
  assert.deepEqual(readByline("Mirela Ana Voicu Foreign affairs correspondent"), {author: "Mirela Ana Voicu"});
  // beside a date on one line
  assert.equal(readByline("Ottilie Brandvold-Sá Energy reporter | 4 March 2025")?.author, "Ottilie Brandvold-Sá");
  // (near misses: a role alone, a name and a subject that is no role, a place and a role)
  assert.equal(readByline("Senior Energy correspondent"), undefined);
  assert.equal(readByline("Ottilie Brandvold-Sá Climate policy"), undefined);
  assert.equal(readByline("Central Asia correspondent"), undefined);
});

test("writers listed by commas alone: each a person's name, written with 'and'", () => {
  assert.deepEqual(readByline("Tomasz Wielgosz-Ray, Halldóra Finnsdóttir"), {
    author: "Tomasz Wielgosz-Ray and Halldóra Finnsdóttir"
  });
  assert.deepEqual(readByline("Tomasz Wielgosz-Ray, Halldóra Finnsdóttir, Ib Kjærgaard"), {
    author: "Tomasz Wielgosz-Ray, Halldóra Finnsdóttir and Ib Kjærgaard"
  });
  assert.equal(
    readByline("Tomasz Wielgosz-Ray, Halldóra Finnsdóttir | 11.02.2024")?.author,
    "Tomasz Wielgosz-Ray and Halldóra Finnsdóttir"
  );
  // (near misses: places, a single word, an official beside a ministry)
  assert.equal(readByline("Buenos Aires, Addis Ababa"), undefined);
  assert.equal(readByline("Reykjavik, Tromsø"), undefined);
  assert.equal(readByline("Tomasz Wielgosz-Ray, Ministry of Fisheries")?.author, undefined);
});

test("in a page: the writers under an analysis title speak its unattributed judgements", () => {
  const d = readOk(
    [
      "NORDLAND POLICY CENTRE",
      "Briefs",
      "2025-03-04",
      "Norway's quota deal with Iceland is a truce, not a settlement",
      "Tomasz Wielgosz-Ray, Halldóra Finnsdóttir",
      "",
      "On 2 March, Norway and Iceland signed a three-year agreement on mackerel quotas in the North Atlantic.",
      "",
      "The agreement is fragile, and the fleets are likely to test it within a season."
    ].join("\n"),
    {}
  );
  assert.equal(d.metadata.author, "Tomasz Wielgosz-Ray and Halldóra Finnsdóttir");
  const c = d.claims.find((x) => x.quote.includes("likely to test it"));
  assert.equal(c?.speaker, "Tomasz Wielgosz-Ray and Halldóra Finnsdóttir");
});
