// A folder of articles holds papers of its own (a README, a licence, a change log, a list of sources): a folder's
// walk leaves them out with one warning naming them; named on the command line, any file is read.
import assert from "node:assert/strict";
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {test} from "node:test";
import {expandPaths, isFolderPaper} from "../src/app/ingest-paths.js";

test("a folder's own papers by name: the convention's words in any case, ordinary words in capitals only", () => {
  for (const name of [
    "README.md",
    "readme.txt",
    "ReadMe.markdown",
    "README.en.md",
    "read-me.txt",
    "LICENSE.txt",
    "Licence.md",
    "LICENSE-MIT",
    "LICENSE_APACHE.txt",
    "README-fr.md",
    "CHANGELOG.md",
    "change_log.txt",
    "CONTRIBUTING.md",
    "SOURCES.md",
    "CHANGES-2024.txt",
    "AUTHORS.txt",
    "NOTICE.md",
    "CITATION.md"
  ])
    assert.equal(isFolderPaper(name), true, name);
  for (const name of [
    "sources.md",
    "Sources.txt",
    "history.txt",
    "notice-to-traders.html",
    "changes-in-tariffs.txt",
    "readmission-deal.txt",
    "licensed-exports.md",
    "2024-05-01-authors-of-the-plan.txt",
    "re-admission-talks.txt",
    // (review K11: a story's name that starts with the convention's word)
    "license-revoked-kazatomprom.txt",
    "licence-for-tengiz-expansion.html",
    "contributing-factors-to-inflation.txt",
    "code-of-conduct-osce-vienna.md",
    "NOTICE-from-ministry.txt",
    "CHANGES-to-tax-code.txt",
    "readme_first_then_the_summit.txt"
  ])
    assert.equal(isFolderPaper(name), false, name);
});

test("expandPaths leaves a folder's papers out with one warning; a paper named itself is listed", () => {
  const dir = mkdtempSync(join(tmpdir(), "mv-papers-"));
  try {
    writeFileSync(join(dir, "a.txt"), "x\n");
    writeFileSync(join(dir, "README.md"), "x\n");
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "b.md"), "x\n");
    writeFileSync(join(dir, "sub", "SOURCES.md"), "x\n");
    // (a licence without an extension was never listed: no warning about it)
    writeFileSync(join(dir, "LICENSE"), "x\n");
    const walked = expandPaths([dir]);
    assert.deepEqual(walked.files, [join(dir, "a.txt"), join(dir, "sub", "b.md")]);
    assert.deepEqual(walked.issues, []);
    assert.equal(walked.warnings?.length, 1);
    assert.equal(walked.warnings![0]!.code, "not_an_article");
    assert.match(
      walked.warnings![0]!.message,
      new RegExp(`^Left out 2 files .*: ${join(dir, "README.md")}, ${join(dir, "sub", "SOURCES.md")};`)
    );
    const named = expandPaths([join(dir, "README.md"), join(dir, "sub")]);
    assert.deepEqual(named.files, [join(dir, "README.md"), join(dir, "sub", "b.md")]);
    assert.match(
      named.warnings![0]!.message,
      /^Left out 1 file a folder holds as its own paper \(.*\), not an article: /
    );
    assert.deepEqual(expandPaths([join(dir, "a.txt")]).warnings, []);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
