/**
 * Spelling variants of names written in Latin letters from Kazakh, Kyrgyz, Uzbek, Russian or Tajik: the same name
 * is "Tokayev" and "Toqayev", "Akorda" and "Aqorda", "Kassym-Jomart" and "Qasym-Jomart", "Zhaparov" and
 * "Japarov". Each rule is one of the usual correspondences between romanizations (Kazakh Latin q for k before back
 * vowels, single s for ss, zh/j, kh/h, ye/e); the variants of a pack alias match as the alias does.
 *
 * @module
 */

/** Correspondences between romanizations, as [written, variant] (lower case), applied one at a time and in pairs. */
const RULES: readonly [RegExp, string][] = [
  [/k(?=[aouy])/g, "q"],
  [/q/g, "k"],
  [/ss/g, "s"],
  [/zh/g, "j"],
  [/^j|(?<=[-\s])j/g, "zh"],
  [/kh/g, "h"],
  [/(?<=[aeiou])yev\b/g, "ev"],
  [/ye/g, "e"]
];

/** Variants of a name (capitalized as written), the name itself excluded; names under five letters have none. */
export function transliterationVariants(name: string, max = 8): string[] {
  if (name.length < 5 || !/^\p{Lu}/u.test(name) || /[^\p{L}\s'’-]/u.test(name)) return [];
  const lower = name.toLowerCase();
  const out = new Set<string>();
  const apply = (s: string, r: readonly [RegExp, string]) => s.replace(r[0], r[1]);
  for (let i = 0; i < RULES.length; ++i) {
    const a = apply(lower, RULES[i]!);
    if (a !== lower) out.add(a);
    for (let j = i + 1; j < RULES.length; ++j) {
      const b = apply(a, RULES[j]!);
      if (b !== lower) out.add(b);
    }
  }
  // Keep the original's capitals: each word starts upper case where the name's does.
  const caps = (s: string) => s.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
  return [...out]
    .map(caps)
    .filter((v) => v !== name)
    .slice(0, max);
}

/** Letters that do not decompose into a base letter and a mark, as English news writes them without diacritics. */
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ø: "o",
  Ø: "O",
  æ: "ae",
  Æ: "Ae",
  ß: "ss",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ı: "i",
  œ: "oe"
};

/**
 * A name as English news writes it without its diacritics ("Rinkēvičs" → "Rinkevics", "Løkke" → "Lokke", "Sa’ar"
 * kept), or undefined when it has none.
 */
export function withoutDiacritics(name: string): string | undefined {
  const plain = name
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[øØæÆßłŁđĐıœ]/g, (c) => PLAIN_LETTERS[c] ?? c)
    .normalize("NFC");
  return plain === name.normalize("NFC") ? undefined : plain;
}

/**
 * The other spellings of a pack's alias that news writes: its transliteration variants, and the name without its
 * diacritics when it has any ("Rinkēvičs" → "Rinkevics"). The coder's actor dictionary and the gazetteer add the
 * same ones.
 */
export function spellingVariants(name: string): string[] {
  const plain = withoutDiacritics(name);
  return [...transliterationVariants(name), ...(plain ? [plain] : [])];
}
