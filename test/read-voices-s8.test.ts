import assert from "node:assert/strict";
import {test} from "node:test";
import {claimOf, readOk} from "./helpers/read.js";
import {type ReadDocument} from "../src/read/index.js";

// Speakers and claims in the forms the seventh blind set (session 8) showed the reader failing on, in sentences written
// for these tests (not from any fixture article): unnamed delegates at a UN meeting ("the representative of X said …,
// she warned"), "Name (Country) said", an opening participle before a speaker's name and title, the parties of a joint
// statement ("The Sides believe …", "The Mongolian Side will continue to …"), and what is no claim: readiness, who holds
// an office, a meeting's schedule, an agreement.

const aliases = [
  {code: "KAZ", alias: "Kazakhstan"},
  {code: "UZB", alias: "Uzbekistan"},
  {code: "KGZ", alias: "Kyrgyzstan"},
  {code: "TJK", alias: "Tajikistan"},
  {code: "MNG", alias: "Mongolia"},
  {code: "JPN", alias: "Japan"},
  {code: "RUS", alias: "Russian Federation"},
  {code: "CHN", alias: "China"},
  {code: "IRN", alias: "Iran"},
  {code: "TUR", alias: "Türkiye"},
  {code: "USA", alias: "United States"}
];

const read = (text: string): ReadDocument => readOk(text, {format: "text", aliases});

const UN_MEETING =
  'Assembly Adopts Text on Water Cooperation in Central Asia\n\n12 March 2024\n\nThe General Assembly today adopted a resolution on transboundary water cooperation in Central Asia without a vote.\n\nIntroducing the text, Aibek Toktomushev, Minister for Water Resources of Kyrgyzstan, said the resolution was "a promise the region makes to itself".\n\nMaria Lopez (Spain) said the text was narrow and overlooked the role of glaciers.\n\nThe representative of Tajikistan said her country considers shared rivers a common good, not a bargaining chip. Without investment in dams the shortages would only deepen, she warned.\n\nThe representative of Türkiye said the talks had been frank. The region must pool its data on river flows, he stressed.\n\nThe representative of Japan said cooperation on water is the only realistic way to prevent conflict.\n\nThe Assembly will reconvene at a date to be announced.\n';

test("UN meetings: 'the representative of X said', 'Name (Country) said', an opening participle before name and title", () => {
  const d = read(UN_MEETING);
  assert.match(claimOf(d, "a promise the region makes")?.speaker ?? "", /Toktomushev$/);
  assert.match(claimOf(d, "narrow and overlooked")?.speaker ?? "", /Maria Lopez$/);
  assert.match(claimOf(d, "not a bargaining chip")?.speaker ?? "", /representative of Tajikistan$/i);
  const w = claimOf(d, "shortages would only deepen");
  assert.match(w?.speaker ?? "", /representative of Tajikistan$/i);
  assert.equal(w?.kind, "forecast");
  assert.match(claimOf(d, "pool its data")?.speaker ?? "", /representative of Türkiye$/i);
  const j = claimOf(d, "the only realistic way");
  assert.match(j?.speaker ?? "", /representative of Japan$/i);
  assert.equal(j?.kind, "assessment");
  assert.equal(claimOf(d, "will reconvene"), undefined);
});

const JOINT_STATEMENT =
  "Joint Statement between Mongolia and Japan\n\nUpdated: May 3, 2024\n\nAt the invitation of the Prime Minister of Japan, the President of Mongolia paid an official visit to Japan from 1 to 3 May 2024. The Sides state as follows:\n\n1. The Sides noted that relations between Mongolia and Japan have never been closer.\n\n2. The Sides agreed to deepen their special strategic partnership.\n\n3. The Sides believe that regional connectivity is of great significance for the prosperity of Northeast Asia.\n\n4. The Japanese Side will continue to support the training of Mongolian engineers.\n\n5. The Sides consider that the visit will open a new chapter in bilateral relations.\n";

test("a joint statement: the Sides and each Side speak; an agreement is no claim; a commitment advises", () => {
  const d = read(JOINT_STATEMENT);
  assert.match(claimOf(d, "is of great significance")?.speaker ?? "", /Sides$/i);
  const f = claimOf(d, "will open a new chapter");
  assert.match(f?.speaker ?? "", /Sides$/i);
  assert.equal(f?.kind, "forecast");
  const c = claimOf(d, "will continue to support the training");
  assert.match(c?.speaker ?? "", /Japanese Side$/i);
  assert.equal(c?.kind, "recommendation");
  assert.equal(claimOf(d, "agreed to deepen"), undefined);
});

// (session 15: a speaker's stated readiness, reported with its verb of saying, is now a claim recorded as advice, the
// convention of blind12–blind14's golds; this test pinned blind7's, where it was none)
test("a stated readiness is advice; who holds an office is no claim; a quotation's speaker stays", () => {
  const d = read(
    'Ties with Tajikistan\n\nBy Jane Roe\n\nDUSHANBE, May 4 (Steppe Wire) - President Emomali Rahmon met Iranian President Masoud Pezeshkian on Saturday.\n\nPezeshkian said Iran is ready to build two more power plants in Tajikistan and to help the country sell electricity to its neighbours.\n\n"Our two peoples share one language, and no border can divide them," Pezeshkian said.\n'
  );
  assert.equal(claimOf(d, "is ready to build")?.kind, "recommendation");
  assert.equal(claimOf(d, "no border can divide them")?.speaker, "Masoud Pezeshkian");
  const e = read(
    "MINISTRY of FOREIGN AFFAIRS of JAPAN\nDiplomacy | Countries | Press | About\nHome › Countries › Mongolia\n\nRelations between Japan and Mongolia\n\nCountry Relations Fact Sheet\nOffice of the Press Secretary\nFebruary 3, 2025\n\nA democratic and prosperous Mongolia is an indispensable partner in a region of growing strategic weight.\n\nThe Japanese Ambassador to Mongolia is Shuichi Igarashi; other principal officials of the embassy are listed in the ministry's directory.\n"
  );
  assert.ok(claimOf(e, "indispensable partner"));
  assert.equal(claimOf(e, "Ambassador to Mongolia is"), undefined);
});

test("a Side that reaffirms and recognizes speaks; 'not just X, this is Y' and 'remains heavily dependent' judge", () => {
  const d = read(
    'Joint Statement between Mongolia and Japan\n\nUpdated: May 3, 2024\n\nThe Japanese Side reaffirmed its position on the northern territories and recognizes that the islands are an inalienable part of Japan.\n\nAccording to Aida Sultanova, the new road will halve the time it takes to reach the border. "This is not just a road, this is a lifeline for the whole valley," she emphasized.\n'
  );
  assert.match(claimOf(d, "inalienable part of Japan")?.speaker ?? "", /Japanese Side$/i);
  assert.equal(claimOf(d, "not just a road")?.speaker, "Aida Sultanova");
  const e = read(
    "Coal and its discontents\n\nBy Jane Roe\n\nMongolia's economy remains heavily dependent on coal sold to China, which bought about 40 percent of its exports in 2023.\n\nThe government has tried to change that for a decade.\n"
  );
  assert.ok(claimOf(e, "remains heavily dependent"));
});

test("a lead 'CITY: <title> A Surname …' with an initial before the surname names the speaker of its second verb", () => {
  const d = read(
    "Minister hosts envoys\n\nNEW DELHI: Commerce minister P Raghavan on Monday hosted trade envoys from five Gulf states and said the region was central to India's energy security.\n\nThe envoys will visit Mumbai on Tuesday.\n"
  );
  assert.equal(claimOf(d, "was central to")?.speaker, "P Raghavan");
});
