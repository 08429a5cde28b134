/**
 * `npm run network -- refresh [--content dir] [--allow-private-network]`:
 * fetches the published fact-checks of every partner of site.yaml's `network`
 * from their exports, within the limits of partner-export.ts, into the cache
 * that `npm run new` and the check read (node_modules/.astro/). A partner that
 * cannot be read keeps no fact-check and is named, with why; the others are
 * kept. Partners on a private network are refused, as by the importer, unless
 * `--allow-private-network` (to try a network on one machine).
 */
import { resolve } from "node:path";
import { fetchPartnerFactChecks, PartnerError } from "../capture/partner-export.ts";
import { userAgent } from "../capture/user-agent.ts";
import {
  type CachedPartner,
  NETWORK_CACHE,
  writeNetworkCache,
} from "../core/check/network-cache.ts";
import { loadSettings } from "../core/content/settings-files.ts";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import { count } from "../core/numbers.ts";
import { ALLOW_PRIVATE_NETWORK } from "../core/schema/private-address.ts";
import { parseCommand } from "./args.ts";

const usage = "Usage: npm run network -- refresh [--content dir] [--allow-private-network]";

async function main(): Promise<number> {
  const parsed = parseCommand(
    { content: { type: "string" }, "allow-private-network": { type: "boolean" } },
    usage,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || positionals[0] !== "refresh") {
    console.error(usage);
    return 2;
  }
  const allowPrivateNetwork = values["allow-private-network"] === true;
  if (allowPrivateNetwork) process.env[ALLOW_PRIVATE_NETWORK] = "1";
  const { site, diagnostics } = loadSettings(resolve(values.content ?? "content"), "content");
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  if (!site || errors.length > 0) {
    for (const diagnostic of errors) console.error(formatDiagnostic(diagnostic));
    console.error("\nThe settings have errors: fix them, then refresh.");
    return 1;
  }
  if (site.network.length === 0) {
    console.log("site.yaml lists no partner (network:): there is nothing to fetch.");
    return 0;
  }
  const partners: CachedPartner[] = [];
  let failed = 0;
  for (const partner of site.network) {
    const fetched = new Date().toISOString();
    try {
      const factChecks = await fetchPartnerFactChecks(partner, {
        userAgent: userAgent(site),
        allowPrivateNetwork,
      });
      partners.push({ name: partner.name, url: partner.url, fetched, problem: null, factChecks });
      const noun = factChecks.length === 1 ? "fact-check" : "fact-checks";
      console.log(`${partner.name}: ${count(factChecks.length)} ${noun}.`);
    } catch (error) {
      if (!(error instanceof PartnerError)) throw error;
      failed++;
      partners.push({
        name: partner.name,
        url: partner.url,
        fetched,
        problem: error.message,
        factChecks: [],
      });
      console.error(`${partner.name}: not read. ${error.message}`);
    }
  }
  writeNetworkCache(process.cwd(), { version: 1, partners });
  console.log(`Wrote ${NETWORK_CACHE}.`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
