/**
 * Vectors that are blocs (the EU): their members over time, so that a bloc's votes and ties can be
 * built from its members'.
 *
 * @module
 */

/** A member of a bloc from one date to another (YYYY-MM-DD; `to` absent while still a member). */
export interface BlocMember {
  member: string;
  from: string;
  to?: string;
}

/** Members of each bloc, keyed by bloc code. */
export type Blocs = Readonly<Record<string, readonly BlocMember[]>>;

const EU12 = ["BEL", "DEU", "FRA", "ITA", "LUX", "NLD", "DNK", "IRL", "GBR", "GRC", "ESP", "PRT"];
const EU2004 = ["CYP", "CZE", "EST", "HUN", "LVA", "LTU", "MLT", "POL", "SVK", "SVN"];

/**
 * The European Union's member states, from the Maastricht Treaty's entry into force (1993-11-01;
 * the twelve EC members before that date count as the EC) with accession and withdrawal dates.
 * Source: the EU's own list of member countries (european-union.europa.eu, "Country profiles").
 */
export const EU_MEMBERS: readonly BlocMember[] = [
  ...EU12.map((member) => ({member, from: "1958-01-01", ...(member === "GBR" ? {to: "2020-01-31"} : {})})),
  ...["AUT", "FIN", "SWE"].map((member) => ({member, from: "1995-01-01"})),
  ...EU2004.map((member) => ({member, from: "2004-05-01"})),
  ...["BGR", "ROU"].map((member) => ({member, from: "2007-01-01"})),
  {member: "HRV", from: "2013-07-01"}
].map((m) =>
  // Denmark, Ireland and the UK joined in 1973; Greece in 1981; Spain and Portugal in 1986.
  ({
    ...m,
    from:
      {
        DNK: "1973-01-01",
        IRL: "1973-01-01",
        GBR: "1973-01-01",
        GRC: "1981-01-01",
        ESP: "1986-01-01",
        PRT: "1986-01-01"
      }[m.member] ?? m.from
  })
);

/** The blocs known by default. */
export const DEFAULT_BLOCS: Blocs = {EU: EU_MEMBERS};

/** Members of a bloc on a date (YYYY-MM-DD), in list order. */
export function blocMembersAt(members: readonly BlocMember[], date: string): string[] {
  return members.filter((m) => m.from <= date && (m.to === undefined || date <= m.to)).map((m) => m.member);
}

/** Members of a bloc in a year: those that were members on 31 December (for yearly figures). */
export function blocMembersInYear(members: readonly BlocMember[], year: number): string[] {
  return blocMembersAt(members, `${year}-12-31`);
}
