import assert from "node:assert/strict";
import {test} from "node:test";
import {formatIssue} from "../src/domain/index.js";
import {parseCsv} from "../src/domain/index.js";

const values = (text: string) => parseCsv(text).records.map((r) => r.cells.map((c) => c.value));

test("parseCsv reads plain and quoted fields", () => {
  assert.deepEqual(values('a,b,c\n1,"x, y","say ""hi"""\n'), [
    ["a", "b", "c"],
    ["1", "x, y", 'say "hi"']
  ]);
});

test("parseCsv accepts CRLF, CR, a BOM, a missing final newline and skips blank lines", () => {
  assert.deepEqual(values("\ufeffa,b\r\n1,2\r\n\r\n3,4\r5,6"), [
    ["a", "b"],
    ["1", "2"],
    ["3", "4"],
    ["5", "6"]
  ]);
});

test("parseCsv keeps line breaks inside quotes and tracks lines and columns", () => {
  const {records} = parseCsv('a,b\n"one\r\ntwo",x\nlast,"y"\n');
  assert.deepEqual(records[1]?.cells, [
    {value: "one\ntwo", line: 2, column: 1},
    {value: "x", line: 3, column: 6}
  ]);
  assert.deepEqual(records[2], {
    line: 4,
    cells: [
      {value: "last", line: 4, column: 1},
      {value: "y", line: 4, column: 6}
    ]
  });
});

test("parseCsv keeps empty fields", () => {
  assert.deepEqual(values("a,,c\n,,\n"), [
    ["a", "", "c"],
    ["", "", ""]
  ]);
});

test("parseCsv reports quote problems with their position", () => {
  const issues = (text: string) => parseCsv(text, {file: "f.csv"}).issues.map(formatIssue);
  assert.deepEqual(issues('a,b\n1,"open\n2,3\n'), [
    "f.csv:2:3: Unterminated quoted field: the quote opened here is never closed"
  ]);
  assert.deepEqual(issues('a,b\n1,"x"y\n'), [
    'f.csv:2:6: Unexpected character "y" after a closing quote: expected a comma or the end of the line'
  ]);
  assert.deepEqual(issues('a,b\n1,x"y\n'), [
    'f.csv:2:4: Unexpected quote inside an unquoted field: wrap the field in quotes and double the quote ("")'
  ]);
});

test("parseCsv drops spaces before an opening quote", () => {
  assert.deepEqual(values('a, "b, c",d\n'), [["a", "b, c", "d"]]);
});
