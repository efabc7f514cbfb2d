/**
 * Run plain-data tasks on a few Web Workers (falling back to the main thread when workers are
 * unavailable, e.g. without read permission). Results come back in task order, and each task
 * is computed by the same deterministic code either way, so the outcome never depends on
 * scheduling. Workers are always terminated before returning.
 * @module
 */
import {
  type GridTask,
  type ResampleTask,
  runGridTask,
  runResampleTask,
} from "./_chinchilla_core.ts";

type Task = GridTask | ResampleTask;

function inline(task: Task): unknown {
  return task.kind === "grid" ? runGridTask(task) : runResampleTask(task);
}

/** Number of workers to use by default: the hardware concurrency, at most 4. */
export function defaultWorkers(): number {
  const n = typeof navigator !== "undefined" ? navigator.hardwareConcurrency ?? 1 : 1;
  return Math.max(1, Math.min(4, n));
}

/** Run `tasks`; `workers` ≤ 1 runs them inline. */
export async function runTasks<R>(tasks: Task[], workers: number): Promise<R[]> {
  if (workers <= 1 || tasks.length <= 1 || typeof Worker === "undefined") {
    return tasks.map((t) => inline(t) as R);
  }
  const pool: Worker[] = [];
  try {
    const url = new URL("./_worker.ts", import.meta.url).href;
    for (let i = 0; i < Math.min(workers, tasks.length); i++) {
      pool.push(new Worker(url, { type: "module" }));
    }
  } catch {
    for (const w of pool) w.terminate();
    return tasks.map((t) => inline(t) as R);
  }
  const results: R[] = new Array(tasks.length);
  let next = 0;
  try {
    await Promise.all(pool.map((worker) =>
      new Promise<void>((resolve, reject) => {
        let current = -1;
        const send = () => {
          if (next >= tasks.length) return resolve();
          current = next++;
          worker.postMessage(tasks[current]);
        };
        worker.onmessage = (e: MessageEvent<{ ok: boolean; result?: R; error?: string }>) => {
          if (!e.data.ok) return reject(new Error(e.data.error));
          results[current] = e.data.result as R;
          send();
        };
        worker.onerror = (e: ErrorEvent) => {
          e.preventDefault();
          reject(new Error(e.message));
        };
        send();
      })
    ));
  } catch {
    // A worker could not start or crashed: finish everything inline (same results).
    for (const w of pool) w.terminate();
    return tasks.map((t) => inline(t) as R);
  } finally {
    for (const w of pool) w.terminate();
  }
  return results;
}
