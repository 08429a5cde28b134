import { describe, expect, it } from "vitest";
import { readingOrder } from "../reading-order.ts";

describe("readingOrder", () => {
  it("orders the citations as the reasoning first refers to them", () => {
    expect(readingOrder("First [@c], then [@a], [@c] again.", ["a", "b", "c"])).toEqual([
      "c",
      "a",
      "b",
    ]);
  });

  it("puts the citations the reasoning never refers to last, in their listed order", () => {
    expect(readingOrder("See [@b] and [@zz].", ["a", "b", "c"])).toEqual(["b", "a", "c"]);
  });
});
