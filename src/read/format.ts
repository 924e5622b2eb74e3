/**
 * A document's format guessed from its name, then its content: apart from the reader so that a caller that only
 * routes documents (the ingest's writing thread, when reader threads read) does not load the reader.
 *
 * @module
 */

/** The formats the reader reads. */
export type DocumentFormat = "text" | "html" | "markdown";

/** Guesses a document's format from its name, then its content. */
export function detectFormat(name: string, text: string): DocumentFormat {
  if (/\.html?$/i.test(name)) return "html";
  if (/\.(md|markdown)$/i.test(name)) return "markdown";
  if (/\.txt$/i.test(name)) return "text";
  const head = text.slice(0, 2000);
  if (/<(!doctype html|html|body|article|p|div)[\s>]/i.test(head)) return "html";
  if (/^(---\n|#{1,6}\s)/.test(head) || /\n#{1,6}\s|\]\(https?:/.test(head)) return "markdown";
  return "text";
}
