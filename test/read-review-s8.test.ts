import assert from "node:assert/strict";
import {describe, test} from "node:test";
import {readOk} from "./helpers/read.js";
import {type ReadDocument} from "../src/read/index.js";

// Findings of the session 8 review (/work/notes/s8/review.md), each with a test in sentences written for it.

describe("page forms the session 8 review found misread (mend-a)", () => {
  // Sentences written for these tests: a minute line's pattern on a long line of near-parts, "… are listed below:"
  // in a story, "not an official record" / "not been edited by" inside a sentence, a parenthetic dash after "Related …"
  // or "More on …", and "City, COUNTRY –" before a wire story.
  const aliases = [
    {code: "KAZ", alias: "Kazakhstan"},
    {code: "UZB", alias: "Uzbekistan"},
    {code: "KGZ", alias: "Kyrgyzstan"},
    {code: "TJK", alias: "Tajikistan"},
    {code: "RUS", alias: "Russia"},
    {code: "CHN", alias: "China"}
  ];
  const read = (text: string): ReadDocument => readOk(text, {format: "text", aliases, given: {date: "2025-06-10"}});
  const texts = (d: ReadDocument) => d.sentences.map((s) => s.text);
  const reasons = (d: ReadDocument) => d.dropped.map((x) => `${x.reason}: ${x.text}`);

  test(
    "a long line of near minute-parts reads in time proportional to its length; a minute line is still chrome",
    {timeout: 60_000},
    () => {
      // 80 parts that each parse two ways, then a tail that fails: a pattern over the whole line would try 2^80 parses.
      const line = "third and fourth sitting, ".repeat(80) + "then nothing";
      assert.ok(line.length > 2000);
      const d = read(
        `Talks in Astana\n\n${line}\n\nKazakhstan and Uzbekistan agreed on Tuesday to build a second bridge over the Syr Darya.\n`
      );
      assert.ok(
        texts(d).some((s) => /second bridge/.test(s)),
        texts(d).join("\n")
      );
      const m = read(
        "UN Coverage\n\nEightieth Session, Fourth and Fifth Meetings (AM & PM)\n\nAssembly Backs Water Plan for the Aral Sea Basin\n\nThe General Assembly today adopted a plan to restore the Aral Sea basin, proposed by Kazakhstan and Uzbekistan.\n"
      );
      assert.ok(!texts(m).some((s) => /Meetings/.test(s)), texts(m).join("\n"));
      assert.ok(
        reasons(m).some((r) => /^navigation: Eightieth Session/.test(r)),
        reasons(m).join("\n")
      );
    }
  );

  test("'… are listed below:' in a story drops no paragraph after it; a pointer to more reading still heads its links", () => {
    const d = read(
      "Tashkent talks end with border treaty\n\nTASHKENT, June 10 (Steppe Wire) - Uzbekistan and Kyrgyzstan signed six documents at talks in Tashkent on Tuesday.\n\nThe agreements signed at the talks are listed below:\n\n- A treaty on the joint use of the Kempir-Abad reservoir.\n- A protocol on opening two new crossings on the border.\n\nMirziyoyev said the treaty settled a dispute older than both states.\n\nThe presidents agreed to meet in Osh in the autumn.\n\nKyrgyzstan's foreign ministry said a working group would draft the rules by March.\n"
    );
    const t = texts(d).join("\n");
    for (const want of [/Kempir-Abad/, /two new crossings/, /dispute older/, /meet in Osh/, /working group/])
      assert.match(t, want);
    const f = read(
      "Tajikistan Fact Sheet\n\nKazakhstan established diplomatic relations with Tajikistan in 1993, and the two states have signed more than a hundred agreements since.\n\nFurther information about Tajikistan is available from the ministry and other sources, some of which are listed here:\n\nEmbassy of Tajikistan in Astana\nTajikistan Country Page\n\nKazakhstan's ambassador to Tajikistan presented his credentials in Dushanbe in May.\n"
    );
    const ft = texts(f).join("\n");
    assert.doesNotMatch(ft, /Embassy of Tajikistan in Astana|Country Page/);
    assert.match(ft, /presented his credentials/);
  });

  test("'not an official record' and 'has not been edited by' end the story only as a line of their own", () => {
    const d = read(
      "Leaders discuss pipeline\n\nASTANA, June 10 (Steppe Wire) - Tokayev and Putin spoke by phone on Monday about oil exports.\n\nKazakh officials said the notes published in Moscow were not an official record of the call.\n\nDiplomats said the Kremlin's summary had not been edited by the Kazakh side before it was released.\n\nThe two presidents agreed to meet in Astana in October.\n\nFor information media. Not an official record.\n\nThe next briefing is at noon.\n"
    );
    const t = texts(d).join("\n");
    for (const want of [/not an official record of the call/, /not been edited by the Kazakh side/, /meet in Astana/])
      assert.match(t, want);
    assert.doesNotMatch(t, /For information media|next briefing/);
    const e = read(
      "China and Kyrgyzstan open rail link\n\nBISHKEK, June 10 (Steppe Wire) - China and Kyrgyzstan opened a rail link on Monday.\n\n(This article has not been edited by Steppe staff and is published from a syndicated feed.)\n\nPopular searches today\n"
    );
    assert.ok(
      reasons(e).some((r) => /^disclaimer: \(This article has not been edited/.test(r)),
      reasons(e).join("\n")
    );
  });

  test("'Related …' or 'More on …' with a parenthetic dash is a sentence; a dash after 'See also' and a pipe are links", () => {
    const d = read(
      "Kyrgyzstan seeks road funds\n\nBISHKEK, June 10 (Steppe Wire) - Kyrgyzstan asked China on Monday to finance a road to the Torugart pass.\n\nRelated works – a customs yard at Torugart and a fuel depot – will be paid for by Kyrgyzstan, the transport minister said.\n\nMore on the road – which Bishkek hopes will carry two million tonnes a year – will be published in August, he added.\n\nSee also – Kyrgyzstan and Uzbekistan open a new border post\n\nRelated | Tokayev to visit Beijing in September\n\nThe minister said talks would resume in Kashgar next month.\n"
    );
    const t = texts(d).join("\n");
    for (const want of [/customs yard at Torugart/, /two million tonnes/, /resume in Kashgar/]) assert.match(t, want);
    assert.doesNotMatch(t, /new border post|visit Beijing in September/);
  });

  test("'City, COUNTRY –' names a place, no publisher; 'City, AGENCYNEWS –' names the agency", () => {
    const d = read(
      "Kazakhstan and Kyrgyzstan open a crossing\n\nKaraganda, KAZAKHSTAN – Kazakhstan and Kyrgyzstan opened a new road crossing on Monday, the border service said.\n\nThe crossing will handle 500 trucks a day.\n"
    );
    assert.notEqual(d.metadata.publisher, "Kazakhstan");
    assert.equal(d.metadata.publisher, undefined);
    const a = read(
      "Tajikistan and Uzbekistan sign water deal\n\nKhujand, ORIENTNEWS – Tajikistan and Uzbekistan signed a water-sharing agreement on Monday, officials said.\n\nThe deal covers the summer months.\n"
    );
    assert.equal(a.metadata.publisher, "ORIENTNEWS");
  });
});
