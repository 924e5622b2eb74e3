/**
 * Word counts as `text.split(/\s+/).length` gives them, found without building the pieces: the reader asks only
 * whether a sentence or block has fewer than a few words, for every sentence of every document.
 *
 * @module
 */

const SPACE_RUN = /\s+/g;

/** Whether `text.split(/\s+/).length < n`: the text has fewer than n − 1 runs of white space. */
export function piecesBelow(text: string, n: number): boolean {
  let runs = 0;
  SPACE_RUN.lastIndex = 0;
  while (runs < n - 1 && SPACE_RUN.exec(text) !== null) ++runs;
  return runs < n - 1;
}
