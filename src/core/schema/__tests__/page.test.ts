import { describe, expect, it } from "vitest";
import { pageSchema } from "../page.ts";

describe("pageSchema", () => {
  it.each([
    [{ title: "Financement", description: "Qui nous finance." }, true],
    [{ title: "Financement", description: "Qui nous finance.", order: 4 }, true],
    [{ title: "Financement" }, false],
    [{ title: "Financement", description: "D.", order: 1.5 }, false],
    [{ title: "Financement", description: "D.", author: "X" }, false],
  ])("accepts %j: %s", (input, valid) => {
    expect(pageSchema.safeParse(input).success).toBe(valid);
  });
});
