/**
 * The form of a gathering is no act, session 21 (issue 10; src/read/coder.ts, a participle that modifies): readouts
 * say talks were held "in narrow and expanded formats", "in an enlarged composition", "at an extended session"; the
 * participle before the gathering's noun describes it and expands nothing. Our own sentences (the Caucasus), with near
 * misses where the same verb heads its clause and keeps its act.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {dyads} from "./helpers/events.js";

const codes = (s: string) => [...new Set(dyads(s).map((d) => d.split(" ")[1]))];

test("a participle before the noun of a gathering's form tells no act", () => {
  assert.deepEqual(codes("Aliyev and Pashinyan held talks in narrow and expanded formats."), ["046"]);
  assert.deepEqual(codes("Aliyev and Pashinyan held talks in narrow and extended formats on Monday."), ["046"]);
  assert.deepEqual(codes("The talks with Armenia then continued in an expanded format."), []);
  // near misses: the verb after its subject, or before another object, keeps its act
  assert.ok(codes("Russia and China expanded meetings with Armenia.").includes("060"));
  assert.ok(codes("Aliyev and Pashinyan held talks and expanded cooperation.").includes("050"));
});
