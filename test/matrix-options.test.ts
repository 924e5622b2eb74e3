import assert from "node:assert/strict";
import {test} from "node:test";
import {checkLayoutOptions} from "../src/app/layout-coverage.js";
import {checkCoverageOptions} from "../src/app/coverage.js";
import {seedAndSampleIssues, unknownNames} from "../src/app/matrix-options.js";

test("unknownNames names each unknown value and those expected, and nothing for known ones", () => {
  assert.deepEqual(unknownNames("act", ["meet", "fly"], ["meet", "sign"]), [
    {code: "unknown_act", message: 'Unknown act "fly": expected one of meet, sign'}
  ]);
  assert.deepEqual(unknownNames("act", undefined, ["meet"]), []);
});

test("seedAndSampleIssues refuses a fractional seed and a sample below one", () => {
  assert.deepEqual(seedAndSampleIssues(3, 2), []);
  const codes = seedAndSampleIssues(1.5, 0).map((i) => i.code);
  assert.deepEqual(codes, ["bad_seed", "bad_sample"]);
  assert.match(
    seedAndSampleIssues(1, 0.5)[0]!.message,
    /Cannot read --sample "0.5": expected a whole number of at least 1/
  );
});

test("both matrices report the same seed and sample issues", () => {
  const cov = checkCoverageOptions({seed: 0.5, sample: 0});
  const lay = checkLayoutOptions({seed: 0.5, perCell: 0});
  assert.ok(!cov.ok && !lay.ok);
  if (!cov.ok && !lay.ok)
    assert.deepEqual(
      cov.issues.map((i) => i.message),
      lay.issues.map((i) => i.message)
    );
});
