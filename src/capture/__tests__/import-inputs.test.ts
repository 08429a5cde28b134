/** What an import makes of odd inputs: each ends on a sentence that says what to do, or imports. */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { importSource } from "../import-source.ts";
import { contentFolder, localToday } from "./content-folder.ts";

let folder: ReturnType<typeof contentFolder> | undefined;
afterEach(() => folder?.remove());

const PARAGRAPH =
  "Le conseil municipal s’est réuni jeudi soir pour examiner le budget de la ville, en présence de nombreux habitants venus poser leurs questions aux élus.";

/** Imports the file `name` holding `bytes` into a fresh content folder. */
async function importFile(name: string, bytes: Uint8Array | string, id?: string) {
  folder = contentFolder();
  const path = join(folder.dir, name);
  writeFileSync(path, bytes);
  return importSource(path, {
    content: folder.dir,
    id,
    today: localToday(),
    fetch: { timeoutMs: 1000, userAgent: "test" },
  });
}

const written = () => readdirSync(join(folder?.dir ?? "", "sources"));

describe("importSource on odd inputs", () => {
  it.each([
    ["vide.txt", ""],
    ["blanc.txt", " \n\n\t\n"],
  ])("refuses an empty input (%s), writing nothing", async (name, text) => {
    await expect(importFile(name, text)).rejects.toThrow(
      `${name} is empty: there is no text to archive. Save the page again once it has loaded, or check that you gave the right file.`,
    );
    expect(written()).toEqual([]);
  });

  it("refuses a named pipe at once instead of waiting for a writer", async () => {
    folder = contentFolder();
    const fifo = join(folder.dir, "tube.html");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    await expect(
      importSource(fifo, {
        content: folder.dir,
        today: localToday(),
        fetch: { timeoutMs: 1000, userAgent: "test" },
      }),
    ).rejects.toThrow(
      `${fifo} is not a regular file (a folder, a named pipe or a device). Save the page, the PDF or the text as a file and import that.`,
    );
  });

  it.each([
    ["utf-16le", [0xff, 0xfe]],
    ["utf-16be", [0xfe, 0xff]],
  ])("reads a plain text in %s with its byte-order mark", async (encoding, bom) => {
    const text = `${PARAGRAPH}\n\nDeuxième paragraphe, « voté » à l’unanimité.\n`;
    const units = Buffer.from(text, "utf16le");
    if (encoding === "utf-16be") units.swap16();
    const imported = await importFile(
      "copie.txt",
      Buffer.concat([Buffer.from(bom), units]),
      "copie",
    );
    const source = readFileSync(imported.sourcePath, "utf8");
    expect(
      source.endsWith(`---\n${PARAGRAPH}\n\nDeuxième paragraphe, « voté » à l’unanimité.\n`),
    ).toBe(true);
    expect(imported.warnings).toEqual([]);
  });

  it("reads a web page in UTF-16 with its byte-order mark", async () => {
    const html = `<!DOCTYPE html><html lang="fr"><head><title>Le budget</title></head><body><article><h1>Le budget</h1><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article></body></html>`;
    const imported = await importFile(
      "page.html",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, "utf16le")]),
    );
    expect(imported.kind).toBe("html");
    expect(readFileSync(imported.sourcePath, "utf8")).toContain(`\n${PARAGRAPH}\n`);
  });

  it("warns of UTF-8 read with the wrong charset, naming the charset it was read with", async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="iso-8859-1"><title>Vote</title></head><body><article><p>${PARAGRAPH}</p><p>Le budget a été voté hier soir par le conseil, à la majorité des élus présents dans la salle.</p></article></body></html>`;
    const imported = await importFile("page.html", new TextEncoder().encode(html), "vote");
    expect(imported.warnings).toEqual([
      'The text holds "sâ€™est" (read as windows-1252): this is UTF-8 read with the wrong character set, the one the page declares or its server sent. Save the page again in UTF-8 (or fix its <meta charset>) and import that copy.',
    ]);
  });

  it("warns of characters that could not be decoded", async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${PARAGRAPH}\n\nLe budget a été vot`),
      Buffer.from([0xe9]),
      Buffer.from(" hier.\n"),
    ]);
    // Declared as UTF-8 by its BOM, so the lone 0xE9 cannot be read.
    const imported = await importFile(
      "copie.txt",
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]),
      "budget",
    );
    expect(imported.warnings).toEqual([
      'The text holds one replacement character (�, first in "vot�"): bytes that could not be read as utf-8. Compare the text with the original, and import a copy saved in UTF-8.',
    ]);
  });

  it("cuts an id made from a long title at a word boundary", async () => {
    const title = `${"Le conseil municipal ".repeat(4)}${"a".repeat(300)}`;
    const imported = await importFile(
      "page.html",
      `<html><head><title>${title}</title></head><body><article><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article></body></html>`,
    );
    expect(imported.id).toBe("le-conseil-municipal-le-conseil-municipal");
  });

  it("cuts an id made from one 300-letter word at 80 letters", async () => {
    const imported = await importFile(`${"b".repeat(200)}.txt`, PARAGRAPH);
    expect(imported.id).toBe("b".repeat(80));
  });

  it("refuses an --id longer than 80 characters, with what to do", async () => {
    await expect(importFile("copie.txt", PARAGRAPH, "a".repeat(300))).rejects.toThrow(
      "The id given with --id has 300 characters, more than the 80 an id may have. Give a shorter one, such as its first words.",
    );
  });

  it("says why it cannot write, without a stack trace, and leaves nothing behind", async () => {
    folder = contentFolder();
    writeFileSync(join(folder.dir, "captures"), "un fichier, pas un dossier");
    const path = join(folder.dir, "copie.txt");
    writeFileSync(path, PARAGRAPH);
    await expect(
      importSource(path, {
        content: folder.dir,
        id: "copie",
        today: localToday(),
        fetch: { timeoutMs: 1000, userAgent: "test" },
      }),
    ).rejects.toThrow(
      `The import could not write ${join(folder.dir, "captures")} (EEXIST), so nothing was written. Check that the content folder is writable and has room.`,
    );
    expect(written()).toEqual([]);
  });

  it("writes no source the check would refuse for its size", async () => {
    const paragraph = `${"mot ".repeat(120_000)}\n\n`;
    await expect(importFile("long.txt", paragraph.repeat(10), "long")).rejects.toThrow(
      "The source file would be 4.6 MB, more than the 4 MB the check accepts. Import the article alone (the browser's reader view), or the pages you cite. Nothing was written.",
    );
    expect(written()).toEqual([]);
  });
});

describe("importSource and the sources already archived", () => {
  it.each([
    ["the same original file", PARAGRAPH],
    ["the same text", `${PARAGRAPH}\n\n`],
  ])("names the source that has %s", async (why, second) => {
    const first = await importFile("copie.txt", PARAGRAPH, "premiere");
    const path = join(folder?.dir ?? "", "encore.txt");
    writeFileSync(path, second);
    await expect(
      importSource(path, {
        content: folder?.dir ?? "",
        id: "seconde",
        today: localToday(),
        fetch: { timeoutMs: 1000, userAgent: "test" },
      }),
    ).rejects.toThrow(
      `This page is already archived: sources/premiere.md has ${why}. Cite that source, or remove it first if this capture is to replace it. Nothing was written.`,
    );
    expect(first.id).toBe("premiere");
    expect(written()).toEqual(["premiere.md"]);
  });
});
