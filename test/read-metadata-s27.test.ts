import assert from "node:assert/strict";
import {test} from "node:test";
import {readByline} from "../src/read/index.js";
import {readOk} from "./helpers/read.js";

// Session 27 (issue 10): a writer's desk between "By" and the name, a long tagline under the masthead over the site's
// menu, a page's own buttons ("View as PDF | Forward to a colleague"), a bulletin's name over its issue line as the
// title, and an agency's credit of the masthead's initials and the A of "Agency". Pages written for these tests.

const BODY =
  "Officials from Mongolia and Kyrgyzstan agreed on Tuesday to open a direct cargo flight between Ulaanbaatar and Bishkek, the Mongolian transport ministry said. The first flight is due in the spring, and both sides expect wool and leather to make up most of the freight.";
const HEADLINE = "Mongolia and Kyrgyzstan agree a direct cargo flight";
const meta = (lines: string[], after: string[] = []) =>
  readOk([...lines, "", BODY, "", ...after].join("\n"), {}).metadata;

test("a writer's desk in running case between 'By' and the name is no part of the name", () => {
  assert.equal(readByline("By business reporter Jane Roe")?.author, "Jane Roe");
  assert.equal(readByline("By senior political correspondent Aigerim Sadykova-Lee")?.author, "Aigerim Sadykova-Lee");
  assert.equal(readByline("By chief economics editor Jane Roe and John Doe")?.author, "Jane Roe and John Doe");
  // near misses: a desk with no name names nobody; a name with its role after it, an agency, a desk of a house
  assert.equal(readByline("By our correspondent")?.author, undefined);
  assert.equal(readByline("By business reporter")?.author, undefined);
  assert.equal(readByline("By Jane Roe, business reporter")?.author, "Jane Roe");
  assert.deepEqual(readByline("By Steppe Wire staff"), {publisher: "Steppe Wire"});
  const d = meta([
    "STEPPE BROADCASTING",
    "Business",
    "",
    HEADLINE,
    "",
    "By business reporter Jane Roe",
    "Posted Tue 4 Mar 2025"
  ]);
  assert.equal(d.author, "Jane Roe");
  assert.equal(d.title, HEADLINE);
});

test("a long tagline under the masthead with the site's menu right under it is no headline", () => {
  const d = meta([
    "ALTAI REVIEW",
    "Analysis from Ulaanbaatar on the steppe, its mountains and its neighbours",
    "ANALYSIS | COMMENTARY | DATA | PODCAST | ABOUT",
    "ANALYSIS / Transport",
    HEADLINE,
    "Jane Roe",
    "04.03.2025 · 5 min read"
  ]);
  assert.equal(d.title, HEADLINE);
  assert.equal(d.author, "Jane Roe");
});

test("a page's own buttons are no title; a bulletin's name over its issue line is, under the site's menu", () => {
  const d = meta(
    [
      "STC",
      "Steppe Trade Council",
      "Home | Membership | Events | Bulletin | Contact | Member login",
      "MEMBERS' BULLETIN",
      "Issue 12 | March 2025",
      "View as PDF | Forward to a colleague"
    ],
    ["Unsubscribe | Update your preferences"]
  );
  assert.equal(d.title, "MEMBERS' BULLETIN");
  // near miss: a headline under the issue line stays the title; a headline naming a PDF is a headline
  const e = meta([
    "STC",
    "Steppe Trade Council",
    "Home | Membership | Events | Bulletin | Contact | Member login",
    "MEMBERS' BULLETIN",
    "Issue 12 | March 2025",
    "Download PDF · Print this page",
    "Ministry publishes its trade report as a PDF for the first time"
  ]);
  assert.equal(e.title, "Ministry publishes its trade report as a PDF for the first time");
});

test("a news agency's credit of the masthead's initials and the A of 'Agency' is the masthead's", () => {
  const d = readOk(
    [
      "Altai Press",
      "Mongolia's independent news agency",
      "Home | Mongolia | Economy | Region",
      HEADLINE,
      "",
      `ULAANBAATAR (APA): ${BODY}`
    ].join("\n"),
    {}
  ).metadata;
  assert.equal(d.publisher, "Altai Press");
  // near misses: a credit of other initials; the page signing with the credit in its copyright line keeps it
  const other = readOk(
    [
      "Altai Press",
      "Mongolia's independent news agency",
      "Home | Mongolia | Economy | Region",
      HEADLINE,
      "",
      `ULAANBAATAR (APN): ${BODY}`
    ].join("\n"),
    {}
  ).metadata;
  assert.notEqual(other.publisher, "Altai Press");
  const signed = readOk(
    [
      "Altai Press",
      "Mongolia's independent news agency",
      "Home | Mongolia | Economy | Region",
      HEADLINE,
      "",
      `ULAANBAATAR (APA): ${BODY}`,
      "",
      "© 2025 APA. All rights reserved."
    ].join("\n"),
    {}
  ).metadata;
  assert.equal(signed.publisher, "APA");
});
