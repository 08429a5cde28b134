import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../content/markdown.ts";
import { visibleText } from "../passages.ts";
import { searchable } from "../searchable.ts";
import { normalizeText } from "../text.ts";

describe("searchable", () => {
  it("keeps the visible text and adds it normalised, mapped back to visible offsets", () => {
    const body = "Il a dit :  « La République »";
    const visible = visibleText(parseMarkdown(body), body);
    const prepared = searchable(visible);
    expect(prepared.visible).toBe(visible);
    expect(prepared.normalized.text).toBe(normalizeText(visible.text));
    const at = prepared.normalized.text.indexOf(normalizeText("République"));
    expect(visible.text.slice(prepared.normalized.starts[at])).toMatch(/^République/);
  });
});
