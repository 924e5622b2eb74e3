import {randomUUID} from "node:crypto";
import type {Scenario} from "../domain/index.js";
import type {MonteCarloResult} from "../simulate/index.js";
import type {Store} from "../store/index.js";
import {runLab, type LabOptions, type LabResult} from "./lab.js";

/** A simulation run started through the API. */
export interface SimulationJob {
  id: string;
  status: "running" | "done" | "failed";
  scenario: string;
  createdAt: string;
  progress: {phase?: "runs" | "sensitivity"; done: number; total: number};
  /** The Monte Carlo result (levels, baseline, effect) with the lab's start, sensitivity, parameters and summary. */
  result?: MonteCarloResult & Omit<LabResult, "result" | "scenario">;
  error?: string;
}

/** Bounds of the simulation queue: documented in docs/reliability.md. */
export const JOB_LIMITS = {
  /** Jobs running or waiting, all clients together. */
  maxPending: 8,
  /** Jobs running or waiting per client. */
  maxPendingPerClient: 2,
  /** Most Monte Carlo runs in one job, whatever the scenario file says. */
  maxRuns: 20000,
  /** Finished jobs kept for GET /api/simulations/:id (oldest dropped first). */
  maxFinished: 200
} as const;

/** Thrown by {@link SimulationJobs.start} when the queue (or a client's share of it) is full. */
export class QueueFull extends Error {
  constructor(
    message: string,
    /** Seconds after which a retry may succeed (an estimate). */
    readonly retryAfter: number
  ) {
    super(message);
  }
}

/**
 * Keeps the simulations started through the API: one at a time runs on the worker pool, the rest
 * wait; finished results are also written to the store's `simulations` table.
 */
export class SimulationJobs {
  private readonly jobs = new Map<string, SimulationJob>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Jobs running or waiting, by client. */
  private readonly pending = new Map<string, number>();
  private pendingTotal = 0;
  private closed = false;
  constructor(
    private readonly store: Store,
    private readonly defaults: {workers?: number} = {}
  ) {}

  /** Starts a job and returns it at once (status "running"). */
  start(
    scenario: Scenario,
    options: Omit<LabOptions, "onProgress"> = {},
    now = new Date().toISOString(),
    client = "local"
  ): SimulationJob {
    const mine = this.pending.get(client) ?? 0;
    if (this.closed) throw new QueueFull("The server is stopping: no new simulations; retry when it is back", 30);
    if (this.pendingTotal >= JOB_LIMITS.maxPending)
      throw new QueueFull(
        `Simulation queue full: ${this.pendingTotal} jobs running or waiting (limit maxPending = ${JOB_LIMITS.maxPending}); retry later`,
        30
      );
    if (mine >= JOB_LIMITS.maxPendingPerClient)
      throw new QueueFull(
        `Too many simulations from this client: ${mine} running or waiting (limit maxPendingPerClient = ${JOB_LIMITS.maxPendingPerClient}); wait for one to finish`,
        15
      );
    this.pending.set(client, mine + 1);
    this.pendingTotal++;
    const job: SimulationJob = {
      id: randomUUID(),
      status: "running",
      scenario: scenario.name,
      createdAt: now,
      progress: {done: 0, total: options.runs ?? scenario.runs}
    };
    this.jobs.set(job.id, job);
    this.queue = this.queue.then(async () => {
      try {
        // A job still waiting when the jobs are closed never starts: the store it would write to is closing.
        if (this.closed) throw new Error("The server stopped before this simulation started; start it again");
        const {
          result,
          scenario: _resolved,
          ...lab
        } = await runLab(this.store, scenario, {
          ...this.defaults,
          ...options,
          onProgress: (phase, done, total) => (job.progress = {phase, done, total})
        });
        job.result = {...result, ...lab};
        await this.store.simulations.putSimulation({
          id: job.id,
          kind: "scenario",
          createdAt: now,
          params: {scenario, options},
          result: job.result
        });
        job.status = "done"; // after the row is written: a client that sees "done" finds it stored
      } catch (e) {
        job.status = "failed";
        job.error = e instanceof Error ? e.message : String(e);
      } finally {
        const left = (this.pending.get(client) ?? 1) - 1;
        if (left > 0) this.pending.set(client, left);
        else this.pending.delete(client);
        this.pendingTotal--;
        this.forgetOld();
      }
    });
    return job;
  }

  /** Drops the oldest finished jobs past JOB_LIMITS.maxFinished (memory stays bounded). */
  private forgetOld(): void {
    let finished = 0;
    for (const j of this.jobs.values()) if (j.status !== "running") finished++;
    for (const [id, j] of this.jobs) {
      if (finished <= JOB_LIMITS.maxFinished) break;
      if (j.status === "running") continue;
      this.jobs.delete(id);
      finished--;
    }
  }

  get(id: string): SimulationJob | undefined {
    return this.jobs.get(id);
  }

  /** Resolves when every started job has finished. */
  async idle(): Promise<void> {
    await this.queue;
  }

  /**
   * Refuses new jobs, fails the waiting ones and resolves when the running one has finished (and written its
   * row): after this the store can be closed with no job left using it.
   */
  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
  }
}
