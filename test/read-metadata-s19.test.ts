import assert from "node:assert/strict";
import {test} from "node:test";
import {readByline} from "../src/read/byline.js";
import {readOk} from "./helpers/read.js";

// Session 19 (issue 10): metadata in forms the reader had not met — a wire's staff signature and a numbered release's
// label over its headline. Pages and names written for these tests.

test("a wire's staff signature is the byline's author as written; a desk credit in running case names none", () => {
  assert.deepEqual(readByline("By Baltic Wire Staff"), {author: "Baltic Wire Staff", publisher: "Baltic Wire"});
  assert.equal(readByline("By Andes Post Staff | June 3, 2025")?.author, "Andes Post Staff");
  // near misses: the desk in lower case, a role without a house, a person with the house's staff after a comma
  assert.deepEqual(readByline("By Baltic Wire staff"), {publisher: "Baltic Wire"});
  assert.equal(readByline("By Staff Writer")?.author, undefined);
  assert.equal(readByline("By Ilse Kerr, Baltic Wire Staff")?.author, "Ilse Kerr");
});

test("a numbered release's label over its headline is no title", () => {
  const page = (label: string) =>
    [
      "Central Bank of Chile",
      "Home | Monetary Policy | Statistics | Press",
      label,
      "On the renewal of the currency swap line between the Central Bank of Chile and the Bank of Peru",
      "3 June 2025",
      "",
      "On 2 June 2025 the governors of the two central banks signed a renewed bilateral swap agreement in Lima.",
      "",
      "The agreement provides for swap operations of up to 2 billion dollars and is valid for three years."
    ].join("\n");
  for (const label of ["Press release No. 41", "Information message № 12", "Statement #7"])
    assert.equal(
      readOk(page(label), {}).metadata.title,
      "On the renewal of the currency swap line between the Central Bank of Chile and the Bank of Peru",
      label
    );
  // near miss: a headline that opens with the word "Statement" is the title
  const d = readOk(
    [
      "Statement by Chile on the Andean water talks",
      "3 June 2025",
      "",
      "Chile welcomed the resumption of the Andean water talks in Lima on Monday and called for a basin commission."
    ].join("\n"),
    {}
  );
  assert.equal(d.metadata.title, "Statement by Chile on the Andean water talks");
});
