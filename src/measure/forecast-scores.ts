/**
 * Scores of forecasters: per speaker and per publisher, over resolved forecasts (true or false;
 * expired ones are not scored). The Brier score is the mean of (p − o)² over the resolved forecasts
 * that state or imply a probability p (o = 1 when it came true, 0 when not): 0 is perfect, 0.25 is
 * what always saying 50% earns. Forecasts without a probability count in `shareTrue` (the share
 * resolved true). Every score comes with the number it rests on; there is no rank.
 *
 * @module
 */
import type {Forecast} from "../domain/index.js";

export interface ForecastScore {
  by: "speaker" | "publisher";
  /** The speaker's name or the publisher's. */
  key: string;
  forecasts: number;
  open: number;
  expired: number;
  resolved: number;
  /** Resolved forecasts with a probability, and their mean Brier score (null when none). */
  scored: number;
  brier: number | null;
  /** Resolved forecasts without a probability, and the share of them resolved true (null when none). */
  unscored: number;
  shareTrue: number | null;
}

/** Scores per speaker and per publisher (publisher "unknown" when the document names none). */
export function scoreForecasts(forecasts: readonly Forecast[]): ForecastScore[] {
  const groups = new Map<string, Forecast[]>();
  for (const f of forecasts) {
    for (const key of [`speaker|${f.speaker}`, `publisher|${f.publisher ?? "unknown"}`])
      (groups.get(key) ?? (groups.set(key, []), groups.get(key)!)).push(f);
  }
  const out: ForecastScore[] = [];
  for (const [k, fs] of groups) {
    const [by, key] = k.split("|") as ["speaker" | "publisher", string];
    let open = 0,
      expired = 0,
      scored = 0,
      brierSum = 0,
      unscored = 0,
      trues = 0;
    for (const f of fs) {
      const s = f.status;
      if (s === "open") open++;
      else if (s === "expired") expired++;
      else if (f.probability !== undefined) {
        scored++;
        brierSum += (f.probability - (s === "true" ? 1 : 0)) ** 2;
      } else {
        unscored++;
        if (s === "true") trues++;
      }
    }
    out.push({
      by,
      key,
      forecasts: fs.length,
      open,
      expired,
      resolved: scored + unscored,
      scored,
      brier: scored > 0 ? brierSum / scored : null,
      unscored,
      shareTrue: unscored > 0 ? trues / unscored : null
    });
  }
  return out.sort((a, b) => a.by.localeCompare(b.by) || b.resolved - a.resolved || a.key.localeCompare(b.key));
}
