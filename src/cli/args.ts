/** Command-line arguments of Citable's commands: parsed, with --help and a usage line on mistakes. */
import { type ParseArgsOptionsConfig, parseArgs } from "node:util";

/**
 * Parses the arguments for `options` (plus `--help`). Returns the values and
 * positionals, or the exit code when there is nothing more to do: 0 after
 * printing the usage for --help, 2 after saying what is wrong with the arguments.
 */
export function parseCommand<O extends ParseArgsOptionsConfig>(options: O, usage: string) {
  try {
    const parsed = parseArgs({
      allowPositionals: true,
      options: { ...options, help: { type: "boolean", short: "h" } },
    });
    if ((parsed.values as { help?: boolean }).help) {
      console.log(usage);
      return 0;
    }
    return parsed;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
}
