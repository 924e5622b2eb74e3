/**
 * Test helpers for the ClickHouse events engine: the two loopback shards of scripts/clickhouse.sh (started
 * when they do not answer, stopped only by whoever started them), and a database of its own per use, so
 * test files and helpers can share the shards at the same time.
 *
 * `MULTIVECTOR_TEST_EVENTS=clickhouse` makes every test server (startServer) keep its events on the shards:
 * CI runs the browser tests a second time that way (.ci/run).
 *
 * @module
 */
import {spawnSync} from "node:child_process";

export const CH_SHARDS = ["http://127.0.0.1:18123", "http://127.0.0.1:18124"];

/** Whether the tests' servers keep their events on ClickHouse (MULTIVECTOR_TEST_EVENTS=clickhouse). */
export const TEST_EVENTS_ON_CLICKHOUSE = process.env.MULTIVECTOR_TEST_EVENTS === "clickhouse";

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/ping`, {signal: AbortSignal.timeout(2000)})).ok;
  } catch {
    return false;
  }
}

/** Runs scripts/clickhouse.sh start|stop, or throws with its output. */
export function clickhouseScript(action: "start" | "stop"): void {
  const r = spawnSync("bash", ["scripts/clickhouse.sh", action], {encoding: "utf8", timeout: 300_000});
  if (r.status !== 0)
    throw new Error(
      `ClickHouse could not be ${action === "start" ? "started" : "stopped"}: scripts/clickhouse.sh ${action} exited with ${r.status ?? r.signal}: ${(r.stderr || r.stdout || String(r.error ?? "")).trim()}`
    );
}

let seq = 0;

/**
 * A fresh database on the shards: its `clickhouse://` URL for openStore, and `dispose()` that drops it (and
 * stops the shards when this call started them).
 */
export async function clickhouseDatabase(
  label: string
): Promise<{url: string; database: string; dispose: () => Promise<void>}> {
  let started = false;
  if (!(await Promise.all(CH_SHARDS.map(answers))).every(Boolean)) {
    clickhouseScript("start");
    started = true;
  }
  const database = `mv_${label}_${process.pid}_${Date.now().toString(36)}_${++seq}`;
  return {
    database,
    url: `clickhouse://${CH_SHARDS.map((s) => new URL(s).host).join(",")}?database=${database}`,
    dispose: async () => {
      for (const s of CH_SHARDS)
        await fetch(s, {method: "POST", body: `DROP DATABASE IF EXISTS ${database}`}).catch(() => undefined);
      if (started) clickhouseScript("stop");
    }
  };
}

/** Runs a query on the first shard and returns its text. */
export async function clickhouseQuery(query: string): Promise<string> {
  const res = await fetch(CH_SHARDS[0]!, {method: "POST", body: query});
  const text = await res.text();
  if (!res.ok) throw new Error(text);
  return text.trim();
}
