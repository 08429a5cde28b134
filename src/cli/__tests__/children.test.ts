import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { awaitChildren, childProcesses } from "../children.ts";

describe("childProcesses", () => {
  it("lists a child this process started, while it runs", async () => {
    const child = spawn("sleep", ["5"], { stdio: "ignore" });
    try {
      expect(childProcesses()).toContain(child.pid);
    } finally {
      child.kill();
      await new Promise((resolve) => child.once("exit", resolve));
    }
  });
});

describe("awaitChildren", () => {
  it("waits until an unreferenced child has ended and been reaped", async () => {
    const child = spawn("sleep", ["0.3"], { stdio: "ignore" });
    child.unref();
    expect(await awaitChildren(5000)).not.toContain(child.pid);
    // Reaped, hence waited for: no clock needed to tell.
    expect(child.exitCode ?? child.signalCode).not.toBeNull();
    expect(childProcesses()).not.toContain(child.pid);
  });

  it("gives up after its time limit and names what is left", async () => {
    const child = spawn("sleep", ["5"], { stdio: "ignore" });
    try {
      expect(await awaitChildren(100)).toContain(child.pid);
    } finally {
      child.kill();
      await new Promise((resolve) => child.once("exit", resolve));
    }
  });
});
