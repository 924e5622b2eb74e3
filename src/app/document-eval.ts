/**
 * `npm run eval`'s document-level part: reads each gold article in-process (the coder and aliases of
 * the shipped pack, as `ingest` reads them after `init`), then scores what was read with the
 * definitions of the corpus's `score_reader.py` (src/read/document-eval.ts).
 *
 * @module
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {periodText} from "../domain/index.js";
import {
  buildGazetteer,
  detectFormat,
  readDocument,
  scoreDocuments,
  type DocumentScores,
  type GoldDocument,
  type ReadingForEval
} from "../read/index.js";
import {defaultCoder} from "./coder.js";
import {PROJECT_ROOT, readPack} from "./init.js";

/** Where the development set is: the gold file and the folder of its articles. */
export const SEEDS = {
  gold: join(PROJECT_ROOT, "test", "fixtures", "articles", "seeds.gold.json"),
  articles: join(PROJECT_ROOT, "test", "fixtures", "articles", "seeds")
};

const HEADER_END = "=== text as returned below ===";

/** A saved page's own header block (address, title, how it was found) is not part of the page. */
export function pageText(text: string): string {
  const lines = text.split("\n");
  const i = lines.slice(0, 20).findIndex((l) => l.trim() === HEADER_END);
  return i >= 0 ? lines.slice(i + 1).join("\n") : text;
}

/** Reads one article as `ingest` would after `init` and gives what the scores read of it. */
export type EvalReader = (file: string, text: string) => ReadingForEval | undefined;

/** A reader with the coder and aliases of the shipped pack (built once; call it for each article). */
export function packReader(): EvalReader {
  const pack = readPack();
  const coder = defaultCoder(pack.actors);
  // The aliases as the store lists them after `init`: each actor's code, name and aliases.
  const gazetteer = buildGazetteer(
    pack.actors.flatMap((a) => [
      ...(a.code.length > 2 ? [{code: a.code, alias: a.code}] : []),
      {code: a.code, alias: a.name},
      ...a.aliases.map((x) => ({code: a.code, alias: x.alias}))
    ])
  );
  return (file, text) => {
    const r = readDocument(text, {format: detectFormat(file, text), sourceId: file, file, coder, aliases: gazetteer});
    if (!r.ok) return undefined;
    const d = r.value;
    return {
      source: {
        title: d.metadata.title ?? null,
        publisher: d.metadata.publisher ?? null,
        author: d.metadata.author ?? null,
        // As `show --json` writes it: "2022-03" for a month-only article.
        date: d.metadata.date ? periodText(d.metadata.date, d.metadata.datePrecision) : null
      },
      sentences: d.sentences.map((s) => ({index: s.index, text: s.text})),
      events: d.events.map((e) => ({
        source: e.source,
        target: e.target,
        code: e.code,
        date: e.date ?? null,
        sentence: e.sentence ?? null
      })),
      claims: d.claims.map((c) => ({speaker: c.speaker, kind: c.kind, quote: c.quote})),
      mentions: d.mentions.map((m) => ({code: m.code, sentence: m.sentence})),
      figures: d.figures.map((f) => ({value: f.value, amount: f.amount, unit: f.unit, text: f.text, quote: f.quote}))
    };
  };
}

/** Reads the gold's articles and scores them. */
export function evalDocuments({gold = SEEDS.gold, articles = SEEDS.articles} = {}): DocumentScores {
  const docs = JSON.parse(readFileSync(gold, "utf8")) as GoldDocument[];
  const read = packReader();
  const texts: Record<string, string> = {};
  const readings: Record<string, ReadingForEval> = {};
  for (const g of docs) {
    const text = pageText(readFileSync(join(articles, g.file), "utf8"));
    texts[g.file] = text;
    const r = read(g.file, text);
    if (r) readings[g.file] = r;
  }
  return scoreDocuments(docs, texts, readings);
}
