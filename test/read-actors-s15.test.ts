/**
 * Who acts in news prose (issue 10, session 15): an organisation's members told without naming them ("his
 * colleagues", "the member states", "the partners"), the leaders of a gathering a state hosted. Every sentence here is
 * our own, written for these tests (other organisations, states, verbs and numbers than any fixture's); each test
 * varies one condition its rule reads, and near misses must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {defaultCoder, readPack} from "../src/app/index.js";
import {readDocument} from "../src/read/index.js";

const coder = defaultCoder(readPack().actors);
const events = (body: string) => {
  const r = readDocument(`Report\n\n12.03.2025\n\n${body}`, {format: "text", sourceId: "t", coder});
  assert.ok(r.ok);
  return r.value.events.map((e) => `${e.source}>${e.target} ${e.code.slice(0, 2)}`);
};

const asean = "Leaders of the Association of Southeast Asian Nations met in Jakarta on 3 March.";
const gcc = "Ministers of the Gulf Cooperation Council met in Doha on 3 March.";

test("an organisation's members told without their names are the organisation, after a gathering of it", () => {
  // (each member noun of the lexicon, object and subject; gatherings told as a congress, a session, a meeting)
  assert.ok(
    events(
      "Armenia's prime minister chaired a congress of the Eurasian Economic Union in Yerevan on 3 March. He praised his counterparts for a quick deal."
    ).includes("ARM>EAEU 05")
  );
  assert.ok(events(`${asean} Vietnam's premier urged the signatories to honour the code.`).includes("VNM>ASEAN 02"));
  assert.ok(events(`${asean} Laos criticised fellow members for their silence.`).includes("LAO>ASEAN 11"));
  assert.ok(
    events(`${asean} Indonesia's president thanked the member countries for their help.`).includes("IDN>ASEAN 05")
  );
  assert.ok(
    events(
      "The foreign ministers of the Organization of American States held a session in Lima on 3 March. Chile's minister asked the members to send observers."
    ).includes("CHL>IGOOAS 02")
  );
  // (a pronoun subject read first, then the group: "He … the member states")
  assert.ok(
    events(
      `${gcc} Qatar's emir spoke first. Oman's foreign minister followed him. He asked the member states for calm.`
    ).includes("OMN>GCC 02")
  );
});

test("'the <word> family' is the organisation whose name has that word, and no other", () => {
  assert.ok(
    events(`${gcc} Oman's foreign minister called on the "Gulf family" to stay united.`).includes("OMN>GCC 02")
  );
  // (a word of no organisation named: nothing)
  assert.deepEqual(
    events(`${gcc} Oman's foreign minister called on the Slavic family to stay united.`).filter((e) =>
      e.startsWith("OMN")
    ),
    []
  );
});

test("near misses: a group with a complement, one person, no gathering, another subject's clause", () => {
  const omani = (body: string) => events(`${gcc} ${body}`).filter((e) => e.startsWith("OMN"));
  // (a complement makes another group; a singular is one person; a named partner stays as named)
  assert.deepEqual(omani("Oman's foreign minister thanked his colleagues in the cabinet for their work."), []);
  assert.deepEqual(omani("Oman's foreign minister thanked his counterpart for the visit."), []);
  assert.ok(!omani("Oman's foreign minister praised the partners from Japan.").includes("OMN>GCC 05"));
  // (the organisation named without a gathering: trade figures)
  assert.deepEqual(
    events(
      "Trade between Mongolia and the Eurasian Economic Union grew by a fifth last year. Mongolia's president thanked his colleagues on 3 March."
    ),
    []
  );
  // (the gathering ten sentences back or more: no longer the story's)
  const filler = Array.from({length: 11}, (_, k) => `Wheat prices rose for the ${k + 2}th week.`).join(" ");
  assert.deepEqual(
    events(`${gcc} ${filler} Oman's foreign minister thanked his colleagues.`).filter((e) => e.startsWith("OMN")),
    []
  );
  // (the act toward the group is the subject's, not a state's named inside a that-clause on the way)
  const thai = events(
    `${asean} Thailand's premier said that the Cambodian-Lao border was calm and urged the partners to sign the pact.`
  );
  assert.ok(thai.includes("THA>ASEAN 02"));
  assert.ok(!thai.some((e) => /^(?:KHM|LAO)>ASEAN/.test(e)));
});

test("the leaders of a gathering a state hosted are the host and the organisation, not an earlier pair", () => {
  const hosted = "Armenia hosted a session of the Eurasian Economic Union's council in Yerevan on 3 March.";
  const visit = "Russia's president arrived in Yerevan on 2 March and held talks with Armenia's prime minister.";
  const signed = events(`${hosted} ${visit} After the session, the leaders signed nine agreements.`);
  assert.ok(signed.includes("ARM>EAEU 05"));
  assert.ok(!signed.includes("RUS>ARM 05") && !signed.includes("ARM>RUS 05"));
  // (a sentence naming the organisation: its heads of state are not the visit's pair)
  const budget = events(
    `${hosted} ${visit} Then the heads of state endorsed the budget of the Eurasian Economic Union.`
  );
  assert.ok(!budget.some((e) => /^(?:RUS>ARM|ARM>RUS) 0[58]/.test(e)));
  // (near miss: a bilateral meeting's leaders are its pair)
  assert.ok(
    events("Armenia and Georgia held talks in Tbilisi on 3 March. The leaders signed nine agreements.").includes(
      "ARM>GEO 05"
    )
  );
});
