import assert from "node:assert/strict";
import {test} from "node:test";
import {claimOf, readOk, voiceOf} from "./helpers/read.js";

// Session 22 (issue 10): whose are the sentences after a reported view. English marks indirect speech sentence by
// sentence (a verb of saying, "according to", a quotation): in an analysis the sentences after "X told me that …" are
// the writer's again, and an "according to X" sources its own sentence only. Counted on the build half: 43 of 45
// sentences read as a speaker's continued speech were not that speaker's (news and analysis, 13 sets). Sentences
// written for these tests.

const essayWith = (extra: string) =>
  [
    "Why the Danube states must move first",
    "",
    "By Jane Roe",
    "",
    "12 May 2025",
    "",
    "The river commission met in Vienna last month. Its members agreed on little. The communiqué ran to two pages.",
    "",
    "The first risk is funding. Budapest has still not paid its share, and Slovak diplomats told me privately that they regard the delay as a snub. The Hungarian government promised to pay by June. It should do so before the next commission meeting, not after.",
    "",
    "The second risk is the dam. Bratislava officials said little in public when the works began. Once the reservoir is full, the dam could cut the river's flow by a tenth.",
    "",
    ...(extra ? [extra, ""] : []),
    "Jane Roe is a senior fellow at the Vienna River Institute. The views expressed are her own."
  ].join("\n");
const essay = essayWith("");

test("in an analysis the sentences after a reported view are the writer's", () => {
  const d = readOk(essay, {});
  assert.equal(d.metadata.genre, "analysis");
  assert.equal(claimOf(d, "It should do so")?.speaker, "Jane Roe");
  assert.equal(claimOf(d, "It should do so")?.kind, "recommendation");
  assert.equal(claimOf(d, "the dam could cut")?.speaker, "Jane Roe");
  assert.equal(claimOf(d, "the dam could cut")?.kind, "forecast");
  assert.equal(voiceOf(d, "The Hungarian government promised").kind, "narration");
  // (near miss: the reported sentence itself stays its speakers')
  assert.equal(voiceOf(d, "Slovak diplomats told me").speaker, "Slovak diplomats");
  assert.equal(voiceOf(d, "Bratislava officials said little").speaker, "Bratislava officials");
});

const wire = [
  "Danube states agree river plan",
  "",
  "VIENNA, 12 May 2025 (Danube Wire) - The Danube states agreed on Monday to set up a joint flood agency, officials said.",
  "",
  "According to the Slovak foreign ministry, the agency will open in Bratislava next year. The plan is ambitious.",
  "",
  "The Austrian chancellor's office, according to a spokeswoman, will host the first board meeting. The board is weak.",
  "",
  "Kovacs, a Hungarian economist, said in an interview with Danube Wire that Budapest should diversify its river traffic. Dependence on one port is always risky for a small economy."
].join("\n");

test('"according to X" sources its own sentence: the next is the narration\'s', () => {
  const d = readOk(wire, {});
  assert.equal(d.metadata.genre, "news");
  assert.equal(voiceOf(d, "According to the Slovak foreign ministry").speaker, "the Slovak foreign ministry");
  assert.equal(voiceOf(d, "The plan is ambitious.").kind, "narration");
  assert.equal(claimOf(d, "The plan is ambitious."), undefined);
  assert.equal(voiceOf(d, "The board is weak.").kind, "narration");
});

test("near miss: in news a speaker's view told with a verb of saying still runs on into the next sentence", () => {
  const d = readOk(wire, {});
  assert.equal(voiceOf(d, "Dependence on one port").speaker, "Kovacs");
  assert.equal(voiceOf(d, "Dependence on one port").rule, "continued-speech");
  assert.equal(claimOf(d, "Dependence on one port")?.speaker, "Kovacs");
});

test('"That said," and "Having said that," open the writer\'s sentence: no speaker "That"', () => {
  const d = readOk(
    essayWith(
      "That said, the commission will need a new chair by the autumn. Having said that, Vienna can still lead. This being said, the funds are small."
    ),
    {}
  );
  for (const q of ["the commission will need a new chair", "Vienna can still lead", "the funds are small"])
    assert.equal(voiceOf(d, q).kind, "narration", q);
  assert.equal(claimOf(d, "the commission will need a new chair")?.speaker, "Jane Roe");
  // (near miss: a speaker's own "said," still reports)
  const n = readOk(essayWith("The minister said, however, that the funds would not come before 2027."), {});
  assert.equal(voiceOf(n, "The minister said, however").kind, "reported");
});

test('"X noted that …, according to estimates by Y": the subject who speaks is the speaker, the end sources a figure', () => {
  const d = readOk(
    [
      "Danube states agree river plan",
      "",
      "VIENNA, 12 May 2025 (Danube Wire) - The Danube states agreed on Monday to set up a joint flood agency, officials said.",
      "",
      "Ms. Kovacs noted that the new dam could cut the river's flow by a tenth, according to estimates by regional experts. Slovakia and Hungary have repeatedly called for a joint study.",
      "",
      "Trade between Austria and Slovakia reached 14 billion euros last year, according to the Austrian trade ministry."
    ].join("\n"),
    {}
  );
  assert.match(voiceOf(d, "could cut the river's flow").speaker ?? "", /Kovacs/);
  assert.equal(voiceOf(d, "have repeatedly called for").kind, "narration");
  // (near miss: with no verb of saying of its own, the sentence is the source's)
  assert.equal(voiceOf(d, "Trade between Austria").speaker, "the Austrian trade ministry");
});
