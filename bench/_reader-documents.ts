/**
 * The article reader end to end, measured in a process that runs only the reader (started by bench/reader.ts): the
 * five seed articles read with the default coder, the same without the event coder, and wink-nlp's split + POS of
 * the same texts as the baseline, and the same for every .txt article of the seed, held-out and blind fixture sets
 * (the seeds are long analyses; the blind sets are mostly news and wires), in interleaved rounds, in MB of raw text per CPU second; and the default coder's
 * raw-text coding of the PLOVER sentences (sentences per CPU second), as `multivector ingest` codes. A process of its own
 * because that is how the reader runs for a user (`multivector ingest` codes with the default coder only): beside the
 * wink-nlp tagger and parse-mode coders of bench/reader.ts, the reader's shared call sites see several shapes of
 * objects. V8 is tuned as `multivector ingest` tunes it for a batch (src/app/jit.ts). Prints one JSON line.
 */
import {rate} from "./_cpu-rate.js";
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {loadavg} from "node:os";
import {parsePloverGsr, readDocument} from "../src/read/index.js";
import {defaultCoder, readPack, readYardstick, tuneJitForBatches} from "../src/app/index.js";
import {PROJECT_ROOT} from "../src/app/init.js";

/** What the child process prints. */
export interface DocumentRates {
  /** Best round of each, MB of raw text per CPU second. */
  reader: number;
  withoutCoder: number;
  wink: number;
  /**
   * The default coder on the PLOVER sentences, raw text with the light tagger (sentences per CPU second, best round):
   * as `multivector ingest` codes, with no other coder in the process.
   */
  lightSentences: number;
  /** The reader's rate over wink-nlp's, per round (the same round's figures). */
  ratios: number[];
  /**
   * Every .txt article of the seed, held-out and blind fixture sets (news, wires, interviews, analyses), read end to
   * end with the default coder, and wink-nlp's split + POS of the same texts: best round, MB/s.
   */
  fixtures: {reader: number; wink: number; documents: number; bytes: number};
  bytes: number;
  rounds: number;
  load: number[];
}

/** The seed articles the reader rows read, and their size in bytes. */
export function seedTexts(): {texts: string[]; bytes: number} {
  const seedDir = join(PROJECT_ROOT, "test/fixtures/articles/seeds");
  const texts = readdirSync(seedDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(seedDir, f), "utf8"));
  return {texts, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0)};
}

/** Every .txt article of test/fixtures/articles/{seeds,heldout,blind,blind2,…}, and their size in bytes. */
export function fixtureTexts(): {texts: string[]; bytes: number} {
  const root = join(PROJECT_ROOT, "test/fixtures/articles");
  const texts = readdirSync(root)
    .filter((d) => /^(?:seeds|heldout|blind\d*)$/.test(d))
    .sort()
    .flatMap((d) =>
      readdirSync(join(root, d))
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => readFileSync(join(root, d, f), "utf8"))
    );
  return {texts, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0)};
}

export async function documentRates(rounds = 5): Promise<DocumentRates> {
  // V8 tuned as `multivector ingest` tunes it for a batch of documents (src/app/jit.ts), for both sides.
  tuneJitForBatches();
  const coder = defaultCoder(readPack().actors);
  const {texts, bytes} = seedTexts();
  const docRun = () => {
    for (const t of texts) readDocument(t, {format: "text", sourceId: "bench", coder, given: {date: "2024-01-01"}});
  };
  const restRun = () => {
    for (const t of texts) readDocument(t, {format: "text", sourceId: "bench", given: {date: "2024-01-01"}});
  };
  const winkNlp = (await import("wink-nlp")).default;
  const model = (await import("wink-eng-lite-web-model")).default;
  const nlp = winkNlp(model);
  const its = nlp.its;
  const fixtures = fixtureTexts();
  const fixtureRun = () => {
    for (const t of fixtures.texts)
      readDocument(t, {format: "text", sourceId: "bench", coder, given: {date: "2024-01-01"}});
  };
  const fixtureWinkRun = () => {
    for (const t of fixtures.texts) {
      const d = nlp.readDoc(t);
      d.sentences().out();
      d.tokens().out(its.pos);
    }
  };
  const winkRun = () => {
    for (const t of texts) {
      const d = nlp.readDoc(t);
      d.sentences().out();
      d.tokens().out(its.pos);
    }
  };
  const sentences = parsePloverGsr(readYardstick("plover")).map((r) => r.text);
  const codeRun = () => {
    for (const s of sentences) coder.codeSentence(s, {date: "2023-01-01"});
  };
  let reader = 0,
    withoutCoder = 0,
    wink = 0,
    lightSentences = 0,
    fixtureReader = 0,
    fixtureWink = 0;
  const ratios: number[] = [];
  for (let round = 0; round < rounds; ++round) {
    const r = rate(docRun, bytes) / 1e6;
    const w = rate(winkRun, bytes) / 1e6;
    reader = Math.max(reader, r);
    wink = Math.max(wink, w);
    ratios.push(r / w);
    withoutCoder = Math.max(withoutCoder, rate(restRun, bytes) / 1e6);
    lightSentences = Math.max(lightSentences, rate(codeRun, sentences.length));
    fixtureReader = Math.max(fixtureReader, rate(fixtureRun, fixtures.bytes) / 1e6);
    fixtureWink = Math.max(fixtureWink, rate(fixtureWinkRun, fixtures.bytes) / 1e6);
  }
  return {
    reader,
    withoutCoder,
    wink,
    lightSentences,
    ratios,
    fixtures: {reader: fixtureReader, wink: fixtureWink, documents: fixtures.texts.length, bytes: fixtures.bytes},
    bytes,
    rounds,
    load: loadavg()
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await documentRates()));
