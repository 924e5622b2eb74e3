/**
 * From PETRARCH/Phoenix actor codes (CAMEO: a country or IGO prefix, then role groups) to our actor
 * codes plus the role part: IGOUNO → UN, IGOWSTNAT → NATO, IGOCASCIS → CIS, KAZGOV → KAZ + GOV.
 *
 * @module
 */

/** Phoenix/CAMEO organization codes (the leading groups) → our codes. Longest prefix wins. */
export const PHOENIX_ORGS: Readonly<Record<string, string>> = {
  IGOUNO: "UN",
  IGOWSTNAT: "NATO",
  IGOEUREEC: "EU",
  IGOEEC: "EU",
  EEC: "EU",
  IGOCASCIS: "CIS",
  IGOCASSCO: "SCO",
  IGOCAS: "SCO",
  IGOSEAASN: "ASEAN",
  IGOMOSOIC: "OIC",
  IGOCSTO: "CSTO",
  IGOEAEU: "EAEU",
  IGOOTS: "OTS",
  IGOOSCE: "OSCE",
  IGOBRICS: "BRICS",
  IGOC51: "C5+1",
  IGOEURDEVEBR: "EBRD",
  IGOASADEVADB: "ADB",
  IGOUNODEVWBK: "WB",
  IGOUNOIAE: "IAEA",
  IGOOPC: "OPEC",
  IGOGOS: "G7",
  USR: "RUS"
};

/** Our organization and non-state codes that are not three letters long (used as they are). */
export const OWN_CODES: ReadonlySet<string> = new Set([
  "EU",
  "CSTO",
  "EAEU",
  "EURASEC",
  "CACO",
  "CIS",
  "SCO",
  "OTS",
  "C5+1",
  "CA5",
  "OIC",
  "CICA",
  "UN",
  "NATO",
  "ASEAN",
  "OSCE",
  "BRICS",
  "ISIS",
  "TALIBAN",
  "ALQAEDA",
  "IMU",
  "AKRAMIYA",
  "TIP",
  "IJU",
  "ANSARULLOH",
  "EBRD",
  "AIIB",
  "ISDB",
  "OPEC",
  "OPEC+",
  "CAREC",
  "IAEA",
  "ARAB",
  "WB",
  "G7",
  "G20",
  "AU"
]);

const ORG_KEYS = Object.keys(PHOENIX_ORGS).sort((a, b) => b.length - a.length);

/** Splits a dictionary code into our actor code and the role part (GOV, MIL, GOVMED …). */
export function splitCode(code: string): {actor: string; agent?: string} {
  if (OWN_CODES.has(code)) return {actor: code};
  // A Soviet republic before 1991 (USRKAZ) is the republic; the USSR itself (USR) is Russia.
  const soviet = /^USR([A-Z]{3})(.*)$/.exec(code);
  if (soviet && !/^(GOV|MIL|ELI|OPP|REB|COP|JUD|LEG|MED|BUS|CVL|REF|UNR|SPY|PTY|NGO)$/.test(soviet[1]!)) {
    return {actor: soviet[1]!, ...(soviet[2] ? {agent: soviet[2]} : {})};
  }
  for (const k of ORG_KEYS) {
    if (code.startsWith(k)) {
      const rest = code.slice(k.length);
      return {actor: PHOENIX_ORGS[k]!, ...(rest ? {agent: rest} : {})};
    }
  }
  if (/^(IGO|NGO|IMG|MNC)/.test(code)) {
    const head = code.slice(0, 6);
    const rest = code.slice(6);
    return {actor: head, ...(rest ? {agent: rest} : {})};
  }
  const rest = code.slice(3);
  return {actor: code.slice(0, 3), ...(rest ? {agent: rest} : {})};
}
