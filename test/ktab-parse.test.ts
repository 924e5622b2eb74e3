// Readers for KTAB's CSV and XML formats and our JSON/YAML: good files, and the exact issues for bad ones.
import {readFileSync} from "node:fs";
import {test} from "node:test";
import assert from "node:assert/strict";
import {formatIssue, type Result} from "../src/domain/issue.js";
import {parseKtabCsv, parseKtabXml, parseSmpJson, runSmp, type SmpScenario} from "../src/simulate/ktab/index.js";
import {parseXml} from "../src/simulate/ktab/xml.js";
import {splitCsv} from "../src/simulate/ktab/parse-csv.js";

const data = new URL("../data/ktab/", import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, data), "utf8");

function messages(r: Result<SmpScenario>): string[] {
  assert.equal(r.ok, false, "expected issues");
  return r.ok ? [] : r.issues.map(formatIssue);
}

test("parseKtabCsv() reads every KTAB CSV input", () => {
  const expected: Record<string, [actors: number, dims: number]> = {
    "SOE-Pol-Comp.csv": [13, 2],
    "SOE-Policy.csv": [26, 1],
    "SOE-Competitive.csv": [34, 1],
    "dummyData_3Dim.csv": [7, 3],
    "dummyData_6Dim.csv": [27, 6],
    "dummyData-a040.csv": [40, 1],
    "dummyData-a080.csv": [80, 1],
    "dummyData-a160.csv": [160, 1]
  };
  for (const [file, [na, nd]] of Object.entries(expected)) {
    const r = parseKtabCsv(read(file), {file});
    assert.ok(r.ok, `${file}: ${!r.ok && r.issues.map(formatIssue).join("; ")}`);
    assert.equal(r.value.actors.length, na, file);
    assert.equal(r.value.dimensions.length, nd, file);
  }
  const r = parseKtabCsv(read("SOE-Pol-Comp.csv"));
  assert.ok(r.ok);
  assert.equal(r.value.name, "China Policy/Competitive; scen 2");
  assert.equal(r.value.description, "Scenario-0002;Combined Policy and Competitive");
  assert.deepEqual(r.value.dimensions, ["Policy Position", "Competitive Position"]);
  assert.deepEqual(r.value.actors[1], {
    name: "LK",
    description: "Li Keqiang",
    capability: 60.2,
    positions: [45, 65],
    saliences: [44.7, 41.3]
  });
  const q = parseKtabCsv(read("dummyData_3Dim.csv"));
  assert.ok(q.ok);
  assert.equal(q.value.description, "Dummy scenario to test reading format");
});

test("splitCsv() keeps quoted commas and reports columns", () => {
  assert.deepEqual(
    splitCsv('a,"b, c",d\n x,y').map((r) => r.map((c) => [c.text, c.line, c.column])),
    [
      [
        ["a", 1, 1],
        ["b, c", 1, 3],
        ["d", 1, 10]
      ],
      [
        [" x", 2, 1],
        ["y", 2, 4]
      ]
    ]
  );
});

test("parseKtabXml() reads KTAB's SMP XML, with parameters and seed", () => {
  const r = parseKtabXml(read("dummyData_3Dim.xml"), {file: "dummyData_3Dim.xml"});
  assert.ok(r.ok);
  assert.equal(r.value.seed, "3707583219545544125");
  assert.deepEqual(r.value.dimensions, ["Pstn1", "Pstn2", "Pstn3"]);
  const csv = parseKtabCsv(read("dummyData_3Dim.csv"));
  assert.ok(csv.ok);
  assert.deepEqual(r.value.actors, csv.value.actors);
  // the same scenario gives the same run (the seed only matters for stochastic transitions)
  assert.deepEqual(runSmp(r.value).states, runSmp(csv.value).states);
});

test("parseKtabXml() reads KTAB's spreadsheet XML like the CSV", () => {
  const r = parseKtabXml(read("kmodel_dummyData_3Dim.xml"), {file: "kmodel_dummyData_3Dim.xml"});
  assert.ok(r.ok, !r.ok ? r.issues.map(formatIssue).join("; ") : "");
  assert.equal(r.value.actors.length, 7);
  assert.equal(r.value.actors[0]?.capability, 102.54300000000001);
  assert.deepEqual(r.value.dimensions, ["Pstn1", "Pstn2", "Pstn3"]);
});

test("parseKtabXml() reads ModelParameters and the ideal-adjustment matrix once positions are filled", () => {
  // smpExample.xml leaves Alice's first coordinate blank on purpose; fill it to read the rest
  const text = read("smpExample.xml").replace("<dCoord></dCoord>", "<dCoord>50</dCoord>");
  const r = parseKtabXml(text, {file: "smpExample.xml"});
  assert.ok(r.ok, !r.ok ? r.issues.map(formatIssue).join("; ") : "");
  assert.deepEqual(r.value.params, {
    victoryProbModel: "Linear",
    pceModel: "MarkovIncentive",
    stateTransitions: "Stochastic",
    votingRule: "PropCbc",
    bigRAdjust: "OneThird",
    bigRRange: "Mid",
    thirdPartyCommit: "SemiCommit",
    interVecBrgn: "S2P2",
    bargnModel: "InitOnlyInterp"
  });
  assert.equal(r.value.accommodation?.[0]?.[0], 0.87);
  const run = runSmp(r.value, {maxIterations: 5});
  assert.equal(run.params.pceModel, "MarkovIncentive");
  assert.equal(run.seed, "3507583219545544127");
});

test("parseSmpJson() reads our YAML and JSON forms", () => {
  const y = parseSmpJson(read("bad/good.yaml"), {file: "good.yaml"});
  assert.ok(y.ok, !y.ok ? y.issues.map(formatIssue).join("; ") : "");
  assert.equal(y.value.params?.votingRule, "Prop");
  assert.equal(y.value.seed, "15455440707583219804");
  const json = JSON.stringify({
    name: "J",
    dimensions: ["d"],
    actors: [1, 2, 3].map((i) => ({name: `A${i}`, capability: i * 10, positions: [i * 20], saliences: [50]}))
  });
  const j = parseSmpJson(json, {file: "j.json"});
  assert.ok(j.ok);
  assert.equal(j.value.actors[2]?.positions[0], 60);
  assert.equal(runSmp(j.value).states.length > 1, true);
});

test("bad CSV inputs yield exact issues", () => {
  const cases: [string, string[]][] = [
    [
      "bad/blank-position.csv",
      ['bad/blank-position.csv:3:18: Blank position for actor "A" on dimension "P2 Position"']
    ],
    [
      "bad/salience-over-100.csv",
      [
        'bad/salience-over-100.csv:4:14: Salience "120" for actor "B" on dimension "P1 Position" is out of range: expected 0 to 100'
      ]
    ],
    [
      "bad/salience-sum.csv",
      [
        'bad/salience-sum.csv:3:15: Total salience "110.5" of actor "A" is over 100: KTAB requires the saliences of an actor to sum to at most 100'
      ]
    ],
    [
      "bad/actor-count.csv",
      ["bad/actor-count.csv:1:29: The first line declares 4 actors but 3 actor lines follow the header"]
    ],
    [
      "bad/non-numeric.csv",
      [
        'bad/non-numeric.csv:3:9: Cannot parse capability "lots" for actor "A": expected a number',
        'bad/non-numeric.csv:4:11: Cannot parse position "5O" for actor "B" on dimension "P1 Position": expected a number'
      ]
    ],
    [
      "bad/header.csv",
      ['bad/header.csv:1:28: Cannot parse the number of dimensions "two" in the first line: expected a whole number']
    ],
    ["bad/short-row.csv", ['bad/short-row.csv:3:21: Blank salience for actor "A" on dimension "P2 Position"']]
  ];
  for (const [file, expected] of cases) assert.deepEqual(messages(parseKtabCsv(read(file), {file})), expected, file);
  assert.deepEqual(messages(parseKtabCsv("", {file: "empty.csv"})), [
    "empty.csv:1: File is empty: expected a line with scenario name, description, number of actors and number of dimensions"
  ]);
  assert.deepEqual(messages(parseKtabCsv("S,D,2,1\nA,D,P,X,Y\na,,1,1,1\nb,,1,1,1\n", {file: "two.csv"})), [
    "two.csv:1:5: Found 2 actors: KTAB needs 3 to 4000"
  ]);
  const r = parseKtabCsv(read("bad/blank-position.csv"), {file: "x.csv"});
  assert.ok(!r.ok);
  assert.deepEqual(r.issues[0], {
    code: "blank_value",
    message: 'Blank position for actor "A" on dimension "P2 Position"',
    file: "x.csv",
    line: 3,
    column: 18
  });
});

test("bad XML inputs yield exact issues", () => {
  assert.deepEqual(messages(parseKtabXml(read("smpExample.xml"), {file: "smpExample.xml"})), [
    'smpExample.xml:32:9: Blank position for actor "Alice" on dimension "FirstDim"'
  ]);
  assert.deepEqual(messages(parseKtabXml(read("reformpri-ex01.xml"), {file: "reformpri-ex01.xml"})), [
    'reformpri-ex01.xml:12:1: Missing element "<Dimensions>" in "<Scenario>": this looks like a KTAB reform-priorities scenario'
  ]);
  assert.deepEqual(messages(parseKtabXml(read("bad/unclosed.xml"), {file: "unclosed.xml"})), [
    'unclosed.xml:10:3: Cannot parse XML: Closing tag "</Actors>" does not match "<Actor>" opened on line 8'
  ]);
  assert.deepEqual(messages(parseKtabXml(read("bad/bad-param.xml"), {file: "bad-param.xml"})), [
    'bad-param.xml:5:3: Cannot use "18446744073709551616" as the PRNG seed: expected a whole number from 1 to 18446744073709551615',
    'bad-param.xml:10:5: Unknown VotingRule "Majority": expected one of "Binary", "PropBin", "Prop", "PropCbc", "Cubic", "ASymProsp"',
    'bad-param.xml:26:7: Actor "C" has 2 position values in "<Position>": expected 1, one per dimension'
  ]);
  assert.deepEqual(messages(parseKtabXml("<Foo/>", {file: "f.xml"})), [
    'f.xml:1:1: Unexpected root element "<Foo>": expected "<Scenario>" (KTAB SMP) or "<Workbook>"'
  ]);
});

test("bad JSON/YAML inputs yield exact issues with field paths", () => {
  assert.deepEqual(messages(parseSmpJson(read("bad/scenario.yaml"), {file: "scenario.yaml"})), [
    'scenario.yaml:6:42: Actor "C" has 0 positions: expected 1, one per dimension (at actors.2.positions)',
    'scenario.yaml:5:27: Capability "-5" of actor "B" is out of range: expected more than 0 and less than 1e8',
    'scenario.yaml:5:60: Salience "130" for actor "B" on dimension "Policy" is out of range: expected 0 to 100',
    'scenario.yaml:8:15: Unknown votingRule "Plurality": expected one of "Binary", "PropBin", "Prop", "PropCbc", "Cubic", "ASymProsp" (at params.votingRule)'
  ]);
  assert.deepEqual(messages(parseSmpJson('{"name": "x", "dimensions": [', {file: "x.json"})).length, 1);
});

test("parseXml() decodes entities and keeps element positions", () => {
  const r = parseXml('<?xml version="1.0"?>\n<!-- c -->\n<a x="1 &amp; 2">\n  <b>&lt;t&gt; &#65;</b><c/>\n</a>');
  assert.ok(r.ok);
  assert.equal(r.root.attributes.x, "1 & 2");
  assert.equal(r.root.children[0]?.text, "<t> A");
  assert.equal(r.root.children[0]?.line, 4);
  assert.equal(r.root.children[0]?.column, 3);
  assert.equal(r.root.children[1]?.name, "c");
});

test("parseSmpInput() picks the reader by extension or content", async () => {
  const {parseSmpInput, detectSmpFormat} = await import("../src/simulate/ktab/index.js");
  assert.equal(detectSmpFormat("x", "a.CSV"), "ktab-csv");
  assert.equal(detectSmpFormat("<Scenario/>"), "ktab-xml");
  assert.equal(detectSmpFormat("name: x\nactors: []"), "json");
  assert.equal(detectSmpFormat('{"name": "x"}'), "json");
  const csv = parseSmpInput(read("SOE-Policy.csv"), {file: "SOE-Policy.csv"});
  const xml = parseSmpInput(read("dummyData_3Dim.xml"));
  const yaml = parseSmpInput(read("bad/good.yaml"));
  assert.ok(csv.ok && xml.ok && yaml.ok);
  assert.equal(csv.value.actors.length, 26);
});
