/**
 * Debian's Chromium, driven by playwright-core, for the browser tests and the
 * search benchmark: nothing downloads a browser of its own.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Where Debian and its derivatives install Chromium. */
const INSTALLED = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/**
 * The Chromium to use: CHROME_PATH, or Debian's /usr/bin/chromium; undefined
 * when there is none, and the browser tests are skipped. Under CI (`CI` set)
 * a missing Chromium is an error instead: a green run must mean the browser
 * tests ran.
 */
export function findChromium(env = process.env, installed = INSTALLED): string | undefined {
  const candidates = [env.CHROME_PATH, ...installed];
  const found = candidates.find(
    (path): path is string => Boolean(path) && existsSync(path as string),
  );
  if (found || !env.CI) return found;
  throw new Error(
    `Chromium was not found (${candidates.filter(Boolean).join(", ")}), and under CI the browser tests must run, not be skipped. Install Debian's chromium package or set CHROME_PATH.`,
  );
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
