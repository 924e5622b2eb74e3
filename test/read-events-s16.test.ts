/**
 * The article reader's event codes and dates, session 16 (issue 10): what an "after" clause tells after a span of time
 * ("a year after X hosted Y") is dated that long before the sentence's time. Every sentence is our own, written for
 * these tests with states no fixture pairs this way (Norway, Egypt, Ghana, Togo, Peru, Chile, Nepal, Bhutan …); each
 * rule is varied along the conditions it tests, with near misses that must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads, readEvents} from "./helpers/events.js";
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

test("review L3: the nearest span, compound counts, a future or yearless anchor", () => {
  // (two spans: each act takes the span nearest before it)
  const two =
    "The talks come three years after Nepal hosted Bhutan's king and a year after Ghana hosted Togo's president.";
  assert.deepEqual(of(two, "NPL>BTN"), ["043 2021-01-01"]);
  assert.deepEqual(of(two, "GHA>TGO"), ["043 2023-01-01"]);
  // (compound and teen counts, for "after" and "ago"; a count inside a hyphenated word is no count)
  assert.deepEqual(of("The visit comes twenty-five years after Norway hosted Egypt's president.", "NOR>EGY"), [
    "043 1999-01-01"
  ]);
  assert.deepEqual(of("The visit comes thirteen years after Ghana hosted Togo's president.", "GHA>TGO"), [
    "043 2011-01-01"
  ]);
  assert.deepEqual(of("Norway recalled its envoy from Egypt forty years ago.", "NOR>EGY"), ["161 1984-01-01"]);
  // (a time still to come, or a month without its year, is no anchor: the article's date is)
  assert.deepEqual(of("The summit will take place in June, a year after Peru hosted Chile's president.", "PER>CHL"), [
    "043 2023-01-01"
  ]);
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

test("a verb sharing the verb before's subject and naming no actor of its own acts toward that verb's other side", () => {
  // ("and" after a meeting, a hosting, a visit; support, praise, a promise of money, a signing)
  assert.ok(
    dyads("Peru's president met Chile's president in Lima and supported the new rail link.").includes("PER>CHL 050")
  );
  assert.ok(
    dyads(
      "Norway's prime minister hosted Egypt's president in Oslo and praised the organisation of the talks."
    ).includes("NOR>EGY 051")
  );
  assert.ok(
    dyads("Ghana's president visited Togo on Friday and promised 40 million cedis in credit.").some((d) =>
      d.startsWith("GHA>TGO 03")
    )
  );
  // (a perfect with an adverb: "and has also …")
  assert.ok(dyads("Nepal has hosted Bhutan's king and has also endorsed the border accord.").includes("NPL>BTN 051"));
  // Near misses: the second verb names its own other side; a new subject; a verb the dictionary does not code.
  assert.deepEqual(
    dyads("Peru's president met Chile's president in Lima and backed a railway project with Bolivia.").sort(),
    ["PER>BOL 050", "PER>CHL 040"]
  );
  assert.deepEqual(dyads("Peru's president met Chile's president in Lima and Bolivia backed the railway project."), [
    "PER>CHL 040"
  ]);
  assert.deepEqual(dyads("Norway's prime minister hosted Egypt's president in Oslo and returned to Bergen."), [
    "NOR>EGY 043"
  ]);
  // (a party the dictionary does not know, to the clause's end: "neighbouring countries", "the region")
  assert.deepEqual(
    dyads("Ghana's president visited Togo on Friday and called on neighbouring countries to reopen the border."),
    ["GHA>TGO 042"]
  );
  assert.deepEqual(
    dyads("Ghana's president visited Togo on Friday and promised 40 million cedis to help the region rebuild."),
    ["GHA>TGO 042"]
  );
  // (a pair with no object acts toward each other; "all parties" is a party of its own)
  assert.deepEqual(
    dyads("Peru and Chile reviewed plans for the next OAS summit and discussed copper exports.").sort(),
    ["CHL>PER 040", "PER>CHL 040"]
  );
  assert.deepEqual(dyads("Norway praised the truce in Sudan on Monday and urged every party to keep to its terms."), [
    "NOR>SDN 051"
  ]);
  // (review L9: only toward the shared matter — an act, a paper, a project, an amount — not a domestic party)
  assert.deepEqual(
    dyads("Norway's prime minister met Egypt's president in Cairo and accused the opposition of fraud."),
    ["NOR>EGY 040"]
  );
  assert.deepEqual(
    dyads("Norway's prime minister met Egypt's president in Cairo and thanked farmers for their patience."),
    ["NOR>EGY 040"]
  );
  assert.deepEqual(
    dyads("Norway's prime minister hosted Egypt's president in Oslo and promised pensioners higher payments."),
    ["NOR>EGY 043"]
  );
  assert.ok(
    dyads("Norway's prime minister met Egypt's president in Cairo and signed two treaties.").includes("NOR>EGY 057")
  );
  // (a pronoun later in the verb's own clause names its other side as the pronoun's reading does, in one direction:
  // the coverage matrix's coordinated-predicates cell read "… and suspended talks with him" both ways)
  assert.ok(
    !dyads("Peru's trade minister met Chile's finance minister in March and suspended talks with her.").includes(
      "CHL>PER 164"
    )
  );
  assert.ok(
    !dyads("Peru's trade minister met Chile's finance minister in March and later suspended the talks with them.").some(
      (d) => d.startsWith("CHL>PER")
    )
  );
  // (a second act of the same root as the first adds nothing: "met … and toured the port" is one 04)
  assert.deepEqual(dyads("Peru's president met Chile's president in Lima and toured the harbour."), ["PER>CHL 040"]);
});

test("a participle after the main clause's comma is the act of its subject, toward its other side when it names none", () => {
  // (a pronoun object: the main verb's object; no object: the main verb's; an object of its own)
  assert.ok(
    dyads("Estonia expelled three Belarusian consuls in June, blaming them for the leaks.").includes("EST>BLR 112")
  );
  assert.ok(
    dyads("Peru's president met Chile's president in Lima on Monday, praising the new railway project.").includes(
      "PER>CHL 051"
    )
  );
  assert.ok(dyads("Norway recalled its envoy on Monday, criticising Egypt for the raid.").includes("NOR>EGY 111"));
  // Near misses: participles the dictionary does not code as acts ("citing", "bringing").
  assert.deepEqual(dyads("Ghana closed its border with Togo on Monday, citing security concerns."), ["GHA>TGO 191"]);
  assert.deepEqual(dyads("Nepal signed a trade pact with Bhutan on Monday, bringing the total to five.").sort(), [
    "BTN>NPL 057",
    "NPL>BTN 057"
  ]);
});
