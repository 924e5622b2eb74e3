import assert from "node:assert/strict";
import {test} from "node:test";
import {claimOf, readOk, voiceOf} from "./helpers/read.js";

// Session 21 (issue 10): a group that speaks ("Officials in Baku insist …", "Bankers concede …") reports its own
// sentence only; the writer's verdicts after it stay the writer's, and group views do not turn an analysis into news.
// Sentences written for these tests.

const ESSAY = [
  "The Caspian's quiet rivals",
  "",
  "By Jane Roe",
  "",
  "12 May 2025",
  "",
  "Officials in Baku insist that the corridor is open to everyone. None of this amounts to a break with Moscow. Governments cannot carry that alone.",
  "",
  "Bankers concede that the port is busy. The region is choosing partners project by project.",
  "",
  "Critics of the levy argue that it will drive trade north. Supporters of the port, including a former minister, contend that it pays for itself."
].join("\n");

test("a group's reported sentence does not run on: the writer's verdicts after it are the writer's claims", () => {
  const d = readOk(ESSAY, {});
  assert.equal(voiceOf(d, "open to everyone").speaker, "Officials in Baku");
  assert.equal(claimOf(d, "None of this amounts")?.speaker, "Jane Roe");
  assert.equal(claimOf(d, "cannot carry that alone")?.speaker, "Jane Roe");
  assert.equal(claimOf(d, "choosing partners project by project")?.speaker, "Jane Roe");
  assert.equal(claimOf(d, "drive trade north")?.speaker, "Critics of the levy");
});

test("near miss: a named person's reported view still runs on over the paragraph", () => {
  const d = readOk(
    [
      "Ports and pipelines",
      "",
      "By Jane Roe",
      "",
      "12 May 2025",
      "",
      "Economist Dana Sultan believes that the corridor is too slow. This indicates that the region needs a second railway line.",
      "",
      "The line will cost more than the budget allows."
    ].join("\n"),
    {}
  );
  assert.equal(voiceOf(d, "second railway line").speaker, "Dana Sultan");
  assert.equal(voiceOf(d, "second railway line").rule, "continued-speech");
});
