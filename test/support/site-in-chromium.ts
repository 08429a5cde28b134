/**
 * What the browser tests share: one of the built example sites (global-setup.ts
 * builds them) served on 127.0.0.1, and Debian's Chromium, started before the
 * tests of the describe block that asks for them and stopped after.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { findChromium, launchChromium } from "./chromium.ts";
import { type Served, serve } from "./static-server.ts";

/** Chromium's path, or undefined when there is none: skip the browser tests then. */
export const chromium = findChromium();

/** The browser and the address the site is served at, once the block's tests run. */
export interface SiteInChromium {
  readonly browser: Browser;
  /** `http://127.0.0.1:<port>`, without the base path. */
  readonly origin: string;
}

/** Serves the built site `key` under `base` and starts Chromium for the calling describe block. */
export function siteInChromium(key: "root" | "verif" | "en" = "root", base = "/"): SiteInChromium {
  let browser: Browser | undefined;
  let server: Served | undefined;
  beforeAll(async () => {
    server = await serve(inject("sites")[key], base);
    browser = await launchChromium(chromium as string);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = () => {
    if (!browser || !server) throw new Error("The browser starts in beforeAll: use it in a test.");
    return { browser, server };
  };
  return {
    get browser() {
      return started().browser;
    },
    get origin() {
      return started().server.origin;
    },
  };
}
