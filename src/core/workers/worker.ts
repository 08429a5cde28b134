/**
 * A thread of the {@link WorkerPool}: imports the module a job names, runs its
 * function and posts back the value (transferring the buffers it lists), or
 * the error's message and stack.
 */
import { enableCompileCache } from "node:module";
import { parentPort, workerData } from "node:worker_threads";

// A worker is a Node instance of its own: without this, it compiles every module of its jobs
// again on each start (about 150 ms of the check's modules on 2 cores), where `npm run check`'s
// own thread reads them from the cache.
enableCompileCache?.();

/** What a job function returns: its value, and the buffers to move rather than copy. */
export interface JobResult<T> {
  value: T;
  transfer: ArrayBuffer[];
}

/** A job as the pool posts it. */
export interface JobRequest {
  id: number;
  /** The module's URL. */
  module: string;
  /** The name of the function it exports. */
  name: string;
  input: unknown;
}

/** What the worker posts back. */
export type JobReply =
  | { id: number; value: unknown }
  | { id: number; error: string; stack: string | undefined };

/** What a worker is given when it starts. */
export interface WorkerStart {
  /** The URLs of the modules to load before any job comes. */
  preload: string[];
}

type JobFunction = (input: unknown) => JobResult<unknown> | Promise<JobResult<unknown>>;

// Loaded now, while this thread waits for its first job; a module that fails to load says
// so to the job that imports it.
for (const module of (workerData as WorkerStart | undefined)?.preload ?? []) {
  import(module).catch(() => undefined);
}

parentPort?.on("message", async ({ id, module, name, input }: JobRequest) => {
  try {
    const run = (await import(module))[name] as JobFunction | undefined;
    if (typeof run !== "function") throw new Error(`${module} exports no function ${name}.`);
    const { value, transfer } = await run(input);
    parentPort?.postMessage({ id, value } satisfies JobReply, transfer);
  } catch (thrown) {
    const error = thrown instanceof Error ? thrown : new Error(String(thrown));
    parentPort?.postMessage({ id, error: error.message, stack: error.stack } satisfies JobReply);
  }
});
