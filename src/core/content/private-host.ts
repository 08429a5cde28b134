/**
 * Whether a host names the reader's or the builder's own network rather than
 * the public web: loopback, private and link-local ranges, and the names
 * reserved for local use. A partner, or anything fetched without
 * `--allow-private-network`, must be on the public web: an address in
 * site.yaml must not make a build machine or a reader's browser reach a
 * router or an intranet.
 */
import { BlockList, isIP } from "node:net";

const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
] as const) {
  PRIVATE.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 127],
  ["fc00::", 7],
  ["fe80::", 10],
] as const) {
  PRIVATE.addSubnet(network, prefix, "ipv6");
}

// Names that never lead to the public web (RFC 6761, RFC 8375, ICANN's .internal).
const LOCAL_NAMES = /(?:^|\.)(?:localhost|local|internal|home\.arpa|lan)$/i;

/** Whether `address` (an IPv4 or IPv6 address, without brackets) is private, loopback or link-local. */
export function isPrivateIp(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return PRIVATE.check(address, "ipv4");
  if (version !== 6) return false;
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is that IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  return mapped ? PRIVATE.check(mapped, "ipv4") : PRIVATE.check(address, "ipv6");
}

/** Whether the host of `url` (a valid http or https address) is a private address or a local name. */
export function isPrivateHost(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "");
  } catch {
    return false;
  }
  return isPrivateIp(host) || LOCAL_NAMES.test(host);
}
