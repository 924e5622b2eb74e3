/**
 * A date told as the start of a period: inside a "since" phrase whose body is a clause of its own — a gerund opening
 * it ("on his first visit to India since taking office in September"), or a subject and a finite verb ("the first
 * meeting since relations soured in May 2023", "since he took office in March") — or the bare time itself ("since
 * 2019", "since September"). Such a time is when the period began, the time of the phrase's own happening; it dates no
 * act told outside the phrase ("pressed New Delhi …", "his first visit …"): those are dated as acts naming no date.
 * A noun after "since" with a date after it ("for the first time since the pandemic on 3 April") is left alone: the
 * date may be the act's.
 *
 * @module
 * @example
 * ```ts
 * const s = "The minister, on his first visit since taking office in September, pressed Delhi.";
 * sincePhrase(s, s.indexOf("in September")); // {start: 33, end: 65, bare: false}: "since taking office in September"
 * sincePhrase("The talks were held in May.", 15); // undefined
 * ```
 */

/** What ends a "since" phrase: a clause break. */
const BREAK = /[,;:()–—]|\s-\s/;
/**
 * The body of a "since" phrase up to a date inside it that is a clause of its own: a gerund right after "since", or
 * any words then a finite verb (a regular past, an English irregular past, "was"/"were").
 */
const CLAUSE =
  /^since\s+(?:[a-z]{2,}ing\s.*|(?:.*\s)?(?:[a-z]{3,}ed|came|went|began|fell|broke|took|met|rose|grew|won|lost|left|became|split|froze|sank|was|were|held|made|gave|sent|paid|saw)\s.*)$/i;
/** The body of a "since" phrase that is the date alone ("since 2019", "since early 2022", "since last year"). */
const BARE = /^since\s+(?:(?:early|mid|late)[-\s])?$/i;
/** A perfect: what it tells runs on from the start of the period ("has frozen the talks since 2024"). */
const PERFECT =
  /\b(?:has|have|had|'s|'ve|'d)\s+(?:(?:also|already|long|not|never|only|since|been)\s+)*[a-z]+(?:ed|en|wn|ne|ght|id|de|ld|nt|pt|ft|lt|un|ung|ook|ote|ove|ew)\b/i;

/** A "since" phrase: its span, and whether its body is the date alone. */
export interface SincePhrase {
  start: number;
  end: number;
  bare: boolean;
}

/**
 * The span of the "since" phrase holding the date that starts at character offset `at` of `text`, from "since" to the
 * next clause break (or the sentence's end); undefined when the date is not the start of a period told so.
 */
export function sincePhrase(text: string, at: number): SincePhrase | undefined {
  const before = text.slice(0, at);
  const m = /\bsince\b(?![\s\S]*\bsince\b)/i.exec(before);
  if (!m) return undefined;
  const body = before.slice(m.index);
  if (BREAK.test(body)) return undefined;
  const bare = BARE.test(body);
  if (!bare && !CLAUSE.test(body)) return undefined;
  const stop = BREAK.exec(text.slice(at));
  const end = stop ? at + stop.index : text.replace(/[.!?"”’']+\s*$/, "").length;
  return {start: m.index, end, bare};
}

/**
 * Whether the date at `at` starts a period told in a "since" phrase that does not hold the act's word at `word`: the
 * act lies before "since", or after the phrase's end. A bare date ("since 2019") in a sentence with a perfect keeps
 * dating the act, as a standing one (src/read/modality-status.ts reads those).
 */
export function sinceOtherAct(text: string, at: number, word: number): boolean {
  const p = sincePhrase(text, at);
  if (!p || (word >= p.start && word < p.end)) return false;
  if (!p.bare) return true;
  // (session 33) A perfect in a clause after the act's, past a break, is that clause's own: "Nurtleu assured him that
  // Kazakhstan would not …, a line Astana has repeated to every European visitor since 2022" (the assurance is not a
  // standing act begun in 2022).
  const between = word < p.start ? text.slice(word, p.start) : "";
  const cut = between.search(/[,;:()–—](?![\s\S]*[,;:()–—])/);
  return !PERFECT.test(cut >= 0 ? text.slice(0, word + cut) : text);
}
