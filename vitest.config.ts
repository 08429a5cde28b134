// The tests live beside the code they test: under src/, bench/ and test/ (the
// test support's own tests). Two projects: "unit" needs nothing built; "site"
// reads the fixture site, which its global setup builds once per run (at the
// root, under /verif/ and in English).
import { defineConfig } from "vitest/config";

// Every test's temporary folders in one, removed when the run ends.
const TEMPORARY_FOLDER = "test/support/temporary-folder.ts";
const SITE_TESTS = ["src/integrations/__tests__/**/*.test.ts", "src/pages/__tests__/**/*.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "bench/**/*.test.ts", "test/**/*.test.ts"],
          exclude: SITE_TESTS,
          globalSetup: [TEMPORARY_FOLDER],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "site",
          include: SITE_TESTS,
          // The temporary folder first: the fixture sites are built in it.
          globalSetup: [TEMPORARY_FOLDER, "src/integrations/__tests__/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
