/**
 * Whose future a reported clause tells: a side's act to come ("it would not sign …", "we will defend …"), whether it
 * binds the speaker's own side (a commitment or a pledge) or foresees an outcome (a forecast). Used by claims.ts.
 *
 * @module
 */
import {words} from "./word-set.js";

/** An outcome, not an act: "grow", "overtake", "become" — what a forecast says a side will reach. */
export const OUTCOME_VERB = String.raw`(?:grow|rise|fall|decline|drop|shrink|increase|decrease|double|triple|halve|overtake|outpace|outgrow|become|reach|exceed|surpass|top|hit|recover|rebound|remain|stay|slow|accelerate|expand|contract|win|succeed|fail|prosper|emerge)`;
/**
 * The subject of a reported clause about a side's future, where it stands: opening the sentence or the quotation, after
 * a verb of declaring ("said that …", "made it clear that …") or after "but"/"and" ("…, but it would not …").
 */
const OWN_BODY = String.raw`(?:[Tt]he|his|her|its|their)\s+(?:republic|country|government|bloc|union|company|bank|ministry|kingdom|state|consortium|corporation|alliance|organi[sz]ation|group)`;
/**
 * Declaring by answering or by assurance: "replied that Moscow would …", "had given assurances that it would not …"
 * (an answer or an assurance reports a declaration as "said" does).
 */
export const ANSWERED = String.raw`replied|replies|responded|responds|answered|answers|(?:gave|given|gives|give|giving|provided|offered)\s+(?:[\w-]+\s+){0,2}?assurances?`;
const SIDE_SUBJECT = String.raw`(?:it|they|we|he|she|I|[Oo]ur\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+|${OWN_BODY}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})`;
/** A subject that can only be the speaker's own side: a pronoun, "our …", "the republic", "its government". */
const OWN_SUBJECT = new RegExp(String.raw`^(?:it|they|we|he|she|I|[Oo]ur\s.+|${OWN_BODY})$`, "u");
const SIDE_FUTURE = new RegExp(
  String.raw`(?:^["“«]?|\b(?:said|says|stated|added|announced|declared|confirmed|insisted|assured|reiterated|${ANSWERED}|made\s+(?:it\s+)?clear|told\s+[^,.;"“]{1,40}?)\s+(?:(?:on|last|this|earlier|in)\s+\p{L}+(?:\s+\p{L}+)?\s+)?(?:that\s+)?|[,;]\s*(?:but|and|yet)\s+)(${SIDE_SUBJECT})\s+(will|would|shall)(?:,\s*(?:however|though|in turn|for (?:its|his|her|their) part),)?\s+(not\s+|never\s+)?(?:also\s+|further\s+|soon\s+|still\s+)?(\p{Ll}+)\b(?:\s+([\p{L}\p{N}$€£¥'’-]+))?`,
  "u"
);
/** "… intended to buy …, and would not sign …", "… wanted … but would not pay …": a second verb of the reported clause, its subject the clause's. */
const SIDE_SECOND = new RegExp(
  String.raw`\b(?:said|says|stated|added|announced|declared|confirmed|insisted|assured|reiterated|${ANSWERED}|made\s+(?:it\s+)?clear)\s+(?:(?:on|last|this|earlier|in)\s+\p{L}+(?:\s+\p{L}+)?\s+)?(?:that\s+)?(${SIDE_SUBJECT})\s+\p{Ll}+[^.;]{0,160}?,?\s+(?:and|but)\s+(will|would)\s+(not\s+|never\s+)(\p{Ll}+)\b(?:\s+([\p{L}\p{N}$€£¥'’-]+))?`,
  "u"
);
/** What no side does: being, having, needing, outcomes and states ("would not change", "will not win"). */
const NOT_AN_ACT = new RegExp(
  String.raw`^(?:be|have|need|see|know|get|find|lose|face|like|want|prefer|mind|matter|last|happen|work|change|meet|achieve|avoid|receive|complete|finish|attract|manage|gain|earn|record|post|survive|suffer|benefit|collapse|default|miss|${OUTCOME_VERB.slice(3, -1)})$`
);
/** Outcome verbs that also act on an object: "would increase gas supplies", "will double its purchases". */
const ACTS_ON = words(/^(?:increase|decrease|double|triple|halve|expand|slow|accelerate)$/);
/** Guarding ("would defend the interests of depositors", "will protect its citizens"): a side binds itself, as in a refusal. */
export const GUARD = words(/^(?:defend|protect|safeguard|uphold|guarantee)$/);
/** Keeping a course ("will keep working", "would continue to"): the golds read it as a forecast or as advice alike. */
const CONTINUATIVE = words(/^(?:keep|continue|remain|stay|try|seek|strive|hope|plan|intend|aim|expect)$/);
/** Words that do not stand as an outcome verb's object ("will increase by 5%", "would grow in 2026"). */
const NO_OBJECT =
  /^(?:by|to|in|at|on|from|further|sharply|steadily|significantly|slightly|again|soon|this|next|over|and|or|if|unless|when|[.,;:!?]?)$/i;
/**
 * A side's future act in a reported clause, and whether it binds the speaker's own side: its subject is "it", "we", "he",
 * "the republic", or a name the speaker's state or body stands for ("Kazakhstan would not …", said by a Kazakh minister).
 */
export function sideFuture(
  text: string,
  speaker: string | undefined,
  role: string | undefined,
  sideOf: ((name: string) => string | undefined) | undefined
): {negated: boolean; verb: string; act: boolean; bounded: boolean; quantity: boolean} | undefined {
  const m = SIDE_FUTURE.exec(text) ?? SIDE_SECOND.exec(text);
  if (!m || !speaker) return undefined;
  const subject = m[1]!;
  // (a conditional's main clause foresees: "Russia would respond if …")
  if (/\b(?:if|unless|provided|as long as)\b/i.test(text.slice(m.index))) return undefined;
  const own =
    OWN_SUBJECT.test(subject) ||
    (role !== undefined && role.includes(subject)) ||
    (sideOf !== undefined &&
      ((c) => c !== undefined && (c === sideOf(speaker) || (role !== undefined && c === sideOf(role))))(
        sideOf(subject)
      ));
  if (!own) return undefined;
  // ("would continue to protect …", "will keep defending …": a course kept whose act is guarding binds as guarding
  // does; any other course kept stays a course)
  const kept = /^(?:continue|keep)$/i.test(m[4]!)
    ? /^\s*(?:to\s+)?(\p{Ll}+?)(?:ing)?\b/u.exec(
        text.slice(m.index + m[0].length - (m[5]?.length ?? 0)).replace(/^to\s+/, "")
      )
    : null;
  const verb = kept && GUARD.test(kept[1]!) ? kept[1]!.toLowerCase() : m[4]!.toLowerCase();
  // ("would increase supplies" acts on something; "trade would increase by 5%" tells an outcome)
  const act = !NOT_AN_ACT.test(verb) || (ACTS_ON.test(verb) && !NO_OBJECT.test(m[5] ?? ""));
  // The clause after the verb, to the next clause's boundary: a time frame bounds a refusal into a foreseen failure
  // ("would not finish the dam before 2032"); a quantity makes a positive future a forecast or a target ("would
  // export 40 billion cubic metres by 2030"), not a pledge.
  const clause = text
    .slice(m.index + m[0].length - (m[5]?.length ?? 0))
    .split(/[;:]|,\s+(?:but|and|while|which)\s/)[0]!;
  return {
    negated: m[3] !== undefined,
    verb,
    act: act && !CONTINUATIVE.test(verb),
    bounded: TIME_FRAME.test(clause),
    // (review J2 residual: a giving or building verb with an amount, "would send 100,000 tonnes of wheat as aid", stays a
    // pledge; a market or output verb with one, "would export 40 billion cubic metres", or a deadline year foresees)
    quantity:
      (MARKET_VERB.test(verb) && /\d|\bper ?cent\b/.test(clause)) ||
      /\b(?:by|before|until)\s+(?:19|20)\d{2}\b/.test(clause)
  };
}
/** Verbs of output and trade, whose amounts are forecasts or targets: "produce", "export", "run a deficit". */
const MARKET_VERB = words(
  /^(?:produce|export|import|earn|run|reach|sell|buy|purchase|post|record|generate|ship|pump|mine|harvest|spend|borrow|owe|lose|save|cut)$/
);
/** A time frame: "this year", "before 2032", "by winter", "in the second half", "soon", "for now". */
const TIME_FRAME =
  /\b(?:(?:this|next|that) (?:year|month|week|season|winter|spring|summer|autumn|quarter)|soon|for now|yet|in time|in the (?:first|second) half|in the (?:near|coming|next)\b|(?:before|by|until|till|in|during) (?:the end of |early |late |mid-?)?(?:(?:19|20)\d{2}|winter|spring|summer|autumn|the (?:winter|spring|summer|autumn|elections?|deadline|summit)|January|February|March|April|May|June|July|August|September|October|November|December))/i;
