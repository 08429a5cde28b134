// The tests live beside the code they test, under src/. The global setup builds
// the example site once per run for the built-site and browser tests.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    globalSetup: ["src/integrations/__tests__/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
