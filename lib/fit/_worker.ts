/**
 * Web Worker entry for the Chinchilla fits: receives a task, runs the same code the main thread
 * would run inline, posts the result back.
 * @module
 */
import {
  type GridTask,
  type ResampleTask,
  runGridTask,
  runResampleTask,
} from "./_chinchilla_core.ts";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<GridTask | ResampleTask>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (e) => {
  try {
    const task = e.data;
    const result = task.kind === "grid" ? runGridTask(task) : runResampleTask(task);
    scope.postMessage({ ok: true, result });
  } catch (error) {
    scope.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
