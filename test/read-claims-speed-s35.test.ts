import assert from "node:assert/strict";
import {test} from "node:test";
import {classifyClaim} from "../src/read/claims.js";

// Session 35 (issue 16): claims' ASSESSMENT is run behind the cue pre-filter without its one branch anchored at the
// sentence's start ("It is a …", "This is no longer …"), and as a whole only on a sentence that opens as that branch
// must (src/read/claims.ts assessmentOf): the same answers, most sentences refused without running a pattern. Sentences
// written for these tests.

test("the branch anchored at the start still reads a sentence that opens with it", () => {
  assert.deepEqual(classifyClaim("It is a gamble on cheap gas."), {kind: "assessment", cue: "it is a gamble"});
  assert.deepEqual(classifyClaim("This is no longer a partnership of equals."), {
    kind: "assessment",
    cue: "this is no longer a partnership"
  });
});

test("at the start, the branches written before the anchored one come first; the others still match further on", () => {
  // opens as the anchored branch must, but a branch before it matches at the start
  assert.deepEqual(classifyClaim("It is time to admit that the ferry line has failed."), {
    kind: "assessment",
    cue: "it is time to admit"
  });
  // opens as the anchored branch must, which fails; a later branch matches further on
  assert.deepEqual(classifyClaim("These are rather modest sums for a port of this size."), {
    kind: "assessment",
    cue: "are rather modest"
  });
  // no such opening: the pattern without the anchored branch, behind its pre-filter
  assert.deepEqual(classifyClaim("The new cranes in Rijeka are widely seen as a gamble on Asian trade."), {
    kind: "assessment",
    cue: "are widely seen as"
  });
  assert.deepEqual(classifyClaim("In our view the tolls on the canal are too high."), {
    kind: "assessment",
    cue: "in our view"
  });
});

test("near misses: the anchored branch's words elsewhere than at the start, or run together, judge nothing", () => {
  assert.equal(classifyClaim("The harbour master said it is a gamble on cheap gas."), undefined);
  assert.equal(classifyClaim("Its name is a riddle."), undefined);
  assert.equal(classifyClaim("Itis a gamble."), undefined);
  assert.equal(classifyClaim("This morning the ferry left Split."), undefined);
  assert.equal(classifyClaim("The ferry left Split at noon on Tuesday."), undefined);
});
