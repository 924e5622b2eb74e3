/** The memberships network's default view: the focal state's region, not every state of the pack (issue 10). */
import assert from "node:assert/strict";
import {test} from "node:test";
import {linksAroundFocal, type NetworkLink} from "../src/web/views/network.js";

const link = (actor: string, org: string): NetworkLink => ({
  actor,
  actorName: actor,
  org,
  orgName: org,
  role: "member",
  from: "2000-01-01",
  to: null
});

test("the network keeps the states sharing a regional organization with the focal state, and the vectors", () => {
  const europe = [
    "FRA",
    "ITA",
    "ESP",
    "POL",
    "PRT",
    "NLD",
    "BEL",
    "AUT",
    "IRL",
    "GRC",
    "SWE",
    "FIN",
    "DNK",
    "CZE",
    "SVK",
    "HUN",
    "ROU",
    "BGR",
    "HRV",
    "SVN",
    "EST",
    "LVA",
    "LTU"
  ];
  const items = [
    ...["KAZ", "RUS", "KGZ", "TJK", "ARM", "BLR"].map((a) => link(a, "CSTO")),
    ...["KAZ", "RUS", "USA", "TUR", ...europe].map((a) => link(a, "OSCE")),
    ...["USA", "TUR", ...europe].map((a) => link(a, "NATO"))
  ];
  const kept = linksAroundFocal(items, "KAZ", new Set(["USA", "TUR"]));
  const states = [...new Set(kept.map((m) => m.actor))].sort();
  assert.deepEqual(states, ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "TUR", "USA"]);
  // The kept states' other links stay: the OSCE and NATO among them.
  assert.deepEqual(
    kept.filter((m) => m.org === "NATO").map((m) => m.actor),
    ["USA", "TUR"]
  );
  assert.equal(linksAroundFocal(items, "KAZ", new Set(), 100).length, items.length);
});
