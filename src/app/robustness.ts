/**
 * The paraphrase-robustness harness's reading part: finds the development sets (the gold files beside
 * their articles), reads each article, rewrites the sentences that carry what it gets right (the
 * transforms of src/read/paraphrase.ts), reads the rewritten article again and judges each item
 * (src/read/robustness.ts). Several sentences far apart are rewritten in one reading; an item lost in
 * such a reading is read again with its own rewrite alone, so that every loss is the rewrite's own.
 *
 * @module
 */
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {fail, ok, type Issue, type Result} from "../domain/index.js";
import type {GoldDocument} from "../read/index.js";
import {TRANSFORMS, type Transform} from "../read/paraphrase.js";
import {checkDocument, type ItemOutcome} from "../read/robustness.js";
import {packReader, pageText, type EvalReader} from "./document-eval.js";
import {PROJECT_ROOT} from "./init.js";

/** Where the development sets are. */
export const ARTICLES_DIR = join(PROJECT_ROOT, "test", "fixtures", "articles");

/** A gold file and the folder of its articles. */
export interface GoldSet {
  name: string;
  gold: string;
  articles: string;
}

/** The sets with a gold file: seeds (seeds.gold.json beside seeds/) and each folder holding a *.gold.json. */
export function goldSets(root = ARTICLES_DIR): GoldSet[] {
  const out: GoldSet[] = [];
  if (existsSync(join(root, "seeds.gold.json")))
    out.push({name: "seeds", gold: join(root, "seeds.gold.json"), articles: join(root, "seeds")});
  const dirs = readdirSync(root, {withFileTypes: true}).filter((d) => d.isDirectory());
  const order = (n: string) => [n.replace(/\d+$/, ""), Number(/\d+$/.exec(n)?.[0] ?? 1)] as const;
  dirs.sort((a, b) => {
    const [x, i] = order(a.name);
    const [y, j] = order(b.name);
    return x === y ? i - j : x < y ? -1 : 1;
  });
  for (const d of dirs) {
    const gold = readdirSync(join(root, d.name)).find((f) => f.endsWith(".gold.json"));
    if (gold) out.push({name: d.name, gold: join(root, d.name, gold), articles: join(root, d.name)});
  }
  return out;
}

/** The sets and transforms named, or issues naming what was expected. */
export function pickRobustness(
  sets: readonly string[] | undefined,
  transforms: readonly string[] | undefined,
  root = ARTICLES_DIR
): Result<{sets: GoldSet[]; transforms: Transform[]}> {
  const all = goldSets(root);
  const issues: Issue[] = [];
  for (const s of sets ?? [])
    if (!all.some((x) => x.name === s))
      issues.push({
        code: "unknown_set",
        message: `Unknown set "${s}": expected one of ${all.map((x) => x.name).join(", ")}`
      });
  for (const t of transforms ?? [])
    if (!TRANSFORMS.some((x) => x.name === t))
      issues.push({
        code: "unknown_transform",
        message: `Unknown transform "${t}": expected one of ${TRANSFORMS.map((x) => x.name).join(", ")}`
      });
  if (issues.length) return fail(issues);
  return ok({
    sets: sets?.length ? all.filter((x) => sets.includes(x.name)) : all,
    transforms: transforms?.length ? TRANSFORMS.filter((x) => transforms.includes(x.name)) : [...TRANSFORMS]
  });
}

/** Progress: after each article. */
export interface RobustnessProgress {
  set: string;
  file: string;
  done: number;
  of: number;
  readings: number;
}

/** What a run found. */
export interface RobustnessRun {
  outcomes: ItemOutcome[];
  /** Items the reader gets right at their sentence, per set (events, claims). */
  carried: Record<
    string,
    {events: number; claims: number; documents: number; missedEvents: number; missedClaims: number}
  >;
  /** Rewrites whose sentence the harness could not find in the article's text. */
  unlocated: number;
  readings: number;
}

/** Options of {@link runRobustness}. */
export interface RobustnessOptions {
  sets: readonly GoldSet[];
  transforms: readonly Transform[];
  /** Rewrites per sentence and transform (the first sites). */
  variants?: number;
  onProgress?: (p: RobustnessProgress) => void;
  /** The reader (default: the shipped pack's, as `npm run eval` reads). */
  reader?: EvalReader;
  /** Try only this share of the items, picked by a hash of the seed (the same items each run). */
  sample?: {share: number; seed: number};
  /** Also try the rewrites on the items the reader misses. */
  missed?: boolean;
}

/** Runs the harness over the sets. */
export function runRobustness({
  sets,
  transforms,
  variants = 2,
  onProgress,
  reader,
  sample,
  missed = false
}: RobustnessOptions): RobustnessRun {
  const read = reader ?? packReader();
  const docs = sets.flatMap((s) =>
    (JSON.parse(readFileSync(s.gold, "utf8")) as GoldDocument[]).map((gold) => ({set: s.name, gold, dir: s.articles}))
  );
  const run: RobustnessRun = {outcomes: [], carried: {}, unlocated: 0, readings: 0};
  docs.forEach(({set, gold, dir}, n) => {
    const c = (run.carried[set] ??= {events: 0, claims: 0, documents: 0, missedEvents: 0, missedClaims: 0});
    c.documents++;
    const path = join(dir, gold.file);
    if (!existsSync(path)) return;
    const text = pageText(readFileSync(path, "utf8"));
    const base = read(gold.file, text);
    run.readings++;
    if (!base) return;
    const checked = checkDocument(set, gold, text, read, {
      transforms,
      variants,
      base,
      missed,
      ...(sample ? {sample} : {})
    });
    c.events += checked.carried.filter((i) => i.kind === "event").length;
    c.claims += checked.carried.filter((i) => i.kind === "claim").length;
    c.missedEvents += checked.missed.filter((i) => i.kind === "event").length;
    c.missedClaims += checked.missed.filter((i) => i.kind === "claim").length;
    run.outcomes.push(...checked.outcomes);
    run.unlocated += checked.unlocated;
    run.readings += checked.readings;
    onProgress?.({set, file: gold.file, done: n + 1, of: docs.length, readings: run.readings});
  });
  return run;
}
