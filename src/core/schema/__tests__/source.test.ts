import { describe, expect, it } from "vitest";
import { sourceSchema } from "../source.ts";

describe("sourceSchema", () => {
  it("accepts a source with its title, publisher, day and address", () => {
    const source = {
      title: "T",
      publisher: "P",
      published: "2025-11-22",
      url: "https://example.org/a",
    };
    expect(sourceSchema.safeParse(source).success).toBe(true);
  });

  it("refuses an address that is not http or https", () => {
    const source = {
      title: "T",
      publisher: "P",
      published: "2025-11-22",
      url: "ftp://example.org/a",
    };
    expect(sourceSchema.safeParse(source).error?.issues.map((issue) => issue.path)).toEqual([
      ["url"],
    ]);
  });
});
