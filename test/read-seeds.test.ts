// The five seed articles are the first real test of reading: not one of their unrelated
// headlines ("Read also", "Latest news", widgets) may produce an event, an actor mention or a claim.
import assert from "node:assert/strict";
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {test} from "node:test";
import {defaultCoder} from "../src/app/coder.js";
import {loadPack} from "../src/packs/index.js";
import {readDocument} from "../src/read/index.js";

const ROOT = join(import.meta.dirname, "..");
const SEEDS = join(ROOT, "test/fixtures/articles/seeds");
const pack = loadPack(join(ROOT, "packs", "central-asia"));
assert.ok(pack.ok);
const coder = defaultCoder(pack.value.actors);
const CHROME = new Set([
  "related-headline",
  "list-heading",
  "widget",
  "dateline",
  "subscribe",
  "caption",
  "reference",
  "disclaimer",
  "author-bio",
  "header",
  "byline"
]);

for (const name of readdirSync(SEEDS).filter((f) => f.endsWith(".txt"))) {
  test(`seed ${name}: no headline or widget of the page produces an event, a mention or a claim`, () => {
    const raw = readFileSync(join(SEEDS, name), "utf8");
    const r = readDocument(raw, {format: "text", sourceId: name, coder, given: {date: "2024-11-20"}});
    assert.ok(r.ok);
    const d = r.value;
    const chrome = d.dropped.filter((x) => CHROME.has(x.reason));
    // Nothing dropped is in the body.
    for (const x of chrome)
      if (x.text.length > 25) assert.ok(!d.body.includes(x.text), `${x.reason} in body: ${x.text}`);
    // Everything coded points into the body, at a sentence of the body.
    const sentences = new Map(d.sentences.map((s) => [`${s.start}:${s.end}`, s.text]));
    for (const e of d.events) {
      assert.equal(sentences.get(`${e.start}:${e.end}`), e.sentence, `event ${e.id}`);
      assert.equal(d.body.slice(e.start!, e.end!), e.sentence);
    }
    for (const m of d.mentions) assert.equal(d.body.slice(m.start, m.end), m.text);
    // (a claim is a sentence, one of a sentence's reported clauses: "X stressed that A and that B", or the two
    // sentences of one quotation: «For years we waited. Those days are over,» X said)
    for (const c of d.claims) {
      const [start, end] = [c.start!, c.end!];
      assert.equal(d.body.slice(start, end), c.quote, `claim ${c.id}`);
      const first = d.sentences.findIndex((s) => s.start <= start && start < s.end);
      const last = d.sentences.findIndex((s) => s.start < end && end <= s.end);
      assert.ok(
        first >= 0 && (last === first || (last === first + 1 && /^["“«„]/.test(d.sentences[first]!.text))),
        `claim ${c.id} inside one sentence or one quotation`
      );
    }
    // And no quote of an event, mention or claim contains a headline.
    const quoted = [...d.events.map((e) => e.sentence!), ...d.claims.map((c) => c.quote)];
    for (const x of chrome.filter((y) => y.reason === "related-headline" && y.text.length > 25)) {
      for (const q of quoted) assert.ok(!q.includes(x.text), `headline "${x.text}" reached "${q}"`);
    }
  });
}

test("the headlines left out would have been coded: the test above is not vacuous", () => {
  const raw = readFileSync(join(SEEDS, "000_3fd4c63bc4bf2362.txt"), "utf8");
  const r = readDocument(raw, {format: "text", sourceId: "x", coder, given: {date: "2024-06-13"}});
  assert.ok(r.ok);
  const headlines = r.value.dropped.filter((x) => x.reason === "related-headline").map((x) => x.text);
  assert.ok(headlines.includes("Kremlin seeks clarification on Yerevan's CSTO position"));
  assert.ok(
    headlines.includes("Russia urges Armenia to stop “endless fuss” around Collective Security Treaty Organisation")
  );
  let events = 0;
  let mentions = 0;
  for (const h of headlines) {
    const coded = coder.codeSentence(h, {date: "2024-06-13"});
    events += coded.events.length;
    mentions += coded.mentions.length;
  }
  assert.ok(events > 0 && mentions > 0, `${events} events, ${mentions} mentions`);
});
