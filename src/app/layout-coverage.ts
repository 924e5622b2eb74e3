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
import {seedAndSampleIssues, unknownNames} from "./matrix-options.js";

/** Checks the options: an unknown part is an issue naming those expected. */
export function checkLayoutOptions(o: LayoutOptions): Result<LayoutOptions> {
  const issues: Issue[] = [
    ...unknownNames("part", o.parts, Object.keys(LAYOUT_PARTS)),
    ...seedAndSampleIssues(o.seed, o.perCell)
  ];
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
