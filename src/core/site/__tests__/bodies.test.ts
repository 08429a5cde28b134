import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { renderBodies, renderBodiesInWorker, renderBodiesJob, renderedBody } from "../bodies.ts";
import { renderClaimBody } from "../render.ts";

const CONTENT = fileURLToPath(new URL("../../check/__tests__/fixtures/content", import.meta.url));
const BODY = "Il l’a dit [@dit], puis répété [@encore].\n";
const expected = renderClaimBody(BODY, ["dit", "encore"], (id) =>
  id === "dit" ? "Citation 1" : "Citation 2",
);

const broken = mkdtempSync(join(tmpdir(), "citable-bodies-"));
afterAll(() => rmSync(broken, { recursive: true, force: true }));

describe("renderBodies", () => {
  it("renders each claim's reasoning with numbered links to its citations", () => {
    const rendered = renderBodies({ dir: CONTENT, label: "Citation {n}" });
    expect([...rendered.keys()]).toEqual(["exemple"]);
    expect(rendered.get("exemple")).toEqual({ body: BODY, ids: ["dit", "encore"], html: expected });
    expect(expected).toContain('aria-label="Citation 2">[2]</a>');
  });

  it("leaves out a claim whose front matter has no list of citations", () => {
    mkdirSync(join(broken, "claims"));
    writeFileSync(join(broken, "claims", "sans.md"), "---\nclaim: x\n---\nTexte.\n");
    expect(renderBodies({ dir: broken, label: "Citation {n}" }).size).toBe(0);
  });
});

describe("renderBodiesInWorker", () => {
  it("gives the same renderings from a worker thread", async () => {
    const rendered = await renderBodiesInWorker({ dir: CONTENT, label: "Citation {n}" });
    expect(rendered.get("exemple")?.html).toBe(expected);
  });

  it("gives nothing, rather than failing, for a folder it cannot read", async () => {
    const rendered = await renderBodiesInWorker({ dir: join(broken, "nowhere"), label: "" });
    expect(rendered.size).toBe(0);
  });
});

describe("renderedBody", () => {
  const rendered = { body: BODY, ids: ["dit", "encore"], html: expected };

  it("uses the worker's HTML for the very body and citations it rendered", () => {
    expect(renderedBody(rendered, BODY, ["dit", "encore"])).toBe(expected);
  });

  it.each([
    ["a body changed since", "Autre texte.\n", ["dit", "encore"]],
    ["citations in another order", BODY, ["encore", "dit"]],
    ["a citation more", BODY, ["dit", "encore", "plus"]],
  ])("renders again for %s", (_what, body, ids) => {
    expect(renderedBody(rendered, body, ids)).toBeUndefined();
  });
});

describe("renderBodiesJob", () => {
  it("gives the renderings as a job's value, with nothing to transfer", () => {
    const job = renderBodiesJob({ dir: CONTENT, label: "Citation {n}" });
    expect(job.transfer).toEqual([]);
    expect(job.value.get("exemple")?.html).toBe(expected);
  });
});
