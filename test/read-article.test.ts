import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {test} from "node:test";
import {extractArticle, htmlToText, markdownToText, readDocument, textBlocks} from "../src/read/index.js";

const FIXTURES = join(import.meta.dirname, "fixtures", "articles");
const seed = (name: string) => readFileSync(join(FIXTURES, "seeds", name), "utf8");

function summary(text: string, format: "text" | "html" | "markdown" = "text") {
  const r = readDocument(text, {format, sourceId: "t"});
  assert.ok(r.ok);
  const d = r.value;
  const reasons: Record<string, number> = {};
  for (const x of d.dropped) reasons[x.reason] = (reasons[x.reason] ?? 0) + 1;
  const {from: _from, ...meta} = d.metadata;
  return {d, meta, reasons, paragraphs: d.paragraphs.length, sentences: d.sentences.length};
}

test("seed 000 (Caliber.Az interview): body, chrome left out with reasons, metadata from the text", () => {
  const {d, meta, reasons, paragraphs, sentences} = summary(seed("000_3fd4c63bc4bf2362.txt"));
  assert.deepEqual(meta, {
    experts: [
      {
        name: "Karlygash Nugmanova",
        role: `doctor of political sciences, professor, and president of the "East-West" International Centre for Geopolitical Forecasting`
      }
    ],
    genre: "interview",
    interview: true,
    title: "Pundit: Kazakhstan balancing between Russia, China, bolstering ties with Turkic world",
    publisher: "Caliber.Az",
    author: "Matanat Nasibova",
    date: "2023-06-01",
    section: "Interviews"
  });
  assert.deepEqual(reasons, {
    title: 1,
    header: 1,
    dateline: 47,
    byline: 1,
    subscribe: 1,
    "list-heading": 3,
    "related-headline": 52
  });
  assert.equal(paragraphs, 21);
  assert.equal(sentences, 91);
  assert.ok(d.body.startsWith("Caliber.Az had a conversation with Karlygash Nugmanova (Kazakhstan)"));
  assert.ok(d.body.endsWith("the Central Asian states will stick to the philosophy of Great Gain for all."));
  // Dropped offsets point into the input.
  const raw = seed("000_3fd4c63bc4bf2362.txt");
  for (const x of d.dropped) assert.equal(raw.slice(x.start, x.end), x.text);
  assert.deepEqual(
    d.dropped.find((x) => x.text.startsWith("Kremlin seeks")),
    {
      start: raw.indexOf("Kremlin seeks clarification"),
      end: raw.indexOf("Kremlin seeks clarification") + "Kremlin seeks clarification on Yerevan's CSTO position".length,
      text: "Kremlin seeks clarification on Yerevan's CSTO position",
      reason: "related-headline"
    }
  );
  // Interview questions keep their text but lose the dash.
  assert.equal(d.paragraphs[1]!.marker, "dash");
  assert.ok(d.paragraphs[1]!.text.startsWith("How do you see the importance"));
});

test("seed 001: title in quotes, the interviewee after his titles", () => {
  const {meta, reasons, paragraphs, sentences} = summary(seed("001_fc5dbc409cae32f6.txt"));
  // The title as the page sets it, quotes and all.
  assert.equal(meta.title, '"China does not threaten, but strengthens its position in Central Asia"');
  assert.deepEqual(
    meta.experts.map((e) => e.name),
    ["Talgat Ismagambetov"]
  );
  assert.equal(meta.author, "Vadim Mansurov");
  assert.equal(meta.date, "2023-05-16");
  assert.deepEqual(reasons, {
    title: 1,
    header: 1,
    dateline: 47,
    byline: 1,
    subscribe: 1,
    "list-heading": 3,
    "related-headline": 49,
    caption: 1
  });
  assert.deepEqual([paragraphs, sentences], [14, 49]);
});

test("seed 002 (essay): references, disclaimer and author's bio end the article; author and publisher from the bio", () => {
  const {d, meta, reasons, paragraphs, sentences} = summary(seed("002_0bde7e276bbc7bb2.txt"));
  assert.deepEqual(meta, {
    experts: [],
    genre: "analysis",
    interview: false,
    publisher: "Eurasian Research Institute",
    author: "Anuar Satmurzin"
  });
  assert.deepEqual(reasons, {"list-heading": 1, reference: 11, disclaimer: 1, "author-bio": 1});
  assert.deepEqual([paragraphs, sentences], [13, 45]);
  assert.ok(!d.body.includes("Retrieved from"));
});

test("seed 003: widgets in another language (Estonian) left out", () => {
  const {d, reasons, paragraphs, sentences} = summary(seed("003_4b4c7042c2e079b4.txt"));
  assert.deepEqual(reasons, {title: 1, "list-heading": 2, widget: 6});
  assert.deepEqual([paragraphs, sentences], [19, 47]);
  assert.deepEqual(
    d.dropped.filter((x) => x.reason !== "widget").map((x) => x.text),
    [
      "Kazakhstan’s Ambitious Regionalization Vision Presents Obstacles & Opportunities For Russia",
      "Sarnased",
      "Viimased"
    ]
  );
});

test("seed 004 (Qazinform): photo captions left out, the expert from the lead", () => {
  const {d, meta, reasons} = summary(seed("004_967f618bfd538b06.txt"));
  assert.deepEqual(meta.experts, [{name: "Gaziz Abishev", role: "Political scientist"}]);
  assert.equal(meta.publisher, "Qazinform News Agency");
  assert.equal(meta.date, undefined);
  assert.deepEqual(reasons, {title: 1, caption: 3});
  assert.deepEqual(
    d.dropped.filter((x) => x.reason === "caption").map((x) => x.text),
    ["photo: QAZINFORM", "Photo credit: Akorda", "Photo credit: Akorda"]
  );
});

test("HTML page: nav, aside, related lists, share buttons, widgets and footer left out; metadata from the page", () => {
  const html = readFileSync(join(FIXTURES, "html", "qazinform-abishev.html"), "utf8");
  const {d, meta, reasons, paragraphs} = summary(html, "html");
  assert.deepEqual(reasons, {
    navigation: 5,
    aside: 6,
    title: 1,
    byline: 2,
    caption: 6,
    "related-list": 4,
    subscribe: 2,
    widget: 1,
    footer: 1
  });
  assert.equal(paragraphs, 22);
  assert.equal(
    meta.title,
    "A unique position in Beijing-Moscow-Washington triangle - political scientist on Kazakhstan’s foreign policy"
  );
  assert.equal(meta.date, "2025-11-20");
  assert.equal(meta.publisher, "Qazinform");
  for (const headline of [
    "China and Russia hold joint naval drills",
    "Russia and Armenia sign gas deal",
    "Putin threatens Europe",
    "Курс доллара"
  ]) {
    assert.ok(!d.body.includes(headline), headline);
  }
  assert.equal(d.warnings.length, 0);
});

test("truncated HTML is read as far as it goes, with a warning", () => {
  const html = readFileSync(join(FIXTURES, "html", "korybko-truncated.html"), "utf8");
  const r = readDocument(html, {format: "html", sourceId: "t", file: "korybko-truncated.html"});
  assert.ok(r.ok);
  assert.deepEqual(r.value.warnings, [
    {
      code: "truncated_html",
      message: `Truncated HTML: the page ends before "</html>"; read what was there`,
      file: "korybko-truncated.html",
      line: 17
    }
  ]);
  assert.equal(r.value.paragraphs.length, 6);
  assert.deepEqual(
    r.value.dropped.map((x) => x.reason),
    ["navigation", "title", "related-list", "related-list", "related-list", "footer"]
  );
});

test("Markdown: front matter, emphasis, image captions and a Read also list", () => {
  const md = readFileSync(join(FIXTURES, "markdown", "caliber-ismagambetov.md"), "utf8");
  const {d, meta, reasons} = summary(md, "markdown");
  assert.equal(meta.author, "Vadim Mansurov");
  assert.equal(meta.date, "2023-05-16");
  assert.equal(meta.publisher, "Caliber.Az");
  assert.deepEqual(reasons, {title: 1, header: 1, caption: 1, "list-heading": 1, "related-headline": 2});
  assert.deepEqual(
    d.paragraphs.map((p) => p.marker ?? ""),
    ["", "dash", "dash", "", "", "dash"]
  );
});

test("htmlToText decodes entities and skips scripts", () => {
  const h = htmlToText(`<p>Tom &amp; Jerry&#8217;s <script>var x = "<p>no</p>";</script>caf&eacute;&nbsp;&#x263A;</p>`);
  assert.deepEqual(
    h.blocks.map((b) => b.text),
    ["Tom & Jerry’s café ☺"]
  );
});

test("markdownToText strips links and emphasis", () => {
  const m = markdownToText("Read **the** [report](http://x) on _Kazakhstan_.\n\n> A quote\n> continues");
  assert.deepEqual(
    m.blocks.map((b) => [b.tag, b.text]),
    [
      ["p", "Read the report on Kazakhstan."],
      ["blockquote", "A quote continues"]
    ]
  );
});

test("extractArticle: a Latest news list inside the text ends when prose resumes", () => {
  const text = [
    "Astana and Moscow agree on gas supplies",
    "Kazakhstan and Russia signed an agreement on gas supplies on Monday, the ministry said. The deal covers ten years of deliveries to the northern regions.",
    "Latest news",
    "China opens new border crossing",
    "20 November 2025 - 10:00",
    "The agreement follows months of talks between the two governments, officials in Astana said on Tuesday, and it will be reviewed in 2027 by both sides. Kazakhstan expects the first deliveries before the winter, the energy minister added.",
    "Subscribe to our Telegram channel"
  ].join("\n");
  const a = extractArticle(textBlocks(text));
  assert.deepEqual(
    a.dropped.map((x) => [x.reason, x.text.slice(0, 20)]),
    [
      ["title", "Astana and Moscow ag"],
      ["list-heading", "Latest news"],
      ["related-headline", "China opens new bord"],
      ["dateline", "20 November 2025 - 1"],
      ["subscribe", "Subscribe to our Tel"]
    ]
  );
  assert.equal(a.paragraphs.length, 2);
});
