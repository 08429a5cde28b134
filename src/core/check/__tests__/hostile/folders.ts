/** Clean-up of the temporary folders that the hostile cases are written to. */
import { rmSync } from "node:fs";

/** Removes a variant's folder and everything in it (links are removed, not followed). */
export function removeFolder(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
