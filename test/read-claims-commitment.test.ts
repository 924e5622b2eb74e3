import assert from "node:assert/strict";
import {test} from "node:test";
import {classifyClaim} from "../src/read/claims.js";

// A commitment binds the speaker's own side to an act in its power ("we will build", "our government will never
// permit"); a third party's expected stance, or an outcome the speaker's side will reach, is a forecast. Sentences
// written for this test.

const kind = (s: string) => classifyClaim(s, {year: 2026});

test("the speaker's side refusing or undertaking an act is a commitment", () => {
  assert.equal(kind("Our government will never permit foreign troops on its soil.")?.cue, "commitment");
  assert.equal(kind("It will not tolerate any interference in its internal affairs.")?.cue, "commitment");
  assert.equal(kind("We will build three new schools in the valley.")?.cue, "commitment");
  assert.equal(
    kind("The president stated that Kazakhstan will never accept foreign military bases.")?.cue,
    "commitment"
  );
  const d = kind(
    "Our country trades with everyone, and at the same time it will not permit re-exports of banned goods."
  );
  assert.equal(d?.cue, "commitment");
});

test("another actor's stance foreseen by someone, and an outcome 'we' will reach, are forecasts", () => {
  const a = kind("Officials in Ankara believe Tehran will not tolerate a new pipeline under the Caspian.");
  assert.equal(a?.kind, "forecast");
  const b = kind("Investors are betting that the central bank will never let the som fall below 90 to the dollar.");
  assert.equal(b?.kind, "forecast");
  const c = kind("We will become the main transit hub between China and Europe by 2028.");
  assert.equal(c?.kind, "forecast");
  assert.equal(c?.horizon, "2028");
  const e = kind("Economists warn that prices are rising, and the National Bank will not tolerate it for long.");
  assert.equal(e?.kind, "forecast");
  assert.equal(kind("We will surpass last year's cotton harvest, the farmer said.")?.kind, "forecast");
});
