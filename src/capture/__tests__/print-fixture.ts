/**
 * Prints a fixture's report.html to report.pdf with Chromium, with a running
 * header and a "Page N of M" footer, as the committed PDF fixtures were made:
 * `node src/capture/__tests__/print-fixture.ts src/capture/__tests__/fixtures/rapport-imprime`.
 * The tests read the committed PDF, so they need no browser.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findChromium, launchChromium } from "../../../test/support/chromium.ts";

const folder = process.argv[2];
const chromium = findChromium();
if (!folder || !chromium) {
  console.error(
    "Usage: node src/capture/__tests__/print-fixture.ts <fixture folder> (needs Chromium)",
  );
  process.exit(2);
}
const browser = await launchChromium(chromium);
try {
  const page = await browser.newPage();
  await page.setContent(readFileSync(join(folder, "report.html"), "utf8"));
  const style = "font-size:9pt;width:100%;text-align:center";
  const pdf = await page.pdf({
    format: "A4",
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    headerTemplate: `<div style="${style}">Mission sur les communes rurales — rapport annuel</div>`,
    footerTemplate: `<div style="${style}">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
  });
  writeFileSync(join(folder, "report.pdf"), pdf);
} finally {
  await browser.close();
}
