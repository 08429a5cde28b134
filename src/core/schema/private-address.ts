/**
 * Addresses of private networks: loopback, private, link-local (where cloud
 * metadata services answer), unique-local, unspecified, and every range that
 * is not ordinary public unicast, as ipaddr.js classifies them (IPv4-mapped
 * IPv6 read as the IPv4 it holds). The importer and the watch refuse to fetch
 * them unless told to; the check refuses them as the host of a source's `url`
 * or a claim's `appearance`, which the watch would fetch.
 */
import ipaddr from "ipaddr.js";

/** The environment variable that `--allow-private-network` sets for the check and the build's processes. */
export const ALLOW_PRIVATE_NETWORK = "CITABLE_ALLOW_PRIVATE_NETWORK";

/** Whether private addresses are allowed: only when `--allow-private-network` said so. */
export function privateNetworkAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[ALLOW_PRIVATE_NETWORK] === "1";
}

const RANGES: Record<string, string> = {
  loopback: "loopback, this machine",
  private: "a private network",
  linkLocal: "link-local, where cloud metadata services answer",
  uniqueLocal: "a private IPv6 network",
  unspecified: "unspecified, this machine",
  carrierGradeNat: "a provider's private network",
  broadcast: "broadcast",
  multicast: "multicast",
};

/**
 * Why the IP address `address` is not public, in words ("loopback, this
 * machine"), or `undefined` when it is public or not an IP address.
 */
export function privateRange(address: string): string | undefined {
  const bare = address.replace(/^\[|\]$/g, "");
  if (!ipaddr.isValid(bare)) return undefined;
  const range = ipaddr.process(bare).range();
  if (range === "unicast") return undefined;
  return RANGES[range] ?? `the reserved range "${range}"`;
}

// What the URL parser leaves of a host written as an IP address: digits and dots, or IPv6.
const IP_LITERAL = /^(?:[\d.]+|[\da-f:.]*:[\da-f:.]*)$/i;

// Names that never lead to the public web (RFC 6761, RFC 8375, ICANN's .internal).
const LOCAL_NAMES = /(?:^|\.)(?:local|internal|home\.arpa|lan)$/i;

/** Whether the host of `url` is a private address or a name reserved for local networks. */
export function isPrivateHost(url: string): boolean {
  return privateHost(url) !== undefined;
}

/**
 * The private host of the http(s) address `url`, when its host is written as
 * an IP address (any form the URL standard reads: `2130706433`, `0x7f.1`,
 * `[::ffff:127.0.0.1]`) or is `localhost` or a name reserved for local
 * networks (`.local`, `.internal`, `.home.arpa`, `.lan`); `undefined` otherwise. Names are
 * not resolved here: the fetch checks what they resolve to.
 */
export function privateHost(url: string): { address: string; range: string } | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  } catch {
    return undefined;
  }
  if (host === "localhost" || host.endsWith(".localhost")) {
    return { address: host, range: "loopback, this machine" };
  }
  if (LOCAL_NAMES.test(host.replace(/\.$/, ""))) {
    return { address: host, range: "a name reserved for local networks" };
  }
  // The URL parser writes an IP address as four decimal numbers, or IPv6 between brackets: any
  // other host is a name, and ipaddr's test (which throws and catches for a name) is skipped.
  if (!IP_LITERAL.test(host) || !ipaddr.isValid(host)) return undefined;
  const range = privateRange(host);
  return range === undefined ? undefined : { address: host, range };
}
