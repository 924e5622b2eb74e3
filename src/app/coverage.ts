/**
 * The construction-coverage matrix's reading part (docs/coverage.md): checks the options, generates the items
 * (src/read/coverage.ts), reads each item's article with the reader `npm run eval` uses (the shipped pack's
 * coder and aliases, src/app/document-eval.ts) and scores it (src/read/coverage-score.ts).
 *
 * @module
 */
import {fail, ok, type Issue, type Result} from "../domain/index.js";
import {
  ACTOR_FORMS,
  ALL_ACTS,
  CONSTRUCTIONS,
  CONTEXTS,
  articleText,
  generate,
  type ActorForm,
  type CoverageItem,
  type Family
} from "../read/coverage.js";
import {scoreItem, type ItemScore} from "../read/coverage-score.js";
import {packReader, type EvalReader} from "./document-eval.js";
import {seedAndSampleIssues, unknownNames} from "./matrix-options.js";

/** The options of a run, as the command line gives them. */
export interface CoverageOptions {
  seed: number;
  /** Items per cell (construction × act). */
  sample: number;
  acts?: readonly string[];
  constructions?: readonly string[];
  forms?: readonly string[];
  /** "first" (the first matrix's constructions) or "prose" (session 15's cells); both when absent. */
  family?: string;
  /** The share of items (0–1) also read embedded in a context of real prose; none when absent. */
  realism?: number;
  /** Only these contexts (src/read/coverage-realism.ts). */
  contexts?: readonly string[];
}

export type CheckedCoverageOptions = Omit<CoverageOptions, "forms" | "family"> & {forms?: ActorForm[]; family?: Family};

/** Checks the names and numbers: an unknown act, construction or form is an issue naming those expected. */
export function checkCoverageOptions(o: CoverageOptions): Result<CheckedCoverageOptions> {
  const issues: Issue[] = [
    ...unknownNames(
      "act",
      o.acts,
      ALL_ACTS.map((a) => a.name)
    ),
    ...unknownNames(
      "construction",
      o.constructions,
      CONSTRUCTIONS.map((c) => c.name)
    ),
    ...unknownNames(
      "form",
      o.forms,
      ACTOR_FORMS.map((f) => f.name)
    )
  ];
  if (o.family !== undefined && !["first", "prose", "variants"].includes(o.family))
    issues.push({
      code: "unknown_family",
      message: `Unknown family "${o.family}": expected one of first, prose, variants`
    });
  issues.push(
    ...unknownNames(
      "context",
      o.contexts,
      CONTEXTS.map((c) => c.name)
    )
  );
  if (o.realism !== undefined && !(o.realism >= 0 && o.realism <= 1))
    issues.push({code: "bad_realism", message: `Cannot read --realism "${o.realism}": expected a share from 0 to 1`});
  issues.push(...seedAndSampleIssues(o.seed, o.sample));
  if (issues.length) return fail(issues);
  const {forms, family, ...rest} = o;
  return ok({...rest, ...(forms ? {forms: forms as ActorForm[]} : {}), ...(family ? {family: family as Family} : {})});
}

/** Progress: after each item. */
export interface CoverageProgress {
  done: number;
  of: number;
}

/** Generates the items and reads and scores each. */
export function runCoverage(
  o: CheckedCoverageOptions,
  {reader, onProgress}: {reader?: EvalReader; onProgress?: (p: CoverageProgress) => void} = {}
): {items: CoverageItem[]; scores: ItemScore[]} {
  const read = reader ?? packReader();
  const items = generate({
    seed: o.seed,
    perCell: o.sample,
    ...(o.acts ? {acts: o.acts} : {}),
    ...(o.constructions ? {constructions: o.constructions} : {}),
    ...(o.forms ? {forms: o.forms} : {}),
    ...(o.family ? {family: o.family} : {}),
    ...(o.realism ? {realism: o.realism} : {}),
    ...(o.contexts ? {contexts: o.contexts} : {})
  });
  const scores = items.map((item, i) => {
    const s = scoreItem(item, read(`coverage-${i}.txt`, articleText(item)));
    onProgress?.({done: i + 1, of: items.length});
    return s;
  });
  return {items, scores};
}
