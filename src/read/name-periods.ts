/**
 * One name, several actors by period: "António Costa" is Portugal's prime minister until April 2024 and the
 * President of the European Council from December 2024; "Mark Rutte" is the Netherlands' prime minister, then NATO's
 * Secretary General; "Trump" is the US president twice. On a date the name denotes the actor whose period holds the
 * date; between or after its periods, the last one held before the date (a former office holder); before them all,
 * the first to come; without a date, the latest.
 *
 * @module
 */

/** One period of a name: the actor it denotes then (from/to: YYYY-MM-DD, either open). */
export interface NamePeriod {
  code: string;
  from?: string;
  to?: string;
}

/** The periods ordered by start (an open start first), ties kept in their order. */
export function byStart<T extends NamePeriod>(periods: readonly T[]): T[] {
  return periods
    .map((p, i) => [p, i] as const)
    .sort(([a, i], [b, j]) => (a.from ?? "").localeCompare(b.from ?? "") || i - j)
    .map(([p]) => p);
}

/**
 * The period a name has on a date: the one holding it (the first such), else the last that ended before it, else
 * the first to come. Without a date, the latest (the one starting last). Undefined for no periods.
 */
export function periodOn<T extends NamePeriod>(periods: readonly T[], date: string | undefined): T | undefined {
  if (periods.length <= 1) return periods[0];
  const sorted = byStart(periods);
  if (date === undefined) return sorted.at(-1);
  const day = date.slice(0, 10);
  const holding = sorted.find((p) => (!p.from || p.from <= day) && (!p.to || day < p.to));
  if (holding) return holding;
  let before: T | undefined;
  for (const p of sorted) if (p.to && p.to <= day && (!before || (before.to ?? "") <= p.to)) before = p;
  return before ?? sorted[0];
}
