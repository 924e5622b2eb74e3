/**
 * The content of an agreement or a plan, told in the future: what a contract, a treaty or a project sets down, not what
 * anyone foresees — "Mongolian freight will cross the Altai under an intergovernmental agreement", "Botas will receive
 * up to 1.3 bcm a year under the contract", "The framework agreement foresees a track from Termez to Peshawar", "The
 * plant will consist of six reactors and will be built by Rosatom", "The section is expected to cost about $1bn". A
 * forecast says what will happen beyond what was agreed or drawn up ("The deal will strengthen Beijing's hand").
 *
 * @module
 */
import {cue} from "./cue.js";

const DOCUMENT = String.raw`(?:agreements?|deals?|contracts?|accords?|memorand(?:um|a)(?:\s+of\s+understanding)?|MOUs?|treat(?:y|ies)|protocols?|plans?|programmes?|programs?|road\s?maps?|concessions?|licen[cs]es?|schemes?|arrangements?)`;

/** "under the contract", "under an intergovernmental agreement", "in line with the roadmap", "as part of the deal". */
const UNDER_DOCUMENT = cue(
  new RegExp(
    String.raw`\b(?:under|according\s+to|in\s+line\s+with|as\s+part\s+of|in\s+accordance\s+with)\s+(?:one\s+of\s+)?(?:the|an?|this|that|these|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?${DOCUMENT}\b`,
    "iu"
  )
);
/** A future in the sentence: the content is told as still to be carried out. */
const FUTURE = /\b(?:will|shall|would|(?:is|are)\s+to)\b/i;
/** A document as the subject of a verb of stipulating: "The framework agreement (on the line, which …,) foresees …". */
const DOCUMENT_STIPULATES = cue(
  new RegExp(
    String.raw`\b${DOCUMENT}(?:\s+(?:on|for|with|between|of)\s+[^,.;]{1,60}?)?(?:,[^,]{1,120},)?\s+(?:also\s+)?(?:foresees?|envisages?|envisions?|provides?\s+for|stipulates?|sets?\s+out|calls?\s+for)\b`,
    "iu"
  )
);
/** A planned object's description: "will consist of", "will be built by", "will have a capacity of". */
const DESCRIBED = cue(
  /\b(?:will|would|is\s+to|are\s+to)\s+(?:consist\s+of|comprise|be\s+(?:built|operated|financed|funded|run|managed|owned|equipped|constructed)\s+by|have\s+(?:a|an)\s+(?:\p{Ll}+\s+)?capacity\s+of|be\s+located\s+(?:in|at|near))\b/iu
);
/** A cost estimate with its amount: "is expected to cost about $1bn", "will cost 2 billion euros". */
const COST = cue(
  /\b(?:will|would|(?:is|are)\s+(?:expected|estimated|projected|set)\s+to)\s+cost\s+(?:(?:about|around|roughly|some|up\s+to|at\s+least|more\s+than|over|nearly|almost|an\s+estimated)\s+)?(?:[$€£¥]|US\$|\d)/iu
);

/** Whether the sentence tells the content of an agreement or a plan (a plan, not a forecast). */
export function planContent(sentence: string): boolean {
  return (
    (UNDER_DOCUMENT.test(sentence) && FUTURE.test(sentence)) ||
    DOCUMENT_STIPULATES.test(sentence) ||
    DESCRIBED.test(sentence) ||
    COST.test(sentence)
  );
}
