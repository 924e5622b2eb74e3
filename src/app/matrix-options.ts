/**
 * Checks shared by the generated matrices' options (src/app/coverage.ts, src/app/layout-coverage.ts): names against
 * those known, the seed and the items per cell. Each returns issues naming the option, what was expected and what was
 * found; none when the value is right.
 *
 * @module
 */
import type {Issue} from "../domain/index.js";

/** An issue for each given name not among `names` ("Unknown act "x": expected one of a, b"). */
export function unknownNames(what: string, given: readonly string[] | undefined, names: readonly string[]): Issue[] {
  return (given ?? [])
    .filter((g) => !names.includes(g))
    .map((g) => ({code: `unknown_${what}`, message: `Unknown ${what} "${g}": expected one of ${names.join(", ")}`}));
}

/** Issues for a seed that is not a whole number and a sample (items per cell) below 1. */
export function seedAndSampleIssues(seed: number, sample: number): Issue[] {
  const issues: Issue[] = [];
  if (!Number.isInteger(seed))
    issues.push({code: "bad_seed", message: `Cannot read --seed "${seed}": expected a whole number`});
  if (!Number.isInteger(sample) || sample < 1)
    issues.push({
      code: "bad_sample",
      message: `Cannot read --sample "${sample}": expected a whole number of at least 1`
    });
  return issues;
}
