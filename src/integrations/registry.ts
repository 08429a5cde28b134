/**
 * The checked site of each content folder and base path, loaded once per
 * process (the process Astro's content loader runs in) and updated in place by
 * `astro dev` on every change.
 *
 * The content loader (loader.ts) loads the site here; in `astro dev`, the dev
 * loop (dev-reload.ts) applies each change of the content folder here, and is
 * told, as the loader is, what each change did. Pages never read it while they
 * render: in `astro build` they get their views as `getStaticPaths` props (from
 * the snapshot the integration writes, snapshot.ts) and the settings from a
 * virtual module (virtual-modules.ts); in `astro dev` those two read it here.
 * The registry lives on `globalThis` because Astro loads the loader, the
 * integration and the dev server's modules as separate module instances of one
 * process.
 */
import { appendFileSync, statSync } from "node:fs";
import { resolve, sep } from "node:path";
import type { ShareCardMode } from "../core/schema/settings.ts";
import { readHandoff } from "./handoff.ts";
import {
  type AppliedChange,
  applyToState,
  type LoadedSite,
  loadStateInParallel,
  type SiteState,
} from "./site-state.ts";

interface Registry {
  /** The content folder `citable()` was given, absolute. */
  content?: string | undefined;
  /** The share cards `citable()` was asked for, over site.yaml's. */
  shareCards?: ShareCardMode | undefined;
  /** The sites by content folder and base path. */
  sites: Map<string, Promise<SiteState>>;

  /** The last change applied: a watcher may hear one write twice. */
  lastChange?: { token: string; result: Promise<AppliedChange> } | undefined;
  /** Told of each change applied, by name: the dev server (dev-reload.ts), the loader. */
  listeners: Map<string, (change: AppliedChange) => void>;
}

const KEY = Symbol.for("citable.registry");

function registry(): Registry {
  const holder = globalThis as { [KEY]?: Registry };
  holder[KEY] ??= { sites: new Map(), listeners: new Map() };
  return holder[KEY];
}

/** Takes `citable()`'s content folder (which {@link contentFolder} then gives) and share cards. */
export function configure(options: { content: string; shareCards?: ShareCardMode | undefined }) {
  registry().content = resolve(options.content);
  registry().shareCards = options.shareCards;
}

/** The content folder, absolute: `citable()`'s, or `content/` before it is configured. */
export function contentFolder(): string {
  return registry().content ?? resolve("content");
}

/** The checked site of `dir` with links under `base`, loaded on first use; content errors reject. */
export async function site(base: string, dir = contentFolder()): Promise<LoadedSite> {
  const { sites } = registry();
  const key = `${dir}\0${base}`;
  let state = sites.get(key);
  if (!state) {
    // A test counts the loads of a build in this log: one, however many pages and workers.
    const { loadLog } = readHandoff();
    if (loadLog) appendFileSync(loadLog, `load ${dir}\n`);
    state = loadStateInParallel(base, dir, registry().shareCards);
    // And how many times it read the claim files: once each.
    if (loadLog) {
      const files = ({ session }: SiteState) =>
        appendFileSync(loadLog, `read ${session.claimReads} of ${session.result().files.claims}\n`);
      // A failed load is reported where it is awaited, not here.
      state.then(files, () => undefined);
    }
    sites.set(key, state);
    // A failed load is not kept: the next call tries again.
    state.catch(() => sites.delete(key));
  }
  return (await state).site;
}

/**
 * Takes a change of the file at `path` into every site of its content folder,
 * once for each version of the file (the token is the path and its
 * modification time: a watcher may hear one write twice), and says what it
 * did to the first.
 */
export function applyChange(path: string): Promise<AppliedChange> {
  let mtime = "gone";
  try {
    mtime = String(statSync(path).mtimeMs);
  } catch {
    // Deleted: the session drops it.
  }
  const token = `${path}\0${mtime}`;
  const current = registry();
  if (current.lastChange?.token !== token) {
    current.lastChange = { token, result: apply(path) };
  }
  return current.lastChange.result;
}

async function apply(path: string): Promise<AppliedChange> {
  const settled = await Promise.allSettled(registry().sites.values());
  const results = settled
    .flatMap((loaded) => (loaded.status === "fulfilled" ? [loaded.value] : []))
    .filter((state) => path.startsWith(`${state.dir}${sep}`))
    .map((state) => applyToState(state, path));
  const first: AppliedChange = results[0] ?? { kind: "errors", lines: [] };
  for (const listener of registry().listeners.values()) listener(first);
  return first;
}

/**
 * Calls `listener` with each change applied, as soon as the views are made
 * again (or the errors found), in place of the listener of the same `name`:
 * a dev server or a loader set up again replaces its own. Gives the function
 * that stops it.
 */
export function onApplied(name: string, listener: (change: AppliedChange) => void): () => void {
  const { listeners } = registry();
  listeners.set(name, listener);
  return () => {
    if (listeners.get(name) === listener) listeners.delete(name);
  };
}

/** Forgets every site: the next {@link site} loads its content again. */
export function clearRegistry(): void {
  registry().sites.clear();
  registry().lastChange = undefined;
}
