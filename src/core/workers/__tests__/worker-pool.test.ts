import { afterAll, describe, expect, it } from "vitest";
import { WorkerPool } from "../worker-pool.ts";

const JOBS = new URL("./jobs.ts", import.meta.url);
const pool = new WorkerPool(2);
afterAll(() => pool.close());

describe("WorkerPool", () => {
  it("runs a module's exported function in a worker and returns its value", async () => {
    const doubled = await pool.run<Float64Array>(JOBS, "double", [1, 2.5, -3]);
    expect([...doubled]).toEqual([2, 5, -6]);
  });

  it("runs jobs on several workers at once", async () => {
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) => pool.run<Float64Array>(JOBS, "double", [n])),
    );
    expect(results.map((result) => result[0])).toEqual([2, 4, 6, 8]);
  });

  it("runs a job on the worker it names, which keeps what an earlier job left there", async () => {
    await pool.runOn(0, JOBS, "keep", "first");
    await pool.runOn(1, JOBS, "keep", "second");
    expect(await pool.runOn(0, JOBS, "recall", null)).toBe("first");
    expect(await pool.runOn(1, JOBS, "recall", null)).toBe("second");
  });

  it("has each worker load the modules it is told to preload, before any job asks for them", async () => {
    const preloading = new WorkerPool(1, [new URL("./preload-mark.ts", import.meta.url)]);
    try {
      expect(await preloading.run(JOBS, "preloaded", null)).toBe(true);
    } finally {
      await preloading.close();
    }
  });

  it("refuses a worker it does not have", () => {
    expect(() => pool.runOn(2, JOBS, "recall", null)).toThrow(
      "The pool has no worker 2; it has 2.",
    );
  });

  it("rejects with the job's own error message", async () => {
    await expect(pool.run(JOBS, "fail", null)).rejects.toThrow("This job always fails.");
  });

  it("rejects a job whose worker stopped instead of waiting for ever", async () => {
    const stopping = new WorkerPool(1);
    await expect(stopping.run(JOBS, "exit", null)).rejects.toThrow(
      "A worker thread stopped (exit code 3) before its job ended.",
    );
    await stopping.close();
  });

  it("refuses jobs still waiting when it is closed", async () => {
    const closing = new WorkerPool(1);
    const job = closing.run(JOBS, "double", [1]);
    await closing.close();
    await expect(job).rejects.toThrow("The worker pool was closed before the job ended.");
  });
});
