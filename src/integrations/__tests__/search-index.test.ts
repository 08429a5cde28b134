import { describe, expect, it } from "vitest";
import { fragmentFiles } from "../search-index.ts";

describe("fragmentFiles", () => {
  it("leaves Pagefind one fragment file per page up to 5 000 pages", () => {
    expect(fragmentFiles(120)).toBe(5000);
    expect(fragmentFiles(5000)).toBe(5000);
  });

  it("lets two pages share a file above 5 000 pages", () => {
    expect(fragmentFiles(11_000)).toBe(5500);
    expect(fragmentFiles(33_001)).toBe(16_501);
  });
});
