/**
 * A text's characters in V8's one-byte form when they allow it. V8 keeps a string in one of two forms: one byte a
 * character when every character is below U+0100, two otherwise; a slice of a two-byte string stays two-byte even
 * when its own characters would all fit in one. An article with one curly quote or dash is two-byte, and so is
 * every sentence cut from it. The reader's patterns run on a two-byte sentence with their two-byte code, where a
 * class of letters (`\p{L}`, `\p{Lu}`: hundreds of ranges) is a call into the engine for each character tried,
 * against a few inline ranges in the one-byte code (the class cut to U+0000–U+00FF).
 * Same characters, same answers: only the form changes.
 *
 * @module
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** A character that needs the two-byte form. */
const WIDE = /[^\u0000-\u00ff]/;

/**
 * `text`, made one-byte when every character of it is below U+0100 (a copy through UTF-8, which the engine decodes
 * to the narrowest form); unchanged otherwise. Equal to `text` in every way a program can see (`===` included).
 */
export function narrow(text: string): string {
  return text.length === 0 || WIDE.test(text) ? text : decoder.decode(encoder.encode(text));
}
