import assert from "node:assert/strict";
import {test} from "node:test";
import {readDocument, thatYear} from "../src/read/index.js";

test("thatYear() reads 'in December of that year' / 'later that year' in the year written out before", () => {
  const m = thatYear(
    "In December of that year, the two ministers signed a protocol on the canal.",
    "Talks began in 2017."
  );
  assert.equal(m?.date, "2017-12-01");
  assert.equal(m?.precision, "month");
  assert.equal(m?.text, "December of that year");
  const y = thatYear(
    "The council met in 2019, and later that year the treaty entered into force.",
    "In 2015 it was founded."
  );
  assert.equal(y?.date, "2019-01-01");
  assert.equal(y?.precision, "year");
  assert.equal(thatYear("The same year, Tajikistan joined.", "No year is written here."), undefined);
  assert.equal(thatYear("That year's harvest was poor.", "It rained in 2018."), undefined);
});

test("a document's 'in December of that year' and 'the same year' are the years told before, not the article's", () => {
  const text =
    "Canal treaty\n\nPublished: 4 March 2026\n\n" +
    "The two republics first discussed a shared canal authority in 2017. Talks then stalled for months.\n\n" +
    "In December of that year, the foreign ministers signed a protocol on the canal in Tashkent.\n\n" +
    "The same year, the water council opened an office in Bishkek.";
  const r = readDocument(text, {format: "text", sourceId: "t"});
  assert.ok(r.ok);
  const byRule = (rule: string) => r.value.dates.find((d) => d?.rule === rule);
  assert.equal(byRule("month-of-that-year")?.date, "2017-12-01");
  assert.equal(byRule("that-year")?.date, "2017-01-01");
});
