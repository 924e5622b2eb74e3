import {test} from "node:test";
import assert from "node:assert/strict";
import {DatePrecision, parsePeriod, periodEnd, PeriodPrecision, periodText, Source} from "../src/domain/index.js";
import {periodLabel} from "../src/web/period-label.js";

test("a period as written is its first day and its precision, and is written back the same", () => {
  assert.deepEqual(parsePeriod("2022-03"), {date: "2022-03-01", precision: "month"});
  assert.deepEqual(parsePeriod("2024"), {date: "2024-01-01", precision: "year"});
  assert.deepEqual(parsePeriod("2023-11-30"), {date: "2023-11-30", precision: "day"});
  for (const bad of ["2022-13", "2023-02-30", "March 2022", "22-03", ""])
    assert.equal(parsePeriod(bad), undefined, bad);
  for (const s of ["2022-03", "2024", "2023-11-30"])
    assert.equal(periodText(parsePeriod(s)!.date, parsePeriod(s)!.precision), s);
  assert.equal(periodText("2022-03-01"), "2022-03-01", "no precision is a day's");
});

test("a period for a reader names its month; a day keeps its day", () => {
  assert.equal(periodLabel("2022-03"), "March 2022");
  assert.equal(periodLabel("2024"), "2024");
  assert.equal(periodLabel("2023-11-05"), "5 November 2023");
  assert.equal(periodLabel("2023-13"), "2023-13");
  assert.equal(periodLabel("soon"), "soon");
});

test("the source's date precision is the stated subset of the event's", () => {
  assert.deepEqual(PeriodPrecision.options, ["day", "month", "year"]);
  for (const p of PeriodPrecision.options) assert.ok(DatePrecision.options.includes(p));
  const s = {id: "x", origin: "a", format: "text", hash: "a".repeat(64), date: "2022-03-01"};
  assert.ok(Source.safeParse({...s, datePrecision: "month"}).success);
  assert.equal(Source.safeParse({...s, datePrecision: "article"}).success, false);
});

test("a period's last day; a precision cuts a full date to its period for a reader", () => {
  assert.equal(periodEnd("2022-03-01", "month"), "2022-03-31");
  assert.equal(periodEnd("2024-02-01", "month"), "2024-02-29");
  assert.equal(periodEnd("2023-01-01", "year"), "2023-12-31");
  assert.equal(periodEnd("2023-06-14"), "2023-06-14");
  assert.equal(periodLabel("2022-03-01", "month"), "March 2022");
  assert.equal(periodLabel("2022-03-01", "year"), "2022");
  assert.equal(periodLabel("2022-03-07", "article"), "7 March 2022");
});
