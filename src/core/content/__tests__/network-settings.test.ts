import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadSettings } from "../settings-files.ts";

const fixture = fileURLToPath(new URL("../../check/__tests__/fixtures/content", import.meta.url));

/** The fixture's settings with `network` appended to site.yaml; returns the folder. */
function withNetwork(network: string): string {
  const dir = mkdtempSync(join(tmpdir(), "citable-network-"));
  cpSync(join(fixture, "ratings.yaml"), join(dir, "ratings.yaml"));
  const site = readFileSync(join(fixture, "site.yaml"), "utf8");
  writeFileSync(join(dir, "site.yaml"), `${site.trimEnd()}\nnetwork:\n${network}`);
  return dir;
}

/** The line of site.yaml on which `network:` stands, from the fixture. */
const NETWORK_LINE =
  readFileSync(join(fixture, "site.yaml"), "utf8").trimEnd().split("\n").length + 1;

describe("loadSettings with partners", () => {
  it("reads partners with their weight, 1 by default", () => {
    const dir = withNetwork(
      "  - name: Vérif Nord\n    url: https://nord.example/verif/\n    lang: fr\n  - name: Check Sud\n    url: https://sud.example\n    weight: 0.5\n",
    );
    const settings = loadSettings(dir, "content");
    expect(settings.diagnostics).toEqual([]);
    expect(settings.site?.network).toEqual([
      { name: "Vérif Nord", url: "https://nord.example/verif/", lang: "fr", weight: 1 },
      { name: "Check Sud", url: "https://sud.example", weight: 0.5 },
    ]);
  });

  it.each([
    ["http://127.0.0.1:4321/"],
    ["http://192.168.1.10/"],
    ["http://[::1]:8080/"],
    ["http://intranet.local/"],
    ["http://localhost:4321/"],
  ])("refuses the private address %s on its line", (url) => {
    const dir = withNetwork(`  - name: Voisin\n    url: ${url}\n`);
    expect(loadSettings(dir, "content").diagnostics).toEqual([
      {
        file: "content/site.yaml",
        line: NETWORK_LINE + 2,
        column: 5,
        endLine: NETWORK_LINE + 2,
        endColumn: 10 + url.length,
        severity: "error",
        rule: "partner-address",
        reason: `The partner "Voisin" is at ${url}, an address on a private network: readers' browsers would be sent into their own network, and no reader elsewhere could reach it. Give the partner's public address.`,
        hint: "To try partners on this machine, run the check and the build with --allow-private-network.",
      },
    ]);
  });

  it("accepts a private address when the check is run with --allow-private-network", () => {
    const dir = withNetwork("  - name: Voisin\n    url: http://127.0.0.1:4321/\n");
    process.env.CITABLE_ALLOW_PRIVATE_NETWORK = "1";
    try {
      expect(loadSettings(dir, "content").diagnostics).toEqual([]);
    } finally {
      delete process.env.CITABLE_ALLOW_PRIVATE_NETWORK;
    }
  });

  it("refuses a look-alike host with the address rule", () => {
    const dir = withNetwork("  - name: Voisin\n    url: https://exаmple.org/\n");
    const [found] = loadSettings(dir, "content").diagnostics;
    expect(found).toMatchObject({
      line: NETWORK_LINE + 2,
      rule: "misleading-link",
      reason:
        'The field "url" of network 1 leads to "exаmple.org", a name that mixes alphabets (Latin and Cyrillic) to imitate another address. Check the address and write it in one alphabet.',
    });
  });

  it("refuses a partner listed twice, and names the first line", () => {
    const dir = withNetwork(
      "  - name: Nord\n    url: https://nord.example/\n  - name: Nord bis\n    url: https://NORD.example\n",
    );
    expect(loadSettings(dir, "content").diagnostics).toMatchObject([
      {
        line: NETWORK_LINE + 4,
        rule: "partner-address",
        reason: "The partner address https://NORD.example is listed twice. List each partner once.",
        hint: `It is first listed on line ${NETWORK_LINE + 2}.`,
      },
    ]);
  });
});
