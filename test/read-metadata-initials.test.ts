import assert from "node:assert/strict";
import {test} from "node:test";
import {readOk} from "./helpers/read.js";

// A line of initials beside a full name above a story ("XYZ | X Y Z") names the publisher only when nothing else does
// and the name is a medium's or stands in the masthead's place unknown to the dictionary: sites set an organisation's
// initials and name above a story as a topic's rubric. Pages written for this test.

const aliases = [
  {code: "CSTO", alias: "Collective Security Treaty Organization"},
  {code: "EAEU", alias: "Eurasian Economic Union"},
  {code: "KAZ", alias: "Kazakhstan"},
  {code: "ARM", alias: "Armenia"}
];
const body =
  "Armenia has frozen its participation in the bloc's exercises, officials in Yerevan said on Monday.\n\n" +
  "The decision follows months of disputes over the alliance's response to border incidents, and Kazakhstan urged both sides to keep talking.\n\n" +
  "Diplomats expect the question to come up again at the next meeting of foreign ministers in the autumn.\n";

test("an organisation's initials and name above the headline are a rubric, not the publisher", () => {
  const d = readOk(
    "Caspian Ledger\n\nNews | Region | Opinion\n\nCSTO – Collective Security Treaty Organization\n\nArmenia steps back from the alliance's drills\n\nBy Marat Ermekov | 3 June 2026\n\n" +
      body,
    {aliases}
  );
  assert.notEqual(d.metadata.publisher, "Collective Security Treaty Organization");
  const e = readOk(
    "EAEU | Eurasian Economic Union\n\nArmenia steps back from the alliance's drills\n\n3 June 2026\n\n" + body,
    {aliases}
  );
  assert.equal(e.metadata.publisher, undefined);
});

test("a medium's name beside its initials is the publisher", () => {
  const d = readOk(
    "SRB | Steppe Radio Broadcasting\n\nArmenia steps back from the alliance's drills\n\n3 June 2026\n\n" + body,
    {aliases}
  );
  assert.equal(d.metadata.publisher, "Steppe Radio Broadcasting");
});
