/**
 * The article reader's event codes and dates, session 16 (issue 10): what an "after" clause tells after a span of time
 * ("a year after X hosted Y") is dated that long before the sentence's time. Every sentence is our own, written for
 * these tests with states no fixture pairs this way (Norway, Egypt, Ghana, Togo, Peru, Chile, Nepal, Bhutan …); each
 * rule is varied along the conditions it tests, with near misses that must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";
import {dateSpanBefore, spansAfter} from "../src/read/dates.js";

/** The events of `text` whose dyad is `dyad` ("NOR>EGY"), as "CODE DATE". */
const of = (text: string, dyad: string, date = "2024-05-20") =>
  readEvents(text, date)
    .filter((e) => e.startsWith(`${dyad} `))
    .map((e) => e.slice(dyad.length + 1));

test("a span before 'after' is read with its count and unit, words or figures", () => {
  const s = "The visit came a year after the flood, 18 months after the vote and three weeks after the strike.";
  assert.deepEqual(
    spansAfter(s).map((x) => `${x.n} ${x.unit} ${s.slice(x.start, x.end)}`),
    ["1 year a year", "18 month 18 months", "3 week three weeks"]
  );
  // (no number: "weeks after", "years after" are no span; "after" alone is none)
  assert.deepEqual(spansAfter("It came weeks after the vote and years after the war, after all."), []);
  // (a day from a day, a month from a day, a decade as ten years; a month-only time keeps its month)
  const at = (text: string) => spansAfter(text)[0]!;
  assert.equal(dateSpanBefore({date: "2024-03-10", precision: "day"}, at("two days after X"), "").date, "2024-03-08");
  assert.deepEqual(
    {...dateSpanBefore({date: "2024-03-10", precision: "day"}, at("five months after X"), "")},
    {date: "2023-10-01", precision: "month", text: "", start: 0, end: 17, rule: "span-after"}
  );
  assert.equal(dateSpanBefore({date: "2024-03-10", precision: "day"}, at("a decade after X"), "").date, "2014-01-01");
  assert.equal(dateSpanBefore({date: "2024-03-01", precision: "month"}, at("a week after X"), "").date, "2024-03-01");
});

test("the act of an 'after' clause with a verb of its own is dated the span before the sentence's time", () => {
  // (a year; months; weeks; the article's date as the time told)
  assert.deepEqual(of("The talks come a year after Norway hosted Egypt's foreign minister in Oslo.", "NOR>EGY"), [
    "043 2023-01-01"
  ]);
  assert.deepEqual(of("Her trip comes nine months after Peru recalled its ambassador from Chile.", "PER>CHL"), [
    "161 2023-08-01"
  ]);
  assert.deepEqual(
    of("The decision, two weeks after Ghana closed its border with Togo, surprised no one.", "GHA>TGO"),
    ["191 2024-05-06"]
  );
  // (both verbs of a coordinated clause, no comma between)
  assert.deepEqual(
    of(
      "The offer comes three years after Nepal received Bhutan's king and promised Bhutan a new road.",
      "NPL>BTN"
    ).sort(),
    ["030 2021-01-01", "043 2021-01-01"]
  );
  // (the sentence's own date said before the span is the time it counts back from)
  assert.deepEqual(
    of(
      "In March 2020, Chile expelled two Peruvian diplomats, a year after Peru recalled its ambassador from Chile.",
      "PER>CHL"
    ),
    ["161 2019-01-01"]
  );
});

test("near misses: a noun after 'after', an act before the span, a new clause, a date of the clause's own", () => {
  // (a noun phrase after "after": no clause to date, the main act keeps the article's date)
  assert.deepEqual(of("A year after the referendum, Norway recalled its ambassador from Egypt.", "NOR>EGY"), [
    "161 2024-05-20"
  ]);
  // (the main clause's act, before the span, is of the sentence's time; the clause's own, a year before)
  assert.deepEqual(
    of("Norway withdrew its envoy from Egypt a year after the two states signed a water treaty.", "NOR>EGY"),
    ["0874 2024-05-20", "057 2023-01-01"]
  );
  // (", and as …": a clause of its own inside the "after" clause is told at the sentence's time)
  const both =
    "The pact came a month after Norway hosted Egypt's president, and as Peru recalled its envoy from Chile.";
  assert.deepEqual(of(both, "NOR>EGY"), ["043 2024-04-01"]);
  assert.deepEqual(of(both, "PER>CHL"), ["161 2024-05-20"]);
  // (the clause's own date wins over the span)
  assert.deepEqual(of("The talks come a year after Norway hosted Egypt's foreign minister in May 2022.", "NOR>EGY"), [
    "043 2022-05-01"
  ]);
  // (no number before "after")
  assert.deepEqual(of("The talks come years after Norway hosted Egypt's foreign minister in Oslo.", "NOR>EGY"), [
    "043 2024-05-20"
  ]);
});
