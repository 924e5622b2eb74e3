/**
 * Phrases of stating a view that the voices (who speaks) and the claims (what kind of claim) both read, written once
 * so that the two agree: "expressed (his full) confidence that …", "spoke in favour of …".
 *
 * @module
 */

/** The words that may stand between "expressed" and "confidence" ("his", "firm", "full" …), any number of them. */
export const EXPRESSION_MODIFIERS = String.raw`(?:(?:his|her|their|its|the|firm|strong|deep|full)\s+)*`;

/** "expressed", "voiced" and their modifiers, before the noun of what was expressed ("confidence", "hope"). */
export const EXPRESSED = String.raw`(?:expressed|voiced)\s+${EXPRESSION_MODIFIERS}`;

/** Speaking for a course of action: "spoke in favour of", "spoke out in favor of", "advocated". */
export const ADVOCACY = String.raw`spoke (?:out )?in favou?r of|advocated`;

/** A party of a joint statement as its subject ("The Sides", "The Chinese Side", "the Parties"), who speaks in it. */
export const STATEMENT_PARTY = String.raw`[Tt]he\s+(?:\p{Lu}[\p{L}-]+\s+)?(?:Side|Sides|Parties)`;

/** A source that reports facts, not views: statistics, data, customs, a website, a register. */
export const DATA_SOURCE =
  /\b(?:statistics|statistical|data|figures|customs|census|bureau|registry|register|website|web\s?site|portal|database|survey)\b/i;
