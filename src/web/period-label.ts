/**
 * A date for a reader, as precisely as it is written: "2022-03-14" → "14 March 2022", "2022-03" → "March 2022",
 * "2022" → "2022"; anything else is returned as it is. (The dashboard's; the API and CLI give the period as written.)
 */
export function periodLabel(text: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  const month = m?.[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || (m[2] && !month)) return text;
  if (!month) return m[1]!;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
