// Rewrites the generated sections of docs/data.md: the export columns and the store's tables.
// Usage: npm run docs:data
import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {exportsMarkdown, openStore, PROJECT_ROOT, replaceSection, storeTablesMarkdown} from "../src/app/index.js";

const file = join(PROJECT_ROOT, "docs", "data.md");
const store = await openStore({store: ":memory:"});
try {
  let doc = readFileSync(file, "utf8");
  doc = replaceSection(doc, "exports", exportsMarkdown());
  doc = replaceSection(doc, "store", await storeTablesMarkdown(store));
  writeFileSync(file, doc);
  console.log(`Wrote ${file}`);
} finally {
  store.close();
}
