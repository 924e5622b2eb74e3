import assert from "node:assert/strict";
import {test} from "node:test";
import {checkLayoutOptions, runLayoutCoverage} from "../src/app/layout-coverage.js";
import {generateLayouts, LAYOUT_PARTS, layoutPage} from "../src/read/layout-coverage.js";
import {compareLayouts, layoutRows, scoreLayout} from "../src/read/layout-coverage-score.js";
import type {ReadingForEval} from "../src/read/document-eval.js";

test("the layout generator: the same seed gives the same pages, another seed others; a part's pages do not depend on the filter", () => {
  const a = generateLayouts({seed: 3, perCell: 1});
  assert.deepEqual(generateLayouts({seed: 3, perCell: 1}), a);
  assert.notDeepEqual(generateLayouts({seed: 4, perCell: 1}), a);
  assert.deepEqual(
    generateLayouts({seed: 3, perCell: 1, parts: ["byline"]}),
    a.filter((x) => x.part === "byline")
  );
  // every form of every part has a page (a form fits some publisher)
  const cells = new Set(a.map((x) => `${x.part} ${x.form}`));
  for (const [p, fs] of Object.entries(LAYOUT_PARTS))
    for (const f of fs) assert.ok(cells.has(`${p} ${f.name}`), `${p} ${f.name}`);
});

test("the layout generator: each page states what it expects, and the drawn form is the page's", () => {
  for (const it of generateLayouts({seed: 5, perCell: 2})) {
    assert.equal(it.forms[it.part], it.form);
    const lines = it.text.split("\n");
    assert.ok(lines.includes(it.expected.title), `${it.id}: the headline is a line of its own`);
    assert.ok(it.text.toLowerCase().includes(it.expected.publisher.toLowerCase()), `${it.id}: the publisher is named`);
    if (it.expected.author !== null) assert.ok(it.text.includes(it.expected.author.split(" and ")[0]!), it.id);
    assert.match(it.expected.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(it.text.includes(it.lead), `${it.id}: the lead is on the page`);
    for (const c of it.chrome) assert.ok(lines.includes(c), `${it.id}: chrome line ${c} is a line of the page`);
  }
});

test("the layout generator: a byline after the body stands after the story; a staff byline names no author", () => {
  const [after] = generateLayouts({seed: 2, perCell: 1, parts: ["byline"]}).filter((x) => x.form === "after-body");
  assert.ok(after!.text.indexOf(`By ${after!.expected.author},`) > after!.text.indexOf(after!.lead));
  const staff = layoutPage("byline", "staff", "t/staff");
  assert.equal(staff!.expected.author, null);
  assert.match(staff!.text, /staff reporters/);
  // an agency's full name in capitals over its initials in the dateline: the initials are the publisher when the
  // copyright line signs with them too, else the full name (blind14's and blind10's golds)
  for (let k = 0; k < 12; k++) {
    const p = layoutPage("masthead", "full-caps", `t/full/${k}`)!;
    const lines = p.text.split("\n");
    if (/^[A-Z]{3}$/.test(p.expected.publisher))
      assert.ok(
        lines.some((l) => l.startsWith("© ") && l.includes(p.expected.publisher)),
        p.id
      );
    else assert.ok(/Agency$/.test(p.expected.publisher), p.id);
  }
});

const reading = (source: ReadingForEval["source"], sentences: string[]): ReadingForEval => ({
  source,
  sentences: sentences.map((text, index) => ({index, text})),
  events: [],
  claims: [],
  mentions: []
});

test("layout scoring: exact values are right, an author where the page names none is wrong, chrome and the lead are found", () => {
  const it = layoutPage("byline", "none", "t/score")!;
  const e = it.expected;
  const good = scoreLayout(it, reading({...e}, [it.lead]));
  assert.deepEqual(good.right, {title: true, publisher: true, author: true, date: true});
  assert.equal(good.lead, true);
  const bad = scoreLayout(it, reading({...e, author: "Someone Else", title: e.title.toLowerCase()}, ["Another line."]));
  assert.equal(bad.right.author, false);
  assert.equal(bad.right.title, false);
  assert.equal(bad.lead, false);
  const withChrome = {...it, chrome: ["Share: Facebook  X  Telegram  Email"]};
  assert.deepEqual(scoreLayout(withChrome, reading({...e}, [it.lead, "Share: Facebook X Telegram Email"])).chrome, [
    "Share: Facebook  X  Telegram  Email"
  ]);
  const rows = layoutRows([good, bad], () => "all");
  assert.equal(rows[0]!.all, 1);
  assert.equal(rows[0]!.leadLost, 1);
  assert.deepEqual(compareLayouts([good], [bad]).lost, [bad]);
});

test("layout options: an unknown part is an issue naming those expected", () => {
  const r = checkLayoutOptions({seed: 1, perCell: 1, parts: ["colophon"]});
  assert.equal(r.ok, false);
  if (!r.ok)
    assert.match(r.issues[0]!.message, /Unknown part "colophon": expected one of topbar, masthead, navigation/);
});

// Floors of the matrix read by the shipped reader (seed 1, one page per part × form): never lower one; raise it with
// a real gain and say so (docs/layout-coverage.md).
test("the page-layout matrix holds its floors", () => {
  const scores = runLayoutCoverage({seed: 1, perCell: 1});
  const all = layoutRows(scores, () => "all")[0]!;
  // (counts of the pages of seed 1; session 24 raised publisher and author to 75 of 75 with the site's own name in a
  // stamp read as no writer and writers listed before a date as no site; session 25 added the forms of publishers
  // never seen, 89 pages, main's reader 67, 84, 83, 88 and 58 all four, and read them: the floors are its counts;
  // session 26 added two bylines, a house's own language's "von X" and a kind of piece on the writer's line, 91 pages,
  // main's reader 91, 91, 73, 91 and 73 all four, session 26's 91, 91, 88, 91 and 88; session 28 added a paper's
  // masthead over its house's credit, a language switcher, a crumb of sections joined by "and", a byline with the desk
  // after " / " and two writers each over a role, 96 pages, main's reader 90, 70, 83, 96 and 58 all four with one page
  // of chrome in the body, session 28's 96, 96, 94, 96 and 94; session 29 added a byline's city after the name ("By X,
  // <city>"), a name and a city on the writer's line and a minister's style ("Hon X"), 99 pages, main's reader 99, 99,
  // 92, 99 and 92 all four, session 29's 99, 99, 95, 99 and 95; then three stamps of houses writing in German and
  // French, "14.10.2025, 07.15 Uhr", "14. October 2025, 07.15 Uhr", "14/10/2025 à 07h15", 102 pages, main's reader
  // (4b3cf5b) 97, 102, 97, 92 and 87 all four, dt29's 102, 101, 97, 102 and 97: the one publisher lost is a page
  // whose writer's line holds the stamp, "Name, Tbilisi | 24. April 2023, 11.14 Uhr", read once its stamp is a date
  // as main reads "Name, Tbilisi | 24 April 2023, 11:14", with "Name, Tbilisi" for the site); session 30 added an
  // agency's initials beside its full name in its own language ("WNA — Wrenfield Notícias da Atualidade"), 103 pages,
  // main's reader (9e9a238) 103, 100, 98, 103 and 96 all four (that masthead's publisher read as the initials on its
  // own cell's page and on another's), session 30's 103, 102, 98, 103 and 98)
  const floors = {title: 103, publisher: 102, author: 98, date: 103};
  for (const [k, n] of Object.entries(floors))
    assert.ok(all.right[k as keyof typeof floors] >= n, `${k} ${all.right[k as keyof typeof floors]}/${all.pages}`);
  assert.ok(all.all >= 98, `all four right ${all.all}/${all.pages}`);
  assert.equal(all.leadLost, 0);
  assert.equal(all.chrome, 0, `pages with chrome in the body ${all.chrome}`);
});
