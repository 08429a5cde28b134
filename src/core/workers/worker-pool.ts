/**
 * Worker threads that run jobs for the main thread: a job is a function
 * exported by a module, given an input, that returns a value and the buffers
 * to transfer with it (see worker.ts). The check prepares sources with it; other
 * costly steps can run on it the same way.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { JobReply, JobRequest, WorkerStart } from "./worker.ts";

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** A fixed set of worker threads; each job goes to the one with the fewest waiting. */
export class WorkerPool {
  readonly #workers: Array<{ worker: Worker; waiting: number }> = [];
  /** How many workers run. */
  readonly size: number;
  readonly #pending = new Map<number, Pending>();
  #next = 0;
  #closing = false;

  /**
   * Starts `size` workers (default: one per core but this thread's, at least
   * one), each loading the modules of `preload` at once, before any job
   * comes: started early, a worker loads them while this thread loads its own.
   */
  constructor(size = Math.max(1, availableParallelism() - 1), preload: readonly URL[] = []) {
    this.size = size;
    const workerData: WorkerStart = { preload: preload.map((module) => module.href) };
    for (let index = 0; index < size; index++) {
      const worker = new Worker(new URL("./worker.ts", import.meta.url), { workerData });
      const slot = { worker, waiting: 0 };
      worker.on("message", (reply: JobReply) => {
        slot.waiting--;
        this.#settle(reply);
      });
      worker.on("error", (error) => this.#failAll(error));
      // A worker that ends with jobs waiting (killed, or out of memory) must not leave them hanging.
      worker.on("exit", (code) => {
        if (this.#closing) return;
        this.#failAll(
          new Error(`A worker thread stopped (exit code ${code}) before its job ended.`),
        );
      });
      this.#workers.push(slot);
    }
  }

  /** Runs the function `name` exported by `module` on `input` in a worker. */
  run<T>(module: URL, name: string, input: unknown): Promise<T> {
    const slot = this.#workers.reduce((a, b) => (b.waiting < a.waiting ? b : a));
    return this.#post(slot, module, name, input);
  }

  /**
   * Runs the function `name` exported by `module` on `input` in the worker
   * numbered `index` (from 0 to {@link size} − 1): a job that needs what an
   * earlier job left in that thread's memory.
   */
  runOn<T>(index: number, module: URL, name: string, input: unknown): Promise<T> {
    const slot = this.#workers[index];
    if (!slot) throw new RangeError(`The pool has no worker ${index}; it has ${this.size}.`);
    return this.#post(slot, module, name, input);
  }

  #post<T>(
    slot: { worker: Worker; waiting: number },
    module: URL,
    name: string,
    input: unknown,
  ): Promise<T> {
    const id = this.#next++;
    const request: JobRequest = { id, module: module.href, name, input };
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      slot.waiting++;
      slot.worker.postMessage(request);
    });
  }

  /** Stops every worker; jobs still running are refused. */
  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
    this.#failAll(new Error("The worker pool was closed before the job ended."));
  }

  #settle(reply: JobReply): void {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    this.#pending.delete(reply.id);
    if ("error" in reply)
      pending.reject(Object.assign(new Error(reply.error), { stack: reply.stack }));
    else pending.resolve(reply.value);
  }

  #failAll(error: Error): void {
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
  }
}
