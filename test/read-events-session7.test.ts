/**
 * The article reader's event frames, session 7 (issue 10): joint acts of three or more, money announced without a
 * recipient, "the region" after the one region an article names, organisations' summits as sides. Every sentence
 * here is our own.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {defaultCoder, readPack} from "../src/app/index.js";
import {dyads, readEvents} from "./helpers/events.js";

const read = readEvents;

test("a joint act of three or more is its first-named member toward each of the others", () => {
  assert.deepEqual(dyads("Mongolia, Japan and South Korea signed a transit agreement on Monday."), [
    "MNG>JPN 057",
    "MNG>KOR 057"
  ]);
  assert.deepEqual(dyads("Georgia, Armenia and Azerbaijan held talks in Tbilisi on Monday."), [
    "GEO>ARM 046",
    "GEO>AZE 046"
  ]);
  assert.deepEqual(dyads("The leaders of Georgia, Armenia and Azerbaijan met in Tbilisi on Monday."), [
    "GEO>ARM 040",
    "GEO>AZE 040"
  ]);
  // Two members stay a mutual act, both directions.
  assert.deepEqual(dyads("Georgia and Armenia held talks in Tbilisi on Monday."), ["GEO>ARM 046", "ARM>GEO 046"]);
  // A counted group read from the sentence before is a group like any other.
  const text = [
    "Border deal near",
    "",
    "Officials from Georgia, Armenia and Azerbaijan drafted the text in May.",
    "",
    "The three presidents met in Tbilisi on 14 May to approve it."
  ].join("\n");
  assert.deepEqual(
    read(text).filter((e) => e.includes(" 040 ")),
    ["GEO>ARM 040 2024-05-14", "GEO>AZE 040 2024-05-14"]
  );
});

test("money announced without a recipient goes to the other side of the latest event", () => {
  const text = [
    "Japan and the Caucasus",
    "",
    "Japanese and Caucasian leaders met in Tokyo on 2 May for the first Japan–Caucasus summit.",
    "",
    "The talks were long. Prime Minister Kishida announced a package of 3 billion dollars for ports, roads and power lines."
  ].join("\n");
  assert.ok(read(text).includes("JPN>CAU 0331 2024-05-20"), read(text).join("; "));
  // In the sentence of the occasion itself.
  const same = [
    "Japan and the Caucasus",
    "",
    "At the first Japan–Caucasus summit, in Tokyo in May, Japan presented a $3 billion investment package for ports."
  ].join("\n");
  assert.ok(read(same).includes("JPN>CAU 0331 2024-05-01"), read(same).join("; "));
  // Not to an actor who is not a side of that event, and not when the sentence names its own recipient.
  const other = [
    "Japan and the Caucasus",
    "",
    "Georgian and Armenian ministers met in Tbilisi on 2 May.",
    "",
    "Japan announced a package of 3 billion dollars for ports."
  ].join("\n");
  assert.deepEqual(
    read(other).filter((e) => e.includes("033")),
    []
  );
  const own = [
    "Japan and the Caucasus",
    "",
    "Japanese and Georgian ministers met in Tokyo on 2 May.",
    "",
    "Japan announced a package of 3 billion dollars for ports in Armenia."
  ].join("\n");
  assert.deepEqual(
    read(own).filter((e) => e.includes("033")),
    ["JPN>ARM 0331 2024-05-20"]
  );
});

test("'the region' after the one region an article has named once is that region", () => {
  const text = [
    "Tokyo's new offer",
    "",
    "The first Japan–Caucasus summit opened in Tokyo on 2 May.",
    "",
    "Kishida, who hosted the leaders, announced 2 billion yen in grants for schools across the region."
  ].join("\n");
  assert.ok(read(text).includes("JPN>CAU 0331 2024-05-20"), read(text).join("; "));
});

test("an organisation's meeting in a state is the organisation toward its host; a grant of membership is 050", () => {
  assert.deepEqual(dyads("Leaders of the Organization of Turkic States met in Baku on 6 July."), ["OTS>AZE 040"]);
  assert.deepEqual(dyads("NATO leaders gathered in Vilnius on Tuesday."), ["NATO>LTU 040"]);
  assert.deepEqual(dyads("The SCO summit was held in New Delhi on 4 July."), ["SCO>IND 040"]);
  assert.deepEqual(dyads("The SCO signed a decision granting Iran full membership on 4 July."), ["SCO>IRN 050"]);
  // States meeting are a group of their own; a habit is no event.
  assert.deepEqual(dyads("The leaders of Georgia and Armenia met in Baku on Friday."), ["GEO>ARM 040", "ARM>GEO 040"]);
  assert.deepEqual(dyads("NATO leaders meet in Brussels every year."), []);
});

test("the uncounted leaders of an organisation's summit are the organisation", () => {
  const text = [
    "Summit day in New Delhi",
    "",
    "Modi opened the SCO summit in New Delhi on 4 July.",
    "",
    "Several delegations arrived late. The heads of state signed a decision granting Iran full membership, and President Raisi thanked the leaders for their support."
  ].join("\n");
  const events = read(text);
  assert.ok(
    events.includes("SCO>IRN 050 2024-07-04") || events.some((e) => e.startsWith("SCO>IRN 05")),
    events.join("; ")
  );
  assert.ok(
    events.some((e) => e.startsWith("IRN>SCO 051")),
    events.join("; ")
  );
  // Counted or owned leaders are not the organisation's.
  const pair = [
    "Summit day in New Delhi",
    "",
    "Modi opened the SCO summit in New Delhi on 4 July.",
    "",
    "Raisi and Lukashenko met on the sidelines. The two leaders signed a road map."
  ].join("\n");
  assert.deepEqual(
    read(pair).filter((e) => e.includes(" 057 ")),
    ["BLR>IRN 057 2024-05-20", "IRN>BLR 057 2024-05-20"]
  );
});

test("an abbreviation names its actor only in capitals: the 'Sea' of a sea's name is no Southeast Asia", () => {
  // The store's actors carry their codes as abbreviations (SEA for Southeast Asia).
  const sea = defaultCoder([
    ...readPack().actors.filter((a) => a.code !== "SEA"),
    {...readPack().actors.find((a) => a.code === "SEA")!, aliases: [{alias: "SEA", lang: "en", role: "abbreviation"}]}
  ]);
  const codes = (s: string) => sea.codeSentence(s, {date: "2024-05-20"}).events.map((e) => `${e.source}>${e.target}`);
  assert.deepEqual(codes("Georgia and Armenia opened a new ferry route across the Black Sea on Monday."), [
    "GEO>ARM",
    "ARM>GEO"
  ]);
  assert.deepEqual(codes("Japan praised SEA on Monday."), ["JPN>SEA"]);
  // An abbreviation also listed as written in lower case matches either way ("Nato").
  assert.deepEqual(dyads("Nato criticised Belarus on Monday."), ["NATO>BLR 111"]);
});

test("a visit made by two is no act between them", () => {
  assert.deepEqual(dyads("Tokyo and Seoul have sent envoys to the region repeatedly since 2023."), []);
  assert.deepEqual(dyads("Georgia and Armenia visited Tokyo on Monday."), ["GEO>JPN 042", "ARM>JPN 042"]);
});

test("light verbs: an aside after the verb; launching an invasion or an offensive", () => {
  assert.deepEqual(dyads("Modi and Khurelsukh launched, by video link, a new freight route on Friday."), [
    "IND>MNG 061",
    "MNG>IND 061"
  ]);
  assert.deepEqual(dyads("Armenia began an offensive against Azerbaijan on 3 May."), ["ARM>AZE 190"]);
  assert.deepEqual(dyads("Since Iraq launched its invasion of Kuwait in August 1990, oil has been dear."), [
    "IRQ>KWT 192"
  ]);
  // Not a route far away in another clause, not a war of words.
  assert.deepEqual(dyads("Since Iraq launched its war in August 1990, Jordan has become a key transit route."), []);
  assert.deepEqual(dyads("Georgia launched a war of words with Russia on Monday."), []);
});

test("a second member with a formal office before the state: 'President of the Republic of X <name>'", () => {
  assert.deepEqual(
    dyads("Erdogan and President of the Republic of Azerbaijan Ilham Aliyev signed a joint declaration on Tuesday."),
    ["TUR>AZE 057", "AZE>TUR 057"]
  );
  assert.deepEqual(
    dyads("Modi and President of Mongolia Ukhnaagiin Khurelsukh signed a joint declaration on Tuesday."),
    ["IND>MNG 057", "MNG>IND 057"]
  );
});

test("an invitation is the inviter's act; the visit it asks for is nobody's intent yet", () => {
  assert.deepEqual(dyads("Mongolia invited President Joseph Biden to pay an official visit to Mongolia next year."), [
    "MNG>USA 036"
  ]);
  assert.deepEqual(dyads("Mongolia invited Biden to visit Ulaanbaatar."), ["MNG>USA 036"]);
  // Accepting an invitation is the acceptor's intent.
  assert.deepEqual(dyads("Japan accepted the invitation to visit Mongolia."), ["JPN>MNG 036"]);
});

test("'the Central Asian states and Japan': a region's states named by their adjective and a noun are one member", () => {
  assert.deepEqual(
    dyads("The foreign ministers of the five Central Asian states and Japan adopted a joint statement on Monday."),
    ["CAS>JPN 057", "JPN>CAS 057"]
  );
  assert.deepEqual(dyads("The Central Asian states and China signed a treaty on Monday."), [
    "CAS>CHN 057",
    "CHN>CAS 057"
  ]);
  // A name's own verb stays a verb.
  assert.deepEqual(dyads("Mongolia states that it criticised Japan on Monday."), ["MNG>JPN 111"]);
});

test("a communiqué signed is a paper of its signers, joint or not", () => {
  // (both ways: a paper signed is mutual, as the official gold codes every signing; session 14)
  assert.deepEqual(dyads("Georgia and Armenia signed a final communiqué on Monday."), ["GEO>ARM 057", "ARM>GEO 057"]);
  assert.deepEqual(dyads("Mongolia and Japan signed a communique in Tokyo on 3 May."), ["MNG>JPN 057", "JPN>MNG 057"]);
  // One side's statement adopted is no paper of two.
  assert.deepEqual(dyads("Mongolia adopted a statement on Japan on 3 May."), []);
});

test("an occasion told before that ended with a paper is a signing by its two sides", () => {
  const text = [
    "Tokyo and the Caucasus",
    "",
    "Japanese and Caucasian leaders met in Tokyo on 2 May for the first Japan–Caucasus summit.",
    "",
    "The summit, held over two days, ended with a joint declaration on transport."
  ].join("\n");
  assert.ok(
    read(text).some((e) => e.startsWith("JPN>CAU 057")),
    read(text).join("; ")
  );
  // Not when the sentence names its own sides.
  const own = [
    "Tokyo and the Caucasus",
    "",
    "Japanese and Caucasian leaders met in Tokyo on 2 May for the first Japan–Caucasus summit.",
    "",
    "The talks ended with a treaty between Georgia and Armenia."
  ].join("\n");
  assert.ok(!read(own).some((e) => e.startsWith("JPN>CAU 057")), read(own).join("; "));
});

test("money announced after a meeting with several others is no one member's", () => {
  const text = [
    "Tokyo and its neighbours",
    "",
    "Kishida hosted the leaders of Mongolia, South Korea and Vietnam in Tokyo on 2 May.",
    "",
    "Japan announced 3 billion dollars in new loans at the meeting."
  ].join("\n");
  assert.deepEqual(
    read(text).filter((e) => e.includes(" 033")),
    []
  );
});

test("an aside after a verb is the same aside to the frame builder and to the light verb", () => {
  // One test (asideEnd) for both: "after talks" is an aside like "by video link", so the launch is still a launch.
  for (const aside of ["by video link", "after talks", "after long talks"])
    assert.deepEqual(dyads(`Georgia and Armenia launched, ${aside}, a new freight route on Monday.`), [
      "GEO>ARM 061",
      "ARM>GEO 061"
    ]);
  assert.deepEqual(dyads("Georgia and Armenia opened, after talks, a border crossing on Monday."), [
    "GEO>ARM 061",
    "ARM>GEO 061"
  ]);
});

test("the grantor of a membership is a non-state group in the granting clause, not one before it", () => {
  // An organisation in an earlier clause grants nothing.
  for (const s of [
    "NATO condemned the drills on Monday, and Mongolia granted Belarus observer status.",
    "NATO condemned the drills on Monday; Mongolia granted Belarus observer status."
  ])
    assert.ok(!dyads(s).includes("NATO>BLR 050"), dyads(s).join("; "));
  // In its own clause it does.
  assert.deepEqual(dyads("The SCO signed a decision granting Belarus full membership on 4 July."), ["SCO>BLR 050"]);
});
