// The phrase trie's later entries (issue 16, session 30): entries kept apart by root key and inserted when a lookup
// first asks for that key find what the same entries inserted at once find, in the same order of precedence.
import assert from "node:assert/strict";
import {test} from "node:test";
import {
  buildPhraseIndex,
  findMentions,
  phraseRootKey,
  type LaterEntries,
  type PhraseEntry
} from "../src/read/mentions.js";
import {splitActorCompounds} from "../src/read/compounds.js";
import {tokenize} from "../src/read/tokenize.js";

/** An actor entry of our own: a word ending in "*" is a stem. */
const actor = (phrase: string, code: string): PhraseEntry => ({
  words: phrase.split(" ").map((w) => w.replace(/\*$/, "").toUpperCase()),
  exact: phrase.split(" ").map((w) => !w.endsWith("*")),
  codes: [{code}],
  entry: `${code}: ${phrase}`,
  kind: "actor"
});

// (two entries of the same words: the first wins; stems under one key; a pack-like entry before a later one)
const FIRST = [actor("Steppe Union", "PACK")];
const REST = [
  actor("Steppe Union", "DICT"),
  actor("Steppe Union Council", "SUC"),
  actor("Steppe", "STP"),
  actor("Tarim* Basin", "TRM"),
  actor("Tarim* Basin Authority", "TBA"),
  actor("Tarimi*", "TRI"),
  actor("Ordos", "ORD"),
  actor("Ordos Plateau", "OPL")
];

/** The same entries kept apart by root key, counting the keys loaded. */
function later(entries: readonly PhraseEntry[]): LaterEntries & {loaded: string[]} {
  const groups = new Map<string, PhraseEntry[]>();
  for (const e of entries) {
    const key = phraseRootKey(e)!;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const loaded: string[] = [];
  return {
    keys: groups.keys(),
    load: (key) => (loaded.push(key), groups.get(key)!),
    loaded
  };
}

const found = (index: ReturnType<typeof buildPhraseIndex>, text: string) =>
  findMentions(text.toUpperCase().split(" "), index, () => true).map((m) => `${m.first}-${m.last}=${m.entry.entry}`);

test("root keys: a word as written, a stem by its first three letters", () => {
  assert.equal(phraseRootKey(actor("Steppe Union", "X")), "=STEPPE");
  assert.equal(phraseRootKey(actor("Tarim* Basin", "X")), "~TAR");
  // (a stem shorter than four letters matches as a word, as the trie files it)
  assert.equal(phraseRootKey(actor("Ili* River", "X")), "=ILI");
});

test("later entries find what the same entries inserted at once find", () => {
  const texts = [
    "THE STEPPE UNION COUNCIL MET",
    "THE STEPPE UNION MET",
    "STEPPE HERDERS",
    "TARIMS BASIN AUTHORITY",
    "TARIM BASIN",
    "TARIMIS SAID",
    "ORDOS PLATEAU AND ORDOS",
    "NOTHING HERE"
  ];
  const atOnce = buildPhraseIndex([...FIRST, ...REST]);
  const kept = later(REST);
  const lazy = buildPhraseIndex(FIRST, kept);
  for (const t of texts) assert.deepEqual(found(lazy, t), found(atOnce, t), t);
  // (the earlier entry of the same words wins: the one inserted at once, not the later one)
  assert.deepEqual(found(lazy, "THE STEPPE UNION MET"), ["1-2=PACK: Steppe Union"]);
});

test("a key no text asks for is never loaded; each key asked for is loaded once", () => {
  const kept = later(REST);
  const index = buildPhraseIndex(FIRST, kept);
  found(index, "TARIM BASIN AND TARIMS");
  found(index, "TARIMIS AGAIN");
  assert.deepEqual(kept.loaded, ["~TAR"]);
  found(index, "STEPPE");
  assert.deepEqual(kept.loaded, ["~TAR", "=STEPPE"]);
  // (a word that starts no phrase loads nothing: "ORDOS" stays apart)
  found(index, "ORDER OF THE DAY");
  assert.ok(!kept.loaded.includes("=ORDOS"));
});

test("a compound's sides are asked of the root as they were: an actor's word there loads its key", () => {
  const kept = later(REST);
  const index = buildPhraseIndex([], kept);
  const atOnce = buildPhraseIndex(REST);
  const split = (i: ReturnType<typeof buildPhraseIndex>) =>
    splitActorCompounds(tokenize("Steppe-Ordos talks"), i).map((t) => t.text);
  assert.deepEqual(split(index), split(atOnce));
});
