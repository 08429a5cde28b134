import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../content/markdown.ts";
import type { WorkerPool } from "../../workers/worker-pool.ts";
import { renderSourceText, type SourceText } from "../source-text.ts";
import { renderSourceTexts, renderSourceTextsOnPool } from "../source-texts.ts";

const body = "Il a dit : « La République serait derrière Amine ».\n\nUn autre paragraphe.\n";
const quoted = "La République serait derrière Amine";

function text(id: string): SourceText {
  const start = body.indexOf(quoted);
  return {
    id,
    body,
    bodyOffset: 100,
    ranges: [
      { fragment: "exemple--dit", fileStart: 100 + start, fileEnd: 100 + start + quoted.length },
    ],
    notes: [
      {
        fragment: "exemple--dit",
        claimId: "exemple",
        href: "/claims/exemple/#citation-dit",
        lead: "Il l’a dit",
        verdict: { key: "vrai", label: "Vrai" },
        lang: "fr",
      },
    ],
    lang: "fr",
    notesLabel: "Vérifications qui citent ce passage",
    citedBy: ["", "Cité par 1 vérification", "Cité par 2 vérifications"],
  };
}

describe("the sources' texts rendered on the worker pool", () => {
  it("renders from the body's Markdown what this thread renders from the tree it holds", () => {
    const rendered = renderSourceTexts([text("journal")]).get("journal");
    expect(rendered).toEqual(renderSourceText(parseMarkdown(body), text("journal")));
    expect(rendered?.html).toContain(
      `« <mark data-quote="exemple--dit" id="exemple--dit" data-note="1">${quoted}</mark> »`,
    );
    expect(rendered?.html).toContain('<a href="/claims/exemple/#citation-dit">Il l’a dit</a>');
    expect(rendered?.numbers).toEqual([["exemple--dit", 1]]);
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
