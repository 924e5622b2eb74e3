import {test} from "node:test";
import assert from "node:assert/strict";
import {cue, cueStrings, Cue} from "../src/read/cue.js";

test("cueStrings reads what every match must hold", () => {
  assert.deepEqual(cueStrings(/\b(?:harvest|harvests)\b/i), [["harvest", "harvests"]]);
  // A concatenation requires each of its parts (shortest list first); a class of a few letters multiplies the strings.
  assert.deepEqual(cueStrings(/\bbak(?:ed|es)\s+\w+\s+bread\b/), [["bread"], ["baked", "bakes"]]);
  assert.deepEqual(cueStrings(/colou?r/), [["color", "colour"]]);
  assert.deepEqual(cueStrings(/[Gg]ravel/), [["gravel"]]);
  // Something that can match anything requires nothing: an optional part, \w+, a lookaround, a back-reference.
  assert.deepEqual(cueStrings(/(?:umbrella)?\w+/), []);
  assert.deepEqual(cueStrings(/(?<=rain)\s+/), []);
  assert.deepEqual(cueStrings(/(\w+) and \1/), [[" and "]]);
  // A branch requiring nothing leaves the alternation requiring nothing; a short string is not used.
  assert.deepEqual(cueStrings(/pebble|\d+/), []);
  assert.deepEqual(cueStrings(/\b(?:ox|yak)\b/), []);
  // An uncased letter under the i flag is kept; a cased non-ASCII letter is not (its other case matches too).
  assert.deepEqual(cueStrings(/café au lait/i), [["caf"], [" au lait"]]);
  assert.deepEqual(cueStrings(/«soup»/i), [["«soup»"]]);
});

test("a cue answers as its pattern: test, exec, match, matchAll, replace, split, search", () => {
  const plain = /\b(kettle|teapot)s?\b/gi;
  const c = cue(plain);
  assert.ok(c instanceof Cue);
  const texts = [
    "The kettle boiled twice before breakfast.",
    "Nobody in the flat owned a teapot, nor two TEAPOTS.",
    "Breakfast was cold.",
    "",
    "ke"
  ];
  for (const t of texts) {
    plain.lastIndex = c.lastIndex = 0;
    assert.equal(c.test(t), plain.test(t), t);
    assert.equal(c.lastIndex, plain.lastIndex, t);
    assert.deepEqual(t.match(c), t.match(plain));
    assert.deepEqual(
      [...t.matchAll(c)].map((m) => [m.index, m[0]]),
      [...t.matchAll(plain)].map((m) => [m.index, m[0]])
    );
    assert.equal(
      t.replace(c, (m) => m.toUpperCase()),
      t.replace(plain, (m) => m.toUpperCase())
    );
    assert.deepEqual(t.split(c), t.split(plain));
    assert.equal(t.search(c), t.search(plain));
  }
  // A failed global match starts the next search from the beginning, as the pattern's does.
  c.lastIndex = 7;
  assert.equal(c.exec("Breakfast was cold."), null);
  assert.equal(c.lastIndex, 0);
  // A pattern requiring no string is returned as it is.
  const any = /\d+/;
  assert.equal(cue(any), any);
});

test("a cue folds as case-insensitive patterns do (ſ and the Kelvin sign under the u flag)", () => {
  const u = cue(/\bsky\b/iu);
  const plain = /\bsky\b/iu;
  for (const t of ["the SKY", "the \u017fky", "the s\u212ay", "the s\u212Ay", "the ski"])
    assert.equal(u.test(t), plain.test(t), t);
  const noU = cue(/sky/i);
  for (const t of ["the \u017fky", "the s\u212ay", "SkY"]) assert.equal(noU.test(t), /sky/i.test(t), t);
});

test("a cue answers as its pattern on random texts", () => {
  // (a small seeded generator: the same texts every run)
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const alphabet = ["a", "e", "n", "r", "s", "t", "o", "w", " ", " ", ",", "’", "S", "N", "\u017f", "\u212a", "é", "É"];
  const words = ["snow", "storm", "stone", "rain", "raven", "towers", "tower's", "sister", "snows", "a storm"];
  const patterns = [
    /\b(?:snow|storm)s?\b/i,
    /\b(?:snow|storm)s?\b/iu,
    /(?<!\bthe )raven(?! towers)/,
    /\b(a|one|two)\s+(storm|tower)s?\b/gi,
    /tower['’]s\s+(?:stone|rain)/u,
    /\bsis(?:ter)?s?\b|\bnews?\b/i,
    /(?:^|,\s*)stone\b/i,
    /[Rr]ain(?:s|ed)?\s+on\s+\w+/
  ];
  for (let n = 0; n < 3000; ++n) {
    let t = "";
    const parts = 1 + Math.floor(random() * 6);
    for (let k = 0; k < parts; ++k)
      t +=
        random() < 0.5
          ? words[Math.floor(random() * words.length)]!
          : alphabet[Math.floor(random() * alphabet.length)]!.repeat(1 + Math.floor(random() * 3));
    for (const p of patterns) {
      const c = cue(p);
      p.lastIndex = c.lastIndex = 0;
      assert.equal(c.test(t), p.test(t), `${p} on ${JSON.stringify(t)}`);
    }
  }
});

test("a copy of a cue (matchAll, split) takes its lists only under the same case and Unicode flags", () => {
  const c = cue(/Écluse du (?:nord|sud)/);
  assert.ok(c instanceof Cue);
  // (matchAll copies with the same flags; split adds "y": the same lists, the same answers)
  assert.deepEqual(
    [..."L'Écluse du nord, l'Écluse du sud".matchAll(new Cue(c, "g"))].map((m) => m.index),
    [2, 20]
  );
  assert.deepEqual("a Écluse du sud b".split(c), ["a ", " b"]);
  assert.equal(new Cue(c, "g").test("the lock of the north"), false);
  // Under i a cased letter outside ASCII matches its other case, which the lists read without i do not hold.
  const i = new Cue(c, "i");
  assert.equal(i.test("l'écluse du Sud"), /Écluse du (?:nord|sud)/i.test("l'écluse du Sud"));
  assert.equal(i.test("l'écluse du Sud"), true);
});

test("a cue's mayMatch: false only where no part of the text can match (session 26)", () => {
  const c = new Cue(/(?<!deputy\s)(?:[Pp]resident|[Pp]rime\s+[Mm]inister)\s+(?:\p{Lu}\p{L}*\s+){0,2}$/u);
  assert.equal(c.filters, true);
  const texts = [
    "On Monday President Tokayev met the Prime Minister of Japan.",
    "The deputy prime minister arrived.",
    "The delegations met in Astana.",
    "“Mr Rossi,” said the PRESIDENT’s aide, “will come.”",
    ""
  ];
  // (each text also as V8's other string forms: a slice, a concatenation, a two-byte copy)
  const forms = texts.flatMap((t) => [t, `x${t}`.slice(1), t.slice(0, 9) + t.slice(9), `${t}’`.slice(0, t.length)]);
  for (const t of forms) {
    // Every prefix the pattern matches is in a text the pre-filter lets through.
    const matched = Array.from({length: t.length + 1}, (_, k) => c.test(t.slice(0, k))).some(Boolean);
    if (matched) assert.equal(c.mayMatch(t), true, t);
    assert.equal(c.mayMatch(t), /president|prime\s+minister/i.test(t), t);
  }
});

test("an ASCII text is indexed from its bytes, any other text by its characters: the same answers (session 28)", () => {
  const plain = /\b(?:snow|storm)s?\s+(?:over|on)\s+\w+/i;
  const c = new Cue(plain);
  // (a small seeded generator: the same texts every run)
  let seed = 11;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pieces = ["snow", "SNOWS", "Storm", "over", "ON", "on", "the", "hills", " ", " ", ",", "st", "orm"];
  for (let n = 0; n < 2000; ++n) {
    let t = "";
    for (let k = 0, parts = 1 + Math.floor(random() * 8); k < parts; ++k)
      t += pieces[Math.floor(random() * pieces.length)]!;
    // The same words with a character above ASCII after them (read a character at a time): no other answer.
    for (const x of [t, `${t}’`, `${t}\ud800`, `’${t}`.slice(1)]) {
      assert.equal(c.test(x), plain.test(x), JSON.stringify(x));
      assert.equal(c.mayMatch(x), c.mayMatch(t), JSON.stringify(x));
    }
  }
  // A long text (a whole body, longer than the bytes copied) and a short one after it, then a long one again.
  const long = `${"The hills were quiet. ".repeat(4000)}Snow over Almaty.`;
  for (const x of [long, "snow on roofs", "no weather", long.toUpperCase(), long.slice(0, 30000) + " storms on x"])
    assert.equal(c.test(x), plain.test(x), x.slice(-40));
});
