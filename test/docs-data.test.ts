// docs/data.md is generated from the code: the export columns and the store's tables. This keeps it true.
import assert from "node:assert/strict";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {test} from "node:test";
import {Claim, Event} from "../src/domain/index.js";
import {
  EXPORT_TABLES,
  exportsMarkdown,
  openStore,
  PROJECT_ROOT,
  replaceSection,
  storeTablesMarkdown
} from "../src/app/index.js";

const DOC = join(PROJECT_ROOT, "docs", "data.md");

test("docs/data.md lists the columns of every export and every table of the store as the code has them", async () => {
  const doc = readFileSync(DOC, "utf8");
  const store = await openStore({store: ":memory:"});
  try {
    const expected = replaceSection(
      replaceSection(doc, "exports", exportsMarkdown()),
      "store",
      await storeTablesMarkdown(store)
    );
    assert.ok(doc === expected, "docs/data.md is out of date with the code: run `npm run docs:data` and commit it");
  } finally {
    store.close();
  }
});

test("every field of an event and of a claim is a documented export column", () => {
  const documented = (name: keyof typeof EXPORT_TABLES) => EXPORT_TABLES[name].columns.map((c) => c.name);
  for (const k of Object.keys(Event.shape))
    assert.ok(documented("events").includes(k), `events: "${k}" is not documented in src/app/exports.ts`);
  for (const k of Object.keys(Claim.shape))
    assert.ok(documented("claims").includes(k), `claims: "${k}" is not documented in src/app/exports.ts`);
});
