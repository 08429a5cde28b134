import { afterAll, describe, expect, it } from "vitest";
import { WorkerPool } from "../../workers/worker-pool.ts";
import {
  bodyInput,
  renderBodies,
  renderBodiesJob,
  renderBodiesOnPool,
  renderedBody,
} from "../bodies.ts";
import { renderClaimBody } from "../render.ts";

const BODY = "Il l’a dit [@dit], puis répété [@encore].\n";
const expected = renderClaimBody(BODY, ["dit", "encore"], (id) =>
  id === "dit" ? "Citation 1" : "Citation 2",
);
const CLAIM = { id: "exemple", body: BODY, citations: ["dit", "encore"] };

const pool = new WorkerPool(2);
afterAll(() => pool.close());

describe("bodyInput", () => {
  it("takes the body, the citation ids and the claim's own language from its opened file", () => {
    const data = { citations: [{ id: "dit" }, { id: "encore" }], lang: "en" };
    expect(bodyInput("exemple", { body: BODY, data })).toEqual({ ...CLAIM, lang: "en" });
  });

  it("leaves out a claim whose front matter has no list of citations", () => {
    expect(bodyInput("sans", { body: "Texte.\n", data: { claim: "x" } })).toBeUndefined();
  });
});

describe("renderBodies", () => {
  it("renders each claim's reasoning with numbered links to its citations", () => {
    const rendered = renderBodies({ claims: [CLAIM], label: "Citation {n}" });
    expect([...rendered.keys()]).toEqual(["exemple"]);
    expect(rendered.get("exemple")).toEqual({ body: BODY, ids: ["dit", "encore"], html: expected });
    expect(expected).toContain('aria-label="Citation 2">[2]</a>');
  });
});

describe("renderBodiesOnPool", () => {
  it("gives the same renderings from the workers, each claim once", async () => {
    const other = { id: "autre", body: "Voir [@dit].\n", citations: ["dit"] };
    const rendered = await renderBodiesOnPool(pool, {
      claims: [CLAIM, other],
      label: "Citation {n}",
    });
    expect([...rendered.keys()]).toEqual(["exemple", "autre"]);
    expect(rendered.get("exemple")?.html).toBe(expected);
  });

  it("gives nothing, rather than failing, when the workers cannot render", async () => {
    const closed = new WorkerPool(1);
    const rendering = renderBodiesOnPool(closed, { claims: [CLAIM], label: "" });
    await closed.close();
    expect((await rendering).size).toBe(0);
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
    const job = renderBodiesJob({ claims: [CLAIM], label: "Citation {n}" });
    expect(job.transfer).toEqual([]);
    expect(job.value.get("exemple")?.html).toBe(expected);
  });
});
