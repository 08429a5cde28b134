/**
 * The baseline's collections: Astro's glob loader over the claims and sources of the content
 * folder named by CITABLE_CONTENT (`content/` by default), a light schema, no verification.
 */

import { defineCollection } from "astro:content";
import { resolve } from "node:path";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

const content = resolve(process.env.CITABLE_CONTENT || "content");

/** What a claim page needs of a claim's front matter. */
export const claimSchema = z.object({
  claim: z.string(),
  verdict: z.string(),
  summary: z.string(),
  published: z.coerce.date(),
  claimant: z.string().optional(),
  tags: z.array(z.string()).default([]),
  citations: z.array(z.object({ id: z.string(), source: z.string(), quote: z.string() })),
});

/** What a source page needs of a source's front matter. */
export const sourceSchema = z.object({
  title: z.string(),
  publisher: z.string(),
  published: z.coerce.date(),
  url: z.string().optional(),
});

export const collections = {
  claims: defineCollection({
    loader: glob({ pattern: "*.md", base: resolve(content, "claims") }),
    schema: claimSchema,
  }),
  sources: defineCollection({
    loader: glob({ pattern: "*.md", base: resolve(content, "sources") }),
    schema: sourceSchema,
  }),
};
