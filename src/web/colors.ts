/** Stable colours per vector, shared by every view (the legend means the same thing everywhere). */
export const VECTOR_COLORS: Readonly<Record<string, string>> = {
  RUS: "#c0392b",
  CHN: "#d68910",
  USA: "#1f5fa8",
  EU: "#2e86c1",
  TUR: "#7d3c98",
  IRN: "#148f77",
  IND: "#a04000",
  JPN: "#5d6d7e",
  KOR: "#45b39d",
  GBR: "#884ea0",
  DEU: "#34495e",
  EAEU: "#e74c3c",
  CSTO: "#922b21",
  SCO: "#b7950b",
  OTS: "#6c3483"
};

const FALLBACK = ["#16a085", "#8e44ad", "#2c3e50", "#d35400", "#27ae60", "#7f8c8d"];

/** The colour of a vector (a fixed palette, then a stable fallback by code). */
export function vectorColor(code: string): string {
  const c = VECTOR_COLORS[code];
  if (c) return c;
  let h = 0;
  for (const ch of code) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return FALLBACK[h % FALLBACK.length]!;
}
