import {randomUUID} from "node:crypto";
import type {Scenario} from "../domain/index.js";
import type {MonteCarloResult} from "../simulate/index.js";
import type {Store} from "../store/index.js";
import {simulateScenario, type SimulateOptions} from "./simulate.js";

/** A simulation run started through the API. */
export interface SimulationJob {
  id: string;
  status: "running" | "done" | "failed";
  scenario: string;
  createdAt: string;
  progress: {done: number; total: number};
  result?: MonteCarloResult;
  error?: string;
}

/**
 * Keeps the simulations started through the API: one at a time runs on the worker pool, the rest
 * wait; finished results are also written to the store's `simulations` table.
 */
export class SimulationJobs {
  private readonly jobs = new Map<string, SimulationJob>();
  private queue: Promise<unknown> = Promise.resolve();
  constructor(
    private readonly store: Store,
    private readonly defaults: {workers?: number} = {}
  ) {}

  /** Starts a job and returns it at once (status "running"). */
  start(
    scenario: Scenario,
    options: Omit<SimulateOptions, "onProgress"> = {},
    now = new Date().toISOString()
  ): SimulationJob {
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
        job.result = await simulateScenario(scenario, {
          ...this.defaults,
          ...options,
          onProgress: (done, total) => (job.progress = {done, total})
        });
        job.status = "done";
        await this.store.simulations.putSimulation({
          id: job.id,
          kind: "scenario",
          createdAt: now,
          params: {scenario, options},
          result: job.result
        });
      } catch (e) {
        job.status = "failed";
        job.error = e instanceof Error ? e.message : String(e);
      }
    });
    return job;
  }

  get(id: string): SimulationJob | undefined {
    return this.jobs.get(id);
  }

  /** Resolves when every started job has finished. */
  async idle(): Promise<void> {
    await this.queue;
  }
}
