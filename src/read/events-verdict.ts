/**
 * A step judged in apposition: "Last year the US Treasury sanctioned several Kyrgyz firms, a step that Bishkek called
 * unjustified", "Four Kazakh companies were added to the EU's list in December, a step that the Kazakh foreign ministry
 * described as "regrettable"", "Zakharova warned that Armenia's flirtation with NATO would have consequences, a remark
 * that the Armenian Foreign Ministry called "unacceptable"". English sums up the clause before it in a noun after a
 * comma ("a step", "a move", "a remark") and tells in the noun's relative clause who judged what was done; a harsh
 * verdict there ("unjustified", "unacceptable", "regrettable") is the judge's criticism (111) of whoever did it, at the
 * time of the act judged (the gold of the build half dates the three so). The doer is the source of the act read in
 * the clause before the noun (src/read/document.ts); this module finds the noun, its judge and the verdict.
 *
 * Read only when the judge is a name the coder reads, right after "that" or "which", and the verdict's word is one of
 * the harsh words the naming verbs know (light-verbs.ts CRITICAL_WORDS, with "regrettable" and "deplorable"); a verdict
 * of praise, a verdict with no judge ("a step widely called unjustified"), a relative of another kind ("a step that
 * helped X") and a judge inside a clause of its own are none.
 *
 * @module
 */
import type {AnaphoraMention} from "./anaphora.js";
import {CRITICAL_WORDS} from "./light-verbs.js";

/** The summing noun's judge and where the noun stands. */
export interface JudgedStep {
  /** The judge's code. */
  judge: string;
  /** Where the summing noun's phrase starts (its comma): the act judged is told before it. */
  at: number;
  /** The verdict's word, upper case. */
  word: string;
}

/** ", a step that", ", a move which", ", a remark that": a noun summing up the clause before it, then its relative. */
const SUMMING = new RegExp(
  String.raw`,\s+an?\s+(?:[\p{Ll}-]+\s+)?(?:step|steps|move|moves|decision|measure|measures|remark|remarks|statement|comment|comments|action|listing|designation|ruling)\s+(?:that|which)\s+`,
  "gu"
);
/** The naming verb after the judge, and the verdict's first words. */
const VERDICT = new RegExp(
  String.raw`^\s+(?:has\s+|had\s+|have\s+)?(?:called|described\s+as|termed|labelled|labeled|branded|denounced\s+as|condemned\s+as|dismissed\s+as|criticised\s+as|criticized\s+as)\s+["“«'‘]?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)`,
  "u"
);
/** Harsh verdicts the naming verbs' list lacks (a state's formal regret is a criticism). */
const REGRET = /^(?:REGRETTABLE|DEPLORABLE|UNHELPFUL|UNWELCOME|UNFORTUNATE)$/;

/** `text`'s first step judged harshly in apposition, with its judge named, or undefined. */
export function judgedStep(text: string, mentions: readonly AnaphoraMention[]): JudgedStep | undefined {
  // (most sentences have no such apposition: one substring search before the patterns)
  if (
    !/ (?:that|which) /.test(text) ||
    !/\b(?:called|described|termed|labell?ed|branded|denounced|condemned|dismissed|critici[sz]ed)\b/.test(text)
  )
    return undefined;
  SUMMING.lastIndex = 0;
  for (let hit = SUMMING.exec(text); hit; hit = SUMMING.exec(text)) {
    const from = hit.index + hit[0].length;
    // (the judge: a name right after the relative word, "the" allowed before it; its phrase runs to the naming verb)
    const judge = mentions.find(
      (m) => m.start >= from && m.start <= from + 4 && /^(?:the\s+)?$/i.test(text.slice(from, m.start))
    );
    if (!judge) continue;
    const rest = text.slice(judge.end);
    const verbAt = rest.search(
      /\s(?:has\s+|had\s+|have\s+)?(?:called|described|termed|labell?ed|branded|denounced|condemned|dismissed|critici[sz]ed)\b/
    );
    if (verbAt < 0 || verbAt > 40 || /[,;:()]/.test(rest.slice(0, verbAt))) continue;
    const verdict = VERDICT.exec(rest.slice(verbAt));
    if (!verdict) continue;
    const word = verdict[1]!
      .toUpperCase()
      .split(/\s+/)
      .find((w) => CRITICAL_WORDS.test(w) || REGRET.test(w));
    if (!word) continue;
    return {judge: judge.code, at: hit.index, word};
  }
  return undefined;
}
