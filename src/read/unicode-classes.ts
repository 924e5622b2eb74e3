/**
 * Unicode property classes written out as the code points they stand for, for long patterns.
 *
 * V8 looks a property class (`\p{L}`, `\p{Lu}` …) up in ICU each time it parses a pattern: when the pattern is made,
 * and again each time it compiles it (once for one-byte and once for two-byte subjects), ~35–40 µs a class each time.
 * The speaker patterns of src/read/voices.ts hold 100–250 such classes each (the speaker, `SUBJECT` there, is written
 * out in each of them), so those parses were more than half of compiling them. The same classes written as their
 * ranges ({@link CLASS_RANGES}: the characters themselves, parsed without ICU) match exactly the same characters, under
 * `u` and under `iu` (V8 adds the case equivalents of both alike); test/read-unicode-classes-s32.test.ts checks every
 * code point against the engine's own classes.
 *
 * A pattern's source grows by ~2,000 characters a class, and V8 compiles a source longer than 20 KB without its
 * optimizations (`kRegExpTooLargeToOptimize`), which made three of the speaker patterns match 6–17× slower: write out
 * only patterns that are over that length already, or that run so seldom or fail so early that their matching time
 * does not count (docs/benchmarks.md, session 32).
 *
 * @module
 */
import {CLASS_RANGES} from "./unicode-class-ranges.js";

/**
 * `source` (a pattern's source under the `u` flag) with each `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}` written as the
 * code points it stands for: in a class, its ranges; elsewhere, a class of them. Any other escape (`\P{…}`, other
 * properties, an escaped backslash before "p") is left as written.
 */
export function spellClasses(source: string): string {
  let out = "";
  let from = 0;
  let inClass = false;
  for (let i = 0; i < source.length; ++i) {
    const c = source.charCodeAt(i);
    if (c === 92 /* \ */) {
      if (source.charCodeAt(i + 1) === 112 /* p */ && source.charCodeAt(i + 2) === 123 /* { */) {
        const end = source.indexOf("}", i + 3);
        const name = end < 0 ? "" : source.slice(i + 3, end);
        if (Object.hasOwn(CLASS_RANGES, name)) {
          const ranges = CLASS_RANGES[name]!;
          out += source.slice(from, i) + (inClass ? ranges : `[${ranges}]`);
          from = end + 1;
          i = end;
          continue;
        }
      }
      ++i; // (the escaped character, whatever it is)
    } else if (inClass) {
      if (c === 93 /* ] */) inClass = false;
    } else if (c === 91 /* [ */) {
      inClass = true;
    }
  }
  return out + source.slice(from);
}

/** `new RegExp(source, flags)` with the property classes written out ({@link spellClasses}): the same matches. */
export function spelledRegExp(source: string, flags: string): RegExp {
  return new RegExp(spellClasses(source), flags);
}
