/**
 * `npm run import -- <file-or-address> [--id <source-id>] [--content dir] [--timeout seconds] [--allow-private-network]`:
 * makes a source file from a saved web page, a PDF, a plain text or an
 * address, keeps the original bytes beside it, then checks the new file and
 * prints what is left to do. It exits 0 once the files are written, whatever
 * is left to fill in: the to-do says it, and other files' problems are not
 * its own.
 */
import { existsSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { CaptureError, importSource, MAX_CAPTURE_BYTES, userAgent } from "../capture/index.ts";
import { checkContent } from "../core/check/check-parallel.ts";
import { loadSettings } from "../core/content/settings-files.ts";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import { parseCommand } from "./args.ts";

const usage =
  "Usage: npm run import -- <saved-page.html|document.pdf|copy.txt|https://address> [--id source-id] [--content dir] [--timeout seconds] [--allow-private-network]";

async function main(): Promise<number> {
  const parsed = parseCommand(
    {
      id: { type: "string" },
      content: { type: "string" },
      timeout: { type: "string" },
      "allow-private-network": { type: "boolean" },
    },
    usage,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const [input, ...extra] = positionals;
  if (input === undefined || extra.length > 0) {
    console.error(usage);
    return 2;
  }
  const content = resolve(values.content ?? "content");
  if (!existsSync(content)) {
    console.error(`There is no content folder at ${content}.\n${usage}`);
    return 2;
  }
  const seconds = Number(values.timeout ?? 30);
  if (!(seconds > 0 && seconds <= 600)) {
    console.error(`--timeout takes a number of seconds between 1 and 600, such as 30.\n${usage}`);
    return 2;
  }
  const { site } = loadSettings(content, shown(content));
  let imported: Awaited<ReturnType<typeof importSource>>;
  try {
    imported = await importSource(input, {
      content,
      id: values.id,
      today: today(),
      fetch: {
        timeoutMs: seconds * 1000,
        userAgent: userAgent(site),
        maxBytes: MAX_CAPTURE_BYTES,
        allowPrivateNetwork: values["allow-private-network"] ?? false,
      },
    });
  } catch (thrown) {
    if (!(thrown instanceof CaptureError)) throw thrown;
    console.error(thrown.message);
    return 1;
  }
  const size = `${(imported.bytes / 1024).toLocaleString("en", { maximumFractionDigits: 1 })} KB`;
  console.log(
    `Wrote ${shown(imported.sourcePath)} and its capture ${shown(imported.capturePath)} (${size}, SHA-256 ${imported.sha256.slice(0, 12)}…).`,
  );
  for (const warning of imported.warnings) console.log(`Warning: ${warning}`);
  const result = await checkContent(content);
  const own = result.diagnostics.filter(
    (diagnostic) => resolve(diagnostic.file) === imported.sourcePath,
  );
  console.log("To do:");
  if (imported.missing.length > 0) {
    console.log(
      `- Fill in ${list(imported.missing)}: the capture does not give ${imported.missing.length === 1 ? "it" : "them"}.`,
    );
  }
  console.log(
    "- Read the text against the original and remove what is not the document (the importer keeps what it cannot tell apart).",
  );
  const others = own.filter((diagnostic) => !missingField(diagnostic.reason, imported.missing));
  if (others.length > 0) {
    console.log(`- Fix what npm run check says of ${shown(imported.sourcePath)}:`);
    for (const diagnostic of others) console.log(formatDiagnostic(diagnostic));
  }
  return 0;
}

/** Whether a diagnostic is about a field the to-do already names. */
function missingField(reason: string, missing: readonly string[]): boolean {
  return missing.some((field) => reason.startsWith(`The field "${field}" `));
}

function shown(path: string): string {
  return relative(process.cwd(), path).split(sep).join("/") || ".";
}

function list(names: readonly string[]): string {
  return names.length < 2
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Today in the contributor's time zone, `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

process.exitCode = await main();
