import assert from "node:assert/strict";
import {test} from "node:test";
import {analysisPage, claimOf, readOk} from "./helpers/read.js";

// Session 22 (issue 10): a denied necessity advises nothing. "X does not need to …" and "did not need to" judge what a
// side must do (an assessment), as "it is time to admit that …" judges a state of affairs; "needs to", "must" and "it
// is time to act" still advise. Counted on the build half: 3 claims in 3 articles of 2 sets read as advice, all
// assessments in the golds. Sentences written for these tests.

const essay = (body: string) =>
  analysisPage(body, "Jane Roe is a senior fellow at the Vienna River Institute. The views expressed are her own.");

test("a denied necessity and 'it is time to admit that' judge: assessments", () => {
  const d = readOk(
    essay(
      "Vienna did not need to. Austria does not need to match Germany to matter on the river. Hungary doesn't need to wait for Brussels. It is time to acknowledge that the commission suits Budapest very well."
    ),
    {}
  );
  for (const q of ["Vienna did not need to.", "does not need to match", "doesn't need to wait", "time to acknowledge"])
    assert.equal(claimOf(d, q)?.kind, "assessment", q);
});

test("near misses: a necessity stated, and 'it is time' for an act, still advise", () => {
  const d = readOk(
    essay(
      "Slovakia needs to pay its share. It is time for Bratislava to pay. It is time to act. Budapest must not wait."
    ),
    {}
  );
  for (const q of ["needs to pay", "time for Bratislava", "It is time to act.", "must not wait"])
    assert.equal(claimOf(d, q)?.kind, "recommendation", q);
});
