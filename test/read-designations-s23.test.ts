/**
 * Sanctions listings of a state's entities (issue 10, session 23; src/read/events-designations.ts): "Poland designated
 * two Latvian banks", "blacklisted several Estonian-registered traders", "added Lithuanian and Latvian firms to its
 * own list", "Three Lithuanian firms were added to Finland's sanctions list in May": the listing party's sanction
 * (163) against the state, at the time of its own clause. Every sentence our own (the Baltic and Nordic states); the
 * page is dated 2025-03-03.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {designations} from "../src/read/events-designations.js";
import {readEvents} from "./helpers/events.js";

const read = (text: string) => readEvents(text, "2025-03-03").filter((e) => / 16\d /.test(e));
const STATES: Record<string, string> = {
  Poland: "POL",
  Latvian: "LVA",
  Latvia: "LVA",
  Lithuanian: "LTU",
  Lithuania: "LTU",
  Estonia: "EST",
  Finland: "FIN",
  Norway: "NOR"
};
/** The sentence's listings read with the states named in it, as "<party> <states>|<copy>". */
function listed(text: string): string[] {
  const mentions = Object.entries(STATES).flatMap(([name, code]) =>
    [...text.matchAll(new RegExp(`\\b${name}\\b`, "g"))].map((m) => ({
      start: m.index!,
      end: m.index! + name.length,
      text: name,
      code
    }))
  );
  mentions.sort((a, b) => a.start - b.start);
  return designations(text, mentions, () => true).map(
    (d) =>
      `${d.party.code} ${[...d.states, ...d.adjectives].join(",")}|${d.copy([...d.states.map((c) => c.toLowerCase()), ...d.adjectives])}`
  );
}

test("designations: a verb of listing and a state's entities, active and passive", () => {
  assert.deepEqual(listed("In March, Poland designated two Latvian banks for helping Russian firms."), [
    "POL LVA|Poland imposed sanctions on lva for helping Russian firms."
  ]);
  assert.deepEqual(listed("Norway added Lithuanian and Latvian firms to its own list in the same month."), [
    "NOR LTU,LVA|Norway imposed sanctions on ltu and lva in the same month."
  ]);
  assert.deepEqual(listed("In October, Finland designated three entities registered in Latvia for supplying drones."), [
    "FIN LVA|Finland imposed sanctions on lva for supplying drones."
  ]);
  assert.deepEqual(listed("Three Lithuanian firms were added to Finland's sanctions list in May."), [
    "FIN LTU|Finland imposed sanctions on ltu in May."
  ]);
  assert.deepEqual(listed("In 2024, Poland blacklisted several Estonian-registered traders."), [
    "POL Estonian|Poland imposed sanctions on Estonian."
  ]);
});

test("designations near misses: no entity, a designation as something, no sanctions list, a plan, a removal", () => {
  assert.deepEqual(listed("Poland designated a new ambassador to Latvia in May."), []);
  assert.deepEqual(listed("Poland designated three Latvian firms as authorised economic operators in May."), []);
  assert.deepEqual(listed("Poland added two Latvian banks to its list of partners in May."), []);
  assert.deepEqual(listed("Poland plans to designate two Latvian banks next month."), []);
  assert.deepEqual(listed("Poland could add two Latvian banks to its list."), []);
  assert.deepEqual(listed("Poland removed two Latvian banks from its sanctions list in May."), []);
  assert.deepEqual(listed("Poland did not designate the two Latvian banks."), []);
});

test("a listing read as the listing party's sanction against the state, dated by its clause", () => {
  assert.deepEqual(read("In March, Poland designated two Latvian banks for helping Russian firms."), [
    "POL>LVA 163 2025-03-01"
  ]);
  assert.deepEqual(read("In March, Poland blacklisted several Estonian-registered traders."), [
    "POL>EST 163 2025-03-01"
  ]);
  // the passive's party is the list's owner, not the entities' state (the reversed reading is dropped)
  assert.deepEqual(read("Three Lithuanian firms were added to Finland's sanctions list in May."), [
    "FIN>LTU 163 2024-05-01"
  ]);
  assert.deepEqual(read("Poland designated three Latvian firms as authorised economic operators in May."), []);
  assert.deepEqual(read("Poland plans to designate two Latvian banks next month."), []);
});
