/** Double quotation marks a stored quote may already carry at its ends (“…”, "…", «…», „…“). */
const QUOTE_MARKS = /^[\s"“”„«»]+|[\s"“”„«»]+$/g;

/** A quote between exactly one pair of quotation marks, whether or not the stored text has its own. */
export function quoted(text: string): string {
  return `“${text.replace(QUOTE_MARKS, "")}”`;
}
