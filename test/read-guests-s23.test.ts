/**
 * A host's guests told by a pointer, and an earlier gathering of the story's series told as hosted (issue 10, session
 * 23; src/read/events-guests.ts, Anaphora.guestGroup and Anaphora.earlierGuests): "Poland received them in Warsaw",
 * "Finland hosted the same three leaders two years ago", "X, who hosted the previous meeting in Yerevan in August
 * 2023, …", "The first summit, which Poland hosted in Krakow in May 2023, …". The host's act (043) is toward the
 * group the text named before, dated by the host's own clause. Every sentence our own (the South Caucasus, the
 * Baltic states, the Nordic states); the page is dated 2024-11-20.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {earlierHosting, guestPointers} from "../src/read/events-guests.js";
import {readEvents} from "./helpers/events.js";

const read = (text: string) => readEvents(text, "2024-11-20");
const hosted = (text: string) => read(text).filter((e) => / 043 /.test(e));

test("guestPointers: a host's past verb, then a pronoun or a counted group", () => {
  const counts = (s: string) => guestPointers(s).map((p) => [s.slice(p.at, p.at + p.length), p.count ?? null]);
  assert.deepEqual(counts("In March Poland received them in Warsaw."), [["them", null]]);
  assert.deepEqual(counts("Finland hosted the same three leaders in Helsinki."), [["the same three leaders", 3]]);
  assert.deepEqual(counts("Japan welcomed all five in Tokyo in December."), [["all five", 5]]);
  assert.deepEqual(counts("Sweden hosted the leaders of the four last year."), [["the leaders of the four", 4]]);
  // near misses: a complement names the group, a noun of things, a plan, a possessive
  assert.deepEqual(counts("Finland hosted the three leaders of the Nordic Council in Helsinki."), []);
  assert.deepEqual(counts("Finland hosted the three companies in Helsinki."), []);
  assert.deepEqual(counts("Turkmenistan hosted the five Central Asian presidents in Ashgabat."), []);
  assert.deepEqual(counts("Poland is due to welcome them in Warsaw next month."), []);
  assert.deepEqual(counts("Estonia hosted the five's envoys."), []);
});

test("a pronoun after a host's verb: the one region named in this sentence or the three before", () => {
  assert.deepEqual(
    hosted("The leaders of the South Caucasus met in Tbilisi on Monday. In March Poland received them in Warsaw."),
    ["POL>CAU 043 2024-03-01"]
  );
  // the same pointer resolved in the sentence before carries to a "them" in this one
  assert.deepEqual(
    hosted(
      "The presidents of Latvia, Lithuania and Estonia met in Riga on Monday. Finland hosted the same three leaders " +
        "in Helsinki two years ago. In October Norway received them in Oslo."
    ),
    [
      "FIN>LVA 043 2022-01-01",
      "FIN>LTU 043 2022-01-01",
      "FIN>EST 043 2022-01-01",
      "NOR>LVA 043 2024-10-01",
      "NOR>LTU 043 2024-10-01",
      "NOR>EST 043 2024-10-01"
    ]
  );
});

test("a pronoun after a sentence naming two or more actors is not the region's group", () => {
  assert.deepEqual(
    hosted(
      "On Monday Merz met the presidents of Estonia and Latvia to discuss the Baltic Sea and the South Caucasus. In " +
        "May Macron received them in Paris."
    ),
    []
  );
});

test("a counted group after a host's verb: Central Asia's five, or the states of a sentence naming that many", () => {
  assert.deepEqual(
    hosted(
      "Turkmenistan hosted the five Central Asian presidents in Ashgabat on Monday. Japan welcomed all five in Tokyo in December."
    ),
    ["TKM>CAS 043 2024-11-18", "JPN>CAS 043 2023-12-01"]
  );
});

test("guest pointers near misses: things, a plan, a group named by its own complement", () => {
  assert.deepEqual(
    hosted(
      "Armenia and Georgia sent their proposals to Brussels on Monday. The European Union received them in March."
    ),
    []
  );
  assert.deepEqual(
    hosted(
      "The leaders of the South Caucasus met in Tbilisi on Monday. Poland is due to welcome them in Warsaw next month."
    ),
    []
  );
  assert.deepEqual(
    hosted(
      "The presidents of Latvia, Lithuania and Estonia met in Riga on Monday. Finland hosted the three companies in " +
        "Helsinki two years ago."
    ),
    []
  );
});

test("earlierHosting: an earlier gathering of the series hosted by a named actor, with a time of its clause", () => {
  const mentions = (s: string, names: [string, string][]) =>
    names.map(([text, code]) => ({start: s.indexOf(text), end: s.indexOf(text) + text.length, text, code}));
  const s1 =
    "Nikol Pashinyan, who hosted the previous meeting in Yerevan in August 2023, said the region needs no mediators.";
  assert.equal(
    earlierHosting(
      s1,
      mentions(s1, [
        ["Nikol Pashinyan", "ARM"],
        ["Yerevan", "ARM"]
      ])
    )?.copy("the South Caucasus"),
    "Nikol Pashinyan hosted the leaders of the South Caucasus in Yerevan in August 2023"
  );
  const s2 = "The first summit, which Poland hosted in Krakow in May 2023, produced a declaration.";
  assert.equal(
    earlierHosting(
      s2,
      mentions(s2, [
        ["Poland", "POL"],
        ["Krakow", "POL"]
      ])
    )?.copy("the South Caucasus"),
    "Poland hosted the leaders of the South Caucasus in Krakow in May 2023"
  );
  // near misses: no time of its own, the next gathering, the current one, an actor named in the clause
  const s3 = "Nikol Pashinyan, who hosted the previous meeting, said the region needs no mediators.";
  assert.equal(earlierHosting(s3, mentions(s3, [["Nikol Pashinyan", "ARM"]])), undefined);
  const s4 = "The next summit, which Armenia will host in 2026, is to adopt a plan.";
  assert.equal(earlierHosting(s4, mentions(s4, [["Armenia", "ARM"]])), undefined);
  const s5 = "Armenia hosted the summit in Yerevan in May 2023.";
  assert.equal(
    earlierHosting(
      s5,
      mentions(s5, [
        ["Armenia", "ARM"],
        ["Yerevan", "ARM"]
      ])
    ),
    undefined
  );
  const s6 = "Armenia hosted the first summit with Georgia in Yerevan in May 2023.";
  assert.equal(
    earlierHosting(
      s6,
      mentions(s6, [
        ["Armenia", "ARM"],
        ["Georgia", "GEO"],
        ["Yerevan", "ARM"]
      ])
    ),
    undefined
  );
});

test("an earlier gathering's guests: the other side of the story's summit, or the region or body it gathered", () => {
  assert.deepEqual(
    hosted(
      "The Second Consultative Meeting of the Heads of State of the South Caucasus was held in Baku on 16 November. " +
        "Nikol Pashinyan, who hosted the previous meeting in Yerevan in August 2023, said the region needs no mediators."
    ),
    ["AZE>CAU 043 2024-11-16", "ARM>CAU 043 2023-08-01"]
  );
  assert.deepEqual(
    hosted(
      "Leaders of the South Caucasus and Poland signed a charter at the second Poland–South Caucasus summit in Warsaw " +
        "on Tuesday. The first summit, which Poland hosted in Krakow in May 2023, produced a declaration but no treaty."
    ),
    ["POL>CAU 043 2023-05-01"]
  );
  assert.deepEqual(
    hosted(
      "The leaders of the Organization of Turkic States met in Baku on Wednesday. Turkey hosted the organisation's " +
        "informal summit in Antalya in March."
    ),
    ["TUR>OTS 043 2024-03-01"]
  );
  // near misses: no time of its own; the next summit, a plan
  assert.deepEqual(
    hosted(
      "The Second Consultative Meeting of the Heads of State of the South Caucasus was held in Baku on 16 November. " +
        "Nikol Pashinyan, who hosted the previous meeting, said the region needs no mediators."
    ),
    ["AZE>CAU 043 2024-11-16"]
  );
  assert.deepEqual(
    hosted(
      "Leaders of the South Caucasus and Poland signed a charter at the second Poland–South Caucasus summit in Warsaw " +
        "on Tuesday. The next summit, which Armenia will host in 2026, is to adopt a plan."
    ),
    []
  );
});
