import {z} from "zod";
import {PeriodPrecision} from "./period.js";

/** A document: an article, a dataset, a pack file. `id` is derived from the content hash. */
export const Source = z.object({
  id: z.string().min(1),
  title: z.string().optional(),
  publisher: z.string().optional(),
  author: z.string().optional(),
  /** Publication date, YYYY-MM-DD: the first day of the month or year when only that is stated. */
  date: z.string().optional(),
  /** How precise `date` is ("No. 11 | March 2022" is a month's); absent: a day. */
  datePrecision: PeriodPrecision.optional(),
  /** Where it came from: a path, a URL, "pack:central-asia", "gdelt:<file>". */
  origin: z.string(),
  /** "text", "html", "markdown", "gdelt1", "gdelt2", "pack", "dataset" */
  format: z.string(),
  /** sha256 hex of the raw content. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The extracted body text (sentences' offsets point into it). */
  text: z.string().optional()
});
export type Source = z.infer<typeof Source>;

/**
 * Why a sentence did or did not give an event, a claim or a figure: the rules that fired, and for
 * what it did not give, the reasons (src/read/why.ts lists the vocabulary).
 */
export interface SentenceWhy {
  /** Rules of the events it gave. */
  events: string[];
  /** Rule of the claim it gave. */
  claim?: string;
  /** How many figures it gave. */
  figures?: number;
  /** Why no event or no claim: "question", "no-actor", "opinion", "fact", "undated" … */
  reasons: string[];
}

/** A sentence of a source with its character offsets into the source's body text. */
export interface Sentence {
  sourceId: string;
  index: number;
  start: number;
  end: number;
  text: string;
  /** What the reader made of it and why (set when read, stored with it). */
  why?: SentenceWhy;
}
