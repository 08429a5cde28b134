import { describe, expect, it } from "vitest";
import { pageNumbers, pageParam, pagePath } from "../paging.ts";

describe("pagePath", () => {
  it.each([
    ["verdicts/faux/", 1, "verdicts/faux/"],
    ["verdicts/faux/", 2, "verdicts/faux/page/2/"],
    ["", 1, ""],
    ["", 12, "page/12/"],
    ["sources/", 3, "sources/page/3/"],
  ])("puts page %i of %j at %j", (listing, n, path) => {
    expect(pagePath(listing, n)).toBe(path);
  });
});

describe("pageParam", () => {
  it("leaves page 1 at the listing's address and numbers the others under page/", () => {
    expect([1, 2, 40].map(pageParam)).toEqual([undefined, "page/2", "page/40"]);
  });
});

describe("pageNumbers", () => {
  it.each([
    [1, 1, [1]],
    [1, 5, [1, 2, 3, 4, 5]],
    [1, 120, [1, 2, 3, "gap", 120]],
    [6, 120, [1, "gap", 4, 5, 6, 7, 8, "gap", 120]],
    [4, 120, [1, 2, 3, 4, 5, 6, "gap", 120]],
    [120, 120, [1, "gap", 118, 119, 120]],
  ])("on page %i of %i shows %j", (current, last, numbers) => {
    expect(pageNumbers(current, last)).toEqual(numbers);
  });
});
