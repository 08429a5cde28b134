/** The shape of a hostile contribution, shared by the corpus files. */
import type { Edit } from "../variant.ts";

/** One hostile contribution. */
export interface HostileCase {
  /** What the contribution does, and what the check does about it. */
  name: string;
  /** Files to write or change, relative to content/. */
  edits: Record<string, Edit>;
  /** A change that text cannot make (a link, a sparse file), given the content folder. */
  prepare?: (content: string) => void;
  /**
   * Every line the check prints, hints included; for a `quote-not-found`,
   * only its first line, since its hint is quote-diagnostics.ts's to word.
   */
  expected: string[];
}
