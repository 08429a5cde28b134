import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../content/markdown.ts";
import type { WorkerPool } from "../../workers/worker-pool.ts";
import { renderSourceText, type SourceText } from "../source-text.ts";
import { renderSourceTexts, renderSourceTextsOnPool } from "../source-texts.ts";
import { body, sampleText as text } from "./source-text-sample.ts";

describe("the sources' texts rendered on the worker pool", () => {
  it("renders from the body's Markdown what this thread renders from the tree it holds", () => {
    expect(renderSourceTexts([text("journal")]).get("journal")).toEqual(
      renderSourceText(parseMarkdown(body), text("journal")),
    );
  });

  it("renders here the share of a worker that cannot run: the pool makes the build faster, never different", async () => {
    const failing = {
      size: 1,
      run: () => Promise.reject(new Error("the worker stopped")),
    } as unknown as WorkerPool;
    const texts = [text("a"), text("b"), text("c")];
    const here = (one: SourceText) => renderSourceText(parseMarkdown(one.body), one);
    const rendered = await renderSourceTextsOnPool(failing, texts, here);
    expect([...rendered.keys()]).toEqual(["a", "b", "c"]);
    expect(rendered.get("c")).toEqual(here(text("c")));
  });
});
