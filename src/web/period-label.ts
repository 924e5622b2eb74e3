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
