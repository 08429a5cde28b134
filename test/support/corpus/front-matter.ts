/** A value written unquoted, such as a date (`published: 2024-05-02`). */
export class Bare {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

/** What the front-matter writer accepts; `undefined` fields are left out. */
export type YamlValue = string | Bare | readonly string[] | readonly YamlRecord[];
/** A YAML mapping. */
export type YamlRecord = { readonly [key: string]: YamlValue | undefined };

/**
 * Writes a front-matter block the way a contributor would: dates and ids bare, other strings
 * double-quoted, multi-line strings as literal blocks (`|-`).
 */
export function frontMatter(data: YamlRecord): string {
  return `---\n${mapping(data, "").join("\n")}\n---\n`;
}

function mapping(data: YamlRecord, indent: string): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value !== undefined) lines.push(...field(key, value, indent));
  }
  return lines;
}

function field(key: string, value: YamlValue, indent: string): string[] {
  if (value instanceof Bare) return [`${indent}${key}: ${value.text}`];
  if (typeof value === "string") {
    if (!value.includes("\n")) return [`${indent}${key}: ${scalar(value)}`];
    const lines = value.split("\n").map((line) => `${indent}  ${line}`);
    return [`${indent}${key}: |-`, ...lines];
  }
  const items = value.flatMap((item: string | YamlRecord) => {
    if (typeof item === "string") return [`${indent}  - ${scalar(item)}`];
    // Entries sit four columns in; the first one shares its line with the dash.
    const [first = "", ...rest] = mapping(item, `${indent}    `);
    return [`${indent}  - ${first.slice(indent.length + 4)}`, ...rest];
  });
  return [`${indent}${key}:`, ...items];
}

// Ids go bare; anything else is double-quoted, since JSON string syntax is valid YAML.
function scalar(value: string): string {
  const bare = /^[a-z][a-z0-9-]*$/.test(value) && !/^(true|false|null|yes|no|on|off)$/.test(value);
  return bare ? value : JSON.stringify(value);
}
