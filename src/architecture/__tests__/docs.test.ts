/**
 * The documentation as a newcomer meets it: a README read in minutes, and
 * links from it, from docs/ and from the contributor's guide that lead to a
 * file and a heading that exist.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const PROJECT = fileURLToPath(new URL("../../../", import.meta.url));
const read = (file: string) => readFileSync(join(PROJECT, file), "utf8");
const DOCS = readdirSync(join(PROJECT, "docs"))
  .filter((name) => name.endsWith(".md"))
  .map((name) => `docs/${name}`);

/** The text outside fenced blocks and code spans, where Markdown links are links. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
}

/** The relative link targets of a Markdown file, such as `docs/export.md#the-index`. */
function relativeLinks(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] ?? "")
    .filter((target) => !/^[a-z]+:/i.test(target));
}

/** GitHub's anchor of a heading: lowercase, punctuation dropped, spaces as hyphens. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function anchors(markdown: string): Set<string> {
  const headings = [...markdown.replace(/^```[\s\S]*?^```/gm, "").matchAll(/^#{1,6} (.+)$/gm)];
  return new Set(headings.map((match) => anchor(match[1] ?? "")));
}

/** The links of `file` that lead to no file, or to no heading of it. */
function brokenLinks(file: string): string[] {
  const broken: string[] = [];
  for (const target of relativeLinks(read(file))) {
    const [path = "", hash] = target.split("#");
    const resolved = path === "" ? file : relative(PROJECT, join(PROJECT, dirname(file), path));
    if (!existsSync(join(PROJECT, resolved))) broken.push(`${file}: ${target} (no such file)`);
    else if (hash !== undefined && resolved.endsWith(".md") && !anchors(read(resolved)).has(hash))
      broken.push(`${file}: ${target} (no such heading)`);
  }
  return broken;
}

describe("the README", () => {
  it("reads in minutes: at most 300 lines", () => {
    expect(read("README.md").split("\n").length).toBeLessThanOrEqual(300);
  });

  it("links to every page of docs/", () => {
    const linked = new Set(relativeLinks(read("README.md")).map((target) => target.split("#")[0]));
    expect(DOCS.filter((file) => !linked.has(file))).toEqual([]);
  });

  it.each(["README.md", "CONTRIBUTING.md", ...DOCS])(
    "%s links only to files and headings that exist",
    (file) => {
      expect(brokenLinks(file)).toEqual([]);
    },
  );
});

describe("brokenLinks' reading of Markdown", () => {
  it("takes GitHub's anchors of headings, and skips code", () => {
    expect(anchor("The site's own pages")).toBe("the-sites-own-pages");
    expect(anchor("From format 1 (Citable 0.1.0) to format 2")).toBe(
      "from-format-1-citable-010-to-format-2",
    );
    expect(
      relativeLinks("[a](docs/a.md) `[b](b.md)` [c](https://x.example)\n```\n[d](d.md)\n```\n"),
    ).toEqual(["docs/a.md"]);
  });
});
