/**
 * Writes src/read/unicode-class-ranges.ts: the code points of the Unicode property classes the reader's long patterns use
 * (`\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{N}`), as this Node's regular expressions define them, written out as class ranges.
 * Run again when Node's Unicode version changes (test/read-unicode-classes-s32.test.ts fails then).
 *
 *   node scripts/unicode-classes.mjs > src/read/unicode-class-ranges.ts && npx prettier --write src/read/unicode-class-ranges.ts
 */
const PROPERTIES = ["L", "Lu", "Ll", "N"];

/** The ranges [first, last] of code points (no surrogates) the pattern `^\p{name}$` takes. */
function ranges(name) {
  const re = new RegExp(`^\\p{${name}}$`, "u");
  const out = [];
  let start = -1;
  for (let c = 0; c <= 0x110000; ++c) {
    const inside = c < 0x110000 && (c < 0xd800 || c > 0xdfff) && re.test(String.fromCodePoint(c));
    if (inside && start < 0) start = c;
    else if (!inside && start >= 0) {
      out.push([start, c - 1]);
      start = -1;
    }
  }
  return out;
}

const hex = (c) => `\\u{${c.toString(16)}}`;
const lines = PROPERTIES.map((name) => {
  const body = ranges(name)
    .map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`))
    .join("");
  return `  ${name}: "${body}"`;
});
process.stdout.write(`/**
 * The code points of the Unicode property classes \`\\p{L}\`, \`\\p{Lu}\`, \`\\p{Ll}\` and \`\\p{N}\` as class ranges, written by
 * scripts/unicode-classes.mjs from Node ${process.versions.node} (Unicode ${process.versions.unicode}); see
 * spellClasses in src/read/unicode-classes.ts. Generated: do not edit.
 *
 * @module
 */

/** Each property's code points, as the inside of a character class (the characters themselves, no escapes). */
export const CLASS_RANGES: Readonly<Record<string, string>> = {
${lines.join(",\n")}
};

/** The Unicode version the ranges were written from. */
export const CLASS_RANGES_UNICODE = "${process.versions.unicode}";
`);
