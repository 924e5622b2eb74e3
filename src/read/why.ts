/**
 * Why each sentence did or did not give an event, a claim or a figure, in words a reader can check
 * against the sentence: the rules that fired, or the reasons (shared with the event coder's
 * modality filter, see /work/notes on issue #10):
 *
 * | reason | meaning |
 * | --- | --- |
 * | question | a question (an interviewer's, or rhetorical): neither an event nor a claim |
 * | no-coder | read without the event coder (`--no-coder`) |
 * | no-actor | names no actor |
 * | one-actor | names one actor: no dyad |
 * | no-verb | names two actors or more, but no verb the coder knows links them |
 * | opinion | a judgement, forecast or recommendation: a claim, not an event |
 * | negation, hypothetical, generic, planned, undated | from the coder's modality filter and dating |
 * | no-cue | no judgement, forecast or recommendation: not a claim |
 * | fact | reports a happening: not a claim |
 * | no-speaker | a quotation nobody is named for |
 * | too-short | too short to be a claim |
 * | heading | a subheading (a short line with no closing punctuation): not a sentence that argues |
 *
 * @module
 */
import type {Claim, Event, Figure, SentenceWhy} from "../domain/index.js";
import type {NoClaimReason} from "./claims.js";
import type {Voice} from "./voices.js";

/** What one sentence gave, as {@link explainSentence} needs it. */
export interface SentenceReading {
  voice?: Voice;
  /** Whether the event coder read the sentence. */
  coded: boolean;
  /** Distinct actor codes named (agents like "businesses" left out). */
  actors: number;
  events: readonly Event[];
  /** Reasons the coder gave for events it dropped (negation, hypothetical …). */
  dropped?: readonly string[];
  claim?: Claim;
  noClaim?: NoClaimReason;
  figures: readonly Figure[];
}

/** Explains one sentence: rules that fired, and the reasons for what it did not give. */
export function explainSentence(r: SentenceReading): SentenceWhy {
  const reasons: string[] = [];
  const question = r.voice?.kind === "question" || r.noClaim === "question";
  if (question) reasons.push("question");
  if (r.events.length === 0 && !question) {
    if (!r.coded) reasons.push("no-coder");
    else if (r.dropped?.length) reasons.push(...new Set(r.dropped));
    else if (r.actors === 0) reasons.push("no-actor");
    else if (r.actors === 1) reasons.push("one-actor");
    else reasons.push(r.claim ? "opinion" : "no-verb");
  }
  if (r.events.some((e) => !e.date)) reasons.push("undated");
  if (!r.claim && r.noClaim && r.noClaim !== "question") reasons.push(r.noClaim);
  return {
    events: r.events.map((e) => `${e.source}→${e.target} ${e.code} ${e.rule ?? ""}`.trim()),
    ...(r.claim?.rule ? {claim: r.claim.rule} : {}),
    ...(r.figures.length ? {figures: r.figures.length} : {}),
    reasons: [...new Set(reasons)]
  };
}
