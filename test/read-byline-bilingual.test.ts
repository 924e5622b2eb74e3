import assert from "node:assert/strict";
import {test} from "node:test";
import {readByline} from "../src/read/byline.js";

test('a bilingual page\'s byline ("Por / By", "By / Par") names the writer, and a paper\'s own-language name after the comma is its publisher', () => {
  assert.deepEqual(readByline("Por / By Lucía Fernández Soto, Diario del Pacífico"), {
    author: "Lucía Fernández Soto",
    publisher: "Diario del Pacífico"
  });
  assert.deepEqual(readByline("By / Par Jean Dupont"), {author: "Jean Dupont"});
  assert.deepEqual(readByline("Von / By Anna Keller, Neue Alpen Zeitung"), {
    author: "Anna Keller",
    publisher: "Neue Alpen Zeitung"
  });
  // the same paper's name after an English "By" as well
  assert.deepEqual(readByline("By Marek Nowak, Gazeta Bałtycka"), {
    author: "Marek Nowak",
    publisher: "Gazeta Bałtycka"
  });
});

test("near misses: a second writer after the comma stays a writer; a headline opening with a foreign word is no byline", () => {
  assert.equal(readByline("By Lucía Fernández Soto, Jorge Pérez Díaz")?.publisher, undefined);
  assert.equal(readByline("Von der Leyen visits Astana"), undefined);
  assert.equal(readByline("Por Excellence in Steppe Trade"), undefined);
});
