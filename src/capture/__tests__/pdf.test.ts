import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "../../../test/support/chromium.ts";
import { extractPdf } from "../pdf.ts";
import { encryptedPdf, printPdf } from "./pdf-files.ts";

const chromium = findChromium();
if (!chromium) {
  console.log(
    "PDF tests that print with Chromium skipped: no Chromium at /usr/bin/chromium. Set CHROME_PATH.",
  );
}
const report = readFileSync(new URL("./fixtures/rapport/report.html", import.meta.url), "utf8");

const fixture = (name: string) => new URL(`./fixtures/rapport-imprime/${name}`, import.meta.url);

describe("extractPdf", () => {
  describe("on a report Chromium printed with a running header and footer (report.pdf)", () => {
    const pdf = () => new Uint8Array(readFileSync(fixture("report.pdf")));

    it("reads it as a reader does: no header, footer or page number, whole words and paragraphs", async () => {
      const { markdown, pages, pageLines } = await extractPdf(pdf());
      expect(pages).toBe(3);
      expect(markdown).toBe(readFileSync(fixture("expected.md"), "utf8").trimEnd());
      expect(markdown).not.toMatch(/Mission sur les communes rurales|Page \d of 3/);
      // Page 2 starts inside the paragraph that runs across the page, on its own line.
      expect(pageLines).toEqual([1, 10, 14]);
      expect(markdown.split("\n")[9]).toMatch(/^des villages où rien de tel/);
    });

    it("joins a word Chromium split with U+2010 when the document has it whole", async () => {
      const { markdown } = await extractPdf(pdf());
      expect(markdown).toContain("Les élus saluent un programme utile");
      expect(markdown).toContain("Les subventions intercommunales restent rares.");
      expect(markdown).not.toContain("\u2010");
    });

    it("keeps a real hyphen at the end of a line", async () => {
      const { markdown } = await extractPdf(pdf());
      expect(markdown).toContain("prévention anti-drogue demandent");
    });
  });

  describe.skipIf(!chromium)("on a report printed by Chromium", () => {
    let pdf: Uint8Array;
    beforeAll(async () => {
      pdf = await printPdf(chromium as string, report);
    }, 60_000);

    it("writes paragraphs, where each page starts, and joins a word split at a line's end", async () => {
      const { markdown, pages, pageLines, metadata } = await extractPdf(pdf);
      expect(pages).toBe(3);
      expect(pageLines).toEqual([1, 5, 9]);
      expect(markdown).toBe(
        readFileSync(new URL("./fixtures/rapport/expected.md", import.meta.url), "utf8").trimEnd(),
      );
      expect(metadata).toEqual({
        title: {
          value: "Rapport sur la lutte contre le narcotrafic dans les petites communes",
          origin: "PDF",
        },
        author: undefined,
        lang: undefined,
      });
    });

    it("keeps a real hyphen at the end of a line", async () => {
      const { markdown } = await extractPdf(pdf);
      expect(markdown).toContain("prévention anti-drogue demandent");
    });

    it("says that a PDF of images has no text to import", async () => {
      const scan = await printPdf(
        chromium as string,
        '<div style="width:300px;height:400px;background:#555"></div>',
      );
      await expect(extractPdf(scan)).rejects.toThrow(
        "This PDF has no text layer: its pages are images (a scan). Run it through character recognition (OCR) first, or import a plain text copy of it.",
      );
    });
  });

  it("says that a PDF protected by a password cannot be read", async () => {
    await expect(extractPdf(encryptedPdf())).rejects.toThrow(
      "This PDF is protected by a password, so its text cannot be read. Import a copy without a password, or a plain text copy of it.",
    );
  });

  it("says that a broken file is not a PDF it can read", async () => {
    await expect(extractPdf(new TextEncoder().encode("%PDF-1.4\nrien de plus"))).rejects.toThrow(
      "This file cannot be read as a PDF (Invalid PDF structure.). Download it again, or import a plain text copy of it.",
    );
  });
});
