/**
 * The build loads the content on every core (loadStateInParallel: sources prepared and claims'
 * reasoning rendered on the worker pool, the sources' texts rendered by a worker and this
 * thread); `astro dev` and the tests load it on one (loadState). Both give the same site.
 */
import { describe, expect, it } from "vitest";
import { FIXTURE_SITE } from "../../../test/support/fixture-site.ts";
import { loadState, loadStateInParallel } from "../site-state.ts";

describe("the content loaded on every core", () => {
  it("gives the very views of the content loaded on one thread, the sources' passages and notes included", async () => {
    const serial = loadState("/verif/", FIXTURE_SITE);
    const parallel = await loadStateInParallel("/verif/", FIXTURE_SITE);
    expect(parallel.site.sources.length).toBeGreaterThan(1);
    expect(parallel.site.sources.some((source) => source.passages.length > 0)).toBe(true);
    expect(parallel.site.sources).toEqual(serial.site.sources);
    expect(parallel.site.claims).toEqual(serial.site.claims);
    expect(parallel.site.summaries).toEqual(serial.site.summaries);
  });
});
