/**
 * Who acts in news prose (issue 10, session 14): a region told by its members without its name, companies of a
 * state, pronouns. Every sentence here is our own, written for these tests (other states, verbs, numbers and orders
 * than any fixture's); each test varies one condition its rule reads, and near misses must not fire.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {defaultCoder, readPack} from "../src/app/index.js";
import {readDocument} from "../src/read/index.js";
import {rewriteFirstPerson} from "../src/read/first-person.js";

const coder = defaultCoder(readPack().actors);
const events = (body: string) => {
  const r = readDocument(`Report\n\n12.03.2025\n\n${body}`, {format: "text", sourceId: "t", coder});
  assert.ok(r.ok);
  return r.value.events.map((e) => `${e.source}>${e.target} ${e.code.slice(0, 2)}`);
};
/** The copy the coder reads for a sentence whose document's region is `code` (named `name`). */
const copy = (text: string, code: string, name: string) =>
  rewriteFirstPerson(text, undefined, {region: name, regionCode: code})?.text;

// A document that names Central Asia before the sentence tested.
const lead = "Seoul has been courting Central Asia for a decade.";

test("a counted group of the region's size is the region, in any position and with any member noun", () => {
  // (object of a past verb; the subject; after "each of"; "all five"; a figure; a noun no fixture counts: premiers)
  assert.ok(events(`${lead} Korea received the five envoys in Busan on 4 March.`).includes("KOR>CAS 04"));
  assert.ok(events(`${lead} The five presidents toured Seoul on 4 March.`).includes("CAS>KOR 04"));
  assert.equal(
    copy("Korea received the five premiers in Busan.", "CAS", "Central Asia"),
    "Korea received the five Central Asian premiers in Busan."
  );
  assert.ok(events(`${lead} Korea signed a visa accord with each of the five governments.`).includes("KOR>CAS 05"));
  assert.ok(events(`${lead} Korea praised all five republics on 4 March.`).includes("KOR>CAS 05"));
  assert.equal(
    copy("Tokyo wrote to the 5 capitals in April.", "CAS", "Central Asia"),
    "Tokyo wrote to the 5 Central Asian capitals in April."
  );
  // (another region's size: the South Caucasus's three)
  assert.equal(
    copy("Tokyo thanked the three governments on Friday.", "CAU", "the South Caucasus"),
    "Tokyo thanked the three South Caucasus governments on Friday."
  );
});

test("'the region's X' and 'the X of the region' are the region, as subject and as object", () => {
  assert.ok(events(`${lead} The region's governments thanked Korea on 4 March.`).includes("CAS>KOR 05"));
  assert.ok(events(`${lead} Korea hosted the presidents of the region in Busan on 4 March.`).includes("KOR>CAS 04"));
  assert.equal(
    copy("The delegations of the region left Jakarta early.", "SEA", "Southeast Asia"),
    "The Southeast Asian delegations left Jakarta early."
  );
  // (a counted group of the region: the count stays before the adjective)
  assert.equal(
    copy("India invited the five heads of state of the region to Delhi.", "CAS", "Central Asia"),
    "India invited the five Central Asian heads of state to Delhi."
  );
});

test("near misses: another count, an owner after the group, a possessive, a noun of no member, no region named", () => {
  // (three is not Central Asia's five)
  assert.equal(copy("Korea received the three premiers in Busan.", "CAS", "Central Asia"), undefined);
  // (the group's owner follows it: "of the opposition", "from the Gulf")
  assert.equal(copy("Korea received the five leaders of the opposition in Busan.", "CAS", "Central Asia"), undefined);
  assert.equal(copy("Korea received the five envoys from Oman in Busan.", "CAS", "Central Asia"), undefined);
  // (the group's own possessive: "the five states' ministers" are ministers, not the states)
  assert.equal(copy("Korea received the five states' ministers in Busan.", "CAS", "Central Asia"), undefined);
  // (a count of things, and the region's things, are no members)
  assert.equal(copy("Korea spent the five years in talks.", "CAS", "Central Asia"), undefined);
  assert.equal(copy("The region's rivers feed Korean farms.", "CAS", "Central Asia"), undefined);
  // (a group described by a copula, not acting: an evaluation, a statistic; a passive still acts)
  assert.equal(copy("The region's governments are wise to court Seoul.", "CAS", "Central Asia"), undefined);
  assert.equal(copy("Korean lending to the five republics was about $2 billion.", "CAS", "Central Asia"), undefined);
  assert.equal(
    copy("The five presidents were greeted by Korea.", "CAS", "Central Asia"),
    "The five Central Asian presidents were greeted by Korea."
  );
  // (a document that names no region: the five are no one's)
  assert.ok(!events("Korea received the five envoys in Busan on 4 March.").some((e) => e.includes("CAS")));
});
