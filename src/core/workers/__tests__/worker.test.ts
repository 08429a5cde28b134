import { afterAll, describe, expect, it } from "vitest";
import { WorkerPool } from "../worker-pool.ts";

const pool = new WorkerPool(1);
afterAll(() => pool.close());

describe("the worker", () => {
  it("says which module lacks the function a job names", async () => {
    const jobs = new URL("./jobs.ts", import.meta.url);
    await expect(pool.run(jobs, "triple", [1])).rejects.toThrow(
      `${jobs.href} exports no function triple.`,
    );
  });

  it("passes on the error of a module that cannot be imported", async () => {
    const missing = new URL("../../check/__tests__/no-such-module.ts", import.meta.url);
    await expect(pool.run(missing, "double", [1])).rejects.toThrow(/no-such-module/);
  });
});
