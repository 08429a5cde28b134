import { describe, expect, it } from "vitest";
import { count, seconds } from "../numbers.ts";

describe("count", () => {
  it.each([
    [7, "7"],
    [999, "999"],
    [5_973, "5 973"],
    [100_000, "100 000"],
    [1_234_567, "1 234 567"],
  ])("writes %i as %s, thousands grouped with a space as the README writes them", (value, text) => {
    expect(count(value)).toBe(text);
  });
});

describe("seconds", () => {
  it.each([
    [0, "0.0 s"],
    [1_234, "1.2 s"],
    [46_930, "46.9 s"],
  ])("writes %i ms as %s", (ms, text) => {
    expect(seconds(ms)).toBe(text);
  });
});
