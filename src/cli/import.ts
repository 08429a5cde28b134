/**
 * `npm run import -- <file-or-address> [--id <source-id>] [--content dir] [--timeout seconds]`:
 * makes a source file from a saved web page, a PDF, a plain text or an
 * address, keeps the original bytes beside it, then runs the check and prints
 * what is left to fill in.
 */
import { existsSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { CaptureError, importSource, MAX_CAPTURE_BYTES, userAgent } from "../capture/index.ts";
import { checkContent } from "../core/check/check-parallel.ts";
import { hasErrors } from "../core/check/diagnostics.ts";
import { formatDiagnostic, formatSummary } from "../core/check/format.ts";
import { loadSettings } from "../core/content/settings-files.ts";
import { parseCommand } from "./args.ts";

const usage =
  "Usage: npm run import -- <saved-page.html|document.pdf|copy.txt|https://address> [--id source-id] [--content dir] [--timeout seconds]";

async function main(): Promise<number> {
  const parsed = parseCommand(
    { id: { type: "string" }, content: { type: "string" }, timeout: { type: "string" } },
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
      fetch: { timeoutMs: seconds * 1000, userAgent: userAgent(site), maxBytes: MAX_CAPTURE_BYTES },
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
  console.log(
    imported.missing.length > 0
      ? `Fill in ${list(imported.missing)}: the capture does not give ${imported.missing.length === 1 ? "it" : "them"}. Then read the text against the original and remove what is not the document.`
      : "Read the text against the original and remove what is not the document (the importer keeps what it cannot tell apart).",
  );
  console.log("npm run check now says:");
  const result = await checkContent(content);
  for (const diagnostic of result.diagnostics) console.log(formatDiagnostic(diagnostic));
  const { claims, sources } = result.files;
  console.log(
    formatSummary(
      result.diagnostics,
      `${claims} claim${claims === 1 ? "" : "s"} and ${sources} source${sources === 1 ? "" : "s"} checked`,
    ),
  );
  return hasErrors(result.diagnostics) ? 1 : 0;
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
