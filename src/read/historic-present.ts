/**
 * The historic present of a chronology's dated entry ("14 May – Tokayev attends the summit and meets Xi"): the
 * article reader reads its present-tense verbs as past ones. A step of the event coder (src/read/coder.ts), run on
 * the sentence's words before its verbs are read.
 *
 * @module
 */
import type {VerbDictionary} from "./dictionaries/verbs.js";
import {pastForm} from "./verbs.js";
import type {WordInfo, WordTable} from "./word-table.js";

/**
 * Whether the sentence may be a historic present: no verb in the past already ("signed a gas deal"), no quotation,
 * no verb of saying and no habit's adverb ("Officials say China invests … every year").
 */
export function mayTellHistoricPresent(text: string, tags: readonly string[], upper: readonly string[]): boolean {
  return (
    !tags.some((t, k) => t === "VBD" && !/^(WAS|WERE|HAD|DID)$/.test(upper[k]!)) &&
    !/["“”«»]|\b(?:says|said|say|saying|tells|told)\b|\b(?:every|each)\s+(?:year|month|week|day|time)\b|\b(?:usually|often|regularly|always|traditionally|normally|generally)\b/i.test(
      text
    )
  );
}

/**
 * Rewrites, in place, each present-tense verb of the dictionary that follows its subject (not a determiner's noun,
 * not after "to" or a modal) as its past form: the written word, its word-table entry, its upper case and its tag.
 */
export function readHistoricPresent(
  written: string[],
  tags: string[],
  upper: string[],
  infos: WordInfo[],
  table: WordTable,
  verbs: VerbDictionary
): void {
  for (let k = 1; k < tags.length; ++k) {
    // (after a name, a plural, a pronoun, an adverb, "and" or a comma: "a military parade" is a noun)
    if ((tags[k] !== "VBZ" && tags[k] !== "VBP") || !/^(NNP|NNPS|NNS|PRP|RB|CC|,)$/.test(tags[k - 1] ?? "")) continue;
    if (tags[k - 1] === "CC" && /^(DT|JJ|PRP\$|POS|CD|IN)$/.test(tags[k - 2] ?? "")) continue;
    // ("a gas deal": a noun phrase's head after a determiner or an adjective and a noun)
    if (/^(NNS|NN)$/.test(tags[k - 1] ?? "") && /^(DT|JJ|PRP\$|POS|CD|NN)$/.test(tags[k - 2] ?? "")) continue;
    if (/^(IS|ARE|AM|HAS|HAVE|DOES|DO)$/.test(upper[k]!)) continue;
    const base = verbs.forms.get(upper[k]!)?.find((f) => pastForm(upper[k]!, f.base))?.base;
    const past = base ? pastForm(upper[k]!, base) : undefined;
    if (!past) continue;
    const was = written[k]!;
    written[k] = /^\p{Lu}/u.test(was) ? past[0] + past.slice(1).toLowerCase() : past.toLowerCase();
    infos[k] = table.get(written[k]!);
    upper[k] = infos[k]!.upper;
    tags[k] = "VBD";
  }
}
