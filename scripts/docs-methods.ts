// Rewrites the generated sections of docs/methods.md: the parameter, metric and depth tables from the
// code, and the measured tables from a store seeded with the pack and every dataset (a throwaway
// store in a temporary folder unless --store names one). Usage: npm run docs:methods [-- --store FILE]
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {
  depthMarkdown,
  measuredMethodsSections,
  metricsMarkdown,
  openStore,
  parametersMarkdown,
  PROJECT_ROOT,
  replaceMethodsSection,
  seedStore
} from "../src/app/index.js";

const file = join(PROJECT_ROOT, "docs", "methods.md");
const i = process.argv.indexOf("--store");
const dir = i < 0 ? mkdtempSync(join(tmpdir(), "mv-methods-")) : undefined;
const path = i < 0 ? join(dir!, "store.duckdb") : process.argv[i + 1]!;
const store = await openStore({store: path});
try {
  await seedStore(store, {now: new Date().toISOString(), onProgress: (m) => console.error(m)});
  let doc = readFileSync(file, "utf8");
  doc = replaceMethodsSection(doc, "parameters", parametersMarkdown());
  doc = replaceMethodsSection(doc, "metrics", metricsMarkdown());
  doc = replaceMethodsSection(doc, "depth", depthMarkdown());
  for (const [name, body] of Object.entries(await measuredMethodsSections(store)))
    doc = replaceMethodsSection(doc, name, body);
  writeFileSync(file, doc);
  console.log(`Wrote ${file}`);
} finally {
  store.close();
  if (dir) rmSync(dir, {recursive: true, force: true});
}
