import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importGraph, scriptOf } from "../import-graph.ts";
import { writeTree } from "./fixture.ts";

const tree = writeTree({
  "src/a.ts":
    'import type { B } from "./b.ts";\nexport * from "./c.ts";\nconst d = await import("./d.ts");\n',
  "src/b.ts": 'import { readFileSync } from "node:fs";\nexport type B = string;\n',
  "src/c.ts": "export const c = 1;\n",
  "src/d.ts": "export const d = 1;\n",
  "src/page.astro":
    '---\nimport Layout from "./layout.astro";\nimport { c } from "./c";\n---\n<p>import x from "./nothing.ts"</p>\n<script>\nimport "./d.ts";\n</script>\n',
  "src/layout.astro": "<slot />\n",
  "node_modules/x/index.ts": 'import "./y.ts";\n',
});
afterAll(tree.remove);
const graph = importGraph(tree.root);
const at = (path: string) => join(tree.root, path);

describe("importGraph", () => {
  it("reads type-only imports, re-exports and dynamic imports, resolved to files", () => {
    expect(graph.get(at("src/a.ts"))).toEqual([
      { specifier: "./b.ts", file: at("src/b.ts") },
      { specifier: "./c.ts", file: at("src/c.ts") },
      { specifier: "./d.ts", file: at("src/d.ts") },
    ]);
  });

  it("keeps package specifiers as written, without a file", () => {
    expect(graph.get(at("src/b.ts"))).toEqual([{ specifier: "node:fs", file: undefined }]);
  });

  it("reads the front matter and scripts of .astro files, and resolves extensionless specifiers", () => {
    expect(graph.get(at("src/page.astro"))).toEqual([
      { specifier: "./layout.astro", file: at("src/layout.astro") },
      { specifier: "./c", file: at("src/c.ts") },
      { specifier: "./d.ts", file: at("src/d.ts") },
    ]);
  });

  it("leaves node_modules out", () => {
    expect([...graph.keys()].some((file) => file.includes("node_modules"))).toBe(false);
  });
});

describe("scriptOf", () => {
  it("does not read the markup of an .astro file as code", () => {
    expect(scriptOf(at("src/page.astro"))).not.toContain("nothing.ts");
  });
});
