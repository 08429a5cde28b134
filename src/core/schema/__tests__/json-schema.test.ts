import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FIXTURE_SITE } from "../../../../test/support/fixture-site.ts";
import { splitFrontMatter } from "../../content/front-matter.ts";
import { loadSettings } from "../../content/settings-files.ts";
import { claimSchema } from "../claim.ts";
import { isRealDate } from "../fields.ts";
import {
  DATE_PATTERN,
  FRONT_MATTER_KINDS,
  type FrontMatterKind,
  frontMatterJsonSchema,
  frontMatterJsonSchemaText,
  type JsonSchema,
  schemaFileName,
} from "../json-schema.ts";
import { sourceSchema } from "../source.ts";

const PROJECT = fileURLToPath(new URL("../../../..", import.meta.url));
const { ratings } = loadSettings(FIXTURE_SITE, "content");
const ZOD = { claim: claimSchema, source: sourceSchema };

/** The front matter of every file of the fixture site of one kind. */
function frontMatters(kind: FrontMatterKind): [string, unknown][] {
  const folder = join(FIXTURE_SITE, `${kind}s`);
  return readdirSync(folder).map((name) => {
    const split = splitFrontMatter(readFileSync(join(folder, name), "utf8"));
    if (!split.ok) throw new Error(`${name}: ${split.reason}`);
    return [name, split.data];
  });
}

/** A claim of the fixture site, to break. */
const claim = frontMatters("claim")[0]?.[1] as Record<string, unknown>;
const citation = (claim.citations as Record<string, unknown>[])[0];

/**
 * The problems of `value` against `schema`, for the keywords the generated
 * schemas use. A keyword it does not know fails the test: a schema that grows
 * a keyword must grow a check here, so nothing is waved through.
 */
function validate(schema: JsonSchema, value: unknown, path = ""): string[] {
  const known = new Set([
    "$schema",
    "$comment",
    "title",
    "description",
    "patternErrorMessage",
    "enumDescriptions",
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "minItems",
    "minLength",
    "pattern",
    "enum",
    "anyOf",
    "format",
  ]);
  const unknown = Object.keys(schema).filter((key) => !known.has(key));
  if (unknown.length > 0) throw new Error(`${path}: unknown keywords ${unknown.join(", ")}`);
  const problems: string[] = [];
  const fail = (what: string) => problems.push(`${path || "/"} ${what}`);
  if (schema.anyOf) {
    const passes = schema.anyOf.some(
      (option) => validate(option as JsonSchema, value, path).length === 0,
    );
    if (!passes) fail("matches none of anyOf");
  }
  if (schema.enum && !schema.enum.includes(value as string)) fail("is not in enum");
  const type = Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
  if (schema.type !== undefined && schema.type !== type)
    return [...problems, `${path} is ${type}, not ${schema.type}`];
  if (typeof value === "string") {
    if (schema.minLength !== undefined && value.length < schema.minLength) fail("is too short");
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value))
      fail(`does not match ${schema.pattern}`);
    if (schema.format === "uri" && !URL.canParse(value)) fail("is not a URI");
    else if (schema.format !== undefined && schema.format !== "uri")
      throw new Error(`format ${schema.format}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) fail("has too few items");
    value.forEach((item, index) => {
      problems.push(...validate(schema.items as JsonSchema, item, `${path}/${index}`));
    });
  }
  if (type === "object") {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) fail(`misses ${key}`);
    for (const [key, item] of Object.entries(record)) {
      const property = schema.properties?.[key];
      if (property === undefined && schema.additionalProperties === false)
        fail(`has unknown ${key}`);
      else if (typeof property === "object")
        problems.push(...validate(property, item, `${path}/${key}`));
    }
  }
  return problems;
}

describe("frontMatterJsonSchemaText", () => {
  // The verdicts a committed claim schema lists are the site's (npm run schema reads its
  // ratings.yaml), so they are left out here: the rest is the engine's, and must be current.
  it.each(FRONT_MATTER_KINDS)(
    "is what public/schemas holds for a %s, the site's verdicts aside (run npm run schema)",
    (kind) => {
      const committed = readFileSync(join(PROJECT, "public/schemas", schemaFileName(kind)), "utf8");
      const engine = (text: string) => {
        const schema = JSON.parse(text) as JsonSchema;
        delete schema.properties?.verdict;
        return schema;
      };
      expect(engine(committed)).toEqual(engine(frontMatterJsonSchemaText(kind, ratings)));
    },
  );
});

describe("frontMatterJsonSchema", () => {
  it.each(FRONT_MATTER_KINDS)("has the fields of the zod schema of a %s, and no others", (kind) => {
    const schema = frontMatterJsonSchema(kind);
    const shape = ZOD[kind].shape;
    expect(Object.keys(schema.properties ?? {})).toEqual(Object.keys(shape));
    const required = Object.entries(shape).filter(
      ([, field]) => !field.safeParse(undefined).success,
    );
    expect(schema.required).toEqual(required.map(([name]) => name));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
  });

  it("closes the citations and the corrections of a claim to unknown fields", () => {
    const properties = frontMatterJsonSchema("claim").properties ?? {};
    const items = (name: string) => (properties[name] as JsonSchema).items as JsonSchema;
    expect(items("citations").additionalProperties).toBe(false);
    expect(items("corrections").additionalProperties).toBe(false);
    expect(items("citations").required).toEqual(["id", "source", "quote"]);
  });

  it("lists the verdicts of the rating scale it is given", () => {
    const verdict = frontMatterJsonSchema("claim", ratings).properties?.verdict as JsonSchema;
    expect(verdict.enum).toEqual(["vrai", "plutot-vrai", "trompeur", "faux", "inverifiable"]);
    expect((verdict.enumDescriptions as string[])[0]).toBe(
      "True (Vrai): The statement is accurate and the sources confirm it without significant reservation.",
    );
  });

  it("refuses a verdict outside the scale, as the check does with ratings.yaml", () => {
    const problems = validate(frontMatterJsonSchema("claim", ratings), {
      ...claim,
      verdict: "fausse",
    });
    expect(problems).toEqual(["/verdict is not in enum"]);
  });

  it("words a broken pattern as the check does", () => {
    const { properties } = frontMatterJsonSchema("source");
    expect(properties?.published).toMatchObject({
      type: "string",
      pattern: DATE_PATTERN,
      patternErrorMessage: "Must be a real date in the form YYYY-MM-DD, such as 2026-02-09.",
    });
    expect(properties?.url).toMatchObject({
      pattern: "^(?:https?)://",
      patternErrorMessage:
        "Must be an absolute http or https address, such as https://example.org/page.",
    });
  });

  it.each(FRONT_MATTER_KINDS)(
    "accepts the front matter of every %s of the fixture site",
    (kind) => {
      const schema = frontMatterJsonSchema(kind, ratings);
      for (const [name, data] of frontMatters(kind)) {
        expect(ZOD[kind].safeParse(data).success, name).toBe(true);
        expect(validate(schema, data), name).toEqual([]);
      }
    },
  );

  it.each([
    ["an unknown field", { ...claim, verdit: "faux" }, "/ has unknown verdit"],
    ["a missing field", { ...claim, summary: undefined }, "/ misses summary"],
    ["a text of spaces", { ...claim, claim: "   " }, "/claim does not match \\S"],
    ["a date that is not one", { ...claim, published: "10/02/2026" }, "/published does not match"],
    [
      "an ftp address",
      { ...claim, appearance: { platform: "X", url: "ftp://example.org" } },
      "/appearance/url does not match",
    ],
    [
      "a source id in capitals",
      { ...claim, citations: [{ ...citation, source: "Durain" }] },
      "/citations/0/source does not match",
    ],
    [
      "an unknown citation field",
      { ...claim, citations: [{ ...citation, qoute: "x" }] },
      "/citations/0 has unknown qoute",
    ],
    ["no citation", { ...claim, citations: [] }, "/citations has too few items"],
  ])("refuses %s, as the check does", (_name, data, problem) => {
    const present = JSON.parse(JSON.stringify(data));
    expect(claimSchema.safeParse(present).success).toBe(false);
    const problems = validate(frontMatterJsonSchema("claim", ratings), present);
    expect(problems.some((text) => text.startsWith(problem))).toBe(true);
  });

  it.each([
    ["2026-02-09", true],
    ["2026-02-09T11:57Z", false],
    ["2026-02-09T11:57:30.5+01:00", false],
    ["2026-2-9", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-01-32", false],
    ["09/02/2026", false],
    ["2026-02-09 11:57", false],
  ])("matches %j with its date pattern as the check does: %s", (date, valid) => {
    expect(new RegExp(DATE_PATTERN).test(date)).toBe(valid);
    expect(isRealDate(date)).toBe(valid);
  });

  it("leaves to the check what a pattern cannot say: February has no 30th", () => {
    expect(new RegExp(DATE_PATTERN).test("2026-02-30")).toBe(true);
    expect(isRealDate("2026-02-30")).toBe(false);
  });
});
