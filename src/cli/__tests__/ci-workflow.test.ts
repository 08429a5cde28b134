import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const WORKFLOWS = fileURLToPath(new URL("../../../.github/workflows", import.meta.url));
const FILES = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));

interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: {
    uses?: string;
    run?: string;
    env?: Record<string, string>;
    with?: Record<string, string>;
  }[];
}

interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const ci = parse(readFileSync(join(WORKFLOWS, "ci.yml"), "utf8")) as Workflow;

/** Every key and text of a parsed workflow (its comments aside), `on: [a, b]` included. */
function words(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(words);
  if (typeof value === "string") return [value];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => [key, ...words(item)]);
}

/** Every `uses:` of a workflow, steps and reusable workflows alike. */
function uses(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(uses);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === "uses" && typeof item === "string" ? [item] : uses(item),
  );
}

describe("the CI workflow", () => {
  it("checks every pull request, and main when it is pushed", () => {
    expect(Object.keys(ci.on)).toEqual(["pull_request", "push"]);
    expect(ci.on.push).toEqual({ branches: ["main"] });
  });

  it.each(FILES)("never runs %s on pull_request_target", (name) => {
    const workflow = parse(readFileSync(join(WORKFLOWS, name), "utf8"));
    expect(words(workflow)).not.toContain("pull_request_target");
  });

  it("gives every job a read-only token unless it says otherwise", () => {
    expect(ci.permissions).toEqual({ contents: "read" });
    const widened = Object.entries(ci.jobs).filter(([, job]) => job.permissions !== undefined);
    expect(widened.map(([name]) => name)).toEqual(["deploy"]);
  });

  it.each(FILES)("pins every action of %s to an exact release", (name) => {
    const all = uses(parse(readFileSync(join(WORKFLOWS, name), "utf8")));
    expect(all.length).toBeGreaterThan(0);
    for (const action of all) {
      expect(action).toMatch(/^[\w.-]+\/[\w./-]+@(?:v\d+\.\d+\.\d+|[0-9a-f]{40})$/);
    }
  });

  it("checks, builds and tests a pull request with Node from .nvmrc", () => {
    const { steps } = ci.jobs.test as Job;
    expect(steps.map((step) => step.run ?? step.uses?.replace(/@.*/, ""))).toEqual([
      "actions/checkout",
      "actions/setup-node",
      "npm ci --no-audit --no-fund",
      "actions/cache",
      "npm run check",
      "npm run build",
      "npm test",
    ]);
    expect(steps[1]).toMatchObject({ with: { "node-version-file": ".nvmrc" } });
  });

  it("builds main under the repository's sub-path, after the tests pass", () => {
    const build = ci.jobs.build as Job;
    expect(build.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(build.needs).toBe("test");
    const step = build.steps.find((item) => item.run === "npm run build");
    const expression = (name: string) => `\${{ ${name} }}`;
    expect(step?.env).toEqual({
      BASE_PATH: `/${expression("github.event.repository.name")}/`,
      SITE_URL: `https://${expression("github.repository_owner")}.github.io`,
    });
    expect(uses(build.steps).at(-1)).toMatch(/^actions\/upload-pages-artifact@/);
  });

  it("keeps the share cards between runs, so that only new or changed claims are drawn", () => {
    for (const job of [ci.jobs.test, ci.jobs.build] as Job[]) {
      const names = job.steps.map((step) => step.run ?? step.uses?.replace(/@.*/, ""));
      const cache = job.steps.find((step) => step.uses?.startsWith("actions/cache@"));
      expect(cache?.with).toMatchObject({
        path: "node_modules/.astro/cards",
        "restore-keys": "share-cards-",
      });
      expect(names.indexOf("actions/cache")).toBeLessThan(names.indexOf("npm run build"));
      expect(names.indexOf("actions/cache")).toBeGreaterThan(
        names.indexOf("npm ci --no-audit --no-fund"),
      );
    }
  });

  it("deploys with the permissions GitHub Pages needs, one deployment at a time", () => {
    const deploy = ci.jobs.deploy as Job & { concurrency: unknown };
    expect(deploy.needs).toBe("build");
    expect(deploy.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(deploy.concurrency).toEqual({ group: "pages", "cancel-in-progress": false });
    expect(uses(deploy.steps)).toEqual([expect.stringMatching(/^actions\/deploy-pages@/)]);
  });
});

describe("the workflow that watches the sources", () => {
  const watch = parse(readFileSync(join(WORKFLOWS, "watch-sources.yml"), "utf8")) as Workflow;
  const job = watch.jobs.watch as Job;

  it("runs every week, and by hand", () => {
    expect(watch.on).toEqual({ schedule: [{ cron: "17 5 * * 1" }], workflow_dispatch: null });
  });

  it("asks for write access in its one job only: to push a branch and open a pull request", () => {
    expect(watch.permissions).toEqual({ contents: "read" });
    expect(job.permissions).toEqual({ contents: "write", "pull-requests": "write" });
  });

  it("checks the originals, then proposes watch.json only when a state changed", () => {
    const runs = job.steps.flatMap((step) => (step.run ? [step.run] : []));
    expect(runs.slice(0, 2)).toEqual([
      "npm ci --no-audit --no-fund",
      'npm run watch-sources -- --format github --deadline 20 --summary "$RUNNER_TEMP/watch-summary.md"',
    ]);
    expect(runs[2]).toContain(
      `git diff --cached --quiet -I '"checked":' -I '"lastRead":' -- content/watch.json`,
    );
    expect(runs[2]).toContain(
      'gh pr create --title "Sources: the originals as checked on $day" \\\n  --body-file "$RUNNER_TEMP/watch-summary.md"',
    );
  });
});

const LOCK = fileURLToPath(new URL("../../../package-lock.json", import.meta.url));

/** Whether Node would find `name` from the package installed at `path` of the lock. */
function resolves(packages: Record<string, unknown>, path: string, name: string): boolean {
  let from = path;
  for (;;) {
    if (`${from}${from ? "/" : ""}node_modules/${name}` in packages) return true;
    const up = from.lastIndexOf("/node_modules/");
    if (from === "") return false;
    from = up === -1 ? "" : from.slice(0, up);
  }
}

describe("package-lock.json", () => {
  it("locks the optional packages of every platform, so that npm install leaves it unchanged and npm ci accepts it", () => {
    const lock = JSON.parse(readFileSync(LOCK, "utf8")) as {
      packages: Record<string, { optionalDependencies?: Record<string, string> }>;
    };
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        if (!resolves(lock.packages, path, name)) missing.push(`${name} (for ${path || "."})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
