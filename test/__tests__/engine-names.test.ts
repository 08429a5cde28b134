/** The engine ships to every site: no file under src/ (tests aside) holds the example site's names. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { exampleNames, namesIn } from "../support/example-names.ts";
import { FIXTURE_SITE } from "../support/fixture-site.ts";

const PROJECT = fileURLToPath(new URL("../../", import.meta.url));
const names = exampleNames(FIXTURE_SITE);
const planted = mkdtempSync(join(tmpdir(), "citable-names-"));
afterAll(() => rmSync(planted, { recursive: true, force: true }));

describe("exampleNames", () => {
  it("takes the people, places and topics of the fixture site, not its common words", () => {
    expect(names).toEqual(
      expect.arrayContaining(["Kessaci", "Durain", "Marseille", "Légion d’honneur", "Macron"]),
    );
    expect(names).not.toContain("Message");
    expect(names).not.toContain("Citable");
  });
});

describe("namesIn", () => {
  it("names the file and line of each name, in an id or a phrase spelt another way, tests aside", () => {
    mkdirSync(join(planted, "src/core/__tests__"), { recursive: true });
    writeFileSync(
      join(planted, "src/core/ids.ts"),
      '// An id, such as durain-2025.\nconst combining = "MACRON";\n/** `légion d\'honneur` */\n',
    );
    writeFileSync(join(planted, "src/core/__tests__/ids.test.ts"), "Kessaci\n");
    expect(namesIn(join(planted, "src"), names, planted)).toEqual([
      { file: "src/core/ids.ts", line: 1, name: "Durain" },
      { file: "src/core/ids.ts", line: 3, name: "Légion d’honneur" },
    ]);
  });

  it("finds none of the example's names in the engine's files under src/", () => {
    expect(namesIn(join(PROJECT, "src"), names, PROJECT)).toEqual([]);
  });
});
