import type {SimulationRecord} from "../ports.js";
import type {DuckDB} from "./connection.js";

/** Stores one simulation run (parameters and result as JSON). */
export async function putSimulation(store: DuckDB, run: SimulationRecord): Promise<void> {
  await store.run(`INSERT INTO simulations VALUES (?, ?, ?, ?, ?, ?)`, [
    run.id,
    run.kind,
    run.createdAt,
    run.inputHash ?? null,
    JSON.stringify(run.params),
    JSON.stringify(run.result)
  ]);
}
