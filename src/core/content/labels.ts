/**
 * Tags and claimants are free text, and the site lists them on pages named by
 * their slug (src/core/content/slug.ts): `Élection municipale`, `élection municipale`
 * and the same word with its accent encoded apart (NFD) share one page, under
 * one of the spellings. The check warns about every spelling that differs from
 * the first one met, so that the contributor writes one.
 */

import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic.ts";
import { Rule } from "../diagnostics/rules.ts";
import { MAX_NAME_LENGTH } from "../schema/fields.ts";
import type { ContentFile } from "./content-file.ts";
import { slugify } from "./slug.ts";

/** One use of a tag or claimant label in a claim file. */
export interface LabelUse {
  kind: "tag" | "claimant";
  label: string;
  /** The claim file: its path, and where a field is (asked only for a warning). */
  file: Pick<ContentFile, "path" | "field">;
  path: readonly PropertyKey[];
}

/** The tags and claimant of a claim file, as written (not yet checked). */
export function labelUses(file: ContentFile): LabelUse[] {
  const data = file.data as Record<string, unknown>;
  const uses: LabelUse[] = [];
  if (typeof data.claimant === "string" && data.claimant.trim() !== "") {
    uses.push({ kind: "claimant", label: data.claimant.trim(), file, path: ["claimant"] });
  }
  if (Array.isArray(data.tags)) {
    data.tags.forEach((tag: unknown, index) => {
      if (typeof tag === "string" && tag.trim() !== "") {
        uses.push({ kind: "tag", label: tag.trim(), file, path: ["tags", index] });
      }
    });
  }
  return uses;
}

const FOLDER = { tag: "tags", claimant: "claimants" } as const;

/** An error on the line of each label whose page name would be longer than a file system allows. */
export function labelLengths(uses: readonly LabelUse[]): Diagnostic[] {
  return uses.flatMap((use) => {
    const slug = slugify(use.label);
    if (slug.length <= MAX_NAME_LENGTH) return [];
    return [
      diagnostic({
        file: use.file.path,
        ...use.file.field(use.path),
        rule: Rule.labelTooLong,
        reason: `The ${use.kind}'s page would be /${FOLDER[use.kind]}/${slug.slice(0, 20)}…/, a name of ${slug.length} characters, more than the ${MAX_NAME_LENGTH} a page name may have (file systems refuse names over 255 bytes). Shorten the ${use.kind}.`,
      }),
    ];
  });
}

/** A warning for each use whose spelling differs from the first use with the same page. */
export function labelVariants(uses: readonly LabelUse[]): Diagnostic[] {
  const first = new Map<string, LabelUse>();
  const diagnostics: Diagnostic[] = [];
  // Labels repeat from claim to claim: each is slugified once.
  const slugs = new Map<string, string>();
  const slug = (label: string) => {
    const known = slugs.get(label);
    if (known !== undefined) return known;
    const made = slugify(label);
    slugs.set(label, made);
    return made;
  };
  // In file order, whichever order the files were checked in; uses within a file keep theirs.
  const ordered = [...uses].sort((a, b) =>
    a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0,
  );
  for (const use of ordered) {
    const page = `/${FOLDER[use.kind]}/${slug(use.label)}/`;
    const earlier = first.get(page);
    if (!earlier) {
      first.set(page, use);
      continue;
    }
    if (earlier.label === use.label) continue;
    const there = `${earlier.file.path}:${earlier.file.field(earlier.path).line}`;
    const encoded = earlier.label.normalize("NFC") === use.label.normalize("NFC");
    diagnostics.push(
      diagnostic({
        file: use.file.path,
        ...use.file.field(use.path),
        rule: Rule.labelVariant,
        reason: `The ${use.kind} ${JSON.stringify(use.label)} is written ${JSON.stringify(earlier.label)} in ${there}. Both go to the page ${page}, which shows only one of them: write it the same way everywhere.`,
        hint: encoded
          ? `They look alike but their accents are encoded differently: here ${escaped(use.label)}, there ${escaped(earlier.label)}. Retype it.`
          : undefined,
      }),
    );
  }
  return diagnostics;
}

/** `label` with every character outside ASCII as `\u{…}`, so two encodings can be told apart. */
function escaped(label: string): string {
  return JSON.stringify(label).replace(
    /[^\u0020-\u007e]/gu,
    (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}}`,
  );
}
