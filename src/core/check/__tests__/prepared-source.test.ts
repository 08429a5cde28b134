import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { WorkerPool } from "../../workers/worker-pool.ts";
import { portable, prepareSource, prepareSources, shareSources } from "../prepared-source.ts";
import { replace, variantFolder } from "./variant.ts";

const root = variantFolder({});
const entry = (id: string) => ({
  id,
  absolute: join(root, "content/sources", `${id}.md`),
  path: `content/sources/${id}.md`,
});

describe("prepareSource", () => {
  it("reads a valid source: its searchable text, its day, and the source to render", () => {
    const prepared = prepareSource(entry("journal"), {});
    expect(prepared).toMatchObject({
      id: "journal",
      path: "content/sources/journal.md",
      diagnostics: [],
      published: "2025-11-22",
      readable: true,
      valid: true,
    });
    expect(prepared.quotable?.text.visible.text).toContain("La République serait derrière Amine");
    expect(prepared.source?.data.title).toBe("Une source de test");
  });

  it("keeps the text of a source whose front matter is wrong, so that quotes are still checked", () => {
    const broken = variantFolder({ "sources/journal.md": replace("title: ", "titre: ") });
    const prepared = prepareSource(
      { ...entry("journal"), absolute: join(broken, "content/sources/journal.md") },
      {},
    );
    expect(prepared.valid).toBe(false);
    expect(prepared.source).toBeUndefined();
    expect(prepared.quotable?.text.visible.text).toContain("Un paragraphe sans rapport");
    expect(prepared.diagnostics.map((d) => d.rule)).toContain("missing-field");
  });

  it("gives only the problem for a file that cannot be read", () => {
    const prepared = prepareSource(entry("absent"), {});
    expect(prepared.quotable).toBeUndefined();
    expect(prepared.diagnostics).toMatchObject([
      { file: "content/sources/absent.md", rule: "unreadable-file" },
    ]);
  });
});

describe("portable", () => {
  it("leaves the source behind and lists the four buffers of the searchable text", () => {
    const { value, transfer } = portable(prepareSource(entry("journal"), {}));
    expect("source" in value).toBe(false);
    expect(transfer).toHaveLength(4);
    expect(() => structuredClone(value, { transfer })).not.toThrow();
  });
});

describe("prepareSources", () => {
  it("prepares every entry as it will cross to another thread", () => {
    const { value } = prepareSources({ entries: [entry("journal"), entry("absent")], options: {} });
    expect(value.map((prepared) => [prepared.id, prepared.valid])).toEqual([
      ["journal", true],
      ["absent", false],
    ]);
    expect(value.every((prepared) => prepared.source === undefined)).toBe(true);
  });
});

describe("shareSources", () => {
  const pool = new WorkerPool(2);
  afterAll(() => pool.close());

  it("keeps a share for this thread and has the workers prepare the rest, in order", async () => {
    const entries = Array.from({ length: 10 }, (_, n) =>
      entry(n % 2 === 0 ? "journal" : `absent-${n}`),
    );
    const { own, others } = shareSources(pool, entries, {}, { ownShare: 0.5 });
    expect(own).toEqual(entries.slice(0, 2));
    expect((await others).map((prepared) => prepared.path)).toEqual(
      entries.slice(2).map((e) => e.path),
    );
  });

  it("sends the sources back ready to render when asked, as this thread prepares them", async () => {
    const entries = [entry("journal"), entry("journal"), entry("journal")];
    const { others } = shareSources(pool, entries, {}, { ownShare: 0, rendered: true });
    const [arrived] = await others;
    const here = prepareSource(entry("journal"), {});
    const { file, ...rest } = arrived?.source ?? ({} as never);
    const { file: hereFile, ...hereRest } = here.source ?? ({} as never);
    expect(rest).toEqual(hereRest);
    expect(file.body).toBe(hereFile.body);
    expect(file.point(file.bodyOffset)).toEqual(hereFile.point(hereFile.bodyOffset));
    expect(file.field(["publisher"])).toEqual(hereFile.field(["publisher"]));
  });
});
