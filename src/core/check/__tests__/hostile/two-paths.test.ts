import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent } from "../../check-parallel.ts";
import { loadCorpus } from "../../corpus.ts";
import { variantFolder } from "../variant.ts";
import { CASES, TODAY } from "./cases.ts";
import { removeFolder } from "./folders.ts";

// `npm run check` (checkContent, on two threads) and the build (a ContentSession,
// through loadCorpus) assemble the cross-file checks each on their own: a rule
// wired into one of them only fails here.
describe("checkContent and loadCorpus on hostile contributions", () => {
  it.each(CASES)("give the same diagnostics: $name", async (hostile) => {
    const root = variantFolder(hostile.edits);
    try {
      hostile.prepare?.(join(root, "content"));
      const content = join(root, "content");
      const parallel = await checkContent(content, root, { today: TODAY });
      const session = loadCorpus(content, root, { today: TODAY });
      expect(parallel.diagnostics).toEqual(session.diagnostics);
      expect(parallel.files).toEqual(session.files);
    } finally {
      removeFolder(root);
    }
  });
});
