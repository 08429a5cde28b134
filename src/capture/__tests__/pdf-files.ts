/** PDFs for the tests, made here: printed by Chromium from HTML, or written by hand. */
import { launchChromium } from "../../../test/support/chromium.ts";

/** Prints `html` to an A4 PDF with the Chromium at `chromium`. */
export async function printPdf(chromium: string, html: string): Promise<Uint8Array> {
  const browser = await launchChromium(chromium);
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    return await page.pdf({ format: "A4" });
  } finally {
    await browser.close();
  }
}

/**
 * A one-page PDF encrypted with the standard security handler and a user
 * password (its /U entry matches no empty password), as a protected report is.
 */
export function encryptedPdf(): Uint8Array {
  const hex = (byte: number) => byte.toString(16).padStart(2, "0").repeat(32);
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(0x5a)}> /U <${hex(0xa5)}> /P -4 >>`,
  ];
  let text = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, "0")} 00000 n \n`;
  text += `trailer\n<< /Root 1 0 R /Size ${objects.length + 1} /Encrypt 4 0 R /ID [<${"01".repeat(16)}> <${"01".repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(text);
}
