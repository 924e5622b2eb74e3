import assert from "node:assert/strict";
import {test} from "node:test";
import {readDocument} from "../src/read/index.js";

const story = [
  "The ports of Aktau and Baku handled more containers last year than ever before, the two port authorities said on Monday.",
  "",
  "Kazakhstan has asked the European Union for money to build more ferries for the route."
];

function meta(head: string[]) {
  const r = readDocument([...head, "", ...story].join("\n"), {format: "text", sourceId: "t"});
  assert.ok(r.ok);
  return r.value.metadata;
}

test("a month and its year alone on a line over a paper's question title: the paper's date, never its title", () => {
  const m = meta([
    "NORDSEA FORUM",
    "Research | Publications | Events",
    "",
    "WORKING PAPER No. 77",
    "March 2024",
    "",
    "Can the Caspian ferries carry Europe's trade?",
    "",
    "Lena Holm"
  ]);
  assert.equal(m.title, "Can the Caspian ferries carry Europe's trade?");
  assert.equal(m.date, "2024-03-01");
  assert.equal(m.datePrecision, "month");
  // with a comma, as some series print it
  assert.equal(
    meta(["NORDSEA FORUM", "Research | Publications | Events", "", "March, 2024", "", "Ferries on the Caspian"]).title,
    "Ferries on the Caspian"
  );
});

test("near misses: a headline that names a month and a year, or a month alone, stays the title", () => {
  assert.equal(
    meta(["NORDSEA FORUM", "Research | Publications | Events", "", "March 2024 was a record month for Caspian ferries"])
      .title,
    "March 2024 was a record month for Caspian ferries"
  );
  assert.equal(
    meta(["NORDSEA FORUM", "Research | Publications | Events", "", "May Day in Aktau"]).title,
    "May Day in Aktau"
  );
});
