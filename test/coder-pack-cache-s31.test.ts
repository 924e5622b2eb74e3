import {test} from "node:test";
import assert from "node:assert/strict";
import {mkdtempSync, readdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {Actor} from "../src/domain/index.js";
import {packEntries} from "../src/app/coder.js";
import {buildCoder, packActorEntries} from "../src/read/index.js";

const temp = () => mkdtempSync(join(tmpdir(), "mv-pack-cache-"));

// Our own actors: a leader's name dated twice (two periods merged into one entry), a seat, an abbreviation and a
// name with diacritics (its plain spelling added).
const actors: Actor[] = [
  {
    code: "ZZA",
    name: "Zedland",
    kind: "state",
    aliases: [
      {alias: "Ana Borić", role: "leader", from: "2019-01-01", to: "2023-06-30"},
      {alias: "Palace of Zed", role: "seat"}
    ]
  },
  {code: "ZZB", name: "Yonder", kind: "state", aliases: [{alias: "Ana Borić", role: "leader", from: "2024-01-01"}]},
  {code: "ZZUN", name: "Zed-Yonder Union", kind: "organization", aliases: [{alias: "ZYU", role: "abbreviation"}]}
].map((a) => Actor.parse(a));

test("the pack's actor entries from the cache are those made anew, and a coder built with them reads as one without", () => {
  const dir = temp();
  const made = packActorEntries(actors);
  const first = packEntries(actors, dir);
  assert.equal(readdirSync(dir).length, 1, "written once");
  const kept = packEntries(actors, dir);
  assert.notEqual(kept, first, "the second call deserializes the file");
  assert.deepEqual(first, made);
  assert.deepEqual(kept, made);
  // no cache: made anew
  assert.deepEqual(packEntries(actors, undefined), made);
  // an alias renamed in place (same count) is another key
  const renamed = actors.map((a, i) => (i === 2 ? {...a, aliases: [{...a.aliases[0]!, alias: "ZYN"}]} : a));
  assert.deepEqual(packEntries(renamed, dir), packActorEntries(renamed));
  assert.equal(readdirSync(dir).length, 2);

  const dicts = {actors: [], verbs: "", extraActors: actors, happenedOnly: true};
  const fresh = buildCoder(dicts);
  const cached = buildCoder({...dicts, packEntries: kept});
  for (const [text, date] of [
    ["Ana Borić met officials of Yonder in the capital.", "2020-03-01"],
    ["Ana Borić met officials of Zedland in the capital.", "2024-03-01"],
    ["The Palace of Zed welcomed the ZYU envoy.", "2022-05-05"],
    ["Ana Boric visited Yonder.", undefined]
  ] as const)
    assert.deepEqual(cached.codeSentence(text, {date}), fresh.codeSentence(text, {date}), text);
  assert.deepEqual(cached.counts, fresh.counts);
});
