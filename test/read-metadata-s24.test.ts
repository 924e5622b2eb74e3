import assert from "node:assert/strict";
import {test} from "node:test";
import {readByline} from "../src/read/index.js";
import {speechGiver} from "../src/read/speech-giver.js";
import {readOk} from "./helpers/read.js";

// Session 24 (issue 10): page forms misread on unseen pages — a portal's "Source: Paper    Editor: Name    date" line
// under a masthead of another name, the reporters credited in brackets after the story, a link's label ("Download
// PDF") taken for a writer, a writer's line with role and body under the headline, a masthead in capitals with its
// city after a comma, a site's tagline and its account bar taken for the headline, a speech's speaker named only in
// its title. Pages written for these tests.

const BODY =
  "The Baltic states signed a grid agreement with Poland on Tuesday, ending three years of talks. The ministers left for Brussels the same evening, and the first cable is due to be laid next spring.";
const HEADLINE = "Baltic states sign grid deal with Poland after three years of talks";

test("a portal's source line: the paper is the story's source, the masthead the publisher, its time the date", () => {
  const page = (masthead: string[], source: string) =>
    readOk(
      [
        ...masthead,
        "Home | Region | Nation | World | Photos | Video",
        "",
        HEADLINE,
        "",
        source,
        "[Font: Large Medium Small]    [Print]    [Close]",
        "",
        `RIGA, May 4 -- ${BODY}`,
        "",
        "(Reporters: Ilze Ozola, Marek Nowak)",
        "",
        "Copyright © Baltic Gate. All Rights Reserved."
      ].join("\n"),
      {}
    ).metadata;
  const d = page(
    ["BALTIC GATE", "The official English portal of the Riga Region"],
    "Source: Riga Evening News    Editor: Anna Berzina    2025-05-04 09:15"
  );
  assert.equal(d.title, HEADLINE);
  assert.equal(d.publisher, "Baltic Gate");
  assert.equal(d.date, "2025-05-04");
  // (the reporters credited after the story write it; the web editor in the source line does not)
  assert.equal(d.author, "Ilze Ozola and Marek Nowak");
  // near miss: a source line naming the masthead's own agency names it (bars or spaces)
  assert.equal(
    page(["Amber News English"], "Source: Amber News | 2025-05-04 09:15 | Editor: Anna Berzina").publisher,
    "Amber News"
  );
  // near miss: "Editor: Name" in the source line names no writer
  assert.equal(readByline("Source: Riga Evening News    Editor: Anna Berzina    2025-05-04 09:15")?.author, undefined);
});

test("writers credited in brackets after a story; other brackets are not bylines", () => {
  assert.equal(readByline("(Reporters: Ilze Ozola, Marek Nowak)")?.author, "Ilze Ozola and Marek Nowak");
  assert.equal(readByline("(Reporter: Ilze Ozola)")?.author, "Ilze Ozola");
  assert.equal(readByline("(Correspondent: Marek Nowak)")?.author, "Marek Nowak");
  // near misses
  assert.equal(readByline("(Source: Amber News)")?.author, undefined);
  assert.equal(readByline("(Photo: Ilze Ozola)")?.author, undefined);
});

test("a link's label under the headline is no writer; a writer's line with role and body is", () => {
  const page = (lines: string[]) =>
    readOk(
      [
        "NORDIC INSTITUTE OF ENERGY STUDIES, OSLO",
        "Home | About | Research | Publications | Events | Contact",
        "Publications > Policy Briefs",
        "",
        "POLICY BRIEF",
        "",
        HEADLINE,
        "",
        ...lines,
        "",
        BODY,
        "",
        "This brief should act as a warning: the grid will not be ready before 2030 unless Poland pays its share."
      ].join("\n"),
      {}
    );
  const d = page([
    "Dr. Ingrid Solberg, Research Fellow, Centre for Baltic Energy",
    "March 24, 2025",
    "",
    "Download PDF"
  ]);
  assert.equal(d.metadata.author, "Ingrid Solberg");
  assert.equal(d.metadata.publisher, "Nordic Institute of Energy Studies, Oslo");
  assert.ok(d.claims.every((c) => c.speaker !== "Download Pdf" && c.speaker !== "Download PDF"));
  // a link's label alone names no one
  for (const label of ["Download PDF", "Print Article", "Listen Now", "Share This"]) {
    const e = page(["March 24, 2025", "", label]);
    assert.notEqual(e.metadata.author?.toLowerCase(), label.toLowerCase(), label);
  }
  // near miss: a person's name alone under the headline is still the writer
  assert.equal(page(["Ingrid Solberg", "March 24, 2025", "", "Download PDF"]).metadata.author, "Ingrid Solberg");
});

test("a panellist's line with role and body in a list under its heading names no writer", () => {
  const d = readOk(
    [
      "NORDIC INSTITUTE OF ENERGY STUDIES",
      "Research | Events | Programmes | Experts",
      "",
      "EVENT SUMMARY",
      "",
      HEADLINE,
      "",
      "Panel discussion, Oslo",
      "Tuesday 20 May 2025",
      "",
      "Speakers:",
      "Dr. Ingrid Solberg, Research Fellow, Centre for Baltic Energy",
      "Marek Nowak, former Polish deputy minister of energy",
      "",
      BODY
    ].join("\n"),
    {}
  );
  assert.notEqual(d.metadata.author, "Ingrid Solberg");
});

test("a site's tagline and its account bar are no headline", () => {
  for (const [second, bar] of [
    ["The official English portal of the Riga Region", "Log in | Join our Community"],
    ["Official website of the Riga Region", "Sign In | Subscribe"]
  ]) {
    const d = readOk(
      [
        "BALTIC GATE",
        second!,
        "Home | Region | Nation | World | Photos | Video",
        bar!,
        "",
        "Energy & the Region",
        "",
        HEADLINE,
        "",
        "By Ilze Ozola",
        "4 May 2025, 6:48 pm",
        "",
        BODY
      ].join("\n"),
      {}
    );
    assert.equal(d.metadata.title, HEADLINE, second);
    assert.equal(d.metadata.author, "Ilze Ozola");
  }
  // near miss: a headline that speaks of logging in is a headline
  const e = readOk(
    [
      "BALTIC GATE",
      "Home | Region | Nation | World | Photos | Video",
      "",
      "Millions log in to the state portal as Riga opens tax returns",
      "",
      "By Ilze Ozola",
      "4 May 2025, 6:48 pm",
      "",
      BODY
    ].join("\n"),
    {}
  );
  assert.equal(e.metadata.title, "Millions log in to the state portal as Riga opens tax returns");
});

test("a speech's speaker named only in its title is the page's writer and speaks its judgements", () => {
  assert.equal(speechGiver("Speech by Minister of State Ilze Ozola at the opening of the Baltic Forum"), "Ilze Ozola");
  assert.equal(speechGiver("Keynote address by Foreign Minister Marek Nowak to the Council"), "Marek Nowak");
  assert.equal(speechGiver("Opening remarks by Dr Ingrid Solberg"), "Ingrid Solberg");
  // near misses: an office with no name, two speakers, a body, a headline naming a person
  assert.equal(speechGiver("Speech by the Foreign Minister at the Baltic Forum"), undefined);
  assert.equal(
    speechGiver("Remarks by President Marek Nowak and President Ilze Ozola before their meeting"),
    undefined
  );
  assert.equal(speechGiver("Statement by the Ministry of Foreign Affairs on the elections"), undefined);
  assert.equal(speechGiver("Nowak visits Riga to sign grid deal"), undefined);
  assert.equal(speechGiver("Speeches and statements"), undefined);
  const d = readOk(
    [
      "Ministry of Foreign Affairs",
      "Deutsch | English | Français",
      "Home > Newsroom > Speeches",
      "",
      "Speech by Minister of State Ilze Ozola at the opening of the Baltic Energy Forum",
      "",
      "04.05.2025 - Speech",
      "",
      "- Check against delivery -",
      "",
      "Ladies and gentlemen,",
      "",
      BODY,
      "",
      "Europe should stop treating the Baltic grid as a regional project: it is a European one."
    ].join("\n"),
    {}
  );
  assert.equal(d.metadata.author, "Ilze Ozola");
  const claim = d.claims.find((c) => c.quote.includes("should stop treating"));
  assert.equal(claim?.speaker, "Ilze Ozola");
  // near miss: a news story's headline naming a speaker and a byline keeps the byline
  const e = readOk(
    [
      "THE EVENING LEDGER",
      "",
      "Speech by Minister Ilze Ozola angers Warsaw",
      "By Marek Nowak",
      "4 May 2025",
      "",
      BODY
    ].join("\n"),
    {}
  );
  assert.equal(e.metadata.author, "Marek Nowak");
});

test("near misses: an editor's note, a person in a news headline, a job title name no writer or publisher", () => {
  const page = (headline: string, line: string) =>
    readOk(
      ["THE EVENING LEDGER", "Home | World | Business | Opinion", "", headline, "", line, "4 May 2025", "", BODY].join(
        "\n"
      ),
      {}
    ).metadata;
  for (const note of [
    "Editor's note: This story was updated on 5 May to correct the minister's title.",
    "Editor’s Note",
    "Editor's note: Ilze Ozola"
  ])
    assert.equal(page(HEADLINE, note).author, undefined, note);
  const d = page("Nowak visits Riga to sign grid deal with the Baltic states", "");
  assert.equal(d.author, undefined);
  const e = page(HEADLINE, "By Ilze Ozola, Senior Correspondent");
  assert.equal(e.author, "Ilze Ozola");
  assert.equal(e.publisher, "The Evening Ledger");
});
