import assert from "node:assert/strict";
import {test} from "node:test";
import {quoted} from "./quote.js";

test("a quote gets one pair of quotation marks, never two (the ““ bug)", () => {
  assert.equal(quoted("Astana will keep balancing"), "“Astana will keep balancing”");
  assert.equal(quoted("“Astana will keep balancing”"), "“Astana will keep balancing”");
  assert.equal(quoted('"Astana will keep balancing,"'), "“Astana will keep balancing,”");
  assert.equal(quoted("the states’ choice"), "“the states’ choice”");
});
