import {test} from "node:test";
import assert from "node:assert/strict";
import {readOk, analysisPage, claimOf} from "./helpers/read.js";

// Session 34 (issue 10): a writer's first-person verbs of judging ("I estimate that", "I suspect", "I would argue")
// make the sentence the writer's claim, as "I think" and "I believe" did (claims.ts). Sentences written for these tests.

test("a writer's 'I estimate that …' in a second clause is the writer's assessment", () => {
  const d = readOk(
    analysisPage("Most of the pledge is private money, and I estimate that only a third of it is new public lending."),
    {}
  );
  const c = claimOf(d, "I estimate that");
  assert.ok(c, JSON.stringify(d.claims));
  assert.equal(c.kind, "assessment");
  const s = readOk(analysisPage("I suspect the corridor will carry far less freight than its planners promise."), {});
  assert.ok(claimOf(s, "I suspect"), JSON.stringify(s.claims));
  // near miss: a first person telling what the writer did is no judgement
  const n = readOk(analysisPage("I travelled to Aktau in May and spent two days at the port."), {});
  assert.equal(claimOf(n, "I travelled"), undefined);
});
