import type {Hono} from "hono";
import {z} from "zod";
import {fromZodIssues, IssueError, type Scenario} from "../../domain/index.js";
import {bargainIssue, editInputs, issueInputs, listIssues} from "../../app/bargain-issue.js";
import {JOB_LIMITS, QueueFull, SimulationJobs} from "../../app/jobs.js";
import {describeParameters} from "../../app/lab.js";
import {resolveStart} from "../../app/scenario-start.js";
import {listScenarios, loadScenario, scenarioFromText} from "../../app/simulate.js";
import type {Context} from "hono";
import {requireToken} from "../auth.js";
import {ApiError, invalid} from "../errors.js";
import type {Env} from "../env.js";
import {bodyLimit, REQUEST_LIMITS} from "../limits.js";

/** POST /api/simulations body: a shipped scenario by id, or a whole scenario, with overrides. */
export const SimulationRequest = z
  .object({
    scenarioId: z.string().min(1).optional(),
    scenario: z.unknown().optional(),
    runs: z.number().int().min(1).max(20000).optional(),
    seed: z.number().int().min(0).optional(),
    workers: z.number().int().min(1).max(8).optional(),
    /** Starting point: the measures (default) or the scenario file's priors. */
    start: z.enum(["measured", "file"]).optional(),
    /** Compare with a shipped scenario instead of the baseline. */
    againstId: z.string().min(1).optional(),
    /** Run the sensitivity analysis (default true), with this many base samples. */
    sensitivity: z.boolean().optional(),
    samples: z.number().int().min(8).max(1024).optional()
  })
  .refine((b) => (b.scenarioId === undefined) !== (b.scenario === undefined), {
    message: "Expected exactly one of scenarioId or scenario",
    path: ["scenarioId"]
  });

/** POST /api/issues/:id/bargain body: edits of the built inputs, and the number of rounds. */
export const BargainRequest = z.strictObject({
  set: z
    .array(
      z.strictObject({
        actor: z.string().min(1).max(10),
        field: z.enum(["position", "salience", "capability"]),
        value: z.number()
      })
    )
    .max(100)
    .optional(),
  rounds: z.number().int().min(1).max(50).default(5)
});

/** Who is asking: the peer address of the connection ("local" for in-process requests). */
function clientOf(c: Context): string {
  const incoming = (c.env as {incoming?: {socket?: {remoteAddress?: string}}} | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? "local";
}

const jobsByStore = new WeakMap<object, SimulationJobs>();

/** The simulation jobs started through the API on `store` (one set per store, whichever app serves it). */
export function simulationJobsFor(store: Env["Variables"]["deps"]["store"]): SimulationJobs {
  let jobs = jobsByStore.get(store);
  if (!jobs) jobsByStore.set(store, (jobs = new SimulationJobs(store)));
  return jobs;
}

/**
 * Waits for the simulation running on `store` (waiting ones fail with a message) before the store is closed;
 * a later app over the same store starts a fresh set of jobs.
 */
export async function closeSimulationJobs(store: Env["Variables"]["deps"]["store"]): Promise<void> {
  const jobs = jobsByStore.get(store);
  if (!jobs) return;
  jobsByStore.delete(store);
  await jobs.close();
}

/** Scenarios and simulation jobs. */
export function simulationRoutes(app: Hono<Env>): void {
  const jobsFor = (deps: Env["Variables"]["deps"]) => simulationJobsFor(deps.store);

  app.get("/api/scenarios", (c) => c.json({items: listScenarios()}));

  app.get("/api/scenarios/:id", (c) => {
    const id = c.req.param("id");
    if (!listScenarios().some((s) => s.id === id)) throw new ApiError(404, "not_found", `No shipped scenario "${id}"`);
    return c.json(loadScenario(id));
  });

  app.get("/api/scenarios/:id/inputs", async (c) => {
    const id = c.req.param("id");
    if (!listScenarios().some((s) => s.id === id)) throw new ApiError(404, "not_found", `No shipped scenario "${id}"`);
    const mode = c.req.query("start") ?? "measured";
    if (mode !== "measured" && mode !== "file") {
      throw invalid("GET /api/scenarios/:id/inputs: Invalid query", [
        {code: "bad_value", message: `Invalid start "${mode}": expected measured or file`, path: ["start"]}
      ]);
    }
    const start = await resolveStart(c.get("deps").store, loadScenario(id), mode);
    return c.json({parameters: describeParameters(start.scenario), start});
  });

  app.get("/api/issues", (c) => c.json({items: listIssues()}));

  app.get("/api/issues/:id", async (c) => {
    const id = c.req.param("id");
    if (!listIssues().includes(id)) throw new ApiError(404, "not_found", `No shipped issue "${id}"`);
    return c.json(await issueInputs(c.get("deps").store, id));
  });

  app.post("/api/issues/:id/bargain", async (c) => {
    const id = c.req.param("id");
    if (!listIssues().includes(id)) throw new ApiError(404, "not_found", `No shipped issue "${id}"`);
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      throw invalid("POST /api/issues/:id/bargain: Invalid body", [
        {code: "invalid_json", message: "Expected a JSON body"}
      ]);
    }
    const req = BargainRequest.safeParse(raw);
    if (!req.success) throw invalid("POST /api/issues/:id/bargain: Invalid request", fromZodIssues(req.error.issues));
    const edits = (req.data.set ?? []).map((e) => `${e.actor}.${e.field}=${e.value}`);
    try {
      return c.json(bargainIssue(editInputs(await issueInputs(c.get("deps").store, id), edits), req.data.rounds));
    } catch (e) {
      if (e instanceof IssueError) throw invalid("POST /api/issues/:id/bargain: Invalid edit", e.issues);
      throw e;
    }
  });

  app.post(
    "/api/simulations",
    requireToken,
    bodyLimit(REQUEST_LIMITS.maxSimulationBody, "Simulation request"),
    async (c) => {
      let raw: unknown;
      try {
        raw = await c.req.json();
      } catch {
        throw invalid("POST /api/simulations: Invalid body", [{code: "invalid_json", message: "Expected a JSON body"}]);
      }
      const req = SimulationRequest.safeParse(raw);
      if (!req.success) throw invalid("POST /api/simulations: Invalid request", fromZodIssues(req.error.issues));
      let scenario: Scenario;
      if (req.data.scenarioId !== undefined) {
        if (!listScenarios().some((s) => s.id === req.data.scenarioId)) {
          throw invalid("POST /api/simulations: Invalid request", [
            {
              code: "unknown_scenario",
              message: `No shipped scenario "${req.data.scenarioId}": expected one of ${listScenarios()
                .map((s) => s.id)
                .join(", ")}`,
              path: ["scenarioId"]
            }
          ]);
        }
        scenario = loadScenario(req.data.scenarioId);
      } else {
        try {
          scenario = scenarioFromText(JSON.stringify(req.data.scenario, null, 2), "request body");
        } catch (e) {
          if (!(e instanceof IssueError)) throw e;
          throw invalid(
            "POST /api/simulations: Invalid scenario",
            e.issues.map(({file: _f, line: _l, column: _c, ...i}) => ({...i, path: ["scenario", ...(i.path ?? [])]}))
          );
        }
      }
      // The runs cap holds for shipped and inline scenarios alike.
      const runs = req.data.runs ?? scenario.runs;
      if (runs > JOB_LIMITS.maxRuns) {
        throw invalid("POST /api/simulations: Invalid request", [
          {
            code: "limit_exceeded",
            message: `Too many runs: ${runs}, at most ${JOB_LIMITS.maxRuns} per simulation (limit maxRuns); pass "runs" to ask for fewer`,
            path: [req.data.runs !== undefined ? "runs" : "scenario", ...(req.data.runs !== undefined ? [] : ["runs"])]
          }
        ]);
      }
      let against: Scenario | undefined;
      if (req.data.againstId !== undefined) {
        if (!listScenarios().some((s) => s.id === req.data.againstId)) {
          throw invalid("POST /api/simulations: Invalid request", [
            {
              code: "unknown_scenario",
              message: `No shipped scenario "${req.data.againstId}": expected one of ${listScenarios()
                .map((s) => s.id)
                .join(", ")}`,
              path: ["againstId"]
            }
          ]);
        }
        against = loadScenario(req.data.againstId);
        if (against.vectors.join(",") !== scenario.vectors.join(",") || against.horizon !== scenario.horizon) {
          throw invalid("POST /api/simulations: Invalid request", [
            {
              code: "not_comparable",
              message: `Cannot compare with "${req.data.againstId}": expected the same vectors and horizon as the scenario`,
              path: ["againstId"]
            }
          ]);
        }
      }
      let job;
      try {
        job = jobsFor(c.get("deps")).start(
          scenario,
          {
            start: req.data.start ?? "measured",
            ...(against ? {against} : {}),
            sensitivity: req.data.sensitivity === false ? false : req.data.samples ? {samples: req.data.samples} : true,
            ...(req.data.runs !== undefined ? {runs: req.data.runs} : {}),
            ...(req.data.seed !== undefined ? {seed: req.data.seed} : {}),
            ...(req.data.workers !== undefined ? {workers: req.data.workers} : {})
          },
          new Date().toISOString(),
          clientOf(c)
        );
      } catch (e) {
        if (e instanceof QueueFull)
          throw new ApiError(429, "queue_full", e.message, [], {"retry-after": String(e.retryAfter)});
        throw e;
      }
      return c.json({id: job.id, status: job.status, progress: job.progress, scenario: job.scenario}, 202, {
        location: `/api/simulations/${job.id}`
      });
    }
  );

  app.get("/api/simulations/:id", (c) => {
    const job = jobsFor(c.get("deps")).get(c.req.param("id"));
    if (!job) throw new ApiError(404, "not_found", `No simulation "${c.req.param("id")}"`);
    return c.json(job);
  });
}
