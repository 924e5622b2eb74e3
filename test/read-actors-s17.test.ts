/**
 * Who acts in news prose (issue 10, session 17): an office named alone ("the prime minister", "the head of state",
 * "the premier", "the foreign minister") stands for the state whose holder of that office the article named before
 * (src/read/office-holders.ts). Every sentence here is our own, written for these tests (states, people, places and
 * acts no fixture uses: Peru, Chile, Norway, Japan, Slovakia …); each test varies one condition the rule reads, and
 * near misses must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {reportRoots as events, readReport} from "./helpers/events.js";
import {OfficeHolders, officeOf} from "../src/read/office-holders.js";

/** The events read through an office named alone. */
const byOffice = (body: string) =>
  readReport(body)
    .filter((e) => /anaphora:office/.test(e.rule ?? ""))
    .map((e) => `${e.source}>${e.target}`);
const has = (got: string[], want: string) => assert.ok(got.includes(want), got.join(" | "));
const hasNot = (got: string[], bad: RegExp) => assert.ok(!got.some((e) => bad.test(e)), got.join(" | "));

test("the office's lexicon: classes and portfolios", () => {
  assert.equal(officeOf("Premier").office, "prime minister");
  assert.equal(officeOf("head of government").office, "government");
  assert.equal(officeOf("Head of State").office, "state");
  assert.equal(officeOf("Emir").kind, "state");
  assert.equal(officeOf("Minister of Foreign Affairs").office, "minister:foreign");
  assert.equal(officeOf("defense minister").office, "minister:defence");
});

test("a holder named by the state's adjective, its name or its possessive; the office alone later is that state", () => {
  // (adjective before the title)
  has(
    events(
      "Peruvian President Dina Boluarte landed in Santiago on Monday. The president met Chilean officials on Tuesday."
    ),
    "PER>CHL 04"
  );
  // (the title before "of" and the state)
  has(
    events(
      "President of Peru Dina Boluarte landed in Santiago on Monday. The president met Chilean officials on Tuesday."
    ),
    "PER>CHL 04"
  );
  // (a possessive, and the generic office "the head of state")
  has(
    events(
      "Peru's president, Dina Boluarte, landed in Santiago on Monday. The head of state praised Chile on Tuesday for its mining law."
    ),
    "PER>CHL 05"
  );
  // (a leader the dictionary knows, after a bare title; "the premier" for a prime minister)
  has(
    events(
      "Prime Minister Shigeru Ishiba flew to Canberra on Sunday. The premier signed a security pact with Australia on Monday."
    ),
    "JPN>AUS 05"
  );
});

test("the office alone as an object, and after an opening adjunct", () => {
  has(
    events(
      "Slovak Prime Minister Robert Fico arrived in Oslo on Monday. Norway invited the prime minister to a fisheries forum."
    ),
    "NOR>SVK 03"
  );
  has(
    events(
      "Peruvian President Dina Boluarte landed in Santiago on Monday. To open the day, the head of state praised Chile for its new port."
    ),
    "PER>CHL 05"
  );
  has(
    events(
      "Peruvian President Dina Boluarte landed in Santiago on Monday. On Tuesday the president met Chilean officials."
    ),
    "PER>CHL 04"
  );
});

test("which holder: the subject's before an object's, the sentence just before's subject first", () => {
  // (Norway's prime minister is the subject; Japan's is named as the one received)
  const got = events(
    "Norwegian Prime Minister Jonas Gahr Store received Japanese Prime Minister Shigeru Ishiba in Oslo on Monday. The prime minister later praised Peru."
  );
  has(got, "NOR>PER 05");
  hasNot(got, /^JPN>PER/);
  // (a portfolio minister is no head of government)
  hasNot(
    events("Chilean Foreign Minister Alberto van Klaveren arrived in Lima on Monday. The prime minister praised Peru."),
    /^CHL>PER 05/
  );
});

test("near misses: the office with its state, a name, a possessive, a plural or a predicate", () => {
  const intro = "Peruvian President Dina Boluarte landed in Santiago on Monday.";
  // ("the President of Chile" names its own state: it stays Chile's)
  hasNot(events(`${intro} The president of Chile praised the port deal.`), /^PER>/);
  // (a former or a deputy holder is no holder)
  hasNot(events("Chile's former president landed in Lima on Monday. The president praised Peru."), /^CHL>PER/);
  hasNot(
    events("Chilean Deputy Prime Minister X Y landed in Lima on Monday. The prime minister praised Peru."),
    /^CHL>PER/
  );
  // (a predicate: "was the president" names no actor)
  hasNot(events(`${intro} Boric, who was the president of a student union, praised Chile.`), /^PER>CHL 05/);
  // (plural: "the presidents" are not one holder)
  assert.deepEqual(byOffice(`${intro} The presidents praised Bolivia on Tuesday.`), []);
  // (a name after the office: a titled person, read as written)
  assert.deepEqual(byOffice(`${intro} The President Gabriel Boric praised Bolivia on Tuesday.`), []);
  // (another actor named between the office and a verb acts there: "the aid Chile sent" is Chile's, not the office's)
  assert.deepEqual(
    byOffice(
      "Chilean President Gabriel Boric landed in Lima on Monday. Peru praised the president for the aid Chile provided to flood victims from Ecuador in May."
    ).filter((e) => e === "CHL>ECU"),
    []
  );
  // ("the president's office" is no holder acting)
  assert.deepEqual(byOffice(`${intro} The president's office praised Bolivia on Tuesday.`), []);
});

test("OfficeHolders alone: no holder, two holders neither a subject, the sentence's own holder", () => {
  const h = new OfficeHolders();
  const isState = () => true;
  assert.deepEqual(h.bareOffices("The prime minister met them.", 0), []);
  // (two states' presidents named as objects: no one state)
  h.learn(
    "Officials welcomed Peruvian President X and Chilean President Y.",
    [
      {start: 19, end: 28, code: "PER"},
      {start: 43, end: 50, code: "CHL"}
    ],
    0,
    isState
  );
  assert.equal(h.stateOf("president", 1), undefined);
  // (a holder named in the sentence itself is not before it)
  h.learn("Bolivian President Z spoke.", [{start: 0, end: 8, code: "BOL"}], 1, isState);
  assert.equal(h.stateOf("president", 1), undefined);
  assert.equal(h.stateOf("head of state", 2), "BOL");
});

// Review L8 (session 16): a pair pointer whose pair the same sentence named before it, heading a later clause, is read
// in its own clause: the first clause's verb does not take the names the copy puts after it.
const dated = (body: string) =>
  readReport(body).map((e) => `${e.source}>${e.target} ${e.code.slice(0, 2)} ${(e.date ?? "").slice(0, 4)}`);

test("review L8: the pointer's clause alone, after ', and', 'although', 'but', with the adjunct before or after", () => {
  for (const body of [
    "Peru and Chile have clashed repeatedly, and in 2014 the two countries signed an accord on rivers.",
    "Peru and Chile have clashed repeatedly, although the two countries signed an accord on rivers in 2014.",
    "Peru and Chile have clashed over fishing rights for decades, and in 2014 the two countries signed an accord on rivers.",
    "Peru and Chile have often traded accusations, but in 2014 the two sides signed an accord on rivers."
  ]) {
    const got = dated(body);
    assert.ok(
      got.some((e) => /^(?:PER>CHL|CHL>PER) 05 2014$/.test(e)),
      got.join(" | ")
    );
    // (the clashes are a habit of decades: no act of theirs dated by the later clause's year)
    assert.ok(!got.some((e) => / (?!05)\d\d 2014$/.test(e)), got.join(" | "));
  }
});

test("review L8 near misses: a pair from the sentence before, and a relative's pointer, read as before", () => {
  const before = dated(
    "Peru and Chile have clashed over fishing rights for decades. In 2014 the two sides signed an accord on rivers."
  );
  assert.ok(
    before.some((e) => /^(?:PER>CHL|CHL>PER) 05 2014$/.test(e)),
    before.join(" | ")
  );
  const relative = dated(
    "Peru and Chile have argued about the border for years; the accord, which the two sides signed in 2011, still holds."
  );
  assert.ok(
    relative.some((e) => /^(?:PER>CHL|CHL>PER) 05 2011$/.test(e)),
    relative.join(" | ")
  );
});

test("review M10: a holder named by a dictionary alias that holds the title itself ('US President', 'German Chancellor')", () => {
  has(
    events("US President Mara Quill landed in Lima on Monday. The president praised Peru's new port law."),
    "USA>PER 05"
  );
  has(
    events("German Chancellor Otto Brenn landed in Lima on Monday. Later, the chancellor praised Peru."),
    "DEU>PER 05"
  );
  // (a former holder named by the alias is no holder)
  assert.deepEqual(
    byOffice("Former US President Mara Quill landed in Lima on Monday. The president praised Peru's new port law."),
    []
  );
});
