import {test} from "node:test";
import assert from "node:assert/strict";
import {CLASS_RANGES, CLASS_RANGES_UNICODE} from "../src/read/unicode-class-ranges.js";
import {spellClasses, spelledRegExp} from "../src/read/unicode-classes.js";
import {cueSpelled} from "../src/read/cue.js";

/** Every code point but the surrogates. */
function* codePoints(): Generator<string> {
  for (let c = 0; c < 0x110000; ++c) if (c < 0xd800 || c > 0xdfff) yield String.fromCodePoint(c);
}

test("the written-out classes are the engine's own, under u and iu, alone and in a class", () => {
  assert.equal(CLASS_RANGES_UNICODE, process.versions.unicode, "run scripts/unicode-classes.mjs again");
  for (const name of Object.keys(CLASS_RANGES)) {
    for (const flags of ["u", "iu"]) {
      for (const shape of [`^\\p{${name}}$`, `^[\\p{${name}}'’.-]$`, `^[^\\p{${name}}\\s]$`]) {
        const engine = new RegExp(shape, flags);
        const spelled = spelledRegExp(shape, flags);
        assert.ok(!spelled.source.includes("\\p{"), shape);
        let differ = 0;
        for (const ch of codePoints()) if (engine.test(ch) !== spelled.test(ch)) ++differ;
        assert.equal(differ, 0, `${shape} /${flags}: ${differ} code points differ`);
      }
    }
  }
});

test("only the four classes are written out; other escapes stay as written", () => {
  assert.equal(spellClasses("\\p{Lu}").length > 100, true);
  assert.ok(spellClasses("\\p{Lu}").startsWith("[A-Z"));
  assert.ok(spellClasses("[\\p{Lu}\\d]").startsWith("[A-Z"));
  for (const kept of ["\\P{Lu}", "\\p{Lt}", "\\p{Script=Latin}", "\\\\p{L}", "a\\]\\p", "[\\]]x", "\\d\\s\\w"])
    assert.equal(spellClasses(kept), kept, kept);
  // an escaped backslash before "p" is no property class; a closing bracket escaped in a class does not end it
  assert.equal(spellClasses("\\\\p{L}x\\p{N}").slice(0, 8), "\\\\p{L}x[");
  assert.ok(spellClasses("[\\]\\p{N}]").startsWith("[\\]0-9"));
});

test("a long pattern written out finds the same matches, with and without the cue pre-filter", () => {
  const name = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}`;
  const source = String.raw`(?:^|,\s*)(${name})\s+(?:said|told|added)\b|(?:said|told)\s+(${name})`;
  const texts = [
    "Mira Holt said the ferry would run.",
    "The ferry will run, Émile Zola-Brandt told the crew.",
    "The ferry will run, told Ívar Dahl on Monday.",
    "the ferry will run, mira holt said.",
    "Nobody spoke.",
    "“It runs,” said Þóra Ösp Gunnarsdóttir.",
    "A line with Ǆemal Ǉubić said nothing."
  ];
  for (const flags of ["u", "iu", "gu"]) {
    const plain = new RegExp(source, flags);
    for (const spelled of [spelledRegExp(source, flags), cueSpelled(source, flags)])
      for (const t of texts) {
        plain.lastIndex = spelled.lastIndex = 0;
        assert.deepEqual(spelled.exec(t), plain.exec(t), `${flags}: ${t}`);
      }
  }
});
