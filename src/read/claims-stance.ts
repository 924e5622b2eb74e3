/**
 * A side's standing position told in reported speech: "noted that relations between the two peoples rest on common
 * history", "repeated that the door to full membership remained open", "said Uzbekistan wished to learn from
 * Vietnam's experience", "added that Bishkek did not intend to choose between Russia, China and the West", "said the
 * Philippines welcomed closer ties", "assured her that Bishkek complied with its international obligations", "said
 * that Mexico was following Kazakhstan's experience … with great interest", "said they were already cooperating".
 * English reports a speaker's view of where a side stands with a verb of stance (intending, wishing, welcoming,
 * supporting, complying, resting on, remaining open, following with interest) as the reported clause's own verb: no
 * act is reported (nobody did anything on a day), and no word of judgement is needed for it to be the speaker's
 * assessment of how things stand. Used by claims.ts for reported speech that carries no other cue.
 *
 * Not an act or a plan: a stance verb after a modal or inside an infinitive is another's pledge or request ("said
 * Austria would support the bid", "said Lazaro asked Kazakhstan to support …"), an intention with an amount or a date
 * is a target or a schedule ("said both sides wanted to raise trade to USD 300 million by 2027", "stated that Japan
 * intends to dispatch a mission in May").
 *
 * @module
 */
import {cue} from "./cue.js";

/** Verbs of saying that report a clause: "said", "noted that", "assured her that", "told reporters". */
const SAYING = String.raw`(?:said|says|noted|notes|added|adds|stressed|repeated|reiterated|insisted|stated|emphasi[sz]ed|underlined|confirmed|explained|replied|recalled|pointed\s+out|assured(?:\s+(?:him|her|them|us|the\s+[\p{L}-]+))?|told\s+[^,.;"“]{1,40}?)`;
/** The reported clause's subject: a few words, none a modal, an auxiliary of the past or a verb of asking. */
const SUBJECT = String.raw`(?:(?!(?:would|will|could|can|should|may|might|must|asked|urged|invited|called|to|had|has|have|not)\b)[\p{L}'’-]+\s+){1,6}?`;
/** The stance: an intention, a welcome or a support, compliance, a footing, a course kept, an openness. */
const STANCE = String.raw`(?:(?:also|still|firmly|fully|strongly|already)\s+)?((?:(?:did|does|do)\s+not\s+)?(?:intend(?:s|ed)?|wish(?:es|ed)?|want(?:s|ed)?|seeks?|sought|prefer(?:s|red)?)\s+to|welcome[sd]?|support(?:s|ed)?|oppose[sd]?|respect(?:s|ed)?|values|valued|appreciate[sd]?|compl(?:y|ies|ied)\s+with|adhere[sd]?\s+to|rest(?:s|ed)?\s+on|remain(?:s|ed)?\s+(?:open|committed|interested|convinced)|(?:is|was|are|were)\s+(?:already\s+|still\s+)?(?:following|cooperating|dealing|committed|interested))\b`;

export const STATED_STANCE = cue(new RegExp(String.raw`\b${SAYING}\s+(?:that\s+)?${SUBJECT}${STANCE}`, "iu"));
