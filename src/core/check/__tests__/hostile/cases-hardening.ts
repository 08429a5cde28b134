/**
 * Hostile contributions that passed the check and broke the build, or slipped
 * past a rule in another spelling: names too long for a file system, links
 * that lead elsewhere without a scheme, a linked captures folder, a base path
 * that climbs. Part of {@link CASES} (cases.ts).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { replace } from "../variant.ts";
import type { HostileCase } from "./hostile-case.ts";

const CLAIM = "claims/exemple.md";
const SOURCE = "sources/journal.md";
const SHA = createHash("sha256").update("Texte.\n").digest("hex");
const reasoning = (text: string) =>
  replace("puis répété [@encore].", `puis répété [@encore].\n${text}`);
const long = (n: number) => "a".repeat(n);
const fixture = (path: string) =>
  readFileSync(new URL(`../fixtures/content/${path}`, import.meta.url), "utf8");

export const HARDENING_CASES: HostileCase[] = [
  {
    name: "refuses a claim id longer than a file name of the site may be",
    edits: { [`claims/${long(201)}.md`]: fixture(CLAIM) },
    expected: [
      `content/claims/${long(201)}.md:1:1  error  The file name is 201 characters long without .md, more than the 200 an id may have: the site names files after it, and file systems refuse names over 255 bytes. Shorten it.  invalid-id`,
    ],
  },
  {
    name: "accepts a claim id of 200 characters",
    edits: { [`claims/${long(200)}.md`]: fixture(CLAIM) },
    expected: [],
  },
  {
    name: "refuses a tag whose page name would be longer than a file name may be",
    edits: {
      [CLAIM]: replace("verdict: vrai", `verdict: vrai\ntags: [Narcotrafic, ${long(300)}]`),
    },
    expected: [
      `content/claims/exemple.md:5:21  error  The tag's page would be /tags/${long(20)}…/, a name of 300 characters, more than the 200 a page name may have (file systems refuse names over 255 bytes). Shorten the tag.  label-too-long`,
    ],
  },
  {
    name: "refuses a claimant whose page name would be longer than a file name may be",
    edits: { [CLAIM]: replace("claimant: Jérôme Durain", `claimant: "${"Jérôme ".repeat(40)}"`) },
    expected: [
      "content/claims/exemple.md:3:1  error  The claimant's page would be /claimants/jerome-jerome-jerome…/, a name of 279 characters, more than the 200 a page name may have (file systems refuse names over 255 bytes). Shorten the claimant.  label-too-long",
    ],
  },
  {
    name: "refuses a link with a name before @, written with https://",
    edits: { [CLAIM]: reasoning("Voir [la banque](https://www.banque.fr@evil.example/login).") },
    expected: [
      `content/claims/exemple.md:16:6  error  The link's address "https://www.banque.fr@evil.example/login" puts "www.banque.fr" before @, so it leads to evil.example, not where it seems to. Write the address without the part before @.  misleading-link`,
    ],
  },
  {
    name: "refuses the same link written protocol-relative",
    edits: { [CLAIM]: reasoning("Voir [la banque](//www.banque.fr@evil.example/login).") },
    expected: [
      `content/claims/exemple.md:16:6  error  The link's address "//www.banque.fr@evil.example/login" puts "www.banque.fr" before @, so it leads to evil.example, not where it seems to. Write the address without the part before @.  misleading-link`,
    ],
  },
  {
    name: "refuses the same link written with backslashes",
    edits: { [CLAIM]: reasoning("Voir [la banque](\\\\\\\\www.banque.fr@evil.example/login).") },
    expected: [
      `content/claims/exemple.md:16:6  error  The link's address "\\\\\\\\www.banque.fr@evil.example/login" puts "www.banque.fr" before @, so it leads to evil.example, not where it seems to. Write the address without the part before @.  misleading-link`,
    ],
  },
  {
    name: "refuses a protocol-relative link to a host in two alphabets",
    edits: { [SOURCE]: (text) => `${text}\nVoir [le site](//exаmple.org/).\n` },
    expected: [
      `content/sources/journal.md:14:6  error  The link leads to "exаmple.org", a name that mixes alphabets (Latin and Cyrillic) to imitate another address. Check the address and write it in one alphabet.  misleading-link`,
    ],
  },
  {
    name: "refuses a captures folder that is a symbolic link",
    edits: {
      [SOURCE]: replace(
        "url: https://example.org/article",
        `url: https://example.org/article\ncapture:\n  file: captures/journal.txt\n  sha256: ${SHA}\n  retrieved: 2026-01-10`,
      ),
    },
    prepare: (content) => {
      // Outside the content folder, inside the case's folder (removed with it).
      const elsewhere = join(content, "..", "elsewhere");
      mkdirSync(elsewhere);
      writeFileSync(join(elsewhere, "journal.txt"), "Texte.\n");
      symlinkSync(elsewhere, join(content, "captures"));
    },
    expected: [
      "content/sources/journal.md:7:3  error  The folder captures/ is a symbolic link. Captures must be plain files inside the content folder: a link could make the site publish a file from elsewhere. Replace the link by the folder itself.  capture-hash",
    ],
  },
  {
    name: "accepts a captures folder that is a folder",
    edits: {
      [SOURCE]: replace(
        "url: https://example.org/article",
        `url: https://example.org/article\ncapture:\n  file: captures/journal.txt\n  sha256: ${SHA}\n  retrieved: 2026-01-10`,
      ),
    },
    prepare: (content) => {
      mkdirSync(join(content, "captures"));
      writeFileSync(join(content, "captures", "journal.txt"), "Texte.\n");
    },
    expected: [],
  },
  {
    name: "refuses a base path that climbs out of the site",
    edits: { "site.yaml": replace("base: /", "base: /../../etc/") },
    expected: [
      `content/site.yaml:6:1  error  The field "base" must be a path that stays in the site, without . or .. folders, such as /verif/, but it is "/../../etc/".  invalid-field\n    base: The path under the address, such as /verif/. BASE_PATH overrides it. Default: /.`,
    ],
  },
  {
    name: "builds a source whose id is constructor, with a watch.json that does not name it",
    edits: {
      "sources/constructor.md": fixture(SOURCE),
      "watch.json": `${JSON.stringify({ sources: { journal: { url: "https://example.org/article", checked: "2026-02-01T06:00:00Z", state: "unchanged" } } }, null, 2)}\n`,
    },
    expected: [],
  },
];
