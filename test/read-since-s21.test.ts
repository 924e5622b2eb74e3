/**
 * The start of a period told in a "since" phrase (issue 10, session 21; src/read/dates-since.ts, read by
 * src/read/document.ts and src/read/dates-background.ts): "on his first visit to X since taking office in September",
 * "their first treaty since relations soured in 2019" — the phrase's time is when the period began, not the time of an
 * act told outside it. Every sentence our own (the Baltic states, Poland, the Caucasus); the page is dated 2024-05-20.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";
import {sinceOtherAct, sincePhrase} from "../src/read/dates-since.js";

const phrase = (s: string, date: string) => {
  const p = sincePhrase(s, s.indexOf(date));
  return p && {text: s.slice(p.start, p.end), bare: p.bare};
};

test("sincePhrase: a gerund or a clause after 'since', or the bare time; up to the next clause break", () => {
  assert.deepEqual(phrase("The minister, on her first trip since taking office in March, met him.", "in March"), {
    text: "since taking office in March",
    bare: false
  });
  assert.deepEqual(phrase("They signed a treaty, their first since relations soured in 2019.", "in 2019"), {
    text: "since relations soured in 2019",
    bare: false
  });
  assert.deepEqual(phrase("It is the first visit since he took office in May; more will follow.", "in May"), {
    text: "since he took office in May",
    bare: false
  });
  assert.deepEqual(phrase("They met in Riga, the first talks since 2020.", "2020"), {text: "since 2020", bare: true});
  // near misses: a noun then a date after "since" (the date may be the act's), a break between, no "since" at all
  assert.equal(
    phrase("They met on 3 April for the first time since the pandemic on 3 April.", "on 3 April"),
    undefined
  );
  assert.equal(phrase("They met for the first time since the war, in May.", "in May"), undefined);
  assert.equal(phrase("They signed a treaty in 2019.", "in 2019"), undefined);
});

test("sinceOtherAct: the act's word outside the phrase; a bare time before a perfect keeps the act's reading", () => {
  const s = "The minister, on her first trip to Poland since taking office in March, met the president.";
  const at = s.indexOf("in March");
  assert.ok(sinceOtherAct(s, at, s.indexOf("trip")));
  assert.ok(sinceOtherAct(s, at, s.indexOf("met")));
  assert.ok(!sinceOtherAct(s, at, s.indexOf("taking")));
  const perfect = "Turkey has supplied drones to Azerbaijan since 2020.";
  assert.ok(!sinceOtherAct(perfect, perfect.indexOf("2020"), perfect.indexOf("supplied")));
  const past = "Armenia and Azerbaijan met in Prague, their first talks since 2020.";
  assert.ok(sinceOtherAct(past, past.indexOf("2020"), past.indexOf("met")));
});

test("an act told beside a 'since' phrase is dated as one naming no date", () => {
  assert.deepEqual(
    readEvents(
      "The Latvian foreign minister, on her first visit to Poland since taking office in March, urged Warsaw to buy more Latvian grain."
    ),
    ["LVA>POL 020 2024-05-20"]
  );
  assert.deepEqual(
    readEvents(
      "Lithuania's foreign minister, on his first visit to Poland since taking office in March, met Polish President Andrzej Duda."
    ),
    ["LTU>POL 040 2024-05-20"]
  );
  assert.deepEqual(readEvents("Estonia and Finland signed a treaty, their first since relations soured in 2019."), [
    "EST>FIN 057 2024-05-20",
    "FIN>EST 057 2024-05-20"
  ]);
  assert.deepEqual(readEvents("Armenia and Azerbaijan met in Prague, their first talks since 2020."), [
    "ARM>AZE 040 2024-05-20",
    "AZE>ARM 040 2024-05-20"
  ]);
  // near misses: the phrase's own act keeps its time; a standing perfect keeps the start; a date of the act itself
  assert.deepEqual(
    readEvents("Since Russia invaded Ukraine in February 2022, Latvia has refused to buy Russian gas."),
    ["RUS>UKR 192 2022-02-01", "LVA>RUS 120 2024-05-20"]
  );
  assert.deepEqual(readEvents("Turkey has supplied drones to Azerbaijan since 2020."), ["TUR>AZE 072 2020-01-01"]);
  assert.deepEqual(
    readEvents("Estonia and Finland signed a treaty on 3 April for the first time since the pandemic."),
    ["EST>FIN 057 2024-04-03", "FIN>EST 057 2024-04-03"]
  );
});

test("an occasion pointed to later is not dated by the start of a period told beside it", () => {
  const events = readEvents(
    "Lithuanian and Polish ministers held talks in Vilnius on Monday, their first since relations soured in 2019. During the talks, Lithuania signed a grain deal with Poland."
  );
  assert.ok(events.includes("LTU>POL 057 2024-05-20"), events.join(" | "));
});
