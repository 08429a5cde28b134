import { describe, expect, it } from "vitest";
import { sourcePath } from "../search-channel.ts";

describe("sourcePath", () => {
  it("names the index.html of a page's folder, relative to the built site", () => {
    expect(sourcePath("/claims/le-maire-a-dit/", "/")).toBe("claims/le-maire-a-dit/index.html");
  });

  it("leaves out the base path, which is not a folder of the built site", () => {
    expect(sourcePath("/verif/sources/rapport-2024/", "/verif/")).toBe(
      "sources/rapport-2024/index.html",
    );
    expect(sourcePath("/verif/claims/x/", "/verif")).toBe("claims/x/index.html");
  });

  it("names the home page's file", () => {
    expect(sourcePath("/", "/")).toBe("index.html");
    expect(sourcePath("/verif/", "/verif/")).toBe("index.html");
  });

  it("decodes the address, as Astro names the folder", () => {
    expect(sourcePath("/claims/%C3%A9t%C3%A9/", "/")).toBe("claims/été/index.html");
  });
});
