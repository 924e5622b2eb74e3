/**
 * Bargaining on a Kazakh issue (`multivector bargain --issue csto-membership`): an issue file in
 * scenarios/issues/ names the question, its 0–100 scale, the targets whose stances move positions, and each actor's
 * documented prior; the store supplies what it can — positions from the stances read from ingested analyses and
 * the pack (the speaker is the actor or one of its catalog names), capabilities from the measures (each vector's combined share of the focal
 * state's ties in the latest measured years). Every input carries its provenance; priors are flagged. The inputs
 * can be edited (the lab's table, or `--set RUS.position=80`) before the expected-utility model runs.
 *
 * @module
 */
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {parse as parseYaml} from "yaml";
import {z} from "zod";
import {fromZodIssues, IssueError} from "../domain/index.js";
import {combineDimensionShares} from "../measure/index.js";
import {bdm, BDM_DEFAULTS, type BdmActor, type BdmResult} from "../simulate/index.js";
import type {Store} from "../store/index.js";
import {resolveActorCode} from "./catalog.js";
import {resolveStart} from "./scenario-start.js";
import {SCENARIO_DIR} from "./simulate.js";

/** Where the shipped issues live. */
export const ISSUE_DIR = join(SCENARIO_DIR, "issues");

const IssueActor = z.strictObject({
  code: z.string().min(1),
  position: z.number().min(0).max(100),
  salience: z.number().min(0).max(1),
  basis: z.string().min(1),
  capability: z.number().nonnegative().optional(),
  capabilityBasis: z.string().optional()
});

/** An issue file: the question, its scale, the targets of the stances that move positions, the actors' priors. */
export const IssueFile = z.strictObject({
  name: z.string().min(1),
  question: z.string().min(1),
  scale: z.string().min(1),
  focal: z.string().min(2),
  targets: z.array(z.string().min(1)).min(1),
  actors: z.array(IssueActor).min(2)
});
export type IssueFile = z.infer<typeof IssueFile>;

/** One input of one actor, with where it came from. */
export interface IssueInput {
  value: number;
  origin: "store" | "prior" | "edited";
  /** The stances, measure or file line behind it. */
  provenance: string;
  /** Stance ids and quotes, when from the store. */
  evidence?: {id: string; sourceId: string; polarity: number; quote: string}[];
}

export interface IssueActorInputs {
  code: string;
  position: IssueInput;
  salience: IssueInput;
  capability: IssueInput;
}

export interface IssueInputs {
  id: string;
  name: string;
  question: string;
  scale: string;
  actors: IssueActorInputs[];
}

export interface IssueOutcome {
  inputs: IssueInputs;
  model: "eu";
  rounds: number;
  result: BdmResult;
  /** Positions by round (round 0 = the inputs), actor by actor. */
  positions: {round: number; actor: string; position: number}[];
  /** The predicted outcome: the last round's capability × salience weighted mean, and the median voter. */
  predicted: {mean: number; median: number};
}

/** The shipped issues' ids. */
export function listIssues(): string[] {
  if (!existsSync(ISSUE_DIR)) return [];
  return readdirSync(ISSUE_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => f.replace(/\.ya?ml$/, ""))
    .sort();
}

/** Reads a shipped issue file by id. */
export function loadIssue(id: string): IssueFile {
  const file = ["yaml", "yml"].map((e) => join(ISSUE_DIR, `${id}.${e}`)).find(existsSync);
  if (!file)
    throw new IssueError([
      {code: "missing_file", message: `No shipped issue "${id}": expected one of ${listIssues().join(", ")}`}
    ]);
  const parsed = IssueFile.safeParse(parseYaml(readFileSync(file, "utf8")));
  if (!parsed.success)
    throw new IssueError(fromZodIssues(parsed.error.issues).map((i) => ({...i, file: `scenarios/issues/${id}.yaml`})));
  return parsed.data;
}

/** Builds an issue's inputs from the store (stances, measures), priors where it has nothing. */
export async function issueInputs(store: Store | undefined, id: string): Promise<IssueInputs> {
  const issue = loadIssue(id);
  const stances = store ? await store.documents.listStancesToward(issue.targets) : [];
  // A stance counts for an actor when its speaker is the actor or one of its names in the catalog ("the Kremlin",
  // "Akorda", "Tokayev"); analysts speaking for themselves are not actors of the issue.
  const speakerCode = new Map<string, string | undefined>();
  for (const sp of new Set(stances.map((s) => s.speaker))) {
    try {
      speakerCode.set(sp, store ? (await resolveActorCode(store, sp, {field: "speaker"})).toUpperCase() : undefined);
    } catch {
      speakerCode.set(sp, undefined);
    }
  }
  const vectors = issue.actors.map((a) => a.code).filter((c) => c !== issue.focal);
  // Capabilities: each vector's combined share of the focal state's ties, from the measured start.
  let capability: {shares: Record<string, number>; provenance: string} | undefined;
  if (store) {
    const start = await resolveStart(store, {
      name: issue.name,
      focal: issue.focal,
      vectors,
      memberships: [],
      shocks: [],
      strategy: {kind: "none"},
      params: {},
      horizon: 1,
      runs: 1,
      seed: 1,
      citations: []
    });
    const measured = start.dimensions.filter((d) => d.origin === "measured");
    const shares = combineDimensionShares(
      Object.fromEntries(measured.map((d) => [d.dimension, d.shares])),
      vectors,
      Object.fromEntries(measured.map((d) => [d.dimension, 1]))
    );
    if (shares)
      capability = {
        shares,
        provenance: `combined share of ${issue.focal}'s ties (equal weights) measured in ${measured.map((d) => `${d.dimension} ${d.year}`).join(", ")}`
      };
  }
  const actors = issue.actors.map((a): IssueActorInputs => {
    const mine = stances.filter((s) => speakerCode.get(s.speaker) === a.code.toUpperCase());
    const position: IssueInput = mine.length
      ? {
          value: 50 + 50 * (mine.reduce((x, s) => x + s.polarity, 0) / mine.length),
          origin: "store",
          provenance: `50 + 50 × mean polarity of ${mine.length} stance(s) of ${a.code} toward ${issue.targets.join(" or ")}`,
          evidence: mine.map((s) => ({id: s.id, sourceId: s.sourceId, polarity: s.polarity, quote: s.quote}))
        }
      : {value: a.position, origin: "prior", provenance: `no stance of ${a.code} in the store: prior — ${a.basis}`};
    const measuredCap = capability?.shares[a.code];
    const cap: IssueInput =
      measuredCap !== undefined
        ? {value: measuredCap, origin: "store", provenance: capability!.provenance}
        : {
            value: a.capability ?? 0.1,
            origin: "prior",
            provenance:
              a.capabilityBasis ?? (a.capability === undefined ? "no measure: assumption 0.1" : "the issue file")
          };
    return {
      code: a.code,
      position,
      salience: {value: a.salience, origin: "prior", provenance: a.basis},
      capability: cap
    };
  });
  return {id, name: issue.name, question: issue.question, scale: issue.scale, actors};
}

/** Applies edits such as "RUS.position=80" (position 0–100, salience 0–1, capability ≥ 0). */
export function editInputs(inputs: IssueInputs, edits: readonly string[]): IssueInputs {
  const out = structuredClone(inputs);
  for (const e of edits) {
    const m = /^([A-Za-z0-9+]+)\.(position|salience|capability)=(-?[\d.]+)$/.exec(e);
    const actor = m && out.actors.find((a) => a.code.toUpperCase() === m[1]!.toUpperCase());
    const value = m ? Number(m[3]) : NaN;
    const max = m?.[2] === "position" ? 100 : m?.[2] === "salience" ? 1 : Infinity;
    if (!m || !actor || !(value >= 0 && value <= max)) {
      throw new IssueError([
        {
          code: "bad_edit",
          message: `Cannot apply "${e}": expected ACTOR.position=0…100, ACTOR.salience=0…1 or ACTOR.capability=≥0 for one of ${out.actors.map((a) => a.code).join(", ")}`,
          path: ["set"]
        }
      ]);
    }
    actor[m[2] as "position"] = {
      value,
      origin: "edited",
      provenance: `edited (was ${actor[m[2] as "position"].value})`
    };
  }
  return out;
}

/** Runs the expected-utility model on an issue's inputs. */
export function bargainIssue(inputs: IssueInputs, rounds: number = BDM_DEFAULTS.rounds): IssueOutcome {
  const actors: BdmActor[] = inputs.actors.map((a) => ({
    name: a.code,
    capability: a.capability.value,
    position: a.position.value,
    salience: a.salience.value
  }));
  const result = bdm(actors, {rounds});
  const positions = [
    ...actors.map((a) => ({round: 0, actor: a.name, position: a.position})),
    ...result.rounds.flatMap((r) => r.positions.map((p, i) => ({round: r.round, actor: actors[i]!.name, position: p})))
  ];
  const last = result.forecast[result.forecast.length - 1]!;
  return {inputs, model: "eu", rounds, result, positions, predicted: {mean: last.mean, median: last.median}};
}
