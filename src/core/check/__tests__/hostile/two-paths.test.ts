import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { WorkerPool } from "../../../workers/worker-pool.ts";
import { checkContent } from "../../check-parallel.ts";
import { loadCorpus } from "../../corpus.ts";
import { variantFolder } from "../variant.ts";
import { CASES, TODAY } from "./cases.ts";
import { removeFolder } from "./folders.ts";

// `npm run check` (checkContent: in this thread for a small site, shared with
// workers for a large one) and the build (a ContentSession, through loadCorpus)
// assemble the cross-file checks each on their own: a rule wired into one of
// them only fails here.
// Two workers and this thread: each gets a share of the sources and of the claims.
const pool = new WorkerPool(2);
afterAll(() => pool.close());

describe("checkContent and loadCorpus on hostile contributions", () => {
  it.each(CASES)("give the same diagnostics: $name", async (hostile) => {
    const root = variantFolder(hostile.edits);
    try {
      hostile.prepare?.(join(root, "content"));
      const content = join(root, "content");
      const session = loadCorpus(content, root, { today: TODAY });
      const alone = await checkContent(content, root, { today: TODAY });
      const shared = await checkContent(content, root, { today: TODAY }, { pool });
      for (const checked of [alone, shared]) {
        expect(checked.diagnostics).toEqual(session.diagnostics);
        expect(checked.files).toEqual(session.files);
      }
    } finally {
      removeFolder(root);
    }
  });
});
