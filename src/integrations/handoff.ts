/**
 * What `npm run build` hands to the `astro build` it runs in a child process,
 * and the one place that reads it. The site owner's choices live in
 * astro.config.mjs (`citable({ … })`); this is not one of them: it is an
 * internal variable that only `npm run build`, the tests' support and the
 * bench set (see docs/configuration.md), read here and nowhere else.
 */
import { z } from "zod";
import { SHARE_CARD_MODES } from "../core/schema/settings.ts";

/** The environment variable that carries the handoff, as JSON. */
export const HANDOFF = "CITABLE_BUILD_HANDOFF";

const handoffSchema = z.strictObject({
  /** Another content folder than the options' (the tests' fixtures, the bench's corpora). */
  content: z.string().min(1).optional(),
  /** Another share-card cache (the bench starts each run from an empty or a full one). */
  cardCache: z.string().min(1).optional(),
  /** Which share cards, over the options' (the bench measures the build without them). */
  shareCards: z.enum(SHARE_CARD_MODES).optional(),
  /** `_headers` and the search index are left to `npm run build`, written once Astro's process has ended. */
  deferSearch: z.boolean().optional(),
  /** The file, outside the built site, where Astro's process leaves the share cards it has not drawn. */
  deferredCards: z.string().min(1).optional(),
  /** `--allow-private-network`: partners on this machine's network are accepted (to try a network locally). */
  allowPrivateNetwork: z.boolean().optional(),
  /** A file that gets a line each time the content is loaded and checked (a test counts them). */
  loadLog: z.string().min(1).optional(),
});

/** What the build was handed; every field is optional. */
export type Handoff = z.infer<typeof handoffSchema>;

/** The handoff in `env`: empty when unset; a malformed one throws, naming the variable. */
export function readHandoff(env: NodeJS.ProcessEnv = process.env): Handoff {
  const text = env[HANDOFF];
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${HANDOFF} holds ${JSON.stringify(text)}, which is not JSON.`);
  }
  const parsed = handoffSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`${HANDOFF} is not what npm run build hands over: ${issues.join("; ")}.`);
  }
  return parsed.data;
}

/** The variable that hands `handoff` to a build, to add to its environment. */
export function handoffEnv(handoff: Handoff): Record<string, string> {
  return { [HANDOFF]: JSON.stringify(handoffSchema.parse(handoff)) };
}

/** The environment of a child build: `env` with `handoff` as its handoff. */
export function withHandoff(env: NodeJS.ProcessEnv, handoff: Handoff): NodeJS.ProcessEnv {
  return { ...env, ...handoffEnv(handoff) };
}
