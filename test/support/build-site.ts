/**
 * The one way the tests build a site: `npm run build` on a content folder of
 * their choosing (the fixture site, or one they made), never the project's
 * `content/`. The build runs from the project's root, as the leader of a
 * process group of its own, so that what it leaves running can be seen.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { HANDOFF, handoffEnv } from "../../src/integrations/handoff.ts";
import { processGroup } from "./process-group.ts";

const PROJECT = fileURLToPath(new URL("../../", import.meta.url));

/** A deployment's settings as the build reads them from the environment; absent means unset. */
export interface DeploymentEnv {
  SITE_URL?: string;
  BASE_PATH?: string;
  /** As Vitest sets it: it must not drop the base path. */
  BASE_URL?: string;
}

/** What {@link buildFixtureSite} builds. */
export interface FixtureBuild {
  /** The content folder to build: the fixture site, or a folder a test wrote. */
  content: string;
  /** The folder the site is written to. */
  outDir: string;
  /**
   * Where the search index is made: after Astro's process (npm run build's
   * default), or inside `astro build` by Citable's integration.
   */
  searchIndex: "after" | "inside";
  /** The deployment's environment; by default, site.yaml's address and base. */
  env?: DeploymentEnv;
  /** `--allow-private-network`: partners on this machine are accepted (the network tests). */
  allowPrivateNetwork?: boolean;
}

/** What a fixture build left behind. */
export interface FixtureBuildResult {
  /** The processes the build left in its group once it had exited (`pid command (state)`). */
  leftovers: string[];
  /** How many times the build loaded and checked the content. */
  loads: number;
  /** How many times its load read and parsed a claim file, of how many files: `13 of 13`. */
  claimReads: string;
}

/**
 * Runs `npm run build -- --out-dir <outDir>` on `content`, handed over as
 * `npm run build` hands it to its own child (src/integrations/handoff.ts).
 * Rejects with the build's output if it fails.
 */
export async function buildFixtureSite({
  content,
  outDir,
  searchIndex,
  env = {},
  allowPrivateNetwork = false,
}: FixtureBuild): Promise<FixtureBuildResult> {
  const args = ["src/cli/build.ts", "--out-dir", outDir, "--search-index", searchIndex];
  if (allowPrivateNetwork) args.push("--allow-private-network");
  const logs = mkdtempSync(join(tmpdir(), "citable-loads-"));
  const loadLog = join(logs, "loads.log");
  try {
    const leftovers = await run(process.execPath, args, {
      ...buildEnv(env),
      ...handoffEnv({ content, loadLog }),
    });
    const lines = readFileSync(loadLog, "utf8").split("\n");
    const loads = lines.filter((line) => line.startsWith("load ")).length;
    const reads = lines.flatMap((line) => line.match(/^read (\d+) of (\d+)$/)?.slice(1) ?? []);
    return { leftovers, loads, claimReads: `${reads[0] ?? "?"} of ${reads[1] ?? "?"}` };
  } finally {
    rmSync(logs, { recursive: true, force: true });
  }
}

// What Vitest adds to the environment: Astro reads BASE_URL and MODE from it over
// its own config (BASE_URL=/ would drop the base path), and NODE_ENV=test changes Vite.
const VITEST_ENV = ["TEST", "NODE_ENV", "FORCE_TTY", "BASE_URL", "MODE", "DEV", "PROD", "SSR"];

/** The environment of a build run from a test: the shell's, with `deployment` as the only deployment settings. */
export function buildEnv(deployment: DeploymentEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };
  for (const key of [...VITEST_ENV, "SITE_URL", "BASE_PATH", HANDOFF]) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
  return { ...env, ...deployment };
}

/**
 * Runs `command` as the leader of a process group of its own, and resolves
 * with the processes left in that group once it has exited: its descendants
 * that still run, or that ended but were never reaped.
 */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: PROJECT, env, detached: true });
    const output: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const leftovers = child.pid === undefined ? [] : processGroup(child.pid);
      if (code === 0) resolve(leftovers);
      else reject(new Error(`The build failed:\n${Buffer.concat(output).toString()}`));
    });
  });
}
