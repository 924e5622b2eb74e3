/**
 * Whom a verbatim record's speaker speaks for (issue 10, session 34): an office holder of an organisation ("Anna Berg,
 * Member of the Commission. – …") says "we" for the organisation, on its own record or when the office names it
 * (src/read/sitting-office.ts, read in src/read/document.ts speakerState). Every page and sentence our own.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {rewriteFirstPerson} from "../src/read/first-person.js";
import {officeBody, sittingOffice} from "../src/read/sitting-office.js";
import {has, lacks, readEvents} from "./helpers/events.js";

/** A verbatim record of a sitting under `masthead`, its speeches labelled as such records label them. */
const record = (masthead: string, speeches: string[]) =>
  [
    masthead,
    "Plenary   Members   News   Agenda",
    "",
    "Debates",
    "Tuesday, 4 March 2025 - Brussels",
    "Provisional edition",
    "",
    "9. Relations with the South Caucasus (debate)",
    "",
    "President. – The next item is the debate on relations with the South Caucasus.",
    "",
    ...speeches.flatMap((s) => [s, ""]),
    "President. – The debate is closed."
  ].join("\n");

const OFFICIAL =
  "Anna Berg, Member of the Commission. – Madam President, honourable Members, this is an important moment. Last year we signed a readmission agreement with Georgia, and the talks continue.";
const MEMBER =
  "Karl Weiss, on behalf of the Green Group. – Madam President, the region matters. Last year we signed a visa agreement with Armenia, and that was right.";

test("an organisation's office holder on its own record: 'we signed' is the organisation's act", () => {
  const events = readEvents(record("European Parliament", [OFFICIAL, MEMBER]));
  has(events, /^EU>GEO 057 2024/);
});

test("an office that names its organisation speaks for it on any record", () => {
  const named =
    "Maria Holm, Executive Director of UNICEF. – Madam President, thank you. Last year we signed a cooperation agreement with Mongolia, and it works.";
  has(readEvents(record("Regional Assembly", [named, MEMBER])), /^UN>MNG 057 2024/);
});

test("near misses: a member speaking for a group, an office of no organisation on a record of none", () => {
  // (a group's member: "we" is not read as the organisation)
  lacks(readEvents(record("European Parliament", [OFFICIAL, MEMBER])), /^EU>ARM 057/);
  // (the record is no organisation's and the office names none: no organisation is guessed)
  lacks(readEvents(record("Regional Assembly", [OFFICIAL, MEMBER])), /^EU>GEO/);
});

test("the office is read from the speaker's label; a group spoken for and a state's office are no organisation's", () => {
  const sentences = [
    {text: "President. – The next item."},
    {text: "Anna Berg, Member of the Commission. – Madam President, …"}
  ];
  assert.equal(sittingOffice(sentences, "Anna Berg"), "Member of the Commission");
  assert.equal(sittingOffice(sentences, "Karl Weiss"), undefined);
  const none = () => [];
  const home = {code: "EU", name: "European Parliament"};
  const yes = () => false;
  assert.deepEqual(officeBody("Member of the Commission", none, yes, yes, home), home);
  assert.equal(officeBody("on behalf of the Green Group", none, yes, yes, home), undefined);
  assert.equal(officeBody("Member of the Commission", none, yes, yes), undefined);
  const state = () => [{code: "CHL", text: "Chile"}];
  assert.equal(
    officeBody(
      "Minister of Foreign Affairs of Chile",
      state,
      (c) => c === "CHL",
      () => false,
      home
    ),
    undefined
  );
});

test("a pair pointer's verb after an adverb of concession or sequence: 'the two governments nevertheless signed …'", () => {
  const before = "Mongolia and Kazakhstan had long disagreed over transit fees on their railways.";
  has(
    readEvents([before, "The two governments nevertheless signed a transit agreement in March 2024."].join(" ")),
    /^(?:MNG>KAZ|KAZ>MNG) 057 2024-03/
  );
  // (near miss: the adverb left out does not make a refusal a signing)
  lacks(
    readEvents(
      [before, "The two governments nevertheless declined to sign a transit agreement in March 2024."].join(" ")
    ),
    /057/
  );
});

test("a speaker's 'our envoy', 'our ambassador', 'our delegation' is their side's; 'our partners' is not", () => {
  const copy = (s: string) => rewriteFirstPerson(s, "Mongolia", {firstPerson: true})?.text;
  assert.equal(
    copy("Our special envoy has visited Astana twice."),
    "Mongolia's special envoy has visited Astana twice."
  );
  assert.equal(
    copy("Last week our ambassador handed a note to Kazakhstan."),
    "Last week Mongolia's ambassador handed a note to Kazakhstan."
  );
  // (near misses: others the speaker relates to, and a view)
  assert.equal(copy("Our partners must understand this."), undefined);
  assert.equal(copy("In our view the route works."), undefined);
});
