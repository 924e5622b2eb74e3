/**
 * The article reader's event codes, session 30 (issue 10: acts told with both sides named that the reader did not
 * read): pressing and lobbying as appeals, sanctions put in force by a verb of adopting, a flow cut, one side informing
 * another, a step judged harshly in apposition, an infinitive the tagger read as a present. Every sentence here is our
 * own, with states no fixture pairs this way (Peru, Chile, Bolivia, Paraguay); each rule comes with near misses that
 * must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readEvents} from "./helpers/events.js";

/** A sentence's events read as the body of a dated report (its first line a title). */
const read = (sentence: string) => readEvents(`Andean report\n\n${sentence}\n`).sort();

test("pressing or lobbying another to do something is an appeal, as urging is", () => {
  assert.deepEqual(read("Chile has pressed Lima to stop the re-export of Bolivian copper."), [
    "CHL>PER 020 2024-05-20"
  ]);
  assert.deepEqual(read("Peru pressed Chile on the price of gas in March."), ["PER>CHL 020 2024-03-01"]);
  assert.deepEqual(read("Peru lobbied Chile in March to drop the tariff."), ["PER>CHL 020 2024-03-01"]);
  // ("lobbied against X" stays a call against it, as CAMEO 2.0's LOBBY reads it)
  assert.deepEqual(read("Peru lobbied against Chile in March."), ["PER>CHL 113 2024-03-01"]);
  // (the tagger's present after "to": "used the talks to press X for …" is the user's act)
  assert.deepEqual(read("Peru's president used the talks to press Chile for faster visas."), [
    "PER>CHL 020 2024-05-20"
  ]);
});

test("near misses of pressing: going ahead, a button, a demand", () => {
  assert.deepEqual(read("Peru pressed ahead with the pipeline to Chile."), []);
  assert.deepEqual(read("Peru pressed on with the pipeline to Chile."), []);
  assert.deepEqual(read("Peru pressed a button that sent the first welding crews to Chile."), []);
  assert.deepEqual(read("Peru demanded that Chile withdraw its troops."), ["PER>CHL 025 2024-05-20"]);
});

test("sanctions adopted, approved or introduced against a state are imposed", () => {
  assert.deepEqual(read("In February, Chile adopted its 16th package of sanctions against Peru."), [
    "CHL>PER 163 2024-02-01"
  ]);
  assert.deepEqual(read("Chile approved a new round of sanctions on Peru in February."), ["CHL>PER 163 2024-02-01"]);
  assert.deepEqual(read("Chile adopted a fresh sanctions package against Peru in February."), [
    "CHL>PER 163 2024-02-01"
  ]);
});

test("near misses of sanctions adopted: their lifting, a plan, a loan approved", () => {
  assert.deepEqual(read("Chile approved the lifting of sanctions on Peru in February."), ["CHL>PER 080 2024-02-01"]);
  assert.deepEqual(read("Chile adopted a plan for sanctions against Peru in February."), ["CHL>PER 030 2024-02-01"]);
  assert.ok(!read("Chile approved a loan to Peru in February.").some((e) => / 163 /.test(e)));
});

test("a flow cut with the goods' state named is stopped; a quantity's change or a plan is not", () => {
  assert.deepEqual(read("In January 2018 Peru cut imports of Chilean gas altogether."), ["PER>CHL 163 2018-01-01"]);
  assert.deepEqual(read("Bolivia cut gas supplies to Paraguay in the winter of 2017."), ["BOL>PRY 163 2017-12-01"]);
  assert.deepEqual(read("Peru cut imports of Chilean gas by 20 percent in 2018."), []);
  assert.deepEqual(read("Peru cut imports of Chilean gas by half in 2018."), []);
  assert.deepEqual(read("Peru will cut imports of Chilean gas in 2026."), []);
  assert.deepEqual(read("Peru cut its own imports of Chilean gas in 2018."), []);
  // (a plural subject leaves the tense open: no act)
  assert.deepEqual(read("The two countries cut imports of Chilean gas."), []);
});

test("one side informing another of its acts is a consultation; a passive or an 'informed that' names no addressee", () => {
  assert.deepEqual(read("Peru notified Chile of its decision in March."), ["PER>CHL 040 2024-03-01"]);
  assert.deepEqual(read("Peru's president informed Chile's president of the decision on Tuesday."), [
    "PER>CHL 040 2024-05-14"
  ]);
  assert.deepEqual(read("Peru's president was informed of the talks with Chile."), []);
  assert.ok(!read("The minister informed that Peru would open a trade office in Chile.").some((e) => / 040 /.test(e)));
});

test("a step judged harshly in apposition is the judge's criticism of its doer", () => {
  assert.deepEqual(read("Last year Chile sanctioned several Peruvian firms, a step that Lima called unjustified."), [
    "CHL>PER 163 2023-01-01",
    "PER>CHL 111 2023-01-01"
  ]);
  assert.deepEqual(
    read(
      'Chile banned imports of Bolivian beef in March, a move that the Bolivian foreign ministry described as "regrettable".'
    ),
    ["BOL>CHL 111 2024-03-01", "CHL>BOL 163 2024-03-01"]
  );
});

test("near misses of a step judged: praise, no judge, another relative, a plan", () => {
  assert.deepEqual(read("Chile banned imports of Peruvian beef in March, a move that Lima called historic."), [
    "CHL>PER 163 2024-03-01"
  ]);
  assert.deepEqual(read("Chile banned imports of Peruvian beef in March, a move widely called unjustified."), [
    "CHL>PER 163 2024-03-01"
  ]);
  assert.deepEqual(read("Chile banned imports of Peruvian beef in March, a move that helped Bolivia."), [
    "CHL>PER 163 2024-03-01"
  ]);
  assert.ok(
    !read("Chile said it would ban imports of Peruvian beef in March, a move that Lima called unjustified.").some((e) =>
      / 111 /.test(e)
    )
  );
});
