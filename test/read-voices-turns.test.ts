import assert from "node:assert/strict";
import {test} from "node:test";
import {claimOf, readOk, voiceOf} from "./helpers/read.js";
import {titlePerson} from "../src/read/voices.js";

// Who answers in a "Question:" / "Answer:" page or speaks in a labelled transcript turn, in texts written for these
// tests: the title names the answerer only when it says that person briefs or answers, and a sentence inside a turn
// that names its own source ("Economists say …") keeps it.

const aliases = [
  {code: "KAZ", alias: "Kazakhstan"},
  {code: "KGZ", alias: "Kyrgyzstan"},
  {code: "UZB", alias: "Uzbekistan"},
  {code: "HUN", alias: "Hungary"}
];

test("the title names the answerer only when it says who briefs or answers", () => {
  assert.equal(
    titlePerson("Press conference of Foreign Minister Dilnoza Karimova on the results of the year"),
    "Dilnoza Karimova"
  );
  assert.equal(titlePerson("Spokesperson Lin Wei answers questions on the gas pipeline"), "Lin Wei");
  assert.equal(titlePerson("Deputy Minister Ruslan Abenov's weekly briefing"), "Ruslan Abenov");
  // a person the title only mentions, and a question word before a name
  assert.equal(titlePerson("Press service briefing ahead of the talks with Prime Minister Anna Kovacs"), undefined);
  assert.equal(titlePerson("Q&A: How Sadyr Japarov plans to pay for the new dam"), undefined);
});

const page = (title: string, answers: readonly string[]) =>
  `${title}\n\n14 May 2026\n\nGood morning. Today the minister will speak about the border talks, the new visa rules and the grain harvest, and then take questions from the press.\n\n` +
  answers.map((a, k) => `Question (Outlet ${k + 1}): What happens next with the talks?\n\nAnswer: ${a}`).join("\n\n") +
  "\n";

test("Q/A answers: a visitor or a subject in the title answers nothing", () => {
  const d = readOk(
    page("Press service briefing ahead of the talks with Prime Minister Anna Kovacs", [
      "Hungary and Kazakhstan will sign a grain agreement.",
      "We think the air link should become daily."
    ]),
    {aliases}
  );
  assert.notEqual(voiceOf(d, "air link").speaker, "Anna Kovacs");
  assert.notEqual(claimOf(d, "air link")?.speaker, "Anna Kovacs");
  const e = readOk(
    page("Q&A: How Sadyr Japarov plans to pay for the new dam", [
      "The dam will cost about two billion dollars.",
      "It will be ready in 2030. Economists say the tariff for farmers is far too high."
    ]),
    {aliases}
  );
  assert.equal(voiceOf(e, "far too high").speaker, "Economists");
  assert.ok(e.voices.every((v) => v.speaker !== "Sadyr Japarov" && v.speaker !== "How Sadyr Japarov"));
});

test("Q/A answers are the briefer's, except a sentence that names its own source", () => {
  const d = readOk(
    page("Press conference of Foreign Minister Dilnoza Karimova on the results of the year", [
      "We expect the border to be fully demarcated by the autumn.",
      "According to the World Bank, regional trade will double within five years."
    ]),
    {aliases}
  );
  assert.equal(voiceOf(d, "fully demarcated").speaker, "Dilnoza Karimova");
  assert.equal(voiceOf(d, "regional trade").speaker, "World Bank");
});
