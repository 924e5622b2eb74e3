/**
 * Dates of acts, session 34 (issue 10): a feed's day lines with no year ("March 3" … "March 5" over a channel's posts,
 * src/read/dates-feed.ts). Each post is of its line's day, its "today" too; a page with no date of its own is of its
 * newest line, in the year its text tells (a year it dates to the month, or the year after a year's total told as
 * done); a page that tells no year stays undated. Every page and sentence here is our own (a Mongolian ministry's
 * channel), with near misses.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readOk} from "./helpers/read.js";
import {eventCoder} from "./helpers/events.js";
import {feedYear} from "../src/read/dates-feed.js";

const read = (lines: string[]) => readOk(lines.join("\n"), {coder: eventCoder});
const line = (e: {source: string; target: string; code: string; date?: string}) =>
  `${e.source}>${e.target} ${e.code} ${e.date ?? "-"}`;

/** A ministry's channel in its web preview: day lines with no year, posts with a view count and a time. */
const channel = (closing: string, lines = ["March 3", "March 5"]) => [
  "Channel",
  "Mongolia Foreign Ministry",
  "@mongolia_mfa",
  "21.3K subscribers · 812 photos",
  "Preview channel",
  "",
  lines[0]!,
  "",
  "Mongolia Foreign Ministry",
  "Foreign Minister Battsetseg Batmunkh held talks with Japanese Foreign Minister Iwaya Takeshi in Ulaanbaatar today.",
  "",
  "Following the talks, the two ministers signed a memorandum on cooperation in mining.",
  "",
  closing,
  "👁 3.1K  10:40",
  "",
  lines[1]!,
  "",
  "Mongolia Foreign Ministry",
  "Foreign Minister Battsetseg Batmunkh received the Ambassador of the Republic of Korea.",
  "",
  "The Korean side invited Battsetseg to visit Seoul in the second quarter of this year.",
  "👁 2.4K  16:05",
  "",
  "Load more"
];

test("a feed's posts are of their day lines, in the year the page tells by a year's total told as done", () => {
  const r = read(channel("Trade between Mongolia and Japan reached $420 million in 2024."));
  assert.equal(r.metadata.date, "2025-03-05");
  assert.ok(r.warnings.some((w) => w.code === "feed_date"));
  const events = r.events.map(line);
  assert.ok(
    events.some((e) => /^(?:MNG>JPN|JPN>MNG) 04\d 2025-03-03$/.test(e)),
    events.join("\n")
  );
  assert.ok(
    events.some((e) => /^(?:MNG>JPN|JPN>MNG) 057 2025-03-03$/.test(e)),
    events.join("\n")
  );
  assert.ok(
    events.some((e) => /^KOR>MNG 036 2025-03-05$/.test(e)),
    events.join("\n")
  );
  assert.ok(!events.some((e) => / 2024-/.test(e)), events.join("\n"));
});

test("a turn of the year between a feed's lines, oldest first or newest first", () => {
  const total = "Trade between Mongolia and Japan reached $420 million in 2023.";
  for (const lines of [
    ["December 30", "January 2"],
    ["January 2", "December 30"]
  ]) {
    const r = read(channel(total, lines));
    assert.equal(r.metadata.date, "2024-01-02", lines.join(", "));
    const events = r.events.map(line);
    const signed = lines[0] === "December 30" ? "2023-12-30" : "2024-01-02";
    assert.ok(
      events.some((e) => e.startsWith("MNG>JPN 057 ") || e.startsWith("JPN>MNG 057 ")) &&
        events.filter((e) => / 057 /.test(e)).every((e) => e.endsWith(signed)),
      events.join("\n")
    );
  }
});

test("near misses: no year told, one day line, a page with its own date", () => {
  // a page that tells no year: no date, and nothing dated
  const none = read(channel("Trade between Mongolia and Japan has grown steadily since the talks."));
  assert.equal(none.metadata.date, undefined);
  assert.ok(none.events.every((e) => e.date === undefined));
  // one day line is no feed
  const one = channel("Trade between Mongolia and Japan reached $420 million in 2024.");
  one.splice(one.indexOf("March 5"), 1);
  assert.equal(read(one).metadata.date, undefined);
  // a page stating its date keeps it
  const dated = channel("Trade between Mongolia and Japan reached $420 million in 2024.");
  dated.splice(5, 0, "Published 7 March 2025");
  assert.equal(read(dated).metadata.date, "2025-03-07");
});

test("a year's total told as done dates the page after that year; other bare years do not", () => {
  assert.equal(feedYear(["Trade reached $1.2 billion in 2024."]), 2025);
  assert.equal(feedYear(["Exports amounted to about 800,000 tonnes in 2023."]), 2024);
  assert.equal(feedYear(["The agreement was signed in May 2024.", "Trade rose to $5 million in 2022."]), 2024);
  // near misses: no figure, a part of a year, a bare year of history, a span
  assert.equal(feedYear(["The two sides reached an agreement in 2024."]), undefined);
  assert.equal(feedYear(["Trade reached $600 million in the first half of 2024."]), undefined);
  assert.equal(feedYear(["Mongolia has sent 9,000 tonnes of aid since 2021."]), undefined);
  assert.equal(feedYear(["Trade reached $600 million in 2024-2025."]), undefined);
});
