import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { layoutProblems, listedFolders } from "../layout.ts";
import { writeTree } from "./fixture.ts";

const PROJECT = fileURLToPath(new URL("../../../", import.meta.url));

const fixture = writeTree({
  ".gitignore": "node_modules\ndist/\n.dist-*/\n",
  "node_modules/x/index.js": "",
  "dist/index.html": "",
  ".dist-1/index.html": "",
  ".github/workflows/ci.yml": "",
  "docs/a.md": "",
  "src/cli/check.ts": "",
  "src/core/check/claims.ts": "",
  "src/pages/index.astro": "",
});
afterAll(fixture.remove);

const LAYOUT =
  "# Architecture\n\n## Layout\n\n```\n.github/      workflows\ndocs/         docs\nsrc/          engine\nsrc/cli/      commands\nsrc/core/     the core\nsrc/core/check/  the check\nsrc/pages/    pages\n```\n";

describe("listedFolders", () => {
  it("reads the folders of the Layout section's block, in order", () => {
    expect(listedFolders(LAYOUT)).toEqual([
      ".github/",
      "docs/",
      "src/",
      "src/cli/",
      "src/core/",
      "src/core/check/",
      "src/pages/",
    ]);
  });
});

describe("layoutProblems", () => {
  it("finds nothing wrong with a list that matches the tree, ignored folders aside", () => {
    expect(layoutProblems(listedFolders(LAYOUT), fixture.root)).toEqual([]);
  });

  it("names a folder missing from the list, one listed twice, and one not in the tree", () => {
    const listed = listedFolders(LAYOUT)
      .filter((folder) => folder !== "src/pages/")
      .concat(["src/cli/", "src/bench/"]);
    expect(layoutProblems(listed, fixture.root)).toEqual([
      "src/cli/ is listed twice.",
      "src/bench/ is listed, but is not in the tree.",
      "src/pages/ is in the tree, but not listed.",
    ]);
  });

  it("finds docs/architecture.md's Layout true to this repository", () => {
    const text = readFileSync(`${PROJECT}docs/architecture.md`, "utf8");
    expect(layoutProblems(listedFolders(text), PROJECT)).toEqual([]);
  });
});
