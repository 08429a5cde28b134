import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { astroFreeViolations, importCycles, untestedModules } from "../house-rules.ts";
import { importGraph } from "../import-graph.ts";
import { writeTree } from "./fixture.ts";

const fixture = writeTree({
  // A cycle of three through a type-only import, and one file importing itself.
  "src/core/quote/a.ts": 'import { b } from "./b.ts";\nexport const a = b;\n',
  "src/core/quote/b.ts": 'import type { C } from "../check/c.ts";\nexport const b = 1;\n',
  "src/core/check/c.ts": 'export type C = typeof import("../quote/a.ts");\n',
  "src/self.ts": 'import "./self.ts";\n',
  "src/fine.ts": 'import { a } from "./core/quote/a.ts";\n',
  "src/core/quote/__tests__/a.test.ts": "",
  "src/core/quote/__tests__/b.property.test.ts": "",
  // The core reaching out to Astro and to the pages' side.
  "src/core/site/bad.ts":
    'import { AstroError } from "astro/errors";\nimport { getCollection } from "astro:content";\nimport { site } from "../../integrations/registry.ts";\nimport { href } from "../../lib/site";\n',
  "src/integrations/registry.ts":
    'import { a } from "../core/quote/a.ts";\nexport const site = a;\n',
  "src/lib/site.ts": "export const href = 1;\n",
  // The cards, the importer and the watch reaching out the same way.
  "src/cards/card.ts":
    'import { loadEnv } from "vite";\nimport { AstroError } from "astro/errors";\n',
  "src/capture/page.ts": 'import { href } from "../lib/site.ts";\n',
  "src/watch/report.ts":
    'import type { AstroIntegration } from "astro";\nimport Frame from "../layouts/Frame.astro";\n',
  "src/layouts/Frame.astro": "<slot />\n",
  "src/pages/index.astro": '---\nimport { getCollection } from "astro:content";\n---\n',
});
afterAll(fixture.remove);
const planted = importGraph(fixture.root);
const project = fileURLToPath(new URL("../../../", import.meta.url));
const graph = importGraph(`${project}src`);

describe("importCycles", () => {
  it("finds a planted cycle through a type-only import, and a file that imports itself", () => {
    expect(importCycles(planted, fixture.root)).toEqual([
      ["src/core/check/c.ts", "src/core/quote/a.ts", "src/core/quote/b.ts"],
      ["src/self.ts"],
    ]);
  });

  it("finds no cycle under the project's src/", () => {
    expect(importCycles(graph, project)).toEqual([]);
  });
});

describe("astroFreeViolations", () => {
  it("names each import of Astro, the integrations or the pages' helpers from the core", () => {
    expect(
      astroFreeViolations(planted, fixture.root).filter(({ file }) => file.startsWith("src/core/")),
    ).toEqual([
      {
        file: "src/core/site/bad.ts",
        specifier: "astro/errors",
        reason: "src/core/ does not depend on Astro",
      },
      {
        file: "src/core/site/bad.ts",
        specifier: "astro:content",
        reason: "src/core/ does not depend on Astro",
      },
      {
        file: "src/core/site/bad.ts",
        specifier: "../../integrations/registry.ts",
        reason: "src/core/ does not import src/integrations/",
      },
      {
        file: "src/core/site/bad.ts",
        specifier: "../../lib/site",
        reason: "src/core/ does not import src/lib/",
      },
    ]);
  });

  it("names the same imports from the cards, the importer and the watch", () => {
    expect(
      astroFreeViolations(planted, fixture.root).filter(
        ({ file }) => !file.startsWith("src/core/"),
      ),
    ).toEqual([
      {
        file: "src/capture/page.ts",
        specifier: "../lib/site.ts",
        reason: "src/capture/ does not import src/lib/",
      },
      {
        file: "src/cards/card.ts",
        specifier: "astro/errors",
        reason: "src/cards/ does not depend on Astro",
      },
      {
        file: "src/watch/report.ts",
        specifier: "astro",
        reason: "src/watch/ does not depend on Astro",
      },
      {
        file: "src/watch/report.ts",
        specifier: "../layouts/Frame.astro",
        reason: "src/watch/ does not import src/layouts/",
      },
    ]);
  });

  it("finds none in the project's src/core/, src/cards/, src/capture/ and src/watch/", () => {
    expect(astroFreeViolations(graph, project)).toEqual([]);
  });
});

describe("untestedModules", () => {
  it("names each module without a test named after it", () => {
    expect(untestedModules(`${fixture.root}/src/core`)).toEqual(["check/c.ts", "site/bad.ts"]);
  });

  it("finds every module of the project's core tested", () => {
    expect(untestedModules(`${project}src/core`)).toEqual([]);
  });
});
