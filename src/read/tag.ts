/**
 * A light part-of-speech tagger for the hot path of raw-text coding: a closed-class lexicon, the verb
 * dictionary's word forms, capitalization and suffixes give Penn Treebank tags. Much faster than a
 * statistical tagger, and good enough to tell names, verbs and function words apart.
 *
 * @module
 */
import type {VerbDictionary} from "./dictionaries/verbs.js";
import {charCodeAt} from "./char-code.js";

const CLOSED = new Map<string, string>();
const add = (tag: string, words: string) => {
  for (const w of words.split(" ")) CLOSED.set(w, tag);
};
add("DT", "THE A AN THIS THAT THESE THOSE EACH EVERY NO ANY SOME ALL BOTH ANOTHER");
add(
  "IN",
  "OF IN ON AT BY FOR FROM WITH ABOUT AGAINST BETWEEN INTO THROUGH DURING BEFORE AFTER ABOVE BELOW OVER UNDER AMONG SINCE UNTIL WITHOUT WITHIN ALONG ACROSS BEHIND BEYOND NEAR UPON TOWARD TOWARDS VIA DESPITE AMID IF WHILE BECAUSE ALTHOUGH THOUGH WHETHER AS THAN"
);
add("PRP", "I YOU HE SHE IT WE THEY ME HIM HER US THEM");
add("PRP$", "ITS THEIR HIS OUR MY YOUR");
add("MD", "WILL WOULD CAN COULD MAY MIGHT SHALL SHOULD MUST");
add("CC", "AND OR BUT NOR");
add("TO", "TO");
add("WDT", "WHICH WHO WHOM WHOSE WHAT");
add("RB", "NOT N'T ALSO ALREADY STILL JUST NOW THEN HERE THERE VERY SOON AGAIN YESTERDAY TODAY");
add("VBZ", "IS HAS DOES");
add("VBP", "ARE AM HAVE DO");
add("VBD", "WAS WERE HAD DID");
add("VBN", "BEEN");
add("VB", "BE");
add("VBG", "BEING");
add("POS", "'S ’S");
add("NNP", "MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY");

const NOUN_CONTEXT = new Set(["DT", "JJ", "PRP$", "POS", "CD"]);

/** The closed-class tag of an upper-case word (DT, IN, PRP, MD …), if it has one. */
export function closedTag(upper: string): string | undefined {
  return CLOSED.get(upper);
}

/**
 * Whether a word is one of a dictionary's verb forms, remembered per dictionary in a bounded map: the forms map is
 * large (its lookups miss the cache), a text's words are few and repeated.
 */
const formMemo = new WeakMap<VerbDictionary, Map<string, boolean>>();
const FORM_MEMO_MAX = 50_000;

function verbFormTest(verbs: VerbDictionary): (u: string) => boolean {
  let memo = formMemo.get(verbs);
  if (!memo) formMemo.set(verbs, (memo = new Map()));
  const m = memo;
  return (u) => {
    let is = m.get(u);
    if (is === undefined) {
      is = verbs.forms.has(u);
      if (m.size >= FORM_MEMO_MAX) m.clear();
      m.set(u, is);
    }
    return is;
  };
}

/**
 * Tags tokens with Penn Treebank tags using the lexicon, the verb dictionary and word shape (`upper`: the words
 * upper-cased, when the caller has them; `known`: each word's closed-class tag and whether it is one of `verbs`'
 * forms, when the caller has them from its word table).
 */
export function tagTokens(
  words: readonly string[],
  verbs?: VerbDictionary,
  upper?: readonly string[],
  known?: readonly {closed: string | undefined; form: boolean}[]
): string[] {
  const tags: string[] = [];
  const isForm = verbs && !known ? verbFormTest(verbs) : undefined;
  for (let i = 0; i < words.length; ++i) {
    const w = words[i]!;
    const u = upper?.[i] ?? w.toUpperCase();
    let tag = known ? known[i]!.closed : CLOSED.get(u);
    if (!tag) {
      const c = charCodeAt.call(w, 0);
      const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
      if (!letter) {
        if (c >= 48 && c <= 57) tag = "CD";
        else if (w === ".") tag = ".";
        else if (w === ",") tag = ",";
        else if (/^[!?]$/.test(w)) tag = ".";
        else if (/^[;:–—-]$/.test(w)) tag = ":";
        else if (/^["“”'‘’`]+$/.test(w)) tag = "``";
        else if (/^[()[\]]$/.test(w)) tag = w === "(" || w === "[" ? "-LRB-" : "-RRB-";
        else tag = "SYM";
      } else {
        const prev = tags[i - 1] ?? "";
        const capital = (c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(w));
        let verbish =
          !(capital && i > 0) &&
          !NOUN_CONTEXT.has(prev) &&
          (known ? verbs !== undefined && known[i]!.form : isForm?.(u) === true);
        if (verbish && !u.endsWith("ED")) {
          // Nouns that look like verbs: "demands of", "a U.S. request", "the Israeli changes".
          const next = upper ? upper[i + 1] : words[i + 1]?.toUpperCase();
          if (next === "OF" || (prev === "NNP" && NOUN_CONTEXT.has(tags[i - 2] ?? ""))) verbish = false;
        }
        if (verbish)
          tag = u.endsWith("ING")
            ? "VBG"
            : u.endsWith("ED")
              ? prev.startsWith("VB")
                ? "VBN"
                : "VBD"
              : u.endsWith("S")
                ? "VBZ"
                : prev === "TO" || prev === "MD"
                  ? "VB"
                  : "VBP";
        else if (capital) tag = "NNP";
        else if (u.endsWith("LY")) tag = "RB";
        else if (/(OUS|IVE|AL|IC|ABLE|IBLE|FUL|LESS)$/.test(u)) tag = "JJ";
        else tag = u.endsWith("S") ? "NNS" : "NN";
      }
    }
    tags.push(tag);
  }
  return tags;
}
