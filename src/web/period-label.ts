/**
 * A date for a reader, as precisely as it is known: "2022-03-14" → "14 March 2022", "2022-03" → "March 2022",
 * "2022" → "2022"; anything else is returned as it is. A precision ("month", "year") cuts a full date to its period
 * first: ("2022-03-01", "month") → "March 2022"; another precision (a day, an event's "article") keeps the day. (The
 * dashboard's; the API and CLI give the period as written.)
 */
export function periodLabel(text: string, precision?: string | null): string {
  const t = text.trim();
  const cut = precision === "year" ? t.slice(0, 4) : precision === "month" ? t.slice(0, 7) : t;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(cut);
  if (!m) return text;
  if (!m[2]) return m[1]!;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return text;
  const name = MONTH_NAME.format(new Date(Date.UTC(2000, month - 1, 1)));
  return m[3] ? `${Number(m[3])} ${name} ${m[1]}` : `${name} ${m[1]}`;
}

const MONTH_NAME = new Intl.DateTimeFormat("en-GB", {month: "long", timeZone: "UTC"});

/**
 * An event's date in a list, as precisely as the text gives it: ("2024-03-01", "month") → "2024-03", ("2024-01-01",
 * "year") → "2024"; a day (or the page's day standing in, "article") stays whole; no date → "undated". A month or a
 * year is stored as its first day, which is no day the text states. (src/domain/event.ts eventDateText, which the
 * dashboard cannot import as a value.)
 */
export function eventDate(e: {date?: string | null | undefined; precision?: string | null | undefined}): string {
  if (!e.date) return "undated";
  const d = e.date.slice(0, 10);
  return e.precision === "year" ? d.slice(0, 4) : e.precision === "month" ? d.slice(0, 7) : d;
}
