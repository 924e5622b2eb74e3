/**
 * A signpost: a short sentence that announces what the next sentences will say, and says nothing itself — "I see three
 * lessons.", "Three caveats are in order.", "Two considerations seem to have weighed most.", "The reasons are not
 * mysterious.", "My forecast is cautious." Its noun points forward (a count of points to come, the reasons, the
 * writer's forecast); the judgement, forecast or advice is in the sentences it announces, which are the claims.
 *
 * @module
 */

const COUNT = String.raw`(?:two|three|four|five|six|seven|several|a\s+few|a\s+couple\s+of)`;
/** Nouns of the points a text lists: lessons, reasons, caveats, considerations, things … */
const POINT_NOUN = String.raw`(?:lessons?|considerations?|reasons?|points?|things|questions?|caveats?|factors?|conclusions?|observations?|takeaways?|scenarios?|options?|steps?|problems?|risks?|explanations?|trends?|forces|obstacles?|differences?|features?|arguments?|objections?|implications?|priorities|ideas?|issues?|changes?|possibilities|paths?|ways?)`;

/** "I see three lessons.", "We would draw two conclusions:", "I can identify several reasons." */
const ANNOUNCED_BY_WRITER = new RegExp(
  String.raw`^(?:I|We)\s+(?:(?:would|can|could|will|want\s+to|wish\s+to)\s+)?(?:see|have|draw|offer|propose|identify|suggest|note|make|list|count|single\s+out)\s+${COUNT}\s+(?:[\p{Ll}-]+\s+)?${POINT_NOUN}\s*[.:]$`,
  "iu"
);
/** "Three lessons stand out.", "Three caveats are in order.", "Two considerations seem to have weighed most." */
const COUNT_STANDS_OUT = new RegExp(
  String.raw`^${COUNT}\s+(?:[\p{Ll}-]+\s+)?${POINT_NOUN}\s+(?:stand\s+out|are\s+in\s+order|follow|come\s+to\s+mind|deserve\s+(?:attention|mention)|are\s+worth\s+(?:noting|mentioning)|(?:seem|appear)\s+to\s+(?:have\s+)?[\p{Ll}]+(?:\s+(?:most|more|heaviest|hardest))?|would\s+help|matter(?:\s+most)?|are\s+(?:at\s+work|at\s+play|involved))\s*[.:]$`,
  "iu"
);
/** "The reasons are not mysterious.", "My forecast is cautious.", "The explanation is simple." */
const FORWARD_SUBJECT = new RegExp(
  String.raw`^(?:The|My|Our)\s+(?:reasons?|forecast|prognosis|explanation|conclusion|prediction|expectations?)\s+(?:is|are)\s+(?:not\s+|quite\s+|rather\s+|fairly\s+|more\s+)?(?!(?:no|yes|wrong|right|correct)\b)[\p{Ll}-]+\s*[.:]$`,
  "u"
);

/** Whether the sentence is a signpost announcing the points that follow (no claim of its own). */
export function isSignpost(sentence: string): boolean {
  const t = sentence.trim();
  return ANNOUNCED_BY_WRITER.test(t) || COUNT_STANDS_OUT.test(t) || FORWARD_SUBJECT.test(t);
}
