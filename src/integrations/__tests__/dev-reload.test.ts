import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { CONTENT_CHANGED, type DevServer } from "../dev-reload.ts";
import { clearRegistry, onApplied, site } from "../registry.ts";
import type { AppliedChange } from "../site-state.ts";
import { citableModules } from "../virtual-modules.ts";

const FIXTURE = fileURLToPath(
  new URL("../../core/check/__tests__/fixtures/content", import.meta.url),
);
afterEach(clearRegistry);

/** A dev server with Astro's environments, which records what each is sent, and closes. */
function server(http = true) {
  const sent: Array<[string, unknown]> = [];
  const closing: Array<() => void> = [];
  const environment = (name: string) => ({
    hot: { send: (...message: unknown[]) => sent.push([name, message]) },
  });
  const fake = {
    environments: {
      client: environment("client"),
      ssr: environment("ssr"),
      prerender: environment("prerender"),
    },
    httpServer: http
      ? { once: (_event: "close", listener: () => void) => closing.push(listener) }
      : null,
  };
  const close = () => {
    for (const listener of closing) listener();
  };
  return { server: fake as unknown as DevServer, sent, close };
}

/** The virtual modules' plugin of a copy of the fixture's content, loaded. */
async function loaded() {
  const dir = mkdtempSync(join(tmpdir(), "citable-reload-"));
  cpSync(FIXTURE, dir, { recursive: true });
  await site("/", dir);
  const plugin = citableModules(() => ({ site: "", base: "/", content: dir, build: undefined }));
  return { dir, plugin };
}

/** Writes `text` to `path` and waits until the dev loop has applied it. */
function edit(path: string, text: string): Promise<AppliedChange> {
  const applied = new Promise<AppliedChange>((resolve) => onApplied("test", resolve));
  writeFileSync(path, text);
  return applied;
}

describe("the dev loop", () => {
  it("applies each edit of the content folder, then clears every server environment's route cache and reloads the browser, until the server closes", async () => {
    const { dir, plugin } = await loaded();
    const { server: dev, sent, close } = server();
    plugin.configureServer(dev);
    // A source's text: no summary changes, its page does.
    const source = join(dir, "sources/journal.md");
    const text = readFileSync(source, "utf8");
    const applied = await edit(source, `${text}\nUn paragraphe ajouté.\n`);
    expect(applied).toEqual({
      kind: "some",
      claims: new Set(["exemple"]),
      sources: new Set(["journal"]),
    });
    expect(sent).toEqual([
      ["client", [{ type: "full-reload", path: "*" }]],
      ["ssr", [CONTENT_CHANGED, {}]],
      ["prerender", [CONTENT_CHANGED, {}]],
    ]);
    expect((await site("/", dir)).byId.sources.get("journal")?.html).toContain("ajouté");

    // An edit that leaves an error reloads nothing: the pages keep the last views.
    const claim = join(dir, "claims/exemple.md");
    const broken = readFileSync(claim, "utf8").replace("verdict: vrai", "verdict: vra");
    expect((await edit(claim, broken)).kind).toBe("errors");
    expect(sent).toHaveLength(3);

    close();
    const after = new Promise((resolve) => setTimeout(resolve, 200));
    writeFileSync(source, text);
    await after;
    expect(sent).toHaveLength(3);
  });

  it("watches a folder made after the server started", async () => {
    const { dir, plugin } = await loaded();
    const { server: dev, close } = server();
    plugin.configureServer(dev);
    const made = new Promise((resolve) => onApplied("test", resolve));
    mkdirSync(join(dir, "pages"));
    await made;
    const page =
      "---\ntitle: À propos\ndescription: Qui nous sommes.\norder: 1\n---\nLa rédaction.\n";
    expect((await edit(join(dir, "pages/a-propos.md"), page)).kind).toBe("all");
    expect((await site("/", dir)).pages.map(({ title }) => title)).toEqual(["À propos"]);
    close();
  });

  it("watches nothing for the servers `astro build` starts, and tells Vite to leave the content to it", async () => {
    const { dir, plugin } = await loaded();
    const { server: build, sent } = server(false);
    plugin.configureServer(build);
    writeFileSync(join(dir, "sources/journal.md"), "---\ntitle: [\n---\n");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sent).toEqual([]);
    const [ignored] = plugin.config().server.watch.ignored;
    const paths = [join(dir, "claims/exemple.md"), dir, `${dir}-other/x.md`];
    expect(paths.map((path) => ignored?.(path))).toEqual([true, true, false]);
  });

  it("sends the event on which Astro's dev server clears its route cache", () => {
    // Astro's own content store sends it once written; were it renamed in an Astro release,
    // an edit would never show in `astro dev`.
    const astro = createRequire(import.meta.url).resolve("astro");
    const app = join(dirname(astro), "vite-plugin-app/createAstroServerApp.js");
    const code = readFileSync(app, "utf8");
    const listener = code.slice(code.indexOf(`hot.on("${CONTENT_CHANGED}"`));
    expect(listener).toMatch(
      /^hot\.on\("astro:content-changed", \(\) => \{\s+getRouteCache\(manifest\)\.clearAll\(\);/,
    );
  });
});
