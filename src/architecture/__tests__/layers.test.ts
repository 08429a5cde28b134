import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { importGraph } from "../import-graph.ts";
import { CORE_LAYERS, layerOf, layerViolations } from "../layers.ts";
import { writeTree } from "./fixture.ts";

const fixture = writeTree({
  // Downward and sideways imports are fine; so is a test reaching up.
  "src/core/diagnostics/diagnostic.ts": 'import { n } from "../numbers.ts";\nexport const d = n;\n',
  "src/core/content/dates.ts":
    'import { d } from "../diagnostics/diagnostic.ts";\nimport { m } from "./markdown.ts";\nexport const t = d + m;\n',
  "src/core/content/markdown.ts": "export const m = 1;\n",
  "src/core/content/__tests__/dates.test.ts": 'import "../../site/view.ts";\n',
  "src/core/site/view.ts": 'import { t } from "../content/dates.ts";\nexport const v = t;\n',
  // The schema reaching up to content and the site, and a loose file to the site.
  "src/core/numbers.ts": 'import type { v } from "./site/view.ts";\nexport const n = 1;\n',
  "src/core/schema/fields.ts":
    'import { t } from "../content/dates.ts";\nimport type { v } from "../site/view.ts";\nexport const f = t;\n',
  "src/core/loose.ts": 'import { v } from "./site/view.ts";\nexport const l = v;\n',
  // A folder the order does not know.
  "src/core/helpers/misc.ts": "export const x = 1;\n",
});
afterAll(fixture.remove);
const project = fileURLToPath(new URL("../../../", import.meta.url));

describe("CORE_LAYERS", () => {
  it("places every folder and loose file of the project's src/core/, and nothing else", () => {
    const entries = readdirSync(`${project}src/core`).filter((name) => name !== "__tests__");
    expect([...CORE_LAYERS].sort()).toEqual(entries.sort());
  });
});

describe("layerOf", () => {
  it.each([
    ["src/core/quote/locate.ts", "quote"],
    ["src/core/numbers.ts", "numbers.ts"],
    ["src/cards/png.ts", undefined],
  ])("takes %s to the layer %s", (path, layer) => {
    expect(layerOf(path)).toBe(layer);
  });
});

describe("layerViolations", () => {
  it("names each import from a layer to one above it, and a folder without a place", () => {
    const order =
      "bottom to top: numbers.ts, diagnostics, schema, content, quote, workers, check, site, output";
    expect(layerViolations(importGraph(fixture.root), fixture.root)).toEqual([
      {
        file: "src/core/helpers/misc.ts",
        specifier: "",
        reason: `src/core/helpers/ has no place in the core's layers; add it to CORE_LAYERS (${order})`,
      },
      {
        file: "src/core/loose.ts",
        specifier: "",
        reason: `src/core/loose.ts has no place in the core's layers; add it to CORE_LAYERS (${order})`,
      },
      {
        file: "src/core/numbers.ts",
        specifier: "./site/view.ts",
        reason: `src/core/numbers.ts imports src/core/site/, a layer above it: each layer imports only itself and those below it (${order})`,
      },
      {
        file: "src/core/schema/fields.ts",
        specifier: "../content/dates.ts",
        reason: `src/core/schema/ imports src/core/content/, a layer above it: each layer imports only itself and those below it (${order})`,
      },
      {
        file: "src/core/schema/fields.ts",
        specifier: "../site/view.ts",
        reason: `src/core/schema/ imports src/core/site/, a layer above it: each layer imports only itself and those below it (${order})`,
      },
    ]);
  });

  it("finds none in the project's src/core/", () => {
    expect(layerViolations(importGraph(`${project}src`), project)).toEqual([]);
  });
});
