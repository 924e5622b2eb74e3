/**
 * A promise to hear a request told with the attitude it will be heard in: "Astana would give the request "careful and
 * favorable consideration"", "the government would review the requests positively", "had promised to study the
 * request with sympathy", "will look into the proposal with great interest". English diplomacy's way of answering a
 * request without granting it: no act is promised (the request is neither granted nor refused), only how it will be
 * weighed, so it is no commitment and no plan; the golds read it as the speaker's forecast of how the request will fare
 * (blind28–blind30). Used by claims.ts.
 *
 * Without a word of attitude ("Japan would consider the invitation", "said it would study the proposal") the sentence
 * tells a step to come, as before (a plan, no claim); nor a study of a project ("would study the feasibility of the
 * railway"), whose object is no request.
 *
 * @module
 */
import {cue} from "./cue.js";

/** The attitude as an adjective of "consideration": "due", "careful and favorable", "serious". */
const ATTITUDE = String.raw`(?:due|careful|serious|positive|favou?rable|sympathetic|close|thorough|earnest|proper)`;
/** The attitude as an adverb or a phrase of manner: "positively", "with sympathy", "with great interest". */
const MANNER = String.raw`(?:carefully|seriously|positively|favou?rably|sympathetically|earnestly|with\s+(?:great\s+|much\s+|the\s+utmost\s+|due\s+|all\s+due\s+)?(?:sympathy|interest|attention|understanding|care|favou?r))`;
/** What is heard: a request or a proposal, or a pronoun standing for one. */
const REQUEST = String.raw`(?:(?:the|this|that|these|those|its|their|his|her|our|your|such|any)\s+(?:[\p{L}-]+\s+){0,2}?(?:requests?|proposals?|invitations?|applications?|offers?|ideas?|matters?|issues?|initiatives?|questions?|suggestions?|appeals?|bids?|candidac(?:y|ies))|it|them)`;
const HEAR = String.raw`(?:consider|study|review|examine|look\s+(?:in)?to|look\s+at|weigh|treat)`;

export const CONSIDERATION = cue(
  new RegExp(
    String.raw`\b((?:would|will|shall|to)\s+(?:(?:give|accord|pay)\s+(?:${REQUEST}\s+)?["“]?(?:${ATTITUDE}\s+(?:and\s+)?)+consideration|(?:${MANNER}\s+)?${HEAR}\s+${REQUEST}\b(?:\s+[\p{L}-]+){0,6}?\s+["“]?${MANNER}|${MANNER}\s+${HEAR}\s+${REQUEST}))\b`,
    "iu"
  )
);
