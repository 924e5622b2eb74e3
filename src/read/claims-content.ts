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
import {matchesOf} from "./each-match.js";

const DOCUMENT = String.raw`(?:agreements?|deals?|pacts?|contracts?|accords?|memorand(?:um|a)(?:\s+of\s+understanding)?|MOUs?|treat(?:y|ies)|protocols?|plans?|programmes?|programs?|road\s?maps?|concessions?|licen[cs]es?|schemes?|arrangements?)`;

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

/**
 * A paper's terms in a relative clause after its noun: "signed a memorandum of understanding, under which Geoscience
 * Australia will exchange survey data …", "a migration agreement under which German employers may recruit …". The
 * clause says what the paper sets down, as "under the agreement" opening a sentence does.
 */
const UNDER_WHICH = cue(
  new RegExp(
    String.raw`\b${DOCUMENT}\b[^.;:]{0,160}?\bunder\s+which\b[^.;:]*?\b(?:will|shall|would|may|can|(?:is|are)\s+to)\b`,
    "iu"
  )
);

/** A place's name after a verb of travel, at the clause's end or before its time, route or next clause. */
const PLACE = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?=\s*(?:[.,;]|$)|\s+(?:via|on|in|at|after|before|from|for|later|tomorrow|today|tonight|next|this|where|to|and)\b)`;
/**
 * A journey's next leg and a ceremony's roles, told in the future: "He will instead return to Tallinn via Warsaw", "is
 * expected to depart for Samarkand", "The minister will be accompanied by representatives of 14 businesses", "the forum
 * will be opened by the ambassador", "the dates will be agreed through diplomatic channels". A schedule, not a forecast
 * ("growth will return to 5%", "the recovery will be led by services" foresee: no place follows, no ceremony).
 */
const ITINERARY = cue(
  new RegExp(
    String.raw`\b(?:will|would|(?:is|are)\s+(?:expected|due|set|scheduled)\s+to)\s+(?:also\s+|then\s+|instead\s+|later\s+|now\s+|first\s+)?(?:(?:(?:return|travel\s+on|fly\s+on|go\s+on|move\s+on|proceed|head\s+on|fly)\s+to|(?:depart|leave)\s+for)\s+${PLACE}|return\s+home\b|be\s+(?:accompanied|joined)\s+by\b|be\s+(?:opened|closed|chaired|co-chaired|moderated)\s+by\s+(?:the\s+)?(?:\p{Lu}|[Pp]resident|[Pp]rime|[Mm]inister|[Aa]mbassador|[Hh]ead)|be\s+(?:led|headed)\s+by\s+(?:an?\s+|the\s+)?(?:\p{Lu}|deputy|minister|president|prime|ambassador|head|senior|vice))`,
    "u"
  )
);
const DATES_AGREED = cue(
  /\b(?:the\s+)?dates?\s+(?:of\s+[^,;]{1,60}?\s+)?(?:will|would)\s+be\s+(?:agreed|set|fixed|determined|coordinated|announced|confirmed)\b/iu
);

/**
 * A side's announced step, told in the future: sending a delegation, a mission or a team, opening an office, a consulate
 * or an embassy, presenting or funding a package, a study or a programme, launching flights, inviting a named party to
 * a meeting — "said LKAB would send a delegation to Astana in May", "the Commission will present a Global Gateway
 * package", "said the Czech Republic would open a trade office in Tashkent", "said SA would invite Kazakhstan to a G20
 * working group". What the side will do is its own decision (an event's business, a pledge or a promise), not what
 * anyone foresees; the object names the thing the step makes or sends. Not a refusal ("would not send a delegation"
 * binds, a commitment), nor a figure of speech whose object is no such thing ("would send a signal", "would open a new
 * chapter", "would invite questions"), nor an outcome ("trade will expand"), nor a step foreseen of a group counted
 * loosely ("Several Gulf investors would open offices in Tashkent within a year": others' acts, a forecast).
 */
const ANNOUNCED_STEP = cue(
  new RegExp(
    String.raw`(?<!\b(?:[Ss]everal|[Ss]ome|[Mm]any|[Mm]ore|[Oo]ther|[Ff]ew|[Mm]ost|[Nn]umerous|[Vv]arious|\d+)\s+(?:[\p{L}'’-]+\s+){0,3})\b(?:will|would|shall)\s+(?:also\s+|soon\s+|then\s+|now\s+|jointly\s+)?(?:(?:send|dispatch|open|present|unveil|launch|fund|finance|establish|set\s+up|expand)\s+(?:(?:a|an|the|its|their|his|her|our|two|three|several|new|first|second)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:delegations?|missions?|teams?|offices?|consulates?|consulates-general|embass(?:y|ies)|trade\s+houses?|representations?|branch(?:es)?|packages?|(?:feasibility\s+)?stud(?:y|ies)|programmes?|programs?|(?:direct\s+)?flights)\b|invite\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+to\s+(?:a|an|the|its|their|his|her)\s+)`,
    "u"
  )
);

/** The modals and phrases of a future a clause of the sentence may foresee with. */
const FUTURES =
  /\b(?:will|would|shall|may|can|won['’]t|wouldn['’]t)\b|\b(?:is|are)\s+(?:expected|due|set|scheduled)\s+to\b/gu;
const LEGS = [UNDER_WHICH, ITINERARY, DATES_AGREED].map((re) => new RegExp(re.source, `${re.flags}g`));

/**
 * A schedule's leg, a ceremony's role or a paper's terms hold every future of the sentence: "The envoy will fly to Lima
 * on Friday, and the talks will probably fail" still foresees in its second clause.
 */
function onlyScheduled(sentence: string): boolean {
  if (!UNDER_WHICH.test(sentence) && !ITINERARY.test(sentence) && !DATES_AGREED.test(sentence)) return false;
  const spans = LEGS.flatMap((re) => [...matchesOf(re, sentence)].map((m) => [m.index, m.index + m[0].length]));
  return [...matchesOf(FUTURES, sentence)].every((f) => spans.some(([a, b]) => f.index >= a! && f.index < b!));
}

/** Whether the sentence tells the content of an agreement or a plan (a plan, not a forecast). */
export function planContent(sentence: string): boolean {
  return (
    (UNDER_DOCUMENT.test(sentence) && FUTURE.test(sentence)) ||
    onlyScheduled(sentence) ||
    DOCUMENT_STIPULATES.test(sentence) ||
    DESCRIBED.test(sentence) ||
    COST.test(sentence) ||
    ANNOUNCED_STEP.test(sentence)
  );
}
