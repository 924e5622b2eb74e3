/**
 * The page-layout matrix's reading part (docs/layout-coverage.md): generates the pages (src/read/layout-coverage.ts),
 * reads each with the reader `npm run eval` uses (src/app/document-eval.ts) and scores it
 * (src/read/layout-coverage-score.ts).
 *
 * @module
 */
import {fail, ok, type Issue, type Result} from "../domain/index.js";
import {generateLayouts, LAYOUT_PARTS, type LayoutOptions} from "../read/layout-coverage.js";
import {scoreLayout, type LayoutScore} from "../read/layout-coverage-score.js";
import {packReader, type EvalReader} from "./document-eval.js";

/** Checks the options: an unknown part is an issue naming those expected. */
export function checkLayoutOptions(o: LayoutOptions): Result<LayoutOptions> {
  const issues: Issue[] = [];
  const names = Object.keys(LAYOUT_PARTS);
  for (const p of o.parts ?? [])
    if (!names.includes(p))
      issues.push({code: "unknown_part", message: `Unknown part "${p}": expected one of ${names.join(", ")}`});
  if (!Number.isInteger(o.seed))
    issues.push({code: "bad_seed", message: `Cannot read --seed "${o.seed}": expected a whole number`});
  if (!Number.isInteger(o.perCell) || o.perCell < 1)
    issues.push({
      code: "bad_sample",
      message: `Cannot read --sample "${o.perCell}": expected a whole number of at least 1`
    });
  return issues.length ? fail(issues) : ok(o);
}

/** Generates the pages and reads and scores each. */
export function runLayoutCoverage(
  o: LayoutOptions,
  {reader, onProgress}: {reader?: EvalReader; onProgress?: (done: number, of: number) => void} = {}
): LayoutScore[] {
  const read = reader ?? packReader();
  const items = generateLayouts(o);
  return items.map((item, i) => {
    const s = scoreLayout(item, read(`layout-${i}.txt`, item.text));
    onProgress?.(i + 1, items.length);
    return s;
  });
}
