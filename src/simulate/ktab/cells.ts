/**
 * What the three readers (KTAB CSV, KTAB XML, our JSON/YAML) share: raw text values with their
 * place in the file, and KTAB's rules for actors (`SMPModel::csvRead`, `xmlRead`), reported as
 * issues rather than assertions.
 *
 * @module
 */
import type {Issue} from "../../domain/issue.js";
import type {SmpActor} from "./scenario.js";

/** A raw value and where it came from (1-based line and column). */
export interface Cell {
  text: string;
  line: number;
  column?: number;
}

/** An actor as read, before any check. */
export interface RawActor {
  line: number;
  name: Cell;
  description: Cell;
  capability: Cell;
  positions: Cell[];
  saliences: Cell[];
}

/**
 * Limits on the number of actors. KTAB needs at least 3 (`Model::minNumActor`); its cap of 250 (`maxNumActor`) is
 * lifted: our SMP keeps O(n²) numbers per turn (about 12 n² doubles at the peak of a turn, 96 n² bytes: 38 MB at
 * 640 actors; measured 2026-12-02: 154 MB above the start for 1,280 actors, 12 n² doubles = 151 MB), so the only
 * limit is memory — 4,000 actors need about 1.5 GB.
 */
export const MIN_ACTORS = 3;
export const MAX_ACTORS = 4000;

/** Bytes the SMP's per-turn arrays take for n actors (about 12 n² doubles). */
export function smpBytes(n: number): number {
  return 12 * n * n * Float64Array.BYTES_PER_ELEMENT;
}

/** An issue located at a cell. */
export function issueAt(code: string, message: string, cell: {line: number; column?: number}, file?: string): Issue {
  const issue: Issue = {code, message, line: cell.line};
  if (file !== undefined) issue.file = file;
  if (cell.column !== undefined) issue.column = cell.column;
  return issue;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Parses a decimal number the way a careful reader should (no "", no "12abc", no hex). */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t) : undefined;
}

/** Formats a number for a message without float noise. */
export function show(x: number): string {
  return String(Number(x.toPrecision(10)));
}

/**
 * Checks raw actors against KTAB's rules and returns the actors with the issues found: names
 * present and unique, capability a positive number, each position and salience a number in
 * [0, 100], saliences summing to more than 0 and at most 100.
 */
export function checkActors(
  raw: readonly RawActor[],
  dimensions: readonly string[],
  file?: string
): {actors: SmpActor[]; issues: Issue[]} {
  const issues: Issue[] = [];
  const actors: SmpActor[] = [];
  const seen = new Map<string, number>();
  for (const r of raw) {
    const name = r.name.text.trim();
    const who = `actor "${name}"`;
    if (name === "") {
      issues.push(issueAt("blank_value", "Blank actor name", r.name, file));
    } else if (seen.has(name)) {
      issues.push(
        issueAt("duplicate_id", `Duplicate actor name "${name}": first used on line ${seen.get(name)}`, r.name, file)
      );
    } else {
      seen.set(name, r.name.line);
    }

    let capability = NaN;
    const capText = r.capability.text.trim();
    if (capText === "") {
      issues.push(issueAt("blank_value", `Blank capability for ${who}`, r.capability, file));
    } else {
      const c = parseNumber(capText);
      if (c === undefined) {
        issues.push(
          issueAt(
            "not_a_number",
            `Cannot parse capability "${capText}" for ${who}: expected a number`,
            r.capability,
            file
          )
        );
      } else if (!(c > 0) || !(c < 1e8)) {
        issues.push(
          issueAt(
            "out_of_range",
            `Capability "${capText}" of ${who} is out of range: expected more than 0 and less than 1e8`,
            r.capability,
            file
          )
        );
      } else {
        capability = c;
      }
    }

    const values = (cells: Cell[], what: "position" | "salience"): number[] => {
      const out: number[] = [];
      cells.forEach((cell, d) => {
        const dim = dimensions[d] ?? `#${d + 1}`;
        const t = cell.text.trim();
        if (t === "") {
          issues.push(issueAt("blank_value", `Blank ${what} for ${who} on dimension "${dim}"`, cell, file));
          return;
        }
        const x = parseNumber(t);
        if (x === undefined) {
          issues.push(
            issueAt(
              "not_a_number",
              `Cannot parse ${what} "${t}" for ${who} on dimension "${dim}": expected a number`,
              cell,
              file
            )
          );
        } else if (x < 0 || x > 100) {
          issues.push(
            issueAt(
              "out_of_range",
              `${what === "position" ? "Position" : "Salience"} "${t}" for ${who} on dimension "${dim}" is out of range: expected 0 to 100`,
              cell,
              file
            )
          );
        } else {
          out.push(x);
        }
      });
      return out;
    };
    const positions = values(r.positions, "position");
    const saliences = values(r.saliences, "salience");
    if (saliences.length === r.saliences.length && saliences.length > 0) {
      let sum = 0;
      for (const s of saliences) sum = sum + s;
      const at = r.saliences[0]!;
      if (sum > 100) {
        issues.push(
          issueAt(
            "salience_sum",
            `Total salience "${show(sum)}" of ${who} is over 100: KTAB requires the saliences of an actor to sum to at most 100`,
            at,
            file
          )
        );
      } else if (!(sum > 0)) {
        issues.push(
          issueAt("salience_sum", `Total salience of ${who} is 0: expected at least one positive salience`, at, file)
        );
      }
    }
    actors.push({name, description: r.description.text.trim(), capability, positions, saliences});
  }
  return {actors, issues};
}

/** Checks the number of actors against KTAB's limits. */
export function checkActorCount(n: number, at: {line: number; column?: number}, file?: string): Issue[] {
  return n < MIN_ACTORS || n > MAX_ACTORS
    ? [
        issueAt(
          "actor_count",
          n < MIN_ACTORS
            ? `Found ${n} actors: KTAB needs ${MIN_ACTORS} to ${MAX_ACTORS}`
            : `Found ${n} actors: at most ${MAX_ACTORS} fit in memory (the model keeps about ${Math.round(smpBytes(n) / 2 ** 20)} MB per turn for ${n}; split the issue or merge minor actors)`,
          at,
          file
        )
      ]
    : [];
}
