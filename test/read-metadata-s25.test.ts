import assert from "node:assert/strict";
import {test} from "node:test";
import {readByline} from "../src/read/index.js";
import {isUtilityBar} from "../src/read/article.js";
import {readOk} from "./helpers/read.js";

// Session 25 (issue 10): page forms of publishers never seen, as mechanisms rather than layouts — the site's utility
// bar (the weather, prayer times) above or inside the masthead, a subscriber's account bar, a digest's headline with
// its day, sub-headlines (decks) under the headline, "Text:" bylines and a pen name's asterisk, a site's initials
// beside its name set apart by spaces or a dot, a speaker's quoted words as a headline among a form's fields. Pages
// written for these tests.

const BODY =
  "Officials from Armenia and Georgia agreed on Monday to open a second lane at the Bagratashen crossing, the Armenian transport ministry said. Trucks have waited up to two days at the post since the spring, and the new lane is due to open before the grape harvest.";
const HEADLINE = "Armenia and Georgia agree to widen their busiest border crossing";
const meta = (lines: string[]) => readOk([...lines, "", BODY, ""].join("\n"), {}).metadata;

test("the site's utility bar: the weather and prayer times are no headline, wherever they stand", () => {
  for (const bar of [
    "Tuesday, 17 June 2025 | Yerevan 31°C",
    "Yerevan +31 °C  Clear  Wind 3 m/s",
    "Prayer times (Gyumri): Fajr 3:58  Dhuhr 12:55  Asr 4:51  Maghrib 8:36  Isha 10:14",
    "Gyumri: Fajr 03:58 · Sunrise 05:41 · Dhuhr 12:55 · Asr 16:51 · Maghrib 20:36 · Isha 22:14"
  ]) {
    assert.ok(isUtilityBar(bar), bar);
    for (const lines of [
      [bar, "ARARAT DAILY", "Home | Nation | World | Business | Opinion", HEADLINE, "By Anush Petrosyan"],
      ["ARARAT DAILY", bar, "Home | Nation | World | Business | Opinion", HEADLINE, "By Anush Petrosyan"],
      ["Ararat Daily", bar, "Home | Nation | World | Business | Opinion", HEADLINE, "17 June 2025"]
    ]) {
      const d = meta(lines);
      assert.equal(d.title, HEADLINE, lines.join(" / "));
      assert.equal(d.publisher, "Ararat Daily", lines.join(" / "));
    }
  }
  // near misses: a headline naming a temperature, a sentence naming three times, a score
  assert.equal(isUtilityBar("Yerevan swelters at 41°C as the grid fails"), false);
  assert.equal(isUtilityBar("The talks began at 10:00, resumed at 14:00 and ended at 18:30."), false);
  assert.equal(isUtilityBar("Armenia 2 Georgia 1"), false);
  assert.equal(isUtilityBar("Fajr prayers at 3:58 drew a large crowd to the Blue Mosque on Monday"), false);
});

test("a subscriber's account bar is the site's navigation", () => {
  const d = meta([
    "ARARAT DAILY",
    "E-paper | My bookmarks | Saved stories | Log out",
    "Home > Region > South Caucasus",
    HEADLINE,
    "Published 17 June 2025, 09:40"
  ]);
  assert.equal(d.title, HEADLINE);
  assert.equal(d.publisher, "Ararat Daily");
});

test("a digest's headline with its day is the title, not a date line", () => {
  const title = "South Caucasus press digest Tuesday 17 June 2025";
  const d = meta([
    "ARARAT DAILY",
    "Home | Nation | World | Business | Opinion",
    title,
    "Published 17 June 2025, 09:40"
  ]);
  assert.equal(d.title, title);
  assert.equal(d.publisher, "Ararat Daily");
  assert.equal(d.date, "2025-06-17");
  const d2 = meta(["ARARAT DAILY", "Home | Nation | World | Business | Opinion", "Morning briefing, 17 June 2025"]);
  assert.equal(d2.title, "Morning briefing, 17 June 2025");
  // near misses: a label, a writer's name, a place or a kind of document before the date is the page's date line
  for (const line of [
    "Published on 17 June 2025",
    "Last updated 17 June 2025",
    "Anush Petrosyan 17 June 2025",
    "YEREVAN, 17 June 2025",
    "Press release 17 June 2025"
  ]) {
    const m = meta(["ARARAT DAILY", "Home | Nation | World | Business | Opinion", HEADLINE, line]);
    assert.equal(m.title, HEADLINE, line);
    assert.equal(m.date, "2025-06-17", line);
  }
});

test("decks under the headline: the headline is the first line, even one closing with its stop", () => {
  const decks = ["Trucks have waited two days at the post since spring", "Second lane due before the grape harvest"];
  for (const headline of [HEADLINE, "The border is jammed. Yerevan and Tbilisi have had enough."])
    for (const top of [["Ararat Daily", "Home | Nation | World | Business | Opinion"], ["ARARAT DAILY"]]) {
      const d = meta([...top, headline, ...decks, "By Anush Petrosyan", "17 June 2025 09:40"]);
      assert.equal(d.title, headline, top.join(" / "));
      assert.equal(d.author, "Anush Petrosyan");
    }
  // a press office's release: its office's name, the headline, two decks, the posting line
  const r = meta([
    "State Press Office",
    "Home | Releases | Photos | Archive",
    "Read this release in: Հայերեն | Русский",
    "Ministry of Territorial Administration",
    "Armenia and Georgia open a second lane at Bagratashen; both sides to review the crossing's hours by 2026",
    "Minister calls for a joint customs post at the crossing",
    "Trucks to be cleared within six hours",
    "Posted on: 17 JUN 2025 7:15PM by SPO Yerevan"
  ]);
  assert.equal(
    r.title,
    "Armenia and Georgia open a second lane at Bagratashen; both sides to review the crossing's hours by 2026"
  );
  // near miss: a standfirst with its stop under the headline is no deck, and the headline above it stays the title
  const s = meta([
    "Ararat Daily",
    "Home | Nation | World | Business | Opinion",
    HEADLINE,
    "The two governments say the lane will open before the harvest, though hauliers are less sure.",
    "By Anush Petrosyan"
  ]);
  assert.equal(s.title, HEADLINE);
});

test("'Text:' bylines, a pen name's asterisk; a speaker's quoted words as a headline are no form's field", () => {
  assert.equal(readByline("Text: Anush Petrosyan*")?.author, "Anush Petrosyan");
  assert.equal(readByline("Text and photos: Anush Petrosyan")?.author, "Anush Petrosyan");
  assert.equal(readByline("Words & pictures: Anush Petrosyan")?.author, "Anush Petrosyan");
  assert.equal(readByline("By Anush Petrosyan† and Giorgi Beridze")?.author, "Anush Petrosyan and Giorgi Beridze");
  // near misses: a star rating, a footnote's number
  assert.equal(readByline("Text: 5*")?.author, undefined);
  const d = meta([
    "ARARAT DAILY",
    "Home | Nation | World | Business | Opinion",
    "Published: 17 June 2025, 09:40 | Updated: 18 June 2025, 08:00",
    'Minister: "The crossing will not close again this summer"',
    "Authors: Anush Petrosyan and Giorgi Beridze"
  ]);
  assert.equal(d.title, 'Minister: "The crossing will not close again this summer"');
  assert.equal(d.author, "Anush Petrosyan and Giorgi Beridze");
});

test("a site's initials beside its name, set apart by spaces or a dot, are its masthead", () => {
  for (const line of [
    "SCNA  South Caucasus News Agency",
    "SCNA · South Caucasus News Agency",
    "SCNA – South Caucasus News Agency"
  ]) {
    const d = meta([line, HEADLINE, "17 June 2025 09:40"]);
    assert.equal(d.title, HEADLINE, line);
    assert.equal(d.publisher, "South Caucasus News Agency", line);
  }
  // near miss: initials that are not the name's are no masthead's pair
  const d = meta(["ABC  South Caucasus News Agency", HEADLINE, "17 June 2025 09:40"]);
  assert.notEqual(d.publisher, "South Caucasus News Agency");
});
