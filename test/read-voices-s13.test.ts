import assert from "node:assert/strict";
import {test} from "node:test";
import {claimOf, readOk, voiceOf} from "./helpers/read.js";

// Session 13 (issue 10): speakers by phrase structure. Every sentence here was written for these tests (invented
// people and bodies, a ferry line, a cotton market, a dam), in other constructions than any fixture's, with near misses.

const page = (body: string) => readOk(`Harbour notes\n\n9 March 2026\n\n${body}\n`, {});

test("an apposition between a speaker and the verb, with or without an article, in any case, is skipped", () => {
  for (const apposition of [
    "director of the Caspian Ferry Union",
    "the director of the Caspian Ferry Union",
    "a director of the Caspian Ferry Union",
    "Director of the Caspian Ferry Union",
    "deputy head of research at Aktau Port",
    "senior adviser to the transport minister",
    // (a post outside the title lexicon, with its place of work)
    "programme lead at the Caspian Ferry Union"
  ]) {
    const d = page(
      `Ferry fares on the Caspian rose by a fifth over the winter. "Every crossing now loses money in January," Marat Ospanov, ${apposition}, told the Harbour Courier. ` +
        "Fares would have to rise again, he said, unless the ports cut their fees."
    );
    assert.equal(voiceOf(d, "Every crossing").speaker, "Marat Ospanov", apposition);
    assert.equal(claimOf(d, "Fares would have to rise")?.speaker, "Marat Ospanov", apposition);
  }
});

test("an insertion with a gerund, after any subordinator or none, is skipped", () => {
  for (const insertion of [
    "speaking at the port",
    "while touring the new terminal",
    "after inspecting the new terminal",
    "before boarding the ferry",
    "on arriving in Aktau",
    "when opening the terminal",
    // (a subordinator outside the list, and a gerund alone)
    "whilst visiting Aktau",
    "inspecting the berths"
  ]) {
    const d = page(
      `Kazakh Transport Minister Nurlan Sauranbayev, ${insertion}, said the state would cover half of the ferry line's losses this year.`
    );
    assert.equal(voiceOf(d, "cover half").speaker, "Nurlan Sauranbayev", insertion);
  }
});

test("a label before a colon is no speaker when the clause after it names its own; a speaker before a colon stays", () => {
  const d = page(
    "Harbour Wire adds: Azerbaijani Deputy Minister Elchin Guliyev, speaking in Baku, said the Baku port would add two berths for ferries next year. " +
      "Update: Turkmen officials said on Friday that the Turkmenbashi port would cut its fees."
  );
  assert.equal(voiceOf(d, "add two berths").speaker, "Elchin Guliyev");
  assert.notEqual(voiceOf(d, "cut its fees").speaker, "Update");
  const e = page("Marat Ospanov said: fares will rise again in the spring unless the ports cut their fees.");
  assert.equal(voiceOf(e, "fares will rise").speaker, "Marat Ospanov");
});

test("near misses: a list of names or a clause is no apposition, and a narrated act stays narration", () => {
  const d = page(
    "Cotton buyers from Bukhara, Khiva and Nukus met in Tashkent on Monday. " +
      "The exchange, which opened in 2019, reported record volumes for February."
  );
  assert.notEqual(voiceOf(d, "Cotton buyers").speaker, "Nukus");
  assert.equal(voiceOf(d, "Cotton buyers").kind, "narration");
});

test("review K4: a label before a lower-case clause, an apposition outside the title lexicon or with a possessive, a participle or a prepositional phrase as the insertion", () => {
  const d = page("Harbour Wire adds: the port authority said on Friday that the ferry fees would fall in May.");
  assert.notEqual(voiceOf(d, "ferry fees would fall").speaker, "Harbour Wire");
  for (const middle of [
    // appositions: a noun outside the lexicon with a lower-case complement, a possessive noun phrase
    "member of the ferry owners' union",
    "skipper of the night ferry",
    "Aktau's longest-serving skipper",
    // insertions: a participle, after a subordinator or none; a prepositional phrase
    "asked about the winter timetable",
    "when asked about the winter timetable",
    "in a letter to the port",
    "at a meeting of ferry owners on Monday"
  ]) {
    const e = page(`Marat Ospanov, ${middle}, said the night crossings would stop in December.`);
    assert.equal(voiceOf(e, "night crossings").speaker, "Marat Ospanov", middle);
  }
});
