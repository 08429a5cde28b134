import { describe, expect, it } from "vitest";
import { isRecorded } from "../source-view.ts";

describe("isRecorded", () => {
  it.each(["Non renseigné", "non relevé", " Unknown ", "Not recorded", "n/a"])(
    "reads %j as a publisher the copy did not record",
    (publisher) => {
      expect(isRecorded(publisher)).toBe(false);
    },
  );

  it("reads a name as a recorded publisher", () => {
    expect(isRecorded("Le Journal")).toBe(true);
  });
});
