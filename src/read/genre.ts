/**
 * What kind of piece a document is: an interview (questions and answers), news (a report that
 * quotes people: its narration reports, the claims are the speakers'), or an analysis (the author
 * argues: the author's own judgements are claims).
 *
 * @module
 */
import type {Paragraph} from "./article.js";
import {ISSUING_OFFICE, isOrganisation, readLeadDateline} from "./byline.js";
import type {Genre} from "./claims.js";
import type {Voice} from "./voices.js";

/** The signals {@link detectGenre} reads. */
export interface GenreSignals {
  interview: boolean;
  publisher?: string;
  author?: string;
  paragraphs: readonly Paragraph[];
  voices: readonly Voice[];
  /** The blocks after the body (an author's bio, references, a disclaimer mark an analysis). */
  footer: readonly {text: string}[];
  /** The page's headline as it sets it, with any rubric before it ("Analysis: …", "EDITORIAL: …"). */
  title?: string;
}

/**
 * The kind of argued piece a headline's rubric names: "EDITORIAL: The price of …", "Editorial | …" (the publication's
 * own view), "Analysis: With TAPI, …", "OPINION: …", "Comment | …", "Op-Ed: …", "Viewpoint — …" (a writer's). A page
 * that labels itself so argues in its narration however many people it quotes. The rubric is the headline's first word
 * before a colon, a bar or a dash; "Explainer", "Feature", "Interview" and "Report" name pieces that tell, not argue.
 */
export function argueRubric(title: string | undefined): "editorial" | "opinion" | undefined {
  const m =
    /^(editorial|our view|analysis|news analysis|opinion|commentary|comment|column|viewpoint|perspective|op-ed|guest column)\s*(?::|\s[|–—-])\s+["“‘'«]?\p{Lu}/iu.exec(
      title?.trim() ?? ""
    );
  if (!m) return undefined;
  return /^(?:editorial|our view)$/i.test(m[1]!) ? "editorial" : "opinion";
}

/**
 * Decides the genre: an interview when the metadata says so; an analysis when the headline's rubric says it argues
 * ({@link argueRubric}); news when a wire dateline opens the
 * story, the byline is an organisation's (not an issuing office's), or at least a fifth of the sentences are someone's
 * reported speech; otherwise an analysis (opinion, column, blog, report).
 */
export function detectGenre({interview, publisher, author, paragraphs, voices, footer, title}: GenreSignals): Genre {
  if (interview) return "interview";
  // (a headline's rubric of argument, "Analysis: …", "EDITORIAL: …", whatever the dateline or the share of speech)
  if (argueRubric(title)) return "analysis";
  const first = paragraphs[0]?.text ?? "";
  const lead = readLeadDateline(first);
  if (lead && (lead.date || lead.publisher)) return "news";
  // (speech read by the subject-shape fallback of session 15, "reported-subject", is left out: the shares below were set
  // with the attribution patterns, and a short analysis that reports one minister's words stays an analysis)
  const spoken = voices.filter(
    (v) => (v.kind === "quote" || v.kind === "reported") && v.rule !== "reported-subject"
  ).length;
  const analysisMarks = footer.some((b) =>
    /views expressed|opinions? expressed|references?|bibliography|is an? [^.]*\b(fellow|researcher|analyst|professor|scholar)\b/i.test(
      b.text
    )
  );
  if (analysisMarks) return "analysis";
  // (a newsletter that labels its own paragraphs as the writer's view, "Why it matters: …", "The bottom line: …", twice
  // or more argues: its narration's judgements are the writer's, however many people it quotes)
  if (voices.filter((v, i) => v.rule === "labelled-view" && voices[i - 1]?.rule !== "labelled-view").length >= 2)
    return "analysis";
  // (an office that issues the document, "Bureau of … Affairs", speaks in it: its judgements are claims)
  if (author && isOrganisation(author) && !ISSUING_OFFICE.test(author)) return "news";
  if (voices.length > 0 && spoken / voices.length >= 0.2) return "news";
  if (publisher && !author && spoken / Math.max(1, voices.length) >= 0.1) return "news";
  return "analysis";
}
