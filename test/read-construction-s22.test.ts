/**
 * The start of building a route named by the states it joins, told by a noun with a time of its own (issue 10,
 * session 22; src/read/events-construction.ts): "the construction of the A–B–C railway, launched … in December 2024",
 * "The railway from A through B to C, whose construction began last December": the first two states the route names
 * started it together (061), on its own time. Every sentence our own (the Baltic states and Poland).
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

const page = "2025-12-01";

test("a route's start of construction with its own time: its first two states, 061, on that time", () => {
  assert.deepEqual(
    readEvents(
      "The construction of the Poland-Lithuania-Latvia railway, launched with a ceremony in Kaunas in December 2024, is on schedule.",
      page
    ),
    ["POL>LTU 061 2024-12-01", "LTU>POL 061 2024-12-01"]
  );
  assert.deepEqual(
    readEvents(
      "The railway from Poland through Lithuania to Latvia, whose construction began last December, was first proposed in 1994.",
      page
    ),
    ["POL>LTU 061 2024-12-01", "LTU>POL 061 2024-12-01"]
  );
  assert.deepEqual(readEvents("Construction of the Latvia–Estonia pipeline started in March 2022.", page), [
    "LVA>EST 061 2022-03-01",
    "EST>LVA 061 2022-03-01"
  ]);
});

test("near misses: a plan, a start with no time, a route of one state", () => {
  assert.deepEqual(readEvents("Construction of the Latvia-Estonia railway is to begin in 2026.", page), []);
  assert.deepEqual(readEvents("Construction of the Latvia-Estonia railway has begun.", page), []);
  assert.deepEqual(readEvents("Construction of the Latvian railway began in 2023.", page), []);
  assert.deepEqual(
    readEvents("The railway from Riga to Daugavpils, whose construction began in 2019, is late.", page),
    []
  );
});
