/**
 * A paper told as signed at a time of its own, its signers unnamed in its clause (issue 10, session 22;
 * src/read/events-signed-paper.ts): "The previous agreement, signed in 2019, …", "A partnership agreement was signed in
 * 1995": the latest signing's (else the latest event's) two sides signed it, dated by its own phrase. Every sentence our
 * own (the Baltic states); the page is dated 2024-05-20.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {resolveDates} from "../src/read/dates.js";
import {signedPaper} from "../src/read/events-signed-paper.js";
import {readEvents} from "./helpers/events.js";

const copy = (s: string) => signedPaper(s, [])?.copy(["Latvia", "Estonia"]);

test("signedPaper: a reduced relative or a past passive with a time of its own, the venue kept", () => {
  assert.equal(
    copy("The previous agreement, signed in 2019, provided for 7 million euros."),
    "Latvia and Estonia signed the previous agreement in 2019."
  );
  assert.equal(
    copy("A Partnership and Cooperation Agreement was signed in 1995 and entered into force in 1999."),
    "Latvia and Estonia signed a Partnership and Cooperation Agreement in 1995."
  );
  assert.equal(
    copy("The Baltic Ferry Treaty (BFT) was signed in Tartu on 21 December 2015."),
    "Latvia and Estonia signed the Baltic Ferry Treaty (BFT) in Tartu on 21 December 2015."
  );
  assert.equal(
    copy("The old pact, concluded two years ago, lapsed."),
    "Latvia and Estonia signed the old pact two years ago."
  );
});

test("signedPaper near misses: an adjective, no time, a plan, a signer told, a draft", () => {
  assert.equal(copy("The signed agreement remains in force."), undefined);
  assert.equal(copy("The long-signed treaty remains in force."), undefined);
  assert.equal(copy("A new treaty is to be signed in 2026."), undefined);
  assert.equal(copy("The treaty will be signed in May."), undefined);
  assert.equal(copy("The treaty, signed in 2019 by Poland and Lithuania, is a model."), undefined);
  assert.equal(copy("The memorandum, signed in March with Finland, lapsed."), undefined);
  assert.equal(copy("The draft treaty, signed in 2019, was never ratified."), undefined);
  assert.equal(copy("The agreement they reached in 2019 holds."), undefined);
});

test("the paper's signers are the latest signing's two sides, and it is dated by its own time", () => {
  assert.deepEqual(
    readEvents(
      "Latvian President Edgars Rinkevics and Estonian Prime Minister Kristen Michal signed a ferry agreement in Riga on Monday. The previous agreement, signed in 2019, provided for 7 million euros."
    ),
    ["LVA>EST 057 2024-05-20", "EST>LVA 057 2024-05-20", "EST>LVA 057 2019-01-01", "LVA>EST 057 2019-01-01"]
  );
  // "two years ago" counts back from the page's date
  assert.deepEqual(
    readEvents("Latvia and Estonia held talks in Riga on Monday. The old treaty, signed two years ago, expired."),
    ["LVA>EST 046 2024-05-20", "EST>LVA 046 2024-05-20", "EST>LVA 057 2022-01-01", "LVA>EST 057 2022-01-01"]
  );
  // with no signing told, the latest event's two sides (a venue in the clause is no side)
  assert.deepEqual(
    readEvents(
      "Latvia opened a mission to the European Union in Brussels in 1993. A partnership agreement was signed in Brussels in 1995."
    ),
    ["LVA>EU 050 1993-01-01", "LVA>EU 057 1995-01-01", "EU>LVA 057 1995-01-01"]
  );
});

test("near misses in a story: no paper signed without signers, or the signer named before it", () => {
  const talks = "Latvia and Estonia held talks in Riga on Monday.";
  const only = ["LVA>EST 046 2024-05-20", "EST>LVA 046 2024-05-20"];
  assert.deepEqual(readEvents(`${talks} A new treaty is to be signed in 2026.`), only);
  assert.deepEqual(readEvents(`${talks} The signed agreement remains in force.`), only);
  assert.deepEqual(readEvents(`${talks} The treaty will be signed in May.`), only);
  // a side named before the paper: the sentence tells its own parties
  assert.ok(
    !readEvents(`${talks} Estonia praised the treaty, signed in 2019, as a model.`).some((e) => e.includes("2019"))
  );
  // a third party's treaty with its signers
  assert.deepEqual(readEvents(`${talks} The treaty, signed in 2019 by Poland and Lithuania, is a model.`), [
    ...only,
    "POL>LTU 057 2019-01-01"
  ]);
});

test("a paper signed at a gathering named by its two sides: those sides signed it, on its own day", () => {
  // the piece's first sentence tells no event: the gathering's sides are the signers; "May 4 last year" is a day of
  // the year before the page's (2023-05-04), not the 4 May nearest before the page's day (2024-05-04)
  assert.deepEqual(
    readEvents(
      "Good neighbours. The charter, signed on May 4 last year at the first Latvia-Estonia summit, contains no military clause."
    ),
    ["LVA>EST 040 2023-05-04", "LVA>EST 057 2023-05-04", "EST>LVA 057 2023-05-04"]
  );
  // near miss: a gathering of one side only gives no signers
  assert.deepEqual(
    readEvents(
      "Good neighbours. The charter, signed on May 4 last year at the Latvian summit, contains no military clause."
    ),
    []
  );
});

test("a day with 'last year', 'this year' or 'of the previous year' is a day of that year", () => {
  const at = (s: string) => resolveDates(s, "2026-01-28").map((d) => `${d.date} ${d.precision}`);
  assert.deepEqual(at("They met on June 17 last year."), ["2025-06-17 day"]);
  assert.deepEqual(at("They met on 17 June last year."), ["2025-06-17 day"]);
  assert.deepEqual(at("They will meet on 4 May this year."), ["2026-05-04 day"]);
  // near misses: a month alone with its year stays a month; a day alone is the nearest before the page's day
  assert.deepEqual(at("They met in June last year."), ["2025-06-01 month"]);
  assert.deepEqual(at("They met on January 17."), ["2026-01-17 day"]);
});
