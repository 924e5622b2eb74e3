import assert from "node:assert/strict";
import {test} from "node:test";
import {readOk} from "./helpers/read.js";

// Session 22 (issue 10): an institution's news release. The page's kind set before its date ("News Release | 20
// November 2025") is no publisher's name, and a name under a "Media Contact" heading after the story is whom the press
// asks, not the writer. Page written for these tests.

const release = (kind: string, contact: string) =>
  [
    "Danube River Fund",
    "About Us | Projects | News | Publications",
    "Home > News > News Releases",
    "",
    `${kind} | 14 March 2025`,
    "",
    "Danube Fund Approves €90 Million for Flood Defences in Slovakia",
    "",
    "BRATISLAVA, SLOVAKIA (14 March 2025) — The Danube River Fund today approved a €90 million loan to Slovakia for flood defences along the Morava and the Danube.",
    "",
    "The loan will finance dykes, pumping stations and an early-warning system for 40 towns, the fund said.",
    "",
    "About the Danube River Fund",
    "The fund finances river infrastructure in the Danube basin. It is owned by 14 member states.",
    "",
    contact,
    "Marta Kovalova",
    "Communications Officer, Bratislava Office",
    "mkovalova@example.org"
  ].join("\n");

test("a release's kind before its date is no publisher; a media contact is no author", () => {
  for (const kind of ["News Release", "Press Release", "Media Release"])
    for (const contact of ["Media Contact", "Press contacts:", "For more information, contact:"]) {
      const d = readOk(release(kind, contact), {});
      assert.notEqual(d.metadata.publisher, kind, `${kind} / ${contact}`);
      assert.equal(d.metadata.author, undefined, `${kind} / ${contact}`);
    }
  assert.equal(readOk(release("News Release", "Media Contact"), {}).metadata.publisher, "Danube River Fund");
});

test("near miss: a writer's name alone after the story, with no contact heading, still signs it", () => {
  const d = readOk(release("News Release", "The fund's board meets again in June."), {});
  assert.equal(d.metadata.author, "Marta Kovalova");
});
