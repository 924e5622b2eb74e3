/**
 * Hyphenated pairs of actors: "Kazakh-Chinese trade", "US-Kazakhstan ties", "the EU-Central Asia summit". The
 * tokenizer keeps a hyphenated word whole ("Moscow-led", "Guinea-Bissau", "Kassym-Jomart"), so neither side of
 * such a pair would be found; an en dash already splits ("Russia–Kazakhstan"). A word is split at its hyphens when
 * both sides are capitalized, the whole word names no actor itself, the side before the first hyphen is a whole
 * actor phrase and the side after it starts one.
 *
 * @module
 */
import type {PhraseIndex} from "./mentions.js";
import type {Token} from "./tokenize.js";

/** Whether an upper-case word is a whole one-word actor phrase at the index's root. */
function wholeActor(index: PhraseIndex, word: string): boolean {
  const child = index.root.next.get(word);
  return !!child && child.entries.some((e) => e.kind === "actor");
}

/**
 * The tokens with each hyphenated pair of actors split into its sides and a "-" token (offsets kept). Returns the
 * same array when nothing is split.
 */
export function splitActorCompounds(tokens: Token[], index: PhraseIndex): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; ++i) {
    const t = tokens[i]!;
    const parts = t.text.includes("-") ? splitPair(t, index) : undefined;
    if (parts) (out ??= tokens.slice(0, i)).push(...parts);
    else out?.push(t);
  }
  return out ?? tokens;
}

function splitPair(t: Token, index: PhraseIndex): Token[] | undefined {
  const sides = t.text.split("-");
  if (sides.length < 2 || sides.some((s) => !/^\p{Lu}/u.test(s))) return undefined;
  const upper = t.text.toUpperCase();
  if (index.root.next.has(upper)) return undefined;
  if (!wholeActor(index, sides[0]!.toUpperCase())) return undefined;
  if (!index.root.next.has(sides[1]!.toUpperCase())) return undefined;
  const out: Token[] = [];
  let at = t.start;
  sides.forEach((s, k) => {
    if (k > 0) {
      out.push({text: "-", start: at, end: at + 1});
      ++at;
    }
    out.push({text: s, start: at, end: at + s.length});
    at += s.length;
  });
  return out;
}
