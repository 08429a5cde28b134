import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { CONTENT_CHANGED, type DevServer, reloadOnChange } from "../dev-reload.ts";
import { applyChange, clearRegistry, site } from "../registry.ts";
import { citableModules } from "../virtual-modules.ts";

const FIXTURE = fileURLToPath(
  new URL("../../core/check/__tests__/fixtures/content", import.meta.url),
);
afterEach(clearRegistry);

/** A dev server with Astro's environments, which records what each is sent, and closes. */
function server() {
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
    httpServer: { once: (_event: "close", listener: () => void) => closing.push(listener) },
  };
  const close = () => {
    for (const listener of closing) listener();
  };
  return { server: fake as unknown as DevServer, sent, close };
}

describe("reloadOnChange", () => {
  it("clears the route cache of every server environment and reloads the browser after each edit, until the server closes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "citable-reload-"));
    cpSync(FIXTURE, dir, { recursive: true });
    await site("/", dir);
    const { server: dev, sent, close } = server();
    reloadOnChange(dev);
    const claim = join(dir, "claims/exemple.md");
    const text = readFileSync(claim, "utf8");
    writeFileSync(claim, text.replace("Il l’a dit, deux fois.", "Deux fois."));
    await applyChange(claim);
    expect(sent).toEqual([
      ["client", [{ type: "full-reload", path: "*" }]],
      ["ssr", [CONTENT_CHANGED, {}]],
      ["prerender", [CONTENT_CHANGED, {}]],
    ]);
    close();
    writeFileSync(claim, text);
    await applyChange(claim);
    expect(sent).toHaveLength(3);
  });

  it("is how the virtual modules' plugin sets up the dev server", async () => {
    const dir = mkdtempSync(join(tmpdir(), "citable-reload-"));
    cpSync(FIXTURE, dir, { recursive: true });
    await site("/", dir);
    const { server: dev, sent, close } = server();
    const plugin = citableModules(() => ({ site: "", base: "/", content: dir, build: undefined }));
    plugin.configureServer(dev);
    const source = join(dir, "sources/journal.md");
    writeFileSync(source, `${readFileSync(source, "utf8")}\nUn paragraphe ajouté.\n`);
    await applyChange(source);
    close();
    expect(sent.map(([environment]) => environment)).toEqual(["client", "ssr", "prerender"]);
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
