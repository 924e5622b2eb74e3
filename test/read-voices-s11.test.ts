import assert from "node:assert/strict";
import {test} from "node:test";
import {claimOf, readOk, voiceOf} from "./helpers/read.js";

// Session 11 (issue 10): who speaks in news prose, in texts written for these tests.

const aliases = [
  {code: "KAZ", alias: "Kazakhstan"},
  {code: "KGZ", alias: "Kyrgyzstan"},
  {code: "TJK", alias: "Tajikistan"},
  {code: "MNG", alias: "Mongolia"},
  {code: "CHN", alias: "China"},
  {code: "RUS", alias: "Russia"}
];

const page = (...paragraphs: string[]) => `Transit talks\n\n12 May 2026\n\n${paragraphs.join("\n\n")}\n`;

test("a clause opening with a day ('On Friday the ministers …') names nobody: 'she said' is the historian's", () => {
  const d = readOk(
    page(
      "On Friday the ministers of the three states are due to sign a transit accord in Ulaanbaatar.",
      "Historian Aliya Temirova of the Steppe Research Centre thinks the accord matters more for trucks than for trains. " +
        '"The roads carry the trade. The railways carry the statistics," she said.'
    ),
    {aliases}
  );
  assert.equal(voiceOf(d, "The railways carry").speaker, "Aliya Temirova");
  // the title in capitals before a lower-case profession ("Historian …") and the verb of belief make her view reported
  assert.equal(voiceOf(d, "thinks the accord").kind, "reported");
  assert.equal(voiceOf(d, "thinks the accord").speaker, "Aliya Temirova");
  assert.equal(voiceOf(d, "On Friday").kind, "narration");
});

test("'He added' after an agency named in between is the minister's, never the agency's", () => {
  const d = readOk(
    page(
      "Chairman of the Board of Directors Daler Juraev dismissed the audit as one-sided.",
      "According to the ADB, the canal loses a third of its water before it reaches the fields. " +
        "He added that the ministry would publish its own measurements before the sowing season."
    ),
    {aliases}
  );
  assert.equal(voiceOf(d, "He added").speaker, "Daler Juraev");
  assert.equal(voiceOf(d, "According to the ADB").speaker, "ADB");
});

test("a quotation inside an 'according to' sentence is the named person's", () => {
  const d = readOk(
    page(
      'According to Energy Minister Almasbek Nurlanov, the new line "will end the winter blackouts in the south of Kyrgyzstan."'
    ),
    {aliases}
  );
  assert.equal(voiceOf(d, "winter blackouts").speaker, "Almasbek Nurlanov");
  assert.equal(claimOf(d, "winter blackouts")?.kind, "forecast");
});

test("an unnamed official with several words before 'official' speaks as such", () => {
  const d = readOk(
    page(
      '"Our trade with Kazakhstan is still too small to replace anyone," a senior Mongolian foreign ministry official said on condition of anonymity.'
    ),
    {aliases}
  );
  assert.equal(voiceOf(d, "replace anyone").speaker, "a senior Mongolian foreign ministry official");
  assert.equal(claimOf(d, "replace anyone")?.speaker, "a senior Mongolian foreign ministry official");
});

test("a statistics office gives a figure, not a view the next sentence goes on with; a person's view goes on", () => {
  const office = readOk(
    page(
      "According to the national statistics committee, Mongolia's exports of cashmere to China rose by a tenth last year. " +
        "This is a remarkable turnaround for herders who had lost their Russian buyers."
    ),
    {aliases}
  );
  assert.equal(voiceOf(office, "remarkable turnaround").kind, "narration");
  // near miss: after a person's "according to", the next sentence goes on with her reported view
  const person = readOk(
    page(
      "According to Dana Akhmetova, an economist in Ulaanbaatar, Mongolia's exports of cashmere to China rose by a tenth last year. " +
        "This is a remarkable turnaround for herders who had lost their Russian buyers."
    ),
    {aliases}
  );
  assert.equal(voiceOf(person, "remarkable turnaround").speaker, "Dana Akhmetova");
});

test("a quotation is judged by its own words, not by the attribution after it", () => {
  const d = readOk(
    page('"We wanted a partner for Kyrgyzstan, not a patron," Deputy Foreign Minister Bakyt Osmonov told reporters.'),
    {aliases}
  );
  assert.equal(claimOf(d, "not a patron")?.kind, "assessment");
  // near miss: a quoted report of an act judges nothing
  const act = readOk(
    page('"We signed the protocol with Kyrgyzstan at noon," Deputy Foreign Minister Bakyt Osmonov told reporters.'),
    {aliases}
  );
  assert.equal(claimOf(act, "signed the protocol"), undefined);
});
