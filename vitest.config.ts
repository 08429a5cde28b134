// The tests live beside the code they test, under src/. Two projects: "unit"
// needs nothing built; "site" reads the example site, which its global setup
// builds once per run (at the root and under /verif/).
import { defineConfig } from "vitest/config";

const SITE_TESTS = ["src/integrations/__tests__/**/*.test.ts", "src/pages/__tests__/**/*.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts"],
          exclude: SITE_TESTS,
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "site",
          include: SITE_TESTS,
          globalSetup: ["src/integrations/__tests__/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
