import { describe, expect, it } from "vitest";
import { findChromium } from "../../../test/support/chromium.ts";

describe("findChromium", () => {
  it("gives nothing when there is no Chromium, and the browser tests are skipped", () => {
    expect(findChromium({}, ["/nonexistent/chromium"])).toBeUndefined();
  });

  it("fails under CI when there is no Chromium, instead of letting the browser tests skip", () => {
    expect(() => findChromium({ CI: "true" }, ["/nonexistent/chromium"])).toThrow(
      "Chromium was not found (/nonexistent/chromium), and under CI the browser tests must run, not be skipped. Install Debian's chromium package or set CHROME_PATH.",
    );
  });

  it("takes CHROME_PATH first", () => {
    expect(findChromium({ CHROME_PATH: process.execPath, CI: "true" }, [])).toBe(process.execPath);
  });
});
