/**
 * Who speaks in each sentence: in an interview, questions are the journalist's and answers the
 * interviewee's; a quotation belongs to whoever the attribution names ("…,” the expert notes);
 * "According to X, …" and "X believes that …" report X's view; the rest is the author's narration.
 *
 * @module
 */
import type {Paragraph} from "./article.js";
import type {Expert} from "./metadata.js";
import type {TextSentence} from "./sentences.js";

export type VoiceKind = "question" | "answer" | "quote" | "reported" | "narration";

/** The voice of one sentence. */
export interface Voice {
  kind: VoiceKind;
  /** The person speaking, when known. */
  speaker?: string;
  /** The speaker's role or affiliation, when known. */
  role?: string;
  /** What assigned it: "interview-question", "interview-answer", "quote-attribution", "according-to" … */
  rule: string;
}

export interface VoiceOptions {
  interview?: boolean;
  experts?: readonly Expert[];
  /** The byline: the journalist (interviews) or the author (essays). */
  author?: string;
}

const SAY =
  "(?:says|said|notes|noted|adds|added|believes|believed|stresses|stressed|explains|explained|concludes|concluded|points out|pointed out|summarizes|summarised|summarized|emphasizes|emphasized|emphasised|told|tells|wrote|writes|argues|argued|thinks|claims|claimed|recalls|recalled|remarks|remarked|continues|continued|warns|warned|according to)";
const ROLE_NOUNS =
  "(?:him|her|the expert|the analyst|the political scientist|the political analyst|the speaker|the professor|the researcher|the scholar|the economist|the interviewee|he|she)";
const SUBJECT = `(${ROLE_NOUNS}|\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})`;
/** `“…,” the expert notes` / `“…,” Abishev says` (attribution after a closing quote). */
const AFTER_QUOTE = new RegExp(`[,.!?]?["”]\\s*,?\\s*${SUBJECT}\\s+${SAY}\\b`, "u");
/** `Abishev says: “…”` / `Tokayev also wrote that “…”` (attribution before an opening quote). */
const BEFORE_QUOTE = new RegExp(`${SUBJECT}\\s+(?:also\\s+)?${SAY}(?:\\s+that)?\\s*[:,]?\\s*["“]`, "u");
/** `According to Abishev, …` */
const ACCORDING = new RegExp(`^(?:[\\p{L}]+,\\s+)?according to ${SUBJECT}\\b`, "iu");
/** `Abishev believes that …` / `he notes that …` / `…, the expert believes.` */
const REPORTED = new RegExp(
  `(?:^|,\\s*)${SUBJECT}\\s+(?:also\\s+)?(?:believes|notes|says|said|thinks|stresses|argues|points out|emphasizes|warns|is convinced|is sure)(?:\\s+that)?\\b`,
  "u"
);
const REPORTED_END = new RegExp(`,\\s*${SUBJECT}\\s+${SAY}\\.?$`, "u");
const PRONOUNS = /^(the |he$|she$)/i;

/** Assigns a voice to every sentence of the body. `paragraphOf[i]` is sentence i's paragraph index. */
export function assignVoices(
  sentences: readonly TextSentence[],
  paragraphs: readonly Paragraph[],
  body: string,
  options: VoiceOptions = {}
): Voice[] {
  const experts = options.experts ?? [];
  const main = experts[0];
  const resolve = (subject: string): {speaker?: string; role?: string} => {
    if (PRONOUNS.test(subject)) return main ? {speaker: main.name, ...(main.role ? {role: main.role} : {})} : {};
    const e = experts.find((x) => x.name === subject || x.name.split(/\s+/).includes(subject));
    return e ? {speaker: e.name, ...(e.role ? {role: e.role} : {})} : {speaker: subject};
  };
  const paraOf = (s: TextSentence) => paragraphs.findIndex((p) => s.start >= p.start && s.end <= p.end);
  const quotes = quoteSpans(body);
  const voices: Voice[] = [];
  let answering = false;
  let lastPara = -1;
  let paraSpeaker: {speaker?: string; role?: string} | undefined;
  for (const s of sentences) {
    const pi = paraOf(s);
    const p = paragraphs[pi];
    if (pi !== lastPara) {
      lastPara = pi;
      paraSpeaker = undefined;
      if (p && options.interview) {
        const isQuestion = isQuestionParagraph(p);
        if (isQuestion) answering = false;
        else if (p.marker === "dash" || answering) answering = true;
      }
    }
    const question = p && options.interview && isQuestionParagraph(p);
    if (question) {
      voices.push({kind: "question", ...(options.author ? {speaker: options.author} : {}), rule: "interview-question"});
      continue;
    }
    if (answering && main) {
      voices.push({
        kind: "answer",
        speaker: main.name,
        ...(main.role ? {role: main.role} : {}),
        rule: "interview-answer"
      });
      continue;
    }
    const inQuote = quotes.some((q) => s.start < q.end && s.end > q.start && overlap(s, q) > (s.end - s.start) / 2);
    if (inQuote) {
      const attr = AFTER_QUOTE.exec(s.text) ?? BEFORE_QUOTE.exec(s.text);
      if (attr) paraSpeaker = resolve(attr[1]!);
      else if (!paraSpeaker && p) {
        // The attribution may sit in a later sentence of the same paragraph.
        const m =
          AFTER_QUOTE.exec(p.text) ?? BEFORE_QUOTE.exec(body.slice(Math.max(0, p.start - 300), p.start) + p.text);
        if (m) paraSpeaker = resolve(m[1]!);
      }
      if (!paraSpeaker && main && options.interview) {
        voices.push({
          kind: "quote",
          speaker: main.name,
          ...(main.role ? {role: main.role} : {}),
          rule: "quote-main-expert"
        });
        continue;
      }
      voices.push({kind: "quote", ...(paraSpeaker ?? {}), rule: attr ? "quote-attribution" : "quote-paragraph"});
      continue;
    }
    const rep = ACCORDING.exec(s.text) ?? REPORTED.exec(s.text) ?? REPORTED_END.exec(s.text);
    if (rep && (experts.length > 0 || !PRONOUNS.test(rep[1]!))) {
      const who = resolve(rep[1]!);
      if (who.speaker) {
        voices.push({kind: "reported", ...who, rule: "reported-speech"});
        continue;
      }
    }
    voices.push({kind: "narration", ...(options.author ? {speaker: options.author} : {}), rule: "narration"});
  }
  return voices;
}

/** A paragraph that only asks: every sentence ends with "?". */
function isQuestionParagraph(p: Paragraph): boolean {
  const t = p.text.trim();
  if (!/\?["”]?$/.test(t)) return false;
  return p.marker === "dash" || t.length < 400;
}

function overlap(a: {start: number; end: number}, b: {start: number; end: number}): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Spans of quoted speech: “…” pairs, and "…" pairs of at least a few words. */
export function quoteSpans(text: string): {start: number; end: number}[] {
  const out: {start: number; end: number}[] = [];
  const re = /“[^”]{20,}?(?:”|(?=\n\n)|$)|"[^"\n]{40,}?"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({start: m.index, end: m.index + m[0].length});
  return out;
}
