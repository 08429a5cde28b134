/**
 * Debian's Chromium, driven by playwright-core, for the browser tests and the
 * search benchmark: nothing downloads a browser of its own.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** The Chromium to use: CHROME_PATH, or Debian's /usr/bin/chromium; undefined when there is none. */
export function findChromium(env = process.env): string | undefined {
  const candidates = [env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
}

/** Starts headless Chromium with the background network off (this machine has no internet). */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-default-apps",
    ],
  });
}
