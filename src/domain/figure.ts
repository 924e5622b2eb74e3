import {z} from "zod";

/**
 * An amount read from a document: "the total trade turnover … reached $42.3 billion in 2023",
 * "four nuclear-armed states", "30 percent of its exports". A candidate indicator, with its
 * provenance (source, sentence offsets, quote): nothing here is checked against a dataset.
 */
export const Figure = z.object({
  id: z.string(),
  sourceId: z.string(),
  /** The number as written, scaled by words like "billion" left apart: 42.3 for "$42.3 billion". */
  value: z.number(),
  /** The unit with its scale, as the text gives it: "billion USD", "%", "tonnes", "states", "ordinal". */
  unit: z.string().min(1),
  /** `value` times the scale word (42.3e9 for "$42.3 billion"); equals `value` when there is none. */
  amount: z.number(),
  /** What is counted or measured, in the text's words. */
  what: z.string(),
  /**
   * The year the figure refers to: said in the sentence or counted from the article's date ("last year"), carried from
   * a dated statistic just before, the year heading the sentence stands under, or (an amount, share or measure of the
   * present, no target) the article's own year; `rule` says which ("year:heading", "year:article", …).
   */
  year: z.number().int().optional(),
  /** True for "about", "roughly", "more than", "thousands of" … */
  approximate: z.boolean().default(false),
  /**
   * A level still to come: "target" for one a side sets or works towards ("a target of $1 billion by 2030", "agreed to
   * raise trade to $3 billion", "is to take a 49% stake"), "forecast" for one someone expects ("transit is expected to
   * reach 6.3 billion cubic metres", "We forecast growth of 5.8%", "could carry up to 15 million tonnes"); absent for
   * a level that is or was.
   */
  outlook: z.enum(["target", "forecast"]).optional(),
  /** Actor codes named in the sentence. */
  actors: z.array(z.string()).default([]),
  /** The figure's own words ("$42.3 billion") and where they are in the body. */
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** The sentence that holds it, and its offsets in the body. */
  quote: z.string(),
  sentenceStart: z.number().int(),
  sentenceEnd: z.number().int(),
  /** What read it: "figure:money", "figure:percent", "figure:measure", "figure:count", "figure:ordinal", "figure:multiple". */
  rule: z.string()
});
export type Figure = z.infer<typeof Figure>;
