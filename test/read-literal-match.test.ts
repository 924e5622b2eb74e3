import {test} from "node:test";
import assert from "node:assert/strict";
import {literalMatch} from "../src/read/literal-match.js";

// Each pair: the sticky patterns a rule gives literalMatch, and the flags of the whole pattern it stands for.
const CASES: {before?: RegExp; after: RegExp; flags: string}[] = [
  {before: /(?<![\p{L}])/uy, after: /(?![\p{L}])/uy, flags: "gu"},
  {before: /(?<![\p{L}\d])/uy, after: /(?:\s+\(\p{Lu}[\p{Lu}\d&-]{1,7}\))?(?![\p{L}\d])/uy, flags: "gu"},
  {after: /,\s+(?:(?:an?|the)\s+)?([^,.;"”»]{3,80})/y, flags: "g"},
  {
    after:
      /\s+(?:of|from)\s+(the\s+\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|for|and|on|in|the)\s+)*\p{Lu}[\p{L}'’.&-]*){0,8})/uy,
    flags: "gu"
  }
];

const TEXTS = [
  "Karimov, an analyst at the Institute, said Karimova and Karimov of the Almaty Institute for Economic Research met.",
  "China National Nuclear Corporation (CNNC) and CNNC; CNNCs (cnnc) China National Nuclear Corporation (CNNC)x.",
  "aa a aaa, a, the aaa bbb of the Ministry Of Trade from the Bank",
  "Łukasz Nowak said Nowak, the former envoy, and Nowakowski of the Polish Institute of International Affairs",
  "𝐀Smith Smith𝐀 Smith 𝐀 Smith, a writer. Smith from the Big Bank",
  "",
  "Smith"
];
const NAMES = [
  "Karimov",
  "CNNC",
  "China National Nuclear Corporation",
  "a",
  "aa",
  "Nowak",
  "Smith",
  "𝐀",
  "",
  "the Big",
  "."
];

/** What the rule's pattern, made per name, gives: each match's start, end and groups, from `from` on. */
function byPattern(text: string, name: string, c: (typeof CASES)[number], from: number): unknown {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`${c.before?.source ?? ""}${escaped}${c.after.source}`, c.flags);
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? {index: m.index, end: m.index + m[0].length, groups: [m[0].slice(name.length), ...m.slice(1)]} : undefined;
}

test("literalMatch finds what the pattern made per name finds", () => {
  let compared = 0;
  for (const c of CASES)
    for (const text of TEXTS)
      for (const name of NAMES)
        for (let from = 0; from <= text.length + 1; ++from) {
          const got = literalMatch(text, name, c.after, c.before, from);
          const mine = got ? {index: got.index, end: got.end, groups: [...got.groups]} : undefined;
          assert.deepEqual(
            mine,
            byPattern(text, name, c, from),
            `${JSON.stringify(name)} in ${JSON.stringify(text)} @${from}`
          );
          ++compared;
        }
  assert.ok(compared > 1000);
});
