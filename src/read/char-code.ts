/**
 * `String.prototype.charCodeAt`, to be called by this constant (`charCodeAt.call(text, i)`) in the reader's scans of
 * characters. The texts and tokens the reader scans come in V8's many string forms (flat, sliced, concatenated; one or
 * two bytes a character: src/read/one-byte.ts), and a `text.charCodeAt` site that meets more than four of them looks
 * the method up in the megamorphic stub cache at each call; called by its constant, the optimizing compiler inlines it
 * as the character load it is (session 26: the cue index, src/read/cue.ts, 983.32M → 949.30M instructions a pass of
 * the seeds; the tokenizer, the tagger and the clause finder 898.16M → 886.87M). A loop over many characters takes it
 * into a local first (`const load = charCodeAt;`): read through the import at each character, the loop costs more
 * than twice as much (session 27, callgrind: the cue index's loop alone over 64 KB of sentences ten times, 50.8M
 * instructions with a constant of its own in the module, 120.3M through the import, 51.9M through a local).
 *
 * @module
 */
export const charCodeAt = String.prototype.charCodeAt;
