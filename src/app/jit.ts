/**
 * V8 tuned for a batch that runs the same large code (the reader and its coder) thousands of times from a cold start.
 * Three settings, each left as it is when the command line or NODE_OPTIONS gives it:
 *
 * - A function is optimized after about twelve times as much work as by default (V8's `--interrupt-budget`, 66 KB →
 *   800 KB of bytecode run), so fewer large functions are compiled on the background threads and thrown away while
 *   the shapes of their objects still change, and functions that stay lukewarm over a batch are not compiled at all.
 *   400 KB, measured on 1,000 news-length articles read on one thread, each run a fresh process (2026-12-03 07:13,
 *   load 17): the process's CPU 8.4–9.3 s → 6.1 s, the reading thread's own 4.6–5.3 s → 4.6 s. 400 → 800 KB
 *   (2026-12-05, load 18–35, fresh processes alternating): a reader isolate compiles the reader once (252 functions,
 *   1.9 s of background compiling over its first 720 news articles: `codeSentence` 0.39 s, `readLightVerb` 0.15 s …),
 *   and each of the CLI's two reader threads reads only ~500 articles of a 1,000-article batch. 500 news articles
 *   read from cold on one thread: process CPU median 5,469 → 5,067 ms (10 rounds, each 0.88–1.03, median 0.93),
 *   the compiler threads 889 → 374 ms, the reading thread +3%; 2,000 articles: 0.99 and 1.00 in the two rounds at
 *   equal load (docs/benchmarks.md, session 14); `multivector ingest
 *   --reader-threads 2` of 1,000 news articles: the process's other threads −0.9 to −1.5 s in each of 4 rounds, the
 *   reader threads' CPU 0.98–1.07×, the process's CPU 0.87, 0.95, 0.98, 1.00×.
 * - Optimized code calls the array builtins (`map`, `filter`, `forEach` …) instead of inlining them
 *   (`--no-turbo-inline-array-builtins`). An inlined `map` allocates its result holey while the builtin's result is
 *   packed, so every array an optimized function makes with `map` has another map than the one its readers were
 *   compiled for: the coder's `codeSentence` (compiled with its callees inlined: 0.2 s of compiler time each) was
 *   thrown away ("wrong map") and compiled again 6–8 times in the first 3,000 news articles, once per site that met
 *   its first holey array, and so were the functions it calls. With the builtins called: 2 compilations; 1,000
 *   news-length articles read on one thread in a fresh process, process CPU 4.1–4.6 → 3.65–3.7 ms per article, the
 *   next 1,000 in the same process 3.85–4.0 → 2.6–2.7 ms (2026-12-03 09:20, load 4.6–6).
 *
 * - Regular expressions are compiled to machine code at their first use (`--no-regexp-tier-up`) instead of being
 *   interpreted first and compiled when V8 sees them run again. In a batch the reader's long cue lists
 *   (src/read/claims.ts, figures, dates) otherwise ran 6x slower after some ten articles: the same pattern over the
 *   same 860 sentences took 9-10 ms of CPU after ten articles had been read, 1.5 ms after five (or at first use with
 *   this setting). The likely cause is V8's rule that a pattern compiled once the process has generated 1 MB of
 *   pattern code (bytecode and freed code counted) is compiled without its optimizations: a pattern is compiled
 *   apart for one-byte and two-byte strings and again when it tiers up, and the reader makes patterns per document
 *   (a speaker's name, a title), so late compilations of its hot patterns came after the limit. Measured: the 38
 *   fixture articles (140 KB) without the event coder 139 -> 72 ms of CPU per pass, with it 474 -> 350 ms
 *   (2026-12-03 17:07, load 8.5-9.7, tsx; `npm run bench -- reader-pass`, bench/reader-pass.ts); 1,000 news-length articles read alone on this thread
 *   7.1 / 6.0 -> 6.4 / 5.9 s of the thread's CPU (two runs each, load 12-16).
 *
 * Process-wide: reader threads started afterwards share all three.
 *
 * The third cannot be set once the process runs: V8 (Node 20.20) crashes when `--no-regexp-tier-up` is set while
 * the process runs and a pattern that ran before runs again (SIGSEGV in the pattern's code; a one-article
 * `multivector ingest` died so in 4 of about 270 runs, four loops on 2 cores, 2026-12-07, and once in CI; a script that
 * runs 3,000 patterns, sets it and runs them again, in 4 of 30). Set as the very first statement of
 * bin/multivector.js, before the CLI's modules load, it still crashed a one-article ingest once in about 100 runs
 * (Node's module loader runs patterns of its own before and after). Given on the command line: 0 of 480. So the
 * pattern flag comes only from a process's command line: bin/multivector.js's first line gives all three when it is
 * run as a program (`multivector`, `npx multivector`), package.json's `eval`, `robustness` and `coverage` give it, and
 * `node bin/multivector.js` runs without it unless given. {@link tuneJitForBatches} sets the other two, which V8 reads
 * when it compiles and which crashed nothing when set late (0 of 30 such scripts; every ingest since session 6).
 *
 * @module
 */
import {setFlagsFromString} from "node:v8";

/** The interrupt budget set for batches (bytes of bytecode run before a function is considered for optimizing). */
export const BATCH_INTERRUPT_BUDGET = 800_000;

let tuned = false;

/**
 * The three batch flags, as a process's command line gives them (bin/multivector.js sets them before anything
 * else runs; a test holds its list to this one).
 */
export const BATCH_V8_FLAGS = [
  `--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`,
  "--no-turbo-inline-array-builtins",
  "--no-regexp-tier-up"
] as const;

/** The pattern flag, the one a process must be given on its command line (a child process started by a bench). */
export const PATTERN_FLAG = BATCH_V8_FLAGS[2];

/**
 * Sets the two batch flags that are safe to set late (the interrupt budget and the array builtins), once, except what
 * the process was started with its own value of. Not the pattern flag: see the module's note.
 */
export function tuneJitForBatches(): void {
  if (tuned) return;
  tuned = true;
  const given = (flag: string) => [...process.execArgv, process.env.NODE_OPTIONS ?? ""].some((a) => a.includes(flag));
  if (!given("--interrupt-budget")) setFlagsFromString(BATCH_V8_FLAGS[0]);
  if (!given("turbo-inline-array-builtins")) setFlagsFromString(BATCH_V8_FLAGS[1]);
}
